#include "core/data.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace {

using mlw::ElementType;
using mlw::Status;

uint32_t lcg(uint32_t& s) { s = s * 1664525u + 1013904223u; return s; }

template <typename T>
void expectSortedLikeStd(std::vector<T> v, ElementType type) {
  auto want = v;
  std::sort(want.begin(), want.end());
  ASSERT_EQ(mlw::dataSortTyped(v.data(), v.size(), type), Status::Ok);
  EXPECT_EQ(v, want);
}

TEST(DataSort, EmptyOneAndAllEqual) {
  std::vector<int32_t> e;
  EXPECT_EQ(mlw::dataSortTyped(e.data(), 0, ElementType::Int32), Status::Ok);
  expectSortedLikeStd<int32_t>({42}, ElementType::Int32);
  expectSortedLikeStd<int32_t>(std::vector<int32_t>(1000, -7), ElementType::Int32);
}

TEST(DataSort, IntegersOfEveryWidthAndSignAtManySizes) {
  uint32_t s = 1;
  for (size_t n : {2u, 15u, 16u, 17u, 47u, 48u, 49u, 255u, 256u, 1000u, 70000u}) {
    std::vector<int8_t> a(n); std::vector<uint8_t> b(n); std::vector<int16_t> c(n); std::vector<uint16_t> d(n);
    std::vector<int32_t> e(n); std::vector<uint32_t> f(n); std::vector<int64_t> g(n); std::vector<uint64_t> h(n);
    for (size_t i = 0; i < n; ++i) {
      uint32_t r = lcg(s);
      uint64_t r64 = (uint64_t(lcg(s)) << 32) | lcg(s);
      a[i] = int8_t(r); b[i] = uint8_t(r >> 8); c[i] = int16_t(r); d[i] = uint16_t(r >> 3);
      e[i] = int32_t(r); f[i] = r; g[i] = int64_t(r64); h[i] = r64;
    }
    expectSortedLikeStd(a, ElementType::Int8);
    expectSortedLikeStd(b, ElementType::Uint8);
    expectSortedLikeStd(c, ElementType::Int16);
    expectSortedLikeStd(d, ElementType::Uint16);
    expectSortedLikeStd(e, ElementType::Int32);
    expectSortedLikeStd(f, ElementType::Uint32);
    expectSortedLikeStd(g, ElementType::BigInt64);
    expectSortedLikeStd(h, ElementType::BigUint64);
  }
}

TEST(DataSort, EveryByteValueInEveryRadixPass) {
  // Each byte position takes all 256 values, so no pass is skipped.
  std::vector<uint32_t> v;
  for (uint32_t i = 0; i < 256; ++i) v.push_back(i * 0x01010101u ^ (i << 8));
  std::reverse(v.begin(), v.end());
  expectSortedLikeStd(v, ElementType::Uint32);
  std::vector<int32_t> w{std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max(), 0, -1, 1};
  for (int i = 0; i < 100; ++i) w.push_back(int32_t(i * 0x01020304));
  expectSortedLikeStd(w, ElementType::Int32);
}

uint64_t bitsOf(double d) { uint64_t b; std::memcpy(&b, &d, 8); return b; }

TEST(DataSort, FloatOrderNegZeroBeforePosZeroNaNLast) {
  for (size_t pad : {0u, 100u}) {  // below and above the insertion-sort cut-off
    const double nan = std::nan("");
    std::vector<double> v{nan, 1.0, -0.0, 0.0, -INFINITY, INFINITY, -nan, -1.0, 0.0, -0.0, 5e-324, -5e-324};
    for (size_t i = 0; i < pad; ++i) v.push_back(double(i) - 50.5);
    ASSERT_EQ(mlw::dataSortTyped(v.data(), v.size(), ElementType::Float64), Status::Ok);
    const size_t n = v.size();
    EXPECT_TRUE(std::isnan(v[n - 1]) && std::isnan(v[n - 2]));
    EXPECT_FALSE(std::isnan(v[n - 3]));
    EXPECT_EQ(bitsOf(v[n - 1]), bitsOf(std::nan("")));
    EXPECT_EQ(v[0], -INFINITY);
    EXPECT_EQ(v[n - 3], INFINITY);
    for (size_t i = 1; i + 2 < n; ++i) {
      ASSERT_LE(v[i - 1], v[i]);
      if (v[i - 1] == 0 && v[i] == 0) EXPECT_FALSE(std::signbit(v[i]) && !std::signbit(v[i - 1]));
    }
    auto firstPos = std::find_if(v.begin(), v.end(), [](double d) { return d == 0 && !std::signbit(d); });
    auto lastNeg = std::find_if(v.rbegin(), v.rend(), [](double d) { return d == 0 && std::signbit(d); });
    EXPECT_LT(lastNeg.base() - v.begin(), firstPos - v.begin() + 1);
  }
}

TEST(DataSort, Float32RandomMatchesStdSortOnNonNaN) {
  uint32_t s = 9;
  std::vector<float> v(5000);
  for (auto& f : v) { uint32_t b = lcg(s); std::memcpy(&f, &b, 4); if (std::isnan(f)) f = 1.0f; }
  auto want = v;
  std::stable_sort(want.begin(), want.end(), [](float a, float b) {
    return a < b || (a == 0 && b == 0 && std::signbit(a) && !std::signbit(b));
  });
  ASSERT_EQ(mlw::dataSortTyped(v.data(), v.size(), ElementType::Float32), Status::Ok);
  for (size_t i = 0; i < v.size(); ++i) {
    uint32_t x, y;
    std::memcpy(&x, &v[i], 4); std::memcpy(&y, &want[i], 4);
    ASSERT_EQ(x, y) << i;
  }
}

TEST(DataSort, OnlyNaNs) {
  std::vector<float> v(3, std::nanf("7"));
  ASSERT_EQ(mlw::dataSortTyped(v.data(), v.size(), ElementType::Float32), Status::Ok);
  for (float f : v) EXPECT_TRUE(std::isnan(f));
}

std::vector<uint32_t> sortStrings(const std::vector<std::u16string>& s) {
  std::vector<uint16_t> units;
  std::vector<uint32_t> offsets{0};
  for (auto& x : s) { units.insert(units.end(), x.begin(), x.end()); offsets.push_back(uint32_t(units.size())); }
  std::vector<uint32_t> order(s.size());
  EXPECT_EQ(mlw::dataSortStrings(units.data(), offsets.data(), s.size(), order.data()), Status::Ok);
  return order;
}

TEST(DataSortStrings, CodeUnitOrderPrefixFirstStable) {
  EXPECT_TRUE(sortStrings({}).empty());
  EXPECT_EQ(sortStrings({u"b", u"", u"ab", u"a", u"b"}), (std::vector<uint32_t>{1, 3, 2, 0, 4}));
  // A surrogate (0xD83D) sorts before U+FFFD in code-unit order (not code-point order).
  EXPECT_EQ(sortStrings({u"\uFFFD", u"\U0001F600"}), (std::vector<uint32_t>{1, 0}));
}

TEST(DataSortStrings, PrefixKeyTiesAndEmbeddedZeros) {
  // Equal 4-unit prefixes, strings shorter than the key (zero padding vs a real U+0000),
  // and long common prefixes all need the full comparison to decide.
  std::vector<std::u16string> s{u"abcdz", u"abcd", u"abc", std::u16string(u"abc\0", 4), u"abcda", u"", std::u16string(1, u'\0'),
                                u"abcdabcdabcdX", u"abcdabcdabcdA", u"ab"};
  auto order = sortStrings(s);
  std::vector<std::u16string> got;
  for (auto i : order) got.push_back(s[i]);
  auto want = s;
  std::stable_sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
}

}  // namespace
