#!/bin/sh
# Stands in for a validator that is not installed, so that its test fails
# with the reason instead of being skipped in silence.
# Usage: missing-tool.sh PROGRAM PACKAGE
echo "FAIL: $1 is not installed (Debian package $2); run build-aux/install-deps --test" >&2
exit 1
