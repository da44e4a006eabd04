#!/usr/bin/env bash
# Runs every test of pollscope on a fresh Debian 12 machine: installs what is
# missing, builds natively (Release, and again with ASan + UBSan), runs the
# engine and language tests, the scenario golden tests, a minute of
# libFuzzer, the gallery under Valgrind and the cross-check against real
# Tokio and rustc (the corpus also with the ASan CLI), then builds the
# WebAssembly module and the page and runs the typecheck, the formatting
# check, the Node and browser tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=${JOBS:-$(nproc)}

step() { printf '\n== %s\n' "$*"; }

step "install missing packages"
scripts/setup.sh

step "C++ style (.clang-format)"
git ls-files '*.h' '*.cpp' | xargs clang-format --dry-run -Werror

step "native build (Release)"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DPOLLSCOPE_WERROR=ON >/dev/null
cmake --build build/native -j "$jobs"

step "engine and language tests"
ctest --test-dir build/native --output-on-failure -j "$jobs"

step "sanitizer build (ASan + UBSan) and tests"
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DPOLLSCOPE_SANITIZE=ON -DPOLLSCOPE_WERROR=ON >/dev/null
cmake --build build/asan -j "$jobs" --target engine_tests lang_tests fuzz_replay pollscope
# cli_errors runs the release CLI under a memory ulimit, which ASan's shadow
# memory cannot live with; the sanitizers cover the same code through lang_tests.
ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build/asan --output-on-failure -j "$jobs" -E "cli_errors|layers_enforced"

step "fuzz smoke run: 60 s of libFuzzer (ASan + UBSan) on the whole pipeline"
tests/fuzz/run.sh 60

step "Valgrind: every gallery scenario through the release CLI"
tests/fuzz/valgrind.sh build/native/pollscope

step "cross-check: every scenario on real Tokio 1.24.2 vs pollscope --output-only"
tests/tokio-crosscheck/run.sh

step "language corpus: tests/rust/ on real rustc (debug) vs pollscope --output-only"
tests/rust/run.sh

step "language corpus again with the ASan + UBSan CLI (same rustc outputs)"
POLLSCOPE=build/asan/pollscope CORPUS_TIMEOUT=60 tests/rust/run.sh

step "WebAssembly module"
POLLSCOPE_WERROR=ON scripts/build-wasm.sh

step "web: npm ci, typecheck, formatting"
npm ci --no-audit --no-fund
npm run typecheck
npm run format:check

step "web: build, node and browser tests"
npm run build
npm test

step "all tests passed"
