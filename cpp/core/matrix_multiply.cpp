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
#include <new>  // placement new of the ready flags (no allocation)

#include "core/alloc.hpp"
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

// The packing scratch of one row range: one k-panel of packed b (every column panel)
// and one packed block of a, in elements; each part starts 16-byte aligned.
template <typename T>
struct PackSizes {
  size_t b, a;
  PackSizes(size_t k, size_t n) {
    using L = Lanes<T>;
    constexpr size_t NR = L::NV * L::N, KC = L::KC, MC = L::MC, align = 16 / sizeof(T);
    const size_t kcMax = k < KC ? k : KC;
    b = ((n + NR - 1) / NR * NR * kcMax + align - 1) / align * align;
    a = (MC * kcMax + align - 1) / align * align;
  }
  size_t elements() const { return b + a; }
};

// Rows [rowBegin, rowEnd) of c, on packing scratch the caller allocated (PackSizes):
// allocates nothing, so it can run on any thread.
template <typename T>
void multiplyRows(const T* a, const T* b, T* c, size_t k, size_t n, size_t rowBegin, size_t rowEnd,
                  T* bpack, T* apack) {
  using L = Lanes<T>;
  constexpr size_t NR = L::NV * L::N, KC = L::KC, MC = L::MC;
  if (rowEnd <= rowBegin || n == 0) return;
  if (k == 0) {
    for (size_t i = rowBegin; i < rowEnd; ++i)
      for (size_t j = 0; j < n; ++j) c[i * n + j] = T(0);
    return;
  }
  const size_t panels = (n + NR - 1) / NR;
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
}

// Rows [rowBegin, rowEnd) on `parts` row ranges in whole MR-row micro-tiles (so that no
// thread gets a ragged edge tile it would not have had alone), each on its own packing
// scratch. All scratch is allocated here, on the calling thread, before any thread
// starts: a failed allocation is an OutOfMemory status (the size is recorded by
// allocate()), never an abort inside a worker. Each range packs b on its own, which
// costs k*n per thread against m*k*n/threads of arithmetic.
template <typename T>
Status multiplyParts(const T* a, const T* b, T* c, size_t k, size_t n, size_t rowBegin, size_t rowEnd,
                     unsigned threads) {
  constexpr size_t MR = Lanes<T>::MR;
  if (rowEnd <= rowBegin || n == 0 || k == 0) {
    multiplyRows<T>(a, b, c, k, n, rowBegin, rowEnd, nullptr, nullptr);
    return Status::Ok;
  }
  const size_t tiles = (rowEnd - rowBegin + MR - 1) / MR;
  size_t parts = threads < 1 ? 1 : threads;
  if (parts > kMaxParallelThreads) parts = kMaxParallelThreads;
  if (parts > tiles) parts = tiles;
  const PackSizes<T> sizes(k, n);
  T* scratch = static_cast<T*>(allocate(checkedBytes(checkedBytes(sizes.elements(), parts), sizeof(T))));
  if (!scratch) return Status::OutOfMemory;
  parallelFor(parts, static_cast<unsigned>(parts), [&](size_t p0, size_t p1) {
    for (size_t p = p0; p < p1; ++p) {
      const size_t r0 = rowBegin + tiles * p / parts * MR;
      const size_t r1e = rowBegin + tiles * (p + 1) / parts * MR;
      const size_t r1 = r1e < rowEnd ? r1e : rowEnd;
      T* own = scratch + p * sizes.elements();
      multiplyRows<T>(a, b, c, k, n, r0, r1, own, own + sizes.b);
    }
  });
  release(scratch);
  return Status::Ok;
}

}  // namespace

Status matrixMultiplyRowsF64(const double* a, const double* b, double* c, size_t m, size_t k,
                             size_t n, size_t rowBegin, size_t rowEnd) {
  if (rowEnd > m || rowBegin > rowEnd) return Status::InvalidArgument;
  return multiplyParts(a, b, c, k, n, rowBegin, rowEnd, 1);
}

Status matrixMultiplyRowsF32(const float* a, const float* b, float* c, size_t m, size_t k,
                             size_t n, size_t rowBegin, size_t rowEnd) {
  if (rowEnd > m || rowBegin > rowEnd) return Status::InvalidArgument;
  return multiplyParts(a, b, c, k, n, rowBegin, rowEnd, 1);
}

namespace {

// The threaded product of more than one MC-row block. Three things differ from running
// multiplyRows on fixed row ranges (multiplyParts), all measured to help the 2-thread
// speedup of a 1000x1000 product:
//  - b is packed once for the whole call, shared: panel q of k-block pc is packed by the
//    first thread that needs it (a ready flag per panel; a thread that finds a panel
//    being packed waits for it, a few microseconds), so no thread repeats the k*n
//    packing the others do;
//  - each thread walks the panels of a k-block starting at its own place (thread p of P
//    at panel p*panels/P, wrapping around), so while b is still unpacked the threads pack
//    disjoint panels side by side instead of one packing while the others wait for it;
//  - rows are claimed from a shared counter rather than split up front, so a thread that
//    starts late or runs slower (a cold pool worker, another process on its core) leaves
//    its remaining rows to the others; a claim is MC rows while many remain and shrinks
//    to a quarter of what is left per thread near the end (never below kMinClaim rows),
//    so the threads also finish within a few rows' time of each other;
//  - k-blocks are the outer loop, as in multiplyRows: the threads claim the rows of one
//    k-block, wait until all of its rows are done, then go on to the next. Each k-block's
//    packed b (KC rows: 2 MiB for f64 at n = 1000) is then read from L2 by every claim.
//    (Row claims outer and k-blocks inner streamed the whole packed b from L3 once per
//    64-row claim: that path took 1.12-1.14x the one-thread time on one thread, which
//    capped two threads at about 1.77x; docs/performance.md, "Thread scaling".)
// Each row's k-blocks run in order (the wait), each claimed range on one thread exactly as
// multiplyRows does it, so the result is the single-thread one bit for bit. The wait
// cannot hang: a thread waits only after finding no rows of the k-block left to claim,
// so every row of it is held by a running thread (also when parallelFor runs the ranges
// inline). All scratch (the shared packed b: k*n values rounded up to whole panels; the
// flags and counters; one packed a block per thread) is allocated here, on the calling
// thread, before any thread starts: a failed allocation is an OutOfMemory status, never
// an abort inside a worker.
template <typename T>
Status multiplyShared(const T* a, const T* b, T* c, size_t m, size_t k, size_t n, unsigned threads) {
  using L = Lanes<T>;
  constexpr size_t MR = L::MR, NR = L::NV * L::N, KC = L::KC, MC = L::MC, align = 16 / sizeof(T);
  constexpr size_t kMinClaim = 4 * MR;
  const size_t panels = (n + NR - 1) / NR;
  const size_t blocks = (k + KC - 1) / KC;
  const size_t kcMax = k < KC ? k : KC;
  size_t parts = threads < 1 ? 1 : threads;
  if (parts > kMaxParallelThreads) parts = kMaxParallelThreads;
  // Element counts; SIZE_MAX (an allocation that always fails) where they would overflow.
  const size_t bCount = checkedBytes(k, checkedBytes(panels, NR));
  const size_t bElems = bCount > SIZE_MAX - align ? SIZE_MAX : (bCount + align - 1) / align * align;
  const size_t aElems = (MC * kcMax + align - 1) / align * align;
  const size_t aAll = checkedBytes(aElems, parts);
  const size_t total = aAll > SIZE_MAX - bElems ? SIZE_MAX : aAll + bElems;
  T* scratch = static_cast<T*>(allocate(checkedBytes(total, sizeof(T))));
  if (!scratch) return Status::OutOfMemory;
  void* flags = allocate(checkedBytes(blocks * panels, sizeof(std::atomic<uint8_t>)));
  if (!flags) {
    release(scratch);
    return Status::OutOfMemory;
  }
  std::atomic<uint8_t>* ready = static_cast<std::atomic<uint8_t>*>(flags);
  for (size_t i = 0; i < blocks * panels; ++i) new (&ready[i]) std::atomic<uint8_t>(0);
  enum : uint8_t { kUnpacked = 0, kPacking = 1, kReady = 2 };
  T* bpack = scratch;
  // Per k-block: the next unclaimed row and the rows finished (k-block bi of a row runs
  // only after every row's k-block bi-1: the wait below).
  void* counters = allocate(checkedBytes(2 * blocks, sizeof(std::atomic<size_t>)));
  if (!counters) {
    release(flags);
    release(scratch);
    return Status::OutOfMemory;
  }
  std::atomic<size_t>* next = static_cast<std::atomic<size_t>*>(counters);
  std::atomic<size_t>* done = next + blocks;
  for (size_t i = 0; i < 2 * blocks; ++i) new (&next[i]) std::atomic<size_t>(0);
  // The next rows [*r0, *r1) of c in k-block bi for the calling thread, or false when none are left.
  auto claim = [&](size_t bi, size_t* r0, size_t* r1) {
    size_t at = next[bi].load(std::memory_order_relaxed);
    for (;;) {
      if (at >= m) return false;
      size_t rows = (m - at) / (4 * parts);
      rows = rows < kMinClaim ? kMinClaim : rows > MC ? MC : rows / MR * MR;
      const size_t end = m - at < rows ? m : at + rows;
      if (next[bi].compare_exchange_weak(at, end, std::memory_order_relaxed)) {
        *r0 = at;
        *r1 = end;
        return true;
      }
    }
  };
  parallelFor(parts, static_cast<unsigned>(parts), [&](size_t p0, size_t p1) {
    for (size_t part = p0; part < p1; ++part) {
      T* apack = scratch + bElems + part * aElems;
      const size_t firstPanel = panels * part / parts;
      for (size_t pc = 0, bi = 0; pc < k; pc += KC, ++bi) {
        // Every row's previous k-block is finished before this one adds to it. A thread
        // here has found no rows of k-block bi-1 left to claim, so every row of it is
        // claimed by a running thread: the wait ends (also when ranges run inline).
        if (bi > 0) {
          while (done[bi - 1].load(std::memory_order_acquire) < m) {
          }
        }
        const size_t kc = k - pc < KC ? k - pc : KC;
        const bool first = pc == 0;
        T* bblock = bpack + pc * panels * NR;  // k-block bi: panels of kc rows each
        for (size_t ic, end; claim(bi, &ic, &end);) {
          const size_t mc = end - ic;
          packA(a, k, ic, mc, pc, kc, apack);
          for (size_t step = 0, q = firstPanel; step < panels; ++step, q = q + 1 == panels ? 0 : q + 1) {
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
          done[bi].fetch_add(mc, std::memory_order_release);
        }
      }
    }
  });
  for (size_t i = 0; i < blocks * panels; ++i) ready[i].~atomic();
  for (size_t i = 0; i < 2 * blocks; ++i) next[i].~atomic();
  release(counters);
  release(flags);
  release(scratch);
  return Status::Ok;
}

// One thread, or a product of one MC-row block or less: multiplyParts (row ranges in
// whole micro-tiles, each packing b on its own).
template <typename T>
Status multiplyThreaded(const T* a, const T* b, T* c, size_t m, size_t k, size_t n, unsigned threads) {
  if (threads > 1 && m > Lanes<T>::MC && k > 0 && n > 0) return multiplyShared(a, b, c, m, k, n, threads);
  return multiplyParts(a, b, c, k, n, 0, m, threads);
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
