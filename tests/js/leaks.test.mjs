// No leaks: CALLS calls of every operation in listOperations(), on preferBackend 'wasm'
// and on 'js' — the registry row's sample() arguments, every 100th call the row's
// largeInput (64 KiB), every 10th one of the row's badInputs (the 100 MB ones left
// out) — must leave the WASM heap in use
// (status().memory.bytes) exactly where it was and the JS heap, after GC, within
// JS_TOLERANCE (a leak of 52 bytes a call would show at 20 000 calls).
//
// The JS heap is only meaningful after a forced GC, so the measuring runs in a child
// Node started with --expose-gc: this same file, with MLW_LEAKS_CHILD=1, run by plain
// node (it then imports no vitest and prints its measurements as JSON).
//
// CALLS: env MLW_LEAK_CALLS, default 20 000 (the count): the child took 5.4 s
// for the 11 operations of the robust branch and 18 s for the 21 with the matrix_, json_,
// image_ and science_ branches merged (2-core machine, shared), well under a minute.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CALLS = Number(process.env.MLW_LEAK_CALLS ?? 20_000);
const LARGE_BYTES = 64 * 1024;
const JS_TOLERANCE = 1 << 20;
const WARM_UP = 300;

/** The call stream: which arguments call `i` uses. */
function streamOf(sample, large, bad) {
  return (i) => {
    if (large && i % 100 === 50) return { args: large, bad: false };
    if (bad.length && i % 10 === 5) return { args: bad[Math.floor(i / 10) % bad.length], bad: true };
    return { args: sample, bad: false };
  };
}

async function measureInChild() {
  const { BackendSelector, MultilingualWasmError } = await import('multilingual-wasm');
  const kit = await import('../../bench/checks.mjs');
  const { operations } = await import('../../js/registry/index.js');
  const collect = () => {
    globalThis.gc();
    globalThis.gc();
    return process.memoryUsage().heapUsed;
  };
  // warmUp([]): the instance that will serve (simd-threads where it loads), not the simd
  // one that serves while it boots.
  const selectors = { wasm: await (await BackendSelector.create({ preferBackend: 'wasm' })).warmUp([]), js: await BackendSelector.create({ preferBackend: 'js' }) };
  const results = [];
  for (const op of selectors.wasm.listOperations()) {
    const row = operations.get(op.name);
    const sample = row.sample();
    const large = row.largeInput?.(LARGE_BYTES, kit) ?? null;
    const bad = (row.badInputs?.(kit) ?? []).filter((r) => !r.huge).map((r) => r.args());
    const stream = streamOf(sample, large, bad);
    for (const [backend, s] of Object.entries(selectors)) {
      const run = (from, n) => {
        let errors = 0;
        let expectedErrors = 0;
        let largeCalls = 0;
        for (let i = from; i < from + n; i++) {
          const call = stream(i);
          expectedErrors += call.bad ? 1 : 0;
          largeCalls += call.args === large ? 1 : 0;
          try {
            s.callFunction(op.name, ...call.args);
          } catch (error) {
            if (!(error instanceof MultilingualWasmError)) throw error;
            errors++;
          }
        }
        return { errors, expectedErrors, largeCalls };
      };
      run(0, WARM_UP);
      const jsBefore = collect();
      const wasmBefore = s.status().memory.bytes;
      const started = performance.now();
      const { errors, expectedErrors, largeCalls } = run(WARM_UP, CALLS);
      const ms = performance.now() - started;
      const wasmAfter = s.status().memory.bytes;
      const jsAfter = collect();
      const { peakBytes } = s.status().memory;
      results.push({ op: op.name, backend, calls: CALLS, errors, expectedErrors, largeCalls, ms, wasmBefore, wasmAfter, peakBytes, jsBefore, jsAfter });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

function runChild() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
      env: { ...process.env, MLW_LEAKS_CHILD: '1', MLW_LEAK_CALLS: String(CALLS) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`leak-measuring child exited with ${code}:\n${err}`));
      else resolve(JSON.parse(out));
    });
  });
}

if (process.env.MLW_LEAKS_CHILD === '1') {
  await measureInChild();
} else {
  const { beforeAll, describe, expect, it } = await import('vitest');
  const { listOperations } = await import('multilingual-wasm');
  const { operations } = await import('../../js/registry/index.js');
  const names = listOperations().map((op) => op.name);
  let byOp;
  let wallMs;

  describe(`${CALLS} calls of every operation, valid and invalid mixed`, () => {
    beforeAll(async () => {
      const t = performance.now();
      const results = await runChild();
      wallMs = performance.now() - t;
      byOp = new Map(names.map((n) => [n, results.filter((r) => r.op === n)]));
      const table = results.map((r) =>
        `${r.op.padEnd(26)} ${r.backend.padEnd(4)} ${String(Math.round(r.ms)).padStart(6)} ms  ` +
          `wasm heap ${r.wasmBefore} -> ${r.wasmAfter} (peak ${r.peakBytes})  js heap ${r.jsBefore} -> ${r.jsAfter} (${r.jsAfter - r.jsBefore >= 0 ? '+' : ''}${r.jsAfter - r.jsBefore})`,
      );
      console.log(`leaks: ${CALLS} calls per operation and backend, child wall time ${Math.round(wallMs)} ms\n${table.join('\n')}`);
    }, 600_000);

    it.each(names.map((n) => [n]))('%s: WASM heap unchanged, JS heap within 1 MiB, every bad input rejected', (name) => {
      const rows = byOp.get(name);
      expect(rows.map((r) => r.backend)).toEqual(['wasm', 'js']);
      for (const r of rows) {
        expect(r.calls).toBe(CALLS);
        expect(r.errors, `${r.backend}: bad inputs rejected`).toBe(r.expectedErrors);
        expect(r.wasmAfter, `${r.backend}: WASM heap in use`).toBe(r.wasmBefore);
        expect(r.peakBytes).toBeGreaterThanOrEqual(r.wasmAfter);
        expect(Math.abs(r.jsAfter - r.jsBefore), `${r.backend}: JS heap change after GC`).toBeLessThan(JS_TOLERANCE);
      }
    });

    it('bad inputs and larger inputs were part of every stream', () => {
      expect(names.filter((n) => !(byOp.get(n)[0].expectedErrors > 0))).toEqual([]);
      const scalable = listOperations().filter((op) => operations.get(op.name).largeInput).map((op) => op.name);
      expect(scalable.filter((n) => !(byOp.get(n)[0].largeCalls > 0))).toEqual([]);
    });
  });
}
