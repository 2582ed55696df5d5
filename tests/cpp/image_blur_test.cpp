#include "core/image_blur.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <vector>

namespace {

using Img = std::vector<uint8_t>;

Img randomImage(int w, int h, uint32_t seed) {
  Img v(static_cast<size_t>(w) * h * 4);
  for (auto& b : v) { seed = seed * 1664525u + 1013904223u; b = uint8_t(seed >> 24); }
  return v;
}

int clampI(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

// The documented formulas, written the slow obvious way.
Img reference(const Img& in, int w, int h, mlw::BlurKind kind, int r) {
  if (r == 0) return in;
  std::vector<uint32_t> W(r + 1);
  if (kind == mlw::BlurKind::Gaussian) mlw::gaussianWeights(r, W.data());
  auto tap = [&](int i, uint32_t s) -> uint64_t { return kind == mlw::BlurKind::Gaussian ? uint64_t(W[i < 0 ? -i : i]) * s : s; };
  auto round = [&](uint64_t acc) -> uint8_t {
    if (kind == mlw::BlurKind::Gaussian) return uint8_t((acc + (1u << 19)) >> 20);
    return uint8_t((acc + r) / (2 * r + 1));
  };
  Img tmp(in.size()), out(in.size());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 4; ++c) {
        uint64_t acc = 0;
        for (int i = -r; i <= r; ++i) acc += tap(i, in[(size_t(y) * w + clampI(x + i, 0, w - 1)) * 4 + c]);
        tmp[(size_t(y) * w + x) * 4 + c] = round(acc);
      }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 4; ++c) {
        uint64_t acc = 0;
        for (int i = -r; i <= r; ++i) acc += tap(i, tmp[(size_t(clampI(y + i, 0, h - 1)) * w + x) * 4 + c]);
        out[(size_t(y) * w + x) * 4 + c] = round(acc);
      }
  return out;
}

Img blur(const Img& in, int w, int h, mlw::BlurKind kind, int r) {
  Img out(in.size(), 0xCD);
  EXPECT_EQ(mlw::imageBlur(in.data(), out.data(), w, h, kind, r), mlw::Status::Ok);
  return out;
}

const mlw::BlurKind kKinds[] = {mlw::BlurKind::Box, mlw::BlurKind::Gaussian};

TEST(ImageBlur, MatchesTheDocumentedFormulaOnOddShapes) {
  for (auto kind : kKinds)
    for (auto [w, h] : std::vector<std::pair<int, int>>{{1, 1}, {1, 7}, {7, 1}, {3, 5}, {16, 9}, {31, 2}})
      for (int r : {0, 1, 2, 3, 5, 8, 40, 130}) {
        Img in = randomImage(w, h, uint32_t(w * 100 + h * 7 + r));
        EXPECT_EQ(blur(in, w, h, kind, r), reference(in, w, h, kind, r)) << w << "x" << h << " r=" << r;
      }
}

TEST(ImageBlur, RadiusZeroIsACopy) {
  Img in = randomImage(5, 4, 3);
  for (auto kind : kKinds) EXPECT_EQ(blur(in, 5, 4, kind, 0), in);
}

TEST(ImageBlur, OnePixelStaysPutWhateverTheRadius) {
  Img in = {10, 200, 33, 255};
  for (auto kind : kKinds)
    for (int r : {1, 7, 1000}) EXPECT_EQ(blur(in, 1, 1, kind, r), in);
}

TEST(ImageBlur, ConstantImageStaysConstant) {
  Img in(12 * 7 * 4);
  for (size_t i = 0; i < in.size(); i += 4) in[i] = 255, in[i + 1] = 128, in[i + 2] = 1, in[i + 3] = 77;
  for (auto kind : kKinds)
    for (int r : {1, 2, 9, 600}) EXPECT_EQ(blur(in, 12, 7, kind, r), in) << r;
}

TEST(ImageBlur, EmptyImageIsFine) {
  EXPECT_EQ(mlw::imageBlur(nullptr, nullptr, 0, 5, mlw::BlurKind::Box, 3), mlw::Status::Ok);
}

TEST(ImageBlur, RejectsBadArguments) {
  uint8_t px[4] = {};
  EXPECT_EQ(mlw::imageBlur(px, px + 0, 1, 1, mlw::BlurKind::Box, -1), mlw::Status::InvalidArgument);
  EXPECT_EQ(mlw::imageBlur(px, px, 1, 1, mlw::BlurKind::Box, mlw::kBlurMaxRadius + 1), mlw::Status::InvalidArgument);
  EXPECT_EQ(mlw::imageBlur(px, px, 1, 1, static_cast<mlw::BlurKind>(7), 1), mlw::Status::InvalidArgument);
}

TEST(ImageBlur, RowRangesComposeToTheWholeImage) {
  const int w = 13, h = 11;
  Img in = randomImage(w, h, 99);
  for (auto kind : kKinds) {
    mlw::BlurKernel k;
    ASSERT_EQ(mlw::blurKernelInit(&k, kind, 3), mlw::Status::Ok);
    std::vector<uint8_t> scratch(mlw::blurScratchBytes(k, w));
    Img tmp(in.size()), out(in.size());
    for (int y0 : {0, 4, 5, 10}) {
      int y1 = y0 == 0 ? 4 : y0 == 4 ? 5 : y0 == 5 ? 10 : h;
      mlw::blurHorizontalRows(in.data(), tmp.data(), w, h, k, y0, y1, scratch.data());
    }
    for (int y0 : {0, 6}) mlw::blurVerticalRows(tmp.data(), out.data(), w, h, k, y0, y0 == 0 ? 6 : h, scratch.data());
    mlw::blurKernelFree(&k);
    EXPECT_EQ(out, blur(in, w, h, kind, 3));
  }
}

TEST(ImageBlur, ThreadedEqualsSingleThreadByteForByte) {
  // Heights below, at and above the thread count; widths on and off the SIMD stride.
  for (auto kind : kKinds)
    for (auto [w, h] : std::vector<std::pair<int, int>>{{1, 1}, {5, 2}, {7, 3}, {17, 4}, {33, 9}, {64, 61}})
      for (int r : {1, 2, 5, 70}) {
        const Img in = randomImage(w, h, uint32_t(w * 131 + h * 7 + r));
        const Img one = blur(in, w, h, kind, r);
        for (unsigned threads = 1; threads <= 4; ++threads) {
          Img out(in.size(), 0xCD);
          ASSERT_EQ(mlw::imageBlur(in.data(), out.data(), w, h, kind, r, threads), mlw::Status::Ok);
          EXPECT_EQ(out, one) << "w=" << w << " h=" << h << " r=" << r << " threads=" << threads;
        }
      }
}

// Images tall enough for the fused bands (both passes per band through a ring of rows,
// used while 4 * (2r + 2) rows fit in a band) and, with more threads or a larger
// radius, for the two-pass path: both must give the documented formula's bytes, at every
// thread count, on widths on and off the SIMD stride.
TEST(ImageBlur, FusedAndTwoPassBandsMatchTheDocumentedFormula) {
  for (auto kind : kKinds)
    for (auto [w, h] : std::vector<std::pair<int, int>>{{1, 16}, {5, 40}, {17, 97}, {33, 130}})
      for (int r : {1, 2, 3, 5, 9}) {
        const Img in = randomImage(w, h, uint32_t(w * 17 + h * 3 + r));
        const Img want = reference(in, w, h, kind, r);
        for (unsigned threads = 1; threads <= 4; ++threads) {
          Img out(in.size(), 0xCD);
          ASSERT_EQ(mlw::imageBlur(in.data(), out.data(), w, h, kind, r, threads), mlw::Status::Ok);
          EXPECT_EQ(out, want) << "w=" << w << " h=" << h << " r=" << r << " threads=" << threads;
        }
      }
}

// In the fused path two threads share a segment of rows from its two ends, claiming a few
// rows at a time until they meet: where they meet depends on timing, the bytes must not.
// Many repeats give many meeting points (and runs where one thread does nearly all).
TEST(ImageBlur, WhereTheThreadsMeetDoesNotChangeTheBytes) {
  const int w = 9, h = 300;
  for (auto kind : kKinds)
    for (int r : {1, 4}) {
      const Img in = randomImage(w, h, uint32_t(r * 7 + 1));
      const Img want = reference(in, w, h, kind, r);
      for (int repeat = 0; repeat < 100; ++repeat) {
        Img out(in.size(), 0xCD);
        ASSERT_EQ(mlw::imageBlur(in.data(), out.data(), w, h, kind, r, 2 + repeat % 2), mlw::Status::Ok);
        ASSERT_EQ(out, want) << "r=" << r << " repeat " << repeat;
      }
    }
}

TEST(ImageBlur, ThreadedEmptyAndBadArguments) {
  EXPECT_EQ(mlw::imageBlur(nullptr, nullptr, 0, 5, mlw::BlurKind::Box, 3, 4), mlw::Status::Ok);
  EXPECT_EQ(mlw::imageBlur(nullptr, nullptr, 5, 0, mlw::BlurKind::Gaussian, 3, 2), mlw::Status::Ok);
  uint8_t px[4] = {};
  EXPECT_EQ(mlw::imageBlur(px, px, 1, 1, mlw::BlurKind::Box, -1, 3), mlw::Status::InvalidArgument);
}

TEST(ImageBlur, BoxReciprocalIsExactForEveryReachableSum) {
  for (int r = 1; r <= mlw::kBlurMaxRadius; r += (r < 140 ? 1 : 37)) {
    mlw::BlurKernel k;
    ASSERT_EQ(mlw::blurKernelInit(&k, mlw::BlurKind::Box, r), mlw::Status::Ok);
    const uint64_t d = 2 * r + 1;
    for (uint64_t x = 0; x <= 255 * d + r; ++x) {
      uint64_t q = k.shift == 24 ? uint64_t(uint32_t(x * uint32_t(k.mul)) >> 24) : (x * k.mul) >> k.shift;
      ASSERT_EQ(q, x / d) << "r=" << r << " x=" << x;
    }
  }
}

TEST(ImageBlur, GaussianWeightsArePositiveDecreasingAndSumTo2Pow20) {
  std::vector<uint32_t> W(mlw::kBlurMaxRadius + 1);
  for (int r = 1; r <= mlw::kBlurMaxRadius; ++r) {
    mlw::gaussianWeights(r, W.data());
    uint64_t sum = W[0];
    for (int i = 1; i <= r; ++i) {
      sum += 2 * uint64_t(W[i]);
      // W_0 carries the rounding remainder (at most r/2 units) so it may dip below W_1.
      if (i >= 2) ASSERT_LE(W[i], W[i - 1]) << "r=" << r << " i=" << i;
    }
    ASSERT_EQ(sum, 1u << 20) << "r=" << r;
    ASSERT_GT(W[0], 0u);
    ASSERT_LE(W[1], W[0] + (r + 1) / 2) << "r=" << r;
  }
}

TEST(ImageBlur, GaussianWeightsForRadius2AreStable) {
  // Pinned so that any change to the weight recipe is noticed (JS has the same test).
  uint32_t W[3];
  mlw::gaussianWeights(2, W);
  EXPECT_EQ(W[0] + 2 * (W[1] + W[2]), 1u << 20);
  EXPECT_GT(W[0], W[1]);
  EXPECT_GT(W[1], W[2]);
  std::printf("gaussian r=2 weights: %u %u %u\n", W[0], W[1], W[2]);
}

TEST(ImageBlur, ExpNegIsCloseToExp) {
  for (double t = 0; t <= 2; t += 0.01) EXPECT_NEAR(mlw::blurExpNeg(t), std::exp(-t), 1e-14);
}

}  // namespace
