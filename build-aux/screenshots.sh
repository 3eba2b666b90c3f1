#!/bin/sh
# Takes the screenshots in docs/screenshots/ from a build: every sector page
# in zh_CN at 1280×800, plus the main window in English, small and large
# windows and the dark style. Not run by the tests; needs Debian's xvfb,
# x11-utils, imagemagick, xdotool and sqlite3:
#   sudo apt-get install xvfb x11-utils imagemagick xdotool sqlite3
#
#   build-aux/screenshots.sh [BUILD_DIR [OUT_DIR]]
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$src/_build}" && pwd)
out=${2:-$src/docs/screenshots}
mkdir -p "$out/sectors"
tmp=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT

export GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$tmp/config" NO_AT_BRIDGE=1
export GSETTINGS_SCHEMA_DIR="$build/data" REPORTDASH_DATADIR="$build/data" REPORTDASH_LOCALEDIR="$build/po"
display=:87
xvfb=

screen() {   # WIDTH HEIGHT: a fresh X server of that size
  [ -z "$xvfb" ] || { kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; }
  Xvfb "$display" -screen 0 "${1}x${2}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=$display
  i=0
  until xdpyinfo >/dev/null 2>&1 || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
}

shot() {   # FILE LANGUAGE SECTOR SCHEME WIDTH HEIGHT [KEYS...]
  file=$1 lang=$2 sector=$3 scheme=$4 width=$5 height=$6
  shift 6
  gsettings set com.example.ReportDash last-sector "$sector"
  gsettings set com.example.ReportDash color-scheme "$scheme"
  gsettings set com.example.ReportDash window-width "$width"
  gsettings set com.example.ReportDash window-height "$height"
  gsettings set com.example.ReportDash show-source true
  LC_ALL=$lang LANGUAGE=${lang%%.*} "$build/app/reportdash" >/dev/null 2>&1 &
  app=$!
  xdotool mousemove "$((width - 1))" "$((height - 1))"   # no tooltip
  sleep 3
  for key in "$@"; do xdotool key "$key"; sleep 1; done
  # Again, in case the server put the pointer back in the middle of a chart:
  # a tooltip must not cover the page.
  xdotool mousemove "$((width - 1))" "$((height - 1))"
  sleep 1
  import -window root "$out/$file"
  kill $app; wait $app 2>/dev/null || true
  echo "$out/$file"
}

screen 1280 800
sectors=$(sqlite3 "$build/data/reportdash.sqlite" \
  "SELECT DISTINCT s.id FROM sector s JOIN chart c ON c.sector = s.id ORDER BY s.position")
for sector in $sectors; do
  shot "sectors/$sector-zh.png" zh_CN.UTF-8 "$sector" default 1280 800
done
shot main-zh.png zh_CN.UTF-8 overview default 1280 800
shot main-en.png en_US.UTF-8 overview default 1280 800
shot dark-zh.png zh_CN.UTF-8 overview dark 1280 800
shot table-zh.png zh_CN.UTF-8 overview default 1280 800 alt+2
shot report-zh.png zh_CN.UTF-8 overview default 1280 800 alt+3
shot pairs-zh.png zh_CN.UTF-8 overview default 1280 800 alt+4
screen 800 600
shot small-800x600-zh.png zh_CN.UTF-8 overview default 800 600
shot small-800x600-en.png en_US.UTF-8 overview default 800 600
shot small-800x600-table-en.png en_US.UTF-8 overview default 800 600 alt+2
shot small-800x600-report-zh.png zh_CN.UTF-8 overview default 800 600 alt+3
shot small-800x600-pairs-en.png en_US.UTF-8 overview default 800 600 alt+4
shot small-800x600-no-source-zh.png zh_CN.UTF-8 overview default 800 600 F9
shot small-800x600-pairs-no-source-zh.png zh_CN.UTF-8 overview default 800 600 alt+4 F9
screen 2560 1440
shot large-2560x1440-en.png en_US.UTF-8 overview default 2560 1440
shot large-2560x1440-zh.png zh_CN.UTF-8 overview default 2560 1440
