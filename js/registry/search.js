// Registry rows for the search_ family (see js/registry/crypto.js for the row format).
import {
  searchBinary as binaryJs, searchContains as containsJs, searchContainsJs, searchContainsPath, searchLinear as linearJs, searchLinearJs,
} from '../fallbacks/search.js';
import { searchBinary as binaryWasm, searchContains as containsWasm, searchLinear as linearWasm } from '../wasm/search.js';
import { arity, bytesLength, describe, fail, sized, toBytes } from '../validate.js';
import { lengthOf } from '../boundary.js';
import { toNumericArray } from './data.js';
import { bad } from './bad-inputs.js';

// Test facts (see js/registry/crypto.js for the fields after `sample`).
const NUMERIC_TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
/** [array, target]: plain or typed, sorted or not, with ±0, NaN, ±Infinity, and targets likely present. */
function searchArbitrary(fc, sorted) {
  const numbers = fc.oneof(fc.integer({ min: -300, max: 300 }), fc.double(), fc.constantFrom(-0, 0, NaN, Infinity, -Infinity));
  let array = fc.oneof(
    fc.array(numbers, { maxLength: 80 }),
    fc.tuple(fc.constantFrom(...NUMERIC_TYPES), fc.array(numbers, { maxLength: 80 })).map(([T, xs]) => T.from(xs)),
  );
  if (sorted) array = fc.oneof(array, array.map((a) => (Array.isArray(a) ? Array.from(Float64Array.from(a).sort()) : a.slice().sort())));
  return fc.tuple(array, fc.oneof(numbers, fc.nat(80))).map(([a, t]) => [a, typeof t === 'number' && Number.isInteger(t) && t >= 0 && t < a.length ? a[t] : t]);
}

function numericSearchBadInputs(name) {
  const arr = (got) => new RegExp(`^${name}: 'array' must be a numeric typed array or an Array of numbers, got ${got}$`);
  const target = (got) => new RegExp(`^${name}: 'target' must be a number, got ${got}$`);
  return [
    bad('array null', () => [null, 1], arr('null')),
    bad('array a string', () => ['123', 1], arr('string')),
    bad('array a BigInt64Array', () => [new BigInt64Array(2), 1], arr('BigInt64Array')),
    bad('array a DataView', () => [new DataView(new ArrayBuffer(8)), 1], arr('DataView')),
    bad('array with a string element', () => [[1, '2', 3], 2], new RegExp(`^${name}: 'array' element 1 is string; expected only numbers$`)),
    bad('array with a hole', () => [[1, , 3], 3], new RegExp(`^${name}: 'array' has a hole at index 1`)), // eslint-disable-line no-sparse-arrays
    bad('target a string', () => [[1, 2, 3], '2'], target('string')),
    bad('target null', () => [[1, 2, 3], null], target('null')),
    bad('target a BigInt', () => [new Int32Array([1, 2]), 2n], target('bigint')),
    bad('target missing', () => [[1, 2, 3]], new RegExp(`^${name}: takes 2 argument\\(s\\), got 1$`)),
  ];
}

const containsMsg = (arg, got) => new RegExp(`^search_contains: '${arg}' must be a Uint8Array or a string, got ${got}$`);

// search_contains' input kinds (indices into its `kinds`).
const BYTES = 0;
const STRINGS = 1;

function toTarget(operation, value) {
  if (typeof value !== 'number') fail(operation, 'target', `must be a number, got ${describe(value)}`);
  return value;
}

const ARRAY_TYPE =
  'number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array';

function numericSearchRow(name, { description, complexity, js, jsPure, wasm, sorted, largeInput, sweep, platform = null }) {
  return {
    name,
    signature: `(array: ${ARRAY_TYPE}, target: number) => number`,
    description,
    complexity,
    validate(args) {
      arity(name, args, 2);
      const array = toNumericArray(name, 'array', args[0]);
      return sized({ array, target: toTarget(name, args[1]) }, lengthOf(array));
    },
    js: ({ array, target }) => js(array, target),
    jsPath: platform === null ? undefined : () => platform,
    platform,
    jsPure: jsPure && (({ array, target }) => jsPure(array, target)),
    wasm: (instance, { array, target }) => wasm(instance, name, array, target),
    sample: () => [new Float64Array([1, 2, 3, 5, 8]), 5],
    arbitrary: (fc) => searchArbitrary(fc, sorted),
    badInputs: () => numericSearchBadInputs(name),
    largeInput,
    sweep,
  };
}

export default [
  numericSearchRow('search_binary', {
    description:
      'Index of target in an ascending array, the first one among duplicates (lower bound), else -1; NaN is never found; -0 equals +0. Unsorted input: unspecified index or -1 (never an index holding another value), the same on both backends',
    complexity: 'O(log n) on typed arrays (plain Arrays are checked at O(n); the WASM path copies the array: O(n))',
    js: binaryJs,
    wasm: binaryWasm,
    sorted: true,
    largeInput: (bytes) => [new Float64Array(bytes / 8).map((_, i) => i), bytes / 16],
    sweep: (k) => ({ scales: k.geometric(4, 1 << 20, 2), args: (n) => [k.randomFloats(n, 19).sort(), 0.5] }),
  }),
  numericSearchRow('search_linear', {
    platform: 'TypedArray#indexOf',
    description: 'First index i with array[i] === target, else -1 (as indexOf: NaN is never found, -0 equals +0)',
    complexity: 'O(n)',
    js: linearJs,
    jsPure: searchLinearJs,
    wasm: linearWasm,
    sorted: false,
    largeInput: (bytes, k) => [k.randomFloats(bytes / 8, 19), 12345.5],
    sweep: (k) => ({ scales: k.geometric(4, 1 << 20, 2), args: (n) => [k.randomFloats(n, 19), 2] }),
  }),
  {
    name: 'search_contains',
    signature: '(text: string | Uint8Array, pattern: string | Uint8Array) => boolean',
    description:
      'Whether pattern occurs in text: two strings compare as text.includes(pattern) (UTF-16 code units); otherwise both are taken as bytes (strings as UTF-8). An empty pattern is always found',
    complexity: 'O(n/m) typical, O(n·m) worst (Horspool; SIMD first/last-byte filter in the simd build)',
    validate(args) {
      const name = 'search_contains';
      arity(name, args, 2);
      const [text, pattern] = args;
      if (typeof text === 'string' && typeof pattern === 'string') return sized({ text, pattern, strings: true, n: 0 }, text.length, STRINGS);
      const bytes = toBytes(name, 'text', text);
      const n = bytesLength();
      return sized({ text: bytes, pattern: toBytes(name, 'pattern', pattern), strings: false, n }, n, BYTES);
    },
    js: (input) => containsJs(input),
    jsPath: searchContainsPath,
    jsPure: (input) => searchContainsJs(input),
    platform: 'String#includes for two strings; bytes: Buffer#indexOf from 512 bytes of text in Node and Bun, the package\'s JS below that, in Deno and in browsers',
    wasm: (instance, input) => containsWasm(instance, 'search_contains', input),
    sample: () => ['the quick brown fox', 'brown'],
    // Small alphabets, so patterns are often found; strings, bytes and a mix of both.
    arbitrary: (fc) => {
      const text = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', '\u00e9', '\u{1F600}', '\uD800'), maxLength: 60 }), fc.string({ maxLength: 40 }));
      const bytes = fc.uint8Array({ min: 97, max: 99, maxLength: 200 });
      return fc.oneof(fc.tuple(text, text.map((s) => s.slice(0, 4))), fc.tuple(fc.oneof(bytes, text), fc.oneof(bytes.map((b) => b.subarray(0, 3)), text)));
    },
    badInputs: (k) => [
      bad('text null', () => [null, 'a'], containsMsg('text', 'null')),
      bad('text a number', () => [12, 'a'], containsMsg('text', 'number')),
      bad('text a plain array', () => [[104, 105], 'h'], containsMsg('text', 'Array')),
      bad('pattern undefined', () => ['abc', undefined], containsMsg('pattern', 'undefined')),
      bad('pattern an object', () => ['abc', {}], containsMsg('pattern', 'Object')),
      bad('pattern a Float64Array', () => [new Uint8Array(4), new Float64Array(1)], containsMsg('pattern', 'Float64Array')),
      bad('one argument', () => ['abc'], /^search_contains: takes 2 argument\(s\), got 1$/),
      bad('100 MB text, pattern null', () => [k.big(), null], containsMsg('pattern', 'null'), undefined, { huge: true }),
    ],
    largeInput: (bytes, k) => [k.randomBytes(bytes, 23), new Uint8Array([1, 2, 3, 4, 5])],
    sweep: (k) => ({ scales: k.geometric(16, 4 << 20, 2), args: (n) => [k.randomBytes(n, 23), 'not-in-the-text'] }),
    // Two strings are searched by String#includes on JS, bytes by Buffer#indexOf or
    // Horspool: the crossovers differ, so each kind has its own thresholds.
    kinds: ['bytes', 'strings'], // validate's kinds: BYTES, STRINGS
    kindSweeps: {
      strings: (k) => ({ scales: k.geometric(16, 4 << 20, 2), args: (n) => [k.randomText(n, 29), 'not in the text'] }),
    },
  },
];
