// data_sort kernels: LSD radix sort of typed arrays in the order of
// TypedArray.prototype.sort (numeric, -0 before +0, NaN last), and an index sort of
// UTF-16 strings in the order of Array.prototype.sort's default (code unit order).
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/element_type.hpp"
#include "core/status.hpp"

namespace mlw {

// Sorts n elements of `type` in place. Float NaNs (any sign or payload) end up last as
// the canonical quiet NaN. Needs n scratch elements: OutOfMemory if they cannot be had.
Status dataSortTyped(void* data, size_t n, ElementType type);

// Strings are given as one buffer of UTF-16 code units (`units`) and n+1 offsets into it
// (string i is units[offsets[i] .. offsets[i+1])). Writes to `order` the permutation
// that sorts them (order[k] = index of the k-th smallest); equal strings keep their
// input order. OutOfMemory if scratch space cannot be had.
Status dataSortStrings(const uint16_t* units, const uint32_t* offsets, size_t n, uint32_t* order);

}  // namespace mlw
