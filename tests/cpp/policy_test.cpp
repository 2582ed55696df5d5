#include "core/policy.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using mlw::KernelPath;
using mlw::Route;

mlw::Policy policy(bool simd, unsigned threads) {
  mlw::Policy p;
  p.configure(simd, threads);
  return p;
}

TEST(Policy, UnknownOperationRunsOnWasmSingleThreaded) {
  auto p = policy(true, 4);
  auto d = p.decide("nothing_here", 1e9);
  EXPECT_EQ(d.route, Route::Wasm);
  EXPECT_EQ(d.path, KernelPath::Simd);
  EXPECT_EQ(d.threads, 1u);
  EXPECT_EQ(p.decide(-1, 5).route, Route::Wasm);
  EXPECT_EQ(p.decide(12345, 5).route, Route::Wasm);
}

TEST(Policy, BelowWasmMinSizeGoesToJs) {
  auto p = policy(false, 1);
  int id = p.setThresholds("matrix_multiply", {1000, -1, 0});
  EXPECT_EQ(p.decide(id, 999).route, Route::Js);
  EXPECT_EQ(p.decide(id, 1000).route, Route::Wasm);
  EXPECT_EQ(p.decide(id, 1000).path, KernelPath::Scalar);
}

TEST(Policy, ThreadsFromThreadsMinSize) {
  auto p = policy(true, 4);
  int id = p.setThresholds("image_blur", {10, 5000, 0});
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
  int id = p.setThresholds("x", {0, 1, 2});
  EXPECT_EQ(p.decide(id, 100).threads, 2u);
  int one = p.setThresholds("y", {0, 1, 1});
  EXPECT_EQ(p.decide(one, 100).threads, 1u);
  EXPECT_EQ(p.decide(one, 100).path, KernelPath::Simd);
}

TEST(Policy, NoThreadsWithoutThreadsInTheInstance) {
  auto p = policy(true, 1);
  int id = p.setThresholds("x", {0, 1, 0});
  EXPECT_EQ(p.decide(id, 1e9).threads, 1u);
  EXPECT_EQ(p.decide(id, 1e9).path, KernelPath::Simd);
}

TEST(Policy, NegativeThreadsMinSizeMeansNever) {
  auto p = policy(true, 4);
  int id = p.setThresholds("x", {0, -1, 0});
  EXPECT_EQ(p.decide(id, 1e12).threads, 1u);
}

TEST(Policy, ReplacingThresholdsKeepsTheId) {
  auto p = policy(false, 2);
  int id = p.setThresholds("x", {100, -1, 0});
  EXPECT_EQ(p.setThresholds("x", {10, -1, 0}), id);
  EXPECT_EQ(p.operationId("x"), id);
  EXPECT_EQ(p.decide(id, 50).route, Route::Wasm);
  EXPECT_EQ(p.operationId("absent"), -1);
}

TEST(Policy, InvalidNumbersAreClampedNotTrusted) {
  auto p = policy(true, 2);
  int id = p.setThresholds("x", {NAN, NAN, 0});
  auto d = p.decide(id, 0);
  EXPECT_EQ(d.route, Route::Wasm);
  EXPECT_EQ(d.threads, 1u);
  int neg = p.setThresholds("y", {-5, 0, 0});
  EXPECT_EQ(p.decide(neg, 0).route, Route::Wasm);
  EXPECT_EQ(p.decide(neg, 0).threads, 2u);
}

TEST(Policy, ConfigureClampsThreads) {
  auto p = policy(false, 0);
  EXPECT_EQ(p.threads(), 1u);
  p.configure(false, 100000);
  EXPECT_EQ(p.threads(), 64u);
}

TEST(Policy, PackedDecision) {
  mlw::Decision d{Route::Wasm, KernelPath::Threaded, 3};
  EXPECT_EQ(d.packed() & 1, 1);
  EXPECT_EQ((d.packed() >> 1) & 3, 2);
  EXPECT_EQ(d.packed() >> 8, 3);
  mlw::Decision js{Route::Js, KernelPath::Scalar, 1};
  EXPECT_EQ(js.packed(), 1 << 8);
}

}  // namespace
