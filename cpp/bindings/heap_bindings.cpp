// Heap accounting for selector.status().memory, the leak tests and the benchmark's peak
// column: bytes handed out by malloc now (heap_in_use) and the most ever in use at once
// (heap_peak, a true high-water mark: it sees scratch a kernel allocates and frees inside
// one call, which sampling from JS between calls cannot).
//
// How: Emscripten's dlmalloc (system/lib/dlmalloc.c, 3.1.6) defines malloc & co. as WEAK
// aliases of its static functions, and also exports them under other names
// (__libc_malloc/__libc_calloc/__libc_realloc/__libc_free as weak aliases that nobody
// else defines, emscripten_builtin_memalign as a strong alias). The strong definitions
// below win at link time, forward to those names, and count usable sizes (what dlmalloc
// really reserved) so a free subtracts exactly what its malloc added. aligned_alloc in
// Emscripten's libc calls posix_memalign, so it is counted too; operator new calls malloc.
#include <emscripten/bind.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <malloc.h>

extern "C" {
void* __libc_malloc(size_t);
void* __libc_calloc(size_t, size_t);
void* __libc_realloc(void*, size_t);
void __libc_free(void*);
void* emscripten_builtin_memalign(size_t, size_t);
size_t malloc_usable_size(void*);
}

namespace {

// Atomic so the pthreads variant counts correctly; in the other builds these are plain ops.
// Signed: a block from the runtime's own emscripten_builtin_malloc that reaches free()
// would subtract what was never added; reading clamps that at zero instead of wrapping.
std::atomic<int64_t> inUse{0};
std::atomic<int64_t> peak{0};

int64_t usable(void* p) { return static_cast<int64_t>(malloc_usable_size(p)); }

void added(void* p) {
  if (!p) return;
  const int64_t size = usable(p);
  const int64_t now = inUse.fetch_add(size, std::memory_order_relaxed) + size;
  int64_t seen = peak.load(std::memory_order_relaxed);
  while (now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
  }
}

void removed(void* p) {
  if (p) inUse.fetch_sub(usable(p), std::memory_order_relaxed);
}

// Emscripten 3.1.6's pthread code allocates a thread's struct, TLS and keys with malloc
// but frees them with emscripten_builtin_free, which bypasses the counters above. So the
// bytes in use are read from dlmalloc's own books, and the counter (which tracks the peak
// during a call) is re-based on them each time; it can drift by at most one call's
// thread bookkeeping, a few KB.
double heapInUse() {
  const int64_t truth = static_cast<int64_t>(mallinfo().uordblks);
  inUse.store(truth);
  return static_cast<double>(truth);
}
double heapPeak() { return static_cast<double>(std::max<int64_t>(0, peak.load())); }
// Start a new high-water mark from what is in use now (e.g. before one benchmark).
void heapResetPeak() {
  heapInUse();
  peak.store(inUse.load());
}

// A wasm Memory never shrinks, so dlmalloc handing the top of the heap back to sbrk
// ("trimming") frees nothing; it would also undo the stepwise growth that lets one
// allocation of 2 GiB or more succeed (core/alloc.cpp, js/wasm/heap.js). -1 for
// M_TRIM_THRESHOLD (dlmalloc.c: -1) disables it.
const int kNoTrim = mallopt(-1, -1);

}  // namespace

extern "C" {

void* malloc(size_t n) {
  void* p = __libc_malloc(n);
  added(p);
  return p;
}

void* calloc(size_t count, size_t size) {
  void* p = __libc_calloc(count, size);
  added(p);
  return p;
}

void free(void* p) {
  removed(p);
  __libc_free(p);
}

void* realloc(void* old, size_t n) {
  const int64_t before = old ? usable(old) : 0;
  void* p = __libc_realloc(old, n);
  // Failure leaves `old` allocated. (dlmalloc is built without REALLOC_ZERO_BYTES_FREES:
  // realloc(p, 0) returns a small chunk, never frees and returns null.)
  if (!p) return nullptr;
  inUse.fetch_sub(before, std::memory_order_relaxed);
  added(p);
  return p;
}

void* memalign(size_t alignment, size_t n) {
  void* p = emscripten_builtin_memalign(alignment, n);
  added(p);
  return p;
}

int posix_memalign(void** out, size_t alignment, size_t n) {
  if (alignment % sizeof(void*) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
  void* p = emscripten_builtin_memalign(alignment, n);
  if (!p) return ENOMEM;
  added(p);
  *out = p;
  return 0;
}

}  // extern "C"

EMSCRIPTEN_BINDINGS(heap) {
  emscripten::function("heap_in_use", &heapInUse);
  emscripten::function("heap_peak", &heapPeak);
  emscripten::function("heap_reset_peak", &heapResetPeak);
}
