// WASM side of the string_ family. Strings cross as UTF-16 code units written straight
// into the heap (no UTF-8 step, so lone surrogates survive and indices stay simple).
import { unitsToString } from '../fallbacks/string.js';
import { withHeap } from './heap.js';
import { checkStatus } from './status.js';

// Node's Buffer writes a string's code units as they are (lone surrogates included)
// straight into the heap, ~50x faster than a charCodeAt loop, which browsers use.
const NodeBuffer = globalThis.Buffer;

function copyStringIn(heap, s) {
  const ptr = heap.alloc(s.length * 2);
  if (NodeBuffer) {
    NodeBuffer.from(heap.instance.memory.buffer, ptr, s.length * 2).write(s, 'utf16le');
    return ptr;
  }
  const view = heap.view(Uint16Array, ptr, s.length);
  for (let i = 0; i < s.length; i++) view[i] = s.charCodeAt(i);
  return ptr;
}

export function stringReverse(instance, operation, s) {
  return withHeap(instance, operation, (heap, M) => {
    const inPtr = copyStringIn(heap, s);
    const outPtr = heap.alloc(s.length * 2);
    M.string_reverse(inPtr, s.length, outPtr);
    return unitsToString(heap.view(Uint16Array, outPtr, s.length));
  });
}

export function stringIsPalindrome(instance, operation, s) {
  return withHeap(instance, operation, (heap, M) => M.string_is_palindrome(copyStringIn(heap, s), s.length));
}

export function stringFrequency(instance, operation, s) {
  return withHeap(instance, operation, (heap, M) => {
    const inPtr = copyStringIn(heap, s);
    const cap = Math.min(s.length, 0x110000);
    const cps = heap.alloc(cap * 4);
    const counts = heap.alloc(cap * 4);
    const distinctAt = heap.alloc(4);
    checkStatus(instance, operation, M.string_frequency(inPtr, s.length, cps, counts, cap, distinctAt));
    const distinct = heap.view(Uint32Array, distinctAt, 1)[0];
    const cpView = heap.view(Uint32Array, cps, distinct);
    const countView = heap.view(Uint32Array, counts, distinct);
    const result = new Map();
    for (let i = 0; i < distinct; i++) result.set(String.fromCodePoint(cpView[i]), countView[i]);
    return result;
  });
}

export function stringLongestSubstring(instance, operation, s, chars) {
  return withHeap(instance, operation, (heap, M) => {
    const sPtr = copyStringIn(heap, s);
    const cPtr = copyStringIn(heap, chars);
    const out = heap.alloc(4);
    checkStatus(instance, operation, M.string_longest_substring(sPtr, s.length, cPtr, chars.length, out));
    return heap.view(Uint32Array, out, 1)[0];
  });
}
