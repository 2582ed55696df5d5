// Start-up and per-call bookkeeping: what became lazy or shared stays correct.
// - With threads, simd serves from `ready`; the threads build loads after it, its pool
//   starts in a later task, and it takes over when the pool is up; dispose() before
//   that starts no worker at all.
// - Selectors of one process share the compiled module, never an instance: disposing
//   one, or a trap in one, leaves the other's instance, heap and answers untouched.
// - The compile overlaps the glue's loading and set-up, yet a failure is reported as the
//   detection flow's first failing step (the compile before the glue), as if in order.
// - performanceStats() and lastCallReport() (kept as counters and fields rewritten in
//   place, the report formatted on demand) say exactly what happened, call by call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError, clearModuleCache } from 'multilingual-wasm';

const selectors = [];
async function make(config) {
  const s = await BackendSelector.create(config);
  selectors.push(s);
  return s;
}
afterEach(() => {
  for (const s of selectors.splice(0)) s.dispose();
});

describe('the threads build loads after ready, simd serving meanwhile', () => {
  /** The threads instance of an upgrade in progress, once its module is instantiated. */
  async function pendingThreads(s) {
    for (let i = 0; i < 500 && !s._pendingThreads; i++) await new Promise((resolve) => setTimeout(resolve, 1));
    return s._pendingThreads;
  }

  it('ready with simd and no worker; the threads instance boots one worker and takes over', async () => {
    const s = await make({ threads: 2 });
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads).toMatchObject({ poolSize: 0, granted: 1 });
    const pending = await pendingThreads(s);
    await s.warmUp([]);
    expect(s._instance).toBe(pending);
    const { PThread } = pending.module;
    expect(PThread.unusedWorkers.length + PThread.runningWorkers.length).toBe(1);
    expect(s.status().threads).toMatchObject({ poolSize: 1, granted: 2 });
    expect(s._instance.module.parallel_probe(10000)).toBe(2);
  });

  it('dispose() while the pool boots: poolReady settles, no worker is left', async () => {
    const s = await BackendSelector.create({ threads: 2 });
    const inst = await pendingThreads(s);
    s.dispose();
    expect(await s._grantedOf(inst)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20)); // past the pool's start task
    expect(inst.module.PThread.unusedWorkers.length).toBe(0);
    expect(inst.module.PThread.runningWorkers.length).toBe(0);
  });

  it('a variant without a pool reports its single thread at once', async () => {
    const s = await make({ threads: false });
    expect(await s._grantedOf(s._instance)).toBe(1);
    expect(s.status().threads.granted).toBe(1);
  });
});

describe('selectors of one process: shared compiled module, separate instances', () => {
  const xor = (s) => s.callFunction('crypto_xor_encrypt', new Uint8Array([1, 2, 3, 4]), new Uint8Array([255]));

  it('each selector has its own instance and heap', async () => {
    const [a, b] = [await make({ threads: false }), await make({ threads: false })];
    expect(a._instance).not.toBe(b._instance);
    expect(a._instance.memory).not.toBe(b._instance.memory);
    const before = b.status().memory;
    a.callFunction('matrix_multiply', { rows: 300, cols: 300, data: new Float64Array(90000) }, { rows: 300, cols: 300, data: new Float64Array(90000) });
    expect(a.lastCallReport().backend).toBe('wasm');
    expect(b.status().memory.heapBytes).toBe(before.heapBytes); // a's growth is not b's
  });

  it('disposing one leaves the other answering on WASM', async () => {
    const [a, b] = [await make({ threads: false, preferBackend: 'wasm' }), await make({ threads: false, preferBackend: 'wasm' })];
    const bInstance = b._instance;
    a.dispose();
    expect(a.backend).toBe('js');
    expect(Array.from(xor(b))).toEqual([254, 253, 252, 251]);
    expect(b.lastCallReport()).toMatchObject({ backend: 'wasm', reason: 'preferBackend: wasm' });
    expect(b._instance).toBe(bInstance);
  });

  it('a trap in one rebuilds only that one; the other keeps its instance and answers', async () => {
    const [a, b] = [await make({ threads: false }), await make({ threads: false, preferBackend: 'wasm' })];
    const bInstance = b._instance;
    const M = a._instance.module;
    const original = M.crypto_xor;
    expect(typeof original).toBe('function');
    M.crypto_xor = (...args) => {
      M.mlw_testing_trap();
      return original(...args);
    };
    const big = new Uint8Array(1 << 16).fill(7);
    expect(a.callFunction('crypto_xor_encrypt', big, new Uint8Array([7])).every((v) => v === 0)).toBe(true);
    expect(a.lastCallReport().reason).toMatch(/^wasm-trap: /);
    expect(Array.from(xor(b))).toEqual([254, 253, 252, 251]);
    expect(b._instance).toBe(bInstance);
    expect(b.status().reason).toBe('wasm: variant simd');
    await a.ready;
    expect(a.status().reason).toBe('wasm: variant simd (rebuilt after a trap)');
    expect(a._instance).not.toBe(bInstance);
  });
});

describe('performanceStats and lastCallReport', () => {
  it('count every call by backend, with totals that add up', async () => {
    const s = await make({ threads: false });
    const small = [new Uint8Array(16), new Uint8Array([1])];
    const large = [new Uint8Array(1 << 16), new Uint8Array([1])];
    for (let i = 0; i < 5; i++) s.callFunction('crypto_xor_encrypt', ...small);
    for (let i = 0; i < 3; i++) s.callFunction('xor_encrypt', ...large); // a short name: same operation
    s.callFunction('numeric_gcd', 12, 18);
    const xs = s.performanceStats('crypto_xor_encrypt');
    expect(xs.calls).toBe(8);
    expect(xs.byBackend.js.calls).toBe(5);
    expect(xs.byBackend.wasm.calls).toBe(3);
    expect(xs.totalMs).toBeCloseTo(xs.byBackend.js.totalMs + xs.byBackend.wasm.totalMs, 10);
    expect(xs.meanMs).toBeCloseTo(xs.totalMs / 8, 10);
    expect(xs.byBackend.js.meanMs).toBeCloseTo(xs.byBackend.js.totalMs / 5, 10);
    const all = s.performanceStats();
    expect(Object.keys(all).sort()).toEqual(['crypto_xor_encrypt', 'numeric_gcd']);
    expect(all.numeric_gcd.calls).toBe(1);
    expect(s.performanceStats('numeric_lcm')).toEqual({ calls: 0, totalMs: 0, meanMs: 0, byBackend: {} });
    expect(() => s.performanceStats('no_such_op')).toThrow(/no_such_op/);
    s.resetStats();
    expect(s.performanceStats()).toEqual({});
  });

  it('report each route with its reason, formatted when read', async () => {
    const s = await make({ threads: false });
    const id = s.listOperations().findIndex((op) => op.name === 'crypto_xor_encrypt');
    expect(s._policy.hasRow[id]).toBe(1);
    const min = s._policy.wasmMinSize[id];
    s.callFunction('crypto_xor_encrypt', new Uint8Array(min - 1), new Uint8Array([1]));
    expect(s.lastCallReport()).toEqual({
      operation: 'crypto_xor_encrypt', backend: 'js', variant: null, ms: expect.any(Number),
      reason: `below-threshold: size ${min - 1} < ${min} (thresholds.json)`,
    });
    s.callFunction('crypto_xor_encrypt', new Uint8Array(min), new Uint8Array([1]));
    expect(s.lastCallReport()).toEqual({
      operation: 'crypto_xor_encrypt', backend: 'wasm', variant: 'simd', ms: expect.any(Number),
      reason: `auto: size ${min} >= ${min}, simd`,
    });
    s.callFunction('data_map', [1, 2], (x) => x * 2);
    expect(s.lastCallReport()).toMatchObject({ operation: 'data_map', backend: 'js', reason: 'js-only: the operation takes JS callbacks', variant: null });
    // A call that throws is described too (issue 10 item 10): what it was, and its error.
    expect(() => s.callFunction('numeric_gcd', 'x', 1)).toThrow(InvalidArgumentError);
    expect(s.lastCallReport()).toMatchObject({ operation: 'numeric_gcd', backend: null, error: { name: 'InvalidArgumentError' } });
    const js = await make({ preferBackend: 'js' });
    expect(js.lastCallReport()).toBeNull();
    js.callFunction('numeric_gcd', 12, 18);
    expect(js.lastCallReport()).toMatchObject({ operation: 'numeric_gcd', backend: 'js', reason: 'preferBackend: js' });
  });

  it('callAsync reports and counts too, and the next synchronous call takes over the report', async () => {
    const s = await make({ threads: false, preferBackend: 'wasm' });
    expect(await s.callAsync('numeric_gcd', 12, 18)).toBe(6);
    expect(s.lastCallReport()).toMatchObject({ operation: 'numeric_gcd', backend: 'wasm', worker: true });
    expect(s.performanceStats('numeric_gcd').byBackend.wasm.calls).toBe(1);
    s.callFunction('numeric_gcd', 12, 18);
    const report = s.lastCallReport();
    expect(report).toMatchObject({ operation: 'numeric_gcd', backend: 'wasm', reason: 'preferBackend: wasm', variant: 'simd' });
    expect(report.worker).toBeUndefined();
    expect(s.performanceStats('numeric_gcd').calls).toBe(2);
  });
});

describe('overlapping load steps keep the flow\'s order of failures', () => {
  const dist = new URL('../../../dist/wasm/', import.meta.url);
  const dirs = [];
  function folder(files) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-startup-'));
    dirs.push(dir);
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
    return dir;
  }
  afterEach(() => {
    clearModuleCache();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('simd-threads: a corrupt .wasm and no glue -> the compile failure is the reason; simd answers', async () => {
    const dir = folder({
      'mlw-simd-threads.wasm': Buffer.from('\0asm\x01\0\0\0garbage-garbage'),
      'mlw-simd.wasm': fs.readFileSync(new URL('mlw-simd.wasm', dist)),
    });
    const s = await make({ threads: 2, wasmUrl: dir });
    await s.warmUp([]); // the threads build loads after ready
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads.reason).toMatch(/^simd-threads failed to load \(module-load-failed: compile: /);
  });

  it('simd-threads: a good .wasm and no glue -> the glue is the reason', async () => {
    const dir = folder({
      'mlw-simd-threads.wasm': fs.readFileSync(new URL('mlw-simd-threads.wasm', dist)),
      'mlw-simd.wasm': fs.readFileSync(new URL('mlw-simd.wasm', dist)),
    });
    const s = await make({ threads: 2, wasmUrl: dir });
    await s.warmUp([]);
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads.reason).toMatch(/^simd-threads failed to load \(module-load-failed: threads glue: /);
  });

  it('a missing file is wasm-file-missing, whatever the glue is doing meanwhile', async () => {
    const dir = folder({});
    const s = await make({ threads: false, wasmUrl: dir });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toMatch(/^wasm-file-missing: .*mlw-simd\.wasm.*ENOENT/);
  });
});
