// The backend policy (DESIGN.md, "Where the selector's logic lives"): for one call of
// an operation with a given input size, run it on JS or WASM, on how many threads, and
// by which kernel path. The numbers come from thresholds.json, which js/ reads and hands
// over at instantiation (tests feed them directly), so both sides use one data file.
//
// One decision per call: the host computes the call's size once (the registry row's
// size()), asks decide() once, and passes the decision's thread count to the kernel;
// kernels and bindings never decide again. The host may skip asking only by reading
// shortcut(id), the numbers this policy hands out for exactly that purpose.
#pragma once
#include <cstdint>

namespace mlw {

// One operation's row of thresholds.json. Sizes are in the unit of the registry row's
// size() (elements, bytes, pixels…).
struct OperationThresholds {
  double wasmMinSize = 0;       // below this AUTO answers on JS
  double threadsMinSize = -1;   // from this size threads pay off; < 0 = never
  unsigned maxThreads = 0;      // per-operation cap on threads; 0 = no cap
};

enum class Route : uint8_t { Js = 0, Wasm = 1 };
enum class KernelPath : uint8_t { Scalar = 0, Simd = 1, Threaded = 2 };

struct Decision {
  Route route;
  KernelPath path;
  unsigned threads;  // >= 1
};

// What a host may conclude without asking, for one operation on this instance:
//   size < wasmMinSize                  -> {Js, single path, 1}
//   wasmMinSize <= size < threadsFrom   -> {Wasm, single path, 1}
//   size >= threadsFrom                 -> ask decide() (threads may be granted)
// threadsFrom is +infinity when this instance never gives the operation threads.
struct Shortcut {
  double wasmMinSize;
  double threadsFrom;
};

class Policy {
 public:
  // Operation ids are the host's own indices (js/registry: CallPlan.id), 0 .. kMaxOperations-1.
  static constexpr int kMaxOperations = 512;

  // What this instance can do: whether the kernels were compiled with SIMD, and how
  // many threads it may use (1 = no threads).
  void configure(bool simd, unsigned threads);
  bool simd() const { return simd_; }
  unsigned threads() const { return threads_; }

  // Sets (or replaces) an operation's thresholds; false for an id out of range. Invalid
  // numbers (NaN, negative wasmMinSize) are clamped to "always WASM, never threads".
  bool setThresholds(int id, OperationThresholds t);

  // The decision for one call. An id without thresholds means: always WASM,
  // single-threaded on the best single-thread path.
  Decision decide(int id, double size) const;
  Shortcut shortcut(int id) const;

 private:
  const OperationThresholds* row(int id) const;

  bool simd_ = false;
  unsigned threads_ = 1;
  // Fixed storage: the core allocates nothing it could fail to get here.
  OperationThresholds rows_[kMaxOperations];
  bool present_[kMaxOperations] = {};
};

// The policy of this module instance: js/ configures it through the bindings.
Policy& instancePolicy();

}  // namespace mlw
