// WASM side of image_grayscale: in place on the heap copy, then copied out.
import { withHeap } from './heap.js';

export function imageGrayscale(instance, operation, data) {
  return withHeap(instance, operation, (heap, M) => {
    const ptr = heap.copyOwned(data); // in place: never the caller's WasmArray
    M.image_grayscale(ptr, ptr, data.length / 4);
    return heap.copyOut(Uint8Array, ptr, data.length);
  });
}
