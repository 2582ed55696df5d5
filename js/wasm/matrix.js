// WASM side of the matrix_ family: copy the operands into the heap, run the kernel, copy
// the result out in the form of the first operand. Arrays of arrays arrive read into a
// Float64Array by the snapshot (js/registry/matrix.js); results in that form are read
// straight out of a typed view of the heap, with no intermediate array.
import { withHeap } from './heap.js';
import { checkStatus } from './status.js';

const typeOf = (input) => (input.type === 'f32' ? Float32Array : Float64Array);

function allocMatrix(heap, Type, rows, cols) {
  return heap.alloc(rows * cols * Type.BYTES_PER_ELEMENT);
}

// Call after every allocation of the call: a view made earlier dies if the memory grows.
function fill(heap, ptr, input) {
  heap.view(typeOf(input), ptr, input.rows * input.cols).set(heap.live(input.data));
}

export function readOut(heap, ptr, like, rows, cols) {
  const Type = typeOf(like);
  if (like.form === 'object') return { rows, cols, data: heap.copyOut(Type, ptr, rows * cols) };
  const view = heap.view(Type, ptr, rows * cols);
  const out = new Array(rows);
  for (let i = 0; i < rows; i++) {
    // Preallocated (holey) rows fill about 5x faster than push() in V8.
    const row = new Array(cols);
    const base = i * cols;
    for (let j = 0; j < cols; j++) row[j] = view[base + j];
    out[i] = row;
  }
  return out;
}

/** `threads`: the policy's decision for this call (js/policy.js). */
export function matrixMultiply(instance, operation, { a, b }, threads) {
  return withHeap(instance, operation, (heap, M) => {
    const Type = typeOf(a);
    const m = a.rows;
    const k = a.cols;
    const n = b.cols;
    const pa = allocMatrix(heap, Type, m, k);
    const pb = allocMatrix(heap, Type, k, n);
    const pc = allocMatrix(heap, Type, m, n);
    fill(heap, pa, a);
    fill(heap, pb, b);
    const multiply = a.type === 'f32' ? M.matrix_multiply_f32 : M.matrix_multiply_f64;
    checkStatus(instance, operation, multiply(pa, pb, pc, m, k, n, threads));
    return readOut(heap, pc, a, m, n);
  });
}

export function matrixTranspose(instance, operation, { a }) {
  return withHeap(instance, operation, (heap, M) => {
    const Type = typeOf(a);
    const { rows, cols } = a;
    const pa = allocMatrix(heap, Type, rows, cols);
    const pt = allocMatrix(heap, Type, cols, rows);
    fill(heap, pa, a);
    if (a.type === 'f32') M.matrix_transpose_f32(pa, pt, rows, cols);
    else M.matrix_transpose_f64(pa, pt, rows, cols);
    return readOut(heap, pt, a, cols, rows);
  });
}

export function matrixDeterminant(instance, operation, { a }) {
  return withHeap(instance, operation, (heap, M) => {
    const n = a.rows;
    const pa = allocMatrix(heap, Float64Array, n, n);
    // f32 entries widen to double exactly (TypedArray.set converts), as in the fallback.
    const view = heap.view(Float64Array, pa, n * n);
    view.set(heap.live(a.data));
    return M.matrix_determinant_f64(pa, n);
  });
}
