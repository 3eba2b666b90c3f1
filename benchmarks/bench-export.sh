#!/bin/sh
# Export: every chart of the dataset to PNG at 1920×1080 from the command
# line, the whole process, against the matplotlib anchor drawing as many
# 1920×1080 charts, in one run on one machine. Builds nothing.
#
#   benchmarks/bench-export.sh BUILD/app/reportdash [DATASET] [RUNS]
#
# DATASET defaults to BUILD/data/reportdash.sqlite when the binary is in a
# build tree. Times with hyperfine when it is installed, else with date;
# the anchor needs python3-matplotlib:
#   apt-get install -y hyperfine python3-matplotlib
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dataset=${2:-}
runs=${3:-5}
src=$(cd "$(dirname "$0")/.." && pwd)
anchor=${REPORTDASH_TOOLS:-$src/../shared/tools}/anchor_mpl.py
build=$(dirname "$(dirname "$bin")")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -z "$dataset" ] && [ -f "$build/data/reportdash.sqlite" ]; then
  dataset=$build/data/reportdash.sqlite
fi
if [ -d "$build/po" ]; then
  export REPORTDASH_LOCALEDIR="$build/po"
fi
# Chinese titles and labels, as the anchor draws; no display.
export LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN
unset DISPLAY WAYLAND_DISPLAY

/usr/bin/python3 -c 'import matplotlib' 2>/dev/null || {
  echo "bench-export.sh: the anchor needs matplotlib: apt-get install -y python3-matplotlib" >&2
  exit 2
}

n=$("$bin" --list-charts $dataset | wc -l)
export_cmd="'$bin' --export all --format png --size 1920x1080 --output '$tmp/out' $dataset"
anchor_cmd="/usr/bin/python3 '$anchor' $n"

echo "machine: $(nproc) processors, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
     "$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory"
echo "charts:  $n"
echo "export:  $export_cmd"
echo "anchor:  $anchor_cmd"

if command -v hyperfine >/dev/null; then
  hyperfine --style basic --warmup 1 --runs "$runs" --prepare "rm -rf '$tmp/out'" \
    --export-json "$tmp/times.json" -n reportdash "$export_cmd" -n matplotlib "$anchor_cmd" >&2
  python3 - "$tmp/times.json" <<'EOF'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
for name in ("reportdash", "matplotlib"):
    r = results[name]
    print(f"{name + ':':12} median {r['median'] * 1000:7.0f} ms  mean {r['mean'] * 1000:7.0f} ms"
          f" ± {r['stddev'] * 1000:.0f} ms  ({len(r['times'])} runs, hyperfine)")
print(f"speed-up:    {results['matplotlib']['median'] / results['reportdash']['median']:.1f}x"
      " (median matplotlib / median reportdash; target >= 5)")
EOF
  exit 0
fi

# Without hyperfine: alternate the two, one warm-up each.
time_ms() {
  start=$(date +%s%N)
  sh -c "$1" >/dev/null
  echo $((($(date +%s%N) - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
rm -rf "$tmp/out"; time_ms "$export_cmd" >/dev/null
time_ms "$anchor_cmd" >/dev/null
: > "$tmp/export"; : > "$tmp/anchor"
i=0
while [ $i -lt "$runs" ]; do
  rm -rf "$tmp/out"
  time_ms "$export_cmd" >> "$tmp/export"
  time_ms "$anchor_cmd" >> "$tmp/anchor"
  i=$((i + 1))
done
e=$(median < "$tmp/export")
a=$(median < "$tmp/anchor")
echo "reportdash: median $e ms ($runs runs, date)"
echo "matplotlib: median $a ms ($runs runs, date)"
awk -v a="$a" -v e="$e" 'BEGIN { printf "speed-up:   %.1fx (median matplotlib / median reportdash; target >= 5)\n", a / e }'
