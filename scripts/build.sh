#!/usr/bin/env bash
# Builds the release app into www/pkg.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
wasm-pack --quiet build crates/sds-web --release --target web --no-typescript --no-pack \
  --out-dir ../../www/pkg
