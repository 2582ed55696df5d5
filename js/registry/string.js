// Registry rows for the string_ family (see js/registry/crypto.js for the row format).
//
// Every operation works by code point: a surrogate pair is one character, a lone
// surrogate is a character of its own and is kept as it is. Comparisons are exact (no
// case folding, no normalisation, nothing skipped). The WASM path passes the string as
// UTF-16 code units, so both backends see exactly the same characters.
import * as js from '../fallbacks/string.js';
import * as wasm from '../wasm/string.js';
import { arity, describe, fail, sized } from '../validate.js';
import { bad, op } from './bad-inputs.js';

function toText(operation, argument, value) {
  if (typeof value !== 'string') fail(operation, argument, `must be a string, got ${describe(value)}`);
  return value;
}

// ---- test facts (see js/registry/crypto.js for the fields after `sample`)
/**
 * Strings from a small alphabet (so runs, repeats and palindromes happen) mixed with full
 * UTF-16: astral characters, lone high and low surrogates, reversed pairs.
 */
function textArbitrary(fc, maxLength = 60) {
  const unit = fc.oneof(
    fc.constantFrom('a', 'b', 'c', '1', '2', '\u00e9', '\u{1F600}', '\u{10000}', '\uD800', '\uDC00', '\uDBFF', '\uDFFF'),
    fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  );
  return fc.array(unit, { maxLength }).map((a) => a.join(''));
}
const stringBadInputs = (name, extra = []) => [
  bad('null', () => [null, ...extra], op(name)),
  bad('undefined', () => [undefined, ...extra], op(name)),
  bad('a number', () => [12321, ...extra], op(name)),
  bad('an array of strings', () => [['a', 'b'], ...extra], op(name)),
  bad('an object', () => [{ toString: () => 'abc' }, ...extra], op(name)),
  bad('a Uint8Array', () => [new Uint8Array([97]), ...extra], op(name)),
];
const sweep = (args) => (k) => ({ scales: k.geometric(4, 1 << 20, 4), args: (n) => args(k, n) });

function unaryRow(name, signature, description, jsFn, wasmFn, { arbitrary, sweepArgs }) {
  return {
    name,
    signature,
    description,
    complexity: 'O(n)',
    validate(args) {
      arity(name, args, 1);
      const s = toText(name, 's', args[0]);
      return sized({ s }, s.length);
    },
    js: ({ s }) => jsFn(s),
    wasm: (instance, { s }) => wasmFn(instance, name, s),
    sample: () => ['abc\u{1F600}'],
    arbitrary,
    badInputs: () => [...stringBadInputs(name), bad('two arguments', () => ['abc', 'd'], op(name))],
    largeInput: (bytes, k) => [k.loremText(bytes)],
    sweep: sweep(sweepArgs),
  };
}

export default [
  unaryRow('string_reverse', '(s: string) => string',
    'reversed by code point (surrogate pairs kept together, lone surrogates kept)',
    js.stringReverse, wasm.stringReverse,
    { arbitrary: (fc) => fc.tuple(textArbitrary(fc)), sweepArgs: (k, n) => [k.randomText(n, 53)] }),
  unaryRow('string_is_palindrome', '(s: string) => boolean',
    'equal to its code-point reversal; exact (no case folding, nothing skipped)',
    js.stringIsPalindrome, wasm.stringIsPalindrome, {
      // Half the cases palindromes by construction (a text, a middle, its code-point reversal).
      arbitrary: (fc) => {
        const text = textArbitrary(fc, 30);
        const palindrome = fc.tuple(text, fc.oneof(fc.constant(''), text.map((s) => Array.from(s)[0] ?? ''))).map(([s, mid]) => s + mid + Array.from(s).reverse().join(''));
        return fc.tuple(fc.oneof(text, palindrome));
      },
      // A palindrome: the full scan, the worst case.
      sweepArgs: (k, n) => {
        const half = k.randomText(n >> 1, 31);
        return [half + (n & 1 ? 'x' : '') + [...half].reverse().join('')];
      },
    }),
  unaryRow('string_frequency', '(s: string) => Map<string, number>',
    'code point -> count, as a Map in order of first occurrence (a plain object would reorder digit keys)',
    js.stringFrequency, wasm.stringFrequency,
    { arbitrary: (fc) => fc.tuple(textArbitrary(fc)), sweepArgs: (k, n) => [k.randomText(n, 59)] }),
  {
    name: 'string_longest_substring',
    signature: '(s: string, chars: string) => number',
    description: 'length in code points of the longest run of s made only of code points in chars',
    complexity: 'O(n + m)',
    validate(args) {
      arity('string_longest_substring', args, 2);
      const s = toText('string_longest_substring', 's', args[0]);
      return sized({ s, chars: toText('string_longest_substring', 'chars', args[1]) }, s.length);
    },
    js: ({ s, chars }) => js.stringLongestSubstring(s, chars),
    wasm: (instance, { s, chars }) => wasm.stringLongestSubstring(instance, 'string_longest_substring', s, chars),
    sample: () => ['aabxaaa', 'ab'],
    arbitrary: (fc) => fc.tuple(textArbitrary(fc), textArbitrary(fc, 6)),
    badInputs: () => [
      ...stringBadInputs('string_longest_substring', ['abc']),
      bad('chars null', () => ['abc', null], op('string_longest_substring')),
      bad('chars a number', () => ['abc', 1], op('string_longest_substring')),
      bad('chars missing', () => ['abc'], op('string_longest_substring')),
    ],
    largeInput: (bytes, k) => [k.loremText(bytes), 'lorem ipsu'],
    sweep: sweep((k, n) => [k.randomText(n, 61, 'abc'), 'ab']),
  },
];
