// Monte Carlo estimate of pi, identical on every backend and for any split of the work.
//
// The samples are cut into blocks of kMonteCarloBlock (the last one may be shorter).
// Block b has its own xoshiro128** generator, seeded with
//   s[i] = fmix32(seed + 0x9E3779B9 * (4b + i + 1))   for i = 0..3  (uint32 wrap-around)
// where fmix32 is MurmurHash3's finaliser (a bijection, so the state is never all zero
// in practice: at most one word can be 0). Sample k of a block takes two outputs, u then
// v, and the point x = (u >> 8) * 2^-24, y = (v >> 8) * 2^-24. x*x + y*y is exact in a
// double (24-bit operands), so "hit iff x*x + y*y <= 1" is the same everywhere.
// Hits are summed as integers; the estimate is 4 * hits / samples.
#pragma once
#include <cstdint>

namespace mlw {

constexpr uint64_t kMonteCarloBlock = 65536;
constexpr uint64_t kMonteCarloMaxSamples = uint64_t(1) << 32;  // 2^32, validated in js/ too
constexpr uint32_t kMonteCarloDefaultSeed = 42;

// Hits in blocks [blockBegin, blockEnd) of a run of `samples` samples. Blocks are
// independent: threads may take disjoint ranges and add their counts.
uint64_t monteCarloPiHits(uint32_t seed, uint64_t samples, uint64_t blockBegin, uint64_t blockEnd);

// 4 * hits / samples over all blocks. `threads` > 1 hands contiguous block ranges to up
// to that many threads (parallel.hpp) and adds their integer counts in range order; the
// blocks' streams do not depend on the split, so neither does the result.
double monteCarloPi(uint32_t seed, uint64_t samples, unsigned threads = 1);

}  // namespace mlw
