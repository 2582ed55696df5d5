// JS fallback for crypto_xor_encrypt / crypto_xor_decrypt: the same bytes as
// cpp/core/crypto_xor.cpp. Works on 32-bit words when the key pattern and the output's
// alignment allow it. `data` and `key` may be the caller's own arrays: read by index and
// lengthOf only (js/boundary.js); `out` is ours or an owned view.
import { lengthOf } from '../boundary.js';

/**
 * out[i] = data[i] ^ key[i % key.length], into `out` (a new array when not given); `n` and
 * `keyLen` are data's and key's lengths when the caller has them already.
 */
export function cryptoXor(data, key, given, n = lengthOf(data), keyLen = lengthOf(key)) {
  if (n === 0) return given ?? new Uint8Array(0);
  // A copy of data to XOR in place (the engine's own copy, from the array's slots); into a
  // given out with memmove semantics: also right when out is data itself.
  let out = given;
  if (out === undefined) out = new Uint8Array(data);
  else out.set(data);
  // A key pattern of keyLen*4 bytes lines up with 32-bit words; use it when data is
  // large enough, the key small and the output 4-byte aligned.
  if (keyLen <= 64 && n >= 256 && out.byteOffset % 4 === 0) {
    const period = keyLen * 4;
    const pattern = new Uint8Array(period);
    for (let i = 0; i < period; i++) pattern[i] = key[i % keyLen];
    const words = n >>> 2;
    const out32 = new Uint32Array(out.buffer, out.byteOffset, words);
    const pat32 = new Uint32Array(pattern.buffer);
    const periodWords = keyLen;
    let p = 0;
    for (let w = 0; w < words; w++) {
      out32[w] ^= pat32[p];
      if (++p === periodWords) p = 0;
    }
    for (let i = words * 4; i < n; i++) out[i] ^= pattern[i % period];
    return out;
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    out[i] ^= key[k];
    if (++k === keyLen) k = 0;
  }
  return out;
}
