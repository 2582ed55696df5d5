// WASM side of data_sort: typed arrays (and plain numbers, as a Float64Array) are
// radix-sorted in the heap; strings are sorted as an index permutation over their
// UTF-16 code units, and the permutation applied to the caller's strings.
import { withHeap } from './heap.js';
import { elementTypeCode } from './element_type.js';
import { TYPED_ARRAYS, lengthOf, typeOf } from '../boundary.js';
import { checkStatus } from './status.js';

function sortTyped(instance, operation, array) {
  return withHeap(instance, operation, (heap, M) => {
    // (`array` may be the caller's own: lengthOf and typeOf, never its own properties.)
    const n = lengthOf(array);
    const ptr = heap.copyOwned(array); // sorted in place: never the caller's WasmArray
    checkStatus(instance, operation, M.data_sort_typed(ptr, n, elementTypeCode(array)));
    return heap.copyOut(TYPED_ARRAYS[typeOf(array)], ptr, n);
  });
}

function sortStrings(instance, operation, strings) {
  const n = strings.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += strings[i].length;
  return withHeap(instance, operation, (heap, M) => {
    const unitsPtr = heap.alloc(total * 2);
    const offsetsPtr = heap.alloc((n + 1) * 4);
    const orderPtr = heap.alloc(n * 4);
    const units = heap.view(Uint16Array, unitsPtr, total);
    const offsets = heap.view(Uint32Array, offsetsPtr, n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const s = strings[i];
      offsets[i] = at;
      for (let j = 0; j < s.length; j++) units[at + j] = s.charCodeAt(j);
      at += s.length;
    }
    offsets[n] = at;
    checkStatus(instance, operation, M.data_sort_strings(unitsPtr, offsetsPtr, n, orderPtr));
    const order = heap.view(Uint32Array, orderPtr, n);
    const out = new Array(n);
    for (let k = 0; k < n; k++) out[k] = strings[order[k]];
    return out;
  });
}

export function dataSort(instance, operation, { kind, array }) {
  if (kind === 'typed') return sortTyped(instance, operation, array);
  if (kind === 'numbers') return Array.from(sortTyped(instance, operation, array)); // a Float64Array of the numbers
  return sortStrings(instance, operation, array);
}
