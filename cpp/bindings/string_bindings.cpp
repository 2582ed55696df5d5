// embind glue for the string_ family. Strings cross as UTF-16 code units (what JS
// strings are), so lone surrogates survive and no UTF-8 transcoding happens.
#include <emscripten/bind.h>

#include "core/string.hpp"

namespace {

const uint16_t* units(uintptr_t p) { return reinterpret_cast<const uint16_t*>(p); }

void reverseBinding(uintptr_t s, size_t n, uintptr_t out) {
  mlw::stringReverse(units(s), n, reinterpret_cast<uint16_t*>(out));
}

bool palindromeBinding(uintptr_t s, size_t n) { return mlw::stringIsPalindrome(units(s), n); }

int frequencyBinding(uintptr_t s, size_t n, uintptr_t codePoints, uintptr_t counts, size_t cap,
                     uintptr_t distinctOut) {
  size_t distinct = 0;
  const mlw::Status st =
      mlw::stringFrequency(units(s), n, reinterpret_cast<uint32_t*>(codePoints),
                           reinterpret_cast<uint32_t*>(counts), cap, &distinct);
  *reinterpret_cast<uint32_t*>(distinctOut) = uint32_t(distinct);
  return int(st);
}

int longestRunBinding(uintptr_t s, size_t n, uintptr_t chars, size_t m, uintptr_t out) {
  size_t longest = 0;
  const mlw::Status st = mlw::stringLongestRun(units(s), n, units(chars), m, &longest);
  *reinterpret_cast<uint32_t*>(out) = uint32_t(longest);
  return int(st);
}

}  // namespace

EMSCRIPTEN_BINDINGS(string) {
  emscripten::function("string_reverse", &reverseBinding);
  emscripten::function("string_is_palindrome", &palindromeBinding);
  emscripten::function("string_frequency", &frequencyBinding);
  emscripten::function("string_longest_substring", &longestRunBinding);
}
