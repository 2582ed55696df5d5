// string_ family: what is specific to these operations — documented cases with surrogate
// pairs and lone surrogates, each result against a reference on the row's own random
// strings, on every backend at once (agreed()) — and very large strings. Random-input
// parity: tests/js/parity.test.mjs; bad inputs: the rows' badInputs (errors.test.mjs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackendSelector, WasmMemoryError } from 'multilingual-wasm';
import { operations } from '../../../js/registry/index.js';
import { agreed, useBackends } from '../backends.mjs';

const selectors = useBackends();
const agree = (op, ...args) => agreed(selectors, op, ...args);
/** The row's own random argument lists (js/registry/string.js). */
const argumentsOf = (name) => operations.get(name).arbitrary(fc);
// Each case runs on four backends: fewer cases than a single-backend property needs.
const runs = { numRuns: 80 };

const codePoints = (s) => Array.from(s);

describe('string_reverse', () => {
  it('documented cases', () => {
    expect(agree('string_reverse', '')).toBe('');
    expect(agree('string_reverse', 'a\u{1F600}b')).toBe('b\u{1F600}a');
    expect(agree('string_reverse', 'x\uD800')).toBe('\uD800x');
    expect(agree('string_reverse', '\uDC00\uD800')).toBe('\uD800\uDC00');
  });
  it('equals Array.from(s).reverse().join("")', () => {
    fc.assert(
      fc.property(argumentsOf('string_reverse'), ([s]) => {
        expect(agree('string_reverse', s)).toBe(codePoints(s).reverse().join(''));
      }),
      runs,
    );
  });
});

describe('string_is_palindrome', () => {
  it('documented cases: exact, by code point', () => {
    expect(agree('string_is_palindrome', '')).toBe(true);
    expect(agree('string_is_palindrome', 'Aa')).toBe(false);
    expect(agree('string_is_palindrome', 'a b a')).toBe(true);
    expect(agree('string_is_palindrome', 'ab, a')).toBe(false);
    expect(agree('string_is_palindrome', '\u{1F600}x\u{1F600}')).toBe(true);
    expect(agree('string_is_palindrome', '\uD800\uDC00\uDC00\uD800')).toBe(false);
  });
  it('equals comparing with the code-point reversal, on random strings and built palindromes', () => {
    fc.assert(
      fc.property(argumentsOf('string_is_palindrome'), ([s]) => {
        expect(agree('string_is_palindrome', s)).toBe(codePoints(s).reverse().join('') === s);
      }),
      runs,
    );
  });
});

describe('string_frequency', () => {
  it('a Map in order of first occurrence, digits included', () => {
    expect([...agree('string_frequency', 'b2a1\u{1F600}2\uDC00')]).toEqual([
      ['b', 1], ['2', 2], ['a', 1], ['1', 1], ['\u{1F600}', 1], ['\uDC00', 1],
    ]);
  });
  it('counts sum to the number of code points; keys in order of first occurrence', () => {
    fc.assert(
      fc.property(argumentsOf('string_frequency'), ([s]) => {
        const m = agree('string_frequency', s);
        let total = 0;
        for (const c of m.values()) total += c;
        expect(total).toBe(codePoints(s).length);
        expect([...m.keys()]).toEqual([...new Set(codePoints(s))]);
      }),
      runs,
    );
  });
});

describe('string_longest_substring', () => {
  it('documented cases', () => {
    expect(agree('string_longest_substring', 'aabxaaab', 'ab')).toBe(4);
    expect(agree('string_longest_substring', 'abc', '')).toBe(0);
    expect(agree('string_longest_substring', '\u{1F600}\u{1F600}a', '\u{1F600}')).toBe(2);
    expect(agree('string_longest_substring', '\uD83Da', '\u{1F600}')).toBe(0);
  });
  it('agrees with a reference', () => {
    fc.assert(
      fc.property(argumentsOf('string_longest_substring'), ([s, chars]) => {
        const set = new Set(codePoints(chars));
        let best = 0;
        let run = 0;
        for (const c of codePoints(s)) best = Math.max(best, (run = set.has(c) ? run + 1 : 0));
        expect(agree('string_longest_substring', s, chars)).toBe(best);
      }),
      runs,
    );
  });
});

describe('very large strings', () => {
  const wasm = () => selectors.simd;

  it('a 100 MB string does not crash: an answer or WasmMemoryError, and the instance stays usable', () => {
    const big = 'ab'.repeat(50 * 1024 * 1024);
    const before = wasm().status().memory.bytes;
    let answer;
    try {
      answer = wasm().callFunction('string_longest_substring', big, 'ab');
    } catch (e) {
      expect(e).toBeInstanceOf(WasmMemoryError);
    }
    if (answer !== undefined) expect(answer).toBe(big.length);
    expect(wasm().status().memory.bytes).toBe(before);
    expect(agree('string_is_palindrome', 'aba')).toBe(true);
  });

  it('a heap limit too small for the string gives WasmMemoryError, then works again', async () => {
    const small = await BackendSelector.create({ preferBackend: 'wasm', memoryPages: 256, maxMemoryPages: 512 });
    expect(() => small.callFunction('string_reverse', 'x'.repeat(20 * 1024 * 1024))).toThrow(WasmMemoryError);
    expect(small.callFunction('string_reverse', 'abc')).toBe('cba');
    small.dispose();
  });
});
