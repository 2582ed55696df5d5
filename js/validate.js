// Argument checks and conversions shared by both backends: every operation validates
// here once, so the JS and WASM paths reject exactly the same inputs with the same error.
import { InvalidArgumentError } from './errors.js';

const utf8 = new TextEncoder();

/** Describe a value's type for error messages. */
export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

export function fail(operation, argument, message) {
  throw new InvalidArgumentError(`'${argument}' ${message}`, { operation, argument });
}

/** Bytes from a Uint8Array / Uint8ClampedArray / string (UTF-8) / ArrayBuffer. */
export function toBytes(operation, argument, value) {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return utf8.encode(value);
  if (value instanceof Uint8ClampedArray || value instanceof Int8Array) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
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
