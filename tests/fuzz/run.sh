#!/usr/bin/env bash
# Builds the libFuzzer harness (clang, ASan + UBSan, coverage) in build/fuzz
# and runs it for SECONDS (default 60) on one core. The seed corpus is made at
# run time from every .rs file of the repository (scenarios/, tests/**, ...);
# the inputs libFuzzer finds go to build/fuzz/corpus, crashes, timeouts and
# leaks to build/fuzz/artifacts/. Exits non-zero when the fuzzer found one.
#
# Usage: tests/fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
# Environment:
#   FUZZ_JOBS   parallel fuzzing processes (default 1), each with its own log
#   CXX         the clang++ to build with (default clang++)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
build=$root/build/fuzz
jobs=${FUZZ_JOBS:-1}

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="${CXX:-clang++}" \
  -DPOLLSCOPE_FUZZ=ON >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target pollscope_fuzz

# Seeds: every Rust program in the tree, one file each (names made unique).
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds" "$build/corpus" "$build/artifacts"
(cd "$root" && git ls-files -co --exclude-standard '*.rs') | while read -r f; do
  cp "$root/$f" "$seeds/${f//\//__}"
done
echo "fuzz: $(ls "$seeds" | wc -l) seed programs, ${seconds}s, $jobs job(s)" >&2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1
  -dict="$here/rust.dict" -artifact_prefix="$build/artifacts/")
if [ "$jobs" -gt 1 ]; then
  flags+=(-jobs="$jobs" -workers="$jobs")
  cd "$build"  # libFuzzer writes fuzz-N.log here
fi
exec "$build/pollscope_fuzz" "${flags[@]}" "$@" "$build/corpus" "$seeds"
