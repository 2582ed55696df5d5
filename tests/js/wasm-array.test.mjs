// selector.allocate → WasmArray (issue 14), on every backend and build variant
// (tests/js/variants.mjs): a WasmArray is accepted wherever its typed array is and as
// options.out, gives exactly the answers of an ordinary copy, is never modified by an
// operation that only reads it, stays correct while the memory grows, and every misuse
// (after free, another selector's, after dispose or a rebuild, sent to a worker) is an
// InvalidArgumentError — never a wrong answer or a corrupted heap. 20 000 allocate/free
// cycles with calls in between leave the heap where it started.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError, WasmArray } from 'multilingual-wasm';
import { difference } from '../../bench/checks.mjs';
import { BUILDS } from './backends.mjs';
import { VARIANTS, variantSelectors } from './variants.mjs';

let selectors;
beforeAll(async () => {
  selectors = await variantSelectors();
  // AUTO's selector too: arrays made before the simd-threads build takes over stay with simd.
  await selectors.auto.warmUp([]);
});
afterAll(() => Object.values(selectors ?? {}).forEach((s) => s.dispose()));

/** A WasmArray of `s` holding a copy of `values`. */
function resident(s, values) {
  const w = s.allocate(values.constructor, values.length);
  w.array.set(values);
  return w;
}

const bytes = (n, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 131 + seed * 17 + (i >> 5)) & 255);

describe('WasmArray basics', () => {
  it('allocate gives a zeroed array of the type and length; resident only where WASM serves', () => {
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      const w = s.allocate(Float64Array, 10);
      expect(w).toBeInstanceOf(WasmArray);
      expect(Object.prototype.toString.call(w)).toBe('[object WasmArray]');
      expect([w.length, w.type, w.byteLength, w.live]).toEqual([10, Float64Array, 80, true]);
      expect(w.array).toBeInstanceOf(Float64Array);
      expect([...w.array]).toEqual(new Array(10).fill(0));
      expect(w.resident).toBe(variant !== 'js');
      w.free();
      w.free(); // idempotent
      expect(w.live).toBe(false);
      expect(() => w.array).toThrow(InvalidArgumentError);
    }
  });

  it('bad types and lengths are InvalidArgumentErrors; WasmArray cannot be constructed directly', () => {
    const s = selectors.simd;
    expect(() => s.allocate(Array, 3)).toThrow(/'Type' must be a typed array constructor/);
    expect(() => s.allocate(DataView, 3)).toThrow(InvalidArgumentError);
    expect(() => s.allocate(Uint8Array, -1)).toThrow(/'length' must be a non-negative integer/);
    expect(() => s.allocate(Uint8Array, 1.5)).toThrow(InvalidArgumentError);
    expect(() => s.allocate(Float64Array, 2 ** 31)).toThrow(/too large/);
    expect(() => new WasmArray()).toThrow(TypeError);
    // A look-alike is not a WasmArray: rejected as what it is.
    const fake = Object.create(WasmArray.prototype);
    expect(() => fake.array).toThrow(TypeError);
    expect(() => s.callFunction('crypto_sha256', fake)).toThrow(InvalidArgumentError);
  });

  it('status().memory counts the live arrays', () => {
    const s = selectors.simd;
    const before = s.status().memory;
    const a = s.allocate(Uint8Array, 1000);
    const b = s.allocate(Float32Array, 10);
    expect(s.status().memory).toMatchObject({ residentArrays: before.residentArrays + 2, residentBytes: before.residentBytes + 1040 });
    a.free();
    b.free();
    expect(s.status().memory).toMatchObject({ residentArrays: before.residentArrays, residentBytes: before.residentBytes, bytes: before.bytes });
  });
});

describe('WasmArray in calls gives the answers of a copy', () => {
  it('as arguments of every family that takes typed arrays, never modified by the call', () => {
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      const heap = s.status().memory.bytes;
      const data = bytes(5000);
      const w = resident(s, data);
      const f = resident(s, Float64Array.from({ length: 36 }, (_, i) => (i % 7) - 3.5));
      const pixels = resident(s, new Uint8ClampedArray(bytes(16 * 12 * 4, 3)));
      const sorted = resident(s, Int32Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000 - 500));
      const cases = [
        ['crypto_sha256', [w], [data]],
        ['crypto_hash', [w], [data]],
        ['crypto_xor_encrypt', [w, 'key'], [data, 'key']],
        ['crypto_xor_encrypt', ['some text', w], ['some text', data]],
        ['matrix_multiply', [{ rows: 6, cols: 6, data: f }, { rows: 6, cols: 6, data: f }], [{ rows: 6, cols: 6, data: f.array.slice() }, { rows: 6, cols: 6, data: f.array.slice() }]],
        ['matrix_determinant', [{ rows: 6, cols: 6, data: f }], [{ rows: 6, cols: 6, data: f.array.slice() }]],
        ['image_blur', [{ data: pixels, width: 16, height: 12 }, 2], [{ data: pixels.array.slice(), width: 16, height: 12 }, 2]],
        ['image_grayscale', [{ data: pixels, width: 16, height: 12 }], [{ data: pixels.array.slice(), width: 16, height: 12 }]],
        ['data_sort', [sorted], [sorted.array.slice()]],
        ['search_linear', [sorted, 7], [sorted.array.slice(), 7]],
      ];
      for (const [name, withResident, withCopy] of cases) {
        const keep = [w.array.slice(), f.array.slice(), pixels.array.slice(), sorted.array.slice()];
        const got = s.callFunction(name, ...withResident);
        const want = s.callFunction(name, ...withCopy);
        expect(difference(got, want), `${name} on ${variant}`).toBeNull();
        expect(difference([w.array, f.array, pixels.array, sorted.array], keep), `${name} on ${variant} left its inputs alone`).toBeNull();
      }
      for (const a of [w, f, pixels, sorted]) a.free();
      expect(s.status().memory.bytes).toBe(heap);
    }
  });

  it('options.out: XOR WasmArray → WasmArray (also in place) and blur into a WasmArray', () => {
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      const data = bytes(300_000, 5);
      const want = s.callFunction('crypto_xor_encrypt', data, 'a key');
      const w = resident(s, data);
      const out = s.allocate(Uint8Array, data.length);
      expect(s.callFunction('crypto_xor_encrypt', w, 'a key', { out })).toBe(out);
      expect(difference(out.array, want)).toBeNull();
      // In place, and back.
      expect(s.callFunction('crypto_xor_decrypt', out, 'a key', { out })).toBe(out);
      expect(difference(out.array, data)).toBeNull();
      // Resident data into an ordinary array, and ordinary data into a resident one.
      const plain = new Uint8Array(data.length);
      s.callFunction('crypto_xor_encrypt', w, 'a key', { out: plain });
      expect(difference(plain, want)).toBeNull();
      s.callFunction('crypto_xor_encrypt', data, 'a key', { out });
      expect(difference(out.array, want)).toBeNull();

      const image = { data: new Uint8ClampedArray(bytes(64 * 48 * 4, 9)), width: 64, height: 48 };
      const blurred = s.callFunction('image_blur', image, 3, { kind: 'gaussian' });
      const px = resident(s, image.data);
      const into = s.allocate(Uint8ClampedArray, image.data.length);
      const result = s.callFunction('image_blur', { data: px, width: 64, height: 48 }, 3, { kind: 'gaussian', out: into });
      expect(result.data).toBe(into);
      expect(difference(into.array, blurred.data)).toBeNull();
      // Chained: the blurred WasmArray straight into grayscale.
      expect(difference(s.callFunction('image_grayscale', result).data, s.callFunction('image_grayscale', blurred).data)).toBeNull();
      expect(() => s.callFunction('image_blur', { data: px, width: 64, height: 48 }, 1, { out: px })).toThrow(/must not overlap the image data/);
      expect(() => s.callFunction('image_blur', { data: px, width: 64, height: 48 }, 1, { out: s.allocate(Uint8Array, 3) })).toThrow(/must have the image's length/);
      for (const a of [w, out, px, into]) a.free();
    }
  });

  it('a WasmArray XOR WasmArray call on WASM runs on the heap without copies (the report says WASM)', () => {
    for (const variant of Object.keys(BUILDS)) {
      const s = selectors[variant];
      const w = resident(s, bytes(1 << 20));
      const out = s.allocate(Uint8Array, 1 << 20);
      const peak = s.status().memory.bytes;
      s.resetPeakMemory();
      s.callFunction('crypto_xor_encrypt', w, 'k', { out });
      expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', variant });
      // Only the key was copied in: no 1 MiB chunk.
      expect(s.status().memory.peakBytes - peak).toBeLessThan(1024);
      w.free();
      out.free();
    }
  });
});

describe('memory growth while WasmArrays are live', () => {
  const data = bytes(1 << 20, 4);
  const matrixData = Float64Array.from({ length: 400 * 400 }, (_, i) => (i % 13) - 6);

  it('.array is re-made after growth: the old view is never handed out again', async () => {
    for (const [build, config] of Object.entries(BUILDS)) {
      const s = await (await BackendSelector.create({ ...config, memoryPages: 64 })).warmUp([]);
      try {
        const w = resident(s, data);
        const view = w.array;
        const heapBefore = s.status().memory.heapBytes;
        const big = s.allocate(Uint8Array, 8 << 20); // grows the memory
        expect(s.status().memory.heapBytes).toBeGreaterThan(heapBefore);
        expect(w.array === view).toBe(false);
        if (build !== 'simd-threads') expect(view.byteLength).toBe(0); // detached
        expect(difference(w.array, data)).toBeNull();
        big.free();
        w.free();
      } finally {
        s.dispose();
      }
    }
  });

  it("calls whose own allocations grow the memory after the snapshot still read the WasmArrays' data", async () => {
    // A fresh 4 MiB heap per call, nearly filled by the call's WasmArrays.
    const copy = { rows: 400, cols: 400, data: matrixData };
    const js = selectors.js;
    const calls = [
      ['matrix_multiply', (s, w, m) => s.callFunction('matrix_multiply', m, m), js.callFunction('matrix_multiply', copy, copy)],
      ['crypto_xor_encrypt', (s, w) => s.callFunction('crypto_xor_encrypt', w, 'k'), js.callFunction('crypto_xor_encrypt', data, 'k')],
      ['crypto_sha256 batch', (s, w) => s.callBatch('crypto_sha256', [[w], [data], [w]]), new Array(3).fill(js.callFunction('crypto_sha256', data))],
    ];
    // A process runs at most two simd-threads instances: the 'auto' selector gives its place up meanwhile.
    selectors.auto.dispose();
    for (const [build, config] of Object.entries(BUILDS)) {
      for (const [what, call, want] of calls) {
        const s = await (await BackendSelector.create({ ...config, memoryPages: 64 })).warmUp([]);
        try {
          const w = resident(s, data);
          const m = { rows: 400, cols: 400, data: resident(s, matrixData) };
          const before = s.status().memory.heapBytes;
          expect(difference(call(s, w, m), want), `${what} on ${build}`).toBeNull();
          expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', variant: build });
          expect(s.status().memory.heapBytes, `${what} on ${build}: the call grew the memory`).toBeGreaterThan(before);
        } finally {
          s.dispose();
        }
      }
    }
    selectors.auto = await (await BackendSelector.create()).warmUp([]);
  });
});

describe('misuse is an InvalidArgumentError, never corruption', () => {
  it('use after free, as an argument and as out', () => {
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      const w = resident(s, bytes(100));
      const out = s.allocate(Uint8Array, 100);
      w.free();
      expect(() => s.callFunction('crypto_sha256', w)).toThrow(/'data' is a WasmArray that was freed/);
      expect(() => s.callFunction('crypto_xor_encrypt', bytes(100), 'k', { out: w })).toThrow(/'options.out' is a WasmArray that was freed/);
      expect(() => s.callBatch('crypto_sha256', [['a'], [w]])).toThrow(expect.objectContaining({ name: 'InvalidArgumentError', index: 1 }));
      // The freed block is reused by the next allocation; the old handle never reaches it.
      const next = s.allocate(Uint8Array, 100);
      next.array.fill(9);
      expect(() => w.array).toThrow(InvalidArgumentError);
      expect([...next.array.subarray(0, 3)]).toEqual([9, 9, 9]);
      out.free();
      next.free();
    }
  });

  it("another selector's WasmArray", () => {
    const a = selectors.simd;
    const b = selectors.baseline;
    const w = resident(b, bytes(10));
    expect(() => a.callFunction('crypto_sha256', w)).toThrow(/'data' is a WasmArray of another selector/);
    expect(() => a.callFunction('crypto_xor_encrypt', 'abcdefghij', 'k', { out: w })).toThrow(/another selector/);
    expect(() => selectors.js.callFunction('crypto_sha256', w)).toThrow(InvalidArgumentError);
    w.free();
  });

  it('after dispose (a rebuild after a trap: tests/js/internal/wasm-array-rebuild.test.mjs)', async () => {
    const s = await BackendSelector.create({ preferBackend: 'wasm', threads: false });
    const v = resident(s, bytes(10));
    expect(s.callFunction('crypto_sha256', v)).toBe(s.callFunction('crypto_sha256', bytes(10)));
    s.dispose();
    expect(() => s.callFunction('crypto_sha256', v)).toThrow(/no longer uses/);
    expect(() => v.array).toThrow(InvalidArgumentError);
    v.free();
  });

  it('cannot be sent to a worker: callAsync and callBatchAsync reject clearly', async () => {
    const s = selectors.simd;
    const w = resident(s, bytes(10));
    await expect(s.callAsync('crypto_sha256', w)).rejects.toThrow(/'argument 0' is a WasmArray, which lives in this selector's heap and cannot be sent to a worker/);
    await expect(s.callAsync('image_blur', { data: s.allocate(Uint8Array, 4), width: 1, height: 1 }, 1)).rejects.toThrow(InvalidArgumentError);
    await expect(s.callBatchAsync('crypto_sha256', [['a'], [w]])).rejects.toThrow(/'argsList\[1\]\[0\]' is a WasmArray/);
    expect(await s.callAsync('crypto_sha256', w.array.slice())).toBe(s.callFunction('crypto_sha256', w));
    w.free();
  });

  it('live WasmArrays move with the service when the simd-threads build takes over from simd', async () => {
    selectors.auto.dispose(); // (at most two simd-threads instances per process)
    const s = await BackendSelector.create({ threads: 2 });
    try {
      const made = s.status().variant;
      const w = resident(s, bytes(5000, 8));
      const gone = resident(s, bytes(10));
      gone.free();
      const before = s.status().memory.residentBytes;
      await s.warmUp([]);
      expect([made, s.status().variant]).toEqual(['simd', 'simd-threads']);
      expect(w.live).toBe(true);
      expect(difference(w.array, bytes(5000, 8))).toBeNull();
      // (FNV-1a: AUTO sends 5000 bytes to WASM in every engine's set; SHA-256 would stay on
      // node:crypto in Node.)
      expect(s.callFunction('crypto_hash', w)).toBe(selectors.js.callFunction('crypto_hash', bytes(5000, 8)));
      expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', variant: 'simd-threads' });
      expect(() => s.callFunction('crypto_hash', gone)).toThrow(/was freed/);
      expect(s.status().memory.residentBytes).toBe(before);
      w.free();
      expect(s.status().memory).toMatchObject({ residentArrays: 0, residentBytes: 0 });
    } finally {
      s.dispose();
      selectors.auto = await (await BackendSelector.create()).warmUp([]);
    }
  });

  it('made before the module was ready: an ordinary array, accepted later too', async () => {
    const s = new BackendSelector({ threads: false });
    const w = s.allocate(Uint8Array, 4);
    expect(w.resident).toBe(false);
    w.array.set([1, 2, 3, 4]);
    await s.ready;
    expect(s.callFunction('crypto_sha256', w)).toBe(s.callFunction('crypto_sha256', new Uint8Array([1, 2, 3, 4])));
    w.free();
    s.dispose();
  });
});

describe('no leaks', () => {
  it('20 000 allocate/free cycles with calls in between leave the heap where it started, on every variant', () => {
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      const start = s.status().memory;
      for (let i = 0; i < 20_000; i++) {
        const w = s.allocate(i % 3 === 0 ? Uint8Array : Uint8ClampedArray, 64 + (i % 7) * 100);
        w.array[0] = i & 255;
        if (i % 2 === 0) s.callFunction('crypto_hash', w);
        if (i % 5 === 0 && w.type === Uint8Array) s.callFunction('crypto_xor_encrypt', w, 'k', { out: w });
        if (i % 101 === 0) s.callBatch('crypto_sha256', [[w], ['x']]);
        if (i % 997 === 0) expect(() => s.callFunction('crypto_sha256', 5)).toThrow(InvalidArgumentError);
        w.free();
      }
      expect(s.status().memory, variant).toMatchObject({ bytes: start.bytes, residentArrays: start.residentArrays, residentBytes: start.residentBytes });
    }
  });

  it('forgotten arrays are freed by the FinalizationRegistry (child node with --expose-gc)', () => {
    const dist = fileURLToPath(new URL('../../dist/index.mjs', import.meta.url));
    const script = `
      const { BackendSelector } = await import(${JSON.stringify(dist)});
      const s = await BackendSelector.create({ preferBackend: 'wasm', threads: false });
      const start = s.status().memory.bytes;
      (() => { for (let i = 0; i < 200; i++) s.allocate(Uint8Array, 10000).array.fill(1); })();
      const live = s.status().memory.residentArrays;
      for (let i = 0; i < 20 && s.status().memory.residentArrays > 0; i++) {
        globalThis.gc();
        await new Promise((r) => setTimeout(r, 20));
      }
      console.log(JSON.stringify({ live, after: s.status().memory.residentArrays, start, bytes: s.status().memory.bytes }));
      s.dispose();`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const { live, after, start, bytes: end } = JSON.parse(run.stdout);
    expect(live).toBe(200);
    expect(after).toBe(0);
    expect(end).toBe(start);
  });
});
