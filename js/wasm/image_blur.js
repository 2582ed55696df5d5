// WASM side of image_blur: copy the pixels in, blur into a second buffer, copy out.
import { withHeap } from './heap.js';
import { checkStatus } from './status.js';

const KIND_CODES = { box: 0, gaussian: 1 };
/** `threads`: the policy's decision for this call (js/policy.js). */
export function imageBlur(instance, operation, data, width, height, kind, radius, threads) {
  return withHeap(instance, operation, (heap, M) => {
    const inPtr = heap.copyIn(data);
    const outPtr = heap.alloc(data.length);
    checkStatus(instance, operation, M.image_blur(inPtr, outPtr, width, height, KIND_CODES[kind], radius, threads));
    return heap.copyOut(Uint8Array, outPtr, data.length);
  });
}
