// WASM side of science_integrate: the expression goes in as UTF-8, the kernel writes the
// result (or the error position) into an 8-byte slot.
import { ExprError } from '../fallbacks/science_expr.js';
import { withHeap } from './heap.js';
import { memoryError } from './status.js';

const utf8 = new TextEncoder();

/** {value} or {error, position}, like the JS fallback. */
export function scienceIntegrate(instance, operation, text, a, b, n) {
  return withHeap(instance, operation, (heap, M) => {
    const bytes = utf8.encode(text);
    const textPtr = heap.copyIn(bytes);
    const outPtr = heap.alloc(8);
    const code = M.science_integrate(textPtr, bytes.length, a, b, n, outPtr);
    const slot = heap.view(Float64Array, outPtr, 1)[0];
    if (code === ExprError.None) return { value: slot };
    if (code === ExprError.OutOfMemory) {
      throw memoryError(instance, operation, M.take_failed_allocation());
    }
    return { error: code, position: slot };
  });
}
