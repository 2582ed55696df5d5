// Element-type codes of cpp/core/element_type.hpp, by typed-array constructor.
// Uint8ClampedArray shares Uint8's code: the same bytes, the same order.
export const ELEMENT_TYPE_CODES = new Map([
  [Int8Array, 0],
  [Uint8Array, 1],
  [Uint8ClampedArray, 1],
  [Int16Array, 2],
  [Uint16Array, 3],
  [Int32Array, 4],
  [Uint32Array, 5],
  [Float32Array, 6],
  [Float64Array, 7],
  [BigInt64Array, 8],
  [BigUint64Array, 9],
]);

/** The kernel's code for a typed array. */
export function elementTypeCode(array) {
  return ELEMENT_TYPE_CODES.get(array.constructor);
}
