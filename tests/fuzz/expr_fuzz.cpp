// libFuzzer target for the science_integrate expression compiler (cpp/core/science_expr.cpp):
// any bytes must compile or fail with a position inside the text, never crash, overflow
// the stack or leak; a compiled program must evaluate with the stack size it declared.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>

#include "core/science_expr.hpp"
#include "core/science.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const char* text = reinterpret_cast<const char*>(data);
  mlw::ExprProgram program;
  size_t position = 0;
  mlw::ExprError e = program.compile(text, size, &position);
  if (e != mlw::ExprError::None) {
    if (position > size) std::abort();
    return 0;
  }
  if (program.size() == 0 || program.size() > size || program.stackSize() == 0) std::abort();
  // Exactly the declared stack: ASan catches any overrun.
  auto* stack = static_cast<double*>(std::malloc(program.stackSize() * sizeof(double)));
  for (double x : {0.0, -1.5, 1e300}) (void)program.evaluate(x, stack);
  std::free(stack);
  double result = 0;
  if (mlw::scienceIntegrate(text, size, -1, 2, 4, &result, &position) != mlw::ExprError::None) std::abort();
  return 0;
}
