// Element types of the typed arrays the search_ and data_ kernels accept. The numeric
// codes are part of the binding ABI: js/wasm/element_type.js uses the same numbers.
#pragma once
#include <cstdint>

namespace mlw {

enum class ElementType : int32_t {
  Int8 = 0,
  Uint8 = 1,
  Int16 = 2,
  Uint16 = 3,
  Int32 = 4,
  Uint32 = 5,
  Float32 = 6,
  Float64 = 7,
  BigInt64 = 8,
  BigUint64 = 9,
};

}  // namespace mlw
