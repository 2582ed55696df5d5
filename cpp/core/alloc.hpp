// Every allocation the core makes goes through here (DESIGN.md, "Data across the
// boundary", step 4): it returns null instead of throwing or aborting, and records how
// many bytes it failed to get, so a kernel's OutOfMemory status can be reported with
// the size of the allocation that failed (js/wasm/status.js reads it) — nothing on the
// JS side recomputes a kernel's scratch sizes.
//
// Rules for core code: no operator new, no std containers or std::string that grow
// (they throw or abort on failure, and the core is built without exceptions): use
// allocate()/release() or GrowBuffer (json_buffer.hpp), and return Status::OutOfMemory
// when a request fails.
//
// Test hook: failAllocation(n) makes the n-th allocation from now fail (1 = the next),
// so GoogleTest can walk a kernel through each of its failure paths (also under
// ASan/UBSan).
#pragma once
#include <cstddef>
#include <cstdint>

namespace mlw {

// malloc that never aborts: null on failure (also for sizes that overflow size_t math
// the caller did with checkedBytes()), and the request is recorded.
void* allocate(size_t bytes);
// calloc semantics: zeroed; count * size overflow fails like any other allocation.
void* allocateZeroed(size_t count, size_t size);
// realloc semantics; on failure `p` stays allocated and null is returned.
void* reallocate(void* p, size_t bytes);
void release(void* p);

// count * size, or SIZE_MAX when that overflows (an allocation of SIZE_MAX always fails).
inline size_t checkedBytes(size_t count, size_t size) {
  return size != 0 && count > SIZE_MAX / size ? SIZE_MAX : count * size;
}

// The size of the most recent allocation that failed (0 if none since the last clear).
// Kernels that return OutOfMemory leave it set; the host reads it once to word the error.
size_t lastFailedAllocation();
void clearFailedAllocation();

namespace testing {
// The n-th allocation from now fails (1 = the next one); 0 turns the hook off.
void failAllocation(uint64_t n);
// Allocations made through this layer since the process started (tests count a kernel's
// allocations, then fail each in turn).
uint64_t allocationCount();
}  // namespace testing

}  // namespace mlw
