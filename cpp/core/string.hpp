// string_ kernels over UTF-16 code units, exactly as JS strings hold them. They work by
// code point: a high surrogate followed by a low one is one code point; any other
// surrogate (a lone one) is a code point of its own, kept as it is.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/status.hpp"

namespace mlw {

// out[0..n) = s reversed by code point (pairs keep their order). out must not alias s.
void stringReverse(const uint16_t* s, size_t n, uint16_t* out);

// s equals its code-point reversal (exact comparison, no folding, nothing skipped).
bool stringIsPalindrome(const uint16_t* s, size_t n);

// Distinct code points in order of first occurrence, with their counts. cap must be at
// least min(n, 0x110000); OutOfMemory if the hash table cannot be allocated.
Status stringFrequency(const uint16_t* s, size_t n, uint32_t* codePoints, uint32_t* counts,
                       size_t cap, size_t* distinct);

// Length in code points of the longest run of s made only of code points in chars.
Status stringLongestRun(const uint16_t* s, size_t n, const uint16_t* chars, size_t m,
                        size_t* longest);

}  // namespace mlw
