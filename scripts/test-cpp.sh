#!/usr/bin/env bash
# Native build of cpp/core + GoogleTest via ctest; with --sanitize, under ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build/native; extra=()
if [ "${1:-}" = "--sanitize" ]; then
  dir=build/native-asan; extra=(-DMLW_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
cmake -S . -B "$dir" "${extra[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"
ctest --test-dir "$dir" --output-on-failure -j"$(nproc)"
