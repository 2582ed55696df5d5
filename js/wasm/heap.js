// Moving data across the boundary. A HeapScope allocates in the module's heap, copies
// typed arrays in, and frees everything it allocated when the call ends, whatever
// happens. Views on the heap are made fresh after allocation, because growing the
// memory detaches earlier views.
import { memoryError } from './status.js';
import { liveView, residentAddress } from '../wasm-array.js';
import { bufferOf, byteLengthOf, byteOffsetOf } from '../boundary.js';

/**
 * dlmalloc asks sbrk for less than 2 GiB at a time (its MORECORE step is signed), so one
 * request that needs the heap to grow by 2 GiB or more fails although the limit allows it
 * (and a failed attempt makes dlmalloc give up on growing the heap contiguously). For a
 * request that large the heap is grown in a step first: a block just under 2 GiB taken
 * from the top and freed stays at the top (heap_bindings.cpp turns trimming off), so the
 * request needs only the rest. cpp/core/alloc.cpp does the same for the kernels.
 */
const BIG_REQUEST = 2 ** 31 - 2 ** 24;
const STEP = 2 ** 31 - 2 ** 20;
function allocInSteps(M, bytes) {
  const step = M._malloc(STEP) >>> 0;
  if (step) M._free(step);
  return M._malloc(bytes) >>> 0;
}

export class HeapScope {
  constructor(instance, operation) {
    this.instance = instance;
    this.operation = operation;
    this.pointers = [];
  }

  /** Allocate `bytes` (8-byte aligned); throws WasmMemoryError if the heap cannot grow. */
  alloc(bytes) {
    // >>> 0: _malloc is a raw export (a signed i32); addresses above 2 GiB are unsigned.
    const M = this.instance.module;
    const ptr = (bytes >= BIG_REQUEST ? allocInSteps(M, bytes) : M._malloc(Math.max(bytes, 1))) >>> 0;
    if (!ptr) throw memoryError(this.instance, this.operation, bytes);
    this.pointers.push(ptr);
    return ptr;
  }

  /**
   * The heap address of a typed array the kernel only reads: a view of a WasmArray in
   * this instance's heap (js/wasm-array.js) is passed as it is, anything else is copied
   * in. The kernel must not write there (see copyOwned).
   */
  copyIn(array) {
    const at = residentAddress(array, this.instance);
    if (at >= 0) return at;
    return this.copyOwned(array);
  }

  /** Copy a typed array into a heap block of the call's own (which the kernel may overwrite). */
  copyOwned(array) {
    // (liveView twice: the allocation may grow the memory a WasmArray's view is on.)
    // (`array` may be the caller's own: read through the engine's getters, js/boundary.js.)
    const bytes = byteLengthOf(liveView(array));
    const ptr = this.alloc(bytes);
    const source = liveView(array);
    new Uint8Array(this.instance.memory.buffer, ptr, bytes).set(new Uint8Array(bufferOf(source), byteOffsetOf(source), bytes));
    return ptr;
  }

  /**
   * An input view as it can be read now: the same view, or for a WasmArray's view whose
   * memory grew during this call (an allocation of the call), a view of the memory now.
   */
  live(view) {
    return liveView(view);
  }

  /** The heap address of `view` if it is a WasmArray's view in this heap, else -1. */
  addressOf(view) {
    return residentAddress(view, this.instance);
  }

  /** A fresh view of `length` elements of type `Type` at `ptr` (valid until the next allocation). */
  view(Type, ptr, length) {
    return new Type(this.instance.memory.buffer, ptr, length);
  }

  /** A copy, owned by JS, of `length` elements of type `Type` at `ptr`. */
  copyOut(Type, ptr, length) {
    return copyFromHeap(this.instance.memory.buffer, Type, ptr, length);
  }

  free() {
    const { _free } = this.instance.module;
    for (const ptr of this.pointers) _free(ptr);
    this.pointers.length = 0;
  }
}

/**
 * Copy `length` elements of `Type` at `ptr` out of the heap into a new, ordinary
 * ArrayBuffer. ArrayBuffer.prototype.slice is a plain memcpy; view.slice() and
 * Uint8Array#set go element-wise in V8 (measured: 0.08 ms vs 0.5 ms for 1 MiB).
 * Shared memory (threads build) must not leak out as a SharedArrayBuffer, so it is
 * copied into a fresh buffer instead.
 */
export function copyFromHeap(buffer, Type, ptr, length) {
  if (typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer) {
    const out = new Type(length);
    out.set(new Type(buffer, ptr, length));
    return out;
  }
  return new Type(buffer.slice(ptr, ptr + length * Type.BYTES_PER_ELEMENT));
}

/** Run `fn(scope)` with a HeapScope that is always freed afterwards. */
export function withHeap(instance, operation, fn) {
  const scope = new HeapScope(instance, operation);
  try {
    return fn(scope, instance.module);
  } finally {
    scope.free();
  }
}
