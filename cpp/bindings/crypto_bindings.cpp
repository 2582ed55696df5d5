// embind glue for crypto_hash and crypto_sha256 (crypto_xor has its own file), and the
// raw exports of crypto_sha256's one-message path.
#include <emscripten/bind.h>
#include <emscripten/em_macros.h>

#include "core/crypto.hpp"
#include "core/crypto_sha256.hpp"

namespace {

uint32_t hashBinding(uintptr_t data, size_t n) {
  return mlw::fnv1a32(reinterpret_cast<const uint8_t*>(data), n);
}

void sha256HexBinding(uintptr_t data, size_t n, uintptr_t hex) {
  mlw::sha256Hex(reinterpret_cast<const uint8_t*>(data), n, reinterpret_cast<char*>(hex));
}

// crypto_sha256's scratch area, one per instance (static data of the module): 64 bytes
// for the hex digest, then room for kSha256ScratchInput bytes of input, which
// js/wasm/crypto_sha256.js copies here instead of allocating a heap block: a whole
// input up to that size (a 1 KB call is ~3 µs of hashing; malloc, free and the heap
// scope around them were a tenth of that again), a larger one piece by piece through
// the stream below (no heap block the size of the input, so no WasmMemoryError either;
// the pieces stay in cache where a 10 MB copy went through to memory). Only the JS
// thread that owns the instance calls these (the kernel is serial; pool threads never
// touch the area), and no call re-enters another.
constexpr size_t kSha256ScratchInput = 65536;  // a multiple of 64: whole blocks per piece
alignas(16) uint8_t sha256Scratch[64 + kSha256ScratchInput];
mlw::Sha256Stream sha256Stream;

}  // namespace

// Raw exports (Module._mlw_sha256_*): a call through embind's generic invoker costs
// ~0.2 µs, a raw export a few ns. The digest goes out as 64 ASCII hex characters at
// `hex`; nothing here allocates, so nothing can fail.
extern "C" {

EMSCRIPTEN_KEEPALIVE uintptr_t mlw_sha256_scratch() { return reinterpret_cast<uintptr_t>(sha256Scratch); }

EMSCRIPTEN_KEEPALIVE size_t mlw_sha256_scratch_input() { return kSha256ScratchInput; }

EMSCRIPTEN_KEEPALIVE void mlw_sha256_hex(uintptr_t data, size_t n, uintptr_t hex) { sha256HexBinding(data, n, hex); }

// The stream (cpp/core/crypto_sha256.hpp): begin, update with whole blocks, finish with
// the last n bytes (the hex digest to `hex`).
EMSCRIPTEN_KEEPALIVE void mlw_sha256_begin() { mlw::sha256Begin(sha256Stream); }

EMSCRIPTEN_KEEPALIVE void mlw_sha256_update(uintptr_t data, size_t blocks) {
  mlw::sha256Update(sha256Stream, reinterpret_cast<const uint8_t*>(data), blocks);
}

EMSCRIPTEN_KEEPALIVE void mlw_sha256_finish(uintptr_t data, size_t n, uintptr_t hex) {
  mlw::sha256FinishHex(sha256Stream, reinterpret_cast<const uint8_t*>(data), n, reinterpret_cast<char*>(hex));
}

}  // extern "C"

EMSCRIPTEN_BINDINGS(crypto) {
  emscripten::function("crypto_hash", &hashBinding);
  // The same kernels as the raw mlw_sha256_* exports, under the crypto_ names that
  // profileKernels (js/profile.js) wraps: with profiling on, js/wasm/crypto_sha256.js
  // takes the same path through these, so kernelMs counts every kernel call.
  emscripten::function("crypto_sha256", &sha256HexBinding);
  emscripten::function("crypto_sha256_begin", &mlw_sha256_begin);
  emscripten::function("crypto_sha256_update", &mlw_sha256_update);
  emscripten::function("crypto_sha256_finish", &mlw_sha256_finish);
}
