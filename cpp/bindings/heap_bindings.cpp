// Heap accounting for selector.status().memory and the leak tests: bytes currently
// handed out by malloc in this instance.
#include <emscripten/bind.h>
#include <malloc.h>

namespace {

double heapInUse() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(heap) {
  emscripten::function("heap_in_use", &heapInUse);
}
