// The batch entry points give exactly the single-item kernels' results, in one loop.
#include "core/batch.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <vector>

#include "core/alloc.hpp"
#include "core/crypto_sha256.hpp"
#include "core/matrix.hpp"
#include "core/numeric.hpp"

namespace {

TEST(Batch, Sha256MatchesSingleCalls) {
  std::mt19937 rng(7);
  std::vector<uint8_t> data;
  std::vector<uint32_t> offsets{0};
  for (int i = 0; i < 50; ++i) {
    const size_t len = i == 3 ? 0 : rng() % 300;  // an empty item too
    for (size_t j = 0; j < len; ++j) data.push_back(uint8_t(rng()));
    offsets.push_back(uint32_t(data.size()));
  }
  std::vector<uint8_t> digests(32 * 50);
  ASSERT_EQ(mlw::sha256Batch(data.data(), offsets.data(), 50, digests.data()), mlw::Status::Ok);
  for (int i = 0; i < 50; ++i) {
    uint8_t want[32];
    mlw::sha256(data.data() + offsets[i], offsets[i + 1] - offsets[i], want);
    EXPECT_EQ(std::memcmp(want, digests.data() + 32 * i, 32), 0) << "item " << i;
  }
  EXPECT_EQ(mlw::sha256Batch(data.data(), offsets.data(), 0, digests.data()), mlw::Status::Ok);
}

TEST(Batch, Sha256RejectsDecreasingOffsets) {
  const uint8_t data[4] = {1, 2, 3, 4};
  const uint32_t offsets[3] = {0, 3, 2};
  uint8_t digests[64];
  EXPECT_EQ(mlw::sha256Batch(data, offsets, 2, digests), mlw::Status::InvalidArgument);
}

TEST(Batch, FibonacciMatchesSingleCalls) {
  const std::vector<uint32_t> ns{0, 1, 2, 47, 48, 78, 92, 93, 94, 200, 1000, 5, 0, 20000};
  const size_t cap = mlw::fibonacciBatchCapacity(ns.data(), ns.size());
  std::vector<uint32_t> out(cap), starts(ns.size()), lens(ns.size());
  ASSERT_EQ(mlw::fibonacciBatch(ns.data(), ns.size(), out.data(), cap, starts.data(), lens.data()), mlw::Status::Ok);
  for (size_t i = 0; i < ns.size(); ++i) {
    std::vector<uint32_t> want(mlw::fibonacciLimbCapacity(ns[i]));
    size_t len = 0;
    ASSERT_EQ(mlw::fibonacciExact(ns[i], want.data(), want.size(), &len), mlw::Status::Ok);
    ASSERT_EQ(lens[i], len) << "n = " << ns[i];
    for (size_t j = 0; j < len; ++j) EXPECT_EQ(out[starts[i] + j], want[j]) << "n = " << ns[i] << ", limb " << j;
  }
}

TEST(Batch, FibonacciReportsTooSmallArenaAndFailedScratch) {
  const uint32_t ns[2] = {10, 5000};
  const size_t cap = mlw::fibonacciBatchCapacity(ns, 2);
  std::vector<uint32_t> out(cap);
  uint32_t starts[2], lens[2];
  EXPECT_EQ(mlw::fibonacciBatch(ns, 2, out.data(), cap - 1, starts, lens), mlw::Status::InvalidArgument);
  // The one allocation (fibonacciExact's scratch for n = 5000) fails as a status.
  mlw::testing::failAllocation(1);
  EXPECT_EQ(mlw::fibonacciBatch(ns, 2, out.data(), cap, starts, lens), mlw::Status::OutOfMemory);
  mlw::testing::failAllocation(0);
  mlw::clearFailedAllocation();
}

template <typename T>
void checkMultiplyBatch(mlw::Status (*batch)(const T*, const T*, T*, const uint32_t*, size_t),
                        mlw::Status (*single)(const T*, const T*, T*, size_t, size_t, size_t, unsigned)) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> dist(-100, 100);
  // Small (naive loop), empty and large (blocked kernel) items.
  const std::vector<uint32_t> dims{8, 8, 8, 1, 1, 1, 3, 5, 2, 0, 4, 3, 4, 0, 3, 40, 41, 42, 8, 8, 8};
  const size_t count = dims.size() / 3;
  std::vector<T> a, b;
  size_t cTotal = 0;
  for (size_t i = 0; i < count; ++i) {
    for (size_t j = 0; j < size_t(dims[3 * i]) * dims[3 * i + 1]; ++j) a.push_back(T(dist(rng)));
    for (size_t j = 0; j < size_t(dims[3 * i + 1]) * dims[3 * i + 2]; ++j) b.push_back(T(dist(rng)));
    cTotal += size_t(dims[3 * i]) * dims[3 * i + 2];
  }
  std::vector<T> c(cTotal, T(-1));
  ASSERT_EQ(batch(a.data(), b.data(), c.data(), dims.data(), count), mlw::Status::Ok);
  size_t ai = 0, bi = 0, ci = 0;
  for (size_t i = 0; i < count; ++i) {
    const size_t m = dims[3 * i], k = dims[3 * i + 1], n = dims[3 * i + 2];
    std::vector<T> want(m * n + 1);
    ASSERT_EQ(single(a.data() + ai, b.data() + bi, want.data(), m, k, n, 1), mlw::Status::Ok);
    for (size_t j = 0; j < m * n; ++j) ASSERT_EQ(std::memcmp(&c[ci + j], &want[j], sizeof(T)), 0) << "item " << i << " entry " << j;
    ai += m * k;
    bi += k * n;
    ci += m * n;
  }
}

// The small-product loop (eight columns at a time, then the rest one by one) against
// the textbook reference, bit for bit, over every shape up to 12×12×20 (widths below,
// at and above multiples of eight; k = 0 gives zeros), with ±0 and cancelling entries.
template <typename T>
void checkSmallShapes(mlw::Status (*batch)(const T*, const T*, T*, const uint32_t*, size_t)) {
  std::mt19937 rng(5);
  const T entries[] = {T(0), T(-0.0), T(1), T(-1), T(0.1), T(3.5), T(-1e10), T(1e10), T(7e-3)};
  for (uint32_t m = 1; m <= 12; m += 3) {
    for (uint32_t k = 0; k <= 12; ++k) {
      for (uint32_t n = 1; n <= 20; ++n) {
        std::vector<T> a(m * k), b(k * n), c(m * n, T(-7)), want(m * n);
        for (T& x : a) x = entries[rng() % 9];
        for (T& x : b) x = entries[rng() % 9];
        const uint32_t dims[3] = {m, k, n};
        ASSERT_EQ(batch(a.data(), b.data(), c.data(), dims, 1), mlw::Status::Ok);
        mlw::matrixMultiplyNaive<T>(a.data(), b.data(), want.data(), m, k, n);
        for (size_t j = 0; j < want.size(); ++j) {
          ASSERT_EQ(std::memcmp(&c[j], &want[j], sizeof(T)), 0) << m << "x" << k << "x" << n << " entry " << j;
        }
      }
    }
  }
}

TEST(Batch, MatrixMultiplySmallShapesMatchTheTextbookLoop) {
  checkSmallShapes<double>(mlw::matrixMultiplyBatchF64);
  checkSmallShapes<float>(mlw::matrixMultiplyBatchF32);
}

TEST(Batch, MatrixMultiplyF64MatchesSingleCalls) { checkMultiplyBatch<double>(mlw::matrixMultiplyBatchF64, mlw::matrixMultiplyF64); }
TEST(Batch, MatrixMultiplyF32MatchesSingleCalls) { checkMultiplyBatch<float>(mlw::matrixMultiplyBatchF32, mlw::matrixMultiplyF32); }

TEST(Batch, MatrixMultiplyLargeItemScratchFailsAsStatus) {
  const uint32_t dims[3] = {40, 41, 42};
  std::vector<double> a(40 * 41, 1.0), b(41 * 42, 2.0), c(40 * 42);
  mlw::testing::failAllocation(1);
  EXPECT_EQ(mlw::matrixMultiplyBatchF64(a.data(), b.data(), c.data(), dims, 1), mlw::Status::OutOfMemory);
  mlw::testing::failAllocation(0);
  mlw::clearFailedAllocation();
}

}  // namespace
