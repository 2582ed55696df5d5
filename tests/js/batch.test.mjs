// selector.callBatch / callBatchAsync (issue 14), on every backend and build variant
// (tests/js/variants.mjs: js, auto, baseline, simd, simd-threads):
// - a batch of any operation's own arbitrary argument lists gives exactly what
//   callFunction gives item by item (same types, same bits), or throws the first failing
//   item's error (same class and message) with `.index`;
// - the batch kernels (crypto_sha256, numeric_fibonacci, matrix_multiply) cross once,
//   others once per item, and lastCallReport() says so; AUTO holds a batch against its
//   batch threshold (items) or its per-call threshold (mean item size);
// - the heap is back where it started after every batch, failing ones included;
// - callBatchAsync runs in a worker and honours timeoutMs.
//
// Runs per operation and variant: env MLW_BATCH_RUNS (default 6).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError, MultilingualWasmError, TimeoutError, listOperations } from 'multilingual-wasm';
import { operations } from '../../js/registry/index.js';
import { difference } from '../../bench/checks.mjs';
import { BUILDS } from './backends.mjs';
import { VARIANTS, variantSelectors } from './variants.mjs';
import thresholds from '../../thresholds.json';

const RUNS = Number(process.env.MLW_BATCH_RUNS ?? 6);
const ONCE = new Set(['crypto_sha256', 'numeric_fibonacci', 'matrix_multiply']);

let selectors;
beforeAll(async () => {
  selectors = await variantSelectors();
  // AUTO's selector too: arrays made before the simd-threads build takes over stay with simd.
  await selectors.auto.warmUp([]);
});
afterAll(() => Object.values(selectors ?? {}).forEach((s) => s.dispose()));

/** callFunction on each item: { values } or { error, index } of the first that threw. */
function oneByOne(s, name, argsList) {
  const values = [];
  for (let i = 0; i < argsList.length; i++) {
    try {
      values.push(s.callFunction(name, ...argsList[i]));
    } catch (error) {
      return { error, index: i };
    }
  }
  return { values };
}

/** A matrix_multiply batch of f32 and f64 products (which runs item by item). */
const isF32 = (m) => !Array.isArray(m) && m.data instanceof Float32Array;
const mixesTypes = (name, argsList) => name === 'matrix_multiply' && new Set(argsList.map(([a]) => isF32(a))).size > 1;

describe('callBatch gives what callFunction gives, item by item', () => {
  const ops = listOperations().filter((op) => typeof operations.get(op.name).arbitrary === 'function');

  for (const variant of VARIANTS) {
    for (const op of ops) {
      it(`${op.name} on ${variant}`, () => {
        const s = selectors[variant];
        const heapBefore = s.status().memory.bytes;
        fc.assert(
          fc.property(fc.array(operations.get(op.name).arbitrary(fc), { maxLength: 6 }), (argsList) => {
            const want = oneByOne(s, op.name, argsList);
            let got;
            try {
              got = { values: s.callBatch(op.name, argsList) };
            } catch (error) {
              got = { error };
            }
            if (want.error) {
              expect(got.error, 'the batch throws as its first failing item does').toBeDefined();
              expect([got.error.name, got.error.message]).toEqual([want.error.name, want.error.message]);
              if (want.error instanceof MultilingualWasmError) expect(got.error.index).toBe(want.index);
              return;
            }
            if (got.error) throw got.error;
            expect(difference(got.values, want.values)).toBeNull();
            const report = s.lastCallReport();
            expect(report.batch.count).toBe(argsList.length);
            expect(report.operation).toBe(op.name);
            if (variant in BUILDS && op.wasm) {
              expect(report).toMatchObject({ backend: 'wasm', variant });
              if (argsList.length > 0) expect(report.batch.crossings).toBe(ONCE.has(op.name) && !mixesTypes(op.name, argsList) ? 'once' : 'per item');
            }
            if (variant === 'js' || !op.wasm) expect(report.backend).toBe('js');
          }),
          { numRuns: RUNS },
        );
        expect(s.status().memory.bytes, 'heap in use after the batches').toBe(heapBefore);
      });
    }
  }
});

describe('callBatch: batches the kernels loop over', () => {
  it('10 000 × 1 KB SHA-256, 2 000 Fibonacci numbers and 300 products of mixed shapes match on every variant', () => {
    const bytes = Array.from({ length: 10_000 }, (_, i) => [Uint8Array.from({ length: 1024 }, (_, j) => (i * 31 + j * 7) & 255)]);
    const ns = Array.from({ length: 2000 }, (_, i) => [(i * 37) % 3000]);
    const products = Array.from({ length: 300 }, (_, i) => {
      const [m, k, n] = [1 + (i % 9), 1 + ((i * 5) % 7), 1 + ((i * 3) % 40)];
      const entry = (r, c, salt) => ((r * 13 + c * 7 + salt + i) % 17) - 8 + (r + c) / 8;
      const make = (rows, cols, salt) =>
        i % 3 === 0
          ? { rows, cols, data: Float32Array.from({ length: rows * cols }, (_, x) => entry(Math.floor(x / cols), x % cols, salt)) }
          : Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => entry(r, c, salt)));
      return [make(m, k, 1), make(k, n, 2)];
    });
    const f32 = products.filter((_, i) => i % 3 === 0);
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      for (const [name, list] of [['crypto_sha256', bytes], ['numeric_fibonacci', ns], ['matrix_multiply', products], ['matrix_multiply', f32]]) {
        const want = oneByOne(s, name, list);
        expect(want.error).toBeUndefined();
        expect(difference(s.callBatch(name, list), want.values), `${name} on ${variant}`).toBeNull();
        if (variant in BUILDS) expect(s.lastCallReport().backend).toBe('wasm');
      }
      // One element type: one arena and one loop; f32 mixed with f64: item by item.
      if (variant in BUILDS) {
        s.callBatch('matrix_multiply', f32);
        expect(s.lastCallReport().batch.crossings).toBe('once');
        s.callBatch('matrix_multiply', products);
        expect(s.lastCallReport().batch.crossings).toBe('per item');
      }
    }
  });
});

describe('callBatch: SHA-256 of messages of unequal lengths', () => {
  // The simd builds hash four messages at once, one per lane (cpp/core/crypto_sha256_multi.hpp):
  // lanes finish at different blocks, pad their own messages, and the last message left
  // finishes alone. Every digest is node:crypto's.
  it('lengths 0..5000 and around the padding boundaries match node:crypto on every variant', async () => {
    const { createHash } = await import('node:crypto');
    const lengths = [];
    for (let n = 0; n <= 200; n++) lengths.push(n);
    for (let i = 0; i < 150; i++) lengths.push((i * 7919 + 13) % 5001);
    lengths.push(5000, 4096, 4095, 55, 56, 63, 64, 65, 119, 120, 128);
    for (let i = lengths.length - 1; i > 0; i--) {
      const j = (i * 48271) % (i + 1);
      [lengths[i], lengths[j]] = [lengths[j], lengths[i]];
    }
    const list = lengths.map((n, i) => [Uint8Array.from({ length: n }, (_, j) => (i * 131 + j * 29 + (j >> 8)) & 255)]);
    const want = list.map(([bytes]) => createHash('sha256').update(bytes).digest('hex'));
    // A few counts (fewer messages than lanes, not a multiple of four) and the whole list.
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      for (const count of [1, 2, 3, 5, list.length]) {
        expect(s.callBatch('crypto_sha256', list.slice(0, count)), `${count} messages on ${variant}`).toEqual(want.slice(0, count));
        if (variant in BUILDS) expect(s.lastCallReport().batch.crossings).toBe('once');
      }
    }
  });
});

describe('callBatch: errors', () => {
  it('the first failing item throws its own error with .index; nothing leaks', () => {
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      const before = s.status().memory.bytes;
      const single = (() => {
        try {
          s.callFunction('numeric_fibonacci', 'x');
        } catch (error) {
          return error;
        }
      })();
      let thrown;
      try {
        s.callBatch('numeric_fibonacci', [[1], [2], ['x'], [-1]]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidArgumentError);
      expect(thrown.message).toBe(single.message);
      expect(thrown.index).toBe(2);
      expect(s.lastCallReport().error.name).toBe('InvalidArgumentError');
      // A bad item after a good batch of resident-size data.
      expect(() => s.callBatch('crypto_sha256', [[new Uint8Array(5000)], [null]])).toThrow(expect.objectContaining({ index: 1 }));
      expect(() => s.callBatch('matrix_multiply', [[[[1]], [[2]]], [[[1, 2]], [[1, 2]]]])).toThrow(expect.objectContaining({ index: 1 }));
      expect(s.status().memory.bytes).toBe(before);
    }
  });

  it('argsList must be an array of arrays; options are checked; unknown operations as callFunction', () => {
    const s = selectors.simd;
    expect(() => s.callBatch('crypto_sha256', 'abc')).toThrow(/'argsList' must be an array of argument lists, got string/);
    expect(() => s.callBatch('crypto_sha256', [['a'], 'b'])).toThrow(expect.objectContaining({ index: 1, message: expect.stringMatching(/'argsList\[1\]' must be an array of arguments/) }));
    expect(() => s.callBatch('crypto_sha256', [['a']], { timeoutMs: 5 })).toThrow(/unknown option 'timeoutMs'/);
    expect(() => s.callBatch('crypto_sha25', [['a']])).toThrow(/unknown operation/);
    expect(s.callBatch('crypto_sha256', [])).toEqual([]);
  });

  it('a getter of a later item that detaches an earlier item is caught for that earlier item', () => {
    for (const variant of VARIANTS) {
      const s = selectors[variant];
      const first = new Float64Array([1, 2, 3, 4]);
      const one = { rows: 1, cols: 1, data: new Float64Array([2]) };
      const sneaky = {
        rows: 1,
        cols: 1,
        get data() {
          structuredClone(first.buffer, { transfer: [first.buffer] });
          return new Float64Array([3]);
        },
      };
      let thrown;
      try {
        s.callBatch('matrix_multiply', [[{ rows: 2, cols: 2, data: first }, { rows: 2, cols: 2, data: new Float64Array(4) }], [sneaky, one]]);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidArgumentError);
      expect(thrown.message).toMatch(/detached or resized while the arguments were being read/);
      expect(thrown.index).toBe(0);
    }
  });

  it("the caller's own exceptions (a JS-only operation's callback) reach the caller as themselves", () => {
    const s = selectors.auto;
    const mine = new Error('mine');
    let thrown;
    try {
      s.callBatch('data_filter', [[[1, 2], (x) => x > 1], [[3], () => { throw mine; }]]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(mine);
    expect(s.callBatch('data_filter', [[[1, 2, 3], (x) => x > 1], [[4], () => false]])).toEqual([[2, 3], []]);
    expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^js-only/) });
  });

  it("preferBackend 'wasm' before the module is ready is a WasmUnavailableError, as for callFunction", async () => {
    const s = new BackendSelector({ preferBackend: 'wasm', threads: false });
    expect(() => s.callBatch('crypto_sha256', [['a']])).toThrow(/await selector.ready/);
    await s.ready;
    s.dispose();
  });
});

describe('callBatch: AUTO holds a batch against its own threshold', () => {
  const eye = Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => (i === j ? 1 : i + j / 10)));
  const two = [
    [1, 2],
    [3, 4],
  ];
  const fib = (count, n = 40) => Array.from({ length: count }, (_, i) => [n - (i % 3)]);

  it('every row with a batch kernel has a batch threshold (name:batch, in items) in the shipped default set', () => {
    const lacking = [...operations]
      .filter(([, row]) => typeof row.wasmBatch === 'function')
      .map(([name]) => `${name}:batch`)
      .filter((key) => !Number.isInteger(thresholds.operations[key]?.wasmMinSize));
    expect(lacking).toEqual([]);
    expect(Object.keys(thresholds.operations).filter((k) => k.endsWith(':batch')).sort()).toEqual([...ONCE].map((n) => `${n}:batch`).sort());
  });

  it('the shipped numbers: a batch at or above its batch threshold (items in range) runs on WASM as one crossing, below it on JS', () => {
    const s = selectors.auto;
    const row = thresholds.operations['matrix_multiply:batch'];
    expect(512).toBeGreaterThanOrEqual(row.itemMinSize); // 8×8 products are in the batch kernel's range
    const many = Math.max(row.wasmMinSize, 2);
    s.callBatch('matrix_multiply', Array.from({ length: many }, () => [eye, eye]));
    expect(s.lastCallReport()).toMatchObject({
      backend: 'wasm',
      reason: expect.stringMatching(new RegExp(`^auto: batch of ${many} items >= ${row.wasmMinSize} \\(batch threshold, items of mean size 512 in \\[${row.itemMinSize}, `)),
      batch: { count: many, totalSize: many * 512, crossings: 'once' },
    });
    if (row.wasmMinSize > 1) {
      s.callBatch('matrix_multiply', Array.from({ length: row.wasmMinSize - 1 }, () => [eye, eye]));
      expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^below-threshold: batch of \d+ items < \d+ \(batch threshold/) });
    }
    expect(s.performanceStats('matrix_multiply').byBackend.wasm.calls).toBeGreaterThan(0);
  });

  it('numeric_fibonacci: a batch above its batch threshold runs on WASM although one call never does; below it, or past the item range, on JS', async () => {
    const s = await BackendSelector.create({
      threads: false,
      thresholds: { 'numeric_fibonacci:batch': { wasmMinSize: 50, itemMinSize: 10, itemMaxSize: 78 } },
    });
    try {
      s.callFunction('numeric_fibonacci', 40);
      expect(s.lastCallReport().backend).toBe('js'); // per call: never WASM (the shipped set)
      s.callBatch('numeric_fibonacci', fib(50));
      expect(s.lastCallReport()).toMatchObject({
        backend: 'wasm',
        reason: expect.stringMatching(/^auto: batch of 50 items >= 50 \(batch threshold, items of mean size 39\.\d* in \[10, 78\], thresholds: config\)/),
        batch: { count: 50, crossings: 'once' },
      });
      s.callBatch('numeric_fibonacci', fib(49));
      expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^below-threshold: batch of 49 items < 50 \(batch threshold/) });
      // Past the item range (BigInt results): the per-call threshold, whatever the count.
      s.callBatch('numeric_fibonacci', fib(200, 500));
      expect(s.lastCallReport()).toMatchObject({
        backend: 'js',
        reason: expect.stringMatching(/^below-threshold: mean item size 499 < 9007199254740991 \(per-call threshold: items outside the batch threshold's range/),
      });
    } finally {
      s.dispose();
    }
  });

  it('matrix_multiply: items below the batch range are held against the per-call threshold by their mean size, not the total', async () => {
    const s = await BackendSelector.create({
      threads: false,
      thresholds: { matrix_multiply: { wasmMinSize: 100 }, 'matrix_multiply:batch': { wasmMinSize: 4, itemMinSize: 512 } },
    });
    try {
      // 1000 2×2 products: a total size of 8000 >= 100, but each item's 8 < 100.
      s.callBatch('matrix_multiply', Array.from({ length: 1000 }, () => [two, two]));
      expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^below-threshold: mean item size 8 < 100 \(per-call threshold: items outside/) });
      s.callBatch('matrix_multiply', Array.from({ length: 4 }, () => [eye, eye]));
      expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', reason: expect.stringMatching(/^auto: batch of 4 items >= 4 \(batch threshold, items of mean size 512 in \[512, ∞\]/) });
    } finally {
      s.dispose();
    }
  });

  it('an operation without a batch kernel: the mean item size against its per-call threshold (each item crosses on its own)', async () => {
    const s = await BackendSelector.create({ threads: false, thresholds: { crypto_hash: { wasmMinSize: 1000 } } });
    try {
      const small = Array.from({ length: 100 }, (_, i) => [new Uint8Array(64).fill(i)]);
      s.callBatch('crypto_hash', small);
      expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: 'below-threshold: mean item size 64 < 1000 (per-call threshold: each item crosses on its own, thresholds: config)' });
      s.callBatch('crypto_hash', [[new Uint8Array(1000)], [new Uint8Array(3000)]]);
      expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', reason: expect.stringMatching(/^auto: mean item size 2000 >= 1000 \(per-call threshold: each item crosses on its own/), batch: { crossings: 'per item' } });
    } finally {
      s.dispose();
    }
  });

  it('an engine set without batch thresholds does not inherit the default set\'s: its batches are held against the per-call threshold', async () => {
    const { shippedSet } = await import('../../js/thresholds.js');
    for (const key of Object.keys(thresholds.engines)) {
      const rows = shippedSet(key).rows;
      for (const name of ONCE) expect(rows[`${name}:batch`], `${key}: ${name}:batch`).toEqual(thresholds.engines[key].operations[`${name}:batch`]);
    }
  });
});

describe('callBatchAsync', () => {
  it('gives the sync batch results from a worker, with the batch report', async () => {
    for (const variant of ['js', 'simd', 'simd-threads']) {
      const s = selectors[variant];
      const list = Array.from({ length: 50 }, (_, i) => [new Uint8Array(100 + i).fill(i)]);
      const hashes = s.callBatch('crypto_sha256', list);
      expect(await s.callBatchAsync('crypto_sha256', list)).toEqual(hashes);
      const matrices = [[{ rows: 1, cols: 2, data: new Float64Array([1, 2]) }, { rows: 2, cols: 1, data: new Float64Array([3, 4]) }]];
      const products = s.callBatch('matrix_multiply', matrices);
      expect(difference(await s.callBatchAsync('matrix_multiply', matrices), products)).toBeNull();
      expect(s.lastCallReport()).toMatchObject({ worker: true, batch: { count: 1 } });
    }
  });

  it('an item that fails in the worker rejects with its index', async () => {
    const s = selectors.simd;
    await expect(s.callBatchAsync('numeric_fibonacci', [[1], [1.5]])).rejects.toMatchObject({ name: 'InvalidArgumentError', index: 1 });
    await expect(s.callBatchAsync('data_filter', [[[1], () => true]])).rejects.toThrow(/use callBatch for it/);
    await expect(s.callBatchAsync('crypto_sha256', [['a']], { bogus: 1 })).rejects.toThrow(/unknown option 'bogus'/);
  });

  it('honours timeoutMs for the whole batch; the pool serves later batches', async () => {
    const s = await BackendSelector.create({ preferBackend: 'wasm', threads: false });
    try {
      const slow = Array.from({ length: 20 }, () => [40]);
      await expect(s.callBatchAsync('numeric_fibonacci_recursive', slow, { timeoutMs: 100 })).rejects.toBeInstanceOf(TimeoutError);
      expect(await s.callBatchAsync('numeric_fibonacci_recursive', [[10], [20]], { timeoutMs: 20_000 })).toEqual([55, 6765]);
    } finally {
      s.dispose();
    }
  });
});
