// Moving data across the boundary. A HeapScope allocates in the module's heap, copies
// typed arrays in, and frees everything it allocated when the call ends, whatever
// happens. Views on the heap are made fresh after allocation, because growing the
// memory detaches earlier views.
import { WasmMemoryError } from '../errors.js';

export class HeapScope {
  constructor(instance, operation) {
    this.instance = instance;
    this.operation = operation;
    this.pointers = [];
  }

  /** Allocate `bytes` (8-byte aligned); throws WasmMemoryError if the heap cannot grow. */
  alloc(bytes) {
    const ptr = this.instance.module._malloc(Math.max(bytes, 1));
    if (!ptr) {
      throw new WasmMemoryError({
        operation: this.operation,
        neededBytes: bytes,
        limitBytes: this.instance.maxBytes,
      });
    }
    this.pointers.push(ptr);
    return ptr;
  }

  /** Copy a typed array into the heap; returns its address. */
  copyIn(array) {
    const ptr = this.alloc(array.byteLength);
    new Uint8Array(this.instance.memory.buffer, ptr, array.byteLength).set(
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
    );
    return ptr;
  }

  /** A fresh view of `length` elements of type `Type` at `ptr` (valid until the next allocation). */
  view(Type, ptr, length) {
    return new Type(this.instance.memory.buffer, ptr, length);
  }

  /** A copy, owned by JS, of `length` elements of type `Type` at `ptr`. */
  copyOut(Type, ptr, length) {
    return new Type(this.instance.memory.buffer, ptr, length).slice();
  }

  free() {
    const { _free } = this.instance.module;
    for (const ptr of this.pointers) _free(ptr);
    this.pointers.length = 0;
  }
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
