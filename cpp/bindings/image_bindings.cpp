// embind glue for image_blur and image_grayscale. Pointers are heap addresses; the
// Status comes back as an int (js/wasm/status.js maps it to an error). `threads` is the
// policy's decision for this call; the binding does not decide again.
#include <emscripten/bind.h>

#include "core/image_blur.hpp"
#include "core/image.hpp"

namespace {

int imageBlurBinding(uintptr_t in, uintptr_t out, int width, int height, int kind, int radius, unsigned threads) {
  return static_cast<int>(mlw::imageBlur(reinterpret_cast<const uint8_t*>(in), reinterpret_cast<uint8_t*>(out),
                                         width, height, static_cast<mlw::BlurKind>(kind), radius, threads));
}

void imageGrayscaleBinding(uintptr_t in, uintptr_t out, size_t pixels) {
  mlw::imageGrayscale(reinterpret_cast<const uint8_t*>(in), reinterpret_cast<uint8_t*>(out), pixels);
}

}  // namespace

EMSCRIPTEN_BINDINGS(image) {
  emscripten::function("image_blur", &imageBlurBinding);
  emscripten::function("image_grayscale", &imageGrayscaleBinding);
}
