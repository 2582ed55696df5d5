// JS fallback for the matrix_ family: bit-identical to cpp/core/matrix*.cpp because every
// rounding happens in the same order (see cpp/core/matrix.hpp):
//   multiply f64: c[i][j] = (((0 + a[i][0]*b[0][j]) + a[i][1]*b[1][j]) + ...), ascending k;
//   multiply f32: the same in float: the product is Math.fround-ed, and the store into a
//     Float32Array rounds the sum (double rounding is exact for one float + or *,
//     since 53 >= 2*24 + 2);
//   determinant: the LU order documented at matrixDeterminantInPlace.
// Inputs arrive validated and normalised by js/registry/matrix.js:
//   { form: 'arrays' | 'object', type: 'f64' | 'f32', rows, cols, data } (row-major; an
//   array of arrays has been read into a Float64Array there).

/** Rows of a row-major typed array as an array of plain arrays. */
export function toArrays(data, rows, cols) {
  const out = new Array(rows);
  for (let i = 0; i < rows; i++) {
    // Preallocated (holey) rows fill about 5x faster than push() in V8.
    const row = new Array(cols);
    const base = i * cols;
    for (let j = 0; j < cols; j++) row[j] = data[base + j];
    out[i] = row;
  }
  return out;
}

/** The result in the form of the first operand. */
export function inFormOf(input, data, rows, cols) {
  return input.form === 'arrays' ? toArrays(data, rows, cols) : { rows, cols, data };
}

// i-k-j product: the inner loop runs along rows of b and c, so both are read in order.
// Four k steps share one pass over the row of c (a quarter of the loads and stores of c);
// the sum is still written left to right, so each c[i][j] keeps the ascending-k order.
export function multiplyF64(a, b, m, k, n) {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    const ai = i * k;
    let p = 0;
    for (; p + 4 <= k; p += 4) {
      const a0 = a[ai + p];
      const a1 = a[ai + p + 1];
      const a2 = a[ai + p + 2];
      const a3 = a[ai + p + 3];
      const b0 = p * n;
      const b1 = b0 + n;
      const b2 = b1 + n;
      const b3 = b2 + n;
      for (let j = 0; j < n; j++) {
        c[ci + j] = c[ci + j] + a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
      }
    }
    for (; p < k; p++) {
      const aip = a[ai + p];
      const bp = p * n;
      for (let j = 0; j < n; j++) c[ci + j] += aip * b[bp + j];
    }
  }
  return c;
}

// The same in float: every product and every partial sum goes through Math.fround, as
// the C++ float arithmetic rounds them (the store into c rounds the last sum).
export function multiplyF32(a, b, m, k, n) {
  const c = new Float32Array(m * n);
  const f = Math.fround;
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    const ai = i * k;
    let p = 0;
    for (; p + 4 <= k; p += 4) {
      const a0 = a[ai + p];
      const a1 = a[ai + p + 1];
      const a2 = a[ai + p + 2];
      const a3 = a[ai + p + 3];
      const b0 = p * n;
      const b1 = b0 + n;
      const b2 = b1 + n;
      const b3 = b2 + n;
      for (let j = 0; j < n; j++) {
        c[ci + j] =
          f(f(f(c[ci + j] + f(a0 * b[b0 + j])) + f(a1 * b[b1 + j])) + f(a2 * b[b2 + j])) + f(a3 * b[b3 + j]);
      }
    }
    for (; p < k; p++) {
      const aip = a[ai + p];
      const bp = p * n;
      for (let j = 0; j < n; j++) c[ci + j] += f(aip * b[bp + j]);
    }
  }
  return c;
}

export function matrixMultiply({ a, b }) {
  const m = a.rows;
  const k = a.cols;
  const n = b.cols;
  const c = a.type === 'f32' ? multiplyF32(a.data, b.data, m, k, n) : multiplyF64(a.data, b.data, m, k, n);
  return inFormOf(a, c, m, n);
}

export function matrixTranspose({ a }) {
  const { rows, cols } = a;
  const src = a.data;
  if (a.form === 'arrays') {
    const out = new Array(cols);
    for (let j = 0; j < cols; j++) {
      const row = new Array(rows);
      for (let i = 0; i < rows; i++) row[i] = src[i * cols + j];
      out[j] = row;
    }
    return out;
  }
  const dst = new src.constructor(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) dst[j * rows + i] = src[i * cols + j];
  return { rows: cols, cols: rows, data: dst };
}

/** Determinant of the n×n row-major `m`, which is overwritten (pass a copy). */
export function determinantInPlace(m, n) {
  let negate = false;
  let det = 1;
  for (let c = 0; c < n; c++) {
    let pivotRow = c;
    let best = Math.abs(m[c * n + c]);
    for (let r = c + 1; r < n; r++) {
      const v = Math.abs(m[r * n + c]);
      if (v > best) {
        best = v;
        pivotRow = r;
      }
    }
    if (m[pivotRow * n + c] === 0) return 0;
    if (pivotRow !== c) {
      for (let j = 0; j < n; j++) {
        const t = m[c * n + j];
        m[c * n + j] = m[pivotRow * n + j];
        m[pivotRow * n + j] = t;
      }
      negate = !negate;
    }
    const pivot = m[c * n + c];
    const pr = c * n;
    for (let r = c + 1; r < n; r++) {
      const row = r * n;
      const f = m[row + c] / pivot;
      for (let j = c + 1; j < n; j++) m[row + j] = m[row + j] - f * m[pr + j];
    }
    det = det * pivot;
  }
  return negate ? -det : det;
}

export function matrixDeterminant({ a }) {
  // f32 entries widen to double exactly; the elimination always runs in double.
  const work = Float64Array.from(a.data);
  return determinantInPlace(work, a.rows);
}
