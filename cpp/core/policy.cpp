#include "core/policy.hpp"

#include <cmath>
#include <limits>

#include "core/parallel.hpp"

namespace mlw {

void Policy::configure(bool simd, unsigned threads) {
  simd_ = simd;
  threads_ = threads < 1 ? 1 : (threads > kMaxParallelThreads ? kMaxParallelThreads : threads);
}

bool Policy::setThresholds(int id, OperationThresholds t) {
  if (id < 0 || id >= kMaxOperations) return false;
  if (!(t.wasmMinSize >= 0)) t.wasmMinSize = 0;  // also catches NaN
  if (std::isnan(t.threadsMinSize)) t.threadsMinSize = -1;
  rows_[id] = t;
  present_[id] = true;
  return true;
}

const OperationThresholds* Policy::row(int id) const {
  return id >= 0 && id < kMaxOperations && present_[id] ? &rows_[id] : nullptr;
}

Decision Policy::decide(int id, double size) const {
  const KernelPath single = simd_ ? KernelPath::Simd : KernelPath::Scalar;
  const OperationThresholds* t = row(id);
  if (t == nullptr) return {Route::Wasm, single, 1};
  if (size < t->wasmMinSize) return {Route::Js, single, 1};
  unsigned n = threads_;
  if (t->maxThreads > 0 && t->maxThreads < n) n = t->maxThreads;
  if (n > 1 && t->threadsMinSize >= 0 && size >= t->threadsMinSize) {
    return {Route::Wasm, KernelPath::Threaded, n};
  }
  return {Route::Wasm, single, 1};
}

Shortcut Policy::shortcut(int id) const {
  constexpr double never = std::numeric_limits<double>::infinity();
  const OperationThresholds* t = row(id);
  if (t == nullptr) return {-never, never};  // always WASM, one thread
  unsigned n = threads_;
  if (t->maxThreads > 0 && t->maxThreads < n) n = t->maxThreads;
  const bool threads = n > 1 && t->threadsMinSize >= 0;
  // Below wasmMinSize decide() answers Js whatever threadsMinSize says.
  return {t->wasmMinSize, threads ? std::fmax(t->threadsMinSize, t->wasmMinSize) : never};
}

Policy& instancePolicy() {
  static Policy policy;
  return policy;
}

}  // namespace mlw
