// data_ family: data_sort's order (TypedArray.prototype.sort's), on every backend at once
// (agreed()), input never mutated; the callback operations are JS-only and reported as
// such. Random-input parity: tests/js/parity.test.mjs; bad inputs: the rows' badInputs
// (tests/js/errors.test.mjs); heap after many calls: leaks.test.mjs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackendSelector, WasmMemoryError } from 'multilingual-wasm';
import { agreed, useBackends } from '../backends.mjs';

const selectors = useBackends();
const runs = { numRuns: 100 };

const TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
const numbers = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 0, NaN, -NaN, Infinity, -Infinity));
const typed = fc.tuple(fc.constantFrom(...TYPES), fc.array(numbers, { maxLength: 300 })).map(([T, xs]) => T.from(xs));
const bigTyped = fc.tuple(fc.constantFrom(BigInt64Array, BigUint64Array), fc.array(fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }), { maxLength: 200 }))
  .map(([T, xs]) => T.from(xs, (x) => (T === BigInt64Array ? BigInt.asIntN(64, x) : BigInt.asUintN(64, x))));
const strings = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('', 'a', '\uD83D', '\uFFFD', '\u{1F600}')), { maxLength: 200 });

/** data_sort on every backend (the same answer from each), the input left untouched. */
function sorted(array) {
  const copy = array.slice();
  const a = agreed(selectors, 'data_sort', array);
  expect(array).toEqual(copy); // not mutated
  expect(a).not.toBe(array);
  expect(a.constructor).toBe(array.constructor);
  return a;
}

// Object.is per element: tells -0 from +0, NaN equals NaN.
function same(a, b) {
  return a.length === b.length && Array.prototype.every.call(a, (x, i) => Object.is(x, b[i]));
}

describe('data_sort', () => {
  it('typed arrays: the order of TypedArray.prototype.sort', () => {
    fc.assert(
      fc.property(fc.oneof(typed, bigTyped), (array) => {
        expect(same(sorted(array), array.slice().sort())).toBe(true);
      }),
      runs,
    );
  });

  it('plain numbers: Float64Array order (-0 before +0, NaN last)', () => {
    fc.assert(
      fc.property(fc.array(numbers, { maxLength: 300 }), (array) => {
        const a = sorted(array);
        expect(Array.isArray(a)).toBe(true);
        expect(same(a, Array.from(Float64Array.from(array).sort()))).toBe(true);
      }),
      runs,
    );
  });

  it('strings: default Array.prototype.sort order (UTF-16 code units)', () => {
    fc.assert(
      fc.property(strings, (array) => {
        expect(sorted(array)).toEqual(array.slice().sort());
      }),
      runs,
    );
  });

  it('large inputs: every radix pass, NaN and signed zeros', () => {
    const n = 100_000;
    const f = new Float64Array(n).map((_, i) => (i % 97 === 0 ? NaN : i % 89 === 0 ? -0 : (Math.sin(i) * 1e6) / ((i % 7) + 1)));
    const i32 = new Int32Array(n).map((_, i) => Math.imul(i, 0x9e3779b1));
    const u8 = new Uint8Array(n).map((_, i) => i * 37);
    for (const array of [f, i32, u8]) expect(same(sorted(array), array.slice().sort())).toBe(true);
  });

  it('empty and one-element inputs', () => {
    for (const array of [[], ['x'], [5], new Float32Array(0), new Int16Array([7])]) expect(same(sorted(array), array)).toBe(true);
  });
});

describe('JS-only data_ operations', () => {
  it('are marked jsOnly in listOperations() and data_sort is not', () => {
    const ops = Object.fromEntries(selectors.simd.listOperations().map((o) => [o.name, o]));
    for (const name of ['data_filter', 'data_map', 'data_reduce', 'data_group_by']) {
      expect(ops[name]).toMatchObject({ jsOnly: true, wasm: false });
    }
    expect(ops.data_sort).toMatchObject({ jsOnly: false, wasm: true });
  });

  it("run on JS even with preferBackend 'wasm', reported as js-only", () => {
    const calls = [
      ['data_filter', [[1, 2, 3, 4], (x) => x % 2 === 0], [2, 4]],
      ['data_map', [new Int8Array([1, 2]), (x) => x * 100], new Int8Array([100, -56])],
      ['data_reduce', [[1, 2, 3], (a, x) => a + x, 10], 16],
      ['data_reduce', [['a', 'b'], (a, x) => a + x], 'ab'],
      ['data_group_by', [[{ t: 'x', v: 1 }, { t: 'y', v: 2 }, { t: 'x', v: 3 }], 't'], { x: [{ t: 'x', v: 1 }, { t: 'x', v: 3 }], y: [{ t: 'y', v: 2 }] }],
    ];
    for (const [name, args, want] of calls) {
      expect(selectors.simd.callFunction(name, ...args)).toEqual(want);
      expect(selectors.simd.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^js-only/) });
    }
  });

  it('data_group_by: first-occurrence key order, function keys, __proto__ is an ordinary key', () => {
    const g = selectors.js.callFunction('data_group_by', ['b1', 'a1', 'b2', '__proto__'], (s) => s.replace(/\d$/, ''));
    expect(Object.keys(g)).toEqual(['b', 'a', '__proto__']);
    expect(Object.getPrototypeOf(g)).toBe(Object.prototype);
    expect(g.__proto__).toEqual(['__proto__']); // eslint-disable-line no-proto
    expect(g.b).toEqual(['b1', 'b2']);
  });

  it('filter/map/reduce agree with the Array methods on random input (200 cases)', () => {
    const js = selectors.js;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), fc.integer({ min: 1, max: 7 }), (xs, k) => {
        expect(js.callFunction('data_filter', xs, (x) => x % k === 0)).toEqual(xs.filter((x) => x % k === 0));
        expect(js.callFunction('data_map', xs, (x, i) => x * k + i)).toEqual(xs.map((x, i) => x * k + i));
        expect(js.callFunction('data_reduce', xs, (a, x) => a + x * k, 0)).toBe(xs.reduce((a, x) => a + x * k, 0));
      }),
      { numRuns: 200 },
    );
  });
});

describe('data_sort out of memory', () => {
  // 16 MiB heap: a 9 MiB array is copied in, but the kernel's 9 MiB of radix scratch
  // space cannot be had (status OutOfMemory); a 16 MiB array does not even copy in.
  for (const [what, bytes] of [['kernel scratch', 9 << 20], ['copy-in', 16 << 20]]) {
    it(`${what}: WasmMemoryError under 'wasm', JS answer under 'auto', instance still usable`, async () => {
      const array = new Float64Array(bytes / 8).map((_, i) => Math.sin(i));
      const tight = await BackendSelector.create({ preferBackend: 'wasm', memoryPages: 256, maxMemoryPages: 256 });
      const before = tight.status().memory.bytes;
      expect(() => tight.callFunction('data_sort', array)).toThrow(WasmMemoryError);
      expect(tight.status().memory.bytes).toBe(before);
      expect(Array.from(tight.callFunction('data_sort', new Int8Array([3, -1])))).toEqual([-1, 3]);
      const tightAuto = await BackendSelector.create({ memoryPages: 256, maxMemoryPages: 256 });
      const sorted = tightAuto.callFunction('data_sort', array);
      expect(tightAuto.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^wasm-memory: /) });
      expect(same(sorted, array.slice().sort())).toBe(true);
      tight.dispose();
      tightAuto.dispose();
    });
  }
});
