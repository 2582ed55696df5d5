#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// SHA-256 (FIPS 180-4) of n bytes; digest receives 32 bytes.
void sha256(const uint8_t* data, size_t n, uint8_t digest[32]);

// The same digest as 64 lowercase hex characters (ASCII, no terminator): what
// crypto_sha256 answers, so the WASM call hands back text ready to decode.
void sha256Hex(const uint8_t* data, size_t n, char hex[64]);

// A message fed in pieces (the WASM path streams a large input through a small scratch
// area instead of copying all of it into the heap): begin, update with whole 64-byte
// blocks, then finishHex with the message's last n bytes (any n), which writes the hex
// digest of everything fed.
struct Sha256Stream {
  uint32_t state[8];
  uint64_t bytes;  // fed so far by update
};
void sha256Begin(Sha256Stream& s);
void sha256Update(Sha256Stream& s, const uint8_t* data, size_t blocks);
void sha256FinishHex(Sha256Stream& s, const uint8_t* data, size_t n, char hex[64]);

// The pieces the multi-message kernel (crypto_sha256_multi.hpp) shares with sha256().
// The round constants and the initial hash value (FIPS 180-4, 4.2.2 and 5.3.3).
inline constexpr uint32_t kSha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
inline constexpr uint32_t kSha256Init[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

// The compression function over `blocks` consecutive 64-byte blocks.
void sha256Compress(uint32_t state[8], const uint8_t* data, size_t blocks);

// The final block(s) of an n-byte message whose bytes are `data`: the n % 64 bytes after
// its last full block, 0x80, zeros and the bit length, written to tail; returns the
// number of tail blocks (1 or 2).
size_t sha256Tail(const uint8_t* data, size_t n, uint8_t tail[128]);

// The digest of a final state: the eight words big-endian.
void sha256Digest(const uint32_t state[8], uint8_t digest[32]);

}  // namespace mlw
