#include "core/image.hpp"

namespace mlw {

void imageGrayscale(const uint8_t* in, uint8_t* out, size_t pixels) {
  for (size_t i = 0; i < pixels * 4; i += 4) {
    const uint32_t y = (77u * in[i] + 150u * in[i + 1] + 29u * in[i + 2] + 128u) >> 8;
    const uint8_t a = in[i + 3];
    out[i] = out[i + 1] = out[i + 2] = static_cast<uint8_t>(y);
    out[i + 3] = a;
  }
}

}  // namespace mlw
