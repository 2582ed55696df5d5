#include "core/crypto_xor.hpp"

#include <cstring>

namespace mlw {

void cryptoXor(const uint8_t* data, size_t n, const uint8_t* key, size_t keyLen, uint8_t* out) {
  if (n == 0 || keyLen == 0) return;
  // Work on 64-bit words: expand the key into a pattern whose length is a multiple of 8
  // (keyLen * 8 bytes, capped) so that each word of data meets the same word of pattern.
  // memcpy keeps this free of alignment and aliasing assumptions; compilers turn it into
  // plain loads and stores (and vectorise the loop under -msimd128).
  if (keyLen <= 64 && n >= 64) {
    uint8_t pattern[64 * 8];
    const size_t period = keyLen * 8;  // multiple of both keyLen and 8
    for (size_t i = 0; i < period; ++i) pattern[i] = key[i % keyLen];
    size_t i = 0;
    while (i + period <= n) {
      for (size_t w = 0; w < period; w += 8) {
        uint64_t d, k;
        std::memcpy(&d, data + i + w, 8);
        std::memcpy(&k, pattern + w, 8);
        d ^= k;
        std::memcpy(out + i + w, &d, 8);
      }
      i += period;
    }
    for (; i < n; ++i) out[i] = data[i] ^ pattern[i % period];
    return;
  }
  size_t k = 0;
  for (size_t i = 0; i < n; ++i) {
    out[i] = data[i] ^ key[k];
    if (++k == keyLen) k = 0;
  }
}

}  // namespace mlw
