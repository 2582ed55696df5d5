// embind glue for the search_ family. Addresses and sizes come in as numbers; indices
// go back as doubles (exact below 2^53) because embind has no int64 without BigInt.
#include <emscripten/bind.h>

#include "core/search.hpp"

namespace {

double searchBinaryBinding(uintptr_t data, size_t n, int32_t type, double target) {
  return static_cast<double>(mlw::searchBinary(reinterpret_cast<const void*>(data), n, static_cast<mlw::ElementType>(type), target));
}

double searchLinearBinding(uintptr_t data, size_t n, int32_t type, double target) {
  return static_cast<double>(mlw::searchLinear(reinterpret_cast<const void*>(data), n, static_cast<mlw::ElementType>(type), target));
}

double searchContains8Binding(uintptr_t text, size_t n, uintptr_t pattern, size_t m) {
  return static_cast<double>(mlw::searchContains8(reinterpret_cast<const uint8_t*>(text), n, reinterpret_cast<const uint8_t*>(pattern), m));
}

double searchContains16Binding(uintptr_t text, size_t n, uintptr_t pattern, size_t m) {
  return static_cast<double>(mlw::searchContains16(reinterpret_cast<const uint16_t*>(text), n, reinterpret_cast<const uint16_t*>(pattern), m));
}

}  // namespace

EMSCRIPTEN_BINDINGS(search) {
  emscripten::function("search_binary", &searchBinaryBinding);
  emscripten::function("search_linear", &searchLinearBinding);
  emscripten::function("search_contains8", &searchContains8Binding);
  emscripten::function("search_contains16", &searchContains16Binding);
}
