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
import { arity, describe, fail, toCount } from '../validate.js';

// Far above anything useful in a 4 GiB heap; keeps rows*cols exact and allocations sane.
const MAX_DIMENSION = 2 ** 30;
const MAX_ENTRIES = 2 ** 28;

const typeName = (type) => (type === 'f32' ? 'Float32' : 'Float64');

function badEntry(operation, argument, i, j, v) {
  if (typeof v !== 'number') fail(operation, argument, `entry [${i}][${j}] must be a number, got ${describe(v)}`);
  fail(operation, argument, `entry [${i}][${j}] must be finite, got ${v}`);
}

function fromArrays(operation, argument, value) {
  const rows = value.length;
  if (rows === 0) {
    fail(operation, argument, 'has no rows: an empty array has no column count (use {rows: 0, cols, data} for an empty matrix)');
  }
  const first = value[0];
  if (!Array.isArray(first)) fail(operation, argument, `row 0 must be an array of numbers, got ${describe(first)}`);
  const cols = first.length;
  if (cols === 0) fail(operation, argument, 'row 0 is empty: rows need at least one entry');
  if (rows > MAX_DIMENSION || cols > MAX_DIMENSION) fail(operation, argument, `is too large (${rows}×${cols})`);
  for (let i = 0; i < rows; i++) {
    const row = value[i];
    if (!Array.isArray(row)) fail(operation, argument, `row ${i} must be an array of numbers, got ${describe(row)}`);
    if (row.length !== cols) fail(operation, argument, `row ${i} has ${row.length} entries, expected ${cols}`);
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      // v - v is 0 exactly for finite numbers (NaN and ±Infinity give NaN).
      if (typeof v !== 'number' || v - v !== 0) badEntry(operation, argument, i, j, v);
    }
  }
  return { form: 'arrays', type: 'f64', rows, cols, arrays: value };
}

function fromObject(operation, argument, value) {
  const { data } = value;
  let type;
  if (data instanceof Float64Array) type = 'f64';
  else if (data instanceof Float32Array) type = 'f32';
  else fail(operation, argument, `data must be a Float64Array or a Float32Array, got ${describe(data)}`);
  const rows = toCount(operation, `${argument}.rows`, value.rows, { max: MAX_DIMENSION });
  const cols = toCount(operation, `${argument}.cols`, value.cols, { max: MAX_DIMENSION });
  if (data.length !== rows * cols) {
    fail(operation, argument, `data has ${data.length} entries, expected rows*cols = ${rows}*${cols} = ${rows * cols}`);
  }
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v - v !== 0) badEntry(operation, argument, Math.floor(i / cols), i % cols, v);
  }
  return { form: 'object', type, rows, cols, data };
}

/** A validated, normalised matrix: { form, type, rows, cols, arrays? , data? }. */
export function toMatrix(operation, argument, value) {
  if (Array.isArray(value)) return fromArrays(operation, argument, value);
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    return fromObject(operation, argument, value);
  }
  fail(operation, argument, `must be an array of arrays of numbers or {rows, cols, data}, got ${describe(value)}`);
}

const MATRIX_ANY = 'Matrix | MatrixObject<Float32Array>';

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
    return { a, b };
  },
  size: ({ a, b }) => a.rows * a.cols * b.cols,
  js: (input) => mulJs(input),
  wasm: (instance, input, threads) => mulWasm(instance, 'matrix_multiply', input, threads),
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
};

const transpose = {
  name: 'matrix_transpose',
  signature: '<A extends Matrix | MatrixObject<Float32Array>>(a: A) => A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>',
  description: 'Transpose (rows become columns), f64 or f32; result in the form of a',
  complexity: 'O(rows·cols)',
  validate(args) {
    arity('matrix_transpose', args, 1);
    return { a: toMatrix('matrix_transpose', 'a', args[0]) };
  },
  size: ({ a }) => a.rows * a.cols,
  js: (input) => trJs(input),
  wasm: (instance, input) => trWasm(instance, 'matrix_transpose', input),
  sample: () => [[[1, 2, 3]]],
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
    return { a };
  },
  size: ({ a }) => a.rows * a.rows * a.rows,
  js: (input) => detJs(input),
  wasm: (instance, input) => detWasm(instance, 'matrix_determinant', input),
  sample: () => [
    [
      [2, 1],
      [1, 3],
    ],
  ],
};

export default [multiply, transpose, determinant];
