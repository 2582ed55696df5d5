// The snapshot step of the boundary (DESIGN.md "Data across the boundary"): how a value
// the caller handed in becomes an owned value that validation, both backends and the
// copy into the WASM heap can trust. The rules:
//
// - Typed arrays and ArrayBuffers are recognised by their internal slots, through the
//   engine's own getters captured here (never `instanceof`, never the value's own
//   `length`/`buffer` properties): arrays from another realm (node:vm, an iframe, a test
//   runner) are accepted; look-alikes (an object given a typed array's prototype) and
//   Proxies around typed arrays are not typed arrays, and are rejected with
//   InvalidArgumentError.
// - What the operation then works on is a fresh, fixed-length view of the same memory,
//   made here: nothing the caller can redefine on the original (an own `length`, a
//   subclass's methods, a length-tracking view of a resizable buffer) is ever read again.
// - A detached buffer, or a view of a resizable buffer that no longer covers it, is an
//   InvalidArgumentError naming the argument, on both backends.
// - Every view made during one call's validation is checked once more when validation
//   ends (sealViews): a later getter of the same call may have detached or resized a
//   buffer read earlier. After that, no code of the caller's runs until the call returns
//   (except the callbacks of the JS-only data_ operations, which are the point of them).
// - Where a view would be a visible share of a small call (bytes, numeric arrays to search
//   or sort: `arrayOf`), the operation gets the caller's typed array itself, recorded and
//   sealed the same way, and its code — JS fallback and WASM glue alike — follows one
//   rule: it never reads a named property of that array (no `.length`, `.buffer`,
//   `.subarray()`, `.set()`, `.constructor`, …, which an own property or a subclass could
//   redefine). It reads elements by index, and everything else through the engine's own
//   functions captured below (lengthOf, byteOffsetOf, bufferOf, byteLengthOf, subarrayOf,
//   copyOf, typeOf), or passes the array to engine code that reads its internal slots
//   (`ours.set(array)`, `new Uint8Array(array)`, TextDecoder, node:crypto's update).
//   tests/js/boundary-fuzz.test.mjs holds every operation to it: a genuine typed array
//   whose every named member is an own accessor that throws must give the right answer.
import { InvalidArgumentError } from './errors.js';
import { isWasmArray, residentView, wasmArrayTypeName } from './wasm-array.js';

/** An InvalidArgumentError naming the operation and the argument. */
export function fail(operation, argument, message) {
  throw new InvalidArgumentError(`'${argument}' ${message}`, { operation, argument });
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getter = (object, key) => Object.getOwnPropertyDescriptor(object, key).get;
const taTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const taLength = getter(TypedArrayPrototype, 'length');
const taByteLength = getter(TypedArrayPrototype, 'byteLength');
const taByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const taBuffer = getter(TypedArrayPrototype, 'buffer');
// ValidateTypedArray: throws a TypeError for a detached or out-of-bounds view.
const taKeys = TypedArrayPrototype.keys;
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const abSlice = ArrayBuffer.prototype.slice;

/** This realm's constructor for each typed array name. */
export const TYPED_ARRAYS = Object.freeze({
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
});

/**
 * The typed array name ('Uint8Array', …) from the value's internal slot, or undefined
 * for anything that is not a real typed array (Proxies, look-alikes, DataViews). A
 * WasmArray (js/wasm-array.js, recognised by its brand) counts as its element type: it is
 * accepted wherever that typed array is, and viewOf turns it into its heap view. Runs no
 * code of the caller's.
 */
export function typedArrayName(value) {
  return taTag.call(value) ?? wasmArrayTypeName(value);
}

/** Byte length of a real ArrayBuffer (any realm), or -1 for anything else. Runs no user code. */
function arrayBufferByteLength(value) {
  if (value === null || typeof value !== 'object') return -1;
  try {
    return abByteLength.call(value);
  } catch {
    return -1; // not an ArrayBuffer (a SharedArrayBuffer has its own getter)
  }
}

// The views made by the validation in progress, checked by sealViews: triples (view, its
// byteLength when made, the argument's name) from index 0 to `top`. A stack, because a
// getter may call into the package again in the middle of a validation. Entries above
// `top` are cleared, so no view of a caller's buffer is kept alive after its call.
const made = [];
let top = 0;

function register(view, argument) {
  return remember(view, taByteLength.call(view), argument);
}

function remember(array, byteLength, argument) {
  made[top] = array;
  made[top + 1] = byteLength;
  made[top + 2] = argument;
  top += 3;
  return array;
}

/** The byte length of the array recorded last (by viewOf, arrayOf & co), as recorded. */
export function recordedByteLength() {
  return made[top - 2];
}

/** Where sealViews will start checking: take it before validating. */
export function viewMark() {
  return top;
}

/**
 * After validation: every view made since `mark` still covers the bytes it covered when it
 * was made (no later getter detached or shrank its buffer). Forgets them either way.
 */
export function sealViews(mark, operation) {
  // (One pass that checks and forgets: this runs on every call that takes an array.)
  const end = top;
  top = mark;
  for (let i = mark; i < end; i += 3) {
    const view = made[i];
    made[i] = undefined;
    if (taByteLength.call(view) !== made[i + 1]) {
      for (let j = i + 3; j < end; j += 3) made[j] = undefined;
      fail(operation, made[i + 2], 'was detached or resized while the arguments were being read (by a getter or a Proxy): pass arrays that stay as they are during the call');
    }
  }
}

/**
 * The position (as viewMark counts) of the first view since `mark` that no longer covers
 * what it covered when it was made, or -1: which item of a batch sealViews fails on.
 */
export function firstChangedView(mark) {
  for (let i = mark; i < top; i += 3) if (taByteLength.call(made[i]) !== made[i + 1]) return i;
  return -1;
}

/** Forget the views since `mark` (after sealViews, or when validation threw). */
export function dropViews(mark) {
  for (let i = mark; i < top; i += 3) made[i] = undefined; // (the other two slots hold no caller values)
  top = mark;
}

const detachedMessage =
  'is a view of a detached ArrayBuffer, or of a resizable buffer that no longer covers it';

/**
 * An owned, fixed-length view of the memory of typed array `value`, whose slot name must
 * be in `names`; anything else fails with `expected` in the message. Detached and
 * out-of-bounds views fail too.
 */
export function typedArrayView(operation, argument, value, names, expected) {
  const name = typedArrayName(value);
  if (name === undefined || !names.includes(name)) fail(operation, argument, `must be ${expected}, got ${describe(value)}`);
  return viewOf(operation, argument, value, name);
}

/** The view of a value already known (typedArrayName) to be a typed array called `name`. */
export function viewOf(operation, argument, value, name) {
  // A WasmArray of the calling selector: its view of the heap, no copy (checked: not
  // freed, of this selector's current instance).
  // (Tested by slot first: a real typed array is the common case, a WeakMap lookup is not free.)
  if (taTag.call(value) === undefined && isWasmArray(value)) return register(residentView(operation, argument, value), argument);
  const length = taLength.call(value);
  if (length === 0) {
    try {
      taKeys.call(value);
    } catch {
      fail(operation, argument, detachedMessage);
    }
  }
  return register(new TYPED_ARRAYS[name](taBuffer.call(value), taByteOffset.call(value), length), argument);
}

/**
 * The caller's own typed array `value` (known by typedArrayName to be a `name`), for code
 * that follows the named-property rule above; detached and out-of-bounds views fail as in
 * viewOf, and sealViews checks it like a view. A WasmArray becomes its heap view.
 */
export function arrayOf(operation, argument, value, name) {
  if (taTag.call(value) === undefined) return viewOf(operation, argument, value, name);
  return recorded(operation, argument, value);
}

/**
 * arrayOf for the commonest case, in one step: `value` itself when it is a real Uint8Array
 * (any realm), else undefined (the caller then tries the other forms it takes).
 */
export function uint8ArrayOf(operation, argument, value) {
  return taTag.call(value) === 'Uint8Array' ? recorded(operation, argument, value) : undefined;
}

/** The caller's typed array, checked for detachment and recorded for sealViews. */
function recorded(operation, argument, value) {
  const byteLength = taByteLength.call(value);
  if (byteLength === 0) {
    try {
      taKeys.call(value);
    } catch {
      fail(operation, argument, detachedMessage);
    }
  }
  return remember(value, byteLength, argument);
}

// The engine's own reads of a typed array (any realm; no code of the caller's runs).
/** Number of elements. */
export const lengthOf = (array) => taLength.call(array);
/** Offset in bytes into its buffer. */
export const byteOffsetOf = (array) => taByteOffset.call(array);
/** Length in bytes. */
export const byteLengthOf = (array) => taByteLength.call(array);
/** Element type name: 'Uint8Array', 'Float64Array', … */
export const typeOf = (array) => taTag.call(array);
/** A new view of elements [start, end) of `array`, of the same type (no species lookup). */
export function subarrayOf(array, start, end) {
  const Type = TYPED_ARRAYS[taTag.call(array)];
  return new Type(taBuffer.call(array), taByteOffset.call(array) + start * Type.BYTES_PER_ELEMENT, end - start);
}
/** A new array of this realm with the same type and elements (the engine's own copy). */
export function copyOf(array) {
  return new TYPED_ARRAYS[taTag.call(array)](array);
}

/** A Uint8Array over all bytes of a real ArrayBuffer (any realm), or null if `value` is none. */
export function arrayBufferView(operation, argument, value) {
  const length = arrayBufferByteLength(value);
  if (length < 0) return null;
  if (length === 0) {
    try {
      abSlice.call(value, 0, 0);
    } catch {
      fail(operation, argument, 'is a detached ArrayBuffer');
    }
  }
  return register(new Uint8Array(value, 0, length), argument);
}

/** The buffer of a typed array (ours or, under the rule above, the caller's). */
export function bufferOf(view) {
  return taBuffer.call(view);
}

/**
 * How a value is named in error messages. Never throws, and reads nothing through
 * getters or Proxy traps except the prototype of a plain object (a Proxy's
 * getPrototypeOf trap may run; its errors are swallowed).
 */
export function describe(value) {
  if (value === null) return 'null';
  const type = typeof value;
  if (type === 'number') return Number.isFinite(value) ? 'number' : String(value);
  if (type !== 'object' && type !== 'function') return type;
  const resident = wasmArrayTypeName(value);
  if (resident !== undefined) return `WasmArray(${resident})`;
  const name = taTag.call(value);
  if (name !== undefined) {
    try {
      taKeys.call(value);
    } catch {
      return `${name} (detached or out of bounds)`;
    }
    return name;
  }
  if (arrayBufferByteLength(value) >= 0) return 'ArrayBuffer';
  try {
    if (Array.isArray(value)) return 'Array';
  } catch {
    return 'a revoked Proxy';
  }
  if (type === 'function') return 'function';
  let proto;
  try {
    proto = Object.getPrototypeOf(value);
  } catch {
    return 'a Proxy';
  }
  if (proto === null) return 'object (null prototype)';
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value;
  const ctorName = typeof ctor === 'function' ? Object.getOwnPropertyDescriptor(ctor, 'name')?.value : undefined;
  if (typeof ctorName !== 'string' || ctorName === '') return 'object';
  // An object whose prototype is a typed array's but that has no typed array slots.
  if (Object.hasOwn(TYPED_ARRAYS, ctorName) && ctor.prototype === proto) {
    return `an object posing as a ${ctorName} (a Proxy or look-alike, not a typed array)`;
  }
  return ctorName;
}

/**
 * Array.isArray, except that a revoked Proxy (on which every operation throws a TypeError)
 * is an InvalidArgumentError naming the argument.
 */
export function isArray(operation, argument, value) {
  try {
    return Array.isArray(value);
  } catch {
    fail(operation, argument, 'is a revoked Proxy');
  }
}

/**
 * An object argument that is about to be read: a revoked Proxy is an InvalidArgumentError
 * naming it (Array.isArray throws exactly for those).
 */
export function readable(operation, argument, value) {
  isArray(operation, argument, value);
  return value;
}

/**
 * The own enumerable properties of an options object, each read exactly once, in the
 * order Object.keys gives; every key must be in `known`. Inherited properties (a polluted
 * Object.prototype) are never read. Returns a null-prototype object.
 */
export function readOptions(operation, argument, value, known) {
  if (value === null || typeof value !== 'object' || isArray(operation, argument, value) || taTag.call(value) !== undefined) {
    fail(operation, argument, `must be an object, got ${describe(value)}`);
  }
  const out = Object.create(null);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const list = known.length ? ` (known: ${known.map((k) => `'${k}'`).join(', ')})` : '';
      fail(operation, argument, `has unknown option '${key}'${list}`);
    }
    out[key] = value[key];
  }
  return out;
}

/**
 * The elements of an Array (or a Proxy of one) read once each, in index order, into a new
 * plain array: the snapshot of a number[] or string[] argument. `length` is read once.
 * Holes read as undefined (callers name them with isHole on the error path).
 */
export function arraySnapshot(value) {
  const length = value.length;
  const out = new Array(length);
  for (let i = 0; i < length; i++) out[i] = value[i];
  return out;
}

/** True when index `i` of `value` is a hole (error messages only: may run a Proxy trap). */
export function isHole(value, i) {
  try {
    return !(i in value);
  } catch {
    return false;
  }
}
