#!/usr/bin/env bash
# The .parallax type is valid shared-mime-info: update-mime-database takes
# it, and a saved comparison's name maps to it.
# Usage: check-mime.sh io.github.parallax.Parallax.xml
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/packages"
cp "$1" "$work/packages/"
update-mime-database "$work"
grep -q '^application/x-parallax-session:\*\.parallax$' "$work/globs" ||
  { echo "FAIL: *.parallax is not mapped to application/x-parallax-session" >&2; exit 1; }
grep -q 'application/x-parallax-session application/json' "$work/subclasses" ||
  { echo "FAIL: the session type is not a kind of JSON" >&2; exit 1; }
echo "ok: *.parallax is application/x-parallax-session"
