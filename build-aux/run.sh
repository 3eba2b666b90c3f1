#!/bin/sh
# Installs what is needed, builds ReportDash and opens it on the built-in
# dataset. Arguments are passed to reportdash (e.g. a dataset path).
set -eu
cd "$(dirname "$0")/.."

build-aux/install-deps.sh
if [ -f _build/build.ninja ]; then
  meson setup --reconfigure _build >/dev/null
else
  meson setup _build
fi
meson compile -C _build
exec meson devenv -C _build reportdash "$@"
