# Sourced by the startup benchmarks before anything else, with their
# arguments: re-runs the calling script under one D-Bus session bus when
# there is none.
#
# A desktop session has a session bus (and the accessibility bus it
# starts). Under a bare xvfb-run there is none, so every launch of either
# program would autolaunch dbus-launch, a dbus-daemon and the accessibility
# bus, each competing for the CPUs while the window starts. Measure as on a
# desktop: one session bus for the whole run.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null; then
  exec dbus-run-session -- "$0" "$@"
fi
