#include "core/policy.hpp"

#include <cmath>

#include "core/parallel.hpp"

namespace mlw {

void Policy::configure(bool simd, unsigned threads) {
  simd_ = simd;
  threads_ = threads < 1 ? 1 : (threads > kMaxParallelThreads ? kMaxParallelThreads : threads);
}

int Policy::setThresholds(const std::string& operation, OperationThresholds t) {
  if (!(t.wasmMinSize >= 0)) t.wasmMinSize = 0;  // also catches NaN
  if (std::isnan(t.threadsMinSize)) t.threadsMinSize = -1;
  auto found = ids_.find(operation);
  if (found != ids_.end()) {
    rows_[static_cast<size_t>(found->second)] = t;
    return found->second;
  }
  const int id = static_cast<int>(rows_.size());
  rows_.push_back(t);
  ids_.emplace(operation, id);
  return id;
}

int Policy::operationId(const std::string& operation) const {
  auto found = ids_.find(operation);
  return found == ids_.end() ? -1 : found->second;
}

Decision Policy::decide(int id, double size) const {
  const KernelPath single = simd_ ? KernelPath::Simd : KernelPath::Scalar;
  if (id < 0 || static_cast<size_t>(id) >= rows_.size()) return {Route::Wasm, single, 1};
  const OperationThresholds& t = rows_[static_cast<size_t>(id)];
  if (size < t.wasmMinSize) return {Route::Js, single, 1};
  unsigned n = threads_;
  if (t.maxThreads > 0 && t.maxThreads < n) n = t.maxThreads;
  if (n > 1 && t.threadsMinSize >= 0 && size >= t.threadsMinSize) {
    return {Route::Wasm, KernelPath::Threaded, n};
  }
  return {Route::Wasm, single, 1};
}

Policy& instancePolicy() {
  static Policy policy;
  return policy;
}

}  // namespace mlw
