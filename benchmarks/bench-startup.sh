#!/bin/sh
# Startup: launch to the first painted frame of the fully drawn overview,
# against a bare GTK 4 window, measured in one run with the shared
# firstframe tool under one X display (Xvfb when none is given).
#
# firstframe stops at the X server's first damage event on the mapped
# window, which under Xvfb comes when the window is mapped, before GTK has
# drawn anything. So the same runs also report "drawn": launch to the end
# of the window's first completed frame, taken by drawnframe.c with
# drawn-shim.c preloaded into both programs alike.
#
# ReportDash chooses GTK's cairo renderer where OpenGL is drawn in
# software (Xvfb's llvmpipe); the bare window keeps GTK's choice, OpenGL.
# So that the difference of renderers is not mistaken for ReportDash's
# own work, the run also times the bare window forced onto the cairo
# renderer ("same renderer").
#
#   xvfb-run -a -s "-screen 0 1920x1080x24" benchmarks/bench-startup.sh BUILD_DIR [RUNS]
#
# Needs libx11-dev and libxdamage-dev to build firstframe.
set -eu
. "$(dirname "$0")/session-bus.sh"
build=$(cd "$1" && pwd)
runs=${2:-15}
src=$(cd "$(dirname "$0")/.." && pwd)
tools=${REPORTDASH_TOOLS:-$src/../shared/tools}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! pkg-config --exists x11 xdamage; then
  echo "bench-startup.sh needs the X11 and XDamage headers to build firstframe:" >&2
  echo "  sudo apt-get install libx11-dev libxdamage-dev" >&2
  exit 2
fi
if [ ! -f "$tools/firstframe.c" ]; then
  echo "bench-startup.sh needs firstframe.c and baregtk.c in $tools (set REPORTDASH_TOOLS)" >&2
  exit 2
fi

cc -O2 -o "$tmp/firstframe" "$tools/firstframe.c" -lX11 -lXdamage
cc -O2 -o "$tmp/baregtk" "$tools/baregtk.c" $(pkg-config --cflags --libs gtk4)
here=$(cd "$(dirname "$0")" && pwd)
cc -O2 -o "$tmp/drawnframe" "$here/drawnframe.c"
cc -O2 -fPIC -shared -o "$tmp/drawn-shim.so" "$here/drawn-shim.c" $(pkg-config --cflags --libs gtk4) -ldl

if [ -z "${DISPLAY:-}" ]; then
  echo "bench-startup.sh needs an X display; run it under xvfb-run -a -s '-screen 0 1920x1080x24'" >&2
  exit 2
fi

export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN
export REPORTDASH_DATADIR="$build/data" REPORTDASH_LOCALEDIR="$build/po" GSETTINGS_SCHEMA_DIR="$build/data"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
paint() { sed -n 's/.*first_paint_ms=\([0-9.]*\).*/\1/p'; }
drawn() { sed -n 's/.*drawn_ms=\([0-9.]*\).*/\1/p'; }

# One warm-up each (font and icon caches), then alternate so that both
# see the same machine state. xvfb-run can start us a moment before the
# server takes connections: retry the warm-up a few times.
i=0
until "$tmp/firstframe" BareGtk "$tmp/baregtk" >/dev/null 2>&1; do
  i=$((i + 1)); [ $i -lt 10 ] || { echo "no X display to measure on" >&2; exit 2; }
  sleep 1
done
i=0
until "$tmp/firstframe" 天元区 "$build/app/reportdash" >/dev/null 2>&1; do
  i=$((i + 1)); [ $i -lt 10 ] || { echo "ReportDash did not show its window" >&2; exit 2; }
  sleep 1
done
: > "$tmp/bare"; : > "$tmp/app"; : > "$tmp/bare-drawn"; : > "$tmp/app-drawn"
: > "$tmp/cairo"; : > "$tmp/cairo-drawn"
i=0
while [ $i -lt "$runs" ]; do
  "$tmp/firstframe" BareGtk "$tmp/baregtk" | paint >> "$tmp/bare"
  "$tmp/firstframe" 天元区 "$build/app/reportdash" | paint >> "$tmp/app"
  "$tmp/drawnframe" "$tmp/drawn-shim.so" "$tmp/baregtk" | drawn >> "$tmp/bare-drawn"
  "$tmp/drawnframe" "$tmp/drawn-shim.so" "$build/app/reportdash" | drawn >> "$tmp/app-drawn"
  GSK_RENDERER=cairo "$tmp/firstframe" BareGtk "$tmp/baregtk" | paint >> "$tmp/cairo"
  GSK_RENDERER=cairo "$tmp/drawnframe" "$tmp/drawn-shim.so" "$tmp/baregtk" | drawn >> "$tmp/cairo-drawn"
  i=$((i + 1))
done

bare=$(median < "$tmp/bare")
app=$(median < "$tmp/app")
echo "bare GTK 4 window:        median first paint $bare ms ($runs runs)"
echo "ReportDash overview:      median first paint $app ms ($runs runs)"
awk -v a="$app" -v b="$bare" 'BEGIN { printf "ratio ReportDash / bare:  %.2f (target <= 1.20)\n", a / b }'
# Each iteration launches the two programs back to back: the ratio within an
# iteration cancels the drift of a shared machine between iterations.
paste "$tmp/app" "$tmp/bare" | awk '{ print $1 / $2 }' | median |
  awk '{ printf "median of the %s paired ratios: %.2f\n", n, $1 }' n="$runs"
bare_drawn=$(median < "$tmp/bare-drawn")
app_drawn=$(median < "$tmp/app-drawn")
echo "bare GTK 4 window:        median first frame drawn $bare_drawn ms ($runs runs)"
echo "ReportDash overview:      median first frame drawn $app_drawn ms ($runs runs)"
awk -v a="$app_drawn" -v b="$bare_drawn" 'BEGIN { printf "ratio drawn:              %.2f\n", a / b }'
paste "$tmp/app-drawn" "$tmp/bare-drawn" | awk '{ print $1 / $2 }' | median |
  awk '{ printf "median of the %s paired ratios: %.2f\n", n, $1 }' n="$runs"
cairo=$(median < "$tmp/cairo")
cairo_drawn=$(median < "$tmp/cairo-drawn")
echo "same renderer: bare GTK 4 window forced onto GTK's cairo renderer (GSK_RENDERER=cairo)"
echo "bare GTK 4 window, cairo:  median first paint $cairo ms, first frame drawn $cairo_drawn ms"
awk -v a="$app" -v b="$cairo" -v c="$app_drawn" -v d="$cairo_drawn" \
  'BEGIN { printf "ratio ReportDash / bare on cairo: first paint %.2f, drawn %.2f\n", a / b, c / d }'
