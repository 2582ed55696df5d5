#include "core/search.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace {

using mlw::ElementType;

int64_t bin(const std::vector<double>& v, double t) { return mlw::searchBinary(v.data(), v.size(), ElementType::Float64, t); }
int64_t lin(const std::vector<double>& v, double t) { return mlw::searchLinear(v.data(), v.size(), ElementType::Float64, t); }

int64_t contains(const std::string& text, const std::string& pat) {
  return mlw::searchContains8(reinterpret_cast<const uint8_t*>(text.data()), text.size(),
                              reinterpret_cast<const uint8_t*>(pat.data()), pat.size());
}

TEST(SearchBinary, EmptyAndSingle) {
  EXPECT_EQ(bin({}, 1), -1);
  EXPECT_EQ(bin({5}, 5), 0);
  EXPECT_EQ(bin({5}, 4), -1);
  EXPECT_EQ(bin({5}, 6), -1);
}

TEST(SearchBinary, DuplicatesGiveTheFirstIndex) {
  EXPECT_EQ(bin({1, 2, 2, 2, 2, 3}, 2), 1);
  EXPECT_EQ(bin(std::vector<double>(1000, 7.0), 7), 0);
}

TEST(SearchBinary, NaNTargetNeverFoundAndNaNElementsSortLast) {
  const double nan = std::nan("");
  EXPECT_EQ(bin({1, 2, nan, nan}, nan), -1);
  EXPECT_EQ(bin({1, 2, nan, nan}, 2), 1);
}

TEST(SearchBinary, SignedZerosAreEqual) {
  EXPECT_EQ(bin({-1, -0.0, 0.0, 1}, 0.0), 1);
  EXPECT_EQ(bin({-1, 0.0, 1}, -0.0), 1);
}

TEST(SearchBinary, EveryElementTypeAndEveryPosition) {
  std::vector<int8_t> i8{-128, -5, 0, 3, 127};
  std::vector<uint16_t> u16{0, 1, 500, 65535};
  std::vector<float> f32{-1.5f, 0.25f, 3.0f};
  for (size_t i = 0; i < i8.size(); ++i) EXPECT_EQ(mlw::searchBinary(i8.data(), i8.size(), ElementType::Int8, i8[i]), int64_t(i));
  for (size_t i = 0; i < u16.size(); ++i) EXPECT_EQ(mlw::searchBinary(u16.data(), u16.size(), ElementType::Uint16, u16[i]), int64_t(i));
  for (size_t i = 0; i < f32.size(); ++i) EXPECT_EQ(mlw::searchBinary(f32.data(), f32.size(), ElementType::Float32, f32[i]), int64_t(i));
  EXPECT_EQ(mlw::searchBinary(i8.data(), i8.size(), ElementType::Int8, 0.5), -1);
  EXPECT_EQ(mlw::searchBinary(i8.data(), i8.size(), ElementType::Int8, -1000), -1);
  EXPECT_EQ(mlw::searchBinary(i8.data(), i8.size(), ElementType::Int8, INFINITY), -1);
}

TEST(SearchBinary, UnsortedInputNeverReturnsAWrongHit) {
  std::vector<double> v{9, 1, 8, 2, 7, 3};
  for (double t : {1.0, 2.0, 3.0, 7.0, 8.0, 9.0, 5.0}) {
    int64_t r = bin(v, t);
    if (r >= 0) EXPECT_EQ(v[size_t(r)], t);
  }
}

TEST(SearchLinear, FirstIndexWithStrictEquality) {
  const double nan = std::nan("");
  EXPECT_EQ(lin({}, 1), -1);
  EXPECT_EQ(lin({3, 1, 3}, 3), 0);
  EXPECT_EQ(lin({nan, 1}, nan), -1);
  EXPECT_EQ(lin({5, -0.0}, 0.0), 1);
  std::vector<uint32_t> u{4000000000u, 1};
  EXPECT_EQ(mlw::searchLinear(u.data(), 2, ElementType::Uint32, 4000000000.0), 0);
  EXPECT_EQ(mlw::searchLinear(u.data(), 2, ElementType::Uint32, -1), -1);
}

TEST(SearchContains, EmptyPatternAndEdges) {
  EXPECT_EQ(contains("", ""), 0);
  EXPECT_EQ(contains("abc", ""), 0);
  EXPECT_EQ(contains("", "a"), -1);
  EXPECT_EQ(contains("ab", "abc"), -1);
  EXPECT_EQ(contains("abc", "abc"), 0);
  EXPECT_EQ(contains("a", "a"), 0);
}

TEST(SearchContains, MatchesStdFindAroundSimdWidths) {
  uint32_t seed = 7;
  auto next = [&seed] { seed = seed * 1664525u + 1013904223u; return seed >> 24; };
  for (size_t n : {0u, 1u, 15u, 16u, 17u, 31u, 32u, 33u, 47u, 64u, 100u, 1000u}) {
    for (size_t m : {1u, 2u, 3u, 15u, 16u, 17u, 40u}) {
      for (int trial = 0; trial < 20; ++trial) {
        std::string text(n, 'a'), pat(m, 'a');
        for (auto& c : text) c = char('a' + next() % 3);  // small alphabet: many near-hits
        for (auto& c : pat) c = char('a' + next() % 3);
        if (trial % 2 == 0 && m <= n) pat = text.substr(next() % (n - m + 1), m);
        auto want = text.find(pat);
        EXPECT_EQ(contains(text, pat), want == std::string::npos ? -1 : int64_t(want)) << text << " / " << pat;
      }
    }
  }
}

TEST(SearchContains, AllByteValuesIncludingHighBytes) {
  std::string text;
  for (int i = 0; i < 256; ++i) text.push_back(char(i));
  text += text;
  for (int i = 0; i < 255; ++i) {
    EXPECT_EQ(contains(text, text.substr(size_t(i), 2)), i);
  }
}

TEST(SearchContains, SixteenBitUnitsShareShiftSlotsSafely) {
  // 0x0141 and 0x0241 share the low byte: the shift table must stay conservative.
  std::vector<uint16_t> text{0x41, 0x0141, 0x0241, 0x0141, 0x7a};
  std::vector<uint16_t> pat{0x0241, 0x0141};
  EXPECT_EQ(mlw::searchContains16(text.data(), text.size(), pat.data(), pat.size()), 2);
  std::vector<uint16_t> miss{0x0141, 0x0141};
  EXPECT_EQ(mlw::searchContains16(text.data(), text.size(), miss.data(), miss.size()), -1);
}

}  // namespace
