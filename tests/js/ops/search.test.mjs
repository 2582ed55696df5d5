// search_ family: the documented semantics (lower bound, ===, includes) checked on every
// backend at once (agreed()) against references, on the rows' own random inputs and on
// edge cases. Random-input parity: tests/js/parity.test.mjs; bad inputs: the rows'
// badInputs (tests/js/errors.test.mjs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations } from '../../../js/registry/index.js';
import { agreed, useBackends } from '../backends.mjs';

const selectors = useBackends();
const agree = (name, ...args) => agreed(selectors, name, ...args);
/** The row's own random argument lists (js/registry/search.js). */
const argumentsOf = (name) => operations.get(name).arbitrary(fc);
const runs = { numRuns: 100 };

const numbers = fc.oneof(fc.integer({ min: -300, max: 300 }), fc.double(), fc.constantFrom(-0, 0, NaN, Infinity, -Infinity));
const sortedArray = argumentsOf('search_binary').map(([array]) => (Array.isArray(array) ? Array.from(Float64Array.from(array).sort()) : array.slice().sort()));

describe('search_binary', () => {
  it('on sorted and unsorted inputs, every hit is right', () => {
    fc.assert(
      fc.property(argumentsOf('search_binary'), ([array, target]) => {
        const a = agree('search_binary', array, target);
        if (a >= 0) expect(array[a] === target).toBe(true);
      }),
      runs,
    );
  });

  it('sorted input: the first index among duplicates (lower bound), -1 when absent', () => {
    fc.assert(
      fc.property(sortedArray, numbers, (array, target) => {
        const first = Array.prototype.findIndex.call(array, (x) => x === target);
        expect(agree('search_binary', array, target)).toBe(first);
      }),
      runs,
    );
  });

  it('NaN is never found; -0 finds +0', () => {
    expect(agree('search_binary', new Float64Array([1, NaN]), NaN)).toBe(-1);
    expect(agree('search_binary', [-1, 0, 2], -0)).toBe(1);
  });
});

describe('search_linear', () => {
  it('indexOf semantics', () => {
    fc.assert(
      fc.property(argumentsOf('search_linear'), ([array, target]) => {
        expect(agree('search_linear', array, target)).toBe(Array.prototype.indexOf.call(array, target));
      }),
      runs,
    );
  });
});

describe('search_contains', () => {
  // Small alphabets make near-misses and hits common; lone surrogates exercise the
  // UTF-16 path, astral characters the UTF-8 one.
  const unit = fc.constantFrom('a', 'b', 'é', '\u{1F600}', '\uD83D', '\uDE00', '\uFFFD');
  const text = fc.array(unit, { maxLength: 120 }).map((u) => u.join(''));
  const bytes = fc.uint8Array({ maxLength: 200, max: 3 });

  it('strings: String.prototype.includes', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.boolean(), (t, p, at, cut) => {
        const pattern = cut && t.length ? t.slice(at % t.length, (at % t.length) + (p.length % 20)) : p.slice(0, 12);
        expect(agree('search_contains', t, pattern)).toBe(t.includes(pattern));
      }),
      runs,
    );
  });

  it('bytes: Buffer.indexOf, sizes around the 16-byte SIMD width', () => {
    fc.assert(
      fc.property(bytes, bytes, fc.nat(), fc.boolean(), (t, p, at, cut) => {
        const pattern = cut && t.length ? t.slice(at % t.length, (at % t.length) + (p.length % 40)) : p.slice(0, 20);
        expect(agree('search_contains', t, pattern)).toBe(Buffer.from(t).indexOf(Buffer.from(pattern)) >= 0);
      }),
      runs,
    );
  });

  it('a string with bytes compares UTF-8 bytes; a large text is searched', () => {
    expect(agree('search_contains', new TextEncoder().encode('naïve'), 'ï')).toBe(true);
    const big = 'ab'.repeat(1 << 20) + 'needle' + 'ab'.repeat(10);
    expect(agree('search_contains', big, 'needle')).toBe(true);
    expect(agree('search_contains', big, 'needles')).toBe(false);
  });
});
