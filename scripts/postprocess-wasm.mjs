// Post-processing of the Emscripten output in dist/wasm/, run by scripts/build.sh after it
// copies the files there. Every edit is checked: if Emscripten's output ever changes
// shape, the build stops here instead of shipping an unpatched file.
//
// 1. Each .wasm gets a custom section `mlw.variant` holding its variant's name, so a
//    .wasm met under any file name (wasmUrl naming one file, a bundler's hashed asset)
//    says which build it is (js/loader.js, wasmVariantOf). Custom sections do not
//    change what a module does; engines skip them.
// 2. The threads build's worker glue (mlw-simd-threads.worker.js). Emscripten 3.1.6
//    takes any engine with `process.versions.node` for Node, and in a worker_threads
//    worker it installs browser-like globals with
//      Object.assign(global, { self: global, require, Module, location: {href: __filename}, … })
//    Deno 2 and Bun both have `process.versions.node`; Deno's worker global scope is a
//    real DedicatedWorkerGlobalScope whose `location` has only a getter, so that
//    assignment throws ("Cannot set property location of #<DedicatedWorkerGlobalScope>
//    which has only a getter") and the worker dies before it loads. The patch assigns
//    the same properties one by one and keeps the engine's own where it has a read-only
//    one (`location` is only read by the glue to find its folder, which the pool does
//    not use: the main thread sends the compiled module and the glue's path). In Node
//    and Bun every assignment succeeds, as before.
// 3. dist/wasm/package.json {"type": "commonjs"}: the glue files are CommonJS. Node and
//    Bun read .js without a "type" as CommonJS anyway; Deno reads a .js outside
//    node_modules (a checkout, a vendored copy) as an ES module, where `require` and
//    `__filename` do not exist.
import fs from 'node:fs';
import path from 'node:path';
import { VARIANT_SECTION } from '../js/features.js';

const dir = path.resolve(process.argv[2] ?? 'dist/wasm');
const VARIANTS = { 'mlw-baseline.wasm': 'baseline', 'mlw-simd.wasm': 'simd', 'mlw-simd-threads.wasm': 'simd-threads' };

function leb128(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function customSection(name, payload) {
  const nameBytes = Buffer.from(name, 'utf8');
  const body = [...leb128(nameBytes.length), ...nameBytes, ...Buffer.from(payload, 'utf8')];
  return Buffer.from([0x00, ...leb128(body.length), ...body]);
}

for (const [file, variant] of Object.entries(VARIANTS)) {
  const where = path.join(dir, file);
  const bytes = fs.readFileSync(where);
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${where}: not a WebAssembly module`);
  if (bytes.includes(Buffer.from(VARIANT_SECTION))) throw new Error(`${where}: already has a ${VARIANT_SECTION} section (post-processed twice?)`);
  const marked = Buffer.concat([bytes, customSection(VARIANT_SECTION, variant)]);
  const sections = WebAssembly.Module.customSections(new WebAssembly.Module(marked), VARIANT_SECTION);
  if (sections.length !== 1 || Buffer.from(sections[0]).toString() !== variant) throw new Error(`${where}: marking failed`);
  fs.writeFileSync(where, marked);
}

const workerFile = path.join(dir, 'mlw-simd-threads.worker.js');
const worker = fs.readFileSync(workerFile, 'utf8');
const assign = 'Object.assign(global,{self:global,';
const count = worker.split(assign).length - 1;
if (count !== 1) throw new Error(`${workerFile}: expected the Node globals set-up \`${assign}…\` once, found ${count} (Emscripten changed? revisit scripts/postprocess-wasm.mjs)`);
const patched = worker.replace(
  assign,
  // Same properties, same values; a read-only one (Deno's `location`) keeps the engine's.
  '(function(o){for(var k in o){try{global[k]=o[k]}catch(e){}}})({self:global,',
);
fs.writeFileSync(workerFile, '// Patched by scripts/postprocess-wasm.mjs (Deno: read-only worker globals).\n' + patched);

fs.writeFileSync(path.join(dir, 'package.json'), '{\n  "type": "commonjs"\n}\n');
console.log(`postprocess-wasm: ${Object.keys(VARIANTS).length} .wasm marked with ${VARIANT_SECTION}; worker glue patched; ${path.relative(process.cwd(), dir)}/package.json`);
