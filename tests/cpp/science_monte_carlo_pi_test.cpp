#include "core/science_monte_carlo_pi.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

namespace {

using mlw::kMonteCarloBlock;

TEST(MonteCarloPi, DeterministicAndCloseToPi) {
  double a = mlw::monteCarloPi(42, 1000000), b = mlw::monteCarloPi(42, 1000000);
  EXPECT_EQ(a, b);
  EXPECT_NEAR(a, M_PI, 0.01);
  EXPECT_NE(mlw::monteCarloPi(1, 1000000), mlw::monteCarloPi(2, 1000000));
}

TEST(MonteCarloPi, BlockRangesAddUpWhateverTheSplit) {
  const uint64_t samples = 5 * kMonteCarloBlock + 123;  // 6 blocks, the last one short
  const uint64_t whole = mlw::monteCarloPiHits(7, samples, 0, 6);
  for (uint64_t cut = 0; cut <= 6; ++cut)
    EXPECT_EQ(mlw::monteCarloPiHits(7, samples, 0, cut) + mlw::monteCarloPiHits(7, samples, cut, 6), whole);
  uint64_t oneByOne = 0;
  for (uint64_t b = 0; b < 6; ++b) oneByOne += mlw::monteCarloPiHits(7, samples, b, b + 1);
  EXPECT_EQ(oneByOne, whole);
  // Blocks past the samples contribute nothing.
  EXPECT_EQ(mlw::monteCarloPiHits(7, samples, 6, 10), 0u);
}

TEST(MonteCarloPi, SameEstimateForEveryThreadCount) {
  // Fewer groups than threads, a ragged last group, a short last block, many groups.
  // The split weighs whole four-block groups against the scalar tail blocks: shapes with
  // no group, exactly one, a group and a tail, and many.
  for (uint64_t n : {uint64_t(1), uint64_t(1000), kMonteCarloBlock, 3 * kMonteCarloBlock + 5, 4 * kMonteCarloBlock,
                     5 * kMonteCarloBlock + 123, 9 * kMonteCarloBlock, 17 * kMonteCarloBlock - 1,
                     uint64_t(1000000), 64 * kMonteCarloBlock + 7}) {
    const double one = mlw::monteCarloPi(42, n);
    for (unsigned threads = 1; threads <= 4; ++threads)
      EXPECT_EQ(mlw::monteCarloPi(42, n, threads), one) << "n=" << n << " threads=" << threads;
  }
}

TEST(MonteCarloPi, BlockBoundaries) {
  // Adding one sample past a block boundary only adds that sample (0 or 1 hit).
  for (uint64_t n : {kMonteCarloBlock - 1, kMonteCarloBlock, 4 * kMonteCarloBlock, 4 * kMonteCarloBlock - 1}) {
    uint64_t h0 = mlw::monteCarloPiHits(3, n, 0, 100), h1 = mlw::monteCarloPiHits(3, n + 1, 0, 100);
    EXPECT_TRUE(h1 == h0 || h1 == h0 + 1) << n;
  }
}

TEST(MonteCarloPi, OneSampleAndPinnedValues) {
  double one = mlw::monteCarloPi(0, 1);
  EXPECT_TRUE(one == 0 || one == 4);
  // Pinned values: the JS fallback's tests pin the same numbers.
  std::printf("pi(42, 1e6) = %.17g; pi(0, 1000) = %.17g; pi(4294967295, 65537) = %.17g\n",
              mlw::monteCarloPi(42, 1000000), mlw::monteCarloPi(0, 1000), mlw::monteCarloPi(4294967295u, 65537));
}

}  // namespace
