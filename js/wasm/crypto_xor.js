// WASM side of crypto_xor: copy data and key in, run the kernel, copy the result out.
import { withHeap } from './heap.js';

export function cryptoXor(instance, operation, data, key) {
  return withHeap(instance, operation, (heap, M) => {
    const dataPtr = heap.copyIn(data);
    const keyPtr = heap.copyIn(key);
    // The kernel may write in place: the input copy is ours.
    M.crypto_xor(dataPtr, data.length, keyPtr, key.length, dataPtr);
    return heap.copyOut(Uint8Array, dataPtr, data.length);
  });
}
