// The matrix_ family: multiply (f64 and f32), transpose, determinant. Matrices are
// dense and row-major. The JS fallback (js/fallbacks/matrix.js) gives bit-identical
// results because both sides perform the same roundings in the same order:
//   multiply:    c[i][j] = (((0 + a[i][0]*b[0][j]) + a[i][1]*b[1][j]) + ...), ascending k,
//                every product rounded, then added (no FMA: -ffp-contract=off);
//   determinant: LU with partial pivoting, described at matrixDeterminantInPlace.
#pragma once
#include <cstddef>

#include "core/status.hpp"

namespace mlw {

// c (m×n) = a (m×k) · b (k×n). c must not alias a or b. Any of m, k, n may be 0
// (k = 0 gives an m×n matrix of zeros). Returns OutOfMemory if the packing scratch
// (about 2 MiB for large k·n, per thread) cannot be allocated; c is then unspecified.
// `threads` > 1 splits the rows of c across up to that many threads (parallel.hpp); the
// result is bit-identical for every thread count (each element's sum has one order).
Status matrixMultiplyF64(const double* a, const double* b, double* c, size_t m, size_t k, size_t n,
                         unsigned threads = 1);
Status matrixMultiplyF32(const float* a, const float* b, float* c, size_t m, size_t k, size_t n,
                         unsigned threads = 1);

// The same, but computes only rows [rowBegin, rowEnd) of c (rowEnd <= m). Each call packs
// b on its own scratch, so disjoint row ranges can run on different threads at once and
// together give exactly the full product.
Status matrixMultiplyRowsF64(const double* a, const double* b, double* c, size_t m, size_t k,
                             size_t n, size_t rowBegin, size_t rowEnd);
Status matrixMultiplyRowsF32(const float* a, const float* b, float* c, size_t m, size_t k,
                             size_t n, size_t rowBegin, size_t rowEnd);

// The textbook i-k-j product with the same summation order: the reference the blocked
// kernel is tested against (bit for bit).
template <typename T>
void matrixMultiplyNaive(const T* a, const T* b, T* c, size_t m, size_t k, size_t n) {
  for (size_t i = 0; i < m * n; ++i) c[i] = T(0);
  for (size_t i = 0; i < m; ++i)
    for (size_t p = 0; p < k; ++p) {
      const T aip = a[i * k + p];
      for (size_t j = 0; j < n; ++j) c[i * n + j] = c[i * n + j] + aip * b[p * n + j];
    }
}

// out (cols×rows) = transpose of a (rows×cols). out must not alias a.
void matrixTransposeF64(const double* a, double* out, size_t rows, size_t cols);
void matrixTransposeF32(const float* a, float* out, size_t rows, size_t cols);

// Determinant of the n×n matrix a, which is overwritten by its LU factors. For each
// column c in order: the pivot is the first row r >= c with the largest |a[r][c]|
// (strictly larger replaces); a zero pivot means exactly singular and returns +0; rows
// are swapped (flipping the sign) if r != c; then for every row r > c:
// f = a[r][c] / pivot and a[r][j] = a[r][j] - f * a[c][j] for j > c, ascending j.
// The result is ((1 * p0) * p1) * ... * p(n-1), negated if the swaps were odd.
// n = 0 gives 1 (the empty product).
double matrixDeterminantInPlace(double* a, size_t n);

}  // namespace mlw
