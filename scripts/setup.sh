#!/usr/bin/env bash
# Installs what building and testing SDS Explorer needs, skipping whatever is
# already there. Safe to run again and again.
#   scripts/setup.sh            tools to build and serve the app
#   scripts/setup.sh --browser  also Chromium and ChromeDriver for the tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if ! wasm-pack --version 2>/dev/null | grep -q '^wasm-pack 0\.15\.'; then
  say "installing wasm-pack (about 2 minutes)"
  cargo install wasm-pack --version '^0.15' --locked
fi

# wasm-pack only uses a wasm-bindgen whose version equals Cargo.lock's
# exactly; otherwise it tries to download one, which fails here.
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$wanted" ]; then
  say "installing wasm-bindgen-cli $wanted (about 3 minutes)"
  # --locked can name a dependency version the registry no longer serves;
  # then let cargo choose the newest that fits.
  cargo install wasm-bindgen-cli --version "=$wanted" --locked --force \
    || cargo install wasm-bindgen-cli --version "=$wanted" --force
fi

# npm: wasm-opt (binaryen), Playwright's driver and axe-core, all locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  # Chromium for the browser tests; poppler-utils reads printed PDFs.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftotext ]; then
    say "installing Chromium, ChromeDriver and poppler-utils from Debian"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  fi
fi
