#!/usr/bin/env bash
# The main job: installs what is missing, builds the engine (native CLI and
# WebAssembly) and the page, then serves the page on 127.0.0.1 and prints
# its URL. PORT=... picks the port (default 8080).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/setup.sh --web
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$(nproc)" --target pollscope
scripts/build-wasm.sh
npm ci --no-audit --no-fund
npm run build
exec node scripts/serve.mjs build/web-dist
