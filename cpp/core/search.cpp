#include "core/search.hpp"

#include <cstring>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace mlw {
namespace {

template <typename T>
int64_t lowerBoundEqual(const T* a, size_t n, double target) {
  // Halving loop written exactly as js/fallbacks/search.js so unsorted inputs probe the
  // same positions on both backends.
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + ((hi - lo) >> 1);
    if (static_cast<double>(a[mid]) < target) lo = mid + 1;
    else hi = mid;
  }
  return (lo < n && static_cast<double>(a[lo]) == target) ? static_cast<int64_t>(lo) : -1;
}

template <typename T>
int64_t firstEqual(const T* a, size_t n, double target) {
  for (size_t i = 0; i < n; ++i) {
    if (static_cast<double>(a[i]) == target) return static_cast<int64_t>(i);
  }
  return -1;
}


#define MLW_DISPATCH(FN, data, n, type, target)                                        \
  switch (type) {                                                                      \
    case ElementType::Int8: return FN(static_cast<const int8_t*>(data), n, target);    \
    case ElementType::Uint8: return FN(static_cast<const uint8_t*>(data), n, target);  \
    case ElementType::Int16: return FN(static_cast<const int16_t*>(data), n, target);  \
    case ElementType::Uint16: return FN(static_cast<const uint16_t*>(data), n, target);\
    case ElementType::Int32: return FN(static_cast<const int32_t*>(data), n, target);  \
    case ElementType::Uint32: return FN(static_cast<const uint32_t*>(data), n, target);\
    case ElementType::Float32: return FN(static_cast<const float*>(data), n, target);  \
    case ElementType::Float64: return FN(static_cast<const double*>(data), n, target); \
    default: return -1;                                                                \
  }

// Horspool with a bad-character table on the low byte of each unit: for 16-bit units
// several characters share a slot, and the slot keeps the smallest shift, which is safe.
template <typename U>
int64_t horspool(const U* text, size_t n, const U* pat, size_t m) {
  if (m == 0) return 0;
  if (m > n) return -1;
  size_t shift[256];
  for (auto& s : shift) s = m;
  for (size_t i = 0; i + 1 < m; ++i) shift[pat[i] & 0xFF] = m - 1 - i;
  const U last = pat[m - 1];
  size_t pos = 0;
  while (pos <= n - m) {
    const U c = text[pos + m - 1];
    if (c == last && std::memcmp(text + pos, pat, (m - 1) * sizeof(U)) == 0) return static_cast<int64_t>(pos);
    pos += shift[c & 0xFF];
  }
  return -1;
}

}  // namespace

int64_t searchBinary(const void* data, size_t n, ElementType type, double target) {
  MLW_DISPATCH(lowerBoundEqual, data, n, type, target)
}

int64_t searchLinear(const void* data, size_t n, ElementType type, double target) {
  MLW_DISPATCH(firstEqual, data, n, type, target)
}

int64_t searchContains8(const uint8_t* text, size_t n, const uint8_t* pattern, size_t m) {
#ifdef __wasm_simd128__
  // Compare 16 candidate starts at once on their first and last byte; only lanes where
  // both match are verified. Wins over Horspool for short patterns and common bytes.
  if (m >= 2 && n >= m + 15) {
    const v128_t first = wasm_i8x16_splat(static_cast<int8_t>(pattern[0]));
    const v128_t last = wasm_i8x16_splat(static_cast<int8_t>(pattern[m - 1]));
    size_t pos = 0;
    for (; pos + m - 1 + 16 <= n; pos += 16) {
      const v128_t a = wasm_v128_load(text + pos);
      const v128_t b = wasm_v128_load(text + pos + m - 1);
      uint32_t mask = wasm_i8x16_bitmask(wasm_v128_and(wasm_i8x16_eq(a, first), wasm_i8x16_eq(b, last)));
      while (mask) {
        const unsigned bit = static_cast<unsigned>(__builtin_ctz(mask));
        if (std::memcmp(text + pos + bit + 1, pattern + 1, m - 2) == 0) return static_cast<int64_t>(pos + bit);
        mask &= mask - 1;
      }
    }
    const int64_t rest = horspool(text + pos, n - pos, pattern, m);
    return rest < 0 ? -1 : static_cast<int64_t>(pos) + rest;
  }
#endif
  return horspool(text, n, pattern, m);
}

int64_t searchContains16(const uint16_t* text, size_t n, const uint16_t* pattern, size_t m) {
  return horspool(text, n, pattern, m);
}

}  // namespace mlw
