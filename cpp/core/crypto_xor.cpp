#include "core/crypto_xor.hpp"

#include <cstring>

namespace mlw {

namespace {
// 16-byte vectors via the GCC/clang vector extension: one wasm v128 under -msimd128, SSE
// natively, pairs of 64-bit words in the baseline build. Same source for every variant.
typedef uint64_t Block __attribute__((vector_size(16)));
constexpr size_t kBlock = sizeof(Block);
// Four blocks per step: one loop test and no key wrap-around check inside the step.
constexpr size_t kStep = 4 * kBlock;
constexpr size_t kMaxKeyForPattern = 64;

inline void xorStep(const uint8_t* d, const uint8_t* p, uint8_t* o) {
  Block a, b, c, e, ka, kb, kc, ke;
  std::memcpy(&a, d, kBlock);
  std::memcpy(&b, d + kBlock, kBlock);
  std::memcpy(&c, d + 2 * kBlock, kBlock);
  std::memcpy(&e, d + 3 * kBlock, kBlock);
  std::memcpy(&ka, p, kBlock);
  std::memcpy(&kb, p + kBlock, kBlock);
  std::memcpy(&kc, p + 2 * kBlock, kBlock);
  std::memcpy(&ke, p + 3 * kBlock, kBlock);
  a ^= ka;
  b ^= kb;
  c ^= kc;
  e ^= ke;
  std::memcpy(o, &a, kBlock);
  std::memcpy(o + kBlock, &b, kBlock);
  std::memcpy(o + 2 * kBlock, &c, kBlock);
  std::memcpy(o + 3 * kBlock, &e, kBlock);
}
}  // namespace

void cryptoXor(const uint8_t* data, size_t n, const uint8_t* key, size_t keyLen, uint8_t* out,
               size_t phase) {
  if (n == 0 || keyLen == 0) return;
  phase %= keyLen;
  // Expand the key into a pattern of keyLen * 64 bytes: a multiple of both the key length
  // and the step, so step s of the data always meets step s % (pattern / 64) of the
  // pattern. memcpy keeps this free of alignment and aliasing assumptions (out may alias
  // data); compilers turn it into plain vector loads and stores.
  if (keyLen <= kMaxKeyForPattern && n >= kStep * 4) {
    alignas(16) uint8_t pattern[kMaxKeyForPattern * kStep];
    const size_t period = keyLen * kStep;
    size_t k = phase;
    for (size_t i = 0; i < period; ++i) {
      pattern[i] = key[k];
      if (++k == keyLen) k = 0;
    }
    size_t i = 0;
    size_t p = 0;
    for (; i + kStep <= n; i += kStep) {
      xorStep(data + i, pattern + p, out + i);
      p += kStep;
      if (p == period) p = 0;
    }
    for (; i < n; ++i, ++p) out[i] = data[i] ^ pattern[p];
    return;
  }
  size_t k = phase;
  for (size_t i = 0; i < n; ++i) {
    out[i] = data[i] ^ key[k];
    if (++k == keyLen) k = 0;
  }
}

}  // namespace mlw
