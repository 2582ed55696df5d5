// WASM side of crypto_hash: copy the bytes in, hash, free.
import { withHeap } from './heap.js';
import { lengthOf } from '../boundary.js';

export function fnv1a32(instance, operation, bytes) {
  return withHeap(instance, operation, (heap, M) => M.crypto_hash(heap.copyIn(bytes), lengthOf(bytes)) >>> 0);
}
