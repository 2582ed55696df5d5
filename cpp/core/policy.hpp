// The backend policy (DESIGN.md, "Where the selector's logic lives"): for one call of
// an operation with a given input size, run it on JS or WASM, on how many threads, and
// by which kernel path. The numbers come from thresholds.json, which js/ reads and hands
// over at instantiation (tests feed them directly), so both sides use one data file.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

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

  // One number for the embind boundary: bit 0 route, bits 1-2 path, bits 8.. threads.
  int32_t packed() const {
    return static_cast<int32_t>(route) | (static_cast<int32_t>(path) << 1) |
           static_cast<int32_t>(threads << 8);
  }
};

class Policy {
 public:
  // What this instance can do: whether the kernels were compiled with SIMD, and how
  // many threads it may use (1 = no threads).
  void configure(bool simd, unsigned threads);
  bool simd() const { return simd_; }
  unsigned threads() const { return threads_; }

  // Sets (or replaces) an operation's thresholds; returns its id for decide(). Invalid
  // numbers (NaN, negative wasmMinSize) are clamped to "always WASM, never threads".
  int setThresholds(const std::string& operation, OperationThresholds t);
  // The id of an operation, or -1 if it has no thresholds.
  int operationId(const std::string& operation) const;

  // The decision for one call. An unknown id (-1) means "no thresholds": always WASM,
  // single-threaded on the best single-thread path.
  Decision decide(int id, double size) const;
  Decision decide(const std::string& operation, double size) const {
    return decide(operationId(operation), size);
  }

 private:
  bool simd_ = false;
  unsigned threads_ = 1;
  std::vector<OperationThresholds> rows_;
  std::unordered_map<std::string, int> ids_;
};

// The policy of this module instance: the bindings configure it from js/ and kernels'
// bindings ask it for their thread count.
Policy& instancePolicy();

}  // namespace mlw
