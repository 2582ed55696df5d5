#include "core/science_monte_carlo_pi.hpp"

#include "core/parallel.hpp"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace mlw {

namespace {

inline uint32_t fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}

inline uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

// State word i (0..3) of a block's generator. Out of line: see blockHits.
__attribute__((noinline)) uint32_t seedWord(uint32_t seed, uint64_t block, uint32_t i) {
  return fmix32(seed + 0x9E3779B9u * (static_cast<uint32_t>(block) * 4u + i + 1));
}

// Operands below 2^24 make x*x + y*y exact (below 2^49), so comparing the integer
// squares with 2^48 is the same predicate as the documented one on [0, 1) doubles.
// xoshiro128**, its state in four scalars seeded one by one out of line: when the four
// seeds were computed together, the -msimd128 build's vectoriser made them one v128 and
// kept the state in it across this loop, with lane extracts and inserts on every step
// (measured: 2x slower there than in the baseline build).
uint64_t blockHits(uint32_t seed, uint64_t block, uint64_t count) {
  uint32_t s0 = seedWord(seed, block, 0), s1 = seedWord(seed, block, 1);
  uint32_t s2 = seedWord(seed, block, 2), s3 = seedWord(seed, block, 3);
  auto step = [&]() {
    const uint32_t out = rotl(s1 * 5u, 7) * 9u;
    const uint32_t t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return out;
  };
  uint64_t hits = 0;
  for (uint64_t k = 0; k < count; ++k) {
    // In doubles, exactly (below 2^49): paired by the vectoriser these are f64x2 ops,
    // where 64-bit integer squares became i64x2 multiplies that V8 emulates on x64.
    const double x = static_cast<double>(step() >> 8);
    const double y = static_cast<double>(step() >> 8);
    hits += (x * x + y * y <= 281474976710656.0) ? 1 : 0;  // 2^48
  }
  return hits;
}

#ifdef __wasm_simd128__
// Four whole blocks at once, one per lane; the same arithmetic as blockHits.
uint64_t fourBlockHits(uint32_t seed, uint64_t block) {
  uint32_t st[4][4];
  for (uint32_t lane = 0; lane < 4; ++lane) {
    for (uint32_t i = 0; i < 4; ++i) st[lane][i] = seedWord(seed, block + lane, i);
  }
  v128_t s0 = wasm_u32x4_make(st[0][0], st[1][0], st[2][0], st[3][0]);
  v128_t s1 = wasm_u32x4_make(st[0][1], st[1][1], st[2][1], st[3][1]);
  v128_t s2 = wasm_u32x4_make(st[0][2], st[1][2], st[2][2], st[3][2]);
  v128_t s3 = wasm_u32x4_make(st[0][3], st[1][3], st[2][3], st[3][3]);
  const v128_t five = wasm_i32x4_splat(5), nine = wasm_i32x4_splat(9);
  const v128_t scale = wasm_f64x2_splat(1.0 / 16777216.0), one = wasm_f64x2_splat(1.0);
  v128_t hits = wasm_i64x2_splat(0);
  auto next = [&]() {
    v128_t m = wasm_i32x4_mul(s1, five);
    v128_t out = wasm_i32x4_mul(wasm_v128_or(wasm_i32x4_shl(m, 7), wasm_u32x4_shr(m, 25)), nine);
    v128_t t = wasm_i32x4_shl(s1, 9);
    s2 = wasm_v128_xor(s2, s0);
    s3 = wasm_v128_xor(s3, s1);
    s1 = wasm_v128_xor(s1, s2);
    s0 = wasm_v128_xor(s0, s3);
    s2 = wasm_v128_xor(s2, t);
    s3 = wasm_v128_or(wasm_i32x4_shl(s3, 11), wasm_u32x4_shr(s3, 21));
    return wasm_u32x4_shr(out, 8);
  };
  for (uint64_t k = 0; k < kMonteCarloBlock; ++k) {
    v128_t u = next(), v = next();
    // Lanes 0,1 then 2,3 as doubles: exact, so the double predicate equals the integer one.
    v128_t xl = wasm_f64x2_mul(wasm_f64x2_convert_low_u32x4(u), scale);
    v128_t yl = wasm_f64x2_mul(wasm_f64x2_convert_low_u32x4(v), scale);
    v128_t xh = wasm_f64x2_mul(wasm_f64x2_convert_low_u32x4(wasm_i32x4_shuffle(u, u, 2, 3, 0, 1)), scale);
    v128_t yh = wasm_f64x2_mul(wasm_f64x2_convert_low_u32x4(wasm_i32x4_shuffle(v, v, 2, 3, 0, 1)), scale);
    v128_t inl = wasm_f64x2_le(wasm_f64x2_add(wasm_f64x2_mul(xl, xl), wasm_f64x2_mul(yl, yl)), one);
    v128_t inh = wasm_f64x2_le(wasm_f64x2_add(wasm_f64x2_mul(xh, xh), wasm_f64x2_mul(yh, yh)), one);
    hits = wasm_i64x2_sub(hits, wasm_i64x2_add(inl, inh));  // true lanes are -1
  }
  return uint64_t(wasm_i64x2_extract_lane(hits, 0)) + uint64_t(wasm_i64x2_extract_lane(hits, 1));
}
#endif

}  // namespace

uint64_t monteCarloPiHits(uint32_t seed, uint64_t samples, uint64_t blockBegin, uint64_t blockEnd) {
  uint64_t hits = 0;
  uint64_t b = blockBegin;
#ifdef __wasm_simd128__
  // Only whole blocks go four at a time; the short last block runs scalar.
  const uint64_t wholeBlocks = samples / kMonteCarloBlock;
  for (; b + 4 <= blockEnd && b + 4 <= wholeBlocks; b += 4) hits += fourBlockHits(seed, b);
#endif
  for (; b < blockEnd; ++b) {
    const uint64_t start = b * kMonteCarloBlock;
    if (start >= samples) break;
    const uint64_t count = samples - start < kMonteCarloBlock ? samples - start : kMonteCarloBlock;
    hits += blockHits(seed, b, count);
  }
  return hits;
}

namespace {

// The work as units for splitting: whole groups of four blocks (the SIMD build runs one
// group as fast as one scalar block), then the tail blocks (fewer than four whole ones,
// and the short last one), which run scalar in every build. Splitting by cost rather
// than by block count matters: for 1 M samples (15 whole blocks and a short one) three
// SIMD groups cost about what the 3.3-block scalar tail does.
struct Work {
  uint64_t samples, blocks, groups;  // groups: whole four-block groups
#ifdef __wasm_simd128__
  static constexpr double kGroupCost = 1;
#else
  static constexpr double kGroupCost = 4;
#endif
  uint64_t units() const { return groups + (blocks - groups * 4); }
  uint64_t firstBlock(uint64_t unit) const { return unit <= groups ? unit * 4 : groups * 4 + (unit - groups); }
  // Cost of units [0, unit).
  double costBefore(uint64_t unit) const {
    if (unit <= groups) return kGroupCost * static_cast<double>(unit);
    const uint64_t b = firstBlock(unit);
    const uint64_t tailSamples = (b * kMonteCarloBlock < samples ? b * kMonteCarloBlock : samples) - groups * 4 * kMonteCarloBlock;
    return kGroupCost * static_cast<double>(groups) + static_cast<double>(tailSamples) / kMonteCarloBlock;
  }
  // The unit boundary whose cost before it is nearest `target` (a binary search over a
  // monotone prefix, then the closer of the two neighbours).
  uint64_t cut(double target) const {
    uint64_t lo = 0, hi = units();
    while (lo < hi) {
      const uint64_t mid = lo + (hi - lo) / 2;
      if (costBefore(mid) < target) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && target - costBefore(lo - 1) < costBefore(lo) - target) --lo;
    return lo;
  }
};

}  // namespace

double monteCarloPi(uint32_t seed, uint64_t samples, unsigned threads) {
  const uint64_t blocks = (samples + kMonteCarloBlock - 1) / kMonteCarloBlock;
  const Work work{samples, blocks, (samples / kMonteCarloBlock) / 4};
  size_t parts = threads < 1 ? 1 : threads;
  if (parts > kMaxParallelThreads) parts = kMaxParallelThreads;
  if (parts > work.units()) parts = work.units() < 1 ? 1 : static_cast<size_t>(work.units());
  // Part p takes units [cut(p), cut(p + 1)): contiguous, in order, covering everything;
  // the hits are integers, so the sum does not depend on where the cuts fall.
  uint64_t firstUnit[kMaxParallelThreads + 1];
  const double total = work.costBefore(work.units());
  for (size_t p = 0; p < parts; ++p) firstUnit[p] = work.cut(total * static_cast<double>(p) / static_cast<double>(parts));
  firstUnit[parts] = work.units();
  uint64_t partial[kMaxParallelThreads] = {};
  parallelFor(parts, static_cast<unsigned>(parts), [&](size_t p0, size_t p1) {
    for (size_t p = p0; p < p1; ++p) {
      partial[p] = monteCarloPiHits(seed, samples, work.firstBlock(firstUnit[p]), work.firstBlock(firstUnit[p + 1]));
    }
  });
  uint64_t hits = 0;
  for (size_t p = 0; p < parts; ++p) hits += partial[p];
  return 4 * static_cast<double>(hits) / static_cast<double>(samples);
}

}  // namespace mlw
