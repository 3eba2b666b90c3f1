#!/bin/sh
# Installs what is needed, builds ReportDash with warnings as errors and runs
# every test (the window tests under Xvfb). Ends with "N passed, N failed".
# BUILD_DIR and MESON_ARGS may be set; extra arguments go to meson test.
set -eu
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-_build-test}
build-aux/install-deps.sh
if [ -f "$build_dir/build.ninja" ]; then
  meson setup --reconfigure "$build_dir" -Dwerror=true ${MESON_ARGS:-} >/dev/null
else
  meson setup "$build_dir" -Dwerror=true ${MESON_ARGS:-} >/dev/null
fi
meson compile -C "$build_dir"

log=$(mktemp)
status=0
xvfb-run -a -s "-screen 0 1920x1080x24" \
  meson test -C "$build_dir" --print-errorlogs "$@" 2>&1 | tee "$log" || true
# meson test's own status is lost in the pipe; read its summary instead.
count() { sed -n "s/^$1: *\([0-9]*\).*/\1/p" "$log" | tail -n 1; }
ok=$(count Ok); fail=$(count Fail); xpass=$(count 'Unexpected Pass'); timeout=$(count Timeout)
ok=${ok:-0}; fail=$(( ${fail:-0} + ${xpass:-0} + ${timeout:-0} ))
rm -f "$log"
[ "$ok" -gt 0 ] && [ "$fail" -eq 0 ] || status=1
echo "$ok passed, $fail failed"
exit $status
