#include "core/batch.hpp"

#include "core/crypto_sha256.hpp"
#include "core/matrix.hpp"
#include "core/numeric.hpp"

namespace mlw {

Status sha256Batch(const uint8_t* data, const uint32_t* offsets, size_t count, uint8_t* digests) {
  for (size_t i = 0; i < count; ++i) {
    if (offsets[i + 1] < offsets[i]) return Status::InvalidArgument;
  }
  for (size_t i = 0; i < count; ++i) {
    sha256(data + offsets[i], offsets[i + 1] - offsets[i], digests + 32 * i);
  }
  return Status::Ok;
}

namespace {
// F(93) is the largest Fibonacci number below 2^64.
constexpr uint32_t kTableMax = 93;
}  // namespace

size_t fibonacciBatchCapacity(const uint32_t* ns, size_t count) {
  size_t total = 0;
  for (size_t i = 0; i < count; ++i) total += ns[i] <= kTableMax ? 2 : fibonacciLimbCapacity(ns[i]);
  return total;
}

Status fibonacciBatch(const uint32_t* ns, size_t count, uint32_t* out, size_t cap, uint32_t* starts,
                      uint32_t* lens) {
  uint64_t table[kTableMax + 1];
  table[0] = 0;
  table[1] = 1;
  for (uint32_t i = 2; i <= kTableMax; ++i) table[i] = table[i - 1] + table[i - 2];
  size_t at = 0;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t n = ns[i];
    const size_t room = n <= kTableMax ? 2 : fibonacciLimbCapacity(n);
    if (at > cap || room > cap - at) return Status::InvalidArgument;
    starts[i] = static_cast<uint32_t>(at);
    if (n <= kTableMax) {
      const uint64_t v = table[n];
      out[at] = static_cast<uint32_t>(v);
      out[at + 1] = static_cast<uint32_t>(v >> 32);
      lens[i] = v == 0 ? 0 : (v >> 32) != 0 ? 2 : 1;
    } else {
      size_t len = 0;
      const Status s = fibonacciExact(n, out + at, room, &len);
      if (s != Status::Ok) return s;
      lens[i] = static_cast<uint32_t>(len);
    }
    at += room;
  }
  return Status::Ok;
}

namespace {

constexpr size_t kNaiveMaxWork = 32768;  // m*k*n: 32×32×32

template <typename T, typename Single>
Status multiplyBatch(const T* a, const T* b, T* c, const uint32_t* dims, size_t count, Single single) {
  for (size_t i = 0; i < count; ++i) {
    const size_t m = dims[3 * i], k = dims[3 * i + 1], n = dims[3 * i + 2];
    if (m * k * n <= kNaiveMaxWork) {
      matrixMultiplyNaive<T>(a, b, c, m, k, n);
    } else {
      const Status s = single(a, b, c, m, k, n, 1u);
      if (s != Status::Ok) return s;
    }
    a += m * k;
    b += k * n;
    c += m * n;
  }
  return Status::Ok;
}

}  // namespace

Status matrixMultiplyBatchF64(const double* a, const double* b, double* c, const uint32_t* dims, size_t count) {
  return multiplyBatch<double>(a, b, c, dims, count, matrixMultiplyF64);
}

Status matrixMultiplyBatchF32(const float* a, const float* b, float* c, const uint32_t* dims, size_t count) {
  return multiplyBatch<float>(a, b, c, dims, count, matrixMultiplyF32);
}

}  // namespace mlw
