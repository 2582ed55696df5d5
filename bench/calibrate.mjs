// `node bench/calibrate.mjs [--dry-run] [--only op,op]`: measures JS against WASM over a
// size sweep per operation and writes each crossover into thresholds.json
// (operations[name].wasmMinSize, in the unit of that registry row's size(); the row's
// other fields, e.g. threadsMinSize, are kept), plus what was measured and where under
// `measured`. AUTO then answers with JS below the crossover.
// Data-driven: every operation in SWEEPS that this build has (with a WASM kernel) is
// calibrated; the rest are listed as skipped. Rebuild (npm run build:js) to ship the data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as api from 'multilingual-wasm';
import { build } from 'esbuild';
import { difference, jsonText, randomBytes, randomMatrix, testImage } from './checks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The registry rows (for size(), the unit thresholds.json uses), bundled from js/ with
 * the same defines as the package build, so JSON imports and build constants work.
 */
async function loadRegistry() {
  const out = await build({
    entryPoints: [path.join(root, 'js/registry/index.js')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    define: { __MLW_FORMAT__: '"esm"', __MLW_VERSION__: '"calibrate"' },
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
const KEY = new Uint8Array([0x6d, 0x6c, 0x77, 0x21, 0x13, 0x37, 0xc0, 0xde, 0x5a, 0xa5, 0x01, 0xfe, 0x42, 0x99, 0x7e, 0x80]);
const geometric = (from, to, factor = 2) => {
  const out = [];
  for (let x = from; x <= to; x = Math.ceil(x * factor)) out.push(x);
  return out;
};

const randomFloats = (n, seed) => Float64Array.from(randomBytes(n * 2, seed).subarray(0, n), (b, i) => b / 256 + i * 1e-9);

/** Per operation: the scales to try and the arguments at a scale (targets absent: full scans). */
export const SWEEPS = {
  crypto_xor_encrypt: { scales: geometric(16, 4 << 20), args: (n) => [randomBytes(n, 7), KEY] },
  crypto_xor_decrypt: { scales: geometric(16, 4 << 20), args: (n) => [randomBytes(n, 7), KEY] },
  crypto_sha256: { scales: geometric(16, 4 << 20), args: (n) => [randomBytes(n, 13)] },
  matrix_multiply: { scales: geometric(2, 256, 1.5), args: (n) => [randomMatrix(n, n, 11), randomMatrix(n, n, 29)] },
  image_blur: { scales: geometric(4, 1024, 1.6), args: (s) => [testImage(s, s, 5), 2, { kind: 'box' }] },
  numeric_fibonacci_recursive: { scales: geometric(2, 30, 1.3), args: (n) => [n] },
  science_monte_carlo_pi: { scales: geometric(16, 1 << 20, 2), args: (n) => [n, 42] },
  json_parse: { scales: geometric(64, 2 << 20, 2), args: (n) => [jsonText(n, 3)] },
  json_validate: { scales: geometric(64, 2 << 20, 2), args: (n) => [jsonText(n, 3)] },
  json_extract_numbers: { scales: geometric(64, 2 << 20, 2), args: (n) => [jsonText(n, 3), 'value'] },
  data_sort: { scales: geometric(4, 1 << 20, 2), args: (n) => [randomFloats(n, 17)] },
  search_linear: { scales: geometric(4, 1 << 20, 2), args: (n) => [randomFloats(n, 19), 2] },
  search_binary: { scales: geometric(4, 1 << 20, 2), args: (n) => [randomFloats(n, 19).sort(), 0.5] },
  search_contains: { scales: geometric(16, 4 << 20, 2), args: (n) => [randomBytes(n, 23), 'not-in-the-text'] },
};

const now = () => performance.now();
const PASSES = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median ms per call for each selector on the same args, batches interleaved. */
function timeBoth(selectors, name, args) {
  const results = selectors.map((s) => s.callFunction(name, ...args));
  const d = difference(results[0], results[1]);
  if (d) throw new Error(`${name}: JS and WASM answers differ (${d}); not calibrating on wrong results`);
  let once = 0;
  for (const s of selectors) {
    const t0 = now();
    for (let i = 0; i < 5; i++) s.callFunction(name, ...args);
    once = Math.max(once, (now() - t0) / 5);
  }
  const reps = Math.max(1, Math.min(4096, Math.ceil(2 / Math.max(once, 0.0005))));
  const samples = selectors.map(() => []);
  for (let r = 0; r < 9; r++) {
    selectors.forEach((s, i) => {
      const t0 = now();
      for (let k = 0; k < reps; k++) s.callFunction(name, ...args);
      samples[i].push((now() - t0) / reps);
    });
  }
  return samples.map(median);
}

/** Indented JSON with each operation's measured points on one line (small, mergeable diffs). */
function compactJson(value) {
  return `${JSON.stringify(value, null, 2).replace(/\[\s*((?:\[[^\[\]]*\],?\s*)+)\]/g, (_, inner) => {
    const rows = inner.match(/\[[^\[\]]*\]/g).map((row) => JSON.stringify(JSON.parse(row)));
    return `[${rows.join(', ')}]`;
  })}\n`;
}

async function main(argv) {
  const dry = argv.includes('--dry-run');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1].split(',') : null;
  const { resolveOperation } = await loadRegistry();
  const js = await api.BackendSelector.create({ preferBackend: 'js' });
  const wasm = await api.BackendSelector.create({ preferBackend: 'wasm' });
  if (!wasm.isWasmAvailable()) throw new Error(`WASM is not available here: ${wasm.status().reason}`);
  const available = new Map(api.listOperations().map((op) => [op.name, op]));
  const file = path.join(root, 'thresholds.json');
  const thresholds = JSON.parse(fs.readFileSync(file, 'utf8'));
  const evidence = {};
  for (const [name, sweep] of Object.entries(SWEEPS)) {
    if (only && !only.includes(name)) continue;
    if (!available.get(name)?.wasm) {
      console.log(`${name}: not available in this build (no WASM kernel), skipped`);
      continue;
    }
    const row = resolveOperation(name);
    // Three passes over the sizes, median per size: a shared machine's hiccups and the
    // JIT's tiering land on different sizes in different passes.
    const inputs = sweep.scales.map((scale) => {
      const args = sweep.args(scale);
      return { args, size: row.size(row.validate(args)) };
    });
    const passes = inputs.map(() => ({ js: [], wasm: [] }));
    for (let pass = 0; pass < PASSES; pass++) {
      inputs.forEach(({ args }, i) => {
        const [jsMs, wasmMs] = timeBoth([js, wasm], name, args);
        passes[i].js.push(jsMs);
        passes[i].wasm.push(wasmMs);
      });
    }
    const points = inputs.map(({ size }, i) => ({ size, jsMs: median(passes[i].js), wasmMs: median(passes[i].wasm) }));
    // The crossover: the threshold (JS below it, WASM from it) whose choices lose least
    // against the faster backend at each measured size, summed as log ratios, so one
    // noisy point cannot move it far. Ties go to the smaller threshold. WASM needs at
    // least two measured sizes on its side: a lone win at the largest size is not a trend.
    let best = { cost: Infinity, at: points.length };
    for (let at = 0; at <= points.length; at++) {
      if (at === points.length - 1) continue;
      let cost = 0;
      points.forEach((p, i) => {
        cost += Math.log((i < at ? p.jsMs : p.wasmMs) / Math.min(p.jsMs, p.wasmMs));
      });
      if (cost < best.cost - 1e-12) best = { cost, at };
    }
    // WASM ahead from the smallest size measured: no threshold below it either (0).
    const wasmMinSize = best.at === points.length ? null : best.at === 0 ? 0 : points[best.at].size;
    if (wasmMinSize === null) {
      console.log(`${name}: WASM was not faster at any measured size (up to ${points.at(-1).size}); AUTO keeps JS`);
      thresholds.operations[name] = { ...thresholds.operations[name], wasmMinSize: Number.MAX_SAFE_INTEGER };
      delete thresholds.operations[name].note;
    } else {
      thresholds.operations[name] = { ...thresholds.operations[name], wasmMinSize };
      delete thresholds.operations[name].note; // a hand-written note would now be stale
      console.log(`${name}: WASM faster from size ${wasmMinSize}`);
    }
    evidence[name] = points.map((p) => [p.size, +p.jsMs.toPrecision(3), +p.wasmMs.toPrecision(3)]);
    for (const p of points) console.log(`  size ${String(p.size).padStart(9)}  JS ${p.jsMs.toPrecision(3).padStart(8)} ms  WASM ${p.wasmMs.toPrecision(3).padStart(8)} ms`);
  }
  thresholds.measured = {
    by: 'node bench/calibrate.mjs',
    date: new Date().toISOString(),
    engine: `Node.js ${process.versions.node} (V8 ${process.versions.v8})`,
    machine: `${os.cpus()[0]?.model?.trim()} × ${os.cpus().length}, ${process.platform} ${process.arch}`,
    variant: wasm.status().variant,
    columns: ['size', 'jsMs', 'wasmMs'],
    points: { ...(thresholds.measured?.points ?? {}), ...evidence },
  };
  const text = compactJson(thresholds);
  if (dry) console.log(text);
  else {
    fs.writeFileSync(file, text);
    console.log(`\nthresholds.json written; rebuild the bundles (npm run build:js) so AUTO uses them`);
  }
  wasm.dispose();
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error?.message ?? error);
  process.exitCode = 1;
});
