#!/usr/bin/env bash
# Exit codes and robustness of the command line.
#   tests/cli/run.sh PATH/TO/pollscope [SOURCE_ROOT]
# Runs tests/errors/runtime/*.rs and compares the exit code with `// expect-exit:`, checks that
# compile errors exit with 1 (check) / 2 (run), and feeds hostile inputs under `ulimit -v` to make
# sure the CLI never dies by a signal. Prints one line per failure; exits 1 if any.
set -u
BIN=${1:?usage: run.sh PATH/TO/pollscope [SOURCE_ROOT]}
ROOT=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
checks=0

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# Runs the CLI with bounded memory and time; sets $code, stdout in $TMP/out, stderr in $TMP/err.
run_cli() {
  (ulimit -v 2000000; exec timeout 120 "$BIN" "$@") >"$TMP/out" 2>"$TMP/err"
  code=$?
  checks=$((checks + 1))
}

no_signal() {  # $1: label
  if [ "$code" -ge 124 ] && [ "$code" -ne 101 ]; then
    fail "$1: exit $code (signal or timeout)"; head -c 400 "$TMP/err"; echo
    return 1
  fi
  return 0
}

# --- The runtime corpus: exit codes and messages.
for f in "$ROOT"/tests/errors/runtime/*.rs; do
  name=$(basename "$f")
  want=$(sed -n 's|^// expect-exit: ||p' "$f" | head -1)
  msg=$(sed -n 's|^// expect-message: ||p' "$f" | head -1 | sed 's|\\n.*||')
  max=$(sed -n 's|^// expect-max-events: ||p' "$f" | head -1)
  args=(run "$f" --output-only)
  [ -n "$max" ] && args=(run "$f" --max-events "$max")
  run_cli "${args[@]}"
  no_signal "$name" || continue
  [ "$code" = "$want" ] || fail "$name: exit $code, expected $want"
  grep -qF -- "$msg" "$TMP/out" "$TMP/err" || fail "$name: message \`$msg\` not printed"
done

# A panic in main exits 101 and prints Rust's panic header.
run_cli run "$ROOT/tests/errors/runtime/explicit_panic.rs" --output-only
[ "$code" = 101 ] || fail "explicit_panic: exit $code"
grep -q "^thread 'main' panicked at src/main.rs:7:5:" "$TMP/err" || fail "explicit_panic: no panic header"

# A language limit ends the run as an engine limit does: exit 4, the limit and its line named.
printf 'fn down(n: u64) -> u64 {\n    if n == 0 { 0 } else { down(n - 1) + 1 }\n}\n\nfn main() {\n    println!("{}", down(1000000));\n}\n' >"$TMP/deep.rs"
run_cli run "$TMP/deep.rs" --output-only
[ "$code" = 4 ] || fail "deep recursion: exit $code, expected 4"
grep -qF "recursion limit reached: calls and awaits nested more than 200 deep (at 2:28)" "$TMP/err" ||
  fail "deep recursion: limit and line not printed"
grep -q "panicked" "$TMP/err" && fail "deep recursion: reported as a panic"

# --- Compile errors: `check` exits 1, `run` exits 2, both print FILE:line:col: message.
for f in "$ROOT"/tests/errors/compile/*.rs "$ROOT"/tests/errors/syntax/*.rs; do
  name=$(basename "$f")
  first=$(sed -n 's|^.*// expect: ||p' "$f" | head -1)
  run_cli check "$f"
  no_signal "check $name" || continue
  [ "$code" = 1 ] || fail "check $name: exit $code, expected 1"
  grep -qF -- "$f:$first" "$TMP/err" || fail "check $name: \`$first\` not printed"
  run_cli run "$f"
  no_signal "run $name" || continue
  [ "$code" = 2 ] || fail "run $name: exit $code, expected 2"
done

# --- Hostile inputs.
hostile() {  # $1: name; the file is $TMP/$1
  local file="$TMP/$1"
  run_cli check "$file"
  no_signal "check $1"
  run_cli run "$file" --max-events 100000
  no_signal "run $1"
}

: >"$TMP/empty.rs"
hostile empty.rs
run_cli check "$TMP/empty.rs"
grep -q "empty.rs:1:1: no \`main\` function" "$TMP/err" || fail "empty.rs: no located message"

printf 'fn main() {\n    let x = 1 \xff\xfe 2;\n}\n' >"$TMP/utf8.rs"
hostile utf8.rs
[ "$code" = 2 ] || fail "utf8.rs: run exit $code, expected 2"
grep -q "utf8.rs:2:" "$TMP/err" || fail "utf8.rs: no message located on line 2"

printf 'fn main() {\n  let x = 1;\0\n}\n' >"$TMP/nul.rs"
hostile nul.rs
grep -q "nul.rs:2:" "$TMP/err" || fail "nul.rs: no message located on line 2"

head -c 3000000 /dev/urandom >"$TMP/random.rs"
hostile random.rs

python3 - "$TMP" <<'EOF'
import sys
d = sys.argv[1]
open(f"{d}/parens.rs", "w").write("fn main() { let x = " + "(" * 50000 + "1" + ")" * 50000 + "; }\n")
open(f"{d}/braces.rs", "w").write("fn main() " + "{" * 50000 + "}" * 50000 + "\n")
open(f"{d}/closures.rs", "w").write("#[tokio::main]\nasync fn main() {\n    let f = " + "async { " * 10000 + "1" + " }" * 10000 + ";\n}\n")
arms = "".join(f"        {i} => {i},\n" for i in range(10000))
open(f"{d}/match.rs", "w").write("fn main() {\n    let n = 7;\n    let v = match n {\n" + arms + "        _ => 0,\n    };\n    println!(\"{}\", v);\n}\n")
open(f"{d}/longstr.rs", "w").write("fn main() {\n    let s = \"" + "x" * 900000 + "\";\n    println!(\"{}\", s.len());\n}\n")
open(f"{d}/big.rs", "w").write("fn main() {}\n" + "// padding\n" * 200000)
open(f"{d}/strings.rs", "w").write("fn main() {\n    let mut s = String::from(\"ab\");\n    loop {\n        s = format!(\"{}{}\", s, s);\n    }\n}\n")
open(f"{d}/deep.rs", "w").write("fn main() {\n    let mut v = vec![0];\n    for _ in 0..1000000 {\n        v = vec![v];\n    }\n}\n")
open(f"{d}/vecs.rs", "w").write("fn main() {\n    let v = vec![vec![0u8; 1000000]; 1000000];\n    println!(\"{}\", v.len());\n}\n")
EOF
for f in parens.rs braces.rs closures.rs match.rs longstr.rs strings.rs vecs.rs deep.rs; do hostile "$f"; done
run_cli check "$TMP/parens.rs"
grep -q "parens.rs:1:[0-9]*: nesting too deep" "$TMP/err" || fail "parens.rs: no located nesting message"
run_cli run "$TMP/match.rs" --output-only
[ "$code" = 0 ] && [ "$(cat "$TMP/out")" = 7 ] || fail "match.rs: exit $code, output $(head -c 100 "$TMP/out")"
run_cli run "$TMP/longstr.rs" --output-only
[ "$code" = 0 ] && [ "$(cat "$TMP/out")" = 900000 ] || fail "longstr.rs: exit $code"

# Output streams as the run goes: an endless program shows its first lines at once.
cat >"$TMP/endless.rs" <<'EOF2'
#[tokio::main]
async fn main() {
    let mut i: u64 = 0;
    loop {
        println!("tick {}", i);
        i += 1;
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
}
EOF2
for mode in --output-only --no-color; do
  first=$( (ulimit -v 2000000; timeout 20 "$BIN" run "$TMP/endless.rs" "$mode" 2>/dev/null) | grep -m1 -o "tick 0")
  checks=$((checks + 1))
  [ "$first" = "tick 0" ] || fail "endless.rs $mode: no output before the run was stopped"
done

# A 2 MB file is refused with a located message, by both commands.
run_cli check "$TMP/big.rs"
[ "$code" = 1 ] || fail "big.rs: check exit $code, expected 1"
grep -q "big.rs:1:1: the program is larger than" "$TMP/err" || fail "big.rs: check message"
run_cli run "$TMP/big.rs"
[ "$code" = 2 ] || fail "big.rs: run exit $code, expected 2"
grep -q "big.rs:1:1: the program is larger than" "$TMP/err" || fail "big.rs: run message"

# A missing file and bad usage: exit 2, no signal.
run_cli run "$TMP/missing.rs"
[ "$code" = 2 ] || fail "missing file: exit $code"
run_cli run
[ "$code" = 2 ] || fail "no file: exit $code"
run_cli run "$TMP/empty.rs" --max-events
[ "$code" = 2 ] || fail "--max-events without a value: exit $code"

echo "$checks CLI runs, $fails failure(s)"
[ "$fails" = 0 ]
