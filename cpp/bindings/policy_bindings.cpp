// embind glue for the backend policy and the instance's thread count. js/ calls
// configure_instance(threads) and policy_set(...) once per instance (from
// thresholds.json); policy_decide(id, size) is the per-call question, kept to numbers
// only so the boundary crossing stays cheap.
#include <emscripten/bind.h>

#include <string>

#include "core/parallel.hpp"
#include "core/policy.hpp"

namespace {

// The build's SIMD flag is a property of the variant, known only at compile time.
#ifdef __wasm_simd128__
constexpr bool kSimdBuild = true;
#else
constexpr bool kSimdBuild = false;
#endif

// Returns the thread count actually granted (1 in builds without threads).
unsigned configureInstance(unsigned threads) {
  mlw::setThreadCount(threads);
  mlw::instancePolicy().configure(kSimdBuild, mlw::threadCount());
  return mlw::threadCount();
}

int policySet(std::string operation, double wasmMinSize, double threadsMinSize, double maxThreads) {
  mlw::OperationThresholds t;
  t.wasmMinSize = wasmMinSize;
  t.threadsMinSize = threadsMinSize;
  t.maxThreads = maxThreads >= 1 && maxThreads <= mlw::kMaxParallelThreads ? static_cast<unsigned>(maxThreads) : 0;
  return mlw::instancePolicy().setThresholds(operation, t);
}

int policyDecide(int id, double size) { return mlw::instancePolicy().decide(id, size).packed(); }

unsigned parallelProbe(double n) { return mlw::parallelProbe(n > 0 ? static_cast<size_t>(n) : 0); }

}  // namespace

EMSCRIPTEN_BINDINGS(policy) {
  emscripten::function("configure_instance", &configureInstance);
  emscripten::function("get_threads", &mlw::threadCount);
  emscripten::function("policy_set", &policySet);
  emscripten::function("policy_decide", &policyDecide);
  emscripten::function("parallel_probe", &parallelProbe);
}
