// Native workloads of the image_ family: mlw::imageBlur, single-threaded, the kernel the
// bindings call.
#include "harness.hpp"

#if __has_include("core/image_blur.hpp")
#include <memory>

#include "core/image_blur.hpp"

namespace {

constexpr uint8_t kFlat = 77;

// testImage(w, h, seed) of bench/checks.mjs: the left third flat, the rest noise.
std::vector<uint8_t> testImage(int w, int h, uint32_t seed) {
  mlwbench::Rng r(seed);
  std::vector<uint8_t> data(static_cast<size_t>(w) * h * 4);
  const int flat = w / 3;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      for (int c = 0; c < 4; c++)
        data[(static_cast<size_t>(y) * w + x) * 4 + c] = x < flat ? kFlat : static_cast<uint8_t>(r.next32() >> 24);
  return data;
}

void blurWorkload(std::string id, int w, int h, int qw, int qh, mlw::BlurKind kind) {
  mlwbench::Register(std::move(id), [=](bool quick, std::function<void()>& call, std::function<bool()>& check) {
    const int width = quick ? qw : w, height = quick ? qh : h;
    auto in = std::make_shared<std::vector<uint8_t>>(testImage(width, height, 5));
    auto out = std::make_shared<std::vector<uint8_t>>(in->size());
    auto ok = std::make_shared<bool>(true);
    call = [=] {
      if (mlw::imageBlur(in->data(), out->data(), width, height, kind, 2) != mlw::Status::Ok) *ok = false;
    };
    check = [=] {
      const int flat = width / 3;
      for (int y = 8; y < height - 8; y += 13)
        for (int x = 8; x < flat - 8; x += 11)
          if ((*out)[(static_cast<size_t>(y) * width + x) * 4] != kFlat) return false;
      return *ok;
    };
  });
}

const bool registered = [] {
  blurWorkload("blur-4k", 3840, 2160, 960, 540, mlw::BlurKind::Box);
  blurWorkload("blur-4k-gaussian", 3840, 2160, 960, 540, mlw::BlurKind::Gaussian);
  for (auto [w, h] : {std::pair{64, 64}, {256, 256}, {1024, 1024}, {1920, 1080}})
    blurWorkload("sweep-blur-" + std::to_string(w) + "x" + std::to_string(h), w, h, w, h, mlw::BlurKind::Box);
  return true;
}();

}  // namespace
#endif
