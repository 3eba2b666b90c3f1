#!/bin/sh
# `meson install --destdir` installs everything, and the installed binary
# finds its data without any help from the build tree.
# Usage: check-install.sh BUILD_ROOT
set -eu
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null
prefix=$(meson introspect "$build" --buildoptions | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$dest$prefix"

for f in bin/reportdash \
         share/reportdash/reportdash.sqlite \
         share/applications/com.example.ReportDash.desktop \
         share/metainfo/com.example.ReportDash.metainfo.xml \
         share/glib-2.0/schemas/com.example.ReportDash.gschema.xml \
         share/glib-2.0/schemas/gschemas.compiled \
         share/icons/hicolor/scalable/apps/com.example.ReportDash.svg \
         share/icons/hicolor/symbolic/apps/com.example.ReportDash-symbolic.svg \
         share/locale/zh_CN/LC_MESSAGES/reportdash.mo; do
  [ -f "$root/$f" ] || { echo "not installed: $f"; exit 1; }
done

out=$(env -u REPORTDASH_DATADIR -u REPORTDASH_DATASET -u REPORTDASH_LOCALEDIR \
          -u GSETTINGS_SCHEMA_DIR -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C.UTF-8 \
          "$root/bin/reportdash" --check)
echo "$out"
case $out in
  "$root/share/reportdash/reportdash.sqlite: OK,"*) ;;
  *) echo "the installed binary did not find its own dataset"; exit 1 ;;
esac

# ... and its translations.
out=$(env -u REPORTDASH_LOCALEDIR -u REPORTDASH_DATADIR LANGUAGE=zh_CN LC_ALL=zh_CN.UTF-8 \
          "$root/bin/reportdash" --check)
case $out in
  *正常*) echo "$out" ;;
  *) echo "the installed binary did not find its translations: $out"; exit 1 ;;
esac
