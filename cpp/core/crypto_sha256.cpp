#include "core/crypto_sha256.hpp"

#include <cstring>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace mlw {

namespace {

const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

inline uint32_t loadBE(const uint8_t* p) {
  return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

// One round with the variables renamed instead of shifted, so a whole block stays in
// locals (registers natively, wasm locals that the engine keeps in registers). h + W + K
// goes first, off the critical path through e. Ch takes 3 operations; Maj is
// b ^ ((a ^ b) & (b ^ c)), where b ^ c is the previous round's a ^ b (carried in bc).
#define MLW_SHA_ROUND(a, b, c, d, e, f, g, h, kw)                               \
  do {                                                                          \
    const uint32_t t1 = (h + (kw)) + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + \
                        (g ^ (e & (f ^ g)));                                    \
    const uint32_t ab = a ^ b;                                                  \
    const uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + (b ^ (ab & bc)); \
    bc = ab;                                                                    \
    d += t1;                                                                    \
    h = t1 + t2;                                                                \
  } while (0)

#define MLW_SHA_EIGHT(i, W)                                                     \
  MLW_SHA_ROUND(a, b, c, d, e, f, g, h, W(i + 0));                              \
  MLW_SHA_ROUND(h, a, b, c, d, e, f, g, W(i + 1));                              \
  MLW_SHA_ROUND(g, h, a, b, c, d, e, f, W(i + 2));                              \
  MLW_SHA_ROUND(f, g, h, a, b, c, d, e, W(i + 3));                              \
  MLW_SHA_ROUND(e, f, g, h, a, b, c, d, W(i + 4));                              \
  MLW_SHA_ROUND(d, e, f, g, h, a, b, c, W(i + 5));                              \
  MLW_SHA_ROUND(c, d, e, f, g, h, a, b, W(i + 6));                              \
  MLW_SHA_ROUND(b, c, d, e, f, g, h, a, W(i + 7))

// The first four rounds of a group of eight, and the last four (the names rotate by four).
#define MLW_SHA_FOUR_A(i, W)                                                    \
  MLW_SHA_ROUND(a, b, c, d, e, f, g, h, W(i + 0));                              \
  MLW_SHA_ROUND(h, a, b, c, d, e, f, g, W(i + 1));                              \
  MLW_SHA_ROUND(g, h, a, b, c, d, e, f, W(i + 2));                              \
  MLW_SHA_ROUND(f, g, h, a, b, c, d, e, W(i + 3))
#define MLW_SHA_FOUR_B(i, W)                                                    \
  MLW_SHA_ROUND(e, f, g, h, a, b, c, d, W(i + 0));                              \
  MLW_SHA_ROUND(d, e, f, g, h, a, b, c, W(i + 1));                              \
  MLW_SHA_ROUND(c, d, e, f, g, h, a, b, W(i + 2));                              \
  MLW_SHA_ROUND(b, c, d, e, f, g, h, a, W(i + 3))

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
#define MLW_WK(i) wk[i]
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
// The scalar builds (baseline wasm, native): the schedule keeps only the last 16 words
// (a ring whose indices are constants within one 16-round group, so they stay in
// locals/registers), each updated just before the round that reads it. Rounds 16..63
// run as a loop of three 16-round groups rather than fully unrolled: in V8 this was
// ~1.2x faster than 64 unrolled rounds (less code, fewer spills) in the same A/B run.
void compress(uint32_t state[8], const uint8_t* block) {
  uint32_t w[16];
  for (int i = 0; i < 16; ++i) w[i] = loadBE(block + 4 * i);
  uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
  uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
  uint32_t bc = b ^ c;
  const uint32_t* k = K;
#define MLW_W_LOAD(i) (k[i] + w[i])
#define MLW_W_NEXT(i)                                                                  \
  (k[i] + (w[(i)&15] += (rotr(w[((i) - 2) & 15], 17) ^ rotr(w[((i) - 2) & 15], 19) ^  \
                         (w[((i) - 2) & 15] >> 10)) +                                  \
                        w[((i) - 7) & 15] +                                            \
                        (rotr(w[((i) - 15) & 15], 7) ^ rotr(w[((i) - 15) & 15], 18) ^  \
                         (w[((i) - 15) & 15] >> 3))))
  MLW_SHA_EIGHT(0, MLW_W_LOAD);
  MLW_SHA_EIGHT(8, MLW_W_LOAD);
#if defined(__clang__)
#pragma clang loop unroll(disable)
#endif
  for (int group = 1; group < 4; ++group) {
    k += 16;
    MLW_SHA_EIGHT(0, MLW_W_NEXT);
    MLW_SHA_EIGHT(8, MLW_W_NEXT);
  }
#undef MLW_W_LOAD
#undef MLW_W_NEXT
  state[0] += a; state[1] += b; state[2] += c; state[3] += d;
  state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}
#endif

}  // namespace

void sha256(const uint8_t* data, size_t n, uint8_t digest[32]) {
  uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  size_t full = n / 64;
  for (size_t i = 0; i < full; ++i) compress(state, data + 64 * i);
  // Padding: 0x80, zeros, then the bit length big-endian; one or two final blocks.
  uint8_t tail[128] = {0};
  const size_t rest = n - full * 64;
  if (rest) std::memcpy(tail, data + full * 64, rest);
  tail[rest] = 0x80;
  const size_t tailLen = rest < 56 ? 64 : 128;
  const uint64_t bits = uint64_t(n) * 8;
  for (int i = 0; i < 8; ++i) tail[tailLen - 1 - i] = uint8_t(bits >> (8 * i));
  compress(state, tail);
  if (tailLen == 128) compress(state, tail + 64);
  for (int i = 0; i < 8; ++i) {
    digest[4 * i] = uint8_t(state[i] >> 24);
    digest[4 * i + 1] = uint8_t(state[i] >> 16);
    digest[4 * i + 2] = uint8_t(state[i] >> 8);
    digest[4 * i + 3] = uint8_t(state[i]);
  }
}

}  // namespace mlw
