// Element-type codes of cpp/core/element_type.hpp, by typed-array name (the internal
// slot, js/boundary.js typeOf: any realm, and never the array's own `constructor`).
// Uint8ClampedArray shares Uint8's code: the same bytes, the same order.
import { typeOf } from '../boundary.js';

const CODES = Object.freeze({
  __proto__: null,
  Int8Array: 0,
  Uint8Array: 1,
  Uint8ClampedArray: 1,
  Int16Array: 2,
  Uint16Array: 3,
  Int32Array: 4,
  Uint32Array: 5,
  Float32Array: 6,
  Float64Array: 7,
  BigInt64Array: 8,
  BigUint64Array: 9,
});

/** The kernel's code for a typed array. */
export function elementTypeCode(array) {
  return CODES[typeOf(array)];
}
