#!/usr/bin/env bash
# Cross-checks pollscope against real Tokio: every scenarios/*.rs is compiled
# as its own binary against Tokio 1.24.2 and futures 0.3.21 (offline, Debian's
# crates), run, and its stdout compared byte for byte with
# `pollscope run --output-only scenarios/NAME.rs`.
#
# pollscope models a current_thread runtime with paused time, so the compiled
# copy has its `#[tokio::main(...)]` line replaced by
# `#[tokio::main(flavor = "current_thread", start_paused = true)]`.
# A scenario opts out with a line `// crosscheck: skip (reason)`: programs that
# hang on real Tokio, do not compile with rustc, or use unbiased select!.
#
# Usage: tests/tokio-crosscheck/run.sh [--tokio-only] [NAME...]
#   NAME...       check only these scenarios (file names without .rs)
#   --tokio-only  build and run on real Tokio only; outputs go to build/tokio-crosscheck/out/
# Environment:
#   POLLSCOPE           pollscope CLI (default build/native/pollscope)
#   SCENARIOS_DIR       scenario directory (default scenarios/)
#   CROSSCHECK_TIMEOUT  seconds before a run is killed and counted as failed (default 10)
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
scenarios_dir=${SCENARIOS_DIR:-$root/scenarios}
pollscope=${POLLSCOPE:-$root/build/native/pollscope}
timeout_s=${CROSSCHECK_TIMEOUT:-10}
work=$root/build/tokio-crosscheck
project=$work/project
outdir=$work/out
export CARGO_TARGET_DIR=$work/target

tokio_only=0
if [ "${1:-}" = --tokio-only ]; then
  tokio_only=1
  shift
fi
if [ "$tokio_only" = 0 ] && [ ! -x "$pollscope" ]; then
  echo "pollscope CLI not found at $pollscope: build it or set POLLSCOPE" >&2
  exit 2
fi

# Copies $1 to $2 only when the contents differ, so cargo's rebuild checks stay quiet.
install_if_changed() { cmp -s "$1" "$2" || cp "$1" "$2"; }

bin_name() { local base; base=$(basename "$1" .rs); echo "scenario_${base//[^A-Za-z0-9_]/_}"; }

scenarios=()
if [ $# -gt 0 ]; then
  for name in "$@"; do
    [ -f "$scenarios_dir/$name.rs" ] || { echo "no scenario $scenarios_dir/$name.rs" >&2; exit 2; }
    scenarios+=("$scenarios_dir/$name.rs")
  done
else
  shopt -s nullglob
  scenarios=("$scenarios_dir"/*.rs)
  shopt -u nullglob
fi
[ ${#scenarios[@]} -gt 0 ] || { echo "no scenarios in $scenarios_dir" >&2; exit 2; }

mkdir -p "$project/src/bin" "$project/.cargo" "$outdir"
install_if_changed "$here/Cargo.toml" "$project/Cargo.toml"
install_if_changed "$here/.cargo/config.toml" "$project/.cargo/config.toml"
rm -f "$outdir"/*

declare -A skip_reason
to_build=()
for src in "${scenarios[@]}"; do
  name=$(basename "$src" .rs)
  skip_line=$(grep -m1 -E '^[[:space:]]*//[[:space:]]*crosscheck:[[:space:]]*skip' "$src" || true)
  if [ -n "$skip_line" ]; then
    skip_reason[$name]=$(sed -E 's/^.*crosscheck:[[:space:]]*skip[[:space:]]*//' <<<"$skip_line")
    continue
  fi
  grep -qE '^[[:space:]]*#\[tokio::main' "$src" ||
    echo "warning: $name has no #[tokio::main] line; compiled unchanged" >&2
  sed -E 's/^([[:space:]]*)#\[tokio::main(\([^]]*\))?\][[:space:]]*$/\1#[tokio::main(flavor = "current_thread", start_paused = true)]/' \
    "$src" >"$work/generated.rs"
  install_if_changed "$work/generated.rs" "$project/src/bin/$(bin_name "$src").rs"
  to_build+=("$src")
done
rm -f "$work/generated.rs"

# Drop binaries of scenarios that are no longer selected, so they are not built.
for bin in "$project"/src/bin/*.rs; do
  [ -e "$bin" ] || continue
  keep=0
  for src in "${to_build[@]}"; do
    [ "$(basename "$bin")" = "$(bin_name "$src").rs" ] && keep=1
  done
  [ "$keep" = 1 ] || rm -f "$bin"
done

declare -A compile_failed
if [ ${#to_build[@]} -gt 0 ]; then
  echo "Compiling ${#to_build[@]} scenario(s) against Tokio 1.24.2..." >&2
  keep_going=()
  [[ $(cargo build --help) == *--keep-going* ]] && keep_going=(--keep-going)
  if ! (cd "$project" && cargo build --offline --release -j1 --quiet "${keep_going[@]}") >"$work/build.log" 2>&1; then
    for src in "${to_build[@]}"; do
      name=$(basename "$src" .rs)
      if ! (cd "$project" && cargo build --offline --release -j1 --quiet --bin "$(bin_name "$src")") \
          >"$outdir/$name.build.log" 2>&1; then
        compile_failed[$name]=1
      fi
    done
  fi
fi

matched=0 skipped=0 differ=0 failed=0
fail() { failed=$((failed + 1)); echo "FAIL    $1: $2"; }

for src in "${scenarios[@]}"; do
  name=$(basename "$src" .rs)
  if [ -n "${skip_reason[$name]+set}" ]; then
    skipped=$((skipped + 1))
    echo "skip    $name ${skip_reason[$name]}"
    continue
  fi
  if [ -n "${compile_failed[$name]+set}" ]; then
    fail "$name" "does not compile against real Tokio (first lines of $outdir/$name.build.log):"
    grep -m1 -A12 -E '^error' "$outdir/$name.build.log" |
      sed -e "s|src/bin/$(bin_name "$src").rs|$src|" -e 's/^/        /' || true
    continue
  fi

  rc=0
  timeout "$timeout_s" "$CARGO_TARGET_DIR/release/$(bin_name "$src")" \
    >"$outdir/$name.tokio.txt" 2>"$outdir/$name.tokio.stderr" || rc=$?
  if [ "$rc" = 124 ]; then
    fail "$name" "real Tokio run killed after ${timeout_s} s"
    continue
  fi
  if [ "$tokio_only" = 1 ]; then
    matched=$((matched + 1))
    echo "ran     $name -> $outdir/$name.tokio.txt$([ "$rc" = 0 ] || echo " (exit status $rc)")"
    continue
  fi

  rel=${src#"$root"/}
  rc=0
  (cd "$root" && timeout "$timeout_s" "$pollscope" run --output-only "$rel") \
    >"$outdir/$name.pollscope.txt" 2>"$outdir/$name.pollscope.stderr" || rc=$?
  if [ "$rc" = 124 ]; then
    fail "$name" "pollscope run killed after ${timeout_s} s"
    continue
  fi

  if cmp -s "$outdir/$name.tokio.txt" "$outdir/$name.pollscope.txt"; then
    matched=$((matched + 1))
    echo "ok      $name"
  else
    differ=$((differ + 1))
    echo "DIFFER  $name (--- tokio, +++ pollscope; first 40 lines)"
    diff -u --label tokio --label pollscope "$outdir/$name.tokio.txt" "$outdir/$name.pollscope.txt" |
      head -n 40 | sed 's/^/        /' || true
  fi
done

if [ "$tokio_only" = 1 ]; then
  echo "$matched ran, $skipped skipped, $failed failed"
else
  echo "$matched matched, $skipped skipped, $differ differ, $failed failed"
fi
[ $((differ + failed)) -eq 0 ]
