#include "core/alloc.hpp"
#include "core/numeric.hpp"

#include <cmath>
#include <cstdlib>
#include <utility>

#include "core/numeric_bigint.hpp"

namespace mlw {

uint32_t fibonacciRecursive(uint32_t n) {
  return n < 2 ? n : fibonacciRecursive(n - 1) + fibonacciRecursive(n - 2);
}

size_t fibonacciLimbCapacity(uint32_t n) {
  // F(n) < phi^n, log2(phi) = 0.69424...; the margin covers rounding.
  return size_t(double(n) * 0.6942419136306174 / 32.0) + 2;
}

size_t factorialLimbCapacity(uint32_t n) {
  double bits = 0;
  for (uint32_t i = 2; i <= n; ++i) bits += std::log2(double(i));
  return size_t(bits / 32.0) + 2;
}

namespace {

Status copyOut(const BigSpan& v, uint32_t* out, size_t cap, size_t* len) {
  if (v.len > cap) return Status::InvalidArgument;
  for (size_t i = 0; i < v.len; ++i) out[i] = v.limbs[i];
  *len = v.len;
  return Status::Ok;
}

}  // namespace

Status fibonacciExact(uint32_t n, uint32_t* out, size_t cap, size_t* len) {
  // Fast doubling over (a, b) = (F(k), F(k+1)) with squarings only (a square costs about
  // half a product): with s = b - a = F(k-1), F(2k) = b^2 - s^2 and F(2k+1) = a^2 + b^2.
  // Every value is at most F(n+1); a square needs at most twice its limbs.
  const size_t width = 2 * fibonacciLimbCapacity(n + 1) + 4;
  uint32_t* scratch = static_cast<uint32_t*>(allocate(6 * width * sizeof(uint32_t)));
  if (!scratch) return Status::OutOfMemory;
  BigSpan buf[6];
  for (int i = 0; i < 6; ++i) buf[i] = {scratch + i * width, 0};
  BigSpan *a = &buf[0], *b = &buf[1], *s = &buf[2], *sa = &buf[3], *sb = &buf[4], *ss = &buf[5];
  b->limbs[0] = 1;
  b->len = 1;
  int top = 31;
  while (top >= 0 && !((n >> top) & 1)) --top;
  for (int bit = top; bit >= 0; --bit) {
    bigSub(*b, *a, *s);
    bigSqr(*a, *sa);
    bigSqr(*b, *sb);
    bigSqr(*s, *ss);
    bigSub(*sb, *ss, *ss);  // F(2k)
    bigAdd(*sa, *sb, *sa);  // F(2k+1)
    if ((n >> bit) & 1) {
      bigAdd(*ss, *sa, *sb);  // F(2k+2)
      std::swap(a, sa);
      std::swap(b, sb);
    } else {
      std::swap(a, ss);
      std::swap(b, sa);
    }
  }
  const Status status = copyOut(*a, out, cap, len);
  release(scratch);
  return status;
}

Status factorialExact(uint32_t n, uint32_t* out, size_t cap, size_t* len) {
  if (cap < 1) return Status::InvalidArgument;
  // Multiply in place in out; each step grows by at most one limb, and the capacity
  // bounds the final length, so check before each step rather than trusting it.
  BigSpan acc{out, 1};
  out[0] = 1;
  uint64_t m = 1;
  for (uint32_t i = 2; i <= n; ++i) {
    // Several factors per pass while their product stays in 32 bits.
    if (m * i > 0xFFFFFFFFull) {
      if (acc.len + 1 > cap) return Status::InvalidArgument;
      bigMulSmall(acc, uint32_t(m));
      m = 1;
    }
    m *= i;
  }
  if (acc.len + 1 > cap) return Status::InvalidArgument;
  bigMulSmall(acc, uint32_t(m));
  *len = acc.len;
  return Status::Ok;
}

namespace {

uint64_t mulMod(uint64_t a, uint64_t b, uint64_t m) {
  return uint64_t((unsigned __int128)a * b % m);
}

uint64_t powMod(uint64_t base, uint64_t e, uint64_t m) {
  uint64_t r = 1 % m;
  base %= m;
  while (e) {
    if (e & 1) r = mulMod(r, base, m);
    base = mulMod(base, base, m);
    e >>= 1;
  }
  return r;
}

uint64_t absDiff(uint64_t x, uint64_t y) { return x > y ? x - y : y - x; }

// A non-trivial divisor of an odd composite n with no factor below the trial bound.
uint64_t pollardBrent(uint64_t n) {
  for (uint64_t c = 1;; ++c) {
    auto f = [&](uint64_t x) { return (mulMod(x, x, n) + c) % n; };
    uint64_t y = 2, x = 2, ys = 2, q = 1, g = 1;
    const uint64_t m = 128;
    for (uint64_t r = 1; g == 1; r <<= 1) {
      x = y;
      for (uint64_t i = 0; i < r; ++i) y = f(y);
      for (uint64_t k = 0; k < r && g == 1; k += m) {
        ys = y;
        const uint64_t steps = (r - k) < m ? (r - k) : m;
        for (uint64_t i = 0; i < steps; ++i) {
          y = f(y);
          q = mulMod(q, absDiff(x, y), n);
        }
        g = gcd64(q, n);
      }
    }
    if (g == n) {  // the batch overshot: retrace one step at a time
      do {
        ys = f(ys);
        g = gcd64(absDiff(x, ys), n);
      } while (g == 1);
    }
    if (g != n) return g;
  }
}

void factorInto(uint64_t n, uint64_t* out, size_t* count) {
  if (n == 1) return;
  if (isPrime64(n)) {
    out[(*count)++] = n;
    return;
  }
  const uint64_t d = pollardBrent(n);
  factorInto(d, out, count);
  factorInto(n / d, out, count);
}

}  // namespace

bool isPrime64(uint64_t n) {
  if (n < 2) return false;
  static const uint64_t kBases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
  for (uint64_t p : kBases) {
    if (n % p == 0) return n == p;
  }
  uint64_t d = n - 1;
  int s = 0;
  while (!(d & 1)) {
    d >>= 1;
    ++s;
  }
  // These twelve bases decide primality for every n < 2^64.
  for (uint64_t a : kBases) {
    uint64_t x = powMod(a, d, n);
    if (x == 1 || x == n - 1) continue;
    bool composite = true;
    for (int i = 1; i < s && composite; ++i) {
      x = mulMod(x, x, n);
      if (x == n - 1) composite = false;
    }
    if (composite) return false;
  }
  return true;
}

size_t primeFactors(uint64_t n, uint64_t* out) {
  if (n < 2) return 0;
  size_t count = 0;
  while (!(n & 1)) {
    out[count++] = 2;
    n >>= 1;
  }
  // Trial division clears the small primes cheaply, so rho only meets large factors.
  for (uint64_t p = 3; p < 1024 && p * p <= n; p += 2) {
    while (n % p == 0) {
      out[count++] = p;
      n /= p;
    }
  }
  const size_t rhoStart = count;
  if (n > 1) {
    if (n < 1024ull * 1024ull) {
      out[count++] = n;  // no factor below 1024 left, so n is prime
    } else {
      factorInto(n, out, &count);
    }
  }
  // rho finds factors in no particular order; there are few of them.
  for (size_t i = rhoStart + 1; i < count; ++i) {
    const uint64_t v = out[i];
    size_t j = i;
    while (j > rhoStart && out[j - 1] > v) {
      out[j] = out[j - 1];
      --j;
    }
    out[j] = v;
  }
  return count;
}

uint64_t gcd64(uint64_t a, uint64_t b) {
  while (b) {
    const uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

void lcm64(uint64_t a, uint64_t b, uint64_t* lo, uint64_t* hi) {
  if (a == 0 || b == 0) {
    *lo = *hi = 0;
    return;
  }
  const unsigned __int128 l = (unsigned __int128)(a / gcd64(a, b)) * b;
  *lo = uint64_t(l);
  *hi = uint64_t(l >> 64);
}

}  // namespace mlw
