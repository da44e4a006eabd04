#!/usr/bin/env bash
# Scheduler throughput of the pollscope engine against real Tokio 1.24.2.
#
# Builds bench/tokio, then runs the engine's Google Benchmark binary and the
# Tokio binary in alternating rounds (this machine is noisy), keeps the best
# polls/s of each benchmark over all runs and prints a table.
#
# Environment:
#   ENGINE_BENCH  engine benchmark binary (default build/native/bench/engine_bench)
#   ROUNDS        alternating rounds (default 3); each run repeats 5 times itself
#   TARGET        required engine/tokio ratio (default 1.5)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
engine_bench=${ENGINE_BENCH:-$root/build/native/bench/engine_bench}
rounds=${ROUNDS:-3}
target=${TARGET:-1.5}
export CARGO_TARGET_DIR=$root/build/tokio-bench
tokio_bench=$CARGO_TARGET_DIR/release/tokio-bench

echo "Building bench/tokio (release, offline)..." >&2
(cd "$root/bench/tokio" && cargo build --offline --release -j1 --quiet)

have_engine=1
if [ ! -x "$engine_bench" ]; then
  have_engine=0
  echo "Engine benchmark not found at $engine_bench: build the native tree first" >&2
  echo "(cmake --build build/native --target engine_bench). Showing Tokio only." >&2
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for round in $(seq "$rounds"); do
  echo "Round $round/$rounds" >&2
  if [ "$have_engine" = 1 ]; then
    "$engine_bench" --benchmark_format=json --benchmark_repetitions=5 >"$out/engine_$round.json"
  fi
  "$tokio_bench" --reps 5 >"$out/tokio_$round.jsonl"
done

python3 - "$out" "$target" <<'EOF'
import glob, json, re, sys

out, target = sys.argv[1], float(sys.argv[2])

# Best polls/s over every run. Tokio key: (name, mode). Engine key: (benchmark, trace).
tokio = {}
for path in glob.glob(f"{out}/tokio_*.jsonl"):
    for line in open(path):
        r = json.loads(line)
        key = (r["name"], r["mode"])
        tokio[key] = max(tokio.get(key, 0.0), r["polls_per_sec"])

engine = {}
for path in glob.glob(f"{out}/engine_*.json"):
    for b in json.load(open(path))["benchmarks"]:
        if b.get("run_type") == "aggregate" or b.get("error_occurred") or "polls_per_sec" not in b:
            continue
        name = b.get("run_name", b["name"])
        trace = re.search(r"/trace:(\d+)", name)
        key = (name.split("/")[0], trace.group(1) if trace else "-")
        engine[key] = max(engine.get(key, 0.0), float(b["polls_per_sec"]))

pairs = [
    ("BM_YieldStorm", ("yield_storm", "spawned")),
    ("BM_SelfWake", ("self_wake", "spawned")),
    ("BM_SelfWakeMain", ("self_wake", "block_on")),
]
known = {bm for bm, _ in pairs}
pairs += [(bm, None) for bm in sorted({k[0] for k in engine} - known)]

def rate(v):
    return f"{v / 1e6:.2f}M" if v else "-"

def verdict(e, t):
    if not e or not t:
        return "-", "-"
    return f"{e / t:.2f}x", "yes" if e / t >= target else "no"

header = ["benchmark", "tokio run", "engine trace", "engine polls/s",
          "tokio polls/s", "engine/tokio", f">= {target}x"]
rows = []
for bm, tkey in pairs:
    traces = sorted({k[1] for k in engine if k[0] == bm}) or ["-"]
    t = tokio.get(tkey, 0.0) if tkey else 0.0
    for tr in traces:
        e = engine.get((bm, tr), 0.0)
        label = {"0": "off", "1": "on", "-": "-"}.get(tr, tr)
        rows.append([bm, tkey[1] if tkey else "-", label, rate(e), rate(t), *verdict(e, t)])

widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)]
for i, row in enumerate([header] + rows):
    print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
    if i == 0:
        print("  ".join("-" * w for w in widths))
print()
print("best of all runs; polls/s in millions; engine trace off/on = /trace:0 and /trace:1")
EOF
