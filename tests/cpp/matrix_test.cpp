#include "core/matrix.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {

// Values with mixed signs, zeros (both signs) and a spread of exponents, so that any
// change in summation order shows up in the low bits.
template <typename T>
std::vector<T> randomMatrix(size_t count, uint32_t seed) {
  std::vector<T> v(count);
  for (auto& x : v) {
    seed = seed * 1664525u + 1013904223u;
    const uint32_t r = seed >> 8;
    if (r % 17 == 0) {
      x = (r & 1) ? T(-0.0) : T(0);
      continue;
    }
    const double mant = double(r % 100000) / 100000.0 + 0.5;
    const int expo = int((r >> 3) % 21) - 10;
    x = T(((r & 2) ? -1 : 1) * std::ldexp(mant, expo));
  }
  return v;
}

// Bit patterns, so +0 and -0 (and every ulp) are told apart.
template <typename T>
bool sameBits(const std::vector<T>& x, const std::vector<T>& y) {
  return x.size() == y.size() && std::memcmp(x.data(), y.data(), x.size() * sizeof(T)) == 0;
}

mlw::Status multiply(const double* a, const double* b, double* c, size_t m, size_t k, size_t n,
                     unsigned threads = 1) {
  return mlw::matrixMultiplyF64(a, b, c, m, k, n, threads);
}
mlw::Status multiply(const float* a, const float* b, float* c, size_t m, size_t k, size_t n,
                     unsigned threads = 1) {
  return mlw::matrixMultiplyF32(a, b, c, m, k, n, threads);
}

template <typename T>
void expectMatchesNaive(size_t m, size_t k, size_t n, uint32_t seed) {
  const auto a = randomMatrix<T>(m * k, seed);
  const auto b = randomMatrix<T>(k * n, seed * 7 + 1);
  std::vector<T> fast(m * n, T(123)), slow(m * n);
  ASSERT_EQ(multiply(a.data(), b.data(), fast.data(), m, k, n), mlw::Status::Ok);
  mlw::matrixMultiplyNaive(a.data(), b.data(), slow.data(), m, k, n);
  EXPECT_TRUE(sameBits(fast, slow)) << m << "x" << k << " * " << k << "x" << n;
}

}  // namespace

using mlw::Status;

TEST(MatrixMultiply, OneByOne) {
  const double a = 3, b = -2.5;
  double c = 99;
  ASSERT_EQ(mlw::matrixMultiplyF64(&a, &b, &c, 1, 1, 1), Status::Ok);
  EXPECT_EQ(c, -7.5);
}

TEST(MatrixMultiply, NonSquareKnownResult) {
  const std::vector<double> a = {1, 2, 3, 4, 5, 6};         // 2x3
  const std::vector<double> b = {7, 8, 9, 10, 11, 12};      // 3x2
  std::vector<double> c(4);
  ASSERT_EQ(mlw::matrixMultiplyF64(a.data(), b.data(), c.data(), 2, 3, 2), Status::Ok);
  EXPECT_EQ(c, (std::vector<double>{58, 64, 139, 154}));
}

TEST(MatrixMultiply, IdentityLeavesMatrixUnchanged) {
  const size_t n = 37;
  const auto a = randomMatrix<double>(n * n, 5);
  std::vector<double> id(n * n, 0.0), c(n * n);
  for (size_t i = 0; i < n; ++i) id[i * n + i] = 1.0;
  ASSERT_EQ(mlw::matrixMultiplyF64(a.data(), id.data(), c.data(), n, n, n), Status::Ok);
  // a*1 + 0*x sums exactly to a, except that a -0 entry becomes +0 (0 + -0 = +0).
  for (size_t i = 0; i < n * n; ++i) EXPECT_EQ(c[i], a[i] == 0 ? 0.0 : a[i]);
}

TEST(MatrixMultiply, SumStartsFromPositiveZero) {
  const double a = -0.0, b = 1.0;
  double c = 1;
  ASSERT_EQ(mlw::matrixMultiplyF64(&a, &b, &c, 1, 1, 1), Status::Ok);
  EXPECT_FALSE(std::signbit(c));
}

TEST(MatrixMultiply, InnerDimensionOne) {
  expectMatchesNaive<double>(9, 1, 13, 3);
  expectMatchesNaive<float>(9, 1, 13, 3);
}

TEST(MatrixMultiply, ZeroInnerDimensionGivesZeros) {
  std::vector<double> c(6, 5.0);
  ASSERT_EQ(mlw::matrixMultiplyF64(nullptr, nullptr, c.data(), 2, 0, 3), Status::Ok);
  EXPECT_EQ(c, std::vector<double>(6, 0.0));
}

TEST(MatrixMultiply, EmptyOuterDimensionsAreFine) {
  double c = 5.0;
  const double x = 1;
  EXPECT_EQ(mlw::matrixMultiplyF64(&x, &x, &c, 0, 1, 1), Status::Ok);
  EXPECT_EQ(mlw::matrixMultiplyF64(&x, &x, &c, 1, 1, 0), Status::Ok);
  EXPECT_EQ(c, 5.0);
}

// Sizes around the micro-tile (4 rows, 4 or 8 columns), the row block (64) and the k
// panel (256 for f64, 512 for f32), so every edge path runs.
TEST(MatrixMultiply, BlockedEqualsNaiveBitForBitF64) {
  const size_t sizes[] = {1, 2, 3, 4, 5, 7, 8, 9, 63, 64, 65};
  uint32_t seed = 11;
  for (size_t m : sizes)
    for (size_t n : sizes) expectMatchesNaive<double>(m, (m * 3 + n) % 19 + 1, n, seed++);
  expectMatchesNaive<double>(67, 255, 5, seed++);
  expectMatchesNaive<double>(5, 256, 67, seed++);
  expectMatchesNaive<double>(66, 257, 9, seed++);
  expectMatchesNaive<double>(130, 600, 131, seed++);
}

TEST(MatrixMultiply, BlockedEqualsNaiveBitForBitF32) {
  const size_t sizes[] = {1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 63, 64, 65};
  uint32_t seed = 23;
  for (size_t m : sizes)
    for (size_t n : sizes) expectMatchesNaive<float>(m, (m + 5 * n) % 23 + 1, n, seed++);
  expectMatchesNaive<float>(9, 511, 17, seed++);
  expectMatchesNaive<float>(65, 513, 9, seed++);
  expectMatchesNaive<float>(70, 1100, 70, seed++);
}

TEST(MatrixMultiply, RowRangesTogetherGiveTheFullProduct) {
  const size_t m = 71, k = 300, n = 29;
  const auto a = randomMatrix<double>(m * k, 1);
  const auto b = randomMatrix<double>(k * n, 2);
  std::vector<double> whole(m * n), parts(m * n, -1.0);
  ASSERT_EQ(mlw::matrixMultiplyF64(a.data(), b.data(), whole.data(), m, k, n), Status::Ok);
  const size_t cuts[] = {0, 1, 30, 30, 67, 71};
  for (size_t i = 0; i + 1 < std::size(cuts); ++i)
    ASSERT_EQ(mlw::matrixMultiplyRowsF64(a.data(), b.data(), parts.data(), m, k, n, cuts[i], cuts[i + 1]),
              Status::Ok);
  EXPECT_TRUE(sameBits(whole, parts));

  const auto af = randomMatrix<float>(m * k, 3);
  const auto bf = randomMatrix<float>(k * n, 4);
  std::vector<float> wholef(m * n), partsf(m * n, -1.0f);
  ASSERT_EQ(mlw::matrixMultiplyF32(af.data(), bf.data(), wholef.data(), m, k, n), Status::Ok);
  ASSERT_EQ(mlw::matrixMultiplyRowsF32(af.data(), bf.data(), partsf.data(), m, k, n, 0, 40), Status::Ok);
  ASSERT_EQ(mlw::matrixMultiplyRowsF32(af.data(), bf.data(), partsf.data(), m, k, n, 40, m), Status::Ok);
  EXPECT_TRUE(sameBits(wholef, partsf));
}

// Threaded products split c's rows into whole micro-tiles; any count must give the
// single-thread bits, including shapes with fewer tiles than threads and ragged edges.
template <typename T>
void expectSameForEveryThreadCount(size_t m, size_t k, size_t n, uint32_t seed) {
  const auto a = randomMatrix<T>(m * k, seed);
  const auto b = randomMatrix<T>(k * n, seed + 1);
  std::vector<T> one(m * n, T(-7));
  ASSERT_EQ(multiply(a.data(), b.data(), one.data(), m, k, n), Status::Ok);
  for (unsigned threads = 1; threads <= 4; ++threads) {
    std::vector<T> c(m * n, T(-7));
    ASSERT_EQ(multiply(a.data(), b.data(), c.data(), m, k, n, threads), Status::Ok);
    EXPECT_TRUE(sameBits(one, c)) << "m=" << m << " k=" << k << " n=" << n << " threads=" << threads;
  }
}

TEST(MatrixMultiply, ThreadedEqualsSingleThreadBitForBit) {
  const size_t shapes[][3] = {{1, 1, 1}, {3, 5, 2}, {4, 7, 4}, {5, 9, 3}, {9, 300, 17},
                              {13, 513, 33}, {64, 64, 64}, {67, 600, 65}, {130, 257, 9},
                              // several row blocks and k-blocks: the shared packed b of the threaded path
                              {200, 700, 37},
                              // rows claimed k-block by k-block, a wait between k-blocks (f64: 5, f32: 3)
                              {301, 1100, 70}};
  uint32_t seed = 91;
  for (const auto& s : shapes) {
    expectSameForEveryThreadCount<double>(s[0], s[1], s[2], seed++);
    expectSameForEveryThreadCount<float>(s[0], s[1], s[2], seed++);
  }
}

TEST(MatrixMultiply, ThreadedEmptyShapes) {
  std::vector<double> c(6, -1.0);
  ASSERT_EQ(mlw::matrixMultiplyF64(nullptr, nullptr, c.data(), 2, 0, 3, 4), Status::Ok);
  for (double x : c) EXPECT_EQ(x, 0.0);
  double x = 1, y = 5;
  EXPECT_EQ(mlw::matrixMultiplyF64(&x, &x, &y, 0, 1, 1, 3), Status::Ok);
  EXPECT_EQ(y, 5.0);
  float f = 1, g = 5;
  EXPECT_EQ(mlw::matrixMultiplyF32(&f, &f, &g, 1, 1, 0, 2), Status::Ok);
  EXPECT_EQ(g, 5.0f);
}

TEST(MatrixMultiply, RowRangeOutsideTheMatrixIsRejected) {
  double x = 1, c = 0;
  EXPECT_EQ(mlw::matrixMultiplyRowsF64(&x, &x, &c, 1, 1, 1, 0, 2), Status::InvalidArgument);
  EXPECT_EQ(mlw::matrixMultiplyRowsF64(&x, &x, &c, 1, 1, 1, 1, 0), Status::InvalidArgument);
}

TEST(MatrixTranspose, NonSquareAndAcrossTiles) {
  for (size_t rows : {1, 2, 31, 33, 70})
    for (size_t cols : {1, 3, 32, 65}) {
      const auto a = randomMatrix<double>(rows * cols, uint32_t(rows * 100 + cols));
      std::vector<double> t(rows * cols);
      mlw::matrixTransposeF64(a.data(), t.data(), rows, cols);
      for (size_t i = 0; i < rows; ++i)
        for (size_t j = 0; j < cols; ++j) ASSERT_EQ(std::memcmp(&t[j * rows + i], &a[i * cols + j], 8), 0);
    }
  const std::vector<float> f = {1, 2, 3, 4, 5, 6};
  std::vector<float> ft(6);
  mlw::matrixTransposeF32(f.data(), ft.data(), 2, 3);
  EXPECT_EQ(ft, (std::vector<float>{1, 4, 2, 5, 3, 6}));
}

TEST(MatrixDeterminant, SmallKnownValues) {
  std::vector<double> one = {-4.5};
  EXPECT_EQ(mlw::matrixDeterminantInPlace(one.data(), 1), -4.5);
  std::vector<double> two = {1, 2, 3, 4};
  EXPECT_EQ(mlw::matrixDeterminantInPlace(two.data(), 2), -2.0);
  std::vector<double> three = {2, 0, 0, 0, 3, 0, 0, 0, 4};
  EXPECT_EQ(mlw::matrixDeterminantInPlace(three.data(), 3), 24.0);
  EXPECT_EQ(mlw::matrixDeterminantInPlace(nullptr, 0), 1.0);
}

TEST(MatrixDeterminant, RowSwapFlipsSign) {
  std::vector<double> p = {0, 1, 1, 0};  // permutation matrix: one swap
  EXPECT_EQ(mlw::matrixDeterminantInPlace(p.data(), 2), -1.0);
}

TEST(MatrixDeterminant, ExactlySingularGivesZero) {
  std::vector<double> dup = {1, 2, 3, 1, 2, 3, 4, 5, 6};
  EXPECT_EQ(mlw::matrixDeterminantInPlace(dup.data(), 3), 0.0);
  std::vector<double> zeroCol = {0, 1, 0, 2};
  EXPECT_EQ(mlw::matrixDeterminantInPlace(zeroCol.data(), 2), 0.0);
  std::vector<double> zeros(16, 0.0);
  const double d = mlw::matrixDeterminantInPlace(zeros.data(), 4);
  EXPECT_EQ(d, 0.0);
  EXPECT_FALSE(std::signbit(d));
}

TEST(MatrixDeterminant, NearSingularIsSmallButNotZero) {
  std::vector<double> a = {1, 1, 1, 1 + 1e-12};
  const double d = mlw::matrixDeterminantInPlace(a.data(), 2);
  EXPECT_NE(d, 0.0);
  EXPECT_NEAR(d, 1e-12, 1e-15);
}

TEST(MatrixDeterminant, FirstLargestPivotWins) {
  // Rows 1 and 2 tie for the largest |value| in column 0; the first (row 1) must be the
  // pivot. With row 2 as pivot the rounding differs, so the exact value pins the choice.
  std::vector<double> a = {0.1, 0.7, 0.3, -3, 0.2, 1.0 / 3, 3, 0.9, 0.11};
  std::vector<double> b = a;
  const double d = mlw::matrixDeterminantInPlace(a.data(), 3);
  // Hand-run of the documented algorithm with row 1 as the first pivot.
  std::swap_ranges(b.begin(), b.begin() + 3, b.begin() + 3);
  double det = 1.0;
  bool neg = true;
  for (size_t c = 0; c < 3; ++c) {
    size_t pr = c;
    for (size_t r = c + 1; r < 3; ++r)
      if (std::fabs(b[r * 3 + c]) > std::fabs(b[pr * 3 + c])) pr = r;
    if (pr != c) {
      std::swap_ranges(b.begin() + c * 3, b.begin() + c * 3 + 3, b.begin() + pr * 3);
      neg = !neg;
    }
    for (size_t r = c + 1; r < 3; ++r) {
      const double f = b[r * 3 + c] / b[c * 3 + c];
      for (size_t j = c + 1; j < 3; ++j) b[r * 3 + j] = b[r * 3 + j] - f * b[c * 3 + j];
    }
    det = det * b[c * 3 + c];
  }
  EXPECT_EQ(d, neg ? -det : det);
  EXPECT_NEAR(d, -0.0868, 1e-12);  // cofactor expansion by hand
}

TEST(MatrixDeterminant, TriangularIsProductOfDiagonal) {
  const size_t n = 9;
  std::vector<double> a(n * n, 0.0);
  double expected = 1.0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i; j < n; ++j) a[i * n + j] = double(i + j + 1);
    expected *= a[i * n + i];
  }
  EXPECT_EQ(mlw::matrixDeterminantInPlace(a.data(), n), expected);
}
