// WASM side of image_blur: copy the pixels in, blur into a second buffer, copy out.
import { WasmMemoryError } from '../errors.js';
import { withHeap } from './heap.js';

const KIND_CODES = { box: 0, gaussian: 1 };
const STATUS_OUT_OF_MEMORY = 2;

export function imageBlur(instance, operation, data, width, height, kind, radius) {
  return withHeap(instance, operation, (heap, M) => {
    const inPtr = heap.copyIn(data);
    const outPtr = heap.alloc(data.length);
    const status = M.image_blur(inPtr, outPtr, width, height, KIND_CODES[kind], radius);
    if (status === STATUS_OUT_OF_MEMORY) {
      // The kernel's own scratch (a second image plus a row) did not fit.
      throw new WasmMemoryError({ operation, neededBytes: data.length + (width + 2 * radius) * 20, limitBytes: instance.maxBytes });
    }
    if (status !== 0) throw new Error(`${operation}: kernel status ${status} for validated input`);
    return heap.copyOut(Uint8Array, outPtr, data.length);
  });
}
