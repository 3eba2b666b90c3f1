#!/bin/sh
# Search benchmark: makes the 200,000-figure dataset on first use (about
# 15 s, 270 MB; never part of a normal build), then runs bench-search.
#   bench-search.sh BENCH_SEARCH SEED.sqlite GENERATOR LARGE.sqlite
set -eu
bench=$1 seed=$2 generator=$3 large=$4
if [ ! -f "$large" ] || [ "$seed" -nt "$large" ]; then
  python3 "$generator" --seed "$seed" --reports 1000 --figures 200 --output "$large"
fi
exec "$bench" "$seed" "$large"
