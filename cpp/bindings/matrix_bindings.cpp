// embind glue for the matrix_ family. Pointers are heap addresses passed as numbers;
// js/wasm/matrix.js allocates, copies in, calls, copies out and frees. Results that can
// fail return the mlw::Status code as an int. `threads` is the policy's decision for
// this call (js/ asked cpp/core/policy.hpp once); the binding does not decide again.
#include <emscripten/bind.h>

#include "core/matrix.hpp"

namespace {

template <typename T>
T* at(uintptr_t address) {
  return reinterpret_cast<T*>(address);
}

int multiplyF64(uintptr_t a, uintptr_t b, uintptr_t c, size_t m, size_t k, size_t n, unsigned threads) {
  return static_cast<int>(
      mlw::matrixMultiplyF64(at<const double>(a), at<const double>(b), at<double>(c), m, k, n, threads));
}

int multiplyF32(uintptr_t a, uintptr_t b, uintptr_t c, size_t m, size_t k, size_t n, unsigned threads) {
  return static_cast<int>(
      mlw::matrixMultiplyF32(at<const float>(a), at<const float>(b), at<float>(c), m, k, n, threads));
}

void transposeF64(uintptr_t a, uintptr_t out, size_t rows, size_t cols) {
  mlw::matrixTransposeF64(at<const double>(a), at<double>(out), rows, cols);
}

void transposeF32(uintptr_t a, uintptr_t out, size_t rows, size_t cols) {
  mlw::matrixTransposeF32(at<const float>(a), at<float>(out), rows, cols);
}

// a is destroyed (the caller's heap copy).
double determinantF64(uintptr_t a, size_t n) { return mlw::matrixDeterminantInPlace(at<double>(a), n); }

}  // namespace

EMSCRIPTEN_BINDINGS(matrix) {
  emscripten::function("matrix_multiply_f64", &multiplyF64);
  emscripten::function("matrix_multiply_f32", &multiplyF32);
  emscripten::function("matrix_transpose_f64", &transposeF64);
  emscripten::function("matrix_transpose_f32", &transposeF32);
  emscripten::function("matrix_determinant_f64", &determinantF64);
}
