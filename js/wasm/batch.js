// WASM side of the batch kernels (cpp/core/batch.hpp, issue 14): every item of a batch is
// copied into one heap arena, one C++ call loops over the items, and every result is read
// back from the arena. One HeapScope, freed when the batch ends, whatever happens.
import { withHeap } from './heap.js';
import { lengthOf } from '../boundary.js';
import { limbsToBigInt } from './numeric.js';
import { readOut } from './matrix.js';
import { checkStatus } from './status.js';

// Hex digits of a byte as two ASCII codes in one 16-bit unit (little-endian: WebAssembly
// and every engine that runs it). All digests become one ASCII text, decoded once; each
// result is a 64-character slice of it (measured, 10 000 digests: 3 ms against 18-25 ms
// for string concatenation per byte).
const HEX_PAIRS = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  const hex = i.toString(16).padStart(2, '0');
  HEX_PAIRS[i] = hex.charCodeAt(0) | (hex.charCodeAt(1) << 8);
}
let ascii = null; // TextDecoder, made on first use ('latin1' is windows-1252: ASCII for hex digits)

/** SHA-256 of each item's bytes (`items[i]`: a byte view), as lowercase hex. */
export function sha256Batch(instance, operation, items) {
  const count = items.length;
  let total = 0;
  for (let i = 0; i < count; i++) total += lengthOf(items[i]);
  return withHeap(instance, operation, (heap, M) => {
    const dataPtr = heap.alloc(total);
    const offsetsPtr = heap.alloc((count + 1) * 4);
    const digestsPtr = heap.alloc(count * 32);
    // Views after the last allocation (growth detaches earlier ones).
    const arena = heap.view(Uint8Array, dataPtr, total);
    const offsets = heap.view(Uint32Array, offsetsPtr, count + 1);
    let at = 0;
    for (let i = 0; i < count; i++) {
      offsets[i] = at;
      const bytes = heap.live(items[i]);
      arena.set(bytes, at);
      at += lengthOf(bytes);
    }
    offsets[count] = at;
    checkStatus(instance, operation, M.crypto_sha256_batch(dataPtr, offsetsPtr, count, digestsPtr));
    const digests = heap.view(Uint8Array, digestsPtr, count * 32);
    const pairs = new Uint16Array(count * 32);
    for (let j = 0; j < pairs.length; j++) pairs[j] = HEX_PAIRS[digests[j]];
    const text = (ascii ??= new TextDecoder('latin1')).decode(pairs);
    const out = new Array(count);
    for (let i = 0; i < count; i++) out[i] = text.slice(64 * i, 64 * i + 64);
    return out;
  });
}

/** Exact F(ns[i]) for each item: a Number up to n = safeMax, a BigInt beyond. */
export function fibonacciBatch(instance, operation, ns, safeMax) {
  const count = ns.length;
  return withHeap(instance, operation, (heap, M) => {
    const nsPtr = heap.alloc(count * 4);
    heap.view(Uint32Array, nsPtr, count).set(ns);
    const cap = M.numeric_fibonacci_batch_capacity(nsPtr, count);
    const outPtr = heap.alloc(cap * 4);
    const startsPtr = heap.alloc(count * 4);
    const lensPtr = heap.alloc(count * 4);
    checkStatus(instance, operation, M.numeric_fibonacci_batch(nsPtr, count, outPtr, cap, startsPtr, lensPtr));
    const limbs = heap.view(Uint32Array, outPtr, cap);
    const starts = heap.view(Uint32Array, startsPtr, count);
    const lens = heap.view(Uint32Array, lensPtr, count);
    const out = new Array(count);
    for (let i = 0; i < count; i++) {
      const s = starts[i];
      if (ns[i] <= safeMax) out[i] = lens[i] === 0 ? 0 : limbs[s] + (lens[i] > 1 ? limbs[s + 1] * 4294967296 : 0);
      else out[i] = limbsToBigInt(limbs.subarray(s, s + lens[i]));
    }
    return out;
  });
}

/**
 * a_i · b_i for validated operands of one element type (`items[i]`: { a, b } as
 * js/registry/matrix.js makes them); each result in the form of its own first operand.
 */
export function matrixMultiplyBatch(instance, operation, items) {
  const count = items.length;
  const f32 = items[0].a.type === 'f32';
  const Type = f32 ? Float32Array : Float64Array;
  let aTotal = 0;
  let bTotal = 0;
  let cTotal = 0;
  for (let i = 0; i < count; i++) {
    const { a, b } = items[i];
    aTotal += a.rows * a.cols;
    bTotal += b.rows * b.cols;
    cTotal += a.rows * b.cols;
  }
  const size = Type.BYTES_PER_ELEMENT;
  return withHeap(instance, operation, (heap, M) => {
    const pa = heap.alloc(aTotal * size);
    const pb = heap.alloc(bTotal * size);
    const pc = heap.alloc(cTotal * size);
    const pd = heap.alloc(count * 12);
    const va = heap.view(Type, pa, aTotal);
    const vb = heap.view(Type, pb, bTotal);
    const dims = heap.view(Uint32Array, pd, count * 3);
    let ai = 0;
    let bi = 0;
    for (let i = 0; i < count; i++) {
      const { a, b } = items[i];
      va.set(heap.live(a.data), ai);
      vb.set(heap.live(b.data), bi);
      ai += a.rows * a.cols;
      bi += b.rows * b.cols;
      dims[3 * i] = a.rows;
      dims[3 * i + 1] = a.cols;
      dims[3 * i + 2] = b.cols;
    }
    const multiply = f32 ? M.matrix_multiply_batch_f32 : M.matrix_multiply_batch_f64;
    checkStatus(instance, operation, multiply(pa, pb, pc, pd, count));
    const out = new Array(count);
    // Object-form results as new arrays set from one view of the arena: for small
    // products that is several times faster than slicing the heap's buffer per item.
    const vc = heap.view(Type, pc, cTotal);
    let ci = 0;
    for (let i = 0; i < count; i++) {
      const { a, b } = items[i];
      const n = a.rows * b.cols;
      if (a.form === 'object') {
        const data = new Type(n);
        data.set(vc.subarray(ci, ci + n));
        out[i] = { rows: a.rows, cols: b.cols, data };
      } else out[i] = readOut(heap, pc + ci * size, a, a.rows, b.cols);
      ci += n;
    }
    return out;
  });
}
