// Native workloads of the science_ family: mlw::monteCarloPi, single-threaded.
#include "harness.hpp"

#if __has_include("core/science_monte_carlo_pi.hpp")
#include <cmath>
#include <memory>

#include "core/science_monte_carlo_pi.hpp"

namespace {

const bool registered = [] {
  mlwbench::Register("monte-carlo-1m", [](bool quick, std::function<void()>& call, std::function<bool()>& check) {
    const uint64_t samples = quick ? 100000 : 1000000;
    auto estimate = std::make_shared<double>(0);
    call = [=] { *estimate = mlw::monteCarloPi(20260124u, samples); };
    check = [=] {
      const double p = M_PI / 4, tolerance = 6 * 4 * std::sqrt(p * (1 - p) / static_cast<double>(samples));
      return std::fabs(*estimate - M_PI) < tolerance;
    };
  });
  return true;
}();

}  // namespace
#endif
