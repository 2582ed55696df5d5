// parallelFor: split [0, n) into disjoint contiguous ranges and run fn(begin, end) on
// each, on up to `threads` threads (the caller runs the first range itself).
//
// Threads are POSIX threads rather than std::thread: std::thread reports a failed start
// only by throwing, and the core never throws. pthread_create returns an error instead,
// and a range whose thread could not start runs on the caller, so the result is the
// same whatever the engine can give us. Natively these are OS threads; in the wasm
// simd-threads build Emscripten maps them onto its pool of Web Workers; in the wasm
// builds without threads pthread_create always fails, so everything runs inline.
//
// How a kernel uses it: the kernel takes its thread count as a parameter (plain C++,
// tested natively with 1..4), and splits the rows/blocks it owns:
//   Status matrixMultiplyF64(const double* a, const double* b, double* c,
//                            size_t n, size_t k, size_t m, unsigned threads) {
//     parallelFor(n, threads, [&](size_t r0, size_t r1) { multiplyRows(a, b, c, k, m, r0, r1); });
//   }
// The thread count is the instance policy's decision for the call (policy.hpp: js/ asks
// once per call with the registry row's size and passes the answer through the binding;
// 1 unless thresholds.json says threads pay off from that size and the instance has
// threads). A kernel allocates its per-range scratch before parallelFor, on the calling
// thread (alloc.hpp), so no range allocates. Results must not depend on
// the thread count: each range writes only its own outputs; reductions combine
// per-range partials in range order, over a split that does not depend on `threads`.
#pragma once
#include <pthread.h>

#include <cstddef>
#include <cstdlib>
#include <utility>

#include "core/alloc.hpp"

namespace mlw {

// The largest thread count parallelFor will use in one call (protects the pool).
constexpr unsigned kMaxParallelThreads = 64;
// Stack of each worker range: kernels keep their scratch on the heap, so 256 KiB is ample.
constexpr size_t kThreadStackBytes = 256 * 1024;
// Heap kept free per started thread for what pthread_create and the new thread allocate
// themselves (thread record, key table, TLS: about 1 KiB in the wasm build).
constexpr size_t kThreadBookkeepingBytes = 16 * 1024;

// The number of threads kernels of this instance may use; set once by the host (the JS
// side calls set_threads(n) after instantiation; 1 in builds without threads). Kernels
// read it through the policy; tests set it directly.
void setThreadCount(unsigned threads);
unsigned threadCount();

// Whether this build can run more than one thread at all (false in wasm builds
// compiled without -pthread).
bool threadsSupported();

namespace detail {

template <class F>
struct RangeTask {
  const F* fn;
  size_t begin;
  size_t end;
  static void* run(void* self) {
    auto* task = static_cast<RangeTask*>(self);
    (*task->fn)(task->begin, task->end);
    return nullptr;
  }
};

}  // namespace detail

// Calls fn(begin, end) for disjoint ranges covering [0, n), each at least one element,
// on min(threads, n, kMaxParallelThreads) threads; returns when all have finished.
// threads <= 1 (or n <= 1) runs fn(0, n) inline. fn must be safe to call concurrently
// on disjoint ranges; ranges are in order and of near-equal size (they differ by <= 1).
template <class F>
void parallelFor(size_t n, unsigned threads, F&& fn) {
  if (n == 0) return;
  size_t parts = threads < 1 ? 1 : threads;
  if (parts > kMaxParallelThreads) parts = kMaxParallelThreads;
  if (parts > n) parts = n;
  if (parts == 1 || !threadsSupported()) {
    fn(size_t{0}, n);
    return;
  }
  using Task = detail::RangeTask<std::remove_reference_t<F>>;
  Task tasks[kMaxParallelThreads];
  pthread_t ids[kMaxParallelThreads];
  bool started[kMaxParallelThreads] = {};
  const size_t base = n / parts, extra = n % parts;
  size_t begin = 0;
  for (size_t i = 0; i < parts; ++i) {
    const size_t len = base + (i < extra ? 1 : 0);
    tasks[i] = Task{&fn, begin, begin + len};
    begin += len;
  }
  // Each thread runs on a stack this function allocates and frees itself: Emscripten
  // 3.1.6 allocates a default pthread stack with memalign but frees it behind malloc's
  // back, which would make the heap accounting (status().memory) drift upwards.
  // pthread_create also allocates the thread's own records (and, in the wasm build, the
  // new thread its TLS block) without checking for failure, so room for them is
  // reserved first and handed back just before the threads start: if the stacks or that
  // room cannot be had, every range runs inline on the caller instead (same result).
  void* stacks[kMaxParallelThreads] = {};
  void* reserve = allocate(kThreadBookkeepingBytes * (parts - 1));
  bool room = reserve != nullptr;
  for (size_t i = 1; room && i < parts; ++i) {
    stacks[i] = allocate(kThreadStackBytes);
    room = stacks[i] != nullptr;
  }
  release(reserve);
  clearFailedAllocation();  // a failure here is not the kernel's: it runs inline instead
  for (size_t i = 1; room && i < parts; ++i) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) continue;
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
    // Emscripten's single-threaded libc has no pthread_attr_setstack (and no threads:
    // threadsSupported() is false there, so this line is never reached at run time).
    const bool stackSet = false;
#else
    const bool stackSet = pthread_attr_setstack(&attr, stacks[i], kThreadStackBytes) == 0;
#endif
    if (stackSet) started[i] = pthread_create(&ids[i], &attr, &Task::run, &tasks[i]) == 0;
    pthread_attr_destroy(&attr);
  }
  Task::run(&tasks[0]);
  for (size_t i = 1; i < parts; ++i) {
    if (started[i]) {
      pthread_join(ids[i], nullptr);
    } else {
      Task::run(&tasks[i]);
    }
    release(stacks[i]);
  }
}

// Test hook: runs a parallelFor over n items on threadCount() threads, each range doing
// real work, and returns how many distinct threads ran a range (1 without threads).
unsigned parallelProbe(size_t n);

}  // namespace mlw
