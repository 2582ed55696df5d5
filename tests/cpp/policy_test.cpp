#include "core/policy.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using mlw::KernelPath;
using mlw::Route;

int setId(mlw::Policy& p, int id, mlw::OperationThresholds t) {
  EXPECT_TRUE(p.setThresholds(id, t));
  return id;
}

mlw::Policy policy(bool simd, unsigned threads) {
  mlw::Policy p;
  p.configure(simd, threads);
  return p;
}

TEST(Policy, UnknownOperationRunsOnWasmSingleThreaded) {
  auto p = policy(true, 4);
  auto d = p.decide(7, 1e9);
  EXPECT_EQ(d.route, Route::Wasm);
  EXPECT_EQ(d.path, KernelPath::Simd);
  EXPECT_EQ(d.threads, 1u);
  EXPECT_EQ(p.decide(-1, 5).route, Route::Wasm);
  EXPECT_EQ(p.decide(mlw::Policy::kMaxOperations, 5).route, Route::Wasm);
}

TEST(Policy, BelowWasmMinSizeGoesToJs) {
  auto p = policy(false, 1);
  int id = setId(p, 0, {1000, -1, 0});
  EXPECT_EQ(p.decide(id, 999).route, Route::Js);
  EXPECT_EQ(p.decide(id, 1000).route, Route::Wasm);
  EXPECT_EQ(p.decide(id, 1000).path, KernelPath::Scalar);
}

TEST(Policy, ThreadsFromThreadsMinSize) {
  auto p = policy(true, 4);
  int id = setId(p, 1, {10, 5000, 0});
  auto small = p.decide(id, 4999);
  EXPECT_EQ(small.route, Route::Wasm);
  EXPECT_EQ(small.path, KernelPath::Simd);
  EXPECT_EQ(small.threads, 1u);
  auto big = p.decide(id, 5000);
  EXPECT_EQ(big.path, KernelPath::Threaded);
  EXPECT_EQ(big.threads, 4u);
}

TEST(Policy, PerOperationMaxThreadsCaps) {
  auto p = policy(true, 4);
  int id = setId(p, 2, {0, 1, 2});
  EXPECT_EQ(p.decide(id, 100).threads, 2u);
  int one = setId(p, 3, {0, 1, 1});
  EXPECT_EQ(p.decide(one, 100).threads, 1u);
  EXPECT_EQ(p.decide(one, 100).path, KernelPath::Simd);
}

TEST(Policy, NoThreadsWithoutThreadsInTheInstance) {
  auto p = policy(true, 1);
  int id = setId(p, 2, {0, 1, 0});
  EXPECT_EQ(p.decide(id, 1e9).threads, 1u);
  EXPECT_EQ(p.decide(id, 1e9).path, KernelPath::Simd);
}

TEST(Policy, NegativeThreadsMinSizeMeansNever) {
  auto p = policy(true, 4);
  int id = setId(p, 2, {0, -1, 0});
  EXPECT_EQ(p.decide(id, 1e12).threads, 1u);
}

TEST(Policy, ReplacingThresholds) {
  auto p = policy(false, 2);
  int id = setId(p, 2, {100, -1, 0});
  EXPECT_EQ(p.decide(id, 50).route, Route::Js);
  setId(p, 2, {10, -1, 0});
  EXPECT_EQ(p.decide(id, 50).route, Route::Wasm);
  EXPECT_FALSE(p.setThresholds(-1, {}));
  EXPECT_FALSE(p.setThresholds(mlw::Policy::kMaxOperations, {}));
}

TEST(Policy, InvalidNumbersAreClampedNotTrusted) {
  auto p = policy(true, 2);
  int id = setId(p, 2, {NAN, NAN, 0});
  auto d = p.decide(id, 0);
  EXPECT_EQ(d.route, Route::Wasm);
  EXPECT_EQ(d.threads, 1u);
  int neg = setId(p, 3, {-5, 0, 0});
  EXPECT_EQ(p.decide(neg, 0).route, Route::Wasm);
  EXPECT_EQ(p.decide(neg, 0).threads, 2u);
}

TEST(Policy, ConfigureClampsThreads) {
  auto p = policy(false, 0);
  EXPECT_EQ(p.threads(), 1u);
  p.configure(false, 100000);
  EXPECT_EQ(p.threads(), 64u);
}

// The shortcut a host may take without asking agrees with decide() at every size.
TEST(Policy, ShortcutAgreesWithDecide) {
  const mlw::OperationThresholds rows[] = {{0, -1, 0}, {100, -1, 0}, {100, 5000, 0}, {100, 50, 0},
                                           {0, 0, 1},  {0, 10, 2},   {NAN, NAN, 0}, {1e9, 1, 0}};
  for (unsigned threads : {1u, 2u, 4u}) {
    for (bool simd : {false, true}) {
      auto p = policy(simd, threads);
      const int n = static_cast<int>(sizeof rows / sizeof rows[0]);
      for (int id = 0; id < n; ++id) p.setThresholds(id, rows[id]);
      for (int id = 0; id <= n; ++id) {  // id n has no thresholds
        const mlw::Shortcut s = p.shortcut(id);
        for (double size : {-1.0, 0.0, 1.0, 9.0, 10.0, 49.0, 50.0, 99.0, 100.0, 4999.0, 5000.0, 1e9, 1e12}) {
          const mlw::Decision d = p.decide(id, size);
          if (size < s.wasmMinSize) {
            EXPECT_EQ(d.route, Route::Js) << id << " " << size;
          } else if (size < s.threadsFrom) {
            EXPECT_EQ(d.route, Route::Wasm) << id << " " << size;
            EXPECT_EQ(d.threads, 1u) << id << " " << size;
            EXPECT_EQ(d.path, simd ? KernelPath::Simd : KernelPath::Scalar);
          } else {
            EXPECT_EQ(d.path, KernelPath::Threaded) << id << " " << size;
          }
        }
      }
    }
  }
}

}  // namespace
