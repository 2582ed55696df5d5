// image_blur: separable blur of RGBA bytes (all four channels, alpha included, so a
// transparent edge bleeds like the colour does). Horizontal pass, rounded to bytes, then
// vertical pass on those bytes. Sample positions are clamped to the image.
//
// box (d = 2r + 1):  out = (sum of the d samples + r) / d    (integer division)
// gaussian:          sigma = r / 2, taps -r..r, integer weights W_i summing to 2^20,
//                    out = (sum of W_|i| * sample + 2^19) >> 20
// The weights (gaussianWeights) use only + - * / on doubles, in an order that
// js/fallbacks/image_blur.js repeats, so both backends get the same integers.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/status.hpp"

namespace mlw {

constexpr int kBlurMaxRadius = 1000;
constexpr uint32_t kGaussianScaleBits = 20;

enum class BlurKind : int32_t { Box = 0, Gaussian = 1 };

struct BlurKernel {
  BlurKind kind;
  int radius;
  uint32_t* weights;  // gaussian: W_0..W_r (owned, malloc'd); box: null
  // box: q = (x * mul) >> shift equals x / (2r + 1) for every reachable x
  uint64_t mul;
  uint32_t shift;
};

// exp(-t) for 0 <= t <= 2 from + - * / only (t/8, 14-term Taylor, squared three times).
double blurExpNeg(double t);

// W_0..W_r into `out` (r + 1 entries). W_0 takes the rounding remainder so that
// W_0 + 2 * (W_1 + ... + W_r) == 2^20 exactly.
void gaussianWeights(int radius, uint32_t* out);

Status blurKernelInit(BlurKernel* k, BlurKind kind, int radius);
void blurKernelFree(BlurKernel* k);

// Scratch bytes the row passes need (per caller; threads each need their own).
size_t blurScratchBytes(const BlurKernel& k, int width);

// One pass over rows [rowBegin, rowEnd) of a width x height RGBA image; `in` and `out`
// are whole images (the vertical pass reads rows outside the range). in != out.
void blurHorizontalRows(const uint8_t* in, uint8_t* out, int width, int height, const BlurKernel& k, int rowBegin,
                        int rowEnd, void* scratch);
void blurVerticalRows(const uint8_t* in, uint8_t* out, int width, int height, const BlurKernel& k, int rowBegin,
                      int rowEnd, void* scratch);

// The whole blur. out may not alias in. radius 0 copies. Every pixel is computed the same
// way whatever the split, so the bytes do not depend on `threads` (up to that many threads
// run, parallel.hpp). Usually (while 8r + 8 rows fit in each thread's share of the rows)
// the passes are fused: each thread runs both on its rows, the horizontal rows going
// through a ring of 2r + 2 rows that stays in cache, and the threads work in pairs from
// the two ends of a segment of rows until they meet (a late or slowed thread leaves its
// rows to the other). Otherwise the horizontal pass runs over the whole image into an
// intermediate image, then the vertical pass, each split into one band per thread.
// Scratch (documented for the memory table): fused, min(2r + 2, h) rows (w*4 bytes each)
// plus twice blurScratchBytes per thread; two-pass, one intermediate image (w*h*4 bytes)
// plus blurScratchBytes per thread (blurScratchBytes: about 20 bytes per pixel of one
// row); OutOfMemory if it cannot be had.
Status imageBlur(const uint8_t* in, uint8_t* out, int width, int height, BlurKind kind, int radius,
                 unsigned threads = 1);

}  // namespace mlw
