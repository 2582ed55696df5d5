#include "core/alloc.hpp"
#include "core/string.hpp"

#include <cstdlib>

namespace mlw {

namespace {

inline bool isHigh(uint16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
inline bool isLow(uint16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

// The code point starting at s[i]; *len gets 1 or 2.
inline uint32_t codePointAt(const uint16_t* s, size_t n, size_t i, size_t* len) {
  const uint16_t u = s[i];
  if (isHigh(u) && i + 1 < n && isLow(s[i + 1])) {
    *len = 2;
    return 0x10000 + ((uint32_t(u) - 0xD800) << 10) + (s[i + 1] - 0xDC00);
  }
  *len = 1;
  return u;
}

// The code point ending just before s[end]; *len gets 1 or 2.
inline uint32_t codePointBefore(const uint16_t* s, size_t end, size_t* len) {
  const uint16_t u = s[end - 1];
  if (isLow(u) && end >= 2 && isHigh(s[end - 2])) {
    *len = 2;
    return 0x10000 + ((uint32_t(s[end - 2]) - 0xD800) << 10) + (u - 0xDC00);
  }
  *len = 1;
  return u;
}

}  // namespace

void stringReverse(const uint16_t* s, size_t n, uint16_t* out) {
  size_t o = 0;
  size_t end = n;
  while (end > 0) {
    const uint16_t u = s[end - 1];
    if (isLow(u) && end >= 2 && isHigh(s[end - 2])) {
      out[o++] = s[end - 2];
      out[o++] = u;
      end -= 2;
    } else {
      out[o++] = u;
      end -= 1;
    }
  }
}

bool stringIsPalindrome(const uint16_t* s, size_t n) {
  // A string splits into code points in exactly one way, so walking in from both ends
  // meets at the same boundaries as a full reversal would.
  size_t i = 0, j = n;
  while (i < j) {
    size_t lf, lb;
    if (codePointAt(s, n, i, &lf) != codePointBefore(s, j, &lb)) return false;
    i += lf;
    j -= lb;
  }
  return true;
}

Status stringFrequency(const uint16_t* s, size_t n, uint32_t* codePoints, uint32_t* counts,
                       size_t cap, size_t* distinct) {
  *distinct = 0;
  if (n == 0) return Status::Ok;
  // Open addressing: code point -> index into the output, sized for a load below 1/2.
  size_t slots = 64;
  const size_t most = n < 0x110000 ? n : 0x110000;
  while (slots < 2 * most) slots <<= 1;
  uint32_t* table = static_cast<uint32_t*>(allocate(slots * sizeof(uint32_t)));
  if (!table) return Status::OutOfMemory;
  for (size_t k = 0; k < slots; ++k) table[k] = UINT32_MAX;
  const size_t mask = slots - 1;
  size_t count = 0;
  Status status = Status::Ok;
  for (size_t i = 0; i < n;) {
    size_t len;
    const uint32_t cp = codePointAt(s, n, i, &len);
    i += len;
    size_t h = (cp * 0x9E3779B1u) & mask;
    while (table[h] != UINT32_MAX && codePoints[table[h]] != cp) h = (h + 1) & mask;
    if (table[h] == UINT32_MAX) {
      if (count == cap) {
        status = Status::InvalidArgument;
        break;
      }
      table[h] = uint32_t(count);
      codePoints[count] = cp;
      counts[count] = 0;
      ++count;
    }
    ++counts[table[h]];
  }
  release(table);
  *distinct = count;
  return status;
}

Status stringLongestRun(const uint16_t* s, size_t n, const uint16_t* chars, size_t m,
                        size_t* longest) {
  *longest = 0;
  if (n == 0 || m == 0) return Status::Ok;
  // One bit per code point (136 KiB) makes membership a single load.
  uint8_t* set = static_cast<uint8_t*>(allocateZeroed(0x110000 / 8, 1));
  if (!set) return Status::OutOfMemory;
  for (size_t i = 0; i < m;) {
    size_t len;
    const uint32_t cp = codePointAt(chars, m, i, &len);
    set[cp >> 3] |= uint8_t(1u << (cp & 7));
    i += len;
  }
  size_t run = 0, best = 0;
  for (size_t i = 0; i < n;) {
    size_t len;
    const uint32_t cp = codePointAt(s, n, i, &len);
    i += len;
    if (set[cp >> 3] & (1u << (cp & 7))) {
      if (++run > best) best = run;
    } else {
      run = 0;
    }
  }
  release(set);
  *longest = best;
  return Status::Ok;
}

}  // namespace mlw
