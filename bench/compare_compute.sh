#!/usr/bin/env bash
# Pure computation (recursion, integer loops, string building, Vec and HashMap
# work: bench/compute/) in pollscope's interpreter, CPython and Node.js, run in
# alternating rounds and timed by wall clock (process start to exit, the same
# measure for all three). pollscope runs with recording on (`pollscope run`,
# the trace kept as the page keeps it) and with --output-only. Prints the best
# time of each and the ratios; the target is pollscope >= 2x CPython.
#
# Environment:
#   POLLSCOPE  pollscope CLI (default build/native/pollscope)
#   ROUNDS     alternating rounds (default 3)
#   TARGET     required CPython/pollscope time ratio (default 2)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
pollscope=${POLLSCOPE:-$root/build/native/pollscope}
rounds=${ROUNDS:-3}
target=${TARGET:-2}
src=$root/bench/compute
[ -x "$pollscope" ] || { echo "pollscope CLI not found at $pollscope: build it or set POLLSCOPE" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# timed NAME CMD...: runs CMD; appends its wall time (s) to NAME.wall and keeps its program output.
timed() {
  local name=$1 start end
  shift
  start=$(date +%s%N)
  "$@" >"$out/$name.last"
  end=$(date +%s%N)
  echo "$(( end - start ))e-9" >>"$out/$name.wall"
}

python3 "$src/compute.py" >"$out/expected"
for round in $(seq "$rounds"); do
  echo "Round $round/$rounds" >&2
  timed traced "$pollscope" run --no-color --filter output "$src/compute.rs"
  timed output "$pollscope" run --output-only "$src/compute.rs"
  timed cpython python3 "$src/compute.py"
  timed node node "$src/compute.mjs"
  cmp -s "$out/output.last" "$out/expected" || {
    echo "pollscope printed something else than CPython:" >&2
    diff "$out/expected" "$out/output.last" >&2 || true
    exit 1
  }
done

python3 - "$out" "$target" <<'PY'
import sys
out, target = sys.argv[1], float(sys.argv[2])
best = {n: min(float(x) for x in open(f"{out}/{n}.wall")) for n in ["traced", "output", "cpython", "node"]}
label = {"traced": "pollscope (trace on)", "output": "pollscope --output-only",
         "cpython": "CPython", "node": "Node.js"}
print(f"{'runtime':26}{'best wall s':>12}{'CPython/this':>14}{'Node/this':>11}")
for n in best:
    print(f"{label[n]:26}{best[n]:12.3f}{best['cpython'] / best[n]:13.2f}x{best['node'] / best[n]:10.2f}x")
ok = best["cpython"] / best["traced"] >= target
print()
print(f"target pollscope (trace on) >= {target:g}x CPython: {'met' if ok else 'NOT met'}")
PY
