// Native workloads of the matrix_ family: mlw::matrixMultiplyF64, the kernel the
// bindings call (one thread); for the peers table also f32, 2 threads, and OpenBLAS's
// dgemm/sgemm when CMake found it (MLW_HAVE_OPENBLAS).
#include "harness.hpp"

#if __has_include("core/matrix.hpp")
#include <cmath>
#include <memory>
#include <string>
#ifdef MLW_HAVE_OPENBLAS
#include <cblas.h>
#endif

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

// ---- the peers table (bench --peers): ours on 1 and 2 threads, OpenBLAS when linked ----

// |got - direct sum| <= 2 * gamma_k * sum |a_ip * b_pj| on 64 spot entries (the standard
// error bound; u = 2^-53 for double, 2^-24 for float), the sum taken in double.
template <typename T>
bool withinBound(const std::vector<T>& a, const std::vector<T>& b, const std::vector<T>& c, size_t m) {
  const double u = sizeof(T) == 8 ? std::ldexp(1.0, -53) : std::ldexp(1.0, -24);
  const double gamma = (m * u) / (1 - m * u);
  for (size_t s = 0; s < 64 && m > 0; s++) {
    const size_t i = (s * 7919) % m, j = (s * 104729) % m;
    double sum = 0, abs = 0;
    for (size_t k = 0; k < m; k++) {
      const double p = static_cast<double>(a[i * m + k]) * static_cast<double>(b[k * m + j]);
      sum += p;
      abs += std::fabs(p);
    }
    if (!(std::fabs(static_cast<double>(c[i * m + j]) - sum) <= 2 * gamma * abs)) return false;
  }
  return true;
}

template <typename T>
void peersWorkload(const char* type, const char* who, unsigned threads,
                   std::function<bool(const T*, const T*, T*, size_t, unsigned)> multiply) {
  mlwbench::Register(std::string("peers-matmul-") + type + ":" + who, [threads, multiply](bool quick, std::function<void()>& call, std::function<bool()>& check) {
    const size_t m = quick ? 256 : 1000;
    const auto a64 = randomMatrix(m, 11 + static_cast<uint32_t>(m));
    const auto b64 = randomMatrix(m, 29 + static_cast<uint32_t>(m));
    auto a = std::make_shared<std::vector<T>>(a64.begin(), a64.end());
    auto b = std::make_shared<std::vector<T>>(b64.begin(), b64.end());
    auto c = std::make_shared<std::vector<T>>(m * m);
    auto ok = std::make_shared<bool>(true);
    call = [=] { *ok = multiply(a->data(), b->data(), c->data(), m, threads) && *ok; };
    check = [=] { return *ok && withinBound(*a, *b, *c, m); };
  });
}

const bool registeredPeers = [] {
  for (unsigned t : {1u, 2u}) {
    const char* who = t == 1 ? "ours-1t" : "ours-2t";
    peersWorkload<double>("f64", who, t, [](const double* a, const double* b, double* c, size_t m, unsigned th) {
      return mlw::matrixMultiplyF64(a, b, c, m, m, m, th) == mlw::Status::Ok;
    });
    peersWorkload<float>("f32", who, t, [](const float* a, const float* b, float* c, size_t m, unsigned th) {
      return mlw::matrixMultiplyF32(a, b, c, m, m, m, th) == mlw::Status::Ok;
    });
  }
#ifdef MLW_HAVE_OPENBLAS
  for (unsigned t : {1u, 2u}) {
    const char* who = t == 1 ? "openblas-1t" : "openblas-2t";
    peersWorkload<double>("f64", who, t, [](const double* a, const double* b, double* c, size_t m, unsigned th) {
      openblas_set_num_threads(static_cast<int>(th));
      const int n = static_cast<int>(m);
      cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0, a, n, b, n, 0.0, c, n);
      return true;
    });
    peersWorkload<float>("f32", who, t, [](const float* a, const float* b, float* c, size_t m, unsigned th) {
      openblas_set_num_threads(static_cast<int>(th));
      const int n = static_cast<int>(m);
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1.0f, a, n, b, n, 0.0f, c, n);
      return true;
    });
  }
#endif
  return true;
}();

}  // namespace
#endif
