#!/usr/bin/env bash
# Shows that the build enforces the direction of dependencies between layers:
# each probe under tests/layers/ includes one header; an `allowed_` probe
# must compile, a `violation_` probe must fail with the header not found.
#   tests/layers/run.sh BUILD_DIR
set -uo pipefail
build=$1
here=$(cd "$(dirname "$0")" && pwd)
fail=0
for src in "$here"/allowed_*.cpp "$here"/violation_*.cpp; do
  name=$(basename "$src" .cpp)
  header=$(sed -n 's/^#include "\(.*\)"$/\1/p' "$src" | head -1)
  out=$(cmake --build "$build" --target "layer_probe_$name" 2>&1)
  status=$?
  case "$name" in
    allowed_*)
      if [ $status -ne 0 ]; then echo "FAIL $name: did not compile"; echo "$out" | tail -5; fail=1
      else echo "ok   $name compiles"; fi ;;
    violation_*)
      if [ $status -eq 0 ]; then echo "FAIL $name: compiled, the layer boundary is open"; fail=1
      elif ! grep -q "$header: No such file" <<<"$out"; then echo "FAIL $name: failed for another reason"; echo "$out" | tail -5; fail=1
      else echo "ok   $name refused ($header not found)"; fi ;;
  esac
done
exit $fail
