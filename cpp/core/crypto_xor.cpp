#include "core/crypto_xor.hpp"

#include <cstring>

namespace mlw {

namespace {
// 16-byte vectors via the GCC/clang vector extension: one wasm v128 under -msimd128, SSE
// natively, pairs of 64-bit words in the baseline build. Same source for every variant.
typedef uint64_t Block __attribute__((vector_size(16)));
constexpr size_t kBlock = sizeof(Block);
constexpr size_t kMaxKeyForPattern = 64;
}  // namespace

void cryptoXor(const uint8_t* data, size_t n, const uint8_t* key, size_t keyLen, uint8_t* out) {
  if (n == 0 || keyLen == 0) return;
  // Expand the key into a pattern of keyLen * 16 bytes: a multiple of both the key length
  // and the block size, so block w of the data always meets block w % period of the
  // pattern. memcpy keeps this free of alignment and aliasing assumptions (out may
  // alias data); compilers turn it into plain vector loads and stores.
  if (keyLen <= kMaxKeyForPattern && n >= kBlock * 4) {
    alignas(16) uint8_t pattern[kMaxKeyForPattern * kBlock];
    const size_t period = keyLen * kBlock;
    for (size_t i = 0; i < period; ++i) pattern[i] = key[i % keyLen];
    size_t i = 0;
    size_t p = 0;
    for (; i + kBlock <= n; i += kBlock) {
      Block d, k;
      std::memcpy(&d, data + i, kBlock);
      std::memcpy(&k, pattern + p, kBlock);
      d ^= k;
      std::memcpy(out + i, &d, kBlock);
      p += kBlock;
      if (p == period) p = 0;
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
