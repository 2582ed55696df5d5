// WASM side of crypto_xor: the data streams through one heap chunk (copy in, XOR in
// place, copy out into the result), so the heap holds at most CHUNK bytes whatever the
// size, and the chunk stays in the CPU cache between the three passes over it. When the
// data and the result are both WasmArrays of this heap (js/wasm-array.js), nothing is
// copied: the kernel runs once from one to the other.
import { withHeap } from './heap.js';
import { lengthOf, subarrayOf } from '../boundary.js';

/** Bytes per round trip; at most 1 MiB of heap whatever the size; measured against 128 KiB–2 MiB, 1 MiB was fastest at 1 MB and 10 MB. */
export const XOR_CHUNK_BYTES = 1024 * 1024;

export function cryptoXor(instance, operation, data, key, out, n = lengthOf(data), keyLength = lengthOf(key)) {
  const result = out ?? new Uint8Array(n);
  if (n === 0) return result;
  return withHeap(instance, operation, (heap, M) => {
    const dataAt = heap.addressOf(data);
    const outAt = out === undefined ? -1 : heap.addressOf(out);
    const keyPtr = heap.copyIn(key);
    if (dataAt >= 0 && outAt >= 0) {
      M.crypto_xor(dataAt, n, keyPtr, keyLength, outAt, 0);
      return result;
    }
    const chunk = Math.min(n, XOR_CHUNK_BYTES);
    const ptr = heap.alloc(chunk);
    // Made after the last allocation, and the kernel allocates nothing: they stay valid.
    const window = heap.view(Uint8Array, ptr, chunk);
    const source = heap.live(data);
    const target = heap.live(result);
    for (let off = 0; off < n; off += chunk) {
      const len = Math.min(chunk, n - off);
      const w = len === chunk ? window : window.subarray(0, len);
      w.set(len === n ? source : subarrayOf(source, off, off + len));
      M.crypto_xor(ptr, len, keyPtr, keyLength, ptr, off % keyLength);
      target.set(w, off);
    }
    return result;
  });
}
