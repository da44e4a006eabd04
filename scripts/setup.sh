#!/usr/bin/env bash
# Installs what pollscope needs on Debian 12. Safe to run again: it installs
# only the packages that are missing and skips apt entirely when none are.
#
#   scripts/setup.sh            everything (native + tokio + web)
#   scripts/setup.sh --native   C++ compilers, CMake, GoogleTest, Google Benchmark, Valgrind
#   scripts/setup.sh --tokio    native + Rust toolchain and Debian's Tokio/futures crates
#   scripts/setup.sh --web      native + Emscripten and Chromium
#
# Flags can be combined. Runs as root, or through sudo otherwise.
set -euo pipefail

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }

want_tokio=0 want_web=0
if [ $# -eq 0 ]; then
  want_tokio=1 want_web=1
fi
for arg in "$@"; do
  case "$arg" in
    --native) ;;
    --tokio) want_tokio=1 ;;
    --web) want_web=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

packages=(build-essential cmake libgtest-dev libgmock-dev googletest libbenchmark-dev clang-format)
# Memory checks (scripts/test.sh): clang with its libFuzzer/ASan runtimes, and Valgrind.
packages+=(clang libclang-rt-14-dev valgrind)
command -v python3 >/dev/null || packages+=(python3)
if [ "$want_tokio" = 1 ]; then
  packages+=(librust-tokio-dev librust-futures-dev librust-tokio-macros-dev)
  # The Tokio tutorial's companions and the pinning crate (tests/rust, tests/tokio-crosscheck).
  packages+=(librust-tokio-stream-dev librust-tokio-util-dev librust-async-stream-dev librust-pin-project-lite-dev)
  command -v cargo >/dev/null || packages+=(cargo)
  command -v rustc >/dev/null || packages+=(rustc)
fi
if [ "$want_web" = 1 ]; then
  packages+=(emscripten chromium fonts-noto-color-emoji)
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup.sh: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
  fi
  apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq)
  echo "setup.sh: installing ${missing[*]}"
  "${apt[@]}" update
  "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "setup.sh: all requested packages present"
if [ "$want_web" = 1 ]; then
  case ":${NODE_PATH:-}:" in
    *:/usr/share/nodejs:*) ;;
    *) echo "setup.sh: emcc needs: export NODE_PATH=/usr/share/nodejs" ;;
  esac
fi
