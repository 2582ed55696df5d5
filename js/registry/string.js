// Registry rows for the string_ family (see js/registry/crypto.js for the row format).
//
// Every operation works by code point: a surrogate pair is one character, a lone
// surrogate is a character of its own and is kept as it is. Comparisons are exact (no
// case folding, no normalisation, nothing skipped). The WASM path passes the string as
// UTF-16 code units, so both backends see exactly the same characters.
import * as js from '../fallbacks/string.js';
import * as wasm from '../wasm/string.js';
import { arity, describe, fail } from '../validate.js';

function toText(operation, argument, value) {
  if (typeof value !== 'string') fail(operation, argument, `must be a string, got ${describe(value)}`);
  return value;
}

function unaryRow(name, signature, description, jsFn, wasmFn) {
  return {
    name,
    signature,
    description,
    complexity: 'O(n)',
    validate(args) {
      arity(name, args, 1);
      return { s: toText(name, 's', args[0]) };
    },
    size: ({ s }) => s.length,
    js: ({ s }) => jsFn(s),
    wasm: (instance, { s }) => wasmFn(instance, name, s),
    sample: () => ['abc\u{1F600}'],
  };
}

export default [
  unaryRow('string_reverse', '(s: string) => string',
    'reversed by code point (surrogate pairs kept together, lone surrogates kept)',
    js.stringReverse, wasm.stringReverse),
  unaryRow('string_is_palindrome', '(s: string) => boolean',
    'equal to its code-point reversal; exact (no case folding, nothing skipped)',
    js.stringIsPalindrome, wasm.stringIsPalindrome),
  unaryRow('string_frequency', '(s: string) => Map<string, number>',
    'code point -> count, as a Map in order of first occurrence (a plain object would reorder digit keys)',
    js.stringFrequency, wasm.stringFrequency),
  {
    name: 'string_longest_substring',
    signature: '(s: string, chars: string) => number',
    description: 'length in code points of the longest run of s made only of code points in chars',
    complexity: 'O(n + m)',
    validate(args) {
      arity('string_longest_substring', args, 2);
      return {
        s: toText('string_longest_substring', 's', args[0]),
        chars: toText('string_longest_substring', 'chars', args[1]),
      };
    },
    size: ({ s }) => s.length,
    js: ({ s, chars }) => js.stringLongestSubstring(s, chars),
    wasm: (instance, { s, chars }) => wasm.stringLongestSubstring(instance, 'string_longest_substring', s, chars),
    sample: () => ['aabxaaa', 'ab'],
  },
];
