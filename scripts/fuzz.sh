#!/usr/bin/env bash
# Builds and runs a libFuzzer target: tests/fuzz/<name>_fuzz.cpp with the core, under
# ASan + UBSan, seeded from tests/fuzz/corpus/<name>/ (new finds go to a scratch copy,
# so the committed corpus only changes on purpose).
#   bash scripts/fuzz.sh <name> [seconds=60]     e.g. bash scripts/fuzz.sh json 10
#   bash scripts/fuzz.sh all [seconds]           every target, each for that long
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/fuzz.sh <name>|all [seconds]}"
seconds="${2:-60}"
CXX="${FUZZ_CXX:-clang++}"

run_one() {
  local target="$1" src="tests/fuzz/$1_fuzz.cpp" out="build/fuzz/$1"
  [ -f "$src" ] || { echo "no fuzz target $src" >&2; return 1; }
  mkdir -p "$out/corpus" "$out/artifacts"
  "$CXX" -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -ffp-contract=off -Icpp "$src" cpp/core/*.cpp -o "$out/fuzzer"
  local seeds=()
  [ -d "tests/fuzz/corpus/$target" ] && seeds=("tests/fuzz/corpus/$target")
  echo "fuzzing $target for ${seconds}s"
  "$out/fuzzer" "$out/corpus" "${seeds[@]}" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact)" || true
  # libFuzzer writes crash-*/leak-*/timeout-* on failure: that is the verdict.
  if compgen -G "$out/artifacts/*" >/dev/null; then
    echo "fuzz target $target FAILED: $(ls "$out/artifacts")" >&2
    return 1
  fi
  echo "fuzz target $target clean"
}

if [ "$name" = all ]; then
  for src in tests/fuzz/*_fuzz.cpp; do run_one "$(basename "$src" _fuzz.cpp)"; done
else
  run_one "$name"
fi
