#!/bin/sh
# The Debian package builds and its app runs: builds the .deb from a copy
# of the tracked files (the worktree stays clean), unpacks it with
# dpkg-deb -x into a temporary root, and runs the unpacked
# usr/bin/reportdash --check and one --export to PNG. Needs debhelper,
# dpkg-dev and fakeroot. Ends with "N passed, N failed".
# Usage: tests/check-deb.sh [SOURCE_ROOT]
set -eu
src=$(cd "${1:-$(dirname "$0")/..}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
step() {
  name=$1
  shift
  if "$@" > "$tmp/step.log" 2>&1; then
    echo "ok: $name"
    passed=$((passed + 1))
  else
    echo "FAILED: $name"
    tail -n 30 "$tmp/step.log"
    failed=$((failed + 1))
  fi
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

# Only what git tracks, so that no build folder or local file gets in.
mkdir "$tmp/src"
git -C "$src" archive --format=tar HEAD | tar -x -C "$tmp/src"
# Uncommitted changes to tracked files are tested too.
git -C "$src" diff HEAD --binary > "$tmp/local.diff"
if [ -s "$tmp/local.diff" ]; then
  git -C "$tmp/src" apply "$tmp/local.diff" 2>/dev/null || (cd "$tmp/src" && patch -p1 -s < "$tmp/local.diff")
fi

# One compilation at -j2, without the tests (they run in CI).
build_deb() {
  cd "$tmp/src" &&
    DEB_BUILD_OPTIONS="parallel=2 nocheck" dpkg-buildpackage -b -us -uc
}
step "dpkg-buildpackage -b -us -uc" build_deb
deb=$(ls "$tmp"/reportdash_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || finish

unpack() {
  dpkg-deb -x "$deb" "$tmp/root" && [ -x "$tmp/root/usr/bin/reportdash" ] &&
    [ -f "$tmp/root/usr/share/reportdash/reportdash.sqlite" ] &&
    [ ! -e "$tmp/root/usr/share/glib-2.0/schemas/gschemas.compiled" ]
}
step "dpkg-deb -x: the app and its dataset, no gschemas.compiled" unpack

# As a user would run it: nothing from the build tree or the environment.
run_app() {
  env -u REPORTDASH_DATADIR -u REPORTDASH_DATASET -u REPORTDASH_LOCALEDIR \
      -u GSETTINGS_SCHEMA_DIR -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C.UTF-8 \
      "$tmp/root/usr/bin/reportdash" "$@"
}
check() {
  out=$(run_app --check) && echo "$out" &&
    case $out in
      "$tmp/root/usr/share/reportdash/reportdash.sqlite: OK,"*) true ;;
      *) echo "the unpacked app did not find its own dataset"; false ;;
    esac
}
step "usr/bin/reportdash --check finds the packaged dataset" check

export_png() {
  chart=$(run_app --list-charts | head -n 1 | cut -f 1) &&
    [ -n "$chart" ] &&
    mkdir "$tmp/out" &&
    run_app --export "$chart" --format png --size 800x600 --output "$tmp/out" &&
    file=$(ls "$tmp/out"/*.png | head -n 1) &&
    [ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] &&
    echo "$file"
}
step "usr/bin/reportdash --export writes a PNG" export_png

finish
