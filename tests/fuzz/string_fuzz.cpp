// libFuzzer target for the code-point handling of the string_ kernels: the input bytes
// are read as UTF-16 code units (lone and swapped surrogates included, as JS strings may
// hold them) and the kernels must agree with each other and with a simple reference.
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/string.hpp"

namespace {

// Code points of s the way JS's string iterator yields them.
std::vector<uint32_t> codePoints(const std::vector<uint16_t>& s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      out.push_back(0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00));
      ++i;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<uint16_t> s(size / 2);
  if (!s.empty()) std::memcpy(s.data(), data, s.size() * 2);
  const auto cps = codePoints(s);

  std::vector<uint16_t> rev(s.size());
  mlw::stringReverse(s.data(), s.size(), rev.data());
  // Reversal keeps the code units' multiset and, on a string of whole code points, the
  // reversed sequence of code points.
  check(rev.size() == s.size());
  auto cpsRev = codePoints(rev);
  bool allPairedOrBmp = true;
  for (uint16_t u : s) allPairedOrBmp &= (u < 0xD800 || u > 0xDFFF);
  if (allPairedOrBmp) check(std::vector<uint32_t>(cps.rbegin(), cps.rend()) == cpsRev);

  const bool palindrome = mlw::stringIsPalindrome(s.data(), s.size());
  check(palindrome == (std::vector<uint32_t>(cps.rbegin(), cps.rend()) == cps));

  const size_t cap = s.size() + 1;
  std::vector<uint32_t> points(cap), counts(cap);
  size_t distinct = 0;
  check(mlw::stringFrequency(s.data(), s.size(), points.data(), counts.data(), cap, &distinct) == mlw::Status::Ok);
  size_t total = 0;
  for (size_t i = 0; i < distinct; ++i) total += counts[i];
  check(total == cps.size());

  // The first quarter of the units as the allowed set: the longest run never exceeds the
  // number of code points.
  size_t m = s.size() / 4;
  size_t longest = 0;
  check(mlw::stringLongestRun(s.data() + m, s.size() - m, s.data(), m, &longest) == mlw::Status::Ok);
  check(longest <= cps.size());
  return 0;
}
