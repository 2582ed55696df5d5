// Start-up cost, measured the only honest way: every sample is a fresh Node process
// (nothing compiled, cached or JIT-warmed from an earlier sample), which imports the
// package by name (dist/index.mjs), makes a selector and waits for `ready`, then makes a
// second one in the same process, then times one first call. Medians of N processes,
// with min–max; the variants are interleaved so machine noise spreads over all of them.
//
//   node bench/startup.mjs [--runs 9] [--json] [--variants simd,simd-threads,baseline]
//
// The integrator's suite can call measureStartup({ runs }) and print/merge its rows.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The selector config that picks each variant under AUTO (as a user would ask). */
export const STARTUP_VARIANTS = {
  simd: { simd: true, threads: false },
  'simd-threads': { simd: true, threads: 'auto' },
  baseline: { simd: false, threads: false },
};

/** The measured fields of one child run, in table order, with their headings. */
export const STARTUP_FIELDS = [
  ['importMs', 'import'],
  ['readyMs', 'import → ready'],
  ['loadMs', 'status().loadMs'],
  ['secondReadyMs', '2nd selector ready'],
  ['secondLoadMs', '2nd loadMs'],
  ['firstCallMs', '1st call'],
  ['processReadyMs', 'process start → ready'],
];

const here = fileURLToPath(import.meta.url);

// ---- the child: one sample ------------------------------------------------------------

async function child(variant) {
  const config = STARTUP_VARIANTS[variant];
  const t0 = performance.now(); // Node's performance.now() counts from process start
  const api = await import('multilingual-wasm');
  const t1 = performance.now();
  const first = new api.BackendSelector(config);
  await first.ready;
  const t2 = performance.now();
  const s1 = first.status();
  const t3 = performance.now();
  const second = new api.BackendSelector(config);
  await second.ready;
  const t4 = performance.now();
  const s2 = second.status();
  // One small call on the first selector that AUTO sends to WASM (64 KiB is above XOR's
  // threshold): whatever was left lazy by `ready` is paid here, so it is part of what
  // this benchmark reports (firstCallBackend says where it ran).
  const data = new Uint8Array(65536);
  const key = new Uint8Array([1, 2, 3]);
  const t5 = performance.now();
  first.callFunction('crypto_xor_encrypt', data, key);
  const t6 = performance.now();
  const report = first.lastCallReport();
  second.dispose();
  first.dispose();
  return {
    variant: s1.variant,
    secondVariant: s2.variant,
    reason: s1.reason,
    firstCallBackend: report.backend,
    importMs: t1 - t0,
    readyMs: t2 - t0,
    loadMs: s1.loadMs,
    secondReadyMs: t4 - t3,
    secondLoadMs: s2.loadMs,
    firstCallMs: t6 - t5,
    processReadyMs: t2,
  };
}

// ---- the parent: N children per variant -----------------------------------------------

function runChild(variant) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [here, '--child', variant], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`startup child (${variant}) exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()));
      } catch (error) {
        reject(new Error(`startup child (${variant}) printed no result: ${out}`));
      }
    });
  });
}

function summary(values) {
  const s = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (s.length === 0) return { medianMs: null, minMs: null, maxMs: null };
  const mid = s.length >> 1;
  return { medianMs: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, minMs: s[0], maxMs: s[s.length - 1] };
}

/**
 * Start-up per variant, from `runs` fresh processes each (run one after another, never
 * in parallel: they would compete for the cores). Returns JSON-able rows:
 * { variant, requested, runs, firstCallBackend, reason, importMs: {medianMs, minMs,
 * maxMs}, readyMs: {…}, loadMs, secondReadyMs, secondLoadMs, firstCallMs, processReadyMs }.
 * `variant` is what status() reported (a variant this engine cannot run is reported as
 * the one chosen instead, e.g. 'simd' when threads are unavailable).
 */
export async function measureStartup({ runs = 9, variants = Object.keys(STARTUP_VARIANTS), onProgress } = {}) {
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + r) % variants.length]; // rotate the order every round
      samples[v].push(await runChild(v));
      onProgress?.(r * variants.length + i + 1, runs * variants.length);
    }
  }
  return variants.map((requested) => {
    const list = samples[requested];
    const row = {
      variant: list[0].variant,
      requested,
      runs: list.length,
      firstCallBackend: list[0].firstCallBackend,
      reason: list[0].reason,
    };
    for (const [field] of STARTUP_FIELDS) row[field] = summary(list.map((s) => s[field]));
    return row;
  });
}

const fmt = (s) => (s.medianMs === null ? '—' : `${s.medianMs.toFixed(2)} (${s.minMs.toFixed(2)}–${s.maxMs.toFixed(2)})`);

/** A plain-text table of measureStartup's rows (median (min–max), milliseconds). */
export function formatStartup(rows) {
  const head = ['variant', ...STARTUP_FIELDS.map(([, h]) => h)];
  const body = rows.map((r) => [r.variant === r.requested ? r.variant : `${r.requested} → ${r.variant}`, ...STARTUP_FIELDS.map(([f]) => fmt(r[f]))]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(width[i])).join('  ');
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(argv) {
  if (argv[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await child(argv[1]))}\n`);
    return;
  }
  if (argv.includes('--help')) {
    console.log('node bench/startup.mjs [--runs N (9)] [--variants simd,simd-threads,baseline] [--json]');
    return;
  }
  const opt = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(opt('--runs') ?? 9);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const variants = (opt('--variants') ?? Object.keys(STARTUP_VARIANTS).join(',')).split(',');
  for (const v of variants) if (!(v in STARTUP_VARIANTS)) throw new Error(`unknown variant ${v}`);
  const tty = process.stderr.isTTY;
  const rows = await measureStartup({
    runs,
    variants,
    onProgress: tty ? (done, total) => process.stderr.write(`\rstart-up: ${done}/${total} processes`) : undefined,
  });
  if (tty) process.stderr.write('\r\x1b[K');
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ node: process.versions.node, runs, rows }, null, 2));
  } else {
    console.log(`Start-up, Node ${process.versions.node}, median (min–max) ms of ${runs} fresh processes:`);
    console.log(formatStartup(rows));
  }
}

if (process.argv[1] === here) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
