#!/bin/sh
# gnome.post_install() skips glib-compile-schemas under DESTDIR; compile the
# schema there too, so that a relocated install (DESTDIR, any prefix)
# remembers window state: reportdash looks next to its executable.
set -eu
dir="${MESON_INSTALL_DESTDIR_PREFIX}/$1"
[ -n "${DESTDIR:-}" ] || exit 0
glib-compile-schemas "$dir"
