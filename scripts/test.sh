#!/usr/bin/env bash
# The README's second command: install what is missing, then run every
# check and test, then print the size report. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format (cargo fmt --check)"
cargo fmt --all --check

step "lints (cargo clippy, native and wasm)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p sds-web --target wasm32-unknown-unknown --all-targets -- -D warnings

step "core unit tests"
cargo test -p sds-core

step "component tests in headless Chromium (wasm-bindgen-test)"
(cd crates/sds-web && cargo test --target wasm32-unknown-unknown)

step "release build"
scripts/build.sh

step "browser tests (Playwright with Chromium, axe-core)"
node --test --test-concurrency=1 tests/browser/*.test.mjs

step "size report"
node tests/support/size-report.mjs
