// The one export of mlw::Status (cpp/core/status.hpp) and of the size of the allocation
// that made a kernel fail: js/wasm/status.js maps a kernel's status to an error from
// these, so no JS file repeats the codes or recomputes a kernel's scratch sizes.
#include <emscripten/bind.h>

#include "core/alloc.hpp"
#include "core/status.hpp"

namespace {

constexpr int code(mlw::Status s) { return static_cast<int>(s); }

// Bytes of the most recent allocation that failed inside the core (0: none), then
// forgotten, so the next failure is not confused with this one.
double takeFailedAllocation() {
  const double bytes = static_cast<double>(mlw::lastFailedAllocation());
  mlw::clearFailedAllocation();
  return bytes;
}

}  // namespace

EMSCRIPTEN_BINDINGS(status) {
  emscripten::constant("STATUS_OK", code(mlw::Status::Ok));
  emscripten::constant("STATUS_INVALID_ARGUMENT", code(mlw::Status::InvalidArgument));
  emscripten::constant("STATUS_OUT_OF_MEMORY", code(mlw::Status::OutOfMemory));
  emscripten::constant("STATUS_SYNTAX_ERROR", code(mlw::Status::SyntaxError));
  emscripten::function("take_failed_allocation", &takeFailedAllocation);
}
