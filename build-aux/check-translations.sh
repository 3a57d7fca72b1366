#!/usr/bin/env bash
# Checks that po/POTFILES.in lists every file with user-visible strings and
# that every language in po/LINGUAS translates every string of the sources.
# Usage: check-translations.sh SOURCE_ROOT
set -euo pipefail
root=${1:?usage: check-translations.sh SOURCE_ROOT}
cd "$root"
status=0

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( (grep -l -E '\b_\(|N_\(|ngettext \(' app/*/*.c app/core/*/*.c 2>/dev/null;
          grep -l 'translatable="yes"' ui/*.ui ui/*/*.ui 2>/dev/null;
          ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml) | sort -u)
missing=$(comm -13 <(echo "$listed") <(echo "$found"))
if [ -n "$missing" ]; then
  echo "po/POTFILES.in does not list these files with translatable strings:"
  echo "$missing"
  status=1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=ngettext:1,2 --files-from=po/POTFILES.in \
  --output="$tmp/parallax.pot" 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }

for lang in $(grep -v '^#' po/LINGUAS); do
  if ! msgcmp "po/$lang.po" "$tmp/parallax.pot" 2>"$tmp/msgcmp.log"; then
    echo "po/$lang.po does not translate every string (refresh with: meson compile -C _build parallax-pot parallax-update-po):"
    head -20 "$tmp/msgcmp.log"
    status=1
  fi
done

exit $status
