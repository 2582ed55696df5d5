// numeric_ kernels: Fibonacci (exact and naive-recursive), factorial, prime factors,
// gcd, lcm. Big results are little-endian 32-bit limbs in a caller buffer whose size
// comes from the *LimbCapacity functions, so js/ can allocate before calling.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/status.hpp"

namespace mlw {

// F(n) by f(n) = n < 2 ? n : f(n-1) + f(n-2), deliberately exponential: the guide's
// call-heavy workload. F(47) is the last that fits 32 bits; js/ bounds n at 40.
uint32_t fibonacciRecursive(uint32_t n);

// Limbs enough for F(n) (and for factorial(n) below).
size_t fibonacciLimbCapacity(uint32_t n);
size_t factorialLimbCapacity(uint32_t n);

// Exact F(n) (fast doubling) / n! into out[0..*len); *len == 0 means the value 0.
// InvalidArgument if cap is too small; OutOfMemory if scratch cannot be allocated.
Status fibonacciExact(uint32_t n, uint32_t* out, size_t cap, size_t* len);
Status factorialExact(uint32_t n, uint32_t* out, size_t cap, size_t* len);

// Prime factors of n >= 2 in ascending order with multiplicity (at most 64 of them),
// by trial division, Miller-Rabin (deterministic for 64 bits) and Pollard-Brent rho.
// Returns the count; n < 2 gives 0.
constexpr size_t kMaxPrimeFactors = 64;
size_t primeFactors(uint64_t n, uint64_t* out);
bool isPrime64(uint64_t n);

// gcd of magnitudes (gcd(0, 0) = 0) and lcm as a 128-bit value (lcm with 0 is 0).
uint64_t gcd64(uint64_t a, uint64_t b);
void lcm64(uint64_t a, uint64_t b, uint64_t* lo, uint64_t* hi);

}  // namespace mlw
