// Registry rows for the data_ family (see js/registry/crypto.js for the row format).
// data_sort has a WASM kernel; filter/map/reduce/group_by take JS callbacks and are
// JS-only (no `wasm` field): the selector reports them as 'js-only'.
import { dataFilter, dataGroupBy, dataMap, dataReduce, dataSort as sortJs, dataSortJs as sortJsPure } from '../fallbacks/data.js';
import { dataSort as sortWasm } from '../wasm/data.js';
import { TYPED_ARRAYS, arrayOf, arraySnapshot, isArray, isHole, lengthOf, typedArrayName, viewOf } from '../boundary.js';
import { arity, describe, fail, sized } from '../validate.js';
import { bad } from './bad-inputs.js';

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
 * A numeric typed array (not BigInt) as it is (js/boundary.js arrayOf: its code reads it by
 * index and lengthOf only), or a plain Array of numbers read once into a Float64Array.
 * Shared by search_binary and search_linear.
 */
export function toNumericArray(operation, argument, value) {
  const name = typedArrayName(value);
  if (name !== undefined && NUMBER_TYPED_ARRAYS.includes(name)) return arrayOf(operation, argument, value, name);
  if (name === undefined && isArray(operation, argument, value)) {
    return Float64Array.from(elementsOf(operation, argument, value, 'number', 'only numbers'));
  }
  fail(operation, argument, `must be a numeric typed array or an Array of numbers, got ${describe(value)}`);
}

// data_sort's input kinds (indices into its `kinds`).
const TYPED = 0;
const NUMBERS = 1;
const STRINGS = 2;

function validateSort(args) {
  const name = 'data_sort';
  arity(name, args, 1);
  const value = args[0];
  const typed = typedArrayName(value);
  if (typed !== undefined) {
    const array = arrayOf(name, 'array', value, typed);
    return sized({ kind: 'typed', array }, lengthOf(array), TYPED);
  }
  if (!isArray(name, 'array', value)) fail(name, 'array', `must be a typed array or an Array of numbers or of strings, got ${describe(value)}`);
  const items = arraySnapshot(value);
  if (items.length === 0) return sized({ kind: 'numbers', array: new Float64Array(0) }, 0, NUMBERS);
  const first = typeof items[0];
  if (first !== 'number' && first !== 'string') rejectElement(name, 'array', value, items, 0, 'numbers or strings');
  for (let i = 1; i < items.length; i++) {
    if (typeof items[i] !== first) rejectElement(name, 'array', value, items, i, `only ${first}s (mixed types are not sorted)`);
  }
  // Numbers sort through a Float64Array on both backends (TypedArray order: -0, NaN last).
  if (first === 'number') return sized({ kind: 'numbers', array: Float64Array.from(items) }, items.length, NUMBERS);
  return sized({ kind: 'strings', array: items }, items.length, STRINGS);
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

// Test facts (see js/registry/crypto.js for the fields after `sample`).
const sortMsg = (text) => new RegExp(`^data_sort: 'array' ${text}`);
const sortBadInputs = (k) => [
  bad('null', () => [null], sortMsg('must be a typed array or an Array of numbers or of strings, got null$')),
  bad('undefined', () => [undefined], sortMsg('must be a typed array .* got undefined$')),
  bad('a string', () => ['cba'], sortMsg('must be a typed array .* got string$')),
  bad('a number', () => [3], sortMsg('must be a typed array .* got number$')),
  bad('NaN', () => [NaN], sortMsg('must be a typed array .* got NaN$')),
  bad('-Infinity', () => [-Infinity], sortMsg('must be a typed array .* got -Infinity$')),
  bad('an object', () => [{ 0: 1, length: 1 }], sortMsg('must be a typed array .* got Object$')),
  bad('a DataView', () => [new DataView(new ArrayBuffer(8))], sortMsg('must be a typed array .* got DataView$')),
  bad('an ArrayBuffer', () => [new ArrayBuffer(8)], sortMsg('must be a typed array .* got ArrayBuffer$')),
  bad('numbers then a string', () => [[1, 2, 'x']], sortMsg('element 2 is string; expected only numbers')),
  bad('strings then a number', () => [['a', 1]], sortMsg('element 1 is number; expected only strings')),
  bad('a hole', () => [[1, , 3]], sortMsg('has a hole at index 1')), // eslint-disable-line no-sparse-arrays
  bad('a hole first', () => [[, 1]], sortMsg('has a hole at index 0')), // eslint-disable-line no-sparse-arrays
  bad('null element', () => [[1, null]], sortMsg('element 1 is null')),
  bad('undefined element', () => [['a', undefined]], sortMsg('element 1 is undefined')),
  bad('BigInt elements', () => [[1n, 2n]], sortMsg('element 0 is bigint')),
  bad('nested arrays', () => [[[2], [1]]], sortMsg('element 0 is Array')),
  bad('objects', () => [[{}, {}]], sortMsg('element 0 is Object')),
  bad('no arguments', () => [], /^data_sort: takes 1 argument\(s\), got 0$/),
  bad('two arguments', () => [[2, 1], 'desc'], /^data_sort: takes 1 argument\(s\), got 2$/),
  bad('a 100 MB string then a number', () => [[k.big(), 1]], sortMsg('element 1 is number; expected only strings'), undefined, { huge: true }),
];

/** Every kind of input data_sort takes: each typed array type, BigInt ones, number[], string[]. */
function sortArbitrary(fc) {
  const numbers = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 0, NaN, -NaN, Infinity, -Infinity));
  const typed = fc.tuple(fc.constantFrom(...NUMBER_TYPED_ARRAYS), fc.array(numbers, { maxLength: 200 })).map(([name, xs]) => TYPED_ARRAYS[name].from(xs));
  const bigTyped = fc
    .tuple(fc.constantFrom(BigInt64Array, BigUint64Array), fc.array(fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }), { maxLength: 100 }))
    .map(([T, xs]) => T.from(xs, (x) => (T === BigInt64Array ? BigInt.asIntN(64, x) : BigInt.asUintN(64, x))));
  const strings = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('', 'a', '\uD83D', '\uFFFD', '\u{1F600}')), { maxLength: 100 });
  return fc.tuple(fc.oneof(typed, bigTyped, fc.array(numbers, { maxLength: 200 }), strings));
}

const callbackBadInputs = (name, fnArg) => [
  bad('array null', () => [null, (x) => x], new RegExp(`^${name}: 'array' must be an Array or a typed array, got null$`)),
  bad('array a string', () => ['abc', (x) => x], new RegExp(`^${name}: 'array' must be an Array or a typed array, got string$`)),
  bad('array a DataView', () => [new DataView(new ArrayBuffer(2)), (x) => x], new RegExp(`^${name}: 'array' must be an Array or a typed array, got DataView$`)),
  bad(`${fnArg} not a function`, () => [[1, 2], 'x => x'], new RegExp(`^${name}: '${fnArg}' must be a function, got string$`)),
  bad(`${fnArg} null`, () => [[1, 2], null], new RegExp(`^${name}: '${fnArg}' must be a function, got null$`)),
  bad('no arguments', () => [], new RegExp(`^${name}: takes 2( to 3)? argument\\(s\\), got 0$`)),
];

export default [
  {
    name: 'data_sort',
    platform: 'TypedArray#sort (numbers), Array#sort (strings)',
    jsPath: ({ kind }) => (kind === 'strings' ? 'Array#sort' : 'TypedArray#sort'),
    jsPure: (input) => sortJsPure(input),
    signature:
      '<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(array: T) => T',
    description:
      'A new sorted array of the same type (input untouched): numeric order of TypedArray.prototype.sort (-0 before +0, NaN last) for typed arrays and number[]; UTF-16 code-unit order for string[]',
    complexity: 'O(n·w) radix (w = element bytes) for numbers; O(n log n · L) for strings',
    validate: validateSort,
    js: (input) => sortJs(input),
    wasm: (instance, input) => sortWasm(instance, 'data_sort', input),
    sample: () => [new Float64Array([3, -0, 0, NaN, -1])],
    arbitrary: sortArbitrary,
    badInputs: sortBadInputs,
    largeInput: (bytes, k) => [k.randomFloats(bytes / 8, 17)],
    sweep: (k) => ({ scales: k.geometric(4, 1 << 20, 2), args: (n) => [k.randomFloats(n, 17)] }),
    // Typed arrays (radix vs TypedArray#sort), number[] (read into a Float64Array, answered
    // as number[]) and string[] (UTF-16 copy and a permutation vs Array#sort) cost
    // differently: each kind has its own thresholds.
    kinds: ['typed', 'numbers', 'strings'], // validateSort's kinds: TYPED, NUMBERS, STRINGS
    kindSweeps: {
      numbers: (k) => ({ scales: k.geometric(4, 1 << 20, 2), args: (n) => [Array.from(k.randomFloats(n, 17))] }),
      strings: (k) => ({ scales: k.geometric(4, 1 << 16, 2), args: (n) => [Array.from({ length: n }, (_, i) => k.randomText(8, i + 1))] }),
    },
  },
  {
    name: 'data_filter',
    signature: '<T extends unknown[] | NumericTypedArray>(array: T, predicate: (value: ElementOf<T>, index: number, array: T) => unknown) => T',
    description: `Elements for which predicate is truthy (${JS_ONLY})`,
    complexity: 'O(n)',
    validate(args) {
      arity('data_filter', args, 2);
      const array = toCallbackArray('data_filter', args[0]);
      return sized({ array, fn: toCallback('data_filter', 'predicate', args[1]) }, array.length);
    },
    js: ({ array, fn }) => dataFilter(array, fn),
    sample: () => [[1, 2, 3], (x) => x > 1],
    badInputs: () => callbackBadInputs('data_filter', 'predicate'),
    largeInput: (bytes, k) => [k.randomFloats(bytes / 8, 3), (x) => x > 0.5],
  },
  {
    name: 'data_map',
    signature: '<A extends readonly unknown[] | NumericTypedArray, U = ElementOf<A>>(array: A, fn: (value: ElementOf<A>, index: number) => U) => A extends readonly unknown[] ? U[] : A',
    description: `fn applied to every element; a typed array maps to the same type (${JS_ONLY})`,
    complexity: 'O(n)',
    validate(args) {
      arity('data_map', args, 2);
      const array = toCallbackArray('data_map', args[0]);
      return sized({ array, fn: toCallback('data_map', 'fn', args[1]) }, array.length);
    },
    js: ({ array, fn }) => dataMap(array, fn),
    sample: () => [[1, 2, 3], (x) => x * 2],
    badInputs: () => callbackBadInputs('data_map', 'fn'),
    largeInput: (bytes, k) => [k.randomFloats(bytes / 8, 3), (x) => x * 2],
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
      return sized({ array, fn, hasInitial, initial: args[2] }, array.length);
    },
    js: ({ array, fn, hasInitial, initial }) => dataReduce(array, fn, hasInitial, initial),
    sample: () => [[1, 2, 3], (a, b) => a + b, 0],
    badInputs: () => [
      ...callbackBadInputs('data_reduce', 'fn'),
      bad('empty array, no initial value', () => [[], (a, b) => a + b], /^data_reduce: 'array' is empty and no initial value was given$/),
    ],
    largeInput: (bytes, k) => [k.randomFloats(bytes / 8, 3), (a, x) => a + x, 0],
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
      return sized({ records, key }, records.length);
    },
    js: ({ records, key }) => dataGroupBy(records, key),
    sample: () => [[{ k: 'a' }, { k: 'b' }, { k: 'a' }], 'k'],
    badInputs: () => [
      bad('records null', () => [null, 'k'], /^data_group_by: 'records' must be an Array, got null$/),
      bad('a record that is not an object', () => [[{ k: 1 }, 2], 'k'], /^data_group_by: 'records' element 1 is number/),
      bad('key a number', () => [[{ k: 1 }], 3], /^data_group_by: 'key' must be a property name/),
    ],
    largeInput: (bytes) => [Array.from({ length: bytes / 64 }, (_, i) => ({ k: i % 7 })), 'k'],
  },
];
