// The science_ family (science_integrate here; science_monte_carlo_pi and the expression
// language science_expr have files of their own: docs/CONTRIBUTING.md, "Layout").
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/science_expr.hpp"

namespace mlw {

constexpr int64_t kIntegrateMaxIntervals = 100000000;  // n <= 1e8 (validated in js/ too)

// Composite Simpson's rule of `text` over [a, b] with n intervals (n even, >= 2), in
// exactly this order, which js/fallbacks/science.js repeats:
//   h = (b - a) / n;  x_i = a + i * h  (i converted to double)
//   odd  = f(x_1) + f(x_3) + ... + f(x_{n-1})   (left to right)
//   even = f(x_2) + f(x_4) + ... + f(x_{n-2})   (left to right; 0 when n = 2)
//   result = (((f(x_0) + 4 * odd) + 2 * even) + f(x_n)) * h / 3
// On a syntax error returns it with *position (byte offset) and leaves *result alone.
ExprError scienceIntegrate(const char* text, size_t len, double a, double b, int64_t n, double* result,
                           size_t* position);

}  // namespace mlw
