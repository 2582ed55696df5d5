// embind glue for the numeric_ family. 64-bit values cross as two 32-bit halves (the
// build has no BigInt integration) and results come back through heap buffers that
// js/wasm/numeric.js allocates and frees.
#include <emscripten/bind.h>

#include "core/numeric.hpp"

namespace {

uint64_t join(uint32_t lo, uint32_t hi) { return (uint64_t(hi) << 32) | lo; }

void store64(uintptr_t at, uint64_t v) {
  uint32_t* p = reinterpret_cast<uint32_t*>(at);
  p[0] = uint32_t(v);
  p[1] = uint32_t(v >> 32);
}

int fibonacciBinding(uint32_t n, uintptr_t out, size_t cap, uintptr_t lenOut) {
  size_t len = 0;
  const mlw::Status s = mlw::fibonacciExact(n, reinterpret_cast<uint32_t*>(out), cap, &len);
  *reinterpret_cast<uint32_t*>(lenOut) = uint32_t(len);
  return int(s);
}

int factorialBinding(uint32_t n, uintptr_t out, size_t cap, uintptr_t lenOut) {
  size_t len = 0;
  const mlw::Status s = mlw::factorialExact(n, reinterpret_cast<uint32_t*>(out), cap, &len);
  *reinterpret_cast<uint32_t*>(lenOut) = uint32_t(len);
  return int(s);
}

// out holds kMaxPrimeFactors 64-bit slots; returns how many were written.
size_t primeFactorsBinding(uint32_t lo, uint32_t hi, uintptr_t out) {
  uint64_t factors[mlw::kMaxPrimeFactors];
  const size_t k = mlw::primeFactors(join(lo, hi), factors);
  for (size_t i = 0; i < k; ++i) store64(out + 8 * i, factors[i]);
  return k;
}

void gcdBinding(uint32_t alo, uint32_t ahi, uint32_t blo, uint32_t bhi, uintptr_t out) {
  store64(out, mlw::gcd64(join(alo, ahi), join(blo, bhi)));
}

void lcmBinding(uint32_t alo, uint32_t ahi, uint32_t blo, uint32_t bhi, uintptr_t out) {
  uint64_t lo, hi;
  mlw::lcm64(join(alo, ahi), join(blo, bhi), &lo, &hi);
  store64(out, lo);
  store64(out + 8, hi);
}

}  // namespace

EMSCRIPTEN_BINDINGS(numeric) {
  emscripten::function("numeric_fibonacci_recursive", &mlw::fibonacciRecursive);
  emscripten::function("numeric_fibonacci_capacity", &mlw::fibonacciLimbCapacity);
  emscripten::function("numeric_factorial_capacity", &mlw::factorialLimbCapacity);
  emscripten::function("numeric_fibonacci", &fibonacciBinding);
  emscripten::function("numeric_factorial", &factorialBinding);
  emscripten::function("numeric_prime_factors", &primeFactorsBinding);
  emscripten::function("numeric_gcd", &gcdBinding);
  emscripten::function("numeric_lcm", &lcmBinding);
}
