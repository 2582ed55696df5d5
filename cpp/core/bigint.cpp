#include "core/bigint.hpp"

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

void bigMul(const BigSpan& a, const BigSpan& b, BigSpan& dst) {
  if (a.len == 0 || b.len == 0) {
    dst.len = 0;
    return;
  }
  for (size_t i = 0; i < a.len + b.len; ++i) dst.limbs[i] = 0;
  for (size_t i = 0; i < a.len; ++i) {
    const uint64_t ai = a.limbs[i];
    uint64_t carry = 0;
    uint32_t* row = dst.limbs + i;
    for (size_t j = 0; j < b.len; ++j) {
      carry += ai * b.limbs[j] + row[j];  // < 2^64: (2^32-1)^2 + 2*(2^32-1)
      row[j] = uint32_t(carry);
      carry >>= 32;
    }
    row[b.len] = uint32_t(carry);
  }
  dst.len = a.len + b.len;
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
