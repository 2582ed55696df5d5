// Test-only hook: a real WebAssembly trap on demand, for tests/js/faults.test.mjs.
// No operation name, registry row or public API reaches it: the only route is the
// module object of a loaded instance (selector._instance.module, internal), which the
// fault tests use to make a kernel call trap exactly as a defective kernel would.
// It costs a few bytes in the .wasm and changes nothing for normal use.
#include <emscripten/bind.h>

namespace {

// `unreachable` in WebAssembly: the engine throws WebAssembly.RuntimeError mid-call,
// leaving the instance in whatever state the trap interrupted (hence the selector
// rebuilds it).
[[noreturn]] void testingTrap() { __builtin_trap(); }

}  // namespace

EMSCRIPTEN_BINDINGS(testing) {
  emscripten::function("mlw_testing_trap", &testingTrap);
}
