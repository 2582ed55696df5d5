// Native workloads of the numeric_ family: mlw::fibonacciRecursive, the function the
// numeric_fibonacci_recursive binding exports.
#include "harness.hpp"

#if __has_include("core/numeric.hpp")
#include <memory>

#include "core/numeric.hpp"

namespace {

const bool registered = [] {
  // n as in bench/workloads.mjs: 30, 25 with --quick.
  mlwbench::Register("fibonacci-30", [](bool quick, std::function<void()>& call, std::function<bool()>& check) {
    // volatile: the argument must be read at run time, so the call cannot be folded.
    auto n = std::make_shared<volatile uint32_t>(quick ? 25 : 30);
    auto result = std::make_shared<uint32_t>(0);
    call = [=] { *result = mlw::fibonacciRecursive(*n); };
    check = [=] {
      // The answer by iteration, independent of the recursion being timed.
      uint32_t a = 0, b = 1;
      for (uint32_t i = 0; i < *n; i++) {
        const uint32_t c = a + b;
        a = b;
        b = c;
      }
      return *result == a;
    };
  });
  return true;
}();

}  // namespace
#endif
