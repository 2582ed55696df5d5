// Registry rows for the data_ family (see js/registry/crypto.js for the row format).
// data_sort has a WASM kernel; filter/map/reduce/group_by take JS callbacks and are
// JS-only (no `wasm` field): the selector reports them as 'js-only'.
import { dataFilter, dataGroupBy, dataMap, dataReduce, dataSort as sortJs } from '../fallbacks/data.js';
import { dataSort as sortWasm } from '../wasm/data.js';
import { arity, describe, fail } from '../validate.js';

const NUMBER_TYPED_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];

const isBigIntArray = (v) => v instanceof BigInt64Array || v instanceof BigUint64Array;
const isNumberTypedArray = (v) => NUMBER_TYPED_ARRAYS.some((T) => v instanceof T);

/** Index of the first hole or element of another type than `type`, or -1 (O(n)). */
function firstOffender(array, type) {
  for (let i = 0; i < array.length; i++) {
    if (!(i in array) || typeof array[i] !== type) return i;
  }
  return -1;
}

function rejectElement(operation, argument, array, i, expected) {
  if (!(i in array)) fail(operation, argument, `has a hole at index ${i}; expected ${expected}`);
  fail(operation, argument, `element ${i} is ${describe(array[i])}; expected ${expected}`);
}

/**
 * A numeric typed array (not BigInt), or a plain Array of numbers copied to a
 * Float64Array (validated at O(n)). Shared by search_binary and search_linear.
 */
export function toNumericArray(operation, argument, value) {
  if (ArrayBuffer.isView(value) && isNumberTypedArray(value)) return value;
  if (Array.isArray(value)) {
    const bad = firstOffender(value, 'number');
    if (bad >= 0) rejectElement(operation, argument, value, bad, 'only numbers');
    return Float64Array.from(value);
  }
  fail(operation, argument, `must be a numeric typed array or an Array of numbers, got ${describe(value)}`);
}

function validateSort(args) {
  const name = 'data_sort';
  arity(name, args, 1);
  const array = args[0];
  if (ArrayBuffer.isView(array) && (isNumberTypedArray(array) || isBigIntArray(array))) return { kind: 'typed', array };
  if (!Array.isArray(array)) fail(name, 'array', `must be a typed array or an Array of numbers or of strings, got ${describe(array)}`);
  if (array.length === 0) return { kind: 'numbers', array };
  const first = 0 in array ? typeof array[0] : 'hole';
  if (first !== 'number' && first !== 'string') rejectElement(name, 'array', array, 0, 'numbers or strings');
  const bad = firstOffender(array, first);
  if (bad >= 0) rejectElement(name, 'array', array, bad, `only ${first}s (mixed types are not sorted)`);
  return { kind: first === 'number' ? 'numbers' : 'strings', array };
}

function toCallbackArray(operation, value) {
  if (Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))) return value;
  fail(operation, 'array', `must be an Array or a typed array, got ${describe(value)}`);
}

function toCallback(operation, argument, value) {
  if (typeof value !== 'function') fail(operation, argument, `must be a function, got ${describe(value)}`);
  return value;
}

const JS_ONLY = 'JS-only: takes a JS callback';

export default [
  {
    name: 'data_sort',
    signature:
      '<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(array: T) => T',
    description:
      'A new sorted array of the same type (input untouched): numeric order of TypedArray.prototype.sort (-0 before +0, NaN last) for typed arrays and number[]; UTF-16 code-unit order for string[]',
    complexity: 'O(n·w) radix (w = element bytes) for numbers; O(n log n · L) for strings',
    validate: validateSort,
    size: ({ array }) => array.length,
    js: (input) => sortJs(input),
    wasm: (instance, input) => sortWasm(instance, 'data_sort', input),
    sample: () => [new Float64Array([3, -0, 0, NaN, -1])],
  },
  {
    name: 'data_filter',
    signature: '<T extends unknown[] | NumericTypedArray>(array: T, predicate: (value: ElementOf<T>, index: number, array: T) => unknown) => T',
    description: `Elements for which predicate is truthy (${JS_ONLY})`,
    complexity: 'O(n)',
    validate(args) {
      arity('data_filter', args, 2);
      return { array: toCallbackArray('data_filter', args[0]), fn: toCallback('data_filter', 'predicate', args[1]) };
    },
    size: ({ array }) => array.length,
    js: ({ array, fn }) => dataFilter(array, fn),
    sample: () => [[1, 2, 3], (x) => x > 1],
  },
  {
    name: 'data_map',
    signature: '<A extends readonly unknown[] | NumericTypedArray, U = ElementOf<A>>(array: A, fn: (value: ElementOf<A>, index: number) => U) => A extends readonly unknown[] ? U[] : A',
    description: `fn applied to every element; a typed array maps to the same type (${JS_ONLY})`,
    complexity: 'O(n)',
    validate(args) {
      arity('data_map', args, 2);
      return { array: toCallbackArray('data_map', args[0]), fn: toCallback('data_map', 'fn', args[1]) };
    },
    size: ({ array }) => array.length,
    js: ({ array, fn }) => dataMap(array, fn),
    sample: () => [[1, 2, 3], (x) => x * 2],
  },
  {
    name: 'data_reduce',
    signature: '<A extends readonly unknown[] | NumericTypedArray, R = ElementOf<A>>(array: A, fn: (acc: R, value: ElementOf<A>, index: number) => R, initial?: R) => R',
    description: `Left fold; without initial the first element starts it, and an empty array is an error (${JS_ONLY})`,
    complexity: 'O(n)',
    validate(args) {
      arity('data_reduce', args, 2, 3);
      const array = toCallbackArray('data_reduce', args[0]);
      const fn = toCallback('data_reduce', 'fn', args[1]);
      const hasInitial = args.length === 3;
      if (!hasInitial && array.length === 0) fail('data_reduce', 'array', 'is empty and no initial value was given');
      return { array, fn, hasInitial, initial: args[2] };
    },
    size: ({ array }) => array.length,
    js: ({ array, fn, hasInitial, initial }) => dataReduce(array, fn, hasInitial, initial),
    sample: () => [[1, 2, 3], (a, b) => a + b, 0],
  },
  {
    name: 'data_group_by',
    signature: '<R>(records: R[], key: string | ((record: R, index: number) => PropertyKey)) => Record<string, R[]>',
    description: `Plain object of arrays keyed by String(record[key]) or String(key(record, i)); keys in order of first occurrence (integer-like keys follow JS property order) (${JS_ONLY})`,
    complexity: 'O(n)',
    validate(args) {
      const name = 'data_group_by';
      arity(name, args, 2);
      const [records, key] = args;
      if (!Array.isArray(records)) fail(name, 'records', `must be an Array, got ${describe(records)}`);
      if (typeof key === 'string') {
        for (let i = 0; i < records.length; i++) {
          const r = records[i];
          if (r === null || typeof r !== 'object') fail(name, 'records', `element ${i} is ${describe(r)}; with a property-name key every record must be an object`);
        }
      } else if (typeof key !== 'function') {
        fail(name, 'key', `must be a property name (string) or a function, got ${describe(key)}`);
      }
      return { records, key };
    },
    size: ({ records }) => records.length,
    js: ({ records, key }) => dataGroupBy(records, key),
    sample: () => [[{ k: 'a' }, { k: 'b' }, { k: 'a' }], 'k'],
  },
];
