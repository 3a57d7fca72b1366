#!/usr/bin/env bash
# Opens an HTML report in headless Chromium, as a reader's browser would:
# the article text that looks like markup shows as text and nothing runs,
# the page renders, and it prints on landscape pages.
# Usage: check-html-in-chromium.sh PARALLAX CHROMIUM OUTPUT_DIR
set -euo pipefail

parallax=$1
chromium=$2
out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/a.txt" <<'TEXT'
Council approves the harbour plan

The mayor said <script>document.title='pwned'</script> the plan was sound.
Critics called it <img src=x onerror="document.title='pwned'"> a costly mistake.
The council approved the plan by 31 votes to 18 on Tuesday.
TEXT
cat > "$work/b.txt" <<'TEXT'
Harbour plan passes

The mayor insisted <script>document.title='pwned'</script> the plan was sound.
Critics called it <iframe src="javascript:document.title='pwned'"></iframe> an expensive blunder.
The council backed the plan by 31 votes to 18 on Tuesday.
TEXT

"$parallax" compare "$work/a.txt" "$work/b.txt" --export "$work/report.html"

browse() {
  # Chromium wants a writable home and no session bus.
  HOME=$work DBUS_SESSION_BUS_ADDRESS=disabled: timeout 120 "$chromium" --headless \
    --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" "$@" \
    2>"$work/chromium.log"
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

browse --dump-dom "file://$work/report.html" > "$work/dom.html" ||
  { cat "$work/chromium.log" >&2; fail "Chromium could not open the report"; }

# The title is the report's, not one a script in an article wrote.
grep -q '<title>Parallax comparison: Council approves the harbour plan</title>' "$work/dom.html" ||
  fail "the page title changed: a script ran"
# The DOM holds no element an article smuggled in, only its text.
if grep -qiE '<(script|img|iframe)[ >]' "$work/dom.html"; then
  fail "article markup became elements"
fi
grep -q '&lt;script&gt;document.title' "$work/dom.html" || fail "article text is missing"
grep -q '<mark class=' "$work/dom.html" || fail "no differences are marked"

browse --window-size=1280,1600 --screenshot="$out/report-html.png" "file://$work/report.html" ||
  fail "no screenshot"
[ "$(stat -c %s "$out/report-html.png")" -gt 20000 ] || fail "the screenshot is blank"

browse --no-pdf-header-footer --print-to-pdf="$work/printed.pdf" "file://$work/report.html" ||
  fail "could not print"
if command -v pdfinfo >/dev/null; then
  size=$(pdfinfo "$work/printed.pdf" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\).*/\1 \2/p')
  awk -v s="$size" 'BEGIN { split(s, d, " "); exit !(d[1] > d[2]) }' ||
    fail "the report does not print landscape ($size)"
fi

echo "ok: report opened in Chromium, screenshot $out/report-html.png"
