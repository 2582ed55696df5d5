// The one mapping from a kernel's mlw::Status (cpp/core/status.hpp, exported once by
// cpp/bindings/status_bindings.cpp as the module's STATUS_* constants) to an error.
// Every js/wasm/*.js glue file uses it; none repeats the codes. For OutOfMemory the
// kernel has recorded the size of the allocation it failed to get, so nothing here
// mirrors a kernel's scratch sizes.
import { WasmMemoryError } from '../errors.js';

const PAGE = 65536;

/**
 * The WasmMemoryError for an allocation of `allocationBytes` that did not fit: how much
 * more heap the limit would have to allow (the shortfall, whole pages: the heap grows
 * by pages), the limit itself, and the option that raises it.
 */
export function memoryError(instance, operation, allocationBytes) {
  const limitBytes = instance.maxBytes;
  // What the heap can still grow by under the limit. Free pieces inside the memory it has
  // are not counted: they did not hold the allocation, and they are often the static data,
  // stack and fragments malloc cannot join. So this is what raising the limit by is sure
  // to be enough (never less than one page: the heap grows by pages).
  const room = Math.max(0, limitBytes - instance.memory.buffer.byteLength);
  const shortfall = Math.max(PAGE, Math.ceil((allocationBytes - room) / PAGE) * PAGE);
  return new WasmMemoryError({ operation, neededBytes: shortfall, limitBytes, allocationBytes });
}

/**
 * Throws the error a kernel's status stands for; returns for Ok. OutOfMemory becomes a
 * WasmMemoryError (which AUTO answers with JS); any other status after validation is an
 * internal error, which the selector reports and answers with JS.
 */
export function checkStatus(instance, operation, status) {
  const M = instance.module;
  if (status === M.STATUS_OK) return;
  if (status === M.STATUS_OUT_OF_MEMORY) throw memoryError(instance, operation, M.take_failed_allocation());
  throw new Error(`${operation}: kernel returned status ${status} for validated input`);
}
