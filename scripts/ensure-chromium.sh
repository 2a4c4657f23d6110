#!/usr/bin/env bash
# Makes sure Debian's chromium is installed at /usr/bin/chromium for the report's browser tests
# (test/browser/). Idempotent: does nothing when the browser is there. Quiet on success; on failure it
# prints apt's output and exits non-zero. A test tool's own browser download is not used on purpose.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "ensure-chromium: $CHROMIUM is missing and installing it needs root (no sudo found)" >&2
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! {
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
} >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-chromium: could not install chromium with apt-get" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get succeeded but $CHROMIUM is still missing" >&2
  exit 1
fi
