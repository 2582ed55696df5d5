// string_ family: parity on random strings that include surrogate pairs and lone
// surrogates, documented semantics, errors, and very large strings.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError, WasmMemoryError } from 'multilingual-wasm';

let wasm;
let js;
beforeAll(async () => {
  wasm = await BackendSelector.create({ preferBackend: 'wasm' });
  js = await BackendSelector.create({ preferBackend: 'js' });
});

const plain = (v) => (v instanceof Map ? [...v] : v);

function both(op, ...args) {
  const w = wasm.callFunction(op, ...args);
  expect(wasm.lastCallReport().backend).toBe('wasm');
  const j = js.callFunction(op, ...args);
  expect(js.lastCallReport().backend).toBe('js');
  expect(plain(w)).toEqual(plain(j));
  return w;
}

// Strings from a small alphabet (so runs and repeats happen) mixed with full UTF-16:
// astral characters, lone high and low surrogates, and reversed pairs.
const unit = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '1', '2', 'é', '\u{1F600}', '\u{10000}', '\uD800', '\uDC00', '\uDBFF', '\uDFFF'),
  fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
const text = fc.array(unit, { maxLength: 60 }).map((a) => a.join(''));
const runs = { numRuns: 250 };

const codePoints = (s) => Array.from(s);

describe('string_reverse', () => {
  it('documented cases', () => {
    expect(both('string_reverse', '')).toBe('');
    expect(both('string_reverse', 'a\u{1F600}b')).toBe('b\u{1F600}a');
    expect(both('string_reverse', 'x\uD800')).toBe('\uD800x');
    expect(both('string_reverse', '\uDC00\uD800')).toBe('\uD800\uDC00');
  });
  it('parity; equals Array.from(s).reverse().join("")', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(both('string_reverse', s)).toBe(codePoints(s).reverse().join(''));
      }),
      runs,
    );
  });
});

describe('string_is_palindrome', () => {
  it('documented cases: exact, by code point', () => {
    expect(both('string_is_palindrome', '')).toBe(true);
    expect(both('string_is_palindrome', 'Aa')).toBe(false);
    expect(both('string_is_palindrome', 'a b a')).toBe(true);
    expect(both('string_is_palindrome', 'ab, a')).toBe(false);
    expect(both('string_is_palindrome', '\u{1F600}x\u{1F600}')).toBe(true);
    expect(both('string_is_palindrome', '\uD800\uDC00\uDC00\uD800')).toBe(false);
  });
  it('parity on random strings and on built palindromes', () => {
    const pal = fc.tuple(text, fc.option(unit)).map(([s, mid]) => s + (mid ?? '') + codePoints(s).reverse().join(''));
    fc.assert(
      fc.property(fc.oneof(text, pal), (s) => {
        expect(both('string_is_palindrome', s)).toBe(codePoints(s).reverse().join('') === s);
      }),
      runs,
    );
  });
});

describe('string_frequency', () => {
  it('a Map in order of first occurrence, digits included', () => {
    expect([...both('string_frequency', 'b2a1\u{1F600}2\uDC00')]).toEqual([
      ['b', 1], ['2', 2], ['a', 1], ['1', 1], ['\u{1F600}', 1], ['\uDC00', 1],
    ]);
  });
  it('parity; counts sum to the number of code points', () => {
    fc.assert(
      fc.property(text, (s) => {
        const m = both('string_frequency', s);
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
    expect(both('string_longest_substring', 'aabxaaab', 'ab')).toBe(4);
    expect(both('string_longest_substring', 'abc', '')).toBe(0);
    expect(both('string_longest_substring', '\u{1F600}\u{1F600}a', '\u{1F600}')).toBe(2);
    expect(both('string_longest_substring', '\uD83Da', '\u{1F600}')).toBe(0);
  });
  it('parity with a reference', () => {
    fc.assert(
      fc.property(text, text, (s, chars) => {
        const set = new Set(codePoints(chars));
        let best = 0;
        let run = 0;
        for (const c of codePoints(s)) best = Math.max(best, (run = set.has(c) ? run + 1 : 0));
        expect(both('string_longest_substring', s, chars)).toBe(best);
      }),
      runs,
    );
  });
});

describe('string errors and size', () => {
  const bad = [
    ['string_reverse', [5]],
    ['string_reverse', [null]],
    ['string_reverse', []],
    ['string_is_palindrome', [['a']]],
    ['string_frequency', [new Uint16Array(2)]],
    ['string_longest_substring', ['abc']],
    ['string_longest_substring', ['abc', 1]],
  ];
  it.each(bad)('%s %o', (op, args) => {
    const errs = [wasm, js].map((s) => {
      try {
        s.callFunction(op, ...args);
      } catch (e) {
        return e;
      }
      return null;
    });
    for (const e of errs) expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(errs[0].message).toBe(errs[1].message);
    expect(both('string_reverse', 'ab')).toBe('ba');
  });

  it('does not leak heap', () => {
    both('string_frequency', 'warm');
    const before = wasm.status().memory.bytes;
    for (let i = 0; i < 300; i++) {
      const s = 'ab\u{1F600}\uD800'.repeat(i);
      wasm.callFunction('string_reverse', s);
      wasm.callFunction('string_is_palindrome', s);
      wasm.callFunction('string_frequency', s);
      wasm.callFunction('string_longest_substring', s, 'b\u{1F600}');
    }
    expect(wasm.status().memory.bytes).toBe(before);
  });

  it('a 100 MB string does not crash: an answer or WasmMemoryError, and the instance stays usable', () => {
    const big = 'ab'.repeat(50 * 1024 * 1024);
    const before = wasm.status().memory.bytes;
    let answer;
    try {
      answer = wasm.callFunction('string_longest_substring', big, 'ab');
    } catch (e) {
      expect(e).toBeInstanceOf(WasmMemoryError);
    }
    if (answer !== undefined) expect(answer).toBe(big.length);
    expect(wasm.status().memory.bytes).toBe(before);
    expect(both('string_is_palindrome', 'aba')).toBe(true);
  });

  it('a heap limit too small for the string gives WasmMemoryError, then works again', async () => {
    const small = await BackendSelector.create({ preferBackend: 'wasm', memoryPages: 256, maxMemoryPages: 512 });
    expect(() => small.callFunction('string_reverse', 'x'.repeat(20 * 1024 * 1024))).toThrow(WasmMemoryError);
    expect(small.callFunction('string_reverse', 'abc')).toBe('cba');
  });
});
