#!/bin/sh
# Installs what ReportDash needs to build, run and test on Debian 12, and
# the packages named as arguments (CI: what builds the .deb).
# Idempotent: does nothing when everything is already there.
set -eu

packages="gcc libc6-dev pkg-config meson ninja-build python3
libgtk-4-dev libgdk-pixbuf-2.0-dev libsqlite3-dev libxml2-dev libzip-dev libpoppler-glib-dev zlib1g-dev
libglib2.0-bin libglib2.0-dev-bin
gettext appstream desktop-file-utils
xvfb xauth fonts-noto-cjk locales $*"

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  echo "Installing:$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
fi

# The tests run the window in English and in Simplified Chinese.
need_locales=""
for l in en_US zh_CN; do
  locale -a 2>/dev/null | grep -qi "^$l\.utf-\?8$" || need_locales="$need_locales $l"
done
if [ -n "$need_locales" ]; then
  for l in $need_locales; do
    $sudo sed -i "s/^# *\($l.UTF-8 UTF-8\)/\1/" /etc/locale.gen
    grep -q "^$l.UTF-8 UTF-8" /etc/locale.gen || echo "$l.UTF-8 UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
  done
  $sudo locale-gen >/dev/null
fi
