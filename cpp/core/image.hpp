// The image_ family (image_grayscale here; image_blur is big enough for files of its
// own, named so on every layer: docs/CONTRIBUTING.md, "Layout").
#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// RGBA -> RGBA with R = G = B = (77 R + 150 G + 29 B + 128) >> 8 (BT.601 luma in 8-bit
// fixed point; the weights sum to 256 so white stays 255), alpha kept. out may alias in.
void imageGrayscale(const uint8_t* in, uint8_t* out, size_t pixels);

}  // namespace mlw
