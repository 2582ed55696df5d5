// Registry rows for the matrix_ family (see js/registry/crypto.js for the row format).
//
// Accepted forms, checked here once for both backends:
//   - an array of arrays of finite numbers (f64): at least one row, every row the same
//     non-zero length. `[]` is rejected: it has no column count.
//   - {rows, cols, data: Float64Array | Float32Array}, row-major, data.length = rows*cols.
//     0-sized matrices are allowed in this form: 0×k · k×n = 0×n, m×0 · 0×n = m×n zeros,
//     the transpose of r×0 is 0×r, and the determinant of 0×0 is 1 (the empty product).
// Results come in the form of the first operand. f32 objects give f32 results, computed
// in float; f32 and f64 operands cannot be mixed. Non-finite entries are rejected.
import { matrixDeterminant as detJs, matrixMultiply as mulJs, matrixTranspose as trJs } from '../fallbacks/matrix.js';
import {
  matrixDeterminant as detWasm,
  matrixMultiply as mulWasm,
  matrixTranspose as trWasm,
} from '../wasm/matrix.js';
import { matrixMultiplyBatch } from '../wasm/batch.js';
import { isArray, typedArrayName, typedArrayView } from '../boundary.js';
import { arity, describe, fail, sized, toCount } from '../validate.js';
import { bad, op } from './bad-inputs.js';

// Far above anything useful in a 4 GiB heap; keeps rows*cols exact and allocations sane.
const MAX_DIMENSION = 2 ** 30;
const MAX_ENTRIES = 2 ** 28;

const typeName = (type) => (type === 'f32' ? 'Float32' : 'Float64');

function badEntry(operation, argument, i, j, v) {
  if (typeof v !== 'number') fail(operation, argument, `entry [${i}][${j}] must be a number, got ${describe(v)}`);
  fail(operation, argument, `entry [${i}][${j}] must be finite, got ${v}`);
}

// An array of arrays is read once, entry by entry (each row and each entry through one
// [[Get]]: a getter or Proxy trap runs once), into a Float64Array owned by the call.
function fromArrays(operation, argument, value) {
  const rows = value.length;
  if (rows === 0) {
    fail(operation, argument, 'has no rows: an empty array has no column count (use {rows: 0, cols, data} for an empty matrix)');
  }
  const first = value[0];
  if (!isArray(operation, `${argument}[0]`, first)) fail(operation, argument, `row 0 must be an array of numbers, got ${describe(first)}`);
  const cols = first.length;
  if (cols === 0) fail(operation, argument, 'row 0 is empty: rows need at least one entry');
  if (rows > MAX_DIMENSION || cols > MAX_DIMENSION) fail(operation, argument, `is too large (${rows}×${cols})`);
  if (rows * cols > MAX_ENTRIES) fail(operation, argument, `has ${rows}×${cols} entries, more than ${MAX_ENTRIES}`);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = i === 0 ? first : value[i];
    if (!isArray(operation, `${argument}[${i}]`, row)) fail(operation, argument, `row ${i} must be an array of numbers, got ${describe(row)}`);
    const length = i === 0 ? cols : row.length;
    if (length !== cols) fail(operation, argument, `row ${i} has ${length} entries, expected ${cols}`);
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      // v - v is 0 exactly for finite numbers (NaN and ±Infinity give NaN).
      if (typeof v !== 'number' || v - v !== 0) badEntry(operation, argument, i, j, v);
      data[base + j] = v;
    }
  }
  return { form: 'arrays', type: 'f64', rows, cols, data };
}

function fromObject(operation, argument, value) {
  // Each property read once, in this order: data, rows, cols.
  const { data: given, rows: givenRows, cols: givenCols } = value;
  const data = typedArrayView(operation, `${argument}.data`, given, ['Float64Array', 'Float32Array'], 'a Float64Array or a Float32Array');
  const type = data instanceof Float32Array ? 'f32' : 'f64';
  const rows = toCount(operation, `${argument}.rows`, givenRows, { max: MAX_DIMENSION });
  const cols = toCount(operation, `${argument}.cols`, givenCols, { max: MAX_DIMENSION });
  if (data.length !== rows * cols) {
    fail(operation, argument, `data has ${data.length} entries, expected rows*cols = ${rows}*${cols} = ${rows * cols}`);
  }
  const bad = firstNonFinite(data);
  if (bad >= 0) badEntry(operation, argument, Math.floor(bad / cols), bad % cols, data[bad]);
  return { form: 'object', type, rows, cols, data };
}

/**
 * The index of the first entry of `data` that is not finite, or -1. Most matrices have
 * none: v * 0 is ±0 for a finite v and NaN for ±Infinity and NaN, so four running sums
 * (no branch per entry) say whether to look; then a second pass finds which. 0.63–0.86 ns
 * an entry where a branch per entry took 1.25–1.88 (Node 20, 1 Mi Float64Array; the
 * higher figures once Float32Arrays have been through the same code): this check is the
 * largest serial part of a large product's call after the copies.
 */
function firstNonFinite(data) {
  const length = data.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < length; i += 4) {
    s0 += data[i] * 0;
    s1 += data[i + 1] * 0;
    s2 += data[i + 2] * 0;
    s3 += data[i + 3] * 0;
  }
  for (; i < length; i++) s0 += data[i] * 0;
  if (s0 + s1 + s2 + s3 === 0) return -1;
  for (let j = 0; j < length; j++) {
    const v = data[j];
    if (v - v !== 0) return j;
  }
  return -1;
}

// matrix_transpose's input kinds (indices into its `kinds`).
const OBJECT = 0;
const ARRAYS = 1;

/** A validated, normalised matrix: { form, type, rows, cols, data } (data owned or an owned view). */
export function toMatrix(operation, argument, value) {
  if (isArray(operation, argument, value)) return fromArrays(operation, argument, value);
  if (value !== null && typeof value === 'object' && typedArrayName(value) === undefined) {
    return fromObject(operation, argument, value);
  }
  fail(operation, argument, `must be an array of arrays of numbers or {rows, cols, data}, got ${describe(value)}`);
}

const MATRIX_ANY = 'Matrix | MatrixObject<Float32Array>';

// ---- test facts (see js/registry/crypto.js for the fields after `sample`)
/**
 * Random matrices rows×cols: arrays of arrays (f64) or {rows, cols, data} in f64 or f32.
 * Entries: small integers, moderate reals, both zeros, and any finite value of the type
 * (large exponents overflow some products to ±Infinity or NaN, which must still agree).
 */
function matrixOf(fc, rows, cols, type, form) {
  const f32 = type === 'f32';
  const any = f32 ? fc.float({ noNaN: true, noDefaultInfinity: true }) : fc.double({ noNaN: true, noDefaultInfinity: true });
  const entry = fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }).map(f32 ? Math.fround : (x) => x) },
    { weight: 2, arbitrary: fc.integer({ min: -20, max: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, -0) },
    { weight: 1, arbitrary: any },
  );
  return fc.array(entry, { minLength: rows * cols, maxLength: rows * cols }).map((xs) => {
    if (form === 'object' || type === 'f32' || rows === 0 || cols === 0) {
      return { rows, cols, data: (f32 ? Float32Array : Float64Array).from(xs) };
    }
    return Array.from({ length: rows }, (_, i) => xs.slice(i * cols, (i + 1) * cols));
  });
}
const matrixKind = (fc) => fc.record({ type: fc.constantFrom('f64', 'f32'), form: fc.constantFrom('arrays', 'object') });

function matrixBadInputs(name, { binary }) {
  const ok = [[1, 2], [3, 4]];
  const wrap = (m) => (binary ? [m, ok] : [m]);
  const r = [
    bad('null', () => wrap(null), op(name)),
    bad('undefined', () => wrap(undefined), op(name)),
    bad('a string', () => wrap('[[1]]'), op(name)),
    bad('a number', () => wrap(5), op(name)),
    bad('an empty array', () => wrap([]), op(name)),
    bad('ragged rows', () => wrap([[1, 2], [3]]), op(name)),
    bad('a row that is not an array', () => wrap([[1, 2], 3]), op(name)),
    bad('a NaN entry', () => wrap([[1, NaN], [3, 4]]), op(name)),
    bad('an Infinity entry', () => wrap([[1, 2], [-Infinity, 4]]), op(name)),
    bad('a string entry', () => wrap([[1, '2'], [3, 4]]), op(name)),
    bad('a null entry', () => wrap([[1, null], [3, 4]]), op(name)),
    bad('{rows, cols, data}: data too short', () => wrap({ rows: 2, cols: 2, data: new Float64Array(3) }), op(name)),
    bad('{rows, cols, data}: negative rows', () => wrap({ rows: -2, cols: -2, data: new Float64Array(4) }), op(name)),
    bad('{rows, cols, data}: fractional cols', () => wrap({ rows: 2, cols: 1.5, data: new Float64Array(3) }), op(name)),
    bad('{rows, cols, data}: enormous rows', () => wrap({ rows: 1e9, cols: 1e9, data: new Float64Array(4) }), op(name)),
    bad('{rows, cols, data}: NaN rows', () => wrap({ rows: NaN, cols: 2, data: new Float64Array(4) }), op(name)),
    bad('{rows, cols, data}: data a plain array of strings', () => wrap({ rows: 1, cols: 1, data: ['1'] }), op(name)),
    bad('{rows, cols, data}: data with NaN', () => wrap({ rows: 1, cols: 2, data: new Float64Array([1, NaN]) }), op(name)),
  ];
  if (binary) {
    r.push(
      bad('inner dimensions differ', () => [[[1, 2, 3]], [[1, 2]]], op(name)),
      bad('2x3 times 2x3', () => [[[1, 2, 3], [4, 5, 6]], [[1, 2, 3], [4, 5, 6]]], op(name)),
      bad('f64 times f32', () => [{ rows: 1, cols: 1, data: new Float64Array(1) }, { rows: 1, cols: 1, data: new Float32Array(1) }], op(name)),
      bad('b null', () => [ok, null], op(name)),
      bad('b ragged', () => [ok, [[1], [2, 3]]], op(name)),
      bad('one argument', () => [ok], op(name)),
    );
  }
  return r;
}
/** A square matrix in the object form whose side makes `matrices` of them about `bytes`. */
const squareFor = (k, bytes, matrices, seed) => {
  const n = Math.max(2, Math.floor(Math.sqrt(bytes / 8 / matrices)));
  return k.randomMatrix(n, n, seed);
};

const multiply = {
  name: 'matrix_multiply',
  signature:
    `<A extends ${MATRIX_ANY}>(a: A, b: A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : Matrix) => ` +
    'A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>',
  description:
    'Matrix product a·b (m×k · k×n), f64 or f32; each entry summed in ascending k from +0 (identical on both backends); result in the form of a',
  complexity: 'O(m·k·n)',
  validate(args) {
    arity('matrix_multiply', args, 2);
    const a = toMatrix('matrix_multiply', 'a', args[0]);
    const b = toMatrix('matrix_multiply', 'b', args[1]);
    if (a.type !== b.type) {
      fail('matrix_multiply', 'b', `holds ${typeName(b.type)} entries but 'a' holds ${typeName(a.type)}: both must have the same element type`);
    }
    if (b.rows !== a.cols) {
      fail('matrix_multiply', 'b', `has ${b.rows} rows but 'a' has ${a.cols} columns: the inner dimensions must match`);
    }
    if (a.rows * b.cols > MAX_ENTRIES) {
      fail('matrix_multiply', 'b', `gives a ${a.rows}×${b.cols} result, more than ${MAX_ENTRIES} entries`);
    }
    // The size: the multiply-adds, except for a product with one row or one column (a dot
    // product, matrix-vector): it moves as many bytes as it computes, so the copies into the
    // heap cost more than the tiled kernel saves, at every size (measured, Node 20:
    // 1×1000·1000×1000 5.6 ms on JS, 12.8 ms on WASM; 1×10⁵·10⁵×1 1.4 vs 2.3 ms). Size 0:
    // AUTO answers with JS.
    return sized({ a, b }, a.rows < 2 || b.cols < 2 ? 0 : a.rows * a.cols * b.cols);
  },
  js: (input) => mulJs(input),
  wasm: (instance, input, threads) => mulWasm(instance, 'matrix_multiply', input, threads),
  // callBatch (js/batch.js): one arena, one C++ loop, for products of one element type
  // (null: a batch mixing f32 and f64 runs item by item).
  wasmBatch: (instance, inputs) =>
    inputs.every((x) => x.a.type === inputs[0].a.type) ? matrixMultiplyBatch(instance, 'matrix_multiply', inputs) : null,
  sample: () => [
    [
      [1, 2],
      [3, 4],
    ],
    [
      [5, 6],
      [7, 8],
    ],
  ],
  arbitrary: (fc) => {
    const dim = fc.integer({ min: 0, max: 12 });
    // 0-sized shapes come as {rows, cols, data} (arrays of arrays need a row and a column).
    return fc
      .tuple(dim, dim, dim, matrixKind(fc))
      .chain(([m, k, n, { type, form }]) => fc.tuple(matrixOf(fc, m, k, type, form), matrixOf(fc, k, n, type, form)));
  },
  badInputs: () => matrixBadInputs('matrix_multiply', { binary: true }),
  largeInput: (bytes, k) => [squareFor(k, bytes, 2, 11), squareFor(k, bytes, 2, 29)],
  sweep: (k) => ({ scales: k.geometric(2, 256, 1.2), args: (n) => [k.randomMatrix(n, n, 11), k.randomMatrix(n, n, 29)] }),
  threadSweep: (k) => ({ scales: k.geometric(8, 512, 1.5), args: (n) => [k.randomMatrix(n, n, 11), k.randomMatrix(n, n, 29)] }),
  // Batch threshold ('matrix_multiply:batch', js/calibrate.js calibrateBatch): counts at a
  // typical item (countAt: 8×8), then n×n products (size n³) at a fixed count.
  batchSweep: (k) => ({
    countAt: 8,
    items: [2, 3, 4, 6, 8, 12, 16, 24],
    item: (n, i) => [k.randomMatrix(n, n, 3 * (i % 32) + 1), k.randomMatrix(n, n, 3 * (i % 32) + 2)],
    counts: [1, 4, 16, 64, 256, 1024],
  }),
};

/** A {rows, cols, data} matrix as an array of arrays (the calibration's nested input kind). */
const nestedOf = ({ rows, cols, data }) => Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));

const transpose = {
  name: 'matrix_transpose',
  signature: '<A extends Matrix | MatrixObject<Float32Array>>(a: A) => A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>',
  description: 'Transpose (rows become columns), f64 or f32; result in the form of a',
  complexity: 'O(rows·cols)',
  validate(args) {
    arity('matrix_transpose', args, 1);
    const a = toMatrix('matrix_transpose', 'a', args[0]);
    return sized({ a }, a.rows * a.cols, a.form === 'arrays' ? ARRAYS : OBJECT);
  },
  js: (input) => trJs(input),
  wasm: (instance, input) => trWasm(instance, 'matrix_transpose', input),
  sample: () => [[[1, 2, 3]]],
  arbitrary: (fc) => {
    const dim = fc.integer({ min: 0, max: 20 });
    return fc.tuple(dim, dim, matrixKind(fc)).chain(([r, c, { type, form }]) => fc.tuple(matrixOf(fc, r, c, type, form)));
  },
  badInputs: () => matrixBadInputs('matrix_transpose', { binary: false }),
  largeInput: (bytes, k) => [squareFor(k, bytes, 1, 41)],
  sweep: (k) => ({ scales: k.geometric(2, 2048, 2), args: (n) => [k.randomMatrix(n, n, 41)] }),
  // Arrays of arrays cost differently: both backends read them into a Float64Array and
  // build the nested result, and JS builds it straight from the source (one strided pass),
  // where WASM copies in, transposes, and then makes that same pass: it loses up to 512×512
  // and wins by about 10 % from 1024×1024 (docs/performance.md, "Matrix input forms"),
  // while {rows, cols, data} gains from 32×32 on.
  kinds: ['object', 'arrays'], // validate's kinds: OBJECT, ARRAYS
  kindSweeps: {
    arrays: (k) => ({ scales: k.geometric(2, 2048, 2), args: (n) => [nestedOf(k.randomMatrix(n, n, 41))] }),
  },
};

const determinant = {
  name: 'matrix_determinant',
  signature: `(a: ${MATRIX_ANY}) => number`,
  description:
    'Determinant by LU with partial pivoting in double (first row with the largest |value| pivots; an exactly zero pivot gives 0); identical on both backends',
  complexity: 'O(n³)',
  validate(args) {
    arity('matrix_determinant', args, 1);
    const a = toMatrix('matrix_determinant', 'a', args[0]);
    if (a.rows !== a.cols) fail('matrix_determinant', 'a', `must be square, got ${a.rows}×${a.cols}`);
    return sized({ a }, a.rows * a.rows * a.rows);
  },
  js: (input) => detJs(input),
  wasm: (instance, input) => detWasm(instance, 'matrix_determinant', input),
  sample: () => [
    [
      [2, 1],
      [1, 3],
    ],
  ],
  arbitrary: (fc) => fc.tuple(fc.integer({ min: 0, max: 10 }), matrixKind(fc)).chain(([n, { type, form }]) => fc.tuple(matrixOf(fc, n, n, type, form))),
  badInputs: () => [
    ...matrixBadInputs('matrix_determinant', { binary: false }),
    bad('not square', () => [[[1, 2, 3], [4, 5, 6]]], op('matrix_determinant')),
    bad('not square ({rows, cols, data})', () => [{ rows: 1, cols: 2, data: new Float64Array(2) }], op('matrix_determinant')),
  ],
  // O(n³): capped at 400² so a call stays in the tens of milliseconds.
  largeInput: (bytes, k) => {
    const n = Math.min(400, Math.max(2, Math.floor(Math.sqrt(bytes / 8))));
    return [k.randomMatrix(n, n, 43)];
  },
  sweep: (k) => ({ scales: k.geometric(2, 400, 1.6), args: (n) => [k.randomMatrix(n, n, 43)] }),
};

export default [multiply, transpose, determinant];
