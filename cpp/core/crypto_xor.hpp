#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// out[i] = data[i] ^ key[i % keyLen]. out may alias data. keyLen must be > 0.
// XOR is its own inverse, so this is both crypto_xor_encrypt and crypto_xor_decrypt.
void cryptoXor(const uint8_t* data, size_t n, const uint8_t* key, size_t keyLen, uint8_t* out);

}  // namespace mlw
