// matrix_transpose and matrix_determinant (matrix_multiply is in matrix_multiply.cpp).
#include "core/matrix.hpp"

#include <cmath>
#include <cstring>

namespace mlw {
namespace {

// Tiles keep both the reads and the writes within a few cache lines per row. The inner
// loop is kept scalar: vectorised, it becomes strided lane-by-lane stores (measured in
// the -msimd128 build: 1.7x slower than scalar). Doubles go through 2x2 blocks instead.
template <typename T>
void transposeTile(const T* a, T* out, size_t rows, size_t cols, size_t i0, size_t i1, size_t j0, size_t j1) {
  for (size_t i = i0; i < i1; ++i) {
#if defined(__clang__)
#pragma clang loop vectorize(disable)
#endif
    for (size_t j = j0; j < j1; ++j) out[j * rows + i] = a[i * cols + j];
  }
}

typedef double Pair __attribute__((vector_size(16)));

// A 2x2 block per step: two rows of a read as pairs, two rows of out written as pairs.
void transposeTile(const double* a, double* out, size_t rows, size_t cols, size_t i0, size_t i1, size_t j0, size_t j1) {
  size_t i = i0;
  for (; i + 2 <= i1; i += 2) {
    size_t j = j0;
    for (; j + 2 <= j1; j += 2) {
      Pair r0, r1;
      std::memcpy(&r0, a + i * cols + j, sizeof r0);
      std::memcpy(&r1, a + (i + 1) * cols + j, sizeof r1);
      const Pair c0 = __builtin_shufflevector(r0, r1, 0, 2);
      const Pair c1 = __builtin_shufflevector(r0, r1, 1, 3);
      std::memcpy(out + j * rows + i, &c0, sizeof c0);
      std::memcpy(out + (j + 1) * rows + i, &c1, sizeof c1);
    }
    for (; j < j1; ++j) {
      out[j * rows + i] = a[i * cols + j];
      out[j * rows + i + 1] = a[(i + 1) * cols + j];
    }
  }
  for (; i < i1; ++i) {
    for (size_t j = j0; j < j1; ++j) out[j * rows + i] = a[i * cols + j];
  }
}

template <typename T>
void transpose(const T* a, T* out, size_t rows, size_t cols) {
  constexpr size_t B = 32;
  for (size_t i0 = 0; i0 < rows; i0 += B) {
    const size_t i1 = rows - i0 < B ? rows : i0 + B;
    for (size_t j0 = 0; j0 < cols; j0 += B) {
      const size_t j1 = cols - j0 < B ? cols : j0 + B;
      transposeTile(a, out, rows, cols, i0, i1, j0, j1);
    }
  }
}

}  // namespace

void matrixTransposeF64(const double* a, double* out, size_t rows, size_t cols) {
  transpose(a, out, rows, cols);
}

void matrixTransposeF32(const float* a, float* out, size_t rows, size_t cols) {
  transpose(a, out, rows, cols);
}

double matrixDeterminantInPlace(double* a, size_t n) {
  bool negate = false;
  double det = 1.0;
  for (size_t c = 0; c < n; ++c) {
    size_t pivotRow = c;
    double best = std::fabs(a[c * n + c]);
    for (size_t r = c + 1; r < n; ++r) {
      const double v = std::fabs(a[r * n + c]);
      if (v > best) {
        best = v;
        pivotRow = r;
      }
    }
    if (a[pivotRow * n + c] == 0.0) return 0.0;
    if (pivotRow != c) {
      for (size_t j = 0; j < n; ++j) {
        const double t = a[c * n + j];
        a[c * n + j] = a[pivotRow * n + j];
        a[pivotRow * n + j] = t;
      }
      negate = !negate;
    }
    const double pivot = a[c * n + c];
    const double* pivotRowData = a + c * n;
    for (size_t r = c + 1; r < n; ++r) {
      double* row = a + r * n;
      const double f = row[c] / pivot;
      // Independent per j, so clang may vectorise it without changing any rounding.
      for (size_t j = c + 1; j < n; ++j) row[j] = row[j] - f * pivotRowData[j];
    }
    det = det * pivot;
  }
  return negate ? -det : det;
}

}  // namespace mlw
