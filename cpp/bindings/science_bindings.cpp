// embind glue for science_monte_carlo_pi and science_integrate. 64-bit counts travel as
// doubles (exact below 2^53). science_integrate writes [result] or [code, position].
#include <emscripten/bind.h>

#include "core/science.hpp"
#include "core/science_monte_carlo_pi.hpp"

namespace {

// `threads` is the policy's decision for this call; the binding does not decide again.
double monteCarloPiBinding(double seed, double samples, unsigned threads) {
  return mlw::monteCarloPi(static_cast<uint32_t>(seed), static_cast<uint64_t>(samples), threads);
}

// Returns the ExprError code; on success *out = result, else out[0] = position.
int integrateBinding(uintptr_t text, size_t len, double a, double b, double n, uintptr_t out) {
  auto* result = reinterpret_cast<double*>(out);
  size_t position = 0;
  mlw::ExprError e =
      mlw::scienceIntegrate(reinterpret_cast<const char*>(text), len, a, b, static_cast<int64_t>(n), result, &position);
  if (e != mlw::ExprError::None) result[0] = static_cast<double>(position);
  return static_cast<int>(e);
}

}  // namespace

EMSCRIPTEN_BINDINGS(science) {
  emscripten::function("science_monte_carlo_pi", &monteCarloPiBinding);
  emscripten::function("science_integrate", &integrateBinding);
}
