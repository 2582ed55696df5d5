// Start-up cost, measured the only honest way: every sample is a fresh Node process
// (nothing compiled, cached or JIT-warmed from an earlier sample), which imports the
// package by name (dist/index.mjs), makes a selector and waits for `ready`, times one
// first call, waits until the requested variant serves (warmUp), then makes a second
// selector in the same process (modules compiled and cached). Medians of N processes,
// with min–max; the variants are interleaved so machine noise spreads over all of them.
//
//   node bench/startup.mjs [--runs 9] [--json] [--variants simd,simd-threads,baseline]
//                          [--import <specifier or path>]...
//
// With several --import options (e.g. another build's dist/index.mjs) the builds are
// measured in the same interleaved rounds, so their numbers compare.
// The integrator's suite can call measureStartup({ runs }) and print/merge its rows.
import { fileURLToPath, pathToFileURL } from 'node:url';

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
  ['servingMs', 'import → serving (warmUp)'],
];

const here = fileURLToPath(import.meta.url);

// ---- the child: one sample ------------------------------------------------------------

async function child(variant, specifier) {
  const config = STARTUP_VARIANTS[variant];
  const target = /^[./]/.test(specifier) ? pathToFileURL(specifier).href : specifier;
  const t0 = performance.now(); // Node's performance.now() counts from process start
  const api = await import(target);
  const t1 = performance.now();
  const first = new api.BackendSelector(config);
  await first.ready;
  const t2 = performance.now();
  const s1 = first.status();
  // One small call on the first selector that AUTO sends to WASM (64 KiB is above XOR's
  // threshold): whatever was left lazy by `ready` is paid here, so it is part of what
  // this benchmark reports (firstCallBackend says where it ran).
  const data = new Uint8Array(65536);
  const key = new Uint8Array([1, 2, 3]);
  const t5 = performance.now();
  first.callFunction('crypto_xor_encrypt', data, key);
  const t6 = performance.now();
  const report = first.lastCallReport();
  // With threads, simd serves from ready on and simd-threads takes over once its workers
  // are up: when the requested variant serves (for the others, warmUp is immediate).
  await first.warmUp([]);
  const t7 = performance.now();
  const s3 = first.status();
  // A second selector once the first is fully up: every module it may load is compiled
  // and cached by now (and nothing of the first's is loading in the background).
  const t3 = performance.now();
  const second = new api.BackendSelector(config);
  await second.ready;
  const t4 = performance.now();
  const s2 = second.status();
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
    servingVariant: s3.variant,
    servingMs: t7 - t0,
  };
}

// ---- the parent: N children per variant -----------------------------------------------

function runChild(variant, specifier) {
  return new Promise((resolve, reject) => {
    // (Built-ins through getBuiltinModule, not imports: a child loads nothing it does not use.)
    const { spawn } = process.getBuiltinModule('child_process');
    const proc = spawn(process.execPath, [here, '--child', variant, specifier], { stdio: ['ignore', 'pipe', 'inherit'] });
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
export async function measureStartup({
  runs = 9,
  variants = Object.keys(STARTUP_VARIANTS),
  imports = ['multilingual-wasm'],
  onProgress,
} = {}) {
  const jobs = imports.flatMap((specifier) => variants.map((variant) => ({ specifier, variant, samples: [] })));
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[(i + r) % jobs.length]; // rotate the order every round
      job.samples.push(await runChild(job.variant, job.specifier));
      onProgress?.(r * jobs.length + i + 1, runs * jobs.length);
    }
  }
  return jobs.map(({ specifier, variant: requested, samples: list }) => {
    const row = {
      ...(imports.length > 1 ? { build: specifier } : {}),
      variant: list[0].variant,
      requested,
      runs: list.length,
      firstCallBackend: list[0].firstCallBackend,
      reason: list[0].reason,
      servingVariant: list[0].servingVariant,
    };
    for (const [field] of STARTUP_FIELDS) row[field] = summary(list.map((s) => s[field]));
    return row;
  });
}

const fmt = (s) => (s.medianMs === null ? '—' : `${s.medianMs.toFixed(2)} (${s.minMs.toFixed(2)}–${s.maxMs.toFixed(2)})`);

/** A plain-text table of measureStartup's rows (median (min–max), milliseconds). */
export function formatStartup(rows) {
  const head = ['variant', ...STARTUP_FIELDS.map(([, h]) => h)];
  const name = (r) => `${r.build ? `${r.build}: ` : ''}${r.requested}${r.variant === r.requested ? '' : ` (${r.variant} until ${r.servingVariant ?? '?'} serves)`}`;
  const body = rows.map((r) => [name(r), ...STARTUP_FIELDS.map(([f]) => fmt(r[f]))]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(width[i])).join('  ');
  return [line(head), line(width.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(argv) {
  if (argv[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await child(argv[1], argv[2] ?? 'multilingual-wasm'))}\n`);
    return;
  }
  if (argv.includes('--help')) {
    console.log('node bench/startup.mjs [--runs N (9)] [--variants simd,simd-threads,baseline] [--import SPEC]... [--json]');
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
  const imports = argv.flatMap((a, i) => (a === '--import' ? [argv[i + 1]] : []));
  const tty = process.stderr.isTTY;
  const rows = await measureStartup({
    runs,
    variants,
    imports: imports.length ? imports : undefined,
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
