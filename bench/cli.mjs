// `multilingual-wasm bench`: runs the suite of bench/workloads.mjs through the public API
// and prints a table (or writes the JSON document). Node only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { formatStartup, measureStartup } from './startup.mjs';
// bench/peers.mjs is imported only with --peers (it is in the published package; the peer
// libraries are not: those not installed are skipped with a notice).
import { WORKLOADS, runSuite } from './workloads.mjs';
import { formatScaling, shownAutoVsBest } from './suite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const USAGE = `usage: multilingual-wasm bench [--quick] [--json out.json|-] [--runs N] [--only id,id] [--no-native] [--no-startup] [--variants simd,baseline] [--peers] [--calibrate MS]
  --quick      smaller sizes and fewer runs (under a minute; what CI runs)
  --json F     also write the result document to F ('-': print only the JSON on stdout)
  --runs N     timed runs per backend (default: 9, 5 with --quick; fewer, down to 3, when
               a call is slow: the slowest backend's runs take about 15 s, 1.5 s with --quick)
  --only ids   run only these workloads (ids: ${WORKLOADS.map((w) => w.id).join(', ')})
  --no-native  skip the native C++ comparison column
  --no-startup skip the start-up table (fresh Node processes: import -> ready, a second
               selector; measured unless --only is given) and the .wasm sizes
  --variants   WASM build variants to time (default: every one this engine loads)
  --peers      also time the libraries a user would pick instead (hash-wasm, TF.js WASM,
               sharp, ml-matrix: devDependencies of a source checkout; missing ones are
               skipped) and the best native code (OpenBLAS, simdjson, node:crypto) on the
               same inputs in the same process; every result checked
  --calibrate MS  calibrate AUTO in this engine first (selector.calibrate({ budgetMs: MS }));
               AUTO/best then shows before (the shipped thresholds' route) -> after`;

export function parseArgs(argv) {
  const opts = { quick: false, json: null, runs: undefined, only: undefined, native: true, startup: undefined, variants: undefined, peers: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === '--quick') opts.quick = true;
    else if (a === '--json') opts.json = value();
    else if (a === '--runs') {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error(`--runs must be an integer >= 1\n${USAGE}`);
    } else if (a === '--only') opts.only = value().split(',').filter(Boolean);
    else if (a === '--no-native') opts.native = false;
    else if (a === '--no-startup') opts.startup = false;
    else if (a === '--peers') opts.peers = true;
    else if (a === '--variants') opts.variants = value().split(',').filter(Boolean);
    else if (a === '--calibrate') {
      opts.calibrate = { budgetMs: Number(value()) };
      if (!(opts.calibrate.budgetMs > 0)) throw new Error(`--calibrate needs a budget in ms above 0\n${USAGE}`);
    }
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  opts.startup ??= opts.only === undefined;
  return opts;
}

/** Each shipped .wasm: bytes on disk and gzipped (level 9, what a server would send). */
export function wasmSizes(dir = path.join(root, 'dist/wasm')) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.wasm')).sort().map((file) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}

/**
 * Times from mlw_native_bench. In a source checkout with cmake it is (re)built in
 * build/native-bench with -O3 -march=native (a no-op when up to date); otherwise an
 * existing build/native/mlw_native_bench is used; otherwise the column is skipped.
 */
function nativeTimes({ quick, only, peers }, notice) {
  const dir = path.join(root, 'build/native-bench');
  const hasCmake = spawnSync('sh', ['-c', 'command -v cmake'], { stdio: 'ignore' }).status === 0;
  const hasSources = fs.existsSync(path.join(root, 'CMakeLists.txt')) && fs.existsSync(path.join(root, 'bench/native'));
  let exe = null;
  if (hasCmake && hasSources) {
    const configured = fs.existsSync(path.join(dir, 'CMakeCache.txt'));
    if (!configured) notice('building the native harness (cmake, -O3 -march=native)…');
    // clang when there is one: the compiler Emscripten itself uses, so the column compares
    // the same code generator (GCC 12 partly inlines the Fibonacci recursion and, with
    // -march=native on AVX-512 parts, makes SHA-256 half as fast as without it).
    const clang = spawnSync('sh', ['-c', 'command -v clang++'], { stdio: 'ignore' }).status === 0;
    const args = ['-S', root, '-B', dir, '-DCMAKE_BUILD_TYPE=Release', '-DMLW_NATIVE_ARCH=ON', ...(clang ? ['-DCMAKE_CXX_COMPILER=clang++'] : [])];
    const cfg = configured ? { status: 0 } : spawnSync('cmake', args, { encoding: 'utf8' });
    const make = cfg.status === 0 ? spawnSync('cmake', ['--build', dir, '--target', 'mlw_native_bench', '-j2'], { encoding: 'utf8' }) : cfg;
    if (make.status === 0) exe = path.join(dir, 'mlw_native_bench');
    else notice(`native harness did not build: ${((make.stderr || make.stdout || '').trim().split('\n').slice(-1)[0])}`);
  }
  if (!exe && fs.existsSync(path.join(root, 'build/native/mlw_native_bench'))) exe = path.join(root, 'build/native/mlw_native_bench');
  if (!exe) {
    notice('native column skipped: no cmake or C++ sources here to build bench/native (a source checkout has them)');
    return null;
  }
  // With --peers the harness also runs all its peers rows (ids "peers-…"), --only or not.
  const args = ['--json', ...(quick ? ['--quick'] : []), ...(peers ? ['--peers'] : []), ...(only ? ['--only', only.join(',')] : [])];
  const run = spawnSync(exe, args, { encoding: 'utf8' });
  if (run.status !== 0) {
    notice(`native column skipped: ${exe} failed (${run.stderr.trim()})`);
    return null;
  }
  const doc = JSON.parse(run.stdout);
  if (peers) {
    if (!doc.openblas) notice('best-native OpenBLAS rows skipped: the native harness was built without OpenBLAS (apt-get install libopenblas-dev, then rm -r build/native-bench)');
    if (!doc.simdjson) notice('best-native simdjson rows skipped: the native harness was built without simdjson (apt-get install libsimdjson-dev, then rm -r build/native-bench)');
  }
  return Object.fromEntries(doc.results.map((r) => [r.id, r]));
}

const ms = (v) => (v === null || v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(2));
const range = (r) => (r.medianMs === null ? '—' : `${ms(r.medianMs)} (${ms(r.minMs)}–${ms(r.maxMs)})`);
const ratio = (v) => (v === null || v === undefined ? '—' : `${v >= 10 ? v.toFixed(0) : v.toFixed(2)}×`);
function bytes(n) {
  if (n === null || n === undefined) return '—';
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${n} B`;
}

// The best-native time shown beside our native build in the main table: the peers run's
// 1-thread best-native row for the same workload and size (OpenBLAS dgemm for the f64
// product, node:crypto for SHA-256, simdjson for JSON validation).
const BEST_NATIVE = {
  'matrix-1000': { peers: 'peers-matmul-f64', library: /^OpenBLAS/ },
  'sha256-10mb': { peers: (quick) => (quick ? 'peers-sha256-1mb' : 'peers-sha256-10mb'), library: /^node:crypto/ },
  'json-validate-10mb': { peers: 'peers-json-validate', library: /^simdjson/ },
};
function attachBestNative(doc) {
  for (const s of doc.summary) {
    const m = BEST_NATIVE[s.id];
    if (!m) continue;
    const id = typeof m.peers === 'function' ? m.peers(doc.environment.quick) : m.peers;
    const r = doc.peers.rows.find((x) => x.id === id && x.role === 'native' && x.threads === 1 && m.library.test(x.library));
    if (r && r.verified) {
      s.bestNative = { library: r.library, medianMs: r.medianMs };
      if (s.wasmMs !== null) s.wasmVsBestNative = s.wasmMs / r.medianMs;
    }
  }
}

/** The human table: one line per workload, times in ms as median (min–max). */
/**
 * Issue 16's check: for every workload, the build that serves it (the environment's
 * variant: simd-threads once it took over) within 10 % of the fastest single-thread build
 * (simd, baseline). A workload counts as slower when both its median and its best run are
 * more than 10 % slower (a regression shows in the best run too; a noisy run moves the
 * median only). `slower`: lines for those answered on one thread (a build or routing
 * regression); `threaded`: lines for those the serving selector answered on simd-threads
 * itself (calls the policy gives threads, and calls on WasmArrays of its heap), where a
 * loaded machine makes threads slower than one (see the parallel efficiency lines).
 */
export function variantCheck(doc) {
  const serving = doc.environment.variant;
  const slower = [];
  const threaded = [];
  for (const s of doc.summary) {
    const rows = doc.results.filter((r) => r.id === s.id && r.backend === 'wasm' && r.verified);
    const served = rows.find((r) => r.variant === serving);
    const singles = rows.filter((r) => r.variant === 'simd' || r.variant === 'baseline');
    if (!served || singles.length === 0 || serving === 'simd' || serving === 'baseline') continue;
    const fastest = singles.reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
    const bestRun = Math.min(...singles.map((r) => r.minMs ?? r.medianMs));
    if (served.medianMs > 1.1 * fastest.medianMs && (served.minMs ?? served.medianMs) > 1.1 * bestRun) {
      const by = served.answeredBy && served.answeredBy !== serving ? ` (answered by ${served.answeredBy})` : '';
      const line = `  ${s.title}: ${serving}${by} ${served.medianMs.toPrecision(3)} ms vs ${fastest.variant} ${fastest.medianMs.toPrecision(3)} ms (${(served.medianMs / fastest.medianMs).toFixed(2)}×)`;
      (served.answeredBy === serving ? threaded : slower).push(line);
    }
  }
  return { slower, threaded };
}

/** AUTO/best as the table shows it: the paired estimate, or the plain ratio marked '*'. */
function autoBestText(s) {
  const shown = shownAutoVsBest(s);
  return shown.value === null ? '—' : `${ratio(shown.value)}${shown.paired ? '' : '*'}`;
}

export function formatTable(doc) {
  const variants = [...new Set(doc.results.filter((r) => r.backend === 'wasm' && r.variant).map((r) => r.variant))];
  const best = doc.summary.some((s) => s.bestNative);
  // The package's own JS beside the platform's code, where the JS answer used the latter.
  const pure = doc.results.some((r) => r.backend === 'js-pure');
  const head = ['workload', 'JS ms', ...(pure ? ['pure JS ms'] : []), ...variants.map((v) => `WASM ${v} ms`), 'native ms', ...(best ? ['best native ms', 'WASM/best native'] : []), 'WASM vs JS', 'WASM/native', 'kernel/native', 'AUTO ms', 'AUTO/best', 'peak heap / in+out', 'check'];
  const lines = [head];
  for (const s of doc.summary) {
    const rows = doc.results.filter((r) => r.id === s.id);
    const find = (b, v = null) => rows.find((r) => r.backend === b && (v === null || r.variant === v));
    const cell = (r) => (!r ? '—' : r.skipped ? 'n/a' : r.error && r.medianMs === null ? 'error' : range(r));
    const failed = rows.filter((r) => !r.verified && !r.skipped);
    const check = !s.available ? 'not available in this build' : failed.length ? `FAILED: ${failed.map((r) => `${r.backend}${r.variant ? ' ' + r.variant : ''}: ${r.error}`).join('; ')}` : 'ok';
    const jsRow = find('js');
    lines.push([
      `${s.title}${s.label ? ` [${s.label}]` : ''}`,
      `${cell(jsRow)}${jsRow?.jsPath && jsRow.jsPath !== 'js' ? ` [${jsRow.jsPath}]` : ''}`,
      ...(pure ? [cell(find('js-pure'))] : []),
      ...variants.map((v) => cell(find('wasm', v))),
      cell(find('native')),
      ...(best ? [s.bestNative ? `${ms(s.bestNative.medianMs)} ${s.bestNative.library.split(' ')[0]}` : '—', ratio(s.wasmVsBestNative)] : []),
      ratio(s.speedupVsJs),
      ratio(s.wasmVsNative),
      s.kernelVsNative === undefined ? '' : ratio(s.kernelVsNative),
      cell(find('auto')),
      s.autoVsBest === undefined ? '' : `${s.autoBeforeVsBest === undefined ? '' : `${ratio(s.autoBeforeVsBest)} → `}${autoBestText(s)}`,
      s.peakHeapBytes === null ? '—' : `${bytes(s.peakHeapBytes)} / ${bytes(s.ioBytes)}`,
      check,
    ]);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  const pad = (l) => l.map((c, i) => (i === 0 || i === l.length - 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
  return [pad(lines[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(pad)].join('\n');
}

export async function main(argv, { api } = {}) {
  const opts = parseArgs(argv);
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  api ??= await import('multilingual-wasm');
  // The suite collects garbage before each timed batch when it can (see suite.mjs).
  if (typeof globalThis.gc !== 'function') {
    v8.setFlagsFromString('--expose-gc');
    globalThis.gc = vm.runInNewContext('gc');
  }
  const jsonOnly = opts.json === '-';
  const tty = process.stdout.isTTY && !jsonOnly;
  const notice = (text) => (jsonOnly ? process.stderr.write(`${text}\n`) : console.log(text));
  const native = opts.native ? nativeTimes(opts, notice) : null;
  const doc = await runSuite({
    api,
    quick: opts.quick,
    runs: opts.runs,
    workloads: opts.only,
    variants: opts.variants,
    calibrate: opts.calibrate,
    native,
    // A terminal gets one line rewritten in place; a pipe or log file a line per workload
    // (on stderr when stdout carries the JSON).
    onProgress: tty
      ? ({ done, total, workload, phase }) => process.stdout.write(`\r\x1b[K[${done + 1}/${total}] ${workload}: ${phase}`)
      : ({ done, total, workload, phase }) => {
          if (phase === 'done') notice(`[${done}/${total}] ${workload} done`);
        },
  });
  if (tty) process.stdout.write('\r\x1b[K');
  let peersModule = null;
  if (opts.peers) {
    try {
      peersModule = await import('./peers.mjs');
    } catch (error) {
      notice(`peers table skipped: bench/peers.mjs is not in this copy (a source checkout has it): ${error?.message}`);
    }
  }
  if (peersModule) {
    doc.peers = await peersModule.runPeers({
      api,
      quick: opts.quick,
      native,
      threads: Math.min(2, doc.environment.cores ?? 1) > 1 ? 2 : 1,
      notice,
      onProgress: tty
        ? ({ done, total, workload, phase }) => process.stdout.write(`\r\x1b[K[peers ${done + 1}/${total}] ${workload}: ${phase}`)
        : undefined,
    });
    if (tty) process.stdout.write('\r\x1b[K');
    attachBestNative(doc);
  }
  // After the suite, so its child processes do not compete with the timed runs.
  if (opts.startup) {
    if (!tty) notice('measuring start-up in fresh Node processes…');
    doc.startup = await measureStartup({
      runs: opts.quick ? 3 : 9,
      onProgress: tty ? (done, total) => process.stdout.write(`\r\x1b[K[start-up ${done}/${total}]`) : undefined,
    });
    if (tty) process.stdout.write('\r\x1b[K');
    doc.wasmFiles = wasmSizes();
  }
  if (jsonOnly) process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  else {
    const e = doc.environment;
    console.log(`multilingual-wasm ${e.version} on ${e.engine}, ${e.platform}, ${e.cpu ?? 'cpu ?'} × ${e.cores}; variant ${e.variant}; ${e.quick ? 'quick sizes' : 'full sizes'}; ${e.date}`);
    for (const [v, why] of Object.entries(e.variantsUnavailable ?? {})) console.log(`variant ${v} not timed: ${why}`);
    console.log('times in ms: median (min–max) over the runs; copies in and out included; every result checked');
    console.log("JS: [the platform's code it ran] where it used one (node:crypto, String#includes, …), and pure JS beside it: the package's own JS (platformNatives: false)");
    console.log("kernel/native: the simd build's time inside its kernels (profileKernels) over native; AUTO/best: AUTO over the fastest of JS, pure JS and its own variant's WASM,");
    console.log("  paired: AUTO/route (median ratio of alternating batches of AUTO and the contestant of the route it took, same process) × route/best (the medians);");
    console.log("  '*': no paired measurement (too slow for its budget), the plain ratio of medians; the JSON has both (autoVsBest, autoVsBestPaired)");
    console.log(`AUTO's thresholds: ${e.thresholds}${doc.calibration ? ` (before: ${doc.calibration.thresholdsBefore}; calibrated in ${doc.calibration.ms.toFixed(0)} ms; AUTO/best shows before → after)` : ''}\n`);
    console.log(formatTable(doc));
    const { slower, threaded } = variantCheck(doc);
    console.log(slower.length
      ? `\nvariant check: the serving build is more than 10 % slower (median and best run) than the fastest single-thread build on (one run; rerun before concluding):\n${slower.join('\n')}`
      : `\nvariant check: the serving build is within 10 % of the fastest single-thread build on every workload answered on one thread`);
    if (threaded.length) {
      console.log(`variant check, calls answered on simd-threads itself (given threads by the policy, or on its WasmArrays) that were more than 10 % slower than one thread (the machine's load decides whether a second thread pays; see parallel efficiency):\n${threaded.join('\n')}`);
    }
    const scaling = formatScaling(doc);
    if (scaling) console.log(`\n${scaling}`);
    if (doc.peers) {
      console.log(`\npeers and best native, same process, same inputs, interleaved; ms: median (min–max); × ours: over this package's 1-thread WASM time`);
      console.log('checks: SHA-256 equal to node:crypto; products within the floating-point error bound 2·γ_k·Σ|a·b| of ours (u = 2^-53 f64, 2^-24 f32) and on 64 entries of a direct f64 sum; blur within the stated tolerance of ours; other hashes (different algorithms) against their published vectors\n');
      console.log(peersModule.formatPeers(doc.peers));
    }
    if (doc.startup) {
      console.log(`\nstart-up, ms: median (min–max) of ${doc.startup[0]?.runs ?? 0} fresh Node processes each (targets: import → ready <= 15, 2nd selector < 1)\n`);
      console.log(formatStartup(doc.startup));
      console.log(`\n.wasm files: ${doc.wasmFiles.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(0)} KB, ${(f.gzipBytes / 1024).toFixed(0)} KB gzipped`).join('; ')}`);
    }
    const missing = doc.summary.filter((s) => !s.available).map((s) => s.id);
    if (missing.length) console.log(`\nnot available in this build (skipped, not timed): ${missing.join(', ')}`);
    if (opts.json) {
      fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
      fs.writeFileSync(opts.json, `${JSON.stringify(doc, null, 2)}\n`);
      console.log(`\nJSON written to ${opts.json}`);
    }
  }
  const failed = doc.results.some((r) => !r.verified && !r.skipped) || Boolean(doc.peers?.rows.some((r) => !r.verified));
  if (failed && !jsonOnly) console.log('\nSOME RESULTS FAILED THEIR CHECK (see the check column)');
  return failed ? 1 : 0;
}
