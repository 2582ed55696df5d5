// embind glue for data_sort: in-place typed-array sort and the string index sort.
// Both return an mlw::Status code that js/wasm/data.js maps to an error.
#include <emscripten/bind.h>

#include "core/data.hpp"

namespace {

int32_t dataSortTypedBinding(uintptr_t data, size_t n, int32_t type) {
  return static_cast<int32_t>(mlw::dataSortTyped(reinterpret_cast<void*>(data), n, static_cast<mlw::ElementType>(type)));
}

int32_t dataSortStringsBinding(uintptr_t units, uintptr_t offsets, size_t n, uintptr_t order) {
  return static_cast<int32_t>(mlw::dataSortStrings(reinterpret_cast<const uint16_t*>(units), reinterpret_cast<const uint32_t*>(offsets), n,
                                                   reinterpret_cast<uint32_t*>(order)));
}

}  // namespace

EMSCRIPTEN_BINDINGS(data) {
  emscripten::function("data_sort_typed", &dataSortTypedBinding);
  emscripten::function("data_sort_strings", &dataSortStringsBinding);
}
