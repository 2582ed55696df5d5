#include "core/parallel.hpp"

#include <atomic>
#include <cstdint>
#include <mutex>

namespace mlw {

namespace {
std::atomic<unsigned> gThreadCount{1};
}  // namespace

void setThreadCount(unsigned threads) {
  if (threads < 1) threads = 1;
  if (threads > kMaxParallelThreads) threads = kMaxParallelThreads;
  if (!threadsSupported()) threads = 1;
  gThreadCount.store(threads, std::memory_order_relaxed);
}

unsigned threadCount() { return gThreadCount.load(std::memory_order_relaxed); }

bool threadsSupported() {
  // The one place the variants differ: an Emscripten build without -pthread links stub
  // pthreads. Natively (and with -pthread) threads are real.
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
  return false;
#else
  return true;
#endif
}

unsigned parallelProbe(size_t n) {
  std::mutex lock;
  pthread_t seen[kMaxParallelThreads];  // no std::set: the core allocates only through alloc.hpp
  unsigned distinct = 0;
  std::atomic<uint64_t> sink{0};
  parallelFor(n, threadCount(), [&](size_t begin, size_t end) {
    // Real work per element, so ranges overlap in time and the count means something.
    uint64_t h = 1469598103934665603ull;
    for (size_t i = begin; i < end; ++i) {
      for (int k = 0; k < 64; ++k) h = (h ^ (i + k)) * 1099511628211ull;
    }
    sink.fetch_add(h, std::memory_order_relaxed);
    const pthread_t self = pthread_self();
    std::lock_guard<std::mutex> guard(lock);
    for (unsigned i = 0; i < distinct; ++i) {
      if (pthread_equal(seen[i], self)) return;
    }
    if (distinct < kMaxParallelThreads) seen[distinct++] = self;
  });
  return distinct;
}

}  // namespace mlw
