// Registry rows for the search_ family (see js/registry/crypto.js for the row format).
import { searchBinary as binaryJs, searchContains as containsJs, searchContainsPath, searchLinear as linearJs } from '../fallbacks/search.js';
import { searchBinary as binaryWasm, searchContains as containsWasm, searchLinear as linearWasm } from '../wasm/search.js';
import { arity, describe, fail, toBytes } from '../validate.js';
import { toNumericArray } from './data.js';

function toTarget(operation, value) {
  if (typeof value !== 'number') fail(operation, 'target', `must be a number, got ${describe(value)}`);
  return value;
}

const ARRAY_TYPE =
  'number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array';

function numericSearchRow(name, { description, complexity, js, wasm }) {
  return {
    name,
    signature: `(array: ${ARRAY_TYPE}, target: number) => number`,
    description,
    complexity,
    validate(args) {
      arity(name, args, 2);
      return { array: toNumericArray(name, 'array', args[0]), target: toTarget(name, args[1]) };
    },
    size: ({ array }) => array.length,
    js: ({ array, target }) => js(array, target),
    wasm: (instance, { array, target }) => wasm(instance, name, array, target),
    sample: () => [new Float64Array([1, 2, 3, 5, 8]), 5],
  };
}

export default [
  numericSearchRow('search_binary', {
    description:
      'Index of target in an ascending array, the first one among duplicates (lower bound), else -1; NaN is never found; -0 equals +0. Unsorted input: unspecified index or -1 (never an index holding another value), the same on both backends',
    complexity: 'O(log n) on typed arrays (plain Arrays are checked at O(n); the WASM path copies the array: O(n))',
    js: binaryJs,
    wasm: binaryWasm,
  }),
  numericSearchRow('search_linear', {
    description: 'First index i with array[i] === target, else -1 (as indexOf: NaN is never found, -0 equals +0)',
    complexity: 'O(n)',
    js: linearJs,
    wasm: linearWasm,
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
      if (typeof text === 'string' && typeof pattern === 'string') return { text, pattern, strings: true };
      return { text: toBytes(name, 'text', text), pattern: toBytes(name, 'pattern', pattern), strings: false };
    },
    size: ({ text }) => text.length,
    js: (input) => containsJs(input),
    jsPath: searchContainsPath,
    wasm: (instance, input) => containsWasm(instance, 'search_contains', input),
    sample: () => ['the quick brown fox', 'brown'],
  },
];
