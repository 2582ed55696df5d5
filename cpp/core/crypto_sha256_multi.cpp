#include "core/crypto_sha256_multi.hpp"

#include <cstring>

#include "core/crypto_sha256.hpp"
#include "core/crypto_sha256_rounds.hpp"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace mlw {

namespace {

constexpr int kLanes = 4;

#ifdef __wasm_simd128__
// One word of the four lanes in a v128: + ^ & on v128_t (a clang vector of int32) are
// i32x4.add, v128.xor and v128.and.
using Vec = v128_t;
inline Vec rotr(Vec x, int n) { return wasm_v128_or(wasm_u32x4_shr(x, n), wasm_i32x4_shl(x, 32 - n)); }
inline Vec shr(Vec x, int n) { return wasm_u32x4_shr(x, n); }
inline Vec splat(uint32_t x) { return wasm_i32x4_splat(int32_t(x)); }
inline Vec loadLanes(const uint32_t* p) { return wasm_v128_load(p); }
inline void storeLanes(uint32_t* p, Vec v) { wasm_v128_store(p, v); }

// Words i .. i + 3 of the four lanes' blocks, one word per vector: each lane's 16 bytes
// loaded, byte-swapped to big-endian words, then a 4×4 transpose.
inline void loadWords(const uint8_t* const block[kLanes], int i, Vec out[4]) {
  Vec r[kLanes];
  for (int j = 0; j < kLanes; ++j) {
    r[j] = wasm_i8x16_shuffle(wasm_v128_load(block[j] + 4 * i), wasm_i8x16_splat(0), 3, 2, 1, 0, 7, 6, 5, 4, 11, 10,
                              9, 8, 15, 14, 13, 12);
  }
  const Vec t0 = wasm_i32x4_shuffle(r[0], r[1], 0, 4, 1, 5);
  const Vec t1 = wasm_i32x4_shuffle(r[2], r[3], 0, 4, 1, 5);
  const Vec t2 = wasm_i32x4_shuffle(r[0], r[1], 2, 6, 3, 7);
  const Vec t3 = wasm_i32x4_shuffle(r[2], r[3], 2, 6, 3, 7);
  out[0] = wasm_i32x4_shuffle(t0, t1, 0, 1, 4, 5);
  out[1] = wasm_i32x4_shuffle(t0, t1, 2, 3, 6, 7);
  out[2] = wasm_i32x4_shuffle(t2, t3, 0, 1, 4, 5);
  out[3] = wasm_i32x4_shuffle(t2, t3, 2, 3, 6, 7);
}
#else
// Four scalar lanes side by side: the rounds of four messages interleaved.
struct Vec {
  uint32_t l[kLanes];
};
inline Vec operator+(Vec x, Vec y) {
  for (int j = 0; j < kLanes; ++j) x.l[j] += y.l[j];
  return x;
}
inline Vec& operator+=(Vec& x, Vec y) { return x = x + y; }
inline Vec operator^(Vec x, Vec y) {
  for (int j = 0; j < kLanes; ++j) x.l[j] ^= y.l[j];
  return x;
}
inline Vec operator&(Vec x, Vec y) {
  for (int j = 0; j < kLanes; ++j) x.l[j] &= y.l[j];
  return x;
}
inline Vec rotr(Vec x, int n) {
  for (int j = 0; j < kLanes; ++j) x.l[j] = (x.l[j] >> n) | (x.l[j] << (32 - n));
  return x;
}
inline Vec shr(Vec x, int n) {
  for (int j = 0; j < kLanes; ++j) x.l[j] >>= n;
  return x;
}
inline Vec splat(uint32_t v) { return Vec{{v, v, v, v}}; }
inline Vec loadLanes(const uint32_t* p) {
  Vec v;
  std::memcpy(v.l, p, sizeof v.l);
  return v;
}
inline void storeLanes(uint32_t* p, Vec v) { std::memcpy(p, v.l, sizeof v.l); }

inline void loadWords(const uint8_t* const block[kLanes], int i, Vec out[4]) {
  for (int w = 0; w < 4; ++w) {
    for (int j = 0; j < kLanes; ++j) {
      const uint8_t* p = block[j] + 4 * (i + w);
      out[w].l[j] = (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
    }
  }
}
#endif

// One block of each lane: state[w] holds word w of the four lanes' states.
void compress4(uint32_t state[8][kLanes], const uint8_t* const block[kLanes]) {
  Vec w[16];
  for (int q = 0; q < 4; ++q) loadWords(block, 4 * q, w + 4 * q);
  Vec a = loadLanes(state[0]), b = loadLanes(state[1]), c = loadLanes(state[2]), d = loadLanes(state[3]);
  Vec e = loadLanes(state[4]), f = loadLanes(state[5]), g = loadLanes(state[6]), h = loadLanes(state[7]);
  Vec bc = b ^ c;
  const uint32_t* k = kSha256K;
  MLW_SHA_RING_ROUNDS();
  storeLanes(state[0], loadLanes(state[0]) + a);
  storeLanes(state[1], loadLanes(state[1]) + b);
  storeLanes(state[2], loadLanes(state[2]) + c);
  storeLanes(state[3], loadLanes(state[3]) + d);
  storeLanes(state[4], loadLanes(state[4]) + e);
  storeLanes(state[5], loadLanes(state[5]) + f);
  storeLanes(state[6], loadLanes(state[6]) + g);
  storeLanes(state[7], loadLanes(state[7]) + h);
}

// The message a lane is hashing: its full blocks in place, its padded tail copied.
struct Lane {
  const uint8_t* data;
  size_t full;    // full 64-byte blocks of the message
  size_t blocks;  // full + tail blocks
  size_t next;    // the next block to compress
  size_t item;
  alignas(16) uint8_t tail[128];

  const uint8_t* block() const { return next < full ? data + 64 * next : tail + 64 * (next - full); }
};

}  // namespace

void sha256Multi(const uint8_t* data, const uint32_t* offsets, size_t count, uint8_t* digests) {
  alignas(16) uint32_t state[8][kLanes];
  Lane lanes[kLanes];
  bool live[kLanes];
  alignas(16) static const uint8_t idle[64] = {};  // the block an idle lane compresses
  size_t queued = 0;
  // Lane j takes the next message, if any.
  auto take = [&](int j) {
    if (queued == count) return false;
    Lane& lane = lanes[j];
    const size_t i = queued++;
    const size_t n = offsets[i + 1] - offsets[i];
    lane.data = data + offsets[i];
    lane.full = n / 64;
    lane.blocks = lane.full + sha256Tail(lane.data, n, lane.tail);
    lane.next = 0;
    lane.item = i;
    for (int w = 0; w < 8; ++w) state[w][j] = kSha256Init[w];
    return true;
  };
  int active = 0;
  for (int j = 0; j < kLanes; ++j) active += (live[j] = take(j));
  // A lane that finishes takes the next message at once, so fewer than two lanes are
  // live only when no message is waiting.
  while (active >= 2) {
    const uint8_t* block[kLanes];
    for (int j = 0; j < kLanes; ++j) block[j] = live[j] ? lanes[j].block() : idle;
    compress4(state, block);
    for (int j = 0; j < kLanes; ++j) {
      if (!live[j] || ++lanes[j].next != lanes[j].blocks) continue;
      uint32_t s[8];
      for (int w = 0; w < 8; ++w) s[w] = state[w][j];
      sha256Digest(s, digests + 32 * lanes[j].item);
      if (!(live[j] = take(j))) --active;
    }
  }
  // The last message, if one is left: its remaining blocks on the single kernel.
  for (int j = 0; j < kLanes; ++j) {
    if (!live[j]) continue;
    Lane& lane = lanes[j];
    uint32_t s[8];
    for (int w = 0; w < 8; ++w) s[w] = state[w][j];
    if (lane.next < lane.full) {
      sha256Compress(s, lane.data + 64 * lane.next, lane.full - lane.next);
      lane.next = lane.full;
    }
    sha256Compress(s, lane.tail + 64 * (lane.next - lane.full), lane.blocks - lane.next);
    sha256Digest(s, digests + 32 * lane.item);
  }
}

}  // namespace mlw
