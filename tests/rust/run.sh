#!/usr/bin/env bash
# The language corpus: small programs of everyday Rust, each checked against
# real rustc. Every tests/rust/<area>/NAME.rs is compiled as its own binary in
# debug mode (what `cargo run` gives a learner: overflow checks on), with
# Tokio 1.24.2 and futures 0.3.21 from Debian's crates, offline; its stdout and
# exit status are compared byte for byte with
# `pollscope run --output-only tests/rust/<area>/NAME.rs`.
#
# A program that pollscope rejects on purpose says so in a line
#   // expect-error: TEXT
# It must still compile with rustc (so it is valid Rust), and pollscope must
# fail with TEXT in its stderr (a located `unsupported:` or the error rustc
# would give).
#
# As in tests/tokio-crosscheck/, a `#[tokio::main(...)]` line is compiled as
# `#[tokio::main(flavor = "current_thread", start_paused = true)]`, the
# runtime pollscope models.
#
# Usage: tests/rust/run.sh [PATTERN...]   (substrings of <area>/NAME to select)
# Environment:
#   POLLSCOPE        pollscope CLI (default build/native/pollscope)
#   CORPUS_TIMEOUT   seconds before a run is killed and counted as failed (default 10)
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
pollscope=${POLLSCOPE:-$root/build/native/pollscope}
timeout_s=${CORPUS_TIMEOUT:-10}
work=$root/build/rust-corpus
project=$work/project
outdir=$work/out
export CARGO_TARGET_DIR=$work/target

[ -x "$pollscope" ] || { echo "pollscope CLI not found at $pollscope: build it or set POLLSCOPE" >&2; exit 2; }

install_if_changed() { cmp -s "$1" "$2" || cp "$1" "$2"; }
# tests/rust/values/copy_struct.rs -> values__copy_struct
bin_name() { local rel=${1#"$here"/}; rel=${rel%.rs}; rel=${rel//\//__}; echo "${rel//[^A-Za-z0-9_]/_}"; }

programs=()
shopt -s nullglob
for src in "$here"/*/*.rs; do
  if [ $# -eq 0 ]; then programs+=("$src"); continue; fi
  for pat in "$@"; do
    [[ ${src#"$here"/} == *"$pat"* ]] && { programs+=("$src"); break; }
  done
done
shopt -u nullglob
[ ${#programs[@]} -gt 0 ] || { echo "no programs selected in $here" >&2; exit 2; }

mkdir -p "$project/src/bin" "$project/.cargo" "$outdir"
install_if_changed "$root/tests/tokio-crosscheck/.cargo/config.toml" "$project/.cargo/config.toml"
sed 's/^name = .*/name = "rust-corpus"/' "$root/tests/tokio-crosscheck/Cargo.toml" >"$work/manifest.toml"
install_if_changed "$work/manifest.toml" "$project/Cargo.toml"
rm -f "$outdir"/*

for src in "${programs[@]}"; do
  sed -E 's/^([[:space:]]*)#\[tokio::main(\([^]]*\))?\][[:space:]]*$/\1#[tokio::main(flavor = "current_thread", start_paused = true)]/' \
    "$src" >"$work/generated.rs"
  install_if_changed "$work/generated.rs" "$project/src/bin/$(bin_name "$src").rs"
done
rm -f "$work/generated.rs"
# Binaries of programs no longer selected are not built.
for bin in "$project"/src/bin/*.rs; do
  keep=0
  for src in "${programs[@]}"; do [ "$(basename "$bin")" = "$(bin_name "$src").rs" ] && { keep=1; break; }; done
  [ "$keep" = 1 ] || rm -f "$bin"
done

echo "Compiling ${#programs[@]} program(s) with rustc (debug)..." >&2
declare -A compile_failed
if ! (cd "$project" && cargo build --offline --keep-going --quiet) >"$work/build.log" 2>&1; then
  for src in "${programs[@]}"; do
    # A binary older than its source is left from an earlier build: that program failed now.
    exe=$CARGO_TARGET_DIR/debug/$(bin_name "$src")
    [ -x "$exe" ] && [ "$exe" -nt "$project/src/bin/$(bin_name "$src").rs" ] || compile_failed[$src]=1
  done
fi

passed=0 failed=0
fail() { failed=$((failed + 1)); echo "FAIL    $1: $2"; }

for src in "${programs[@]}"; do
  rel=${src#"$root"/}
  name=$(bin_name "$src")
  if [ -n "${compile_failed[$src]+set}" ]; then
    fail "$rel" "does not compile with rustc (see $work/build.log):"
    grep -A8 -E "^error.*" "$work/build.log" | grep -B2 -A6 "$name.rs" | head -n 12 | sed 's/^/        /' || true
    continue
  fi
  expect=$(grep -m1 -E '^[[:space:]]*//[[:space:]]*expect-error:' "$src" | sed -E 's/^.*expect-error:[[:space:]]*//' || true)

  ps_rc=0
  (cd "$root" && timeout "$timeout_s" "$pollscope" run --output-only "$rel") \
    >"$outdir/$name.pollscope.txt" 2>"$outdir/$name.pollscope.stderr" || ps_rc=$?
  if [ "$ps_rc" = 124 ]; then fail "$rel" "pollscope run killed after ${timeout_s} s"; continue; fi

  if [ -n "$expect" ]; then
    if [ "$ps_rc" != 0 ] && grep -qF -- "$expect" "$outdir/$name.pollscope.stderr"; then
      passed=$((passed + 1)); echo "ok      $rel (rejected as expected)"
    else
      fail "$rel" "expected pollscope to fail with '$expect'; exit $ps_rc, stderr:"
      head -n 5 "$outdir/$name.pollscope.stderr" | sed 's/^/        /'
    fi
    continue
  fi

  rs_rc=0
  timeout "$timeout_s" "$CARGO_TARGET_DIR/debug/$name" >"$outdir/$name.rustc.txt" 2>"$outdir/$name.rustc.stderr" || rs_rc=$?
  if [ "$rs_rc" = 124 ]; then fail "$rel" "rustc's binary killed after ${timeout_s} s"; continue; fi

  if [ "$ps_rc" = "$rs_rc" ] && cmp -s "$outdir/$name.rustc.txt" "$outdir/$name.pollscope.txt"; then
    passed=$((passed + 1)); echo "ok      $rel"
  else
    fail "$rel" "exit status rustc $rs_rc, pollscope $ps_rc (--- rustc, +++ pollscope; first 30 lines)"
    diff -u --label rustc --label pollscope "$outdir/$name.rustc.txt" "$outdir/$name.pollscope.txt" |
      head -n 30 | sed 's/^/        /' || true
    [ "$ps_rc" = 0 ] || head -n 3 "$outdir/$name.pollscope.stderr" | sed 's/^/        pollscope: /'
  fi
done

echo "$passed passed, $failed failed (of ${#programs[@]})"
[ "$failed" -eq 0 ]
