// Argument checks and conversions shared by both backends: every operation validates
// here once, so the JS and WASM paths reject exactly the same inputs with the same error.
import { InvalidArgumentError } from './errors.js';
import { arrayBufferView, arrayOf, describe, fail, typedArrayName, uint8ArrayOf, viewOf } from './boundary.js';
import { sameMemory } from './wasm-array.js';

export { describe, fail };

const utf8 = new TextEncoder();

/**
 * Bytes from a Uint8Array / Uint8ClampedArray / Int8Array (viewed as bytes), an
 * ArrayBuffer, or a string (UTF-8). Typed arrays and buffers are recognised by their
 * slots, from any realm. A Uint8Array is passed on as it is (js/boundary.js arrayOf: code
 * that takes bytes reads them by index and through lengthOf & co only); the other forms
 * become owned Uint8Array views.
 */
export function toBytes(operation, argument, value) {
  if (typeof value === 'string') return utf8.encode(value);
  const bytes = uint8ArrayOf(operation, argument, value);
  if (bytes !== undefined) return bytes;
  const name = typedArrayName(value);
  if (name === 'Uint8Array') return arrayOf(operation, argument, value, name); // a WasmArray
  if (name === 'Uint8ClampedArray' || name === 'Int8Array') {
    const view = viewOf(operation, argument, value, name);
    return sameMemory(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), view);
  }
  const buffer = name === undefined ? arrayBufferView(operation, argument, value) : null;
  if (buffer !== null) return buffer;
  fail(operation, argument, `must be a Uint8Array or a string, got ${describe(value)}`);
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
