// Every allocation in the core can fail, and a failure is a status, never an abort, a
// leak or a wrong answer: each kernel that allocates is run once to count its
// allocations, then again with each of them failing in turn (alloc.hpp's test hook).
// The run must either report OutOfMemory with the failed size recorded, or — where the
// failed allocation was optional (parallelFor's thread stacks: the range then runs
// inline) — give exactly the answer of the run without failures. Run under ASan/UBSan
// by scripts/test-cpp.sh --sanitize, which also catches leaks on these paths.
#include <gtest/gtest.h>

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <functional>
#include <vector>

#include "core/alloc.hpp"
#include "core/data.hpp"
#include "core/science_expr.hpp"
#include "core/image_blur.hpp"
#include "core/json.hpp"
#include "core/json_stringify.hpp"
#include "core/matrix.hpp"
#include "core/numeric.hpp"
#include "core/parallel.hpp"
#include "core/science.hpp"
#include "core/string.hpp"

namespace {

using mlw::Status;

// Runs `call` (returns true when it reported OutOfMemory) with allocation 1, 2, … n
// failing, where n is what a clean run allocates; `same` checks an answer that did not
// fail against the clean one. Returns how many of the runs reported OutOfMemory.
int failEachAllocation(const std::function<bool()>& call, const std::function<void()>& same) {
  const uint64_t before = mlw::testing::allocationCount();
  EXPECT_FALSE(call()) << "clean run";
  const uint64_t n = mlw::testing::allocationCount() - before;
  EXPECT_GT(n, 0u);
  int reported = 0;
  for (uint64_t i = 1; i <= n; ++i) {
    mlw::clearFailedAllocation();
    mlw::testing::failAllocation(i);
    const bool oom = call();
    mlw::testing::failAllocation(0);
    if (oom) {
      ++reported;
      EXPECT_GT(mlw::lastFailedAllocation(), 0u) << "allocation " << i << " failed but no size was recorded";
    } else {
      same();
    }
  }
  mlw::clearFailedAllocation();
  return reported;
}

TEST(AllocFailure, HookFailsExactlyTheNthAllocation) {
  mlw::testing::failAllocation(2);
  void* a = mlw::allocate(8);
  void* b = mlw::allocate(24);
  void* c = mlw::allocate(8);
  EXPECT_NE(a, nullptr);
  EXPECT_EQ(b, nullptr);
  EXPECT_NE(c, nullptr);
  EXPECT_EQ(mlw::lastFailedAllocation(), 24u);
  mlw::release(a);
  mlw::release(c);
  mlw::clearFailedAllocation();
  EXPECT_EQ(mlw::lastFailedAllocation(), 0u);
}

TEST(AllocFailure, OverflowingSizesFailInsteadOfWrapping) {
  EXPECT_EQ(mlw::allocate(mlw::checkedBytes(SIZE_MAX / 2, 4)), nullptr);
  EXPECT_EQ(mlw::allocateZeroed(SIZE_MAX / 2, 4), nullptr);
  EXPECT_EQ(mlw::lastFailedAllocation(), SIZE_MAX);
  mlw::clearFailedAllocation();
}

class MatrixMultiplyFailure : public ::testing::TestWithParam<unsigned> {};

TEST_P(MatrixMultiplyFailure, PackingScratchFailsAsAStatus) {
  const unsigned threads = GetParam();
  const size_t m = 70, k = 300, n = 90;  // k > KC: several panels
  std::vector<double> a(m * k), b(k * n), want(m * n), c(m * n);
  for (size_t i = 0; i < a.size(); ++i) a[i] = double(i % 13) - 6;
  for (size_t i = 0; i < b.size(); ++i) b[i] = double(i % 7) * 0.5;
  mlw::matrixMultiplyNaive(a.data(), b.data(), want.data(), m, k, n);
  const int reported = failEachAllocation(
      [&] { return mlw::matrixMultiplyF64(a.data(), b.data(), c.data(), m, k, n, threads) == Status::OutOfMemory; },
      [&] { EXPECT_EQ(std::memcmp(c.data(), want.data(), c.size() * sizeof(double)), 0); });
  EXPECT_GE(reported, 1);
  std::vector<float> af(a.begin(), a.end()), bf(b.begin(), b.end()), wf(m * n), cf(m * n);
  mlw::matrixMultiplyNaive(af.data(), bf.data(), wf.data(), m, k, n);
  failEachAllocation(
      [&] { return mlw::matrixMultiplyF32(af.data(), bf.data(), cf.data(), m, k, n, threads) == Status::OutOfMemory; },
      [&] { EXPECT_EQ(std::memcmp(cf.data(), wf.data(), cf.size() * sizeof(float)), 0); });
}

INSTANTIATE_TEST_SUITE_P(Threads, MatrixMultiplyFailure, ::testing::Values(1u, 3u));

TEST(AllocFailure, ImageBlurEveryScratch) {
  const int w = 37, h = 23;
  std::vector<uint8_t> in(size_t(w) * h * 4), want(in.size()), out(in.size());
  for (size_t i = 0; i < in.size(); ++i) in[i] = uint8_t(i * 31 + 7);
  // r = 1: fused bands (a ring of rows per band) on one thread, two-pass on three;
  // r = 3: two-pass (an intermediate image) on both.
  for (auto kind : {mlw::BlurKind::Box, mlw::BlurKind::Gaussian}) {
    for (int r : {1, 3}) {
      for (unsigned threads : {1u, 3u}) {
        ASSERT_EQ(mlw::imageBlur(in.data(), want.data(), w, h, kind, r, 1), Status::Ok);
        failEachAllocation([&] { return mlw::imageBlur(in.data(), out.data(), w, h, kind, r, threads) == Status::OutOfMemory; },
                           [&] { EXPECT_EQ(out, want); });
      }
    }
  }
}

TEST(AllocFailure, DataSort) {
  std::vector<double> values(300);
  for (size_t i = 0; i < values.size(); ++i) values[i] = double((i * 7919) % 301) - 150;
  std::vector<double> work;
  failEachAllocation(
      [&] {
        work = values;
        const Status s = mlw::dataSortTyped(work.data(), work.size(), mlw::ElementType::Float64);
        if (s == Status::OutOfMemory) EXPECT_EQ(work, values);  // untouched on failure
        return s == Status::OutOfMemory;
      },
      [&] { EXPECT_TRUE(std::is_sorted(work.begin(), work.end())); });
  const std::vector<uint16_t> units = {'b', 'a', 'c', 'a', 'a'};
  const std::vector<uint32_t> offsets = {0, 1, 2, 3, 5};
  std::vector<uint32_t> order(4);
  failEachAllocation([&] { return mlw::dataSortStrings(units.data(), offsets.data(), 4, order.data()) == Status::OutOfMemory; },
                     [&] { EXPECT_EQ(order, (std::vector<uint32_t>{1, 3, 0, 2})); });
}

TEST(AllocFailure, Strings) {
  std::vector<uint16_t> s;
  for (int i = 0; i < 500; ++i) s.push_back(uint16_t('a' + i % 26));
  std::vector<uint32_t> cps(s.size()), counts(s.size());
  size_t distinct = 0;
  failEachAllocation(
      [&] { return mlw::stringFrequency(s.data(), s.size(), cps.data(), counts.data(), cps.size(), &distinct) == Status::OutOfMemory; },
      [&] { EXPECT_EQ(distinct, 26u); });
  const uint16_t chars[] = {'a', 'b', 'c'};
  size_t longest = 0;
  failEachAllocation([&] { return mlw::stringLongestRun(s.data(), s.size(), chars, 3, &longest) == Status::OutOfMemory; },
                     [&] { EXPECT_EQ(longest, 3u); });
}

TEST(AllocFailure, JsonParseAndStringify) {
  const char* doc = R"({"a":[1,2.5e300,"x\u00e9y",{"b":null,"c":true}],"long":"0123456789012345678901234567890123456789"})";
  std::vector<uint16_t> text(doc, doc + std::strlen(doc));
  std::vector<uint16_t> roundTrip;
  failEachAllocation(
      [&] {
        mlw::JsonTape tape;
        mlw::JsonError error{};
        const Status s = mlw::jsonParse(text.data(), text.size(), tape, error);
        if (s == Status::OutOfMemory) return true;
        EXPECT_EQ(s, Status::Ok);
        mlw::GrowBuffer<uint16_t> out;
        const Status t = mlw::jsonStringifyTape(tape.tape.data(), tape.tape.size(), tape.numbers.data(), tape.numbers.size(),
                                                tape.strings.data(), tape.strings.size(), out);
        if (t == Status::OutOfMemory) return true;
        EXPECT_EQ(t, Status::Ok);
        roundTrip.assign(out.data(), out.data() + out.size());
        return false;
      },
      [&] { EXPECT_EQ(roundTrip, text); });
  const uint16_t field[] = {'b'};
  failEachAllocation(
      [&] {
        mlw::JsonExtractResult r;
        mlw::JsonError error{};
        return mlw::jsonExtractNumbers(text.data(), text.size(), field, 1, r, error) == Status::OutOfMemory;
      },
      [] {});
}

TEST(AllocFailure, NumericAndIntegrate) {
  std::vector<uint32_t> limbs(mlw::fibonacciLimbCapacity(500));
  size_t len = 0;
  failEachAllocation([&] { return mlw::fibonacciExact(500, limbs.data(), limbs.size(), &len) == Status::OutOfMemory; },
                     [&] { EXPECT_GT(len, 0u); });
  const char* expr = "sin(x) * x + 2";
  double result = 0;
  size_t position = 0;
  double want = 0;
  ASSERT_EQ(mlw::scienceIntegrate(expr, std::strlen(expr), 0, 1, 100, &want, &position), mlw::ExprError::None);
  failEachAllocation(
      [&] {
        const mlw::ExprError e = mlw::scienceIntegrate(expr, std::strlen(expr), 0, 1, 100, &result, &position);
        return e == mlw::ExprError::OutOfMemory;
      },
      [&] { EXPECT_EQ(result, want); });
}

TEST(AllocFailure, ParallelForRunsInlineWithoutItsStacks) {
  for (uint64_t i = 1; i <= 4; ++i) {
    std::vector<int> seen(100, 0);
    mlw::testing::failAllocation(i);
    mlw::parallelFor(seen.size(), 4, [&](size_t b, size_t e) {
      for (size_t j = b; j < e; ++j) seen[j]++;
    });
    mlw::testing::failAllocation(0);
    EXPECT_EQ(std::count(seen.begin(), seen.end(), 1), 100);
  }
}

}  // namespace
