#!/bin/sh
# Startup phases of a bare GTK 4 window and of ReportDash: launch to
# gtk_window_present(), present to the toplevel's XMapWindow() (the second
# map after present: the first is a helper window GDK creates while
# realizing), map to the end of the first frame's layout (allocation), and
# layout to the end of its paint (snapshot and GL render). phase-shim.c is
# preloaded into both programs alike. "wall" is the clock; "cpu" the main
# thread's CPU time in each phase (from the shim's load to present: the
# main thread's CPU since exec), which moves far less between launches on
# a shared machine and is the one to compare variants with.
#
#   xvfb-run -a -s "-screen 0 1920x1080x24" benchmarks/startup-phases.sh BUILD_DIR [RUNS]
#
# Set REPORTDASH_ARGS to pass options to ReportDash.
set -eu
. "$(dirname "$0")/session-bus.sh"
build=$(cd "$1" && pwd)
runs=${2:-15}
here=$(cd "$(dirname "$0")" && pwd)
tools=${REPORTDASH_TOOLS:-$here/../../shared/tools}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! pkg-config --exists x11 gtk4; then
  echo "startup-phases.sh needs the GTK 4 and X11 headers: sudo apt-get install libgtk-4-dev libx11-dev" >&2
  exit 2
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "startup-phases.sh needs an X display; run it under xvfb-run -a" >&2
  exit 2
fi
cc -O2 -o "$tmp/baregtk" "$tools/baregtk.c" $(pkg-config --cflags --libs gtk4)
cc -O2 -fPIC -shared -o "$tmp/phase-shim.so" "$here/phase-shim.c" $(pkg-config --cflags --libs gtk4 x11) -ldl

export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN
export REPORTDASH_DATADIR="$build/data" REPORTDASH_LOCALEDIR="$build/po" GSETTINGS_SCHEMA_DIR="$build/data"

# present ms, map ms: the program is stopped 2 s after launch.
one() {
  LD_PRELOAD="$tmp/phase-shim.so" timeout 2 "$@" 2>&1 >/dev/null |
    awk '/^PHASE present/ && !p { p = $3; cp = $4 } /^PHASE map/ && p { n++; if (n == 2) { m = $3; cm = $4 } }
         /^PHASE layout/ && !l { l = $3; cl = $4 } /^PHASE paint/ && !d { d = $3; cd = $4 }
         END { if (p && m && l && d) print p, m - p, l - m, d - l, cp, cm - cp, cl - cm, cd - cl }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

one "$tmp/baregtk" >/dev/null; one "$build/app/reportdash" >/dev/null   # warm caches
i=0
while [ $i -lt "$runs" ]; do
  one "$tmp/baregtk" >> "$tmp/bare"
  one "$build/app/reportdash" ${REPORTDASH_ARGS:-} >> "$tmp/app"
  i=$((i + 1))
done
for who in bare app; do
  for what in wall cpu; do
    case $what in wall) f=0 ;; cpu) f=4 ;; esac
    p=$(cut -d' ' -f$((f + 1)) "$tmp/$who" | median)
    m=$(cut -d' ' -f$((f + 2)) "$tmp/$who" | median)
    l=$(cut -d' ' -f$((f + 3)) "$tmp/$who" | median)
    d=$(cut -d' ' -f$((f + 4)) "$tmp/$who" | median)
    printf '%-5s %-4s launch -> present %6.1f ms   present -> map %6.1f ms   map -> laid out %6.1f ms   laid out -> painted %6.1f ms   (%s runs)\n' \
      "$who" "$what" "$p" "$m" "$l" "$d" "$(wc -l < "$tmp/$who")"
  done
done
