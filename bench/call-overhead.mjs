// What callFunction itself costs on calls that take a microsecond or two: the case where
// AUTO's bookkeeping (name resolution, validation, routing, timing, stats, the call
// report) is a visible share of the call. Times `calls` calls of a few tiny operations
// per round, medians of `rounds` rounds, in one process, and prints ns per call.
//
//   node bench/call-overhead.mjs [--calls 100000] [--rounds 7] [--processes N] [--import <specifier>]...
//
// With several --import options (e.g. an older dist/index.mjs) the builds are timed in
// the same process, their rounds interleaved, so their numbers compare. In one process
// the JIT's choices (what it inlines, which call sites go megamorphic) can move a
// sub-microsecond call by ±20–40 % from one run to the next; --processes N runs each
// build alone in N fresh processes (builds alternating) and prints, per call, the median
// over the processes and their range: the figure to compare builds with.
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The tiny calls: [label, operation, args]. Inputs are made once, outside the timing. */
export function tinyCalls() {
  const sorted = new Float64Array(64).map((_, i) => i * 2);
  const a = Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, j) => i + j));
  return [
    ['crypto_hash "abc"', 'crypto_hash', ['abc']],
    ['numeric_gcd(12, 18)', 'numeric_gcd', [12, 18]],
    ['search_binary, 64 f64', 'search_binary', [sorted, 42]],
    ['matrix_multiply 4×4', 'matrix_multiply', [a, a]],
    ['crypto_xor_encrypt 64 B', 'crypto_xor_encrypt', [new Uint8Array(64), new Uint8Array([7])]],
  ];
}

function median(values) {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * ns per call of each tiny call, per build (`apis`: label -> the package's exports) and
 * per backend preference. Rows: { build, preferBackend, call, backend, nsPerCall }.
 */
export async function measureCallOverhead(apis, { calls = 100000, rounds = 7, prefer = ['auto', 'js'] } = {}) {
  const cases = [];
  for (const [build, api] of Object.entries(apis)) {
    for (const preferBackend of prefer) {
      const selector = await api.BackendSelector.create({ preferBackend, threads: 'auto' });
      for (const [label, name, args] of tinyCalls()) {
        selector.callFunction(name, ...args);
        cases.push({ build, preferBackend, label, name, args, selector, backend: selector.lastCallReport().backend, times: [] });
      }
    }
  }
  for (const c of cases) for (let i = 0; i < 2000; i++) c.selector.callFunction(c.name, ...c.args); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[(i + r) % cases.length];
      const { selector, name, args } = c;
      const t0 = performance.now();
      for (let k = 0; k < calls; k++) selector.callFunction(name, ...args);
      c.times.push(((performance.now() - t0) * 1e6) / calls);
    }
  }
  for (const c of cases) c.selector.dispose();
  return cases.map((c) => ({ build: c.build, preferBackend: c.preferBackend, call: c.label, backend: c.backend, nsPerCall: median(c.times) }));
}

async function main(argv) {
  const opt = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const imports = argv.flatMap((a, i) => (a === '--import' ? [argv[i + 1]] : []));
  if (imports.length === 0) imports.push('multilingual-wasm');
  const processes = Number(opt('--processes', 0));
  if (processes > 0) return acrossProcesses(imports, processes, opt('--calls', '100000'), opt('--rounds', '7'), argv.includes('--json'));
  const apis = {};
  for (const spec of imports) {
    apis[spec] = await import(/^[./]/.test(spec) ? pathToFileURL(spec).href : spec);
  }
  const rows = await measureCallOverhead(apis, { calls: Number(opt('--calls', 100000)), rounds: Number(opt('--rounds', 7)) });
  if (argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(`callFunction cost, Node ${process.versions.node}: ns per call, median of rounds`);
  for (const r of rows) {
    console.log(`${r.build.padEnd(30)} ${r.preferBackend.padEnd(5)} ${r.call.padEnd(26)} ${r.backend.padEnd(5)} ${r.nsPerCall.toFixed(0).padStart(7)} ns`);
  }
}

/** Each build alone in `count` fresh processes (alternating); medians and ranges over them. */
function acrossProcesses(imports, count, calls, rounds, json) {
  const runs = new Map(); // `${build}\t${prefer}\t${call}` -> { row, values }
  for (let p = 0; p < count; p++) {
    for (const spec of imports) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--json', '--calls', calls, '--rounds', rounds, '--import', spec], { encoding: 'utf8' });
      for (const row of JSON.parse(out)) {
        const key = `${row.build}\t${row.preferBackend}\t${row.call}`;
        if (!runs.has(key)) runs.set(key, { row, values: [] });
        runs.get(key).values.push(row.nsPerCall);
      }
    }
  }
  const rows = [...runs.values()].map(({ row, values }) => ({
    ...row, nsPerCall: median(values), minNs: Math.min(...values), maxNs: Math.max(...values), processes: values.length,
  }));
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(`callFunction cost, Node ${process.versions.node}: ns per call, median over ${count} processes per build (range)`);
  for (const r of rows) {
    console.log(`${r.build.padEnd(30)} ${r.preferBackend.padEnd(5)} ${r.call.padEnd(26)} ${r.backend.padEnd(5)} ${r.nsPerCall.toFixed(0).padStart(7)} ns  (${r.minNs.toFixed(0)}–${r.maxNs.toFixed(0)})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
