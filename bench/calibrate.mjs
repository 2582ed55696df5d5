// `node bench/calibrate.mjs [--dry-run] [--only op,op]` (`npm run calibrate`): measures JS
// against WASM over each operation's size sweep and writes each crossover into
// thresholds.json (operations[name].wasmMinSize, in the unit of the size that registry row's
// validate() records), plus what was measured and where under `measured`. AUTO then answers with JS
// below the crossover. For the threaded operations (rows with a `threadSweep`) it also
// measures one WASM thread against 2..min(cores, 4) and writes threadsMinSize (from this
// size the C++ policy hands the call its threads; -1 = never) and maxThreads (0 = no cap)
// into the same row.
// The sweeps are the rows' own (`sweep(kit)` / `threadSweep(kit)` in js/registry/*.js,
// kit = ./checks.mjs): every operation with a WASM kernel is calibrated; one without a
// sweep is an error. The bundles embed thresholds.json: without --dry-run this rebuilds
// them (scripts/build-js.mjs) once the file is written, so AUTO uses the new numbers.
// thresholds.json has a set per engine (js/thresholds.js): in the engine the file's
// `defaultEngine` names (Node 20's V8 11) this writes the top-level `operations` and
// `measured`; in another (e.g. Node 22: 'v8-12') its `engines[key]` and `measuredEngines[key]`.
// The crossover rule is js/calibrate.js's (selector.calibrate() uses the same).
// Batch thresholds ('name:batch' keys, rows with a batch kernel): js/calibrate.js
// calibrateBatch, timed with callBatch (item sizes at 256 items, then counts), evidence
// under measured.batch.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as api from 'multilingual-wasm';
import { build } from 'esbuild';
import * as kit from './checks.mjs';
import { readThresholds, writeThresholds, compactJson, THRESHOLDS_FILE } from './thresholds-file.mjs';

const { difference } = kit;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The registry rows (their sweeps; validated() gives the size, in the unit thresholds.json uses), the plans,
 * js/calibrate.js's crossover() and js/thresholds.js's engineKey(), bundled from js/ with
 * the same defines as the package build, so JSON imports and build constants work.
 */
async function loadRegistry() {
  const out = await build({
    stdin: {
      contents: [
        "export { allPolicyKeys, operations, resolvePlan, validated } from './js/registry/index.js';",
        "export { crossover, calibrateBatch } from './js/calibrate.js';",
        "export { engineKey } from './js/thresholds.js';",
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    },
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
const NEVER = Number.MAX_SAFE_INTEGER;

const now = () => performance.now();
const PASSES = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median ms per call for each selector on the same args, batches interleaved. */
function timeBoth(selectors, name, args, checked = false) {
  const results = checked ? [] : selectors.map((s) => s.callFunction(name, ...args));
  const d = checked ? null : difference(results[0], results[1]);
  if (d) throw new Error(`${name}: the two answers differ (${d}); not calibrating on wrong results`);
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

/**
 * Median times per size for two selectors over a sweep: PASSES passes over the sizes,
 * median per size, so a shared machine's hiccups and the JIT's tiering land on different
 * sizes in different passes. Returns [{ size, a, b }] (ms per call).
 */
function measureSweep(selectors, name, sweep, row, validated) {
  const inputs = sweep.scales.map((scale) => {
    const args = sweep.args(scale);
    return { args, size: validated(row, args).size };
  });
  const passes = inputs.map(() => ({ a: [], b: [] }));
  for (let pass = 0; pass < PASSES; pass++) {
    inputs.forEach(({ args }, i) => {
      const [a, b] = timeBoth(selectors, name, args);
      passes[i].a.push(a);
      passes[i].b.push(b);
    });
  }
  return inputs.map(({ size }, i) => ({ size, a: median(passes[i].a), b: median(passes[i].b) }));
}

/** Sizes where the chosen threshold loses more than 10% against the faster side. */
function losses(points, at) {
  return points
    .map((p, i) => ({ size: p.size, ratio: (i < at ? p.a : p.b) / Math.min(p.a, p.b) }))
    .filter((l) => l.ratio > 1.1)
    .map((l) => `${l.size} (${l.ratio.toFixed(2)}×)`);
}

/**
 * Selectors on `threads` threads whose policy hands every call of `names` all of them
 * (threads from size 0, no cap), with the pool loaded. The row is set as js/policy.js
 * sets a thresholds.json row; preferBackend 'wasm' keeps the route out of it.
 */
async function threadedSelector(threads, names, resolvePlan) {
  const s = await api.BackendSelector.create({ preferBackend: 'wasm', threads });
  await s.warmUp([]);
  const granted = s.status().threads.granted;
  if (s.status().variant !== 'simd-threads' || granted !== threads) {
    throw new Error(`threads: ${threads} gave ${s.status().variant} with ${granted} threads (${s.status().threads.reason})`);
  }
  const policy = s._policy; // the serving instance's InstancePolicy (js/policy.js)
  for (const name of names) {
    const { id } = resolvePlan(name);
    policy.setThresholds(id, { wasmMinSize: 0, threadsMinSize: 0, maxThreads: 0 });
    if (policy.decide(id, 1e9).threads !== threads) throw new Error(`${name}: the policy did not grant ${threads} threads`);
  }
  return s;
}

/**
 * The pool's threads run kernels in their own instances, which V8 tiers up on their own
 * call budget: cold, a helper ran about 2x slower for its first hundred or so calls
 * (measured: matrix 210² on 2 threads 1.4 ms, then 0.8 ms), which hid the gain at the
 * small sizes a sweep starts with. So the threaded path runs at a middle size first.
 */
function warmThreads(selector, name, sweep) {
  const args = sweep.args(sweep.scales[Math.floor(sweep.scales.length / 2)]);
  const started = performance.now();
  for (let i = 0; i < 300 && performance.now() - started < 1500; i++) selector.callFunction(name, ...args);
}

const fmt = (ms) => ms.toPrecision(3).padStart(8);

/** Median ms per batch of each selector's callBatch on the same argument lists (as timeBoth). */
function timeBatches(selectors, name, lists) {
  const results = selectors.map((s) => s.callBatch(name, lists));
  const d = difference(results[0], results[1]);
  if (d) throw new Error(`${name}: the two batches' answers differ (${d}); not calibrating on wrong results`);
  const samples = selectors.map(() => []);
  for (let pass = 0; pass < PASSES; pass++) {
    const [a, b] = timeBoth(selectors.map((s) => ({ callFunction: (n, l) => s.callBatch(n, l) })), name, [lists], true);
    samples[0].push(a);
    samples[1].push(b);
  }
  return { a: median(samples[0]), b: median(samples[1]) };
}

/**
 * A batch threshold ('name:batch'): js/calibrate.js calibrateBatch over the row's
 * batchSweep, timed with callBatch on the JS and the one-thread WASM selector. Writes the
 * row into `thresholds.operations`; returns the evidence.
 */
function calibrateBatchKey(js, wasm, tkey, row, calibrateBatch, thresholds) {
  if (typeof row.batchSweep !== 'function') throw new Error('its registry row has a batch kernel but no batchSweep');
  const name = row.name;
  const { row: out, items, counts, countsAt } = calibrateBatch(row, kit, (lists) => timeBatches([js, wasm], name, lists), 256);
  thresholds.operations[tkey] = out;
  const range = out.itemMinSize >= NEVER ? 'none' : `[${out.itemMinSize}, ${out.itemMaxSize >= NEVER ? '∞' : out.itemMaxSize}]`;
  console.log(`${tkey}: ${out.wasmMinSize >= NEVER ? 'no batch threshold (per-call threshold)' : `WASM from ${out.wasmMinSize} items`}, item size range ${range}${out.note ? ` (${out.note})` : ''}`);
  for (const p of items) console.log(`  256 items of size ${String(+p.size.toPrecision(4)).padStart(7)}  JS ${fmt(p.a)} ms  WASM ${fmt(p.b)} ms`);
  for (const p of counts) console.log(`  ${String(p.size).padStart(5)} items of size ${String(countsAt).padStart(5)}  JS ${fmt(p.a)} ms  WASM ${fmt(p.b)} ms`);
  const round = (p) => [+p.size.toPrecision(4), +p.a.toPrecision(3), +p.b.toPrecision(3)];
  return { items: items.map(round), countsAt, counts: counts.map(round) };
}

const USAGE = `usage: node bench/calibrate.mjs [--dry-run] [--only op,op]   (npm run calibrate)
  times JS against WASM (one thread) over each operation's size sweep, ${PASSES} passes, medians,
  and writes each crossover (wasmMinSize) into thresholds.json; for the threaded operations
  also one WASM thread against 2..min(cores, 4) (threadsMinSize, maxThreads); for the operations
  with a batch kernel, their batch thresholds ('name:batch': items, within an item size range,
  timed with callBatch). Then rebuilds the
  bundles (scripts/build-js.mjs), which embed the file.
  --dry-run    measure, print the resulting thresholds.json, write nothing
  --only ops   only these operations: canonical names, or 'name:kind' keys (data_sort:strings,
               numeric_fibonacci:batch)`;

async function main(argv) {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') i++;
    else if (argv[i] !== '--dry-run') throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
  }
  const dry = argv.includes('--dry-run');
  const onlyAt = argv.indexOf('--only');
  if (onlyAt >= 0 && !argv[onlyAt + 1]) throw new Error(`--only needs a list of operations\n${USAGE}`);
  const only = onlyAt >= 0 ? argv[onlyAt + 1].split(',') : null;
  const { operations, resolvePlan, crossover, calibrateBatch, engineKey, allPolicyKeys, validated } = await loadRegistry();
  const js = await api.BackendSelector.create({ preferBackend: 'js' });
  // wasmMinSize is about call overhead against JS: one thread (threads come later, from
  // threadsMinSize, which is measured below against this same selector).
  const wasm = await api.BackendSelector.create({ preferBackend: 'wasm', threads: false });
  if (!wasm.isWasmAvailable()) throw new Error(`WASM is not available here: ${wasm.status().reason}`);
  const available = new Map(api.listOperations().map((op) => [op.name, op]));
  const file = THRESHOLDS_FILE;
  const whole = readThresholds(file);
  // This engine's set: the top level for the default engine, else engines[key].
  const key = engineKey();
  const isDefault = key === whole.defaultEngine?.engine;
  const thresholds = isDefault ? whole : { operations: { ...whole.engines[key]?.operations }, measured: whole.measuredEngines[key] };
  console.log(`calibrating the thresholds of ${key}${isDefault ? ' (the default set)' : ''}`);
  const evidence = {};
  const batchEvidence = {};
  // One target per thresholds key: an operation (its first input kind, `sweep`) and each
  // further input kind of a row with `kinds` (key 'name:kind', its `kindSweeps[kind]`).
  for (const { key: tkey, plan, kind } of allPolicyKeys()) {
    const name = plan.name;
    const row = operations.get(name);
    if (only && !only.includes(name) && !only.includes(tkey)) continue;
    if (!available.get(name)?.wasm) {
      console.log(`${name}: no WASM kernel, nothing to calibrate`);
      continue;
    }
    if (kind === 'batch') {
      try {
        batchEvidence[tkey] = calibrateBatchKey(js, wasm, tkey, row, calibrateBatch, thresholds);
      } catch (error) {
        console.log(`${tkey}: NOT CALIBRATED: ${error?.message ?? error}`);
        process.exitCode = 1;
      }
      continue;
    }
    const sweepOf = tkey === name ? row.sweep : row.kindSweeps?.[kind];
    if (typeof sweepOf !== 'function') {
      console.log(`${tkey}: NOT CALIBRATED: its registry row has no sweep${tkey === name ? '' : ` for input kind '${kind}' (kindSweeps)`}`);
      process.exitCode = 1;
      continue;
    }
    const sweep = sweepOf(kit);
    let points;
    try {
      points = measureSweep([js, wasm], name, sweep, row, validated);
    } catch (error) {
      // One operation's failure (e.g. answers that differ) must not lose the others.
      console.log(`${tkey}: NOT CALIBRATED: ${error?.message ?? error}`);
      process.exitCode = 1;
      continue;
    }
    const at = crossover(points);
    const { note, ...kept } = thresholds.operations[tkey] ?? {}; // a note would now be stale
    if (at === points.length) {
      thresholds.operations[tkey] = {
        ...kept,
        wasmMinSize: NEVER,
        note: `WASM was not faster at any measured size (up to ${points.at(-1).size}): AUTO answers with JS`,
      };
      console.log(`${tkey}: WASM was not faster at any measured size (up to ${points.at(-1).size}); AUTO keeps JS`);
    } else {
      const wasmMinSize = at === 0 ? 0 : points[at].size;
      thresholds.operations[tkey] = { ...kept, wasmMinSize };
      console.log(`${tkey}: WASM faster from size ${wasmMinSize}`);
    }
    const lost = losses(points, at);
    if (lost.length) console.log(`  check: the threshold loses > 10% at sizes ${lost.join(', ')}`);
    evidence[tkey] = points.map((p) => [p.size, +p.a.toPrecision(3), +p.b.toPrecision(3)]);
    for (const p of points) console.log(`  size ${String(p.size).padStart(9)}  JS ${fmt(p.a)} ms  WASM ${fmt(p.b)} ms`);
  }

  const threadSweeps = new Map(
    [...operations]
      .filter(([n, row]) => row.threadSweep && (!only || only.includes(n)) && available.get(n)?.wasm)
      .map(([n, row]) => [n, row.threadSweep(kit)]),
  );
  const threadNames = [...threadSweeps.keys()];
  const threadEvidence = {};
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const counts = [];
  for (let t = 2; t <= Math.min(cores, 4); t++) counts.push(t);
  if (threadNames.length && counts.length === 0) console.log(`threads: one core here, threadsMinSize not measured`);
  for (const threads of threadNames.length ? counts : []) {
    const selector = await threadedSelector(threads, threadNames, resolvePlan);
    for (const name of threadNames) {
      warmThreads(selector, name, threadSweeps.get(name));
      const points = measureSweep([wasm, selector], name, threadSweeps.get(name), operations.get(name), validated);
      (threadEvidence[name] ??= {})[threads] = points;
    }
    selector.dispose();
  }
  for (const name of threadNames) {
    if (!threadEvidence[name]) continue;
    // Per count: where it starts to beat one thread; the best count at the largest size
    // decides maxThreads, and threadsMinSize is that count's crossover.
    const byCount = counts.map((threads) => {
      const points = threadEvidence[name][threads];
      return { threads, points, at: crossover(points), largest: points.at(-1).b };
    });
    const best = byCount.reduce((x, y) => (y.at < y.points.length && y.largest < x.largest ? y : x), {
      threads: 1,
      largest: threadEvidence[name][counts[0]].at(-1).a,
    });
    const row = thresholds.operations[name] ?? { wasmMinSize: 0 };
    if (best.threads === 1) {
      thresholds.operations[name] = { ...row, threadsMinSize: -1, maxThreads: 0 };
      console.log(`${name}: more threads were not faster at any measured size; one thread`);
    } else {
      // No cap when the most threads measured were the fastest (more cores may help more).
      const maxThreads = best.threads === counts.at(-1) ? 0 : best.threads;
      thresholds.operations[name] = { ...row, threadsMinSize: best.points[best.at].size, maxThreads };
      console.log(`${name}: ${best.threads} threads faster than 1 from size ${best.points[best.at].size}`);
    }
    for (const { threads, points, at } of byCount) {
      const lost = losses(points, at);
      if (lost.length) console.log(`  check (${threads} threads): the threshold loses > 10% at sizes ${lost.join(', ')}`);
      for (const p of points) console.log(`  size ${String(p.size).padStart(9)}  1 thread ${fmt(p.a)} ms  ${threads} threads ${fmt(p.b)} ms`);
    }
  }

  const previous = thresholds.measured ?? {};
  thresholds.measured = {
    by: 'node bench/calibrate.mjs',
    date: new Date().toISOString(),
    engine: `Node.js ${process.versions.node} (V8 ${process.versions.v8})`,
    machine: `${os.cpus()[0]?.model?.trim()} × ${os.cpus().length}, ${process.platform} ${process.arch}`,
    variant: wasm.status().variant,
    columns: ['size', 'jsMs', 'wasmMs'],
    points: { ...(previous.points ?? {}), ...evidence },
    batch: {
      method: "callBatch on both selectors (js/calibrate.js calibrateBatch): first batches over counts (columns: items) at the row's typical item (countsAt: its size), then batches of 256 items over item sizes (columns: mean item size); the counts again at the middle of the range WASM won if the typical item lies outside it",
      columns: ['size', 'jsMs', 'wasmMs'],
      points: { ...(previous.batch?.points ?? {}), ...batchEvidence },
    },
    threads: {
      variant: 'simd-threads against simd (threads: false)',
      columns: ['size', 'oneThreadMs', ...counts.map((t) => `threads${t}Ms`)],
      points: {
        ...(previous.threads?.points ?? {}),
        ...Object.fromEntries(
          Object.entries(threadEvidence).map(([name, byThreads]) => [
            name,
            byThreads[counts[0]].map((p, i) => [
              p.size,
              +p.a.toPrecision(3),
              ...counts.map((t) => +byThreads[t][i].b.toPrecision(3)),
            ]),
          ]),
        ),
      },
    },
  };
  if (!isDefault) {
    whole.engines[key] = { engine: thresholds.measured.engine, operations: thresholds.operations };
    whole.measuredEngines[key] = thresholds.measured;
  }
  if (dry) console.log(compactJson(whole));
  else {
    writeThresholds(whole, file);
    console.log('\nthresholds.json written; rebuilding the bundles so AUTO uses it');
    const bundled = spawnSync(process.execPath, [path.join(root, 'scripts/build-js.mjs')], { cwd: root, stdio: 'inherit' });
    if (bundled.status !== 0) {
      console.log('the bundles were not rebuilt: run npm run build:js');
      process.exitCode = 1;
    }
  }
  wasm.dispose();
  js.dispose();
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error?.message ?? error);
  process.exitCode = 1;
});
