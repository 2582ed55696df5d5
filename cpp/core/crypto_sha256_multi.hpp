// SHA-256 of many independent messages, four at a time: one message per 32-bit lane of
// a four-lane word, so every operation of a round works on four messages. The simd
// builds use wasm i32x4 instructions; the others (baseline wasm, native) run the same
// code on four interleaved scalar lanes.
// Messages of any lengths: a lane that finishes its message takes the next one, so lanes
// are at different blocks of different messages; each lane pads its own message. When
// one message is left, it finishes on the single-message kernel. Every digest is
// exactly sha256()'s.
#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// SHA-256 of `count` byte strings stored back to back in `data`: item i is
// data[offsets[i] .. offsets[i + 1]) (offsets has count + 1 entries; the caller checks
// they do not decrease). digests receives 32 bytes per item, in item order.
void sha256Multi(const uint8_t* data, const uint32_t* offsets, size_t count, uint8_t* digests);

// Whether sha256Multi beats sha256() per message in this build. The i32x4 lanes do
// (V8, 10 000 × 1 KB: about 2× the single kernel's throughput). Four scalar lanes do
// not: 32 state words plus the schedule do not fit the registers, and x86 vectors have
// no rotate (10 000 × 1 KB: ~10× slower than sha256() in V8's baseline build, ~1.5×
// natively with g++ -O3 and SSE2). They stay built and tested everywhere: the lane
// scheduling is the simd builds' code.
#ifdef __wasm_simd128__
inline constexpr bool kSha256MultiIsFaster = true;
#else
inline constexpr bool kSha256MultiIsFaster = false;
#endif

}  // namespace mlw
