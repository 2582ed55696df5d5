// JS fallback for crypto_hash: FNV-1a 32-bit, the same as cpp/core/crypto.cpp.
// Non-cryptographic: fast and well spread, trivially forgeable.

export function fnv1a32(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}
