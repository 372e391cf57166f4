#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine: the npm packages from the lock file
# and Debian's Chromium for the end-to-end tests (no browser download works on these machines).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CHROMIUM_PATH:-}" ] && ! [ -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium for the end-to-end tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
