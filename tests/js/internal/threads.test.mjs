// The simd-threads variant: chosen by the `threads` option, really runs on several
// threads, falls back to simd (saying why) where it cannot run, and never keeps Node
// alive. parallel_probe(n) is a C++ test hook: the number of distinct threads that ran a
// range of one parallelFor, counted in C++.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { warmSelectors } from './warm-selectors.mjs';
import { BackendSelector, clearModuleCache } from 'multilingual-wasm';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const probe = (s, n) => s._instance.module.parallel_probe(n);
/** An n×n f64 matrix with distinct entries. */
const square = (n) => ({ rows: n, cols: n, data: Float64Array.from({ length: n * n }, (_, i) => ((i * 7919) % 1000) / 100) });
const { create, track, disposeAll } = warmSelectors();
afterEach(() => {
  disposeAll();
  clearModuleCache();
});

describe('threads option', () => {
  it('threads: 2 picks simd-threads in Node and runs on 2 threads', async () => {
    const s = await create({ threads: 2 });
    const st = s.status();
    expect(st.variant).toBe('simd-threads');
    expect(st.reason).toBe('wasm: variant simd-threads');
    expect(st.threads).toEqual({ requested: 2, granted: 2, poolSize: 1, reason: null });
    expect(probe(s, 10000)).toBe(2);
    expect(probe(s, 1)).toBe(1); // one item: one range, one thread
  });

  it('right after ready simd answers on one thread; simd-threads takes over with its pool (warmUp waits)', async () => {
    const s = await BackendSelector.create({ threads: 2 });
    track(s);
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads).toMatchObject({ granted: 1, poolSize: 0, reason: expect.stringMatching(/^loading: simd answers/) });
    expect(probe(s, 10000)).toBe(1);
    s.callFunction('crypto_xor_encrypt', new Uint8Array(1 << 16), 'k');
    expect(s.lastCallReport().variant).toBe('simd');
    await s.warmUp([]);
    expect(s.status()).toMatchObject({ variant: 'simd-threads', reason: 'wasm: variant simd-threads' });
    expect(s.status().threads).toMatchObject({ granted: 2, poolSize: 1, reason: null });
    expect(probe(s, 10000)).toBe(2);
    // A call on one thread is answered by the simd instance kept for that (see below); a
    // threaded one by simd-threads.
    s.callFunction('crypto_xor_encrypt', new Uint8Array(1 << 16), 'k');
    expect(s.lastCallReport().variant).toBe('simd');
    s.callFunction('matrix_multiply', square(256), square(256));
    expect(s.lastCallReport()).toMatchObject({ variant: 'simd-threads', reason: expect.stringMatching(/on 2 threads$/) });
  });

  it('dispose() while the threads build boots its pool: never installed, its workers end', async () => {
    const s = await BackendSelector.create({ threads: 2 });
    // The threads instance exists once its module is instantiated; its pool boots after.
    for (let i = 0; i < 500 && !s._pendingThreads; i++) await new Promise((resolve) => setTimeout(resolve, 1));
    const inst = s._pendingThreads;
    expect(inst).not.toBeNull();
    s.dispose();
    expect(await s._grantedOf(inst)).toBe(1); // never granted the worker
    expect(inst.module.PThread.unusedWorkers.length).toBe(0);
    await s.warmUp([]);
    expect(s.backend).toBe('js');
    expect(s.status().variant).toBe('simd'); // what was decided; nothing serves after dispose
    expect(s._instance).toBeNull();
  });

  it('threads: false picks simd and runs on one thread', async () => {
    const s = await create({ threads: false });
    const st = s.status();
    expect(st.variant).toBe('simd');
    expect(st.threads.granted).toBe(1);
    expect(st.threads.reason).toBe('threads: false');
    expect(probe(s, 10000)).toBe(1);
  });

  it('threads: 1 needs no threads build', async () => {
    const s = await create({ threads: 1 });
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads.reason).toMatch(/^threads: 1 gives 1 thread/);
  });

  it("threads: 'auto' uses min(cores, 4)", async () => {
    const s = await create({ threads: 'auto' });
    const cores = os.availableParallelism();
    const expected = Math.min(cores, 4);
    expect(s.status().variant).toBe(expected > 1 ? 'simd-threads' : 'simd');
    expect(s.status().threads.granted).toBe(expected);
    expect(probe(s, 10000)).toBe(expected);
  });

  it('the threads build needs simd: simd false gives baseline', async () => {
    const s = await create({ threads: 2, simd: false });
    expect(s.status().variant).toBe('baseline');
    expect(s.status().threads.reason).toBe('the threads build needs simd: true');
  });

  it('an engine without SharedArrayBuffer falls back to simd, reason recorded', async () => {
    const saved = globalThis.SharedArrayBuffer;
    delete globalThis.SharedArrayBuffer;
    let s;
    try {
      s = await create({ threads: 2 });
    } finally {
      globalThis.SharedArrayBuffer = saved;
    }
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads).toMatchObject({ requested: 2, granted: 1, reason: 'no SharedArrayBuffer in this engine' });
    expect(probe(s, 10000)).toBe(1);
  });

  it('a page that is not cross-origin isolated falls back to simd, reason recorded', async () => {
    globalThis.crossOriginIsolated = false;
    let s;
    try {
      s = await create({ threads: 2 });
    } finally {
      delete globalThis.crossOriginIsolated;
    }
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads.reason).toMatch(/cross-origin isolated/);
  });

  it('a threads build that fails to load falls back to simd, reason recorded', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-threads-'));
    for (const f of ['mlw-simd.wasm', 'mlw-simd-threads.wasm']) {
      fs.copyFileSync(path.join(root, 'dist/wasm', f), path.join(dir, f));
    }
    // no mlw-simd-threads.js beside the .wasm
    const s = await create({ threads: 2, wasmUrl: dir });
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads.reason).toMatch(/^simd-threads failed to load \(module-load-failed: threads glue: /);
  });

  it('wasmUrl naming one .wasm file: that file\'s variant only (tests/js/wasm-url.test.mjs has the rest)', async () => {
    // The threads build's own file (its glue and worker beside it in dist/wasm): threads,
    // straight away (there is no simd file to serve first).
    const threadsFile = path.join(root, 'dist/wasm/mlw-simd-threads.wasm');
    const t = await BackendSelector.create({ threads: 2, wasmUrl: threadsFile });
    track(t);
    expect(t.status().variant).toBe('simd-threads');
    // The simd file: simd, and no attempt at a threads build it is not.
    const simd = await create({ threads: 2, wasmUrl: path.join(root, 'dist/wasm/mlw-simd.wasm') });
    expect(simd.status().variant).toBe('simd');
    expect(simd.status().threads.reason).toMatch(/^wasmUrl names one file, the simd build/);
  });

  it('many parallel calls in a row neither deadlock nor lose threads', async () => {
    const s = await create({ threads: 2 });
    const counts = new Set();
    for (let i = 0; i < 300; i++) counts.add(probe(s, 64));
    expect([...counts]).toEqual([2]);
  });

  it('two threads selectors side by side each have their own pool', async () => {
    const [a, b] = await Promise.all([create({ threads: 2 }), create({ threads: 2 })]);
    expect(probe(a, 1000)).toBe(2);
    expect(probe(b, 1000)).toBe(2);
    a.dispose();
    expect(probe(b, 1000)).toBe(2);
  });

  it('same results as the simd build', async () => {
    const t = await create({ threads: 2, preferBackend: 'wasm' });
    const s = await create({ threads: false, preferBackend: 'wasm' });
    // A WasmArray keeps a one-thread call on the serving (threads) instance, whose heap holds it.
    const data = t.allocate(Uint8Array, 100000);
    data.array.set(new Uint8Array(100000).map((_, i) => (i * 7919) & 255));
    const key = new Uint8Array([3, 1, 4, 1, 5]);
    expect(t.callFunction('crypto_xor_encrypt', data, key)).toEqual(s.callFunction('crypto_xor_encrypt', data.array.slice(), key));
    expect(t.lastCallReport().variant).toBe('simd-threads');
    const [a, b] = [square(200), square(200)];
    expect(t.callFunction('matrix_multiply', a, b)).toEqual(s.callFunction('matrix_multiply', a, b));
    expect(t.lastCallReport().variant).toBe('simd-threads');
  });
});

// After the takeover, the simd instance that served until then stays, for the calls that
// run on one thread: the two builds run the same kernels at the same speed, but copies into
// and out of the threads build's shared heap are slower (V8 copies a SharedArrayBuffer with
// relaxed atomic word moves, not memcpy), which made copy-bound calls up to 1.5× slower.
describe('one-thread calls after the simd-threads takeover', () => {
  it('run on the simd instance kept beside it; threaded calls and calls with WasmArrays on simd-threads', async () => {
    const s = await create({ threads: 2 });
    const life = s._life;
    expect(life.single).not.toBeNull();
    expect(life.single).not.toBe(s._instance);
    expect(life.single.memory.buffer).toBeInstanceOf(ArrayBuffer); // not shared
    expect(s._instance.memory.buffer).toBeInstanceOf(SharedArrayBuffer);
    const data = new Uint8Array(1 << 16).map((_, i) => i);
    const want = s.callFunction('crypto_xor_encrypt', data, 'key');
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', variant: 'simd' });
    s.callBatch('matrix_multiply', Array.from({ length: 100 }, () => [square(8), square(8)]));
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', variant: 'simd' });
    const resident = s.allocate(Uint8Array, data.length);
    resident.array.set(data);
    expect(s.callFunction('crypto_xor_encrypt', resident, 'key')).toEqual(want);
    expect(s.lastCallReport().variant).toBe('simd-threads');
    resident.free();
    s.callFunction('matrix_multiply', square(256), square(256));
    expect(s.lastCallReport().variant).toBe('simd-threads');
    expect(s.status().variant).toBe('simd-threads');
  });

  it('WasmArrays moved to the threads heap at the takeover give their simd blocks back', async () => {
    const s = await BackendSelector.create({ threads: 2 });
    track(s);
    expect(s.status().variant).toBe('simd');
    const simd = s._instance;
    const fresh = simd.module.heap_in_use();
    const w = s.allocate(Uint8Array, 1 << 16);
    w.array.fill(7);
    expect(simd.module.heap_in_use()).toBeGreaterThanOrEqual(fresh + (1 << 16));
    await s.warmUp([]);
    expect(s._life.single).toBe(simd);
    expect(simd.module.heap_in_use()).toBe(fresh);
    expect(w.array.every((b) => b === 7)).toBe(true);
    w.free();
  });

  it('status().memory counts both heaps; dispose() ends both', async () => {
    const s = await create({ threads: 2 });
    const { single } = s._life;
    const serving = s._instance;
    const before = s.status().memory;
    expect(before.heapBytes).toBe(serving.memory.buffer.byteLength + single.memory.buffer.byteLength);
    const held = single.module._malloc(1 << 20);
    expect(s.status().memory.bytes).toBeGreaterThanOrEqual(before.bytes + (1 << 20));
    single.module._free(held);
    expect(s.status().memory.bytes).toBe(before.bytes);
    s.dispose();
    expect(s._life.single).toBeNull();
    s.callFunction('crypto_xor_encrypt', new Uint8Array(1 << 16), 'k');
    expect(s.lastCallReport().backend).toBe('js');
  });
});

describe('process exit', () => {
  const script = (dispose) => `
    const { BackendSelector } = await import('multilingual-wasm');
    const s = await BackendSelector.create({ threads: 2 });
    await s.warmUp([]);
    if (s.status().variant !== 'simd-threads') throw new Error('variant ' + s.status().variant);
    s.callFunction('crypto_xor_encrypt', new Uint8Array(1000), new Uint8Array([7]));
    const seen = s._instance.module.parallel_probe(10000);
    if (seen !== 2) throw new Error('threads seen: ' + seen);
    const pool = s._instance.module.PThread;
    ${dispose ? "s.dispose(); if (pool.unusedWorkers.length + pool.runningWorkers.length) throw new Error('workers left');" : ''}
    console.log('done');
  `;
  for (const dispose of [true, false]) {
    it(`a child process exits by itself ${dispose ? 'after dispose()' : 'without dispose() (idle workers are unref-ed)'}`, () => {
      const started = Date.now();
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script(dispose)], {
        cwd: root,
        encoding: 'utf8',
        timeout: 10000,
      });
      const ms = Date.now() - started;
      expect(child.error, 'the child did not exit within 10 s').toBeUndefined();
      expect(child.stderr).toBe('');
      expect(child.stdout.trim()).toBe('done');
      expect(child.status).toBe(0);
      expect(ms).toBeLessThan(5000);
    });
  }
});
