// Blocked, packed matrix multiply (the GotoBLAS layout, kept small).
//
// Why it is shaped like this: the product must equal matrixMultiplyNaive bit for bit,
// i.e. every c[i][j] is accumulated from +0 in ascending k. Vectorising across j (several
// outputs per register) and blocking k into panels both keep that order, as long as a
// panel continues each accumulator where the previous one stopped (it reloads c).
//
// Vectors are GCC/clang vector extensions: with -msimd128 they lower to wasm SIMD
// (v128), natively to SSE, and in the baseline wasm build to scalar code, so the three
// builds share one source and differ only by flags.
#include <atomic>
#include <cstdint>
#include <cstring>
#include <new>

#include "core/matrix.hpp"
#include "core/parallel.hpp"

namespace mlw {
namespace {

template <typename T>
struct Lanes;

template <>
struct Lanes<double> {
  typedef double V __attribute__((vector_size(16)));
  static constexpr int N = 2;
  static V splat(double x) { return V{x, x}; }
  static constexpr int MR = 4;   // rows of c per micro-tile
  static constexpr int NV = 2;   // vectors of c per row of the micro-tile (NR = 4 columns)
  static constexpr size_t KC = 256;
  static constexpr size_t MC = 64;
};

template <>
struct Lanes<float> {
  typedef float V __attribute__((vector_size(16)));
  static constexpr int N = 4;
  static V splat(float x) { return V{x, x, x, x}; }
  static constexpr int MR = 4;
  static constexpr int NV = 2;   // NR = 8 columns
  static constexpr size_t KC = 512;
  static constexpr size_t MC = 64;
};

// memcpy: c rows need not be 16-byte aligned; this compiles to unaligned vector loads.
template <typename V, typename T>
inline V loadV(const T* p) {
  V v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <typename V, typename T>
inline void storeV(T* p, V v) {
  std::memcpy(p, &v, sizeof v);
}

// c[MR×NR] (row stride ldc) = (first ? 0 : c) + ap·bp over kc steps. ap holds MR values
// per step (one per row), bp holds NR values per step (one per column).
template <typename T>
inline void microKernel(size_t kc, const T* ap, const T* bp, T* c, size_t ldc, bool first) {
  using L = Lanes<T>;
  using V = typename L::V;
  constexpr int MR = L::MR, NV = L::NV, W = L::N, NR = NV * W;
  V acc[MR][NV];
  for (int r = 0; r < MR; ++r)
    for (int v = 0; v < NV; ++v) acc[r][v] = first ? V{} : loadV<V>(c + r * ldc + v * W);
  for (size_t p = 0; p < kc; ++p) {
    V bv[NV];
    for (int v = 0; v < NV; ++v) bv[v] = loadV<V>(bp + p * NR + v * W);
    for (int r = 0; r < MR; ++r) {
      const V av = L::splat(ap[p * MR + r]);
      for (int v = 0; v < NV; ++v) acc[r][v] = acc[r][v] + av * bv[v];
    }
  }
  for (int r = 0; r < MR; ++r)
    for (int v = 0; v < NV; ++v) storeV(c + r * ldc + v * W, acc[r][v]);
}

// A partial tile at the bottom or right edge: run the full kernel on a local copy and
// write back only the valid part. The padding of the packed panels is zero.
template <typename T>
void edgeKernel(size_t kc, const T* ap, const T* bp, T* c, size_t ldc, bool first, size_t mr,
                size_t nr) {
  using L = Lanes<T>;
  constexpr int MR = L::MR, NR = L::NV * L::N;
  alignas(16) T tile[MR * NR] = {};
  if (!first)
    for (size_t r = 0; r < mr; ++r) std::memcpy(tile + r * NR, c + r * ldc, nr * sizeof(T));
  microKernel<T>(kc, ap, bp, tile, NR, first);
  for (size_t r = 0; r < mr; ++r) std::memcpy(c + r * ldc, tile + r * NR, nr * sizeof(T));
}

// Panel q of rows [pc, pc+kc) of b: b[pc+p][q*NR + jj] at out[p*NR + jj], zero past
// column n.
template <typename T>
void packBPanel(const T* b, size_t n, size_t pc, size_t kc, size_t q, T* out) {
  constexpr size_t NR = Lanes<T>::NV * Lanes<T>::N;
  const size_t j0 = q * NR;
  const size_t nr = n - j0 < NR ? n - j0 : NR;
  for (size_t p = 0; p < kc; ++p) {
    const T* src = b + (pc + p) * n + j0;
    size_t jj = 0;
    for (; jj < nr; ++jj) out[jj] = src[jj];
    for (; jj < NR; ++jj) out[jj] = T(0);
    out += NR;
  }
}

// Rows [pc, pc+kc) of b, as NR-column panels: panel q holds b[pc+p][q*NR + jj] at
// [q*kc*NR + p*NR + jj], zero past column n.
template <typename T>
void packB(const T* b, size_t n, size_t pc, size_t kc, T* out) {
  constexpr size_t NR = Lanes<T>::NV * Lanes<T>::N;
  const size_t panels = (n + NR - 1) / NR;
  for (size_t q = 0; q < panels; ++q) packBPanel(b, n, pc, kc, q, out + q * kc * NR);
}

// Rows [ic, ic+mc), columns [pc, pc+kc) of a, as MR-row slivers: sliver s holds
// a[ic+s*MR+r][pc+p] at [s*kc*MR + p*MR + r], zero past row ic+mc.
template <typename T>
void packA(const T* a, size_t k, size_t ic, size_t mc, size_t pc, size_t kc, T* out) {
  constexpr size_t MR = Lanes<T>::MR;
  for (size_t i0 = 0; i0 < mc; i0 += MR) {
    const size_t mr = mc - i0 < MR ? mc - i0 : MR;
    for (size_t r = 0; r < MR; ++r) {
      if (r < mr) {
        const T* src = a + (ic + i0 + r) * k + pc;
        for (size_t p = 0; p < kc; ++p) out[p * MR + r] = src[p];
      } else {
        for (size_t p = 0; p < kc; ++p) out[p * MR + r] = T(0);
      }
    }
    out += kc * MR;
  }
}

// Rows [ic, ic+mc) of c against packed b panel q (columns q*NR…): the MR-row slivers of
// the packed a (apack) stream past the one panel bp, which stays in L1.
template <typename T>
inline void panelTiles(const T* apack, const T* bp, T* c, size_t n, size_t ic, size_t mc, size_t kc,
                       size_t q, bool first) {
  constexpr size_t MR = Lanes<T>::MR, NR = Lanes<T>::NV * Lanes<T>::N;
  const size_t j0 = q * NR;
  const size_t nr = n - j0 < NR ? n - j0 : NR;
  for (size_t i0 = 0; i0 < mc; i0 += MR) {
    const size_t mr = mc - i0 < MR ? mc - i0 : MR;
    const T* ap = apack + (i0 / MR) * kc * MR;
    T* ct = c + (ic + i0) * n + j0;
    if (mr == MR && nr == NR)
      microKernel<T>(kc, ap, bp, ct, n, first);
    else
      edgeKernel<T>(kc, ap, bp, ct, n, first, mr, nr);
  }
}

template <typename T>
Status multiplyRows(const T* a, const T* b, T* c, size_t k, size_t n, size_t rowBegin,
                    size_t rowEnd) {
  using L = Lanes<T>;
  constexpr size_t NR = L::NV * L::N, KC = L::KC, MC = L::MC;
  if (rowEnd <= rowBegin || n == 0) return Status::Ok;
  if (k == 0) {
    for (size_t i = rowBegin; i < rowEnd; ++i)
      for (size_t j = 0; j < n; ++j) c[i * n + j] = T(0);
    return Status::Ok;
  }
  const size_t kcMax = k < KC ? k : KC;
  const size_t panels = (n + NR - 1) / NR;
  T* bpack = new (std::nothrow) T[panels * NR * kcMax];
  T* apack = new (std::nothrow) T[MC * kcMax];
  if (!bpack || !apack) {
    delete[] bpack;
    delete[] apack;
    return Status::OutOfMemory;
  }
  for (size_t pc = 0; pc < k; pc += KC) {
    const size_t kc = k - pc < KC ? k - pc : KC;
    const bool first = pc == 0;
    packB(b, n, pc, kc, bpack);
    for (size_t ic = rowBegin; ic < rowEnd; ic += MC) {
      const size_t mc = rowEnd - ic < MC ? rowEnd - ic : MC;
      packA(a, k, ic, mc, pc, kc, apack);
      // Panel-major: one packed b panel stays in L1 while the a slivers stream past it.
      for (size_t q = 0; q < panels; ++q) panelTiles<T>(apack, bpack + q * kc * NR, c, n, ic, mc, kc, q, first);
    }
  }
  delete[] bpack;
  delete[] apack;
  return Status::Ok;
}

}  // namespace

Status matrixMultiplyRowsF64(const double* a, const double* b, double* c, size_t m, size_t k,
                             size_t n, size_t rowBegin, size_t rowEnd) {
  if (rowEnd > m || rowBegin > rowEnd) return Status::InvalidArgument;
  return multiplyRows(a, b, c, k, n, rowBegin, rowEnd);
}

Status matrixMultiplyRowsF32(const float* a, const float* b, float* c, size_t m, size_t k,
                             size_t n, size_t rowBegin, size_t rowEnd) {
  if (rowEnd > m || rowBegin > rowEnd) return Status::InvalidArgument;
  return multiplyRows(a, b, c, k, n, rowBegin, rowEnd);
}

namespace {

// The threaded product (threads > 1 and more than one MC-row block). Two things differ
// from running multiplyRows on fixed row ranges, both measured to matter for the
// 2-thread speedup of a 1000x1000 product:
//  - b is packed once for the whole call, shared: panel q of k-block pc is packed by
//    the first thread that needs it (a ready flag per panel; a thread that finds a
//    panel being packed waits for it, a few microseconds), so no thread repeats the
//    k*n packing the others do;
//  - rows are claimed MC at a time from a shared counter rather than split in halves
//    up front, so a thread that starts late or runs slower (a cold pool worker, another
//    process on its core) leaves its remaining blocks to the others.
// Each MC-row block is computed by one thread, k-blocks in order, exactly as
// multiplyRows does it, so the result is the single-thread one bit for bit. The shared
// packed b is k*n values (rounded up to whole panels) instead of 2 MiB per thread.
template <typename T>
Status multiplyShared(const T* a, const T* b, T* c, size_t m, size_t k, size_t n, unsigned threads) {
  using L = Lanes<T>;
  constexpr size_t NR = L::NV * L::N, KC = L::KC, MC = L::MC;
  const size_t panels = (n + NR - 1) / NR;
  const size_t blocks = (k + KC - 1) / KC;
  const size_t kcMax = k < KC ? k : KC;
  T* bpack = new (std::nothrow) T[k * panels * NR];
  std::atomic<uint8_t>* ready = new (std::nothrow) std::atomic<uint8_t>[blocks * panels];
  if (!bpack || !ready) {
    delete[] bpack;
    delete[] ready;
    return Status::OutOfMemory;
  }
  for (size_t i = 0; i < blocks * panels; ++i) ready[i].store(0, std::memory_order_relaxed);
  enum : uint8_t { kUnpacked = 0, kPacking = 1, kReady = 2 };
  const size_t rowBlocks = (m + MC - 1) / MC;
  std::atomic<size_t> next{0};
  std::atomic<size_t> finished{0};
  parallelFor(threads, threads, [&](size_t, size_t) {
    T* apack = new (std::nothrow) T[MC * kcMax];
    // A thread without scratch claims nothing; the others do its share (and if none
    // could, the call reports OutOfMemory below).
    if (!apack) return;
    for (size_t rb; (rb = next.fetch_add(1, std::memory_order_relaxed)) < rowBlocks;) {
      const size_t ic = rb * MC;
      const size_t mc = m - ic < MC ? m - ic : MC;
      for (size_t pc = 0, bi = 0; pc < k; pc += KC, ++bi) {
        const size_t kc = k - pc < KC ? k - pc : KC;
        const bool first = pc == 0;
        T* bblock = bpack + pc * panels * NR;  // k-block bi: panels of kc rows each
        packA(a, k, ic, mc, pc, kc, apack);
        for (size_t q = 0; q < panels; ++q) {
          T* bp = bblock + q * kc * NR;
          std::atomic<uint8_t>& state = ready[bi * panels + q];
          if (state.load(std::memory_order_acquire) != kReady) {
            uint8_t expected = kUnpacked;
            if (state.compare_exchange_strong(expected, kPacking, std::memory_order_acquire)) {
              packBPanel(b, n, pc, kc, q, bp);
              state.store(kReady, std::memory_order_release);
            } else {
              while (state.load(std::memory_order_acquire) != kReady) {
              }
            }
          }
          panelTiles<T>(apack, bp, c, n, ic, mc, kc, q, first);
        }
      }
      finished.fetch_add(1, std::memory_order_relaxed);
    }
    delete[] apack;
  });
  delete[] bpack;
  delete[] ready;
  return finished.load() == rowBlocks ? Status::Ok : Status::OutOfMemory;
}

// Small products (one MC-row block or less): row ranges in whole MR-row micro-tiles, so
// that no thread gets a ragged edge tile it would not have had alone. Each range packs
// b on its own. A failing range (OutOfMemory) fails the call.
template <typename T>
Status multiplyThreaded(const T* a, const T* b, T* c, size_t m, size_t k, size_t n, unsigned threads) {
  constexpr size_t MR = Lanes<T>::MR, MC = Lanes<T>::MC;
  if (threads <= 1) return multiplyRows(a, b, c, k, n, 0, m);
  if (m > MC && k > 0 && n > 0) return multiplyShared(a, b, c, m, k, n, threads);
  const size_t tiles = (m + MR - 1) / MR;
  std::atomic<int> failed{static_cast<int>(Status::Ok)};
  parallelFor(tiles, threads, [&](size_t t0, size_t t1) {
    const size_t r1 = t1 * MR < m ? t1 * MR : m;
    const Status s = multiplyRows(a, b, c, k, n, t0 * MR, r1);
    int ok = static_cast<int>(Status::Ok);
    if (s != Status::Ok) failed.compare_exchange_strong(ok, static_cast<int>(s));
  });
  return static_cast<Status>(failed.load());
}

}  // namespace

Status matrixMultiplyF64(const double* a, const double* b, double* c, size_t m, size_t k, size_t n,
                         unsigned threads) {
  return multiplyThreaded(a, b, c, m, k, n, threads);
}

Status matrixMultiplyF32(const float* a, const float* b, float* c, size_t m, size_t k, size_t n,
                         unsigned threads) {
  return multiplyThreaded(a, b, c, m, k, n, threads);
}

}  // namespace mlw
