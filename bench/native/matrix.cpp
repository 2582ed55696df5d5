// Native workloads of the matrix_ family: mlw::matrixMultiplyF64, the kernel the
// bindings call (one thread).
#include "harness.hpp"

#if __has_include("core/matrix.hpp")
#include <cmath>
#include <memory>

#include "core/matrix.hpp"

namespace {

// randomMatrix(n, n, seed) of bench/checks.mjs: entries next() * 2 - 1.
std::vector<double> randomMatrix(size_t n, uint32_t seed) {
  mlwbench::Rng r(seed);
  std::vector<double> m(n * n);
  for (auto& x : m) x = r.next() * 2 - 1;
  return m;
}

void multiplyWorkload(std::string id, size_t n, size_t quickN) {
  mlwbench::Register(std::move(id), [n, quickN](bool quick, std::function<void()>& call, std::function<bool()>& check) {
    const size_t m = quick ? quickN : n;
    auto a = std::make_shared<std::vector<double>>(randomMatrix(m, 11 + static_cast<uint32_t>(m)));
    auto b = std::make_shared<std::vector<double>>(randomMatrix(m, 29 + static_cast<uint32_t>(m)));
    auto c = std::make_shared<std::vector<double>>(m * m);
    auto ok = std::make_shared<bool>(true);
    call = [a, b, c, m, ok] {
      if (mlw::matrixMultiplyF64(a->data(), b->data(), c->data(), m, m, m) != mlw::Status::Ok) *ok = false;
    };
    // Spot check as bench/workloads.mjs does: entries summed directly, k ascending.
    check = [a, b, c, m, ok] {
      for (size_t s = 0; s < 8 && m > 0; s++) {
        const size_t i = (s * 7919) % m, j = (s * 104729) % m;
        double sum = 0;
        for (size_t k = 0; k < m; k++) sum += (*a)[i * m + k] * (*b)[k * m + j];
        if (std::fabs((*c)[i * m + j] - sum) > 1e-12 * static_cast<double>(m)) return false;
      }
      return *ok;
    };
  });
}

const bool registered = [] {
  multiplyWorkload("matrix-1000", 1000, 256);
  multiplyWorkload("matrix-100", 100, 100);
  for (size_t n : {8, 16, 32, 64, 128, 256, 512}) multiplyWorkload("sweep-matrix-" + std::to_string(n), n, n);
  return true;
}();

}  // namespace
#endif
