#include "core/numeric_bigint.hpp"

namespace mlw {

namespace {
void trim(BigSpan& x) {
  while (x.len > 0 && x.limbs[x.len - 1] == 0) --x.len;
}
}  // namespace

void bigAdd(const BigSpan& a, const BigSpan& b, BigSpan& dst) {
  const BigSpan& lo = a.len < b.len ? a : b;
  const BigSpan& hi = a.len < b.len ? b : a;
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < lo.len; ++i) {
    carry += uint64_t(lo.limbs[i]) + hi.limbs[i];
    dst.limbs[i] = uint32_t(carry);
    carry >>= 32;
  }
  for (; i < hi.len; ++i) {
    carry += hi.limbs[i];
    dst.limbs[i] = uint32_t(carry);
    carry >>= 32;
  }
  dst.limbs[i] = uint32_t(carry);
  dst.len = i + 1;
  trim(dst);
}

void bigSub(const BigSpan& a, const BigSpan& b, BigSpan& dst) {
  int64_t borrow = 0;
  size_t i = 0;
  for (; i < a.len; ++i) {
    int64_t d = int64_t(a.limbs[i]) - (i < b.len ? int64_t(b.limbs[i]) : 0) - borrow;
    borrow = d < 0;
    dst.limbs[i] = uint32_t(d + (borrow << 32));
  }
  dst.len = a.len;
  trim(dst);
}

void bigSqr(const BigSpan& a, BigSpan& dst) {
  const size_t n = a.len;
  if (n == 0) {
    dst.len = 0;
    return;
  }
  uint32_t* d = dst.limbs;
  for (size_t i = 0; i < 2 * n; ++i) d[i] = 0;
  // Each cross product a[i]*a[j] (i < j) once, then doubled, then the squares added.
  for (size_t i = 0; i < n; ++i) {
    const uint64_t ai = a.limbs[i];
    uint64_t carry = 0;
    for (size_t j = i + 1; j < n; ++j) {
      carry += ai * a.limbs[j] + d[i + j];
      d[i + j] = uint32_t(carry);
      carry >>= 32;
    }
    d[i + n] = uint32_t(carry);
  }
  uint32_t top = 0;
  for (size_t i = 0; i < 2 * n; ++i) {
    const uint32_t v = d[i];
    d[i] = (v << 1) | top;
    top = v >> 31;
  }
  uint64_t carry = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t sq = uint64_t(a.limbs[i]) * a.limbs[i];
    carry += uint64_t(d[2 * i]) + uint32_t(sq);
    d[2 * i] = uint32_t(carry);
    carry >>= 32;
    carry += uint64_t(d[2 * i + 1]) + (sq >> 32);
    d[2 * i + 1] = uint32_t(carry);
    carry >>= 32;
  }
  dst.len = 2 * n;
  trim(dst);
}

void bigMulSmall(BigSpan& a, uint32_t m) {
  uint64_t carry = 0;
  for (size_t i = 0; i < a.len; ++i) {
    carry += uint64_t(a.limbs[i]) * m;
    a.limbs[i] = uint32_t(carry);
    carry >>= 32;
  }
  if (carry) a.limbs[a.len++] = uint32_t(carry);
  trim(a);
}

}  // namespace mlw
