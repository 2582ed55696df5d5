#include "core/alloc.hpp"
#include "core/image_blur.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/parallel.hpp"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace mlw {

namespace {

inline int clampInt(int v, int lo, int hi) { return v < lo ? lo : (v > hi ? hi : v); }

// Box division by reciprocal. Sums are at most 255 d + r, so:
//  d < 256: shift 24 keeps x * mul < 2^32 (32-bit lanes vectorise) and x * d < 2^24;
//  else   : shift 40 in 64 bits, x * d < 2^40.
// x * d < 2^shift bounds the reciprocal's error below 1/d, so the quotient is exact
// (checked exhaustively in tests/cpp/image_blur_test.cpp).
template <bool Narrow>
inline uint32_t boxDivide(uint32_t x, uint64_t mul, uint32_t shift) {
  if (Narrow) return (x * static_cast<uint32_t>(mul)) >> 24;
  return static_cast<uint32_t>((static_cast<uint64_t>(x) * mul) >> shift);
}

template <bool Narrow>
void boxHorizontal(const uint8_t* in, uint8_t* out, int w, const BlurKernel& k, int y0, int y1) {
  const int r = k.radius;
  for (int y = y0; y < y1; ++y) {
    const uint8_t* row = in + static_cast<size_t>(y) * w * 4;
    uint8_t* dst = out + static_cast<size_t>(y) * w * 4;
    uint32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (int i = -r; i <= r; ++i) {
      const uint8_t* p = row + clampInt(i, 0, w - 1) * 4;
      s0 += p[0], s1 += p[1], s2 += p[2], s3 += p[3];
    }
    for (int x = 0; x < w; ++x) {
      uint8_t* o = dst + x * 4;
      o[0] = static_cast<uint8_t>(boxDivide<Narrow>(s0 + r, k.mul, k.shift));
      o[1] = static_cast<uint8_t>(boxDivide<Narrow>(s1 + r, k.mul, k.shift));
      o[2] = static_cast<uint8_t>(boxDivide<Narrow>(s2 + r, k.mul, k.shift));
      o[3] = static_cast<uint8_t>(boxDivide<Narrow>(s3 + r, k.mul, k.shift));
      const uint8_t* add = row + (x + r + 1 < w ? x + r + 1 : w - 1) * 4;
      const uint8_t* sub = row + (x - r > 0 ? x - r : 0) * 4;
      s0 += add[0] - sub[0];
      s1 += add[1] - sub[1];
      s2 += add[2] - sub[2];
      s3 += add[3] - sub[3];
    }
  }
}

#ifdef __wasm_simd128__
// One pixel's four channels as u32 lanes: the four running sums advance together.
inline v128_t loadPixel(const uint8_t* p) {
  return wasm_u32x4_extend_low_u16x8(wasm_u16x8_extend_low_u8x16(wasm_v128_load32_zero(p)));
}

// boxHorizontal<true> with one vector of four sums instead of four scalars.
void boxHorizontalSimd(const uint8_t* in, uint8_t* out, int w, const BlurKernel& k, int y0, int y1) {
  const int r = k.radius;
  const v128_t mul = wasm_i32x4_splat(static_cast<int32_t>(k.mul));
  const v128_t round = wasm_i32x4_splat(r);
  for (int y = y0; y < y1; ++y) {
    const uint8_t* row = in + static_cast<size_t>(y) * w * 4;
    uint8_t* dst = out + static_cast<size_t>(y) * w * 4;
    v128_t sum = round;
    for (int i = -r; i <= r; ++i) sum = wasm_i32x4_add(sum, loadPixel(row + clampInt(i, 0, w - 1) * 4));
    for (int x = 0; x < w; ++x) {
      v128_t q = wasm_u32x4_shr(wasm_i32x4_mul(sum, mul), 24);
      v128_t bytes = wasm_u8x16_narrow_i16x8(wasm_u16x8_narrow_i32x4(q, q), wasm_i16x8_splat(0));
      wasm_v128_store32_lane(dst + x * 4, bytes, 0);
      const uint8_t* add = row + (x + r + 1 < w ? x + r + 1 : w - 1) * 4;
      const uint8_t* sub = row + (x - r > 0 ? x - r : 0) * 4;
      sum = wasm_i32x4_sub(wasm_i32x4_add(sum, loadPixel(add)), loadPixel(sub));
    }
  }
}
#endif

// Column sums slide down the rows; every inner loop runs along a row, so it is
// contiguous and vectorises.
template <bool Narrow>
void boxVertical(const uint8_t* in, uint8_t* out, int w, int h, const BlurKernel& k, int y0, int y1,
                 uint32_t* sums) {
  const int r = k.radius;
  const size_t n = static_cast<size_t>(w) * 4;
  for (size_t j = 0; j < n; ++j) sums[j] = r;  // the rounding term, added once
  for (int i = -r; i <= r; ++i) {
    const uint8_t* src = in + static_cast<size_t>(clampInt(y0 + i, 0, h - 1)) * n;
    for (size_t j = 0; j < n; ++j) sums[j] += src[j];
  }
  for (int y = y0; y < y1; ++y) {
    uint8_t* dst = out + static_cast<size_t>(y) * n;
    const uint8_t* add = in + static_cast<size_t>(y + r + 1 < h ? y + r + 1 : h - 1) * n;
    const uint8_t* sub = in + static_cast<size_t>(y - r > 0 ? y - r : 0) * n;
    const uint64_t mul = k.mul;
    const uint32_t shift = k.shift;
    for (size_t j = 0; j < n; ++j) {
      const uint32_t s = sums[j];
      dst[j] = static_cast<uint8_t>(boxDivide<Narrow>(s, mul, shift));
      sums[j] = s + add[j] - sub[j];
    }
  }
}

constexpr uint32_t kHalf = 1u << (kGaussianScaleBits - 1);

// dst[j] = (2^19 + W_0 t_r[j] + sum_{i=1..r} W_i (t_{r-i}[j] + t_{r+i}[j])) >> 20 for j < n,
// where t_0..t_2r are the 2r+1 tap rows (clamped rows, or shifted views of a padded row).
void gaussianCombine(const uint8_t* const* taps, const uint32_t* W, int r, size_t n, uint8_t* dst, uint32_t* acc) {
  size_t j0 = 0;
#ifdef __wasm_simd128__
  // Sixteen bytes at a time with all taps in registers: one pass instead of r + 1.
  const v128_t half = wasm_i32x4_splat(static_cast<int32_t>(kHalf));
  for (; j0 + 16 <= n; j0 += 16) {
    const v128_t c = wasm_v128_load(taps[r] + j0);
    const v128_t c0 = wasm_u16x8_extend_low_u8x16(c), c1 = wasm_u16x8_extend_high_u8x16(c);
    const v128_t w0 = wasm_i32x4_splat(static_cast<int32_t>(W[0]));
    v128_t a0 = wasm_i32x4_add(half, wasm_i32x4_mul(w0, wasm_u32x4_extend_low_u16x8(c0)));
    v128_t a1 = wasm_i32x4_add(half, wasm_i32x4_mul(w0, wasm_u32x4_extend_high_u16x8(c0)));
    v128_t a2 = wasm_i32x4_add(half, wasm_i32x4_mul(w0, wasm_u32x4_extend_low_u16x8(c1)));
    v128_t a3 = wasm_i32x4_add(half, wasm_i32x4_mul(w0, wasm_u32x4_extend_high_u16x8(c1)));
    for (int i = 1; i <= r; ++i) {
      const v128_t p = wasm_v128_load(taps[r - i] + j0), q = wasm_v128_load(taps[r + i] + j0);
      // Pair sums fit in 16 bits (<= 510).
      const v128_t s0 = wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(p), wasm_u16x8_extend_low_u8x16(q));
      const v128_t s1 = wasm_i16x8_add(wasm_u16x8_extend_high_u8x16(p), wasm_u16x8_extend_high_u8x16(q));
      const v128_t wi = wasm_i32x4_splat(static_cast<int32_t>(W[i]));
      a0 = wasm_i32x4_add(a0, wasm_i32x4_mul(wi, wasm_u32x4_extend_low_u16x8(s0)));
      a1 = wasm_i32x4_add(a1, wasm_i32x4_mul(wi, wasm_u32x4_extend_high_u16x8(s0)));
      a2 = wasm_i32x4_add(a2, wasm_i32x4_mul(wi, wasm_u32x4_extend_low_u16x8(s1)));
      a3 = wasm_i32x4_add(a3, wasm_i32x4_mul(wi, wasm_u32x4_extend_high_u16x8(s1)));
    }
    const v128_t lo = wasm_u16x8_narrow_i32x4(wasm_u32x4_shr(a0, kGaussianScaleBits), wasm_u32x4_shr(a1, kGaussianScaleBits));
    const v128_t hi = wasm_u16x8_narrow_i32x4(wasm_u32x4_shr(a2, kGaussianScaleBits), wasm_u32x4_shr(a3, kGaussianScaleBits));
    wasm_v128_store(dst + j0, wasm_u8x16_narrow_i16x8(lo, hi));
  }
#endif
  // Elsewhere (and for the tail) one contiguous pass per tap, which compilers vectorise.
  for (size_t j = j0; j < n; ++j) acc[j] = kHalf + W[0] * taps[r][j];
  for (int i = 1; i <= r; ++i) {
    const uint8_t* left = taps[r - i];
    const uint8_t* right = taps[r + i];
    const uint32_t wi = W[i];
    for (size_t j = j0; j < n; ++j) acc[j] += wi * (static_cast<uint32_t>(left[j]) + right[j]);
  }
  for (size_t j = j0; j < n; ++j) dst[j] = static_cast<uint8_t>(acc[j] >> kGaussianScaleBits);
}

void gaussianHorizontal(const uint8_t* in, uint8_t* out, int w, const BlurKernel& k, int y0, int y1,
                        uint8_t* padded, uint32_t* acc, const uint8_t** taps) {
  const int r = k.radius;
  const size_t n = static_cast<size_t>(w) * 4;
  for (int i = 0; i <= 2 * r; ++i) taps[i] = padded + static_cast<size_t>(i) * 4;
  for (int y = y0; y < y1; ++y) {
    const uint8_t* row = in + static_cast<size_t>(y) * n;
    // The row with r clamped pixels on each side, so the taps need no bounds checks.
    for (int x = -r; x < w + r; ++x) std::memcpy(padded + (x + r) * 4, row + clampInt(x, 0, w - 1) * 4, 4);
    gaussianCombine(taps, k.weights, r, n, out + static_cast<size_t>(y) * n, acc);
  }
}

void gaussianVertical(const uint8_t* in, uint8_t* out, int w, int h, const BlurKernel& k, int y0, int y1,
                      uint32_t* acc, const uint8_t** taps) {
  const int r = k.radius;
  const size_t n = static_cast<size_t>(w) * 4;
  for (int y = y0; y < y1; ++y) {
    for (int i = 0; i <= 2 * r; ++i) taps[i] = in + static_cast<size_t>(clampInt(y + i - r, 0, h - 1)) * n;
    gaussianCombine(taps, k.weights, r, n, out + static_cast<size_t>(y) * n, acc);
  }
}

}  // namespace

double blurExpNeg(double t) {
  const double z = -t / 8;
  double q = 1;
  for (int k = 14; k >= 1; --k) q = 1 + (z / k) * q;
  q = q * q;
  q = q * q;
  return q * q;
}

void gaussianWeights(int radius, uint32_t* out) {
  // sigma = r/2, so exp(-i^2 / (2 sigma^2)) = exp(-2 i^2 / r^2).
  const double rr = static_cast<double>(radius) * radius;
  double w[kBlurMaxRadius + 1];  // 8 KB: no allocation to fail
  if (radius > kBlurMaxRadius) radius = kBlurMaxRadius;
  double total = 0;
  for (int i = 0; i <= radius; ++i) {
    w[i] = blurExpNeg((2.0 * i * i) / rr);
    total = i == 0 ? w[0] : total + 2 * w[i];
  }
  const double scale = static_cast<double>(1u << kGaussianScaleBits);
  uint32_t tails = 0;
  for (int i = 1; i <= radius; ++i) {
    out[i] = static_cast<uint32_t>(std::floor((w[i] * scale) / total + 0.5));
    tails += out[i];
  }
  out[0] = (1u << kGaussianScaleBits) - 2 * tails;
}

Status blurKernelInit(BlurKernel* k, BlurKind kind, int radius) {
  k->kind = kind;
  k->radius = radius;
  k->weights = nullptr;
  const uint64_t d = 2 * static_cast<uint64_t>(radius) + 1;
  k->shift = d < 256 ? 24 : 40;
  k->mul = (uint64_t(1) << k->shift) / d + 1;
  if (kind == BlurKind::Gaussian) {
    k->weights = static_cast<uint32_t*>(allocate((radius + 1) * sizeof(uint32_t)));
    if (!k->weights) return Status::OutOfMemory;
    gaussianWeights(radius, k->weights);
  }
  return Status::Ok;
}

void blurKernelFree(BlurKernel* k) {
  release(k->weights);
  k->weights = nullptr;
}

// Layout: tap pointers (2r + 1), then the u32 accumulators (w * 4), then the padded row.
size_t blurScratchBytes(const BlurKernel& k, int width) {
  const size_t taps = (2 * static_cast<size_t>(k.radius) + 1) * sizeof(const uint8_t*);
  const size_t acc = static_cast<size_t>(width) * 4 * sizeof(uint32_t);
  const size_t padded = (static_cast<size_t>(width) + 2 * k.radius) * 4;
  return taps + acc + padded;
}

namespace {

struct Scratch {
  const uint8_t** taps;
  uint32_t* acc;
  uint8_t* padded;
};

Scratch splitScratch(const BlurKernel& k, int width, void* scratch) {
  auto* taps = static_cast<const uint8_t**>(scratch);
  auto* acc = reinterpret_cast<uint32_t*>(taps + 2 * static_cast<size_t>(k.radius) + 1);
  auto* padded = reinterpret_cast<uint8_t*>(acc + static_cast<size_t>(width) * 4);
  return {taps, acc, padded};
}

}  // namespace

void blurHorizontalRows(const uint8_t* in, uint8_t* out, int width, int /*height*/, const BlurKernel& k,
                        int rowBegin, int rowEnd, void* scratch) {
  if (k.kind == BlurKind::Gaussian) {
    Scratch s = splitScratch(k, width, scratch);
    gaussianHorizontal(in, out, width, k, rowBegin, rowEnd, s.padded, s.acc, s.taps);
  } else if (k.shift == 24) {
#ifdef __wasm_simd128__
    boxHorizontalSimd(in, out, width, k, rowBegin, rowEnd);
#else
    boxHorizontal<true>(in, out, width, k, rowBegin, rowEnd);
#endif
  } else {
    boxHorizontal<false>(in, out, width, k, rowBegin, rowEnd);
  }
}

void blurVerticalRows(const uint8_t* in, uint8_t* out, int width, int height, const BlurKernel& k, int rowBegin,
                      int rowEnd, void* scratch) {
  Scratch s = splitScratch(k, width, scratch);
  if (k.kind == BlurKind::Gaussian) {
    gaussianVertical(in, out, width, height, k, rowBegin, rowEnd, s.acc, s.taps);
  } else if (k.shift == 24) {
    boxVertical<true>(in, out, width, height, k, rowBegin, rowEnd, s.acc);
  } else {
    boxVertical<false>(in, out, width, height, k, rowBegin, rowEnd, s.acc);
  }
}

Status imageBlur(const uint8_t* in, uint8_t* out, int width, int height, BlurKind kind, int radius,
                 unsigned threads) {
  const size_t bytes = static_cast<size_t>(width) * height * 4;
  if (width < 0 || height < 0 || radius < 0 || radius > kBlurMaxRadius) return Status::InvalidArgument;
  if (kind != BlurKind::Box && kind != BlurKind::Gaussian) return Status::InvalidArgument;
  if (bytes == 0) return Status::Ok;
  if (radius == 0) {
    std::memcpy(out, in, bytes);
    return Status::Ok;
  }
  // One chunk of rows per thread, each with its own scratch, allocated up front so that
  // a failed allocation is reported before any thread starts.
  size_t parts = threads < 1 ? 1 : threads;
  if (parts > kMaxParallelThreads) parts = kMaxParallelThreads;
  if (parts > static_cast<size_t>(height)) parts = static_cast<size_t>(height);
  BlurKernel k;
  if (blurKernelInit(&k, kind, radius) != Status::Ok) return Status::OutOfMemory;
  const size_t scratchBytes = (blurScratchBytes(k, width) + 15) & ~size_t(15);
  auto* tmp = static_cast<uint8_t*>(allocate(bytes));
  auto* scratch = static_cast<uint8_t*>(allocate(checkedBytes(scratchBytes, parts)));
  if (!tmp || !scratch) {
    release(tmp);
    release(scratch);
    blurKernelFree(&k);
    return Status::OutOfMemory;
  }
  const size_t rows = static_cast<size_t>(height);
  auto rowsOf = [&](size_t part, int* y0, int* y1) {
    *y0 = static_cast<int>(rows * part / parts);
    *y1 = static_cast<int>(rows * (part + 1) / parts);
  };
  parallelFor(parts, static_cast<unsigned>(parts), [&](size_t p0, size_t p1) {
    for (size_t p = p0; p < p1; ++p) {
      int y0, y1;
      rowsOf(p, &y0, &y1);
      blurHorizontalRows(in, tmp, width, height, k, y0, y1, scratch + p * scratchBytes);
    }
  });
  parallelFor(parts, static_cast<unsigned>(parts), [&](size_t p0, size_t p1) {
    for (size_t p = p0; p < p1; ++p) {
      int y0, y1;
      rowsOf(p, &y0, &y1);
      blurVerticalRows(tmp, out, width, height, k, y0, y1, scratch + p * scratchBytes);
    }
  });
  release(tmp);
  release(scratch);
  blurKernelFree(&k);
  return Status::Ok;
}

}  // namespace mlw
