#!/bin/sh
# Checks that po/POTFILES.in lists every file with translatable strings and
# that po/zh_CN.po translates every string of the sources (none missing,
# none fuzzy). Usage: check-po.sh SOURCE_ROOT
set -eu
root=$1
cd "$root"
status=0

while read -r file; do
  case $file in ''|'#'*) continue ;; esac
  [ -f "$file" ] || { echo "POTFILES.in lists $file, which does not exist"; status=1; }
done < po/POTFILES.in

for file in $(grep -rlE '\b(N?_|C_|NC_)\(|translatable="yes"|<summary>' app ui data --include='*.c' --include='*.ui' --include='*.gschema.xml'); do
  grep -qx "$file" po/POTFILES.in || { echo "$file has translatable strings but is not in po/POTFILES.in"; status=1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' po/POTFILES.in | grep -v '^$' > "$tmp/files"
xgettext --from-code=UTF-8 --add-comments --package-name=reportdash \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --files-from="$tmp/files" --output="$tmp/reportdash.pot"

for po in po/*.po; do
  msgfmt --check --output-file=/dev/null "$po" || status=1
  if ! msgcmp "$po" "$tmp/reportdash.pot" 2>"$tmp/msgcmp.txt"; then
    echo "$po does not translate every string:"
    grep -E 'not (found|defined)|untranslated|fuzzy' "$tmp/msgcmp.txt" | head -20
    status=1
  fi
  if grep -q '^#, fuzzy' "$po"; then
    echo "$po has fuzzy entries"; status=1
  fi
done

[ $status -eq 0 ] && echo "po: every string is translated"
exit $status
