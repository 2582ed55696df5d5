#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// out[i] = data[i] ^ key[(phase + i) % keyLen]. out may alias data exactly (in place).
// keyLen must be > 0; phase lets a caller that streams the data in chunks continue the
// key where the previous chunk stopped (phase = bytes done so far % keyLen).
// XOR is its own inverse, so this is both crypto_xor_encrypt and crypto_xor_decrypt.
void cryptoXor(const uint8_t* data, size_t n, const uint8_t* key, size_t keyLen, uint8_t* out,
               size_t phase = 0);

}  // namespace mlw
