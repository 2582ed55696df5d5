// The crypto_ family (crypto_hash here; crypto_sha256 and crypto_xor are big enough for
// files of their own, named so on every layer: docs/CONTRIBUTING.md, "Layout").
#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// FNV-1a, 32-bit, over bytes. A fast non-cryptographic hash (hash tables, checksums);
// trivially forgeable, never use it for security.
uint32_t fnv1a32(const uint8_t* data, size_t n);

}  // namespace mlw
