// WasmArray (issue 14): a typed array that lives in one selector's WebAssembly heap, so
// calls that take it (as an argument or as options.out) copy nothing across the boundary.
//
// - Brand: a WasmArray is recognised by this module's WeakMap, never by its shape; an
//   object that looks like one is not one.
// - `.array` is a view of the heap made afresh whenever the memory has grown since the
//   last one (growth detaches the old buffer): a stale or detached view is never handed
//   out. A freed array, or one whose instance its selector no longer uses (dispose(), a
//   rebuild after a trap, the simd-threads build taking over), throws InvalidArgumentError
//   instead.
// - In a call, the boundary's snapshot step (js/boundary.js viewOf) asks `residentView`
//   for the array's view: only arrays of the calling selector's current instance pass.
//   The view is remembered here with its heap address, so js/wasm/heap.js can hand the
//   kernel the address instead of a copy, and re-make the view after an allocation of the
//   call has grown the memory (`liveView`).
// - Without WASM (JS backend, or before `ready`) the array is an ordinary typed array:
//   code written against WasmArray runs everywhere, and such an array is copied like any
//   other when a later call runs on WASM.
// - A FinalizationRegistry frees arrays that were dropped without free(); status().memory
//   counts the live ones (residentArrays, residentBytes).
import { InvalidArgumentError } from './errors.js';
import { memoryError } from './wasm/status.js';

const ELEMENT_TYPES = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
];
/** Elements at most: 2^31 - 1 bytes of the 32-bit heap's range would be unreachable anyway. */
const MAX_BYTES = 2 ** 32 - 2 ** 16;

const states = new WeakMap(); // WasmArray -> ArrayState (the brand)
const counts = new WeakMap(); // owner (selector) -> { arrays, bytes, live: Set<ArrayState> }
/** Views this module made of a heap: view -> { instance, address, length, Type }. */
const heapViews = new WeakMap();

function countsOf(owner) {
  let c = counts.get(owner);
  if (c === undefined) counts.set(owner, (c = { arrays: 0, bytes: 0, live: new Set() }));
  return c;
}

/** Free one array's heap block and uncount it (explicit free() or the finalizer). */
function release(state) {
  if (state.freed) return;
  state.freed = true;
  state.view = null;
  state.js = null;
  const c = countsOf(state.owner);
  c.arrays--;
  c.bytes -= state.bytes;
  c.live.delete(state);
  // An instance the selector no longer uses has been terminated: its memory goes with it.
  if (state.instance !== null && state.current() === state.instance) state.instance.module._free(state.ptr);
}

const finalizer = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry(release) : null;

function fail(operation, argument, message) {
  throw new InvalidArgumentError(argument ? `'${argument}' ${message}` : message, { operation, argument });
}

/** Why `state` cannot be used now, or null. */
function unusable(state) {
  if (state.freed) return 'is a WasmArray that was freed (free() was called on it)';
  if (state.instance !== null && state.current() !== state.instance) {
    return 'is a WasmArray whose WebAssembly instance its selector no longer uses (the selector was disposed, or rebuilt after a trap, or the simd-threads build took over): allocate it again';
  }
  return null;
}

/** A view of the array's heap block for the memory as it is now. */
function heapView(state) {
  const buffer = state.instance.memory.buffer;
  if (state.view === null || state.buffer !== buffer) {
    state.view = new state.Type(buffer, state.ptr, state.length);
    state.buffer = buffer;
    heapViews.set(state.view, state);
  }
  return state.view;
}

class ArrayState {
  constructor(owner, instance, current, Type, length) {
    this.owner = owner;
    this.instance = instance; // null: backed by an ordinary typed array (js)
    this.current = current; // () => the owner's serving instance now
    this.Type = Type;
    this.length = length;
    this.bytes = length * Type.BYTES_PER_ELEMENT;
    this.ptr = 0;
    this.view = null;
    this.buffer = null;
    this.js = null;
    this.freed = false;
  }
}

/**
 * An array of `length` elements of typed array type `Type` in a selector's heap. Made by
 * `selector.allocate(Type, length)`; see the file header.
 */
export class WasmArray {
  constructor() {
    throw new TypeError('WasmArray: use selector.allocate(Type, length)');
  }

  /** A typed array view of the elements, current for the memory as it is now. */
  get array() {
    const state = stateOf(this, 'WasmArray.array');
    const why = unusable(state);
    if (why !== null) fail('WasmArray.array', null, `this ${why.slice(5)}`);
    return state.instance === null ? state.js : heapView(state);
  }

  /** Number of elements. */
  get length() {
    return stateOf(this, 'WasmArray.length').length;
  }

  /** The typed array constructor of the elements (Float64Array, Uint8Array, …). */
  get type() {
    return stateOf(this, 'WasmArray.type').Type;
  }

  get byteLength() {
    return stateOf(this, 'WasmArray.byteLength').bytes;
  }

  /** True while the heap block is not freed. */
  get live() {
    const state = stateOf(this, 'WasmArray.live');
    return unusable(state) === null;
  }

  /** True when the array lives in a WebAssembly heap (false: an ordinary typed array). */
  get resident() {
    return stateOf(this, 'WasmArray.resident').instance !== null;
  }

  /** Free the heap block now (idempotent). Later use is an InvalidArgumentError. */
  free() {
    const state = stateOf(this, 'WasmArray.free');
    if (state.freed) return;
    finalizer?.unregister(state);
    release(state);
  }

  get [Symbol.toStringTag]() {
    return 'WasmArray';
  }
}

function stateOf(value, operation) {
  const state = states.get(value);
  if (state === undefined) throw new TypeError(`${operation}: not a WasmArray`);
  return state;
}

/** True for an array made by allocate(); never for a look-alike. */
export function isWasmArray(value) {
  return value !== null && typeof value === 'object' && states.has(value);
}

/** The element type name of a WasmArray ('Float64Array', …), or undefined for anything else. */
export function wasmArrayTypeName(value) {
  return isWasmArray(value) ? states.get(value).Type.name : undefined;
}

/**
 * selector.allocate: `instance` the selector's serving instance (null: an ordinary typed
 * array), `current()` its serving instance at any later time.
 */
export function allocateArray(owner, instance, current, Type, length) {
  const operation = 'allocate';
  if (!ELEMENT_TYPES.includes(Type)) {
    fail(operation, 'Type', `must be a typed array constructor (${ELEMENT_TYPES.map((t) => t.name).join(', ')}), got ${typeof Type === 'function' ? Type.name || 'a function' : typeof Type}`);
  }
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
    fail(operation, 'length', `must be a non-negative integer, got ${typeof length === 'number' ? length : typeof length}`);
  }
  if (length * Type.BYTES_PER_ELEMENT > MAX_BYTES) fail(operation, 'length', `is too large: ${length} elements of ${Type.name} exceed the 4 GiB heap`);
  const state = new ArrayState(owner, instance, current, Type, length);
  if (instance === null) {
    state.js = new Type(length);
  } else {
    const M = instance.module;
    const ptr = M._malloc(Math.max(state.bytes, 1)) >>> 0;
    if (!ptr) throw memoryError(instance, operation, state.bytes);
    state.ptr = ptr;
    // Zeroed, like a new typed array (malloc may hand back a block used before).
    new Uint8Array(instance.memory.buffer, ptr, state.bytes).fill(0);
  }
  const array = Object.create(WasmArray.prototype);
  states.set(array, state);
  const c = countsOf(owner);
  c.arrays++;
  c.bytes += state.bytes;
  c.live.add(state);
  finalizer?.register(array, state, state);
  return array;
}

/**
 * The owner's service moves from instance `from` to `to` (the simd-threads build taking
 * over from simd): its live arrays in `from` move with it, contents and all, so they stay
 * usable. All or nothing: false (nothing moved) when `to` cannot hold them all.
 */
export function moveResidentArrays(owner, from, to) {
  const moving = [...(counts.get(owner)?.live ?? [])].filter((state) => state.instance === from);
  const M = to.module;
  const ptrs = [];
  for (const state of moving) {
    const ptr = M._malloc(Math.max(state.bytes, 1)) >>> 0;
    if (!ptr) {
      for (const p of ptrs) M._free(p);
      return false;
    }
    ptrs.push(ptr);
  }
  moving.forEach((state, i) => {
    new Uint8Array(to.memory.buffer, ptrs[i], state.bytes).set(new Uint8Array(from.memory.buffer, state.ptr, state.bytes));
    // `from` stays in use (the simd instance kept for one-thread calls): give its block back.
    from.module._free(state.ptr);
    state.instance = to;
    state.ptr = ptrs[i];
    state.view = null;
    state.buffer = null;
  });
  return true;
}

/** status().memory's counts of an owner's live arrays. */
export function residentMemory(owner) {
  const c = counts.get(owner);
  return { residentArrays: c?.arrays ?? 0, residentBytes: c?.bytes ?? 0 };
}

// The selector whose call is being validated (a stack: a getter may call another selector).
let caller = null;

/** callFunction/callBatch: `owner`'s call starts; returns what leaveCall restores. */
export function enterCall(owner) {
  const outer = caller;
  caller = owner;
  return outer;
}

export function leaveCall(outer) {
  caller = outer;
}

/**
 * The snapshot of a WasmArray argument (js/boundary.js viewOf): its current view, when it
 * belongs to the calling selector and is usable; otherwise an InvalidArgumentError naming
 * the argument.
 */
export function residentView(operation, argument, value) {
  const state = states.get(value);
  const why = unusable(state);
  if (why !== null) fail(operation, argument, why);
  if (state.owner !== caller) {
    fail(operation, argument, caller === null
      ? 'is a WasmArray, which only a call of its own selector can take (callAsync and workers cannot: pass wasmArray.array.slice())'
      : 'is a WasmArray of another selector: pass it to the selector that allocated it, or pass wasmArray.array.slice()');
  }
  if (state.instance === null) return state.js;
  residentsTaken++;
  return heapView(state);
}

let residentsTaken = 0;

/**
 * How many heap-resident WasmArrays calls have taken so far: a call that sees it change
 * during its validation takes one, and must run on the instance whose heap holds it.
 */
export function residentCount() {
  return residentsTaken;
}

/**
 * Remember that `view` (made from a view of a WasmArray, e.g. the bytes of a
 * Uint8ClampedArray one) covers heap memory too.
 */
export function sameMemory(view, from) {
  const state = heapViews.get(from);
  if (state !== undefined && view !== from) {
    const address = (state instanceof ArrayState ? state.ptr : state.address) + (view.byteOffset - from.byteOffset);
    heapViews.set(view, { instance: state.instance, address, length: view.length, Type: view.constructor });
  }
  return view;
}

/**
 * The heap address of `view` when it is a view this module made of `instance`'s heap
 * (also one detached since by memory growth), else -1.
 */
export function residentAddress(view, instance) {
  const state = heapViews.get(view);
  if (state === undefined || state.instance !== instance) return -1;
  return state instanceof ArrayState ? state.ptr : state.address;
}

/**
 * `view` itself, or, for a view of a heap that has grown since it was made, the same
 * elements in a view of the memory as it is now.
 */
export function liveView(view) {
  const state = heapViews.get(view);
  if (state === undefined) return view;
  const buffer = state.instance.memory.buffer;
  if (view.buffer === buffer) return view;
  if (state instanceof ArrayState) return new state.Type(buffer, state.ptr, state.length);
  return new state.Type(buffer, state.address, state.length);
}
