// embind glue for crypto_xor. Pointers are addresses in the module's heap, passed as
// numbers; js/wasm/crypto_xor.js streams the data through a heap chunk (phase = where the
// key stands at the chunk's first byte).
#include <emscripten/bind.h>

#include "core/crypto_xor.hpp"

namespace {

void cryptoXorBinding(uintptr_t data, size_t n, uintptr_t key, size_t keyLen, uintptr_t out,
                      size_t phase) {
  mlw::cryptoXor(reinterpret_cast<const uint8_t*>(data), n, reinterpret_cast<const uint8_t*>(key),
                 keyLen, reinterpret_cast<uint8_t*>(out), phase);
}

}  // namespace

EMSCRIPTEN_BINDINGS(crypto_xor) {
  emscripten::function("crypto_xor", &cryptoXorBinding);
}
