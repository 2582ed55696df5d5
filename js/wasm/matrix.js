// WASM side of the matrix_ family: copy the operands into the heap, run the kernel, copy
// the result out in the form of the first operand. Arrays of arrays arrive read into a
// Float64Array by the snapshot (js/registry/matrix.js); results in that form are read
// straight out of a typed view of the heap, with no intermediate array.
import { WasmMemoryError } from '../errors.js';
import { withHeap } from './heap.js';

const STATUS_OK = 0;
const STATUS_OUT_OF_MEMORY = 2;

const typeOf = (input) => (input.type === 'f32' ? Float32Array : Float64Array);

function allocMatrix(heap, Type, rows, cols) {
  return heap.alloc(rows * cols * Type.BYTES_PER_ELEMENT);
}

// Call after every allocation of the call: a view made earlier dies if the memory grows.
function fill(heap, ptr, input) {
  heap.view(typeOf(input), ptr, input.rows * input.cols).set(input.data);
}

function readOut(heap, ptr, like, rows, cols) {
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

function check(status, instance, operation, scratchBytes) {
  if (status === STATUS_OK) return;
  if (status === STATUS_OUT_OF_MEMORY) {
    throw new WasmMemoryError({ operation, neededBytes: scratchBytes, limitBytes: instance.maxBytes });
  }
  // Validation rules out every other status: reaching here is an internal error, which
  // the selector reports and answers with JS.
  throw new Error(`${operation}: kernel returned status ${status}`);
}

export function matrixMultiply(instance, operation, { a, b }) {
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
    const status = a.type === 'f32' ? M.matrix_multiply_f32(pa, pb, pc, m, k, n) : M.matrix_multiply_f64(pa, pb, pc, m, k, n);
    // The kernel's scratch: one k-panel of packed b plus one packed block of a.
    check(status, instance, operation, (Math.min(k, 512) * (n + 8) + 64 * 512) * Type.BYTES_PER_ELEMENT);
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
    view.set(a.data);
    return M.matrix_determinant_f64(pa, n);
  });
}
