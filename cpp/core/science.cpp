#include "core/alloc.hpp"
#include "core/science.hpp"

#include <cstdlib>

namespace mlw {

ExprError scienceIntegrate(const char* text, size_t len, double a, double b, int64_t n, double* result,
                           size_t* position) {
  ExprProgram f;
  ExprError e = f.compile(text, len, position);
  if (e != ExprError::None) return e;
  auto* stack = static_cast<double*>(allocate((f.stackSize() + 1) * sizeof(double)));
  if (!stack) return ExprError::OutOfMemory;
  const double h = (b - a) / static_cast<double>(n);
  double odd = 0, even = 0;
  for (int64_t i = 1; i < n; i += 2) odd = odd + f.evaluate(a + static_cast<double>(i) * h, stack);
  for (int64_t i = 2; i < n; i += 2) even = even + f.evaluate(a + static_cast<double>(i) * h, stack);
  const double total = ((f.evaluate(a, stack) + 4 * odd) + 2 * even) + f.evaluate(a + static_cast<double>(n) * h, stack);
  *result = total * h / 3;
  release(stack);
  return ExprError::None;
}

}  // namespace mlw
