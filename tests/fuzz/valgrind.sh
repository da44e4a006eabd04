#!/usr/bin/env bash
# Runs every gallery scenario (scenarios/*.rs) and every fuzz regression input
# (tests/fuzz/regressions/) through the release CLI under Valgrind's memcheck,
# full trace output, and fails on any invalid read or
# write, use of uninitialised memory or bad free. Leaks are not checked here
# (ASan's leak checker covers them in the sanitizer build). Two runs at a time.
#
# Usage: tests/fuzz/valgrind.sh [POLLSCOPE_CLI]   (default build/native/pollscope)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cli=${1:-$root/build/native/pollscope}
[ -x "$cli" ] || { echo "valgrind.sh: no CLI at $cli (build it first)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed (scripts/setup.sh)" >&2; exit 2; }
logs=$root/build/valgrind
rm -rf "$logs"
mkdir -p "$logs"

# One scenario: memcheck's own exit code 99 marks an error, whatever the
# program's exit status (a deadlock or panic scenario exits non-zero on purpose).
check() {
  local src=$1 log=$2
  local rc=0
  valgrind -q --error-exitcode=99 --leak-check=no --undef-value-errors=yes --track-origins=no \
    --log-file="$log" "$3" run --no-color "$src" >/dev/null 2>&1 || rc=$?
  if [ "$rc" = 99 ] || grep -q '^==[0-9]*== ' "$log"; then
    echo "FAIL    ${src#"$4"/} (exit $rc):"
    head -n 30 "$log" | sed 's/^/        /'
    return 1
  fi
  echo "ok      ${src#"$4"/}"
}
export -f check

ls "$root"/scenarios/*.rs "$root"/tests/fuzz/regressions/* | xargs -P 2 -I{} bash -c \
  'check "$1" "$2/$(basename "$1" .rs).log" "$3" "$4"' _ {} "$logs" "$cli" "$root" >"$logs/summary.txt" || true
cat "$logs/summary.txt"
total=$(grep -cE '^(ok|FAIL) ' "$logs/summary.txt" || true)
failed=$(grep -c '^FAIL' "$logs/summary.txt" || true)
echo "valgrind: $((total - failed)) clean, $failed with memory errors (of $total programs)"
[ "$failed" -eq 0 ] && [ "$total" -gt 0 ]
