// Argument checks and conversions shared by both backends: every operation validates
// here once, so the JS and WASM paths reject exactly the same inputs with the same error.
import { InvalidArgumentError } from './errors.js';
import { arrayBufferView, arrayOf, describe, fail, recordedByteLength, typedArrayName, uint8ArrayOf, viewOf } from './boundary.js';
import { sameMemory } from './wasm-array.js';

export { describe, fail };

const utf8 = new TextEncoder();

/**
 * Bytes from a Uint8Array / Uint8ClampedArray / Int8Array (viewed as bytes), an
 * ArrayBuffer, or a string (UTF-8). Typed arrays and buffers are recognised by their
 * slots, from any realm. A Uint8Array is passed on as it is (js/boundary.js arrayOf: code
 * that takes bytes reads them by index and through lengthOf & co only); the other forms
 * become owned Uint8Array views. bytesLength() then says how many bytes it returned.
 */
export function toBytes(operation, argument, value) {
  if (typeof value === 'string') {
    const encoded = utf8.encode(value);
    bytesRead = encoded.length; // (our own array)
    return encoded;
  }
  const bytes = uint8ArrayOf(operation, argument, value);
  if (bytes === undefined) return otherBytes(operation, argument, value);
  bytesRead = recordedByteLength();
  return bytes;
}

function otherBytes(operation, argument, value) {
  const name = typedArrayName(value);
  let bytes = null;
  if (name === 'Uint8Array') bytes = arrayOf(operation, argument, value, name); // a WasmArray
  else if (name === 'Uint8ClampedArray' || name === 'Int8Array') {
    const view = viewOf(operation, argument, value, name);
    bytes = sameMemory(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), view);
  } else if (name === undefined) bytes = arrayBufferView(operation, argument, value);
  if (bytes === null) fail(operation, argument, `must be a Uint8Array or a string, got ${describe(value)}`);
  bytesRead = recordedByteLength();
  return bytes;
}

// The length of what toBytes returned last, as it read it (the engine's getter, once): a
// validation that needs it takes it from here instead of reading the array once more.
let bytesRead = 0;

/** How many bytes the last toBytes returned (call it right after, in the same validation). */
export function bytesLength() {
  return bytesRead;
}

/**
 * What a row's validate() measured, for the call's route: `size`, in the unit of the
 * operation's thresholds (elements, bytes, n³ for a product, …), and `kind`, the input
 * kind's index in the row's `kinds` (0 for a row with one kind). Every validate returns
 * through sized(), after the last of the caller's code it runs (getters, toJSON): the
 * selector then reads two fields of one object on every call, where per-row size() and
 * kind() functions were two megamorphic calls (a visible share of a sub-microsecond
 * call). Read it right after validate(), before anything else validates.
 */
export const measured = { size: 0, kind: 0 };

/** validate()'s return: the input, with its size and input kind recorded in `measured`. */
export function sized(input, size, kind = 0) {
  measured.size = size;
  measured.kind = kind;
  return input;
}

/** A non-negative safe integer, at most `max`. */
export function toCount(operation, argument, value, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail(operation, argument, `must be an integer, got ${typeof value === 'number' ? value : describe(value)}`);
  }
  if (value < min || value > max) fail(operation, argument, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** A finite number. */
export function toFinite(operation, argument, value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(operation, argument, `must be a finite number, got ${typeof value === 'number' ? value : describe(value)}`);
  }
  return value;
}

/** Check the argument count. */
export function arity(operation, args, min, max = min) {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : `${min} to ${max}`;
    throw new InvalidArgumentError(`takes ${want} argument(s), got ${args.length}`, { operation });
  }
}
