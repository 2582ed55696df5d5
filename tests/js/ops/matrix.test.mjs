// matrix_ family: parity between the WASM kernels (both build variants) and the JS
// fallback, bit for bit (both sides round in the same order; see cpp/core/matrix.hpp),
// the accepted forms, and every rejected input with the same message from each backend.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError } from 'multilingual-wasm';

let js;
let wasm;
let baseline;
beforeAll(async () => {
  js = await BackendSelector.create({ preferBackend: 'js' });
  wasm = await BackendSelector.create({ preferBackend: 'wasm' });
  baseline = await BackendSelector.create({ preferBackend: 'wasm', simd: false });
});

const RUNS = 200;

// Index of the first entry that differs (Object.is: -0 is not +0, NaN equals NaN), or -1.
function firstDifference(x, y) {
  if (x.length !== y.length) return -2;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return i;
  return -1;
}
const flat = (m) => (Array.isArray(m) ? m.flat() : Array.from(m.data));

/** Run on every backend, check which backend ran it, return [js, wasm-simd, wasm-baseline]. */
function onAll(name, ...args) {
  const results = [];
  for (const [selector, backend] of [
    [js, 'js'],
    [wasm, 'wasm'],
    [baseline, 'wasm'],
  ]) {
    results.push(selector.callFunction(name, ...args));
    expect(selector.lastCallReport().backend).toBe(backend);
  }
  return results;
}

function expectSameMatrices([ref, ...others]) {
  for (const other of others) {
    expect(Array.isArray(other)).toBe(Array.isArray(ref));
    if (!Array.isArray(ref)) {
      expect([other.rows, other.cols, other.data.constructor]).toEqual([ref.rows, ref.cols, ref.data.constructor]);
    } else {
      expect(other.map((r) => r.length)).toEqual(ref.map((r) => r.length));
    }
    expect(firstDifference(flat(other), flat(ref))).toBe(-1);
  }
}

// Entries: small integers, moderate reals, both zeros, and any finite double (large
// exponents overflow some products to ±Infinity or NaN, which must still agree).
const entry = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
// Float32 values over their whole range (any double entry could overflow float).
const entryF32 = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }).map(Math.fround) },
  { weight: 2, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0) },
  { weight: 1, arbitrary: fc.float({ noNaN: true, noDefaultInfinity: true }) },
);
const dim = fc.integer({ min: 1, max: 40 });
const arraysOf = (rows, cols, value = entry) => fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const asObject = (arrays, Type = Float64Array) => ({ rows: arrays.length, cols: arrays[0].length, data: Type.from(arrays.flat()) });

describe('matrix_multiply parity', () => {
  it('f64, arrays and objects, shapes 1..40: identical on js, wasm simd and wasm baseline', () => {
    fc.assert(
      fc.property(
        dim.chain((m) => dim.chain((k) => dim.chain((n) => fc.tuple(arraysOf(m, k), arraysOf(k, n), fc.boolean())))),
        ([a, b, useObjects]) => {
          const args = useObjects ? [asObject(a), asObject(b)] : [a, b];
          expectSameMatrices(onAll('matrix_multiply', ...args));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('f32 objects, shapes 1..40: identical, Float32Array out', () => {
    fc.assert(
      fc.property(
        dim.chain((m) => dim.chain((k) => dim.chain((n) => fc.tuple(arraysOf(m, k, entryF32), arraysOf(k, n, entryF32))))),
        ([a, b]) => {
          const results = onAll('matrix_multiply', asObject(a, Float32Array), asObject(b, Float32Array));
          expect(results[0].data).toBeInstanceOf(Float32Array);
          expectSameMatrices(results);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('sizes across the kernel blocks (k panel 256/512, row block 64) agree', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1;
    for (const [m, k, n] of [
      [65, 257, 9],
      [3, 513, 70],
      [128, 100, 131],
    ]) {
      const a = { rows: m, cols: k, data: Float64Array.from({ length: m * k }, rnd) };
      const b = { rows: k, cols: n, data: Float64Array.from({ length: k * n }, rnd) };
      expectSameMatrices(onAll('matrix_multiply', a, b));
      const af = { rows: m, cols: k, data: Float32Array.from(a.data) };
      const bf = { rows: k, cols: n, data: Float32Array.from(b.data) };
      expectSameMatrices(onAll('matrix_multiply', af, bf));
    }
  });
});

describe('matrix_transpose and matrix_determinant parity', () => {
  it('transpose: identical, same form out', () => {
    fc.assert(
      fc.property(
        dim.chain((r) => dim.chain((c) => fc.constantFrom('arrays', 'f64', 'f32').chain((form) => fc.tuple(arraysOf(r, c, form === 'f32' ? entryF32 : entry), fc.constant(form))))),
        ([a, form]) => {
        const arg = form === 'arrays' ? a : asObject(a, form === 'f32' ? Float32Array : Float64Array);
        const results = onAll('matrix_transpose', arg);
        expectSameMatrices(results);
        const out = results[0];
        if (form === 'arrays') expect(out[0].length).toBe(a.length);
        else expect([out.rows, out.cols]).toEqual([a[0].length, a.length]);
      }),
      { numRuns: RUNS },
    );
  });

  it('determinant: bit-identical, including singular matrices (duplicated rows)', () => {
    fc.assert(
      fc.property(
        dim.chain((n) => fc.tuple(arraysOf(n, n), fc.boolean(), fc.boolean())),
        ([a, makeSingular, useObject]) => {
          if (makeSingular && a.length > 1) a[a.length - 1] = [...a[0]];
          const [r0, r1, r2] = onAll('matrix_determinant', useObject ? asObject(a) : a);
          expect(typeof r0).toBe('number');
          expect(Object.is(r1, r0) && Object.is(r2, r0)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('matrix forms and known values', () => {
  it('arrays in -> arrays out; object in -> object out (form of a)', () => {
    for (const s of [js, wasm]) {
      expect(s.callFunction('matrix_multiply', [[1, 2], [3, 4]], [[5, 6], [7, 8]])).toEqual([[19, 22], [43, 50]]);
      const o = s.callFunction('matrix_multiply', { rows: 1, cols: 2, data: new Float64Array([1, 2]) }, [[3], [4]]);
      expect(o.rows).toBe(1);
      expect(o.cols).toBe(1);
      expect(o.data).toBeInstanceOf(Float64Array);
      expect(Array.from(o.data)).toEqual([11]);
      expect(s.callFunction('matrix_multiply', [[1, 2]], { rows: 2, cols: 1, data: new Float64Array([3, 4]) })).toEqual([[11]]);
      expect(s.callFunction('matrix_transpose', [[1, 2, 3], [4, 5, 6]])).toEqual([[1, 4], [2, 5], [3, 6]]);
      expect(s.callFunction('matrix_determinant', [[0, 1], [1, 0]])).toBe(-1);
      expect(s.callFunction('matrix_determinant', [[1, 2], [2, 4]])).toBe(0);
      expect(s.callFunction('multiply', [[2]], [[3]])).toEqual([[6]]);
    }
  });

  it('f32 is computed in float, not in double then rounded', () => {
    // In float, 1 + 2^-24 rounds back to 1 (twice); in double the sum would be 1 + 2^-23.
    const a = { rows: 1, cols: 3, data: new Float32Array([1, 2 ** -24, 2 ** -24]) };
    const b = { rows: 3, cols: 1, data: new Float32Array([1, 1, 1]) };
    for (const s of [js, wasm, baseline]) expect(Array.from(s.callFunction('matrix_multiply', a, b).data)).toEqual([1]);
  });

  it('0-sized objects: 0×k·k×n is 0×n, m×0·0×n is m×n zeros, det of 0×0 is 1', () => {
    const empty = (rows, cols) => ({ rows, cols, data: new Float64Array(rows * cols) });
    for (const s of [js, wasm]) {
      const r = s.callFunction('matrix_multiply', empty(0, 3), { rows: 3, cols: 2, data: new Float64Array(6).fill(1) });
      expect([r.rows, r.cols, r.data.length]).toEqual([0, 2, 0]);
      const z = s.callFunction('matrix_multiply', empty(2, 0), empty(0, 3));
      expect([z.rows, z.cols, Array.from(z.data)]).toEqual([2, 3, [0, 0, 0, 0, 0, 0]]);
      expect(s.callFunction('matrix_determinant', empty(0, 0))).toBe(1);
      const t = s.callFunction('matrix_transpose', empty(3, 0));
      expect([t.rows, t.cols]).toEqual([0, 3]);
    }
  });
});

describe('matrix errors: same InvalidArgumentError and message from both backends', () => {
  const f64 = (rows, cols, values) => ({ rows, cols, data: new Float64Array(values ?? rows * cols) });
  const f32 = (rows, cols) => ({ rows, cols, data: new Float32Array(rows * cols) });
  const cases = [
    ['matrix_multiply', [[[1, 2]], [[1, 2]]], "matrix_multiply: 'b' has 1 rows but 'a' has 2 columns: the inner dimensions must match"],
    ['matrix_multiply', [[[1, 2], [3]], [[1], [2]]], "matrix_multiply: 'a' row 1 has 1 entries, expected 2"],
    ['matrix_multiply', [[[1]], [[1, 2], [3, 4, 5]]], "matrix_multiply: 'b' row 1 has 3 entries, expected 2"],
    ['matrix_multiply', [[[1, 2]], [[1, 2, 3], [3, 4]]], "matrix_multiply: 'b' row 1 has 2 entries, expected 3"],
    ['matrix_multiply', [[], [[1]]], "matrix_multiply: 'a' has no rows: an empty array has no column count (use {rows: 0, cols, data} for an empty matrix)"],
    ['matrix_multiply', [[[]], [[1]]], "matrix_multiply: 'a' row 0 is empty: rows need at least one entry"],
    ['matrix_multiply', [[[1, NaN]], [[1], [2]]], "matrix_multiply: 'a' entry [0][1] must be finite, got NaN"],
    ['matrix_multiply', [[[1]], [[-Infinity]]], "matrix_multiply: 'b' entry [0][0] must be finite, got -Infinity"],
    ['matrix_multiply', [[[1, '2']], [[1], [2]]], "matrix_multiply: 'a' entry [0][1] must be a number, got string"],
    ['matrix_multiply', [[[1, , 3]], [[1], [2], [3]]], "matrix_multiply: 'a' entry [0][1] must be a number, got undefined"], // eslint-disable-line no-sparse-arrays
    ['matrix_multiply', [[[1], 5], [[1]]], "matrix_multiply: 'a' row 1 must be an array of numbers, got number"],
    ['matrix_multiply', [f64(2, 2), f32(2, 2)], "matrix_multiply: 'b' holds Float32 entries but 'a' holds Float64: both must have the same element type"],
    ['matrix_multiply', [f32(1, 1), [[1]]], "matrix_multiply: 'b' holds Float64 entries but 'a' holds Float32: both must have the same element type"],
    ['matrix_multiply', [f64(2, 3, 5), [[1]]], "matrix_multiply: 'a' data has 5 entries, expected rows*cols = 2*3 = 6"],
    ['matrix_multiply', [f64(1, 2, [1, Infinity]), [[1], [2]]], "matrix_multiply: 'a' entry [0][1] must be finite, got Infinity"],
    ['matrix_multiply', [{ rows: 1, cols: 1, data: [1] }, [[1]]], "matrix_multiply: 'a.data' must be a Float64Array or a Float32Array, got Array"],
    ['matrix_multiply', [{ rows: 1.5, cols: 1, data: new Float64Array(1) }, [[1]]], "matrix_multiply: 'a.rows' must be an integer, got 1.5"],
    ['matrix_multiply', [new Float64Array(4), [[1]]], "matrix_multiply: 'a' must be an array of arrays of numbers or {rows, cols, data}, got Float64Array"],
    ['matrix_multiply', [[[1]]], 'matrix_multiply: takes 2 argument(s), got 1'],
    ['matrix_transpose', [null], "matrix_transpose: 'a' must be an array of arrays of numbers or {rows, cols, data}, got null"],
    ['matrix_transpose', [[[1, 2], [3]]], "matrix_transpose: 'a' row 1 has 1 entries, expected 2"],
    ['matrix_determinant', [[[1, 2, 3], [4, 5, 6]]], "matrix_determinant: 'a' must be square, got 2×3"],
    ['matrix_determinant', [f64(1, 2)], "matrix_determinant: 'a' must be square, got 1×2"],
    ['matrix_determinant', [[[NaN]]], "matrix_determinant: 'a' entry [0][0] must be finite, got NaN"],
  ];

  it.each(cases)('%s %#', (name, args, message) => {
    for (const s of [js, wasm, baseline]) {
      let caught;
      try {
        s.callFunction(name, ...args);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidArgumentError);
      expect(caught.message).toBe(message);
      // A bad call leaves nothing behind: the next call is still right.
      expect(s.callFunction('matrix_multiply', [[1, 2]], [[3], [4]])).toEqual([[11]]);
      expect(s.callFunction('matrix_determinant', [[2, 1], [1, 3]])).toBe(5);
    }
  });

  it('frees every heap allocation, after good and bad calls alike', () => {
    const big = { rows: 60, cols: 60, data: new Float64Array(3600).fill(0.5) };
    wasm.callFunction('matrix_multiply', big, big);
    const before = wasm.status().memory.bytes;
    for (let i = 0; i < 50; i++) {
      wasm.callFunction('matrix_multiply', big, big);
      wasm.callFunction('matrix_transpose', [[1, 2, 3]]);
      wasm.callFunction('matrix_determinant', big);
      expect(() => wasm.callFunction('matrix_multiply', big, [[1]])).toThrow(InvalidArgumentError);
    }
    expect(wasm.status().memory.bytes).toBe(before);
  });
});
