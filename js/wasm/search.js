// WASM side of the search_ family: copy the array or text in, run the kernel, free.
import { withHeap } from './heap.js';
import { elementTypeCode } from './element_type.js';
import { lengthOf } from '../boundary.js';

export function searchBinary(instance, operation, array, target) {
  return withHeap(instance, operation, (heap, M) => M.search_binary(heap.copyIn(array), lengthOf(array), elementTypeCode(array), target));
}

export function searchLinear(instance, operation, array, target) {
  return withHeap(instance, operation, (heap, M) => M.search_linear(heap.copyIn(array), lengthOf(array), elementTypeCode(array), target));
}

// Lone surrogates become U+FFFD in UTF-8, which could make different strings match, so
// only well-formed strings take the (faster, half-size) UTF-8 path.
const isWellFormed =
  typeof String.prototype.isWellFormed === 'function'
    ? (s) => s.isWellFormed()
    : (s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

const encoder = new TextEncoder();

function copyUtf8In(heap, text) {
  // Browsers' encodeInto refuses views of shared memory (the simd-threads build; Node
  // allows them): encode into a private buffer there and copy that in.
  if (!(heap.instance.memory.buffer instanceof ArrayBuffer)) {
    const bytes = encoder.encode(text);
    return [heap.copyOwned(bytes), bytes.length];
  }
  const capacity = text.length * 3;
  const ptr = heap.alloc(capacity);
  const { written } = encoder.encodeInto(text, heap.view(Uint8Array, ptr, capacity));
  return [ptr, written];
}

function copyUtf16In(heap, text) {
  const ptr = heap.alloc(text.length * 2);
  const units = heap.view(Uint16Array, ptr, text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return ptr;
}

export function searchContains(instance, operation, { text, pattern, strings }) {
  return withHeap(instance, operation, (heap, M) => {
    if (!strings) return M.search_contains8(heap.copyIn(text), lengthOf(text), heap.copyIn(pattern), lengthOf(pattern)) >= 0;
    if (isWellFormed(text) && isWellFormed(pattern)) {
      const [t, n] = copyUtf8In(heap, text);
      const [p, m] = copyUtf8In(heap, pattern);
      return M.search_contains8(t, n, p, m) >= 0;
    }
    const t = copyUtf16In(heap, text);
    const p = copyUtf16In(heap, pattern);
    return M.search_contains16(t, text.length, p, pattern.length) >= 0;
  });
}
