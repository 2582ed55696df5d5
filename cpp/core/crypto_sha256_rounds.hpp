// The SHA-256 rounds, shared by the single-message kernel (crypto_sha256.cpp: one
// uint32_t per word) and the multi-message kernel (crypto_sha256_multi.cpp: one message
// per lane of a four-lane word). Written with + ^ & on the word type and rotr(x, n),
// shr(x, n), splat(uint32_t) (a constant in every lane), which each file defines; the
// round variables a..h, bc, the schedule ring w and the constants pointer k are the
// caller's locals.
#pragma once

// One round with the variables renamed instead of shifted, so a whole block stays in
// locals (registers natively, wasm locals that the engine keeps in registers). h + W + K
// goes first, off the critical path through e. Ch takes 3 operations; Maj is
// b ^ ((a ^ b) & (b ^ c)), where b ^ c is the previous round's a ^ b (carried in bc).
#define MLW_SHA_ROUND(a, b, c, d, e, f, g, h, kw)                               \
  do {                                                                          \
    const auto t1 = (h + (kw)) + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +     \
                    (g ^ (e & (f ^ g)));                                        \
    const auto ab = a ^ b;                                                      \
    const auto t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + (b ^ (ab & bc)); \
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


// The message schedule's small sigmas (FIPS 180-4, 4.1.2).
#define MLW_SHA_SIGMA0(x) (rotr(x, 7) ^ rotr(x, 18) ^ shr(x, 3))
#define MLW_SHA_SIGMA1(x) (rotr(x, 17) ^ rotr(x, 19) ^ shr(x, 10))

// All 64 rounds of a block whose first 16 words are in the ring w[16], k = kSha256K.
// The schedule keeps only the last 16 words (a ring whose indices are constants within
// one 16-round group, so they stay in locals/registers), each updated just before the
// round that reads it. Rounds 16..63 run as a loop of three 16-round groups rather than
// fully unrolled: in V8 this was ~1.2x faster than 64 unrolled rounds (less code, fewer
// spills) in an A/B run of the scalar kernel.
#define MLW_SHA_RING_LOAD(i) (splat(k[i]) + w[i])
#define MLW_SHA_RING_NEXT(i) \
  (splat(k[i]) + (w[(i)&15] += MLW_SHA_SIGMA1(w[((i)-2) & 15]) + w[((i)-7) & 15] + MLW_SHA_SIGMA0(w[((i)-15) & 15])))
#if defined(__clang__)
#define MLW_SHA_NO_UNROLL _Pragma("clang loop unroll(disable)")
#else
#define MLW_SHA_NO_UNROLL
#endif
#define MLW_SHA_RING_ROUNDS()                         \
  do {                                                \
    MLW_SHA_EIGHT(0, MLW_SHA_RING_LOAD);              \
    MLW_SHA_EIGHT(8, MLW_SHA_RING_LOAD);              \
    MLW_SHA_NO_UNROLL                                 \
    for (int group = 1; group < 4; ++group) {         \
      k += 16;                                        \
      MLW_SHA_EIGHT(0, MLW_SHA_RING_NEXT);            \
      MLW_SHA_EIGHT(8, MLW_SHA_RING_NEXT);            \
    }                                                 \
  } while (0)
