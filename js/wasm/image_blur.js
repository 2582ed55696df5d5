// WASM side of image_blur: copy the pixels in, blur into a second buffer, copy out. With
// options.out a WasmArray of this heap (js/wasm-array.js) the kernel writes straight into
// it, and pixels that are a WasmArray are read where they are: nothing is copied.
import { withHeap } from './heap.js';
import { checkStatus } from './status.js';

const KIND_CODES = { box: 0, gaussian: 1 };
/** `threads`: the policy's decision for this call (js/policy.js). `out`: a view to write into, or undefined. */
export function imageBlur(instance, operation, data, width, height, kind, radius, threads, out) {
  return withHeap(instance, operation, (heap, M) => {
    const inPtr = heap.copyIn(data);
    const outAt = out === undefined ? -1 : heap.addressOf(out);
    const outPtr = outAt >= 0 ? outAt : heap.alloc(data.length);
    checkStatus(instance, operation, M.image_blur(inPtr, outPtr, width, height, KIND_CODES[kind], radius, threads));
    if (out === undefined) return heap.copyOut(Uint8Array, outPtr, data.length);
    if (outAt < 0) heap.live(out).set(heap.view(Uint8Array, outPtr, data.length));
    return out;
  });
}
