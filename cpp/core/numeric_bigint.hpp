// Unsigned big integers as little-endian 32-bit limbs in caller-owned buffers. Small on
// purpose: only what exact Fibonacci and factorial need, no allocation inside.
#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

struct BigSpan {
  uint32_t* limbs;  // little-endian; limbs[len-1] != 0 unless len == 0 (the value 0)
  size_t len;
};

// dst = a + b; dst may alias a or b; dst needs max(a.len, b.len) + 1 limbs.
void bigAdd(const BigSpan& a, const BigSpan& b, BigSpan& dst);
// dst = a - b, requires a >= b; dst may alias a or b; dst needs a.len limbs.
void bigSub(const BigSpan& a, const BigSpan& b, BigSpan& dst);
// dst = a * a (schoolbook, each cross product once); dst must not alias a; needs 2 * a.len limbs.
void bigSqr(const BigSpan& a, BigSpan& dst);
// a *= m in place; a needs room for one more limb.
void bigMulSmall(BigSpan& a, uint32_t m);

}  // namespace mlw
