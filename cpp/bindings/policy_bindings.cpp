// embind glue for the backend policy and the instance's thread count. js/ calls
// configure_instance(threads) and policy_set(id, ...) once per instance (from
// thresholds.json; id = the registry's CallPlan.id), reads policy_shortcut(id) once per
// operation, and asks policy_decide(id, size) only for a call the shortcut does not
// settle. The Decision/Shortcut layout is defined here once (value_object) and read by
// name on the JS side.
#include <emscripten/bind.h>

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

bool policySet(int id, double wasmMinSize, double threadsMinSize, double maxThreads) {
  mlw::OperationThresholds t;
  t.wasmMinSize = wasmMinSize;
  t.threadsMinSize = threadsMinSize;
  t.maxThreads = maxThreads >= 1 && maxThreads <= mlw::kMaxParallelThreads ? static_cast<unsigned>(maxThreads) : 0;
  return mlw::instancePolicy().setThresholds(id, t);
}

mlw::Decision policyDecide(int id, double size) { return mlw::instancePolicy().decide(id, size); }
mlw::Shortcut policyShortcut(int id) { return mlw::instancePolicy().shortcut(id); }

unsigned parallelProbe(double n) { return mlw::parallelProbe(n > 0 ? static_cast<size_t>(n) : 0); }

}  // namespace

EMSCRIPTEN_BINDINGS(policy) {
  emscripten::enum_<mlw::Route>("Route").value("js", mlw::Route::Js).value("wasm", mlw::Route::Wasm);
  emscripten::enum_<mlw::KernelPath>("KernelPath")
      .value("scalar", mlw::KernelPath::Scalar)
      .value("simd", mlw::KernelPath::Simd)
      .value("threaded", mlw::KernelPath::Threaded);
  emscripten::value_object<mlw::Decision>("Decision")
      .field("route", &mlw::Decision::route)
      .field("path", &mlw::Decision::path)
      .field("threads", &mlw::Decision::threads);
  emscripten::value_object<mlw::Shortcut>("Shortcut")
      .field("wasmMinSize", &mlw::Shortcut::wasmMinSize)
      .field("threadsFrom", &mlw::Shortcut::threadsFrom);
  emscripten::constant("POLICY_MAX_OPERATIONS", mlw::Policy::kMaxOperations);
  emscripten::function("configure_instance", &configureInstance);
  emscripten::function("policy_set", &policySet);
  emscripten::function("policy_decide", &policyDecide);
  emscripten::function("policy_shortcut", &policyShortcut);
  emscripten::function("parallel_probe", &parallelProbe);
}
