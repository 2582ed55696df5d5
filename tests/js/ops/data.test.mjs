// data_ family: data_sort parity and order (TypedArray.prototype.sort's), input never
// mutated; the callback operations are JS-only and reported as such.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError, WasmMemoryError } from 'multilingual-wasm';

let wasm;
let baseline;
let js;
let auto;
beforeAll(async () => {
  wasm = await BackendSelector.create({ preferBackend: 'wasm' });
  baseline = await BackendSelector.create({ preferBackend: 'wasm', simd: false });
  js = await BackendSelector.create({ preferBackend: 'js' });
  auto = await BackendSelector.create();
});

const TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
const numbers = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 0, NaN, -NaN, Infinity, -Infinity));
const typed = fc.tuple(fc.constantFrom(...TYPES), fc.array(numbers, { maxLength: 300 })).map(([T, xs]) => T.from(xs));
const bigTyped = fc.tuple(fc.constantFrom(BigInt64Array, BigUint64Array), fc.array(fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }), { maxLength: 200 }))
  .map(([T, xs]) => T.from(xs, (x) => (T === BigInt64Array ? BigInt.asIntN(64, x) : BigInt.asUintN(64, x))));
const strings = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('', 'a', '\uD83D', '\uFFFD', '\u{1F600}')), { maxLength: 200 });

function sortBoth(array) {
  const copy = ArrayBuffer.isView(array) ? array.slice() : array.slice();
  const a = wasm.callFunction('data_sort', array);
  expect(wasm.lastCallReport().backend).toBe('wasm');
  const b = js.callFunction('data_sort', array);
  expect(js.lastCallReport().backend).toBe('js');
  const c = baseline.callFunction('data_sort', array);
  expect(same(c, a)).toBe(true); // the non-SIMD build agrees
  expect(array).toEqual(copy); // not mutated
  expect(a).not.toBe(array);
  expect(a.constructor).toBe(array.constructor);
  return [a, b];
}

// Object.is per element: tells -0 from +0, NaN equals NaN.
function same(a, b) {
  return a.length === b.length && Array.prototype.every.call(a, (x, i) => Object.is(x, b[i]));
}

describe('data_sort', () => {
  it('typed arrays: same result as TypedArray.prototype.sort on both backends (400 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(typed, bigTyped), (array) => {
        const [a, b] = sortBoth(array);
        expect(same(a, b)).toBe(true);
        expect(same(a, array.slice().sort())).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('plain numbers: Float64Array order (-0 before +0, NaN last) on both backends (200 cases)', () => {
    fc.assert(
      fc.property(fc.array(numbers, { maxLength: 300 }), (array) => {
        const [a, b] = sortBoth(array);
        expect(Array.isArray(a)).toBe(true);
        expect(same(a, b)).toBe(true);
        expect(same(a, Array.from(Float64Array.from(array).sort()))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('strings: default Array.prototype.sort order (UTF-16 code units) on both backends (200 cases)', () => {
    fc.assert(
      fc.property(strings, (array) => {
        const [a, b] = sortBoth(array);
        expect(a).toEqual(b);
        expect(a).toEqual(array.slice().sort());
      }),
      { numRuns: 200 },
    );
  });

  it('large inputs: every radix pass, NaN and signed zeros', () => {
    const n = 100_000;
    const f = new Float64Array(n).map((_, i) => (i % 97 === 0 ? NaN : i % 89 === 0 ? -0 : (Math.sin(i) * 1e6) / ((i % 7) + 1)));
    const i32 = new Int32Array(n).map((_, i) => Math.imul(i, 0x9e3779b1));
    const u8 = new Uint8Array(n).map((_, i) => i * 37);
    for (const array of [f, i32, u8]) {
      const [a, b] = sortBoth(array);
      expect(same(a, b)).toBe(true);
      expect(same(a, array.slice().sort())).toBe(true);
    }
  });

  it('empty and one-element inputs', () => {
    for (const array of [[], ['x'], [5], new Float32Array(0), new Int16Array([7])]) {
      const [a, b] = sortBoth(array);
      expect(same(a, b) && same(a, array)).toBe(true);
    }
  });

  const bad = [
    ['mixed types', [[1, 'a']]],
    ['mixed types, string first', [['a', 1]]],
    ['a hole', [[1, , 2]]], // eslint-disable-line no-sparse-arrays
    ['a hole first', [[, 1]]], // eslint-disable-line no-sparse-arrays
    ['objects', [[{}, {}]]],
    ['bigint elements in a plain array', [[1n, 2n]]],
    ['null', [null]],
    ['a string', ['abc']],
    ['a DataView', [new DataView(new ArrayBuffer(4))]],
    ['no argument', []],
    ['two arguments', [[1], [2]]],
  ];
  it.each(bad)('rejects %s with the same InvalidArgumentError on both backends', (_, args) => {
    const messages = [wasm, js, auto].map((s) => {
      try {
        s.callFunction('data_sort', ...args);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        return error.message;
      }
      throw new Error('no error');
    });
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).toMatch(/^data_sort: /);
  });
});

describe('JS-only data_ operations', () => {
  it('are marked jsOnly in listOperations() and data_sort is not', () => {
    const ops = Object.fromEntries(wasm.listOperations().map((o) => [o.name, o]));
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
      expect(wasm.callFunction(name, ...args)).toEqual(want);
      expect(wasm.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^js-only/) });
    }
  });

  it('data_group_by: first-occurrence key order, function keys, __proto__ is an ordinary key', () => {
    const g = js.callFunction('data_group_by', ['b1', 'a1', 'b2', '__proto__'], (s) => s.replace(/\d$/, ''));
    expect(Object.keys(g)).toEqual(['b', 'a', '__proto__']);
    expect(Object.getPrototypeOf(g)).toBe(Object.prototype);
    expect(g.__proto__).toEqual(['__proto__']); // eslint-disable-line no-proto
    expect(g.b).toEqual(['b1', 'b2']);
  });

  it('filter/map/reduce agree with the Array methods on random input (200 cases)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), fc.integer({ min: 1, max: 7 }), (xs, k) => {
        expect(js.callFunction('data_filter', xs, (x) => x % k === 0)).toEqual(xs.filter((x) => x % k === 0));
        expect(js.callFunction('data_map', xs, (x, i) => x * k + i)).toEqual(xs.map((x, i) => x * k + i));
        expect(js.callFunction('data_reduce', xs, (a, x) => a + x * k, 0)).toBe(xs.reduce((a, x) => a + x * k, 0));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['data_filter', [[1], 'notfn'], /'predicate' must be a function/],
    ['data_map', ['abc', (x) => x], /'array' must be an Array or a typed array/],
    ['data_reduce', [[], (a, b) => a + b], /is empty and no initial value/],
    ['data_group_by', [[{ a: 1 }, 3], 'a'], /element 1 is number/],
    ['data_group_by', [[{ a: 1 }], 5], /'key' must be a property name/],
  ])('%s rejects bad input', (name, args, message) => {
    expect(() => wasm.callFunction(name, ...args)).toThrow(InvalidArgumentError);
    expect(() => wasm.callFunction(name, ...args)).toThrow(message);
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
    });
  }
});

describe('heap use', () => {
  it('2000 data_sort and search_ calls, valid and invalid mixed, leave WASM heap use where it was', () => {
    const ops = [
      ['data_sort', [new Float64Array([3, NaN, -0, 0, 1])]],
      ['data_sort', [Array.from({ length: 100 }, (_, i) => `s${(i * 7) % 13}`)]],
      ['data_sort', [[1, 'x']]],
      ['data_sort', [new Int16Array(300).map((_, i) => i * 31)]],
      ['search_binary', [new Float64Array([1, 2, 3]), 2]],
      ['search_linear', [[1, 2, 3], 'x']],
      ['search_contains', ['\uD800 lone surrogate text', 'text']],
      ['search_contains', [new Uint8Array(100), new Uint8Array(20)]],
    ];
    const run = (times) => {
      for (let i = 0; i < times; i++) {
        const [name, args] = ops[i % ops.length];
        try {
          wasm.callFunction(name, ...args);
        } catch (error) {
          if (!(error instanceof InvalidArgumentError)) throw error;
        }
      }
    };
    run(16);
    const before = wasm.status().memory.bytes;
    run(2000);
    expect(wasm.status().memory.bytes).toBe(before);
  });
});
