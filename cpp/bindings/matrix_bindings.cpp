// embind glue for the matrix_ family. Pointers are heap addresses passed as numbers;
// js/wasm/matrix.js allocates, copies in, calls, copies out and frees. Results that can
// fail return the mlw::Status code as an int. The *_rows_* entries compute a range of
// rows of c, so that a threaded build can split one product across workers.
#include <emscripten/bind.h>

#include "core/matrix.hpp"
#include "core/policy.hpp"

namespace {

template <typename T>
T* at(uintptr_t address) {
  return reinterpret_cast<T*>(address);
}

// The policy's size unit is the registry row's size(): m*k*n multiply-adds.
unsigned multiplyThreads(size_t m, size_t k, size_t n) {
  return mlw::instancePolicy().decide("matrix_multiply", double(m) * double(k) * double(n)).threads;
}

int multiplyF64(uintptr_t a, uintptr_t b, uintptr_t c, size_t m, size_t k, size_t n) {
  return static_cast<int>(mlw::matrixMultiplyF64(at<const double>(a), at<const double>(b), at<double>(c), m, k, n,
                                                 multiplyThreads(m, k, n)));
}

int multiplyF32(uintptr_t a, uintptr_t b, uintptr_t c, size_t m, size_t k, size_t n) {
  return static_cast<int>(mlw::matrixMultiplyF32(at<const float>(a), at<const float>(b), at<float>(c), m, k, n,
                                                 multiplyThreads(m, k, n)));
}

int multiplyRowsF64(uintptr_t a, uintptr_t b, uintptr_t c, size_t m, size_t k, size_t n, size_t rowBegin,
                    size_t rowEnd) {
  return static_cast<int>(mlw::matrixMultiplyRowsF64(at<const double>(a), at<const double>(b), at<double>(c), m,
                                                     k, n, rowBegin, rowEnd));
}

int multiplyRowsF32(uintptr_t a, uintptr_t b, uintptr_t c, size_t m, size_t k, size_t n, size_t rowBegin,
                    size_t rowEnd) {
  return static_cast<int>(mlw::matrixMultiplyRowsF32(at<const float>(a), at<const float>(b), at<float>(c), m,
                                                     k, n, rowBegin, rowEnd));
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
  emscripten::function("matrix_multiply_rows_f64", &multiplyRowsF64);
  emscripten::function("matrix_multiply_rows_f32", &multiplyRowsF32);
  emscripten::function("matrix_transpose_f64", &transposeF64);
  emscripten::function("matrix_transpose_f32", &transposeF32);
  emscripten::function("matrix_determinant_f64", &determinantF64);
}
