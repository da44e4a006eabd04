#!/usr/bin/env bash
# The main job: installs what is missing, builds the engine and runs the
# article's CountdownFuture demo, printing its trace.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/setup.sh --native
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$(nproc)" --target countdown_demo
build/native/countdown_demo
