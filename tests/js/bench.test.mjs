// The benchmark suite, benchmark() and the CLI: shapes, honesty (a wrong answer is
// reported, a missing operation is skipped, never timed) and the heap high-water mark.
// No timing assertions: speed is reported by `npm run bench`, never asserted here.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from 'multilingual-wasm';
import { WORKLOADS, runSuite } from '../../bench/workloads.mjs';
import { NOT_AVAILABLE, SCHEMA } from '../../bench/suite.mjs';
import { parseArgs, wasmSizes } from '../../bench/cli.mjs';
import { measureStartup } from '../../bench/startup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasWasm = (await api.BackendSelector.create({ preferBackend: 'wasm' })).isWasmAvailable();

/** The real package, but every WASM selector answers XOR with one bit flipped. */
function lyingApi() {
  class LyingSelector extends api.BackendSelector {
    callFunction(name, ...args) {
      const result = super.callFunction(name, ...args);
      if (this.config.preferBackend !== 'wasm' || !(result instanceof Uint8Array)) return result;
      const wrong = result.slice();
      wrong[wrong.length >> 1] ^= 1;
      return wrong;
    }
  }
  return { ...api, BackendSelector: LyingSelector };
}

describe('workload definitions', () => {
  it('have unique ids and the fields the CLI and the demo use', () => {
    expect(new Set(WORKLOADS.map((w) => w.id)).size).toBe(WORKLOADS.length);
    for (const w of WORKLOADS) {
      expect(typeof w.title).toBe('string');
      expect(['guide', 'sweep', 'extra']).toContain(w.group);
      expect(typeof w.makeArgs).toBe('function');
      expect(typeof w.check).toBe('function');
      expect(typeof w.bytes).toBe('function');
    }
    expect(WORKLOADS.filter((w) => w.group === 'guide').map((w) => w.operation)).toEqual([
      'matrix_multiply', 'matrix_multiply', 'crypto_xor_encrypt', 'crypto_xor_encrypt', 'numeric_fibonacci_recursive',
      'json_parse', 'image_blur', 'science_monte_carlo_pi', 'crypto_sha256',
    ]);
  });

  it('checks reject wrong answers without needing the operation', () => {
    const fib = WORKLOADS.find((w) => w.id === 'fibonacci-30');
    expect(() => fib.check(832040, [30])).not.toThrow();
    expect(() => fib.check(832041, [30])).toThrow(/832040/);
    const mc = WORKLOADS.find((w) => w.id === 'monte-carlo-1m');
    expect(() => mc.check(3.1417, [1_000_000, 1])).not.toThrow();
    expect(() => mc.check(3.2, [1_000_000, 1])).toThrow(/not within/);
    expect(() => mc.check(3.1417, [1_000_000, 1], 3.1416)).toThrow(/differs/);
  });

  it('makes the same arguments every time (seeded)', () => {
    const xor = WORKLOADS.find((w) => w.id === 'xor-1mb');
    expect(Buffer.compare(xor.makeArgs({ quick: true })[0], xor.makeArgs({ quick: true })[0])).toBe(0);
  });
});

describe('runSuite', () => {
  it('returns the documented document with verified results', async () => {
    const doc = await runSuite({ api, quick: true, runs: 2, workloads: ['sweep-xor-1kb', 'xor-1mb'], variants: ['baseline'] });
    expect(doc.schema).toBe(SCHEMA);
    for (const key of ['engine', 'platform', 'cores', 'version', 'variant', 'features', 'crossOriginIsolated', 'date', 'quick']) {
      expect(doc.environment).toHaveProperty(key);
    }
    expect(doc.environment.quick).toBe(true);
    const xor = doc.results.filter((r) => r.id === 'xor-1mb');
    // AUTO on every workload with a WASM kernel, not only the sweeps.
    expect(xor.map((r) => r.backend).sort()).toEqual(hasWasm ? ['auto', 'js', 'wasm'] : ['js']);
    for (const r of doc.results) {
      expect(r.verified).toBe(true);
      expect(r.runs).toBe(2);
      expect(r.minMs).toBeLessThanOrEqual(r.medianMs);
      expect(r.medianMs).toBeLessThanOrEqual(r.maxMs);
      expect(r.inputBytes).toBe(r.id === 'xor-1mb' ? (1 << 20) + 16 : 1024 + 16);
    }
    const sweep = doc.results.filter((r) => r.id === 'sweep-xor-1kb').map((r) => r.backend);
    if (hasWasm) expect(sweep).toContain('auto');
    expect(doc.summary.map((s) => s.id)).toEqual(['sweep-xor-1kb', 'xor-1mb']);
    const s = doc.summary[1];
    expect(s.verified).toBe(true);
    expect(s.jsMs).toBeGreaterThan(0);
    if (hasWasm) {
      expect(s.speedupVsJs).toBeCloseTo(s.jsMs / s.wasmMs, 10);
      // The heap high-water mark saw the 1 MB copy made for the call.
      expect(s.peakHeapBytes).toBeGreaterThanOrEqual(1 << 20);
    }
  });

  it.runIf(hasWasm)('kernel time: WASM rows carry kernelMs (within the call); kernel/native uses the simd row; not on the sweep', async () => {
    const native = { 'xor-1mb': { medianMs: 0.05, minMs: 0.05, maxMs: 0.05, runs: 1 }, 'sweep-xor-1kb': 0.001 };
    const doc = await runSuite({ api, quick: true, runs: 2, workloads: ['xor-1mb', 'xor-1mb-out', 'sweep-xor-1kb'], variants: ['simd'], native });
    const simd = doc.results.find((r) => r.id === 'xor-1mb' && r.variant === 'simd');
    expect(simd.kernelMs).toBeGreaterThan(0);
    expect(simd.kernelMs).toBeLessThanOrEqual(simd.maxMs);
    const [xor, into, sweep] = doc.summary;
    expect(xor.kernelVsNative).toBeCloseTo(simd.kernelMs / 0.05, 10);
    expect(xor.wasmVsNative).toBeCloseTo(xor.wasmMs / 0.05, 10);
    // xor-1mb-out shares the native row of xor-1mb (nativeId).
    expect(into.nativeMs).toBe(0.05);
    expect(doc.results.find((r) => r.id === 'sweep-xor-1kb' && r.backend === 'wasm')).not.toHaveProperty('kernelMs');
    expect(sweep).not.toHaveProperty('kernelVsNative');
  });

  it.runIf(hasWasm)('AUTO/best: against JS and the WASM of AUTO\'s own variant; any-variant beside it', async () => {
    const doc = await runSuite({ api, quick: true, runs: 2, workloads: ['sweep-xor-16kb'] });
    const [s] = doc.summary;
    const rows = doc.results.filter((r) => r.id === 'sweep-xor-16kb');
    const auto = rows.find((r) => r.backend === 'auto');
    const own = rows.find((r) => r.backend === 'wasm' && r.variant === auto.variant);
    expect(s.autoVariant).toBe(auto.variant);
    expect(s.autoVsBest).toBeCloseTo(auto.medianMs / Math.min(s.jsMs, own.medianMs), 10);
    expect(s.autoVsBestAnyVariant).toBeCloseTo(auto.medianMs / Math.min(s.jsMs, s.wasmMs), 10);
    expect(s.autoVsBestAnyVariant).toBeGreaterThanOrEqual(s.autoVsBest);
    // AUTO's choice priced with the contestants' times.
    const chosen = auto.routedTo === 'js' ? s.jsMs : own.medianMs;
    expect(s.autoChoiceVsBest).toBeCloseTo(chosen / Math.min(s.jsMs, own.medianMs), 10);
  });

  it('pure JS beside the platform path: timed and checked where the JS answer used the platform\'s code; best counts all three', async () => {
    const ids = ['sweep-contains-strings-256', 'sweep-sha256-1kb', 'sweep-xor-1kb'];
    const doc = await runSuite({ api, quick: true, runs: 2, workloads: ids, variants: ['simd'] });
    const of = (id, backend) => doc.results.find((r) => r.id === id && r.backend === backend);
    expect(of('sweep-contains-strings-256', 'js').jsPath).toBe('String#includes');
    expect(of('sweep-sha256-1kb', 'js').jsPath).toBe('node:crypto');
    for (const id of ids.slice(0, 2)) {
      const pure = of(id, 'js-pure');
      expect(pure).toMatchObject({ verified: true, runs: 2, variant: null });
      const s = doc.summary.find((x) => x.id === id);
      expect(s.jsPureMs).toBe(pure.medianMs);
      expect(s.platformVsPureJs).toBeCloseTo(pure.medianMs / s.jsMs, 10);
      if (hasWasm) {
        const auto = of(id, 'auto');
        expect(s.autoVsBest).toBeCloseTo(auto.medianMs / Math.min(s.jsMs, pure.medianMs, of(id, 'wasm').medianMs), 10);
      }
    }
    // XOR's JS answer is the package's own JS already: no second JS column.
    expect(of('sweep-xor-1kb', 'js-pure')).toBeUndefined();
    expect(doc.summary.find((x) => x.id === 'sweep-xor-1kb')).not.toHaveProperty('jsPureMs');
  });

  it('a wrong answer from the pure-JS contestant is reported, not hidden', async () => {
    class LyingPure extends api.BackendSelector {
      callFunction(name, ...args) {
        const result = super.callFunction(name, ...args);
        return this.config.platformNatives === false ? result.replace(/^./, (c) => (c === '0' ? '1' : '0')) : result;
      }
    }
    const doc = await runSuite({ api: { ...api, BackendSelector: LyingPure }, quick: true, runs: 2, workloads: ['sweep-sha256-1kb'], backends: ['js'] });
    const pure = doc.results.find((r) => r.backend === 'js-pure');
    expect(pure.verified).toBe(false);
    expect(pure.error).toMatch(/differs from the JS backend's answer/);
    expect(doc.results.find((r) => r.backend === 'js').verified).toBe(true);
    expect(doc.summary[0].verified).toBe(false);
  });

  it.runIf(hasWasm)('calibrate: AUTO calibrated first; AUTO/best before (the shipped route) and after', async () => {
    const doc = await runSuite({ api, quick: true, runs: 2, workloads: ['sweep-xor-1kb', 'matrix-100'], variants: ['simd'], calibrate: { budgetMs: 100 } });
    expect(doc.calibration).toMatchObject({ budgetMs: 100, engineKey: expect.stringMatching(/^v8-\d+$/) });
    expect(doc.calibration.thresholds.crypto_xor_encrypt).toEqual({ wasmMinSize: expect.any(Number) });
    expect(doc.environment.thresholds).toMatch(/^calibrated in /);
    expect(doc.calibration.thresholdsBefore).not.toMatch(/^calibrated/);
    for (const s of doc.summary) {
      const rows = doc.results.filter((r) => r.id === s.id);
      const auto = rows.find((r) => r.backend === 'auto');
      expect(['js', 'wasm']).toContain(s.autoRoutedBefore);
      expect(auto.routedBefore).toBe(s.autoRoutedBefore);
      const own = rows.find((r) => r.backend === 'wasm' && r.variant === auto.variant);
      const best = Math.min(s.jsMs, own ? own.medianMs : s.wasmMs);
      const routed = s.autoRoutedBefore === 'js' ? s.jsMs : own ? own.medianMs : s.wasmMs;
      expect(s.autoBeforeVsBest).toBeCloseTo(routed / best, 10);
    }
  });

  it.runIf(hasWasm)('reports a wrong WASM answer as verified: false, with the reason', async () => {
    const doc = await runSuite({ api: lyingApi(), quick: true, runs: 2, workloads: ['xor-1mb'], variants: ['baseline'] });
    const js = doc.results.find((r) => r.backend === 'js');
    const wasm = doc.results.find((r) => r.backend === 'wasm');
    expect(js.verified).toBe(true);
    expect(wasm.verified).toBe(false);
    expect(wasm.error).toMatch(/byte 524288/);
    expect(doc.summary[0].verified).toBe(false);
    expect(doc.summary[0].wasmMs).toBe(null);
  });

  it.runIf(hasWasm)('checks the options.out workload independently: a copy or a flipped byte fails', async () => {
    // A copy instead of options.out (what lyingApi returns) ...
    let doc = await runSuite({ api: lyingApi(), quick: true, runs: 2, workloads: ['xor-1mb-out'], variants: ['baseline'] });
    expect(doc.results.find((r) => r.backend === 'js').verified).toBe(true);
    expect(doc.results.find((r) => r.backend === 'wasm').error).toMatch(/options\.out itself/);
    // ... and a flipped byte written into options.out itself.
    class FlipInPlace extends api.BackendSelector {
      callFunction(name, ...args) {
        const result = super.callFunction(name, ...args);
        if (this.config.preferBackend === 'wasm') result[12345] ^= 4;
        return result;
      }
    }
    doc = await runSuite({ api: { ...api, BackendSelector: FlipInPlace }, quick: true, runs: 2, workloads: ['xor-1mb-out'], variants: ['baseline'] });
    expect(doc.results.find((r) => r.backend === 'wasm').error).toMatch(/byte 12345/);
    expect(doc.summary[0].verified).toBe(false);
  });

  it('skips an operation the build lacks: reported, never timed', async () => {
    const without = { ...api, listOperations: () => api.listOperations().filter((op) => op.name !== 'crypto_xor_encrypt') };
    const doc = await runSuite({ api: without, quick: true, runs: 1, workloads: ['xor-1mb'] });
    expect(doc.results.length).toBeGreaterThan(0);
    for (const r of doc.results) {
      expect(r.skipped).toBe(true);
      expect(r.verified).toBe(false);
      expect(r.medianMs).toBe(null);
      expect(r.error).toContain(NOT_AVAILABLE);
    }
    expect(doc.summary[0].available).toBe(false);
  });

  it('rejects unknown workload ids', async () => {
    await expect(runSuite({ api, workloads: ['nope'] })).rejects.toThrow(/unknown workload/);
  });
});

describe('benchmark()', () => {
  it('returns the numbers and prints the guide block', async () => {
    const lines = [];
    const r = await api.benchmark('crypto_xor_encrypt', [new Uint8Array(4096), 'key'], { runs: 3, print: (l) => lines.push(l) });
    expect(r.name).toBe('crypto_xor_encrypt');
    expect(r.runs).toBe(3);
    expect(r.jsMs).toBeGreaterThan(0);
    expect(r.js.minMs).toBeLessThanOrEqual(r.js.maxMs);
    if (hasWasm) {
      expect(r.wasmMs).toBeGreaterThan(0);
      expect(r.speedup).toBeCloseTo(r.jsMs / r.wasmMs, 10);
      expect(lines[0]).toBe('crypto_xor_encrypt:');
      expect(lines[1]).toMatch(/^ {2}JS: +[\d.]+ ms$/);
      expect(lines[2]).toMatch(/^ {2}WASM: +[\d.]+ ms$/);
      expect(lines[3]).toMatch(/^ {2}Speedup: [\d.]+×$/);
    } else {
      expect(lines[0]).toMatch(/WASM not available/);
    }
  });

  it('rejects bad options', async () => {
    await expect(api.benchmark('crypto_xor_encrypt', [new Uint8Array(4), 'k'], { runs: 0 })).rejects.toThrow(/runs/);
    await expect(api.benchmark('no_such_op', [], { runs: 1, print: false })).rejects.toThrow(api.UnknownOperationError);
  });
});

describe('CLI', () => {
  it('bench --quick --json - on XOR prints only a valid JSON document', () => {
    const run = spawnSync(process.execPath, ['bin/multilingual-wasm.mjs', 'bench', '--quick', '--json', '-', '--only', 'xor-1mb', '--runs', '2', '--no-native'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.schema).toBe(SCHEMA);
    expect(doc.summary.map((s) => s.id)).toEqual(['xor-1mb']);
    expect(doc.results.every((r) => r.verified)).toBe(true);
  });

  it('rejects unknown options with the usage', () => {
    const run = spawnSync(process.execPath, ['bin/multilingual-wasm.mjs', 'bench', '--bogus'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: multilingual-wasm bench/);
  });
});

describe('start-up and sizes (the CLI adds them to a run without --only)', () => {
  it('parseArgs: --calibrate MS (a budget above 0)', () => {
    expect(parseArgs(['--calibrate', '300']).calibrate).toEqual({ budgetMs: 300 });
    expect(parseArgs([]).calibrate).toBeUndefined();
    expect(() => parseArgs(['--calibrate', '0'])).toThrow(/--calibrate needs a budget/);
    expect(() => parseArgs(['--calibrate'])).toThrow(/--calibrate needs a value/);
  });

  it('parseArgs: start-up on for a whole run, off with --only or --no-startup', () => {
    expect(parseArgs([]).startup).toBe(true);
    expect(parseArgs(['--quick']).startup).toBe(true);
    expect(parseArgs(['--only', 'xor-1mb']).startup).toBe(false);
    expect(parseArgs(['--no-startup']).startup).toBe(false);
  });

  it('wasmSizes: every shipped .wasm with its gzipped size', () => {
    const files = wasmSizes();
    expect(files.map((f) => f.file)).toEqual(['mlw-baseline.wasm', 'mlw-simd-threads.wasm', 'mlw-simd.wasm']);
    for (const f of files) {
      expect(f.gzipBytes).toBeGreaterThan(1000);
      expect(f.gzipBytes).toBeLessThan(f.bytes);
    }
  });

  it.runIf(hasWasm)('measureStartup: a fresh process per sample, ready before the second selector, the variant it got', async () => {
    const [row] = await measureStartup({ runs: 1, variants: ['simd'] });
    expect(row).toMatchObject({ variant: 'simd', requested: 'simd', runs: 1, firstCallBackend: 'wasm' });
    expect(row.readyMs.medianMs).toBeGreaterThan(row.importMs.medianMs);
    expect(row.secondReadyMs.medianMs).toBeGreaterThan(0);
  });
});

describe('variant check (issue 16: the serving build against the fastest single-thread build)', () => {
  it('flags a workload whose serving build is more than 10 % slower in median and best run, and only that one', async () => {
    const { variantCheck } = await import('../../bench/cli.mjs');
    const row = (id, variant, medianMs, minMs, answeredBy = variant === 'simd-threads' ? 'simd' : variant) => ({ id, backend: 'wasm', variant, medianMs, minMs, answeredBy, verified: true });
    const doc = {
      environment: { variant: 'simd-threads' },
      summary: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }, { id: 'd', title: 'D' }],
      results: [
        row('a', 'simd-threads', 12, 11.5), row('a', 'simd', 10, 9.8), row('a', 'baseline', 11, 10.5),
        row('b', 'simd-threads', 10.5, 10), row('b', 'simd', 10, 9.9),
        // C: a slow median from one noisy run, its best run as fast as simd's: not flagged.
        row('c', 'simd-threads', 13, 10), row('c', 'simd', 10, 9.9),
        // D: answered on simd-threads itself (threads): listed apart.
        row('d', 'simd-threads', 13, 12.5, 'simd-threads'), row('d', 'simd', 10, 9.9),
      ],
    };
    const { slower, threaded } = variantCheck(doc);
    expect(slower).toEqual(['  A: simd-threads (answered by simd) 12.0 ms vs simd 10.0 ms (1.20×)']);
    expect(threaded).toEqual(['  D: simd-threads 13.0 ms vs simd 10.0 ms (1.30×)']);
  });
});

describe('parallel efficiency (issue 13: the threads build over simd on the threaded workloads)', () => {
  it('formatScaling: whole call and kernels alone, efficiency over the thread count, the target and the load average', async () => {
    const { formatScaling } = await import('../../bench/suite.mjs');
    const doc = {
      environment: { cores: 2, loadAverage: [0.5, 0.25, 0.125], loadAverageEnd: [1, 0.5, 0.25] },
      summary: [
        { id: 'matrix-1000', title: 'M', threadsSpeedup: 1.9, threadsKernelSpeedup: 1.96, threads: 2 },
        { id: 'blur-4k', title: 'B', threadsSpeedup: 1.5, threads: 2 },
        // Not a threaded workload, and one whose call ran on one thread: not listed.
        { id: 'xor-1mb', title: 'X', threadsSpeedup: 1.01, threads: 2 },
        { id: 'blur-4k-gaussian', title: 'G', threadsSpeedup: 1.0, threads: 1 },
      ],
    };
    const lines = formatScaling(doc).split('\n');
    expect(lines[0]).toMatch(/target >= 1\.85× on 2 threads; load average 0\.50 0\.25 0\.13 at the start, 1\.00 0\.50 0\.25 at the end/);
    expect(lines.slice(1)).toEqual([
      '  M, 2 threads: whole call 1.90× (95 %, target met); kernels alone 1.96× (98 %, target met)',
      '  B, 2 threads: whole call 1.50× (75 %, below target)',
    ]);
    expect(formatScaling({ environment: {}, summary: [{ id: 'xor-1mb', threadsSpeedup: 2 }] })).toBe('');
  });

  it.runIf(hasWasm)('runSuite: the summary carries both speedups and the thread count; the environment the load average', async () => {
    const doc = await runSuite({ api, quick: true, runs: 2, workloads: ['matrix-1000'], variants: ['simd', 'simd-threads'] });
    expect(doc.environment.loadAverage).toHaveLength(3);
    expect(doc.environment.loadAverageEnd).toHaveLength(3);
    const rows = doc.results.filter((r) => r.backend === 'wasm');
    const simd = rows.find((r) => r.variant === 'simd');
    expect(simd.threads).toBe(1);
    const threaded = rows.find((r) => r.variant === 'simd-threads');
    const [s] = doc.summary;
    if (!threaded) {
      // This engine or build has no threads: nothing to compare.
      expect(s).not.toHaveProperty('threadsSpeedup');
      return;
    }
    expect(threaded.threads).toBeGreaterThanOrEqual(1);
    expect(s.threads).toBe(threaded.threads);
    expect(s.threadsSpeedup).toBeCloseTo(simd.medianMs / threaded.medianMs, 10);
    expect(s.threadsKernelSpeedup).toBeCloseTo(simd.kernelMs / threaded.kernelMs, 10);
  });
});
