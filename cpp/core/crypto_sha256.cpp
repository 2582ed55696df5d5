#include "core/crypto_sha256.hpp"

#include <cstring>

#include "core/crypto_sha256_rounds.hpp"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace mlw {

namespace {

constexpr const uint32_t* K = kSha256K;

inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

#ifdef __wasm_simd128__
// The simd build: the message schedule four words at a time in v128 registers,
// interleaved with the scalar rounds. Measured in V8 (Node 20, A/B in one process
// against the previous kernel and hash-wasm 4.13): computing all 64 words first and
// then running 64 fully unrolled rounds from a 256-byte array was ~1.25x slower than
// this, where only a 16-word ring of W[t] + K[t] lives in memory and each group of
// four rounds is followed by the four schedule words that replace the ones it just
// read: the vector unit works on the schedule while the integer unit runs the rounds.
//
// One schedule step: W[t-16], W[t-15] and W[t-7] are whole lanes of the previous
// vectors; sigma1 needs W[t-2], which for the upper two lanes is computed in this same
// step, so it runs in two halves.
inline v128_t rotrV(v128_t x, int n) { return wasm_v128_or(wasm_u32x4_shr(x, n), wasm_i32x4_shl(x, 32 - n)); }
inline v128_t sigma0V(v128_t x) {
  return wasm_v128_xor(wasm_v128_xor(rotrV(x, 7), rotrV(x, 18)), wasm_u32x4_shr(x, 3));
}
inline v128_t sigma1V(v128_t x) {
  return wasm_v128_xor(wasm_v128_xor(rotrV(x, 17), rotrV(x, 19)), wasm_u32x4_shr(x, 10));
}
// Big-endian words: reverse the bytes within each lane.
inline v128_t loadWordsBE(const uint8_t* p) {
  return wasm_i8x16_shuffle(wasm_v128_load(p), wasm_i8x16_splat(0), 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15,
                            14, 13, 12);
}

#define MLW_SHA_SCHEDULE4(q, k)                                                                        \
  do {                                                                                                 \
    const v128_t w15 = wasm_i32x4_shuffle(x0, x1, 1, 2, 3, 4);                                         \
    const v128_t w7 = wasm_i32x4_shuffle(x2, x3, 1, 2, 3, 4);                                          \
    const v128_t sum = wasm_i32x4_add(wasm_i32x4_add(x0, sigma0V(w15)), w7);                           \
    const v128_t lo =                                                                                  \
        wasm_i32x4_add(sum, wasm_v128_and(sigma1V(wasm_i32x4_shuffle(x3, x3, 2, 3, 2, 3)), lowHalf));  \
    const v128_t next =                                                                                \
        wasm_i32x4_add(lo, wasm_v128_andnot(sigma1V(wasm_i32x4_shuffle(lo, lo, 0, 1, 0, 1)), lowHalf)); \
    x0 = x1;                                                                                           \
    x1 = x2;                                                                                           \
    x2 = x3;                                                                                           \
    x3 = next;                                                                                         \
    wasm_v128_store(wk + 4 * (q), wasm_i32x4_add(next, wasm_v128_load((k) + 4 * (q))));                \
  } while (0)

void compress(uint32_t state[8], const uint8_t* block) {
  alignas(16) uint32_t wk[16];
  v128_t x0 = loadWordsBE(block), x1 = loadWordsBE(block + 16);
  v128_t x2 = loadWordsBE(block + 32), x3 = loadWordsBE(block + 48);
  wasm_v128_store(wk, wasm_i32x4_add(x0, wasm_v128_load(K)));
  wasm_v128_store(wk + 4, wasm_i32x4_add(x1, wasm_v128_load(K + 4)));
  wasm_v128_store(wk + 8, wasm_i32x4_add(x2, wasm_v128_load(K + 8)));
  wasm_v128_store(wk + 12, wasm_i32x4_add(x3, wasm_v128_load(K + 12)));
  const v128_t lowHalf = wasm_i32x4_make(-1, -1, 0, 0);
  uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
  uint32_t bc = b ^ c;
  // The rounds read W[t] + K[t] back as scalar loads (volatile: clang would otherwise keep
  // wk in vector registers and read it with i32x4.extract_lane, which V8 emits as
  // vpextrd, two micro-ops each on x64, against a load that folds into the add).
  const volatile uint32_t* const wkRead = wk;
#define MLW_WK(i) wkRead[i]
  // Rounds 0..47, each group of four followed by the schedule words 16 rounds ahead
  // (three iterations; within one, the ring indices are constants).
  for (const uint32_t* k = K + 16; k != K + 64; k += 16) {
    MLW_SHA_FOUR_A(0, MLW_WK);
    MLW_SHA_SCHEDULE4(0, k);
    MLW_SHA_FOUR_B(4, MLW_WK);
    MLW_SHA_SCHEDULE4(1, k);
    MLW_SHA_FOUR_A(8, MLW_WK);
    MLW_SHA_SCHEDULE4(2, k);
    MLW_SHA_FOUR_B(12, MLW_WK);
    MLW_SHA_SCHEDULE4(3, k);
  }
  // Rounds 48..63.
  MLW_SHA_EIGHT(0, MLW_WK);
  MLW_SHA_EIGHT(8, MLW_WK);
#undef MLW_WK
  state[0] += a; state[1] += b; state[2] += c; state[3] += d;
  state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}
#undef MLW_SHA_SCHEDULE4
#else
// The scalar builds (baseline wasm, native): the 16-word ring schedule of
// crypto_sha256_rounds.hpp (MLW_SHA_RING_ROUNDS), one uint32_t per word.
inline uint32_t shr(uint32_t x, int n) { return x >> n; }
inline uint32_t splat(uint32_t x) { return x; }

inline uint32_t loadBE(const uint8_t* p) {
  return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

void compress(uint32_t state[8], const uint8_t* block) {
  uint32_t w[16];
  for (int i = 0; i < 16; ++i) w[i] = loadBE(block + 4 * i);
  uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
  uint32_t bc = b ^ c;
  const uint32_t* k = K;
  MLW_SHA_RING_ROUNDS();
  state[0] += a; state[1] += b; state[2] += c; state[3] += d;
  state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}
#endif

}  // namespace

void sha256Compress(uint32_t state[8], const uint8_t* data, size_t blocks) {
  for (size_t i = 0; i < blocks; ++i) compress(state, data + 64 * i);
}

namespace {

// The final block(s) of a message of `total` bytes whose last total % 64 bytes are at `last`.
size_t tailOf(const uint8_t* last, uint64_t total, uint8_t tail[128]) {
  // Padding: 0x80, zeros, then the bit length big-endian; one or two final blocks.
  const size_t rest = size_t(total % 64);
  std::memset(tail, 0, 128);
  if (rest) std::memcpy(tail, last, rest);
  tail[rest] = 0x80;
  const size_t tailLen = rest < 56 ? 64 : 128;
  const uint64_t bits = total * 8;
  for (int i = 0; i < 8; ++i) tail[tailLen - 1 - i] = uint8_t(bits >> (8 * i));
  return tailLen / 64;
}

void hexOf(const uint8_t digest[32], char hex[64]) {
  static constexpr char kDigits[] = "0123456789abcdef";
  for (int i = 0; i < 32; ++i) {
    hex[2 * i] = kDigits[digest[i] >> 4];
    hex[2 * i + 1] = kDigits[digest[i] & 15];
  }
}

}  // namespace

size_t sha256Tail(const uint8_t* data, size_t n, uint8_t tail[128]) {
  return tailOf(data + (n - n % 64), n, tail);
}

void sha256Digest(const uint32_t state[8], uint8_t digest[32]) {
  for (int i = 0; i < 8; ++i) {
    digest[4 * i] = uint8_t(state[i] >> 24);
    digest[4 * i + 1] = uint8_t(state[i] >> 16);
    digest[4 * i + 2] = uint8_t(state[i] >> 8);
    digest[4 * i + 3] = uint8_t(state[i]);
  }
}

void sha256(const uint8_t* data, size_t n, uint8_t digest[32]) {
  uint32_t state[8];
  std::memcpy(state, kSha256Init, sizeof state);
  sha256Compress(state, data, n / 64);
  uint8_t tail[128];
  sha256Compress(state, tail, sha256Tail(data, n, tail));
  sha256Digest(state, digest);
}

void sha256Hex(const uint8_t* data, size_t n, char hex[64]) {
  uint8_t digest[32];
  sha256(data, n, digest);
  hexOf(digest, hex);
}

void sha256Begin(Sha256Stream& s) {
  std::memcpy(s.state, kSha256Init, sizeof s.state);
  s.bytes = 0;
}

void sha256Update(Sha256Stream& s, const uint8_t* data, size_t blocks) {
  sha256Compress(s.state, data, blocks);
  s.bytes += uint64_t(blocks) * 64;
}

void sha256FinishHex(Sha256Stream& s, const uint8_t* data, size_t n, char hex[64]) {
  sha256Compress(s.state, data, n / 64);
  uint8_t tail[128];
  sha256Compress(s.state, tail, tailOf(data + (n - n % 64), s.bytes + n, tail));
  uint8_t digest[32];
  sha256Digest(s.state, digest);
  hexOf(digest, hex);
}

}  // namespace mlw
