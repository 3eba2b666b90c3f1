#!/bin/sh
# Interaction: the time GTK takes for each frame while the pointer moves
# over the overview's first chart (each move highlights another bar and
# redraws): as ReportDash starts by itself (it chooses GTK's cairo
# renderer where OpenGL is drawn in software), then forced to GTK's GL and
# cairo renderers with GSK_RENDERER, in one run under one X display.
# frame-shim.c is preloaded to time frames.
#
#   xvfb-run -a -s "-screen 0 1280x800x24" benchmarks/bench-hover.sh BUILD_DIR [PASSES]
#
# Needs xdotool (sudo apt-get install xdotool).
set -eu
. "$(dirname "$0")/session-bus.sh"
build=$(cd "$1" && pwd)
passes=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -z "${DISPLAY:-}" ] || ! command -v xdotool >/dev/null; then
  echo "bench-hover.sh needs an X display (xvfb-run) and xdotool" >&2
  exit 2
fi
cc -O2 -fPIC -shared -o "$tmp/frame-shim.so" "$here/frame-shim.c" $(pkg-config --cflags --libs gtk4) -ldl

export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN
export REPORTDASH_DATADIR="$build/data" REPORTDASH_LOCALEDIR="$build/po" GSETTINGS_SCHEMA_DIR="$build/data"

for renderer in default gl cairo; do
  if [ $renderer = default ]; then unset GSK_RENDERER; else export GSK_RENDERER=$renderer; fi
  LD_PRELOAD="$tmp/frame-shim.so" "$build/app/reportdash" 2> "$tmp/$renderer" &
  app=$!
  sleep 4
  i=0
  while [ $i -lt "$passes" ]; do
    for x in 290 400 520; do xdotool mousemove $x 260; sleep 0.15; done
    i=$((i + 1))
  done
  sleep 0.5
  kill $app; wait $app 2>/dev/null || true
  sed -n 's/^FRAME //p' "$tmp/$renderer" | sort -n |
    awk -v r=$renderer '{ a[NR] = $1 } END { printf "%-8s renderer: %d frames, median %.1f ms, 90th percentile %.1f ms\n", r, NR, a[int(NR / 2) + 1], a[int(NR * 0.9)] }'
done
