// Registry rows for the data_ family (see js/registry/crypto.js for the row format).
// data_sort has a WASM kernel; filter/map/reduce/group_by take JS callbacks and are
// JS-only (no `wasm` field): the selector reports them as 'js-only'.
import { dataFilter, dataGroupBy, dataMap, dataReduce, dataSort as sortJs } from '../fallbacks/data.js';
import { dataSort as sortWasm } from '../wasm/data.js';
import { arraySnapshot, isArray, isHole, typedArrayName, viewOf } from '../boundary.js';
import { arity, describe, fail } from '../validate.js';

const NUMBER_TYPED_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'];

function rejectElement(operation, argument, array, items, i, expected) {
  if (items[i] === undefined && isHole(array, i)) fail(operation, argument, `has a hole at index ${i}; expected ${expected}`);
  fail(operation, argument, `element ${i} is ${describe(items[i])}; expected ${expected}`);
}

/** The elements of Array `value`, read once each, all of type `type` (else an error). */
function elementsOf(operation, argument, value, type, expected) {
  const items = arraySnapshot(value);
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== type) rejectElement(operation, argument, value, items, i, expected);
  }
  return items;
}

/**
 * A numeric typed array (not BigInt) as an owned view, or a plain Array of numbers read
 * once into a Float64Array. Shared by search_binary and search_linear.
 */
export function toNumericArray(operation, argument, value) {
  const name = typedArrayName(value);
  if (name !== undefined && NUMBER_TYPED_ARRAYS.includes(name)) return viewOf(operation, argument, value, name);
  if (name === undefined && isArray(operation, argument, value)) {
    return Float64Array.from(elementsOf(operation, argument, value, 'number', 'only numbers'));
  }
  fail(operation, argument, `must be a numeric typed array or an Array of numbers, got ${describe(value)}`);
}

function validateSort(args) {
  const name = 'data_sort';
  arity(name, args, 1);
  const value = args[0];
  const typed = typedArrayName(value);
  if (typed !== undefined) return { kind: 'typed', array: viewOf(name, 'array', value, typed) };
  if (!isArray(name, 'array', value)) fail(name, 'array', `must be a typed array or an Array of numbers or of strings, got ${describe(value)}`);
  const items = arraySnapshot(value);
  if (items.length === 0) return { kind: 'numbers', array: new Float64Array(0) };
  const first = typeof items[0];
  if (first !== 'number' && first !== 'string') rejectElement(name, 'array', value, items, 0, 'numbers or strings');
  for (let i = 1; i < items.length; i++) {
    if (typeof items[i] !== first) rejectElement(name, 'array', value, items, i, `only ${first}s (mixed types are not sorted)`);
  }
  // Numbers sort through a Float64Array on both backends (TypedArray order: -0, NaN last).
  return first === 'number' ? { kind: 'numbers', array: Float64Array.from(items) } : { kind: 'strings', array: items };
}

function toCallbackArray(operation, value) {
  const name = typedArrayName(value);
  if (name !== undefined) return viewOf(operation, 'array', value, name);
  if (isArray(operation, 'array', value)) return value;
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
    signature: '<T extends unknown[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array>(array: T, predicate: (value: any, index: number, array: T) => unknown) => T',
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
    signature: '(array: unknown[] | ArrayLike<number>, fn: (value: any, index: number) => unknown) => unknown[] | ArrayLike<number>',
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
    signature: '(array: unknown[] | ArrayLike<number>, fn: (acc: any, value: any, index: number) => any, initial?: any) => any',
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
      const [given, key] = args;
      if (!isArray(name, 'records', given)) fail(name, 'records', `must be an Array, got ${describe(given)}`);
      const records = arraySnapshot(given); // each element read once
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
