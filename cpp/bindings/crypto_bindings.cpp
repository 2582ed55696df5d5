// embind glue for crypto_hash and crypto_sha256 (crypto_xor has its own file).
#include <emscripten/bind.h>

#include "core/crypto.hpp"
#include "core/crypto_sha256.hpp"

namespace {

uint32_t hashBinding(uintptr_t data, size_t n) {
  return mlw::fnv1a32(reinterpret_cast<const uint8_t*>(data), n);
}

void sha256Binding(uintptr_t data, size_t n, uintptr_t digest) {
  mlw::sha256(reinterpret_cast<const uint8_t*>(data), n, reinterpret_cast<uint8_t*>(digest));
}

}  // namespace

EMSCRIPTEN_BINDINGS(crypto) {
  emscripten::function("crypto_hash", &hashBinding);
  emscripten::function("crypto_sha256", &sha256Binding);
}
