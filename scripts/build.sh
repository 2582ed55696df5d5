#!/usr/bin/env bash
# Builds everything from source: the WebAssembly variants (Emscripten), then the JS
# bundles and types. dist/ is committed; CI runs this and checks that dist/ is unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Emscripten 3.1.6 needs Node to find its optimizer's modules (acorn).
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
command -v em++ >/dev/null || { echo "em++ not found: apt-get install -y emscripten" >&2; exit 1; }

emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/wasm -j2

# The non-thread variants differ by flags only, so their glue must be the same text
# apart from the file name; the bundle embeds it once.
out=build/wasm/out
for v in simd; do
  if ! cmp -s <(sed "s/mlw-baseline/X/g" $out/mlw-baseline.js) <(sed "s/mlw-$v/X/g" $out/mlw-$v.js); then
    echo "glue of variant $v differs from baseline's: cannot share one glue" >&2; exit 1
  fi
done
mkdir -p build/glue dist/wasm
cp $out/mlw-baseline.js build/glue/mlw-baseline.js
cp $out/mlw-baseline.wasm $out/mlw-simd.wasm dist/wasm/
# The threads build ships its glue as files beside its .wasm: its pthread workers load
# the glue (and .worker.js) themselves. They are CommonJS; dist/ is not an ES-module folder.
cp $out/mlw-simd-threads.wasm $out/mlw-simd-threads.js $out/mlw-simd-threads.worker.js dist/wasm/
# Mark each .wasm with its variant, patch the worker glue for Deno, declare the folder
# CommonJS: each step checked and explained in the script.
node scripts/postprocess-wasm.mjs dist/wasm

node scripts/build-js.mjs
node scripts/gen-dts.mjs
node scripts/gen-op-table.mjs
