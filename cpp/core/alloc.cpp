#include "core/alloc.hpp"

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace mlw {

namespace {
std::atomic<size_t> gLastFailed{0};
std::atomic<uint64_t> gFailCountdown{0};  // 0 = hook off
std::atomic<uint64_t> gCount{0};

// True when the test hook says this allocation fails.
bool injectedFailure() {
  uint64_t left = gFailCountdown.load(std::memory_order_relaxed);
  while (left != 0) {
    if (gFailCountdown.compare_exchange_weak(left, left - 1, std::memory_order_relaxed)) return left == 1;
  }
  return false;
}

void* failed(size_t bytes) {
  gLastFailed.store(bytes, std::memory_order_relaxed);
  return nullptr;
}
}  // namespace

namespace {
// dlmalloc (Emscripten's malloc) asks sbrk for less than 2 GiB at a time, so one request
// that needs the heap to grow by 2 GiB or more fails although the limit allows it (and a
// failed attempt makes dlmalloc give up growing contiguously). For a request that large
// the heap grows in a step first: a block just under 2 GiB taken from the top and freed
// stays at the top (the wasm build turns trimming off), so the request needs only the
// rest. js/wasm/heap.js does the same for the JS side's allocations. Only in the 32-bit
// build: a 64-bit malloc has no such limit.
void* mallocInSteps(size_t bytes) {
  if (sizeof(size_t) == 4 && bytes >= (size_t{1} << 31) - (size_t{1} << 24)) {
    void* step = std::malloc((size_t{1} << 31) - (size_t{1} << 20));
    std::free(step);
  }
  return std::malloc(bytes);
}
}  // namespace

void* allocate(size_t bytes) {
  gCount.fetch_add(1, std::memory_order_relaxed);
  if (bytes == SIZE_MAX || injectedFailure()) return failed(bytes);
  void* p = mallocInSteps(bytes == 0 ? 1 : bytes);
  return p ? p : failed(bytes);
}

void* allocateZeroed(size_t count, size_t size) {
  const size_t bytes = checkedBytes(count, size);
  void* p = allocate(bytes);
  if (p) std::memset(p, 0, bytes);
  return p;
}

void* reallocate(void* p, size_t bytes) {
  gCount.fetch_add(1, std::memory_order_relaxed);
  if (bytes == SIZE_MAX || injectedFailure()) return failed(bytes);
  void* q = std::realloc(p, bytes == 0 ? 1 : bytes);
  return q ? q : failed(bytes);
}

void release(void* p) { std::free(p); }

size_t lastFailedAllocation() { return gLastFailed.load(std::memory_order_relaxed); }
void clearFailedAllocation() { gLastFailed.store(0, std::memory_order_relaxed); }

namespace testing {
void failAllocation(uint64_t n) { gFailCountdown.store(n, std::memory_order_relaxed); }
uint64_t allocationCount() { return gCount.load(std::memory_order_relaxed); }
}  // namespace testing

}  // namespace mlw
