#!/usr/bin/env bash
# The README's first command: install what is missing, build a release and
# serve the app on http://127.0.0.1:8080 (PORT=... to change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node tests/support/server.mjs www "${PORT:-8080}"
