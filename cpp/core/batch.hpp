// Batch entry points (issue 14): many items of one operation in one crossing. The host
// copies every item into one heap arena, calls one of these once, and reads every result
// back from the arena; the loop over the items runs here, in C++. Results are exactly the
// single-item kernels' (same arithmetic, same order). Allocations go through alloc.hpp:
// a failed one is an OutOfMemory status, never an abort.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/status.hpp"

namespace mlw {

// SHA-256 of `count` byte strings stored back to back in `data`: item i is
// data[offsets[i] .. offsets[i + 1]) (offsets has count + 1 entries, non-decreasing).
// digests receives 32 bytes per item. InvalidArgument if the offsets decrease. In the
// simd builds the items are hashed four at a time, one per lane (crypto_sha256_multi.hpp).
Status sha256Batch(const uint8_t* data, const uint32_t* offsets, size_t count, uint8_t* digests);

// Limbs enough for F(ns[i]) of every item together (fibonacciBatch's `cap`).
size_t fibonacciBatchCapacity(const uint32_t* ns, size_t count);

// Exact F(ns[i]) for every item into one limb arena: item i's little-endian 32-bit limbs
// are out[starts[i] .. starts[i] + lens[i]) (lens[i] == 0 means the value 0). Values up
// to F(93) come from a 64-bit table built once per batch; larger ones by fibonacciExact.
Status fibonacciBatch(const uint32_t* ns, size_t count, uint32_t* out, size_t cap, uint32_t* starts,
                      uint32_t* lens);

// c_i = a_i · b_i for `count` products of one element type. dims holds m, k, n per item
// (3 * count entries); the operands and results are stored back to back in a, b and c in
// item order (item i's a has m*k entries, and so on). Small products (m*k*n <= 32 768)
// run an i-k-j loop that keeps eight entries of a row in registers, larger ones the
// blocked kernel on one thread: both sum in the same order as matrixMultiplyF64/F32, so
// every result is bit-identical to a single call's.
Status matrixMultiplyBatchF64(const double* a, const double* b, double* c, const uint32_t* dims, size_t count);
Status matrixMultiplyBatchF32(const float* a, const float* b, float* c, const uint32_t* dims, size_t count);

}  // namespace mlw
