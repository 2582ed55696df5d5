// JS fallback for crypto_hash: FNV-1a 32-bit, the same as cpp/core/crypto.cpp.
// Non-cryptographic: fast and well spread, trivially forgeable.
import { lengthOf } from '../boundary.js';

export function fnv1a32(bytes) {
  let h = 0x811c9dc5;
  const n = lengthOf(bytes);
  for (let i = 0; i < n; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}
