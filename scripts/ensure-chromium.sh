#!/usr/bin/env bash
# The browser tests (console, docs, /docs of @noxus/local) drive Debian's Chromium at
# /usr/bin/chromium through playwright-core; no browser is ever downloaded. Installs it with
# apt when missing (as root, or through sudo); does nothing when it is there.
set -euo pipefail
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
as_root=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && as_root="sudo"
echo "Installing Debian's chromium for the browser tests (apt-get)…"
$as_root apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
