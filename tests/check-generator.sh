#!/bin/sh
# The generator of the large benchmark dataset runs (issue 19, point 11):
# a small dataset of 3 reports × 200 figures, with actual/target pairs, that
# the app then opens. Usage: check-generator.sh SOURCE_ROOT SEED_DATASET REPORTDASH
set -eu
root=$1; seed=$2; app=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$root/benchmarks/generate-dataset.py" --seed "$seed" --reports 3 --figures 200 --output "$tmp/gen.sqlite"
pairs=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM indicator_pair').fetchone()[0])" "$tmp/gen.sqlite")
[ "$pairs" -gt 0 ] || { echo "no actual/target pairs generated"; exit 1; }
"$app" --check "$tmp/gen.sqlite"
