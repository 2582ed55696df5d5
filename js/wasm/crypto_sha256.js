// WASM side of crypto_sha256: copy the bytes in, hash, read the 32-byte digest as hex.
import { withHeap } from './heap.js';
import { lengthOf } from '../boundary.js';

export function sha256Hex(instance, operation, bytes) {
  return withHeap(instance, operation, (heap, M) => {
    const dataPtr = heap.copyIn(bytes);
    const digestPtr = heap.alloc(32);
    M.crypto_sha256(dataPtr, lengthOf(bytes), digestPtr);
    const digest = heap.view(Uint8Array, digestPtr, 32);
    let hex = '';
    for (let i = 0; i < 32; i++) hex += (digest[i] < 16 ? '0' : '') + digest[i].toString(16);
    return hex;
  });
}
