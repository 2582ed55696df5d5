// search_ family: parity between the forced backends on random inputs, documented
// semantics (lower bound, ===, includes), and identical errors.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError } from 'multilingual-wasm';

let wasm;
let baseline;
let js;
beforeAll(async () => {
  wasm = await BackendSelector.create({ preferBackend: 'wasm' });
  baseline = await BackendSelector.create({ preferBackend: 'wasm', simd: false });
  js = await BackendSelector.create({ preferBackend: 'js' });
});

function both(name, ...args) {
  const a = wasm.callFunction(name, ...args);
  expect(wasm.lastCallReport().backend).toBe('wasm');
  const b = js.callFunction(name, ...args);
  expect(js.lastCallReport().backend).toBe('js');
  expect(baseline.callFunction(name, ...args)).toBe(a); // the non-SIMD build agrees
  return [a, b];
}

const TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
const numbers = fc.oneof(fc.integer({ min: -300, max: 300 }), fc.double(), fc.constantFrom(-0, 0, NaN, Infinity, -Infinity));
const numericArray = fc.oneof(
  fc.array(numbers, { maxLength: 80 }),
  fc.tuple(fc.constantFrom(...TYPES), fc.array(numbers, { maxLength: 80 })).map(([T, xs]) => T.from(xs)),
);
const sortedArray = numericArray.map((a) => (Array.isArray(a) ? Array.from(Float64Array.from(a).sort()) : a.slice().sort()));

describe('search_binary', () => {
  it('parity on sorted and unsorted inputs, and every hit is right (300 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(sortedArray, numericArray), fc.oneof(numbers, fc.nat(80)), (array, t) => {
        const target = typeof t === 'number' && Number.isInteger(t) && t >= 0 && t < array.length ? array[t] : t;
        const [a, b] = both('search_binary', array, target);
        expect(a).toBe(b);
        if (a >= 0) expect(array[a] === target).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('sorted input: the first index among duplicates (lower bound), -1 when absent', () => {
    fc.assert(
      fc.property(sortedArray, numbers, (array, target) => {
        const [a] = both('search_binary', array, target);
        const first = Array.prototype.findIndex.call(array, (x) => x === target);
        expect(a).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('NaN is never found; -0 finds +0', () => {
    expect(both('search_binary', new Float64Array([1, NaN]), NaN)).toEqual([-1, -1]);
    expect(both('search_binary', [-1, 0, 2], -0)).toEqual([1, 1]);
  });
});

describe('search_linear', () => {
  it('parity and indexOf semantics (300 cases)', () => {
    fc.assert(
      fc.property(numericArray, fc.oneof(numbers, fc.nat(80)), (array, t) => {
        const target = typeof t === 'number' && Number.isInteger(t) && t >= 0 && t < array.length ? array[t] : t;
        const [a, b] = both('search_linear', array, target);
        expect(a).toBe(b);
        expect(a).toBe(Array.prototype.indexOf.call(array, target));
      }),
      { numRuns: 300 },
    );
  });
});

describe('search_contains', () => {
  // Small alphabets make near-misses and hits common; lone surrogates exercise the
  // UTF-16 path, astral characters the UTF-8 one.
  const unit = fc.constantFrom('a', 'b', 'é', '\u{1F600}', '\uD83D', '\uDE00', '\uFFFD');
  const text = fc.array(unit, { maxLength: 120 }).map((u) => u.join(''));
  const bytes = fc.uint8Array({ maxLength: 200, max: 3 });

  it('strings: parity with String.prototype.includes (300 cases)', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.boolean(), (t, p, at, cut) => {
        const pattern = cut && t.length ? t.slice(at % t.length, (at % t.length) + (p.length % 20)) : p.slice(0, 12);
        const [a, b] = both('search_contains', t, pattern);
        expect(a).toBe(b);
        expect(a).toBe(t.includes(pattern));
      }),
      { numRuns: 300 },
    );
  });

  it('bytes: parity with Buffer.indexOf, sizes around the 16-byte SIMD width (300 cases)', () => {
    fc.assert(
      fc.property(bytes, bytes, fc.nat(), fc.boolean(), (t, p, at, cut) => {
        const pattern = cut && t.length ? t.slice(at % t.length, (at % t.length) + (p.length % 40)) : p.slice(0, 20);
        const [a, b] = both('search_contains', t, pattern);
        expect(a).toBe(b);
        expect(a).toBe(Buffer.from(t).indexOf(Buffer.from(pattern)) >= 0);
      }),
      { numRuns: 300 },
    );
  });

  it('a string with bytes compares UTF-8 bytes; a large text is searched', () => {
    expect(both('search_contains', new TextEncoder().encode('naïve'), 'ï')).toEqual([true, true]);
    const big = 'ab'.repeat(1 << 20) + 'needle' + 'ab'.repeat(10);
    expect(both('search_contains', big, 'needle')).toEqual([true, true]);
    expect(both('search_contains', big, 'needles')).toEqual([false, false]);
  });
});

describe('search_ errors are the same from both backends', () => {
  const cases = [
    ['search_binary', ['nope', 1]],
    ['search_binary', [[1, '2'], 1]],
    ['search_binary', [[1, , 3], 1]], // eslint-disable-line no-sparse-arrays
    ['search_binary', [new BigInt64Array(2), 1]],
    ['search_binary', [[1, 2], '1']],
    ['search_binary', [[1, 2]]],
    ['search_linear', [null, 1]],
    ['search_linear', [[1], 1n]],
    ['search_contains', ['abc', 5]],
    ['search_contains', [{}, 'a']],
    ['search_contains', ['abc']],
  ];
  it.each(cases)('%s %#', (name, args) => {
    const messages = [wasm, js].map((s) => {
      try {
        s.callFunction(name, ...args);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        return error.message;
      }
      throw new Error('no error');
    });
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).toMatch(new RegExp(`^${name}: `));
  });
});
