// matrix_transpose and matrix_determinant (matrix_multiply is in matrix_multiply.cpp).
#include "core/matrix.hpp"

#include <cmath>

namespace mlw {
namespace {

// Tiles keep both the reads and the writes within a few cache lines per row.
template <typename T>
void transpose(const T* a, T* out, size_t rows, size_t cols) {
  constexpr size_t B = 32;
  for (size_t i0 = 0; i0 < rows; i0 += B) {
    const size_t i1 = rows - i0 < B ? rows : i0 + B;
    for (size_t j0 = 0; j0 < cols; j0 += B) {
      const size_t j1 = cols - j0 < B ? cols : j0 + B;
      for (size_t i = i0; i < i1; ++i)
        for (size_t j = j0; j < j1; ++j) out[j * rows + i] = a[i * cols + j];
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
