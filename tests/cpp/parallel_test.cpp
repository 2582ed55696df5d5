#include "core/parallel.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

namespace {

// Every (begin, end) parallelFor produced, in call order of completion.
std::vector<std::pair<size_t, size_t>> ranges(size_t n, unsigned threads) {
  std::mutex lock;
  std::vector<std::pair<size_t, size_t>> seen;
  mlw::parallelFor(n, threads, [&](size_t b, size_t e) {
    std::lock_guard<std::mutex> guard(lock);
    seen.emplace_back(b, e);
  });
  std::sort(seen.begin(), seen.end());
  return seen;
}

void expectPartition(size_t n, unsigned threads, size_t expectedParts) {
  auto r = ranges(n, threads);
  ASSERT_EQ(r.size(), expectedParts) << "n=" << n << " threads=" << threads;
  size_t next = 0, smallest = n, largest = 0;
  for (auto [b, e] : r) {
    EXPECT_EQ(b, next);
    EXPECT_LT(b, e);
    smallest = std::min(smallest, e - b);
    largest = std::max(largest, e - b);
    next = e;
  }
  EXPECT_EQ(next, n);
  EXPECT_LE(largest - smallest, 1u);
}

TEST(ParallelFor, EmptyRangeCallsNothing) {
  int calls = 0;
  mlw::parallelFor(0, 4, [&](size_t, size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(ParallelFor, OneThreadRunsInlineOnce) {
  expectPartition(10, 1, 1);
  expectPartition(10, 0, 1);  // 0 is treated as 1
}

TEST(ParallelFor, SplitsIntoDisjointNearEqualRanges) {
  expectPartition(10, 3, 3);
  expectPartition(1000, 4, 4);
  expectPartition(7, 2, 2);
}

TEST(ParallelFor, NeverMoreRangesThanItems) {
  expectPartition(3, 8, 3);
  expectPartition(1, 4, 1);
}

TEST(ParallelFor, CapsAbsurdThreadCounts) {
  expectPartition(100000, 1000, mlw::kMaxParallelThreads);
}

TEST(ParallelFor, EveryElementWrittenExactlyOnce) {
  std::vector<int> hits(100003, 0);
  mlw::parallelFor(hits.size(), 4, [&](size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) hits[i] += 1;
  });
  for (int h : hits) ASSERT_EQ(h, 1);
}

TEST(ParallelFor, ResultIndependentOfThreadCount) {
  auto sum = [](unsigned threads) {
    std::vector<double> partial(8, 0.0);
    std::vector<double> x(5000);
    for (size_t i = 0; i < x.size(); ++i) x[i] = 1.0 / double(i + 1);
    // Per-range partial sums combined in range order: deterministic for a fixed split.
    std::atomic<uint64_t> total{0};
    mlw::parallelFor(x.size(), threads, [&](size_t b, size_t e) {
      uint64_t s = 0;
      for (size_t i = b; i < e; ++i) s += static_cast<uint64_t>(x[i] * 1e9);
      total += s;
    });
    return total.load();
  };
  EXPECT_EQ(sum(1), sum(2));
  EXPECT_EQ(sum(1), sum(4));
}

TEST(ParallelFor, RunsOnDistinctThreads) {
  ASSERT_TRUE(mlw::threadsSupported());
  mlw::setThreadCount(2);
  EXPECT_EQ(mlw::parallelProbe(1000), 2u);
  mlw::setThreadCount(3);
  EXPECT_EQ(mlw::parallelProbe(1000), 3u);
  EXPECT_EQ(mlw::parallelProbe(2), 2u);  // fewer items than threads
  mlw::setThreadCount(1);
  EXPECT_EQ(mlw::parallelProbe(1000), 1u);
}

TEST(ParallelFor, ThreadCountIsClamped) {
  mlw::setThreadCount(0);
  EXPECT_EQ(mlw::threadCount(), 1u);
  mlw::setThreadCount(100000);
  EXPECT_EQ(mlw::threadCount(), mlw::kMaxParallelThreads);
  mlw::setThreadCount(1);
}

TEST(ParallelFor, ManyCallsInARow) {
  // Thread start/join per call must not leak or deadlock.
  std::atomic<size_t> total{0};
  for (int k = 0; k < 200; ++k) {
    mlw::parallelFor(64, 2, [&](size_t b, size_t e) { total += e - b; });
  }
  EXPECT_EQ(total.load(), 200u * 64u);
}

}  // namespace
