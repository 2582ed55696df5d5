#include "core/image.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

TEST(ImageGrayscale, KnownColours) {
  std::vector<uint8_t> px = {255, 255, 255, 9, 0, 0, 0, 255, 255, 0, 0, 1, 0, 255, 0, 2, 0, 0, 255, 3};
  std::vector<uint8_t> out(px.size());
  mlw::imageGrayscale(px.data(), out.data(), 5);
  // (77*255+128)>>8 = 77, (150*255+128)>>8 = 149, (29*255+128)>>8 = 29
  EXPECT_EQ(out, (std::vector<uint8_t>{255, 255, 255, 9, 0, 0, 0, 255, 77, 77, 77, 1, 149, 149, 149, 2, 29, 29, 29, 3}));
}

TEST(ImageGrayscale, GreysAreFixedPointsAndInPlaceWorks) {
  std::vector<uint8_t> px;
  for (int g = 0; g < 256; ++g) px.insert(px.end(), {uint8_t(g), uint8_t(g), uint8_t(g), uint8_t(255 - g)});
  auto copy = px;
  mlw::imageGrayscale(px.data(), px.data(), 256);
  EXPECT_EQ(px, copy);
}

TEST(ImageGrayscale, ZeroPixels) { mlw::imageGrayscale(nullptr, nullptr, 0); }

}  // namespace
