#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// SHA-256 (FIPS 180-4) of n bytes; digest receives 32 bytes.
void sha256(const uint8_t* data, size_t n, uint8_t digest[32]);

}  // namespace mlw
