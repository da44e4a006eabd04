#!/usr/bin/env bash
# Builds the engine and the language as a WebAssembly ES module:
# build/wasm/pollscope_wasm.js + pollscope_wasm.wasm (Emscripten, Embind).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DPOLLSCOPE_WERROR="${POLLSCOPE_WERROR:-OFF}" >/dev/null
cmake --build build/wasm -j "${JOBS:-$(nproc)}" --target pollscope_wasm
ls -l build/wasm/pollscope_wasm.js build/wasm/pollscope_wasm.wasm
