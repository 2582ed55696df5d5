// embind glue for the batch entry points (cpp/core/batch.hpp). js/wasm/batch.js
// allocates one arena per batch, copies every item in, calls one of these once and reads
// every result back. Results that can fail return the mlw::Status code as an int.
#include <emscripten/bind.h>

#include "core/batch.hpp"

namespace {

template <typename T>
T* at(uintptr_t address) {
  return reinterpret_cast<T*>(address);
}

int sha256Batch(uintptr_t data, uintptr_t offsets, size_t count, uintptr_t digests) {
  return int(mlw::sha256Batch(at<const uint8_t>(data), at<const uint32_t>(offsets), count, at<uint8_t>(digests)));
}

size_t fibonacciBatchCapacity(uintptr_t ns, size_t count) {
  return mlw::fibonacciBatchCapacity(at<const uint32_t>(ns), count);
}

int fibonacciBatch(uintptr_t ns, size_t count, uintptr_t out, size_t cap, uintptr_t starts, uintptr_t lens) {
  return int(mlw::fibonacciBatch(at<const uint32_t>(ns), count, at<uint32_t>(out), cap, at<uint32_t>(starts),
                                 at<uint32_t>(lens)));
}

int multiplyBatchF64(uintptr_t a, uintptr_t b, uintptr_t c, uintptr_t dims, size_t count) {
  return int(mlw::matrixMultiplyBatchF64(at<const double>(a), at<const double>(b), at<double>(c),
                                         at<const uint32_t>(dims), count));
}

int multiplyBatchF32(uintptr_t a, uintptr_t b, uintptr_t c, uintptr_t dims, size_t count) {
  return int(mlw::matrixMultiplyBatchF32(at<const float>(a), at<const float>(b), at<float>(c),
                                         at<const uint32_t>(dims), count));
}

}  // namespace

EMSCRIPTEN_BINDINGS(batch) {
  emscripten::function("crypto_sha256_batch", &sha256Batch);
  emscripten::function("numeric_fibonacci_batch_capacity", &fibonacciBatchCapacity);
  emscripten::function("numeric_fibonacci_batch", &fibonacciBatch);
  emscripten::function("matrix_multiply_batch_f64", &multiplyBatchF64);
  emscripten::function("matrix_multiply_batch_f32", &multiplyBatchF32);
}
