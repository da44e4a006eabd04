#!/usr/bin/env bash
# Yield storm (1,000 tasks x 1,000 yields) in pollscope's interpreter, CPython
# asyncio and Node.js, run in alternating rounds and timed by wall clock
# (process start to exit, the same measure for all three). Prints the best
# time of each, polls/s and the ratios; the target is pollscope >= 2x asyncio.
#
# Environment:
#   POLLSCOPE  pollscope CLI (default build/native/pollscope)
#   ROUNDS     alternating rounds (default 3)
#   TARGET     required pollscope/asyncio ratio (default 2)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
pollscope=${POLLSCOPE:-$root/build/native/pollscope}
rounds=${ROUNDS:-3}
target=${TARGET:-2}
polls=$((1000 * 1001))

have_pollscope=1
if [ ! -x "$pollscope" ]; then
  have_pollscope=0
  echo "pollscope CLI not found at $pollscope: build the native tree first" >&2
  echo "(cmake --build build/native). Comparing asyncio and Node only." >&2
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# timed NAME CMD...: runs CMD; appends its wall time (s) to NAME.wall and its stdout to NAME.out.
timed() {
  local name=$1 start end
  shift
  start=$(date +%s%N)
  "$@" >"$out/$name.last"
  end=$(date +%s%N)
  echo "$(( end - start ))e-9" >>"$out/$name.wall"
  cat "$out/$name.last" >>"$out/$name.out"
}

for round in $(seq "$rounds"); do
  echo "Round $round/$rounds" >&2
  if [ "$have_pollscope" = 1 ]; then
    timed pollscope "$pollscope" run --output-only "$root/bench/yield_storm.rs"
    grep -q 'yield_storm: .* done' "$out/pollscope.last" || {
      echo "pollscope did not finish bench/yield_storm.rs; its output:" >&2
      cat "$out/pollscope.last" >&2
      exit 1
    }
  fi
  timed asyncio python3 "$root/bench/asyncio/yield_storm.py"
  timed node node "$root/bench/node/yield_storm.mjs"
done

python3 - "$out" "$polls" "$target" <<'EOF'
import json, os, sys

out, polls, target = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])

def best_wall(name):
    path = f"{out}/{name}.wall"
    return min(float(x) for x in open(path)) if os.path.exists(path) else None

def best_inside(name):
    path = f"{out}/{name}.out"
    if not os.path.exists(path):
        return None
    rates = [json.loads(l)["polls_per_sec"] for l in open(path) if l.startswith("{")]
    return max(rates) if rates else None

names = ["pollscope", "asyncio", "node"]
wall = {n: best_wall(n) for n in names}
rate = {n: polls / wall[n] if wall[n] else None for n in names}
ps = rate["pollscope"]

def fmt_rate(v):
    return f"{v / 1e6:.2f}M" if v else "-"

header = ["runtime", "best wall s", "polls/s (wall)", "polls/s (in-process)", "pollscope/this"]
rows = []
for n in names:
    inside = best_inside(n)
    ratio = f"{ps / rate[n]:.2f}x" if ps and rate[n] else "-"
    rows.append([n, f"{wall[n]:.3f}" if wall[n] else "-", fmt_rate(rate[n]),
                 fmt_rate(inside) if n != "pollscope" else "-", ratio])

widths = [max(len(c) for c in col) for col in zip(header, *rows)]
for i, row in enumerate([header] + rows):
    print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
    if i == 0:
        print("  ".join("-" * w for w in widths))
print()
if ps and rate["asyncio"]:
    ok = ps / rate["asyncio"] >= target
    print(f"target pollscope >= {target:g}x asyncio: {'met' if ok else 'NOT met'}")
else:
    print(f"target pollscope >= {target:g}x asyncio: not measured")
print(f"{polls} polls per run (1,000 tasks x 1,001 polls); wall clock includes process start-up")
EOF
