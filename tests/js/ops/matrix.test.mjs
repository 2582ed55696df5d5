// matrix_ family: what is specific to these operations, on every backend at once
// (agreed(): bit for bit, both sides round in the same order; see cpp/core/matrix.hpp):
// shapes across the kernel's blocks, singular matrices, the accepted forms, f32 computed
// in float, 0-sized matrices, and the exact wording of every rejected input. Random-input
// parity (f64/f32, arrays/objects, 0..12 per side): tests/js/parity.test.mjs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'multilingual-wasm';
import { agreed, useBackends } from '../backends.mjs';

const selectors = useBackends();
const agree = (name, ...args) => agreed(selectors, name, ...args);

const dim = fc.integer({ min: 1, max: 40 });
const entry = fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: -20, max: 20 }), fc.constantFrom(0, -0));
const arraysOf = (rows, cols) => fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const asObject = (arrays) => ({ rows: arrays.length, cols: arrays[0].length, data: Float64Array.from(arrays.flat()) });

describe('matrix_multiply', () => {
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
      expect(agree('matrix_multiply', a, b).data).toHaveLength(m * n);
      const af = { rows: m, cols: k, data: Float32Array.from(a.data) };
      const bf = { rows: k, cols: n, data: Float32Array.from(b.data) };
      expect(agree('matrix_multiply', af, bf).data).toBeInstanceOf(Float32Array);
    }
  });
});

describe('matrix_determinant', () => {
  it('singular matrices (a duplicated row): exactly 0 on every backend', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }).chain((n) => fc.tuple(arraysOf(n, n), fc.boolean())),
        ([a, useObject]) => {
          a[a.length - 1] = [...a[0]];
          expect(Math.abs(agree('matrix_determinant', useObject ? asObject(a) : a))).toBe(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('matrix forms and known values', () => {
  it('arrays in -> arrays out; object in -> object out (form of a)', () => {
    expect(agree('matrix_multiply', [[1, 2], [3, 4]], [[5, 6], [7, 8]])).toEqual([[19, 22], [43, 50]]);
    const o = agree('matrix_multiply', { rows: 1, cols: 2, data: new Float64Array([1, 2]) }, [[3], [4]]);
    expect(o.rows).toBe(1);
    expect(o.cols).toBe(1);
    expect(o.data).toBeInstanceOf(Float64Array);
    expect(Array.from(o.data)).toEqual([11]);
    expect(agree('matrix_multiply', [[1, 2]], { rows: 2, cols: 1, data: new Float64Array([3, 4]) })).toEqual([[11]]);
    expect(agree('matrix_transpose', [[1, 2, 3], [4, 5, 6]])).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(agree('matrix_determinant', [[0, 1], [1, 0]])).toBe(-1);
    expect(agree('matrix_determinant', [[1, 2], [2, 4]])).toBe(0);
    expect(agree('multiply', [[2]], [[3]])).toEqual([[6]]);
  });

  it('f32 is computed in float, not in double then rounded', () => {
    // In float, 1 + 2^-24 rounds back to 1 (twice); in double the sum would be 1 + 2^-23.
    const a = { rows: 1, cols: 3, data: new Float32Array([1, 2 ** -24, 2 ** -24]) };
    const b = { rows: 3, cols: 1, data: new Float32Array([1, 1, 1]) };
    expect(Array.from(agree('matrix_multiply', a, b).data)).toEqual([1]);
  });

  it('0-sized objects: 0×k·k×n is 0×n, m×0·0×n is m×n zeros, det of 0×0 is 1', () => {
    const empty = (rows, cols) => ({ rows, cols, data: new Float64Array(rows * cols) });
    const r = agree('matrix_multiply', empty(0, 3), { rows: 3, cols: 2, data: new Float64Array(6).fill(1) });
    expect([r.rows, r.cols, r.data.length]).toEqual([0, 2, 0]);
    const z = agree('matrix_multiply', empty(2, 0), empty(0, 3));
    expect([z.rows, z.cols, Array.from(z.data)]).toEqual([2, 3, [0, 0, 0, 0, 0, 0]]);
    expect(agree('matrix_determinant', empty(0, 0))).toBe(1);
    const t = agree('matrix_transpose', empty(3, 0));
    expect([t.rows, t.cols]).toEqual([0, 3]);
  });
});

describe('matrix errors: the exact InvalidArgumentError message, the same from every backend', () => {
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
    let caught;
    try {
      agree(name, ...args);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    expect(caught.message).toBe(message);
    // A bad call leaves nothing behind: the next call is still right.
    expect(agree('matrix_multiply', [[1, 2]], [[3], [4]])).toEqual([[11]]);
    expect(agree('matrix_determinant', [[2, 1], [1, 3]])).toBe(5);
  });
});
