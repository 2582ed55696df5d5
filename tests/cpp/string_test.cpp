#include "core/string.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

using U16 = std::vector<uint16_t>;

U16 reverse(const U16& s) {
  U16 out(s.size());
  mlw::stringReverse(s.data(), s.size(), out.data());
  return out;
}

TEST(StringReverse, KeepsSurrogatePairsAndLoneSurrogates) {
  EXPECT_EQ(reverse({}), U16{});
  EXPECT_EQ(reverse({'a', 'b', 'c'}), (U16{'c', 'b', 'a'}));
  // "a😀b" : the pair D83D DE00 stays in order
  EXPECT_EQ(reverse({'a', 0xD83D, 0xDE00, 'b'}), (U16{'b', 0xD83D, 0xDE00, 'a'}));
  // lone high, lone low, low-then-high (not a pair)
  EXPECT_EQ(reverse({0xD800, 'x'}), (U16{'x', 0xD800}));
  EXPECT_EQ(reverse({'x', 0xDC00}), (U16{0xDC00, 'x'}));
  EXPECT_EQ(reverse({0xDC00, 0xD800}), (U16{0xD800, 0xDC00}));
  EXPECT_EQ(reverse({0xD800, 0xD800, 0xDC00}), (U16{0xD800, 0xDC00, 0xD800}));
}

TEST(StringIsPalindrome, ByCodePoint) {
  auto pal = [](const U16& s) { return mlw::stringIsPalindrome(s.data(), s.size()); };
  EXPECT_TRUE(pal({}));
  EXPECT_TRUE(pal({'a'}));
  EXPECT_TRUE(pal({'a', 'b', 'a'}));
  EXPECT_FALSE(pal({'a', 'b'}));
  EXPECT_FALSE(pal({'A', 'a'}));  // no case folding
  EXPECT_TRUE(pal({0xD83D, 0xDE00, 'x', 0xD83D, 0xDE00}));
  EXPECT_TRUE(pal({0xD83D, 0xDE00}));
  EXPECT_FALSE(pal({0xD83D, 0xDE00, 0xD83D}));
  EXPECT_TRUE(pal({0xDC00, 'x', 0xDC00}));
  // Unit-wise a palindrome; by code point it is [U+10000] [DC00] [D800], which is not.
  EXPECT_FALSE(pal({0xD800, 0xDC00, 0xDC00, 0xD800}));
}

TEST(StringFrequency, FirstOccurrenceOrderAndCounts) {
  U16 s = {'b', 0xD83D, 0xDE00, 'a', 'b', 0xD800, 0xD83D, 0xDE00, 'b'};
  uint32_t cps[16], counts[16];
  size_t k = 0;
  ASSERT_EQ(mlw::stringFrequency(s.data(), s.size(), cps, counts, s.size(), &k), mlw::Status::Ok);
  ASSERT_EQ(k, 4u);
  EXPECT_EQ(cps[0], uint32_t('b'));
  EXPECT_EQ(counts[0], 3u);
  EXPECT_EQ(cps[1], 0x1F600u);
  EXPECT_EQ(counts[1], 2u);
  EXPECT_EQ(cps[2], uint32_t('a'));
  EXPECT_EQ(cps[3], 0xD800u);
  EXPECT_EQ(mlw::stringFrequency(s.data(), 0, cps, counts, 0, &k), mlw::Status::Ok);
  EXPECT_EQ(k, 0u);
}

TEST(StringFrequency, ManyDistinctCodePoints) {
  U16 s;
  for (uint32_t c = 0; c < 60000; ++c) s.push_back(uint16_t(c < 0xD800 ? c : c + 0x800));
  for (uint32_t c = 0; c < 60000; c += 7) s.push_back(uint16_t(c < 0xD800 ? c : c + 0x800));
  std::vector<uint32_t> cps(s.size()), counts(s.size());
  size_t k = 0;
  ASSERT_EQ(mlw::stringFrequency(s.data(), s.size(), cps.data(), counts.data(), s.size(), &k),
            mlw::Status::Ok);
  ASSERT_EQ(k, 60000u);
  for (uint32_t c = 0; c < 60000; ++c) EXPECT_EQ(counts[c], c % 7 == 0 ? 2u : 1u);
}

TEST(StringLongestRun, Runs) {
  auto run = [](const U16& s, const U16& chars) {
    size_t r = 99;
    EXPECT_EQ(mlw::stringLongestRun(s.data(), s.size(), chars.data(), chars.size(), &r),
              mlw::Status::Ok);
    return r;
  };
  EXPECT_EQ(run({}, {'a'}), 0u);
  EXPECT_EQ(run({'a', 'b'}, {}), 0u);
  EXPECT_EQ(run({'a', 'a', 'x', 'a', 'b', 'a'}, {'a', 'b'}), 3u);
  // emoji counts as one code point; its lone halves are not in the set
  EXPECT_EQ(run({0xD83D, 0xDE00, 0xD83D, 0xDE00, 'a'}, {0xD83D, 0xDE00}), 2u);
  EXPECT_EQ(run({0xD83D, 'a', 0xD83D}, {0xD83D, 0xDE00}), 0u);
  EXPECT_EQ(run({0xD83D, 'a', 0xD83D}, {0xD83D}), 1u);
}

}  // namespace
