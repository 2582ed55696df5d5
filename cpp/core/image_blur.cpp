#include "core/alloc.hpp"
#include "core/image_blur.hpp"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>  // placement new of the segments (no allocation)

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

// One row of the horizontal box pass: w pixels of `row` into `dst`.
template <bool Narrow>
void boxHorizontalRow(const uint8_t* row, uint8_t* dst, int w, const BlurKernel& k) {
  const int r = k.radius;
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

#ifdef __wasm_simd128__
// One pixel's four channels as u32 lanes: the four running sums advance together.
inline v128_t loadPixel(const uint8_t* p) {
  return wasm_u32x4_extend_low_u16x8(wasm_u16x8_extend_low_u8x16(wasm_v128_load32_zero(p)));
}

// boxHorizontalRow<true> with one vector of four sums instead of four scalars.
void boxHorizontalRowSimd(const uint8_t* row, uint8_t* dst, int w, const BlurKernel& k) {
  const int r = k.radius;
  const v128_t mul = wasm_i32x4_splat(static_cast<int32_t>(k.mul));
  v128_t sum = wasm_i32x4_splat(r);
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
#endif

// The rows a vertical pass reads, by index (0 <= y < h): rows(y) returns row y of the
// horizontal pass's output. ImageRows reads them from a whole intermediate image;
// RingRows (below) computes them on demand into a few rows of scratch.
struct ImageRows {
  const uint8_t* image;
  size_t n;  // bytes per row
  const uint8_t* operator()(int y) const { return image + static_cast<size_t>(y) * n; }
};

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

// One row of the horizontal gaussian pass, through a copy of the row with r clamped
// pixels on each side (so the taps need no bounds checks).
void gaussianHorizontalRow(const uint8_t* row, uint8_t* dst, int w, const BlurKernel& k, uint8_t* padded,
                           uint32_t* acc, const uint8_t** taps) {
  const int r = k.radius;
  const size_t n = static_cast<size_t>(w) * 4;
  for (int i = 0; i <= 2 * r; ++i) taps[i] = padded + static_cast<size_t>(i) * 4;
  for (int x = -r; x < w + r; ++x) std::memcpy(padded + (x + r) * 4, row + clampInt(x, 0, w - 1) * 4, 4);
  gaussianCombine(taps, k.weights, r, n, dst, acc);
}

struct Scratch {
  const uint8_t** taps;
  uint32_t* acc;
  uint8_t* padded;
};

// The vertical pass over consecutive rows, walking down (step +1) or up (step -1): start(y)
// before the first row, then row(y), row(y + step), ... The box keeps column sums that
// slide from row to row (exact integers, so the direction does not change them); every
// inner loop runs along a row, so it is contiguous and vectorises. The rows are asked for
// in the walking direction, each within 2r + 1 of the farthest asked for so far (what
// RingRows needs).
template <class Rows>
class VerticalPass {
 public:
  VerticalPass(Rows& rows, uint8_t* out, int w, int h, const BlurKernel& k, const Scratch& s, int step)
      : rows_(rows), out_(out), n_(static_cast<size_t>(w) * 4), h_(h), k_(k), s_(s), step_(step) {}

  void start(int y) {
    if (k_.kind == BlurKind::Gaussian) return;
    const int r = k_.radius;
    uint32_t* sums = s_.acc;
    for (size_t j = 0; j < n_; ++j) sums[j] = r;  // the rounding term, added once
    for (int i = -r; i <= r; ++i) {
      const uint8_t* src = rows_(clampInt(y + i * step_, 0, h_ - 1));
      for (size_t j = 0; j < n_; ++j) sums[j] += src[j];
    }
  }

  void row(int y) {
    if (k_.kind == BlurKind::Gaussian) {
      gaussianRow(y);
    } else if (k_.shift == 24) {
      boxRow<true>(y);
    } else {
      boxRow<false>(y);
    }
  }

 private:
  // Writes row y from the sums, then slides them to row y + step.
  template <bool Narrow>
  void boxRow(int y) {
    const int r = k_.radius;
    uint8_t* dst = out_ + static_cast<size_t>(y) * n_;
    const int enter = step_ > 0 ? (y + r + 1 < h_ ? y + r + 1 : h_ - 1) : (y - r - 1 > 0 ? y - r - 1 : 0);
    const int leave = step_ > 0 ? (y - r > 0 ? y - r : 0) : (y + r < h_ - 1 ? y + r : h_ - 1);
    const uint8_t* add = rows_(enter);
    const uint8_t* sub = rows_(leave);
    const uint64_t mul = k_.mul;
    const uint32_t shift = k_.shift;
    uint32_t* sums = s_.acc;
    for (size_t j = 0; j < n_; ++j) {
      const uint32_t s = sums[j];
      dst[j] = static_cast<uint8_t>(boxDivide<Narrow>(s, mul, shift));
      sums[j] = s + add[j] - sub[j];
    }
  }

  void gaussianRow(int y) {
    const int r = k_.radius;
    for (int i = 0; i <= 2 * r; ++i) {
      const int t = step_ > 0 ? i : 2 * r - i;
      s_.taps[t] = rows_(clampInt(y + t - r, 0, h_ - 1));
    }
    gaussianCombine(s_.taps, k_.weights, r, n_, out_ + static_cast<size_t>(y) * n_, s_.acc);
  }

  Rows& rows_;
  uint8_t* out_;
  size_t n_;
  int h_;
  const BlurKernel& k_;
  Scratch s_;
  int step_;
};

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

Scratch splitScratch(const BlurKernel& k, int width, void* scratch) {
  auto* taps = static_cast<const uint8_t**>(scratch);
  auto* acc = reinterpret_cast<uint32_t*>(taps + 2 * static_cast<size_t>(k.radius) + 1);
  auto* padded = reinterpret_cast<uint8_t*>(acc + static_cast<size_t>(width) * 4);
  return {taps, acc, padded};
}

// One row of the horizontal pass, whichever the kernel.
void horizontalRow(const BlurKernel& k, const uint8_t* row, uint8_t* dst, int width, const Scratch& s) {
  if (k.kind == BlurKind::Gaussian) {
    gaussianHorizontalRow(row, dst, width, k, s.padded, s.acc, s.taps);
  } else if (k.shift == 24) {
#ifdef __wasm_simd128__
    boxHorizontalRowSimd(row, dst, width, k);
#else
    boxHorizontalRow<true>(row, dst, width, k);
#endif
  } else {
    boxHorizontalRow<false>(row, dst, width, k);
  }
}

// The horizontal pass's rows, computed when the vertical pass first asks for them, into a
// ring of `cap` rows (row y in slot y % cap), walking the same way as the vertical pass
// (step +1 or -1). With cap >= min(2r + 2, h) a row is still there when asked for again
// (see VerticalPass): the vertical pass reads the horizontal output while it is in cache,
// and no intermediate image is written or read back.
struct RingRows {
  const uint8_t* in;
  uint8_t* ring;
  size_t n;
  int cap;
  int width;
  int step;
  int next;  // the next row to compute (walking by step)
  const BlurKernel* k;
  Scratch scratch;  // the horizontal pass's own (the vertical pass uses another)
  const uint8_t* operator()(int y) {
    for (; step > 0 ? next <= y : next >= y; next += step)
      horizontalRow(*k, in + static_cast<size_t>(next) * n, slot(next), width, scratch);
    return slot(y);
  }
  uint8_t* slot(int y) const { return ring + static_cast<size_t>(y % cap) * n; }
};

// Rows in the ring: the 2r + 2 rows the box pass's sliding window spans (the gaussian
// needs 2r + 1), or all of them in an image less tall.
int ringRows(int radius, int height) {
  const int64_t window = 2 * static_cast<int64_t>(radius) + 2;
  return window < height ? static_cast<int>(window) : height;
}

// Rows [begin, end) of one segment of the image, shared by two threads that work inwards
// from its two ends: one claims rows from the top walking down, the other from the bottom
// walking up, a few at a time, until they meet. Each thread's rows stay contiguous (its
// ring and column sums carry on from claim to claim), and a thread that starts late or
// is slowed (a cold pool worker, another process on its core) leaves more of the segment
// to the other. Both ends live in one 64-bit word: top in the high half, bottom in the low.
class Segment {
 public:
  Segment() = default;
  void reset(uint32_t begin, uint32_t end) { ends_.store(pack(begin, end), std::memory_order_relaxed); }
  // The next rows for the thread walking by `step`: [*from, *to) from the top (step +1)
  // or from the bottom (step -1); false when the segment is done.
  bool claim(int step, int* from, int* to) {
    uint64_t cur = ends_.load(std::memory_order_relaxed);
    for (;;) {
      const uint32_t top = static_cast<uint32_t>(cur >> 32), bottom = static_cast<uint32_t>(cur);
      if (top >= bottom) return false;
      // A quarter of what is left (half of one thread's share), at least kMinRows.
      uint32_t rows = (bottom - top) / 4;
      if (rows < kMinRows) rows = kMinRows;
      if (rows > bottom - top) rows = bottom - top;
      const uint64_t next = step > 0 ? pack(top + rows, bottom) : pack(top, bottom - rows);
      if (ends_.compare_exchange_weak(cur, next, std::memory_order_relaxed)) {
        *from = static_cast<int>(step > 0 ? top : bottom - rows);
        *to = static_cast<int>(step > 0 ? top + rows : bottom);
        return true;
      }
    }
  }

 private:
  static constexpr uint32_t kMinRows = 8;
  static uint64_t pack(uint32_t top, uint32_t bottom) { return (uint64_t(top) << 32) | bottom; }
  std::atomic<uint64_t> ends_{0};
};

}  // namespace

void blurHorizontalRows(const uint8_t* in, uint8_t* out, int width, int /*height*/, const BlurKernel& k,
                        int rowBegin, int rowEnd, void* scratch) {
  const Scratch s = splitScratch(k, width, scratch);
  const size_t n = static_cast<size_t>(width) * 4;
  for (int y = rowBegin; y < rowEnd; ++y) horizontalRow(k, in + y * n, out + y * n, width, s);
}

void blurVerticalRows(const uint8_t* in, uint8_t* out, int width, int height, const BlurKernel& k, int rowBegin,
                      int rowEnd, void* scratch) {
  if (rowBegin >= rowEnd) return;
  ImageRows rows{in, static_cast<size_t>(width) * 4};
  VerticalPass<ImageRows> pass(rows, out, width, height, k, splitScratch(k, width, scratch), 1);
  pass.start(rowBegin);
  for (int y = rowBegin; y < rowEnd; ++y) pass.row(y);
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
  size_t parts = threads < 1 ? 1 : threads;
  if (parts > kMaxParallelThreads) parts = kMaxParallelThreads;
  if (parts > static_cast<size_t>(height)) parts = static_cast<size_t>(height);
  BlurKernel k;
  if (blurKernelInit(&k, kind, radius) != Status::Ok) return Status::OutOfMemory;
  const size_t n = static_cast<size_t>(width) * 4;
  const size_t rows = static_cast<size_t>(height);
  const size_t rowScratch = (blurScratchBytes(k, width) + 15) & ~size_t(15);
  // Fused (the usual case): both passes per thread, the horizontal rows going through a
  // ring (RingRows) that stays in cache, so the image is read once and written once. The
  // threads work in pairs, each pair on one segment of rows from its two ends (Segment);
  // a thread also computes the r rows of horizontal output past its rows, so this is
  // used while those are at most an eighth of a thread's share. Past that (a radius near
  // the image's height) the passes run one after the other through an intermediate
  // image, each split into one band of rows per thread.
  const size_t ring = static_cast<size_t>(ringRows(radius, height));
  const bool fused = 4 * (2 * static_cast<size_t>(radius) + 2) <= rows / parts;
  const size_t perPart = fused ? ((ring * n + 15) & ~size_t(15)) + 2 * rowScratch : rowScratch;
  const size_t segments = (parts + 1) / 2;
  // All scratch up front, on this thread, so a failed allocation is reported before any
  // thread starts: per thread its ring and two row scratches (fused) or one (two-pass),
  // the intermediate image (two-pass), the segments (fused).
  auto* tmp = fused ? nullptr : static_cast<uint8_t*>(allocate(bytes));
  auto* scratch = static_cast<uint8_t*>(allocate(checkedBytes(perPart, parts)));
  void* segmentMemory = fused ? allocate(checkedBytes(segments, sizeof(Segment))) : nullptr;
  if ((!fused && !tmp) || !scratch || (fused && !segmentMemory)) {
    release(tmp);
    release(scratch);
    release(segmentMemory);
    blurKernelFree(&k);
    return Status::OutOfMemory;
  }
  if (fused) {
    // Segment s covers the rows of threads 2s and 2s + 1 (an odd thread count leaves the
    // last segment to one thread, walking down alone).
    auto* segment = static_cast<Segment*>(segmentMemory);
    for (size_t i = 0; i < segments; ++i) {
      new (&segment[i]) Segment();
      segment[i].reset(static_cast<uint32_t>(rows * (2 * i) / parts),
                       static_cast<uint32_t>(rows * (2 * i + 2 < parts ? 2 * i + 2 : parts) / parts));
    }
    parallelFor(parts, static_cast<unsigned>(parts), [&](size_t p0, size_t p1) {
      for (size_t p = p0; p < p1; ++p) {
        Segment& mine = segment[p / 2];
        const int step = p % 2 == 0 ? 1 : -1;
        uint8_t* own = scratch + p * perPart;
        uint8_t* rowScratches = own + perPart - 2 * rowScratch;
        RingRows source{in, own, n, static_cast<int>(ring), width, step, 0, &k, splitScratch(k, width, rowScratches)};
        VerticalPass<RingRows> pass(source, out, width, height, k, splitScratch(k, width, rowScratches + rowScratch), step);
        bool started = false;
        for (int from, to; mine.claim(step, &from, &to);) {
          const int first = step > 0 ? from : to - 1, last = step > 0 ? to - 1 : from;
          if (!started) {
            // The first row the pass asks for: r rows before its first, clamped.
            source.next = clampInt(first - step * radius, 0, height - 1);
            pass.start(first);
            started = true;
          }
          for (int y = first;; y += step) {
            pass.row(y);
            if (y == last) break;
          }
        }
      }
    });
    for (size_t i = 0; i < segments; ++i) segment[i].~Segment();
  } else {
    auto rowsOf = [&](size_t part, int* y0, int* y1) {
      *y0 = static_cast<int>(rows * part / parts);
      *y1 = static_cast<int>(rows * (part + 1) / parts);
    };
    parallelFor(parts, static_cast<unsigned>(parts), [&](size_t p0, size_t p1) {
      for (size_t p = p0; p < p1; ++p) {
        int y0, y1;
        rowsOf(p, &y0, &y1);
        blurHorizontalRows(in, tmp, width, height, k, y0, y1, scratch + p * perPart);
      }
    });
    parallelFor(parts, static_cast<unsigned>(parts), [&](size_t p0, size_t p1) {
      for (size_t p = p0; p < p1; ++p) {
        int y0, y1;
        rowsOf(p, &y0, &y1);
        blurVerticalRows(tmp, out, width, height, k, y0, y1, scratch + p * perPart);
      }
    });
  }
  release(tmp);
  release(scratch);
  release(segmentMemory);
  blurKernelFree(&k);
  return Status::Ok;
}

}  // namespace mlw
