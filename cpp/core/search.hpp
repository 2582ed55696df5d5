// search_ family kernels: binary and linear search over typed arrays, substring search.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/element_type.hpp"
#include "core/status.hpp"

namespace mlw {

// Lower bound of `target` in `data` (n elements of type `type`), compared as doubles:
// the first index i with !(data[i] < target); returns it when data[i] == target, else -1.
// NaN never compares equal, so a NaN target gives -1; NaN elements (sorted last by
// data_sort) behave as "not less than" anything. On unsorted data the result is
// unspecified but deterministic (the same probe sequence as js/fallbacks/search.js), and
// any index returned holds a value equal to target. Bigint types are not accepted here.
int64_t searchBinary(const void* data, size_t n, ElementType type, double target);

// First index i with data[i] == target (JS ===: NaN matches nothing, -0 matches +0), or -1.
int64_t searchLinear(const void* data, size_t n, ElementType type, double target);

// First index of `pattern` in `text` (code units of 1 or 2 bytes), or -1; an empty
// pattern is found at 0. Horspool (sub-linear on average); for bytes under
// __wasm_simd128__ a 16-lane first+last unit filter instead.
int64_t searchContains8(const uint8_t* text, size_t n, const uint8_t* pattern, size_t m);
int64_t searchContains16(const uint16_t* text, size_t n, const uint16_t* pattern, size_t m);

}  // namespace mlw
