#!/usr/bin/env bash
# Makes sure a Chromium is there for the browser tests (Playwright drives it; it never downloads
# its own browsers): Debian's package /usr/bin/chromium, installed when missing. A different
# Chromium can be named with REDLINE_CHROMIUM, which this script then only checks.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

chromium=${REDLINE_CHROMIUM:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  exit 0
fi
if [ -n "${REDLINE_CHROMIUM:-}" ]; then
  die "REDLINE_CHROMIUM=$REDLINE_CHROMIUM is not an executable file"
fi
apt_install chromium || die "Chromium is missing and could not be installed (as root on Debian: apt-get install --no-install-recommends chromium); the browser tests need it, or set REDLINE_CHROMIUM to a Chromium/Chrome binary"
[ -x "$chromium" ] || die "apt-get installed chromium but $chromium is still missing"
say "Chromium installed: $("$chromium" --version 2>/dev/null || echo "$chromium")"
