#!/usr/bin/env bash
# Builds the release app into www/pkg.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
wasm-pack --quiet build crates/sds-web --release --target web --no-typescript --no-pack \
  --out-dir ../../www/pkg
# The embedded tool's stylesheet: rem sizes follow the host page's root font
# size, which a council page may change, so inside the shadow root sizes are
# fixed in px (browser zoom still scales them).
sed -E 's/([0-9]*\.?[0-9]+)rem/calc(\1 * 16px)/g' www/styles.css > www/pkg/sds-embed.css
