// numeric_ family: parity between the forced backends on random valid inputs, known
// values, and the error cases (same class, same message from both backends).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError } from 'multilingual-wasm';

let wasm;
let js;
beforeAll(async () => {
  wasm = await BackendSelector.create({ preferBackend: 'wasm' });
  js = await BackendSelector.create({ preferBackend: 'js' });
});

function both(op, ...args) {
  const w = wasm.callFunction(op, ...args);
  expect(wasm.lastCallReport().backend).toBe('wasm');
  const j = js.callFunction(op, ...args);
  expect(js.lastCallReport().backend).toBe('js');
  expect(w).toEqual(j);
  return w;
}

function errorOf(selector, op, args) {
  try {
    selector.callFunction(op, ...args);
  } catch (e) {
    return e;
  }
  return null;
}

const runs = { numRuns: 200 };

describe('numeric_fibonacci', () => {
  it('known values and the Number/BigInt boundary', () => {
    expect(both('numeric_fibonacci', 0)).toBe(0);
    expect(both('fibonacci', 1)).toBe(1);
    expect(both('numeric_fibonacci', 78)).toBe(8944394323791464);
    expect(both('numeric_fibonacci', 79)).toBe(14472334024676221n);
    const f1000 = both('numeric_fibonacci', 1000).toString();
    expect(f1000).toHaveLength(209);
    expect(f1000.endsWith('849228875')).toBe(true);
    expect(typeof both('numeric_fibonacci', 20000)).toBe('bigint');
  });
  it('parity, and F(n+1) = F(n) + F(n-1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19999 }), (n) => {
        const a = BigInt(both('numeric_fibonacci', n - 1));
        const b = BigInt(both('numeric_fibonacci', n));
        expect(BigInt(wasm.callFunction('numeric_fibonacci', n + 1))).toBe(a + b);
      }),
      runs,
    );
  });
});

describe('numeric_fibonacci_recursive', () => {
  it('agrees with the exact version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 22 }), (n) => {
        expect(both('numeric_fibonacci_recursive', n)).toBe(wasm.callFunction('numeric_fibonacci', n));
      }),
      runs,
    );
    expect(both('fibonacci_recursive', 30)).toBe(832040);
  });
});

describe('numeric_factorial', () => {
  it('known values and the Number/BigInt boundary', () => {
    expect(both('numeric_factorial', 0)).toBe(1);
    expect(both('numeric_factorial', 18)).toBe(6402373705728000);
    expect(both('numeric_factorial', 19)).toBe(121645100408832000n);
    expect(both('numeric_factorial', 5000).toString()).toHaveLength(16326);
  });
  it('parity, and n! = n * (n-1)!', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }), (n) => {
        const prev = BigInt(both('numeric_factorial', n - 1));
        expect(BigInt(both('numeric_factorial', n))).toBe(prev * BigInt(n));
      }),
      runs,
    );
  });
});

describe('numeric_prime_factors', () => {
  const product = (f) => f.reduce((p, x) => p * BigInt(x), 1n);
  it('edge cases', () => {
    expect(both('numeric_prime_factors', 1)).toEqual([]);
    expect(both('numeric_prime_factors', 2)).toEqual([2]);
    expect(both('numeric_prime_factors', 360)).toEqual([2, 2, 2, 3, 3, 5]);
    expect(both('numeric_prime_factors', Number.MAX_SAFE_INTEGER)).toEqual([6361, 69431, 20394401]);
    expect(both('numeric_prime_factors', 2n ** 61n - 1n)).toEqual([2n ** 61n - 1n]);
    expect(both('numeric_prime_factors', 2n ** 64n - 1n)).toEqual([3n, 5n, 17n, 257n, 641n, 65537n, 6700417n]);
    expect(both('numeric_prime_factors', 4294967291n ** 2n)).toEqual([4294967291n, 4294967291n]);
  });
  it('parity on safe Numbers: ascending, product n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const f = both('numeric_prime_factors', n);
        expect(product(f)).toBe(BigInt(n));
        for (let i = 1; i < f.length; i++) expect(f[i - 1]).toBeLessThanOrEqual(f[i]);
        for (const x of f) expect(typeof x).toBe('number');
      }),
      runs,
    );
  });
  it('parity on BigInts below 2^64 (including semiprimes of ~24-bit primes)', () => {
    const semiprime = fc
      .tuple(fc.integer({ min: 1 << 22, max: 1 << 24 }), fc.integer({ min: 1 << 22, max: 1 << 24 }))
      .map(([a, b]) => BigInt(a | 1) * BigInt(b | 1) * 257n);
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 64n - 1n }), semiprime), (n) => {
        const f = both('numeric_prime_factors', n);
        expect(product(f)).toBe(n);
        for (const x of f) expect(typeof x).toBe('bigint');
      }),
      runs,
    );
  });
});

describe('numeric_gcd / numeric_lcm', () => {
  it('signs, zeros, and the Number/BigInt rule', () => {
    expect(both('numeric_gcd', 0, 0)).toBe(0);
    expect(both('numeric_gcd', -12, 18)).toBe(6);
    expect(both('numeric_gcd', 0, -7)).toBe(7);
    expect(both('numeric_lcm', 0, 5)).toBe(0);
    expect(both('numeric_lcm', -4, 6)).toBe(12);
    expect(both('numeric_lcm', 2 ** 52, 3)).toBe(3n * 2n ** 52n);
    expect(both('numeric_gcd', 12n, 18)).toBe(6n);
    expect(both('numeric_lcm', 2n ** 64n - 1n, 2n ** 64n - 2n)).toBe((2n ** 64n - 1n) * (2n ** 64n - 2n));
  });
  const int = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.maxSafeInteger().map((x) => x), fc.integer());
  const big = fc.bigInt({ min: -(2n ** 64n) + 1n, max: 2n ** 64n - 1n });
  it('parity on Numbers and BigInts; gcd * lcm = |a * b|', () => {
    fc.assert(
      fc.property(fc.oneof(int, big), fc.oneof(int, big), (a, b) => {
        const g = both('numeric_gcd', a, b);
        const l = both('numeric_lcm', a, b);
        const abs = (x) => (x < 0n ? -x : x);
        expect(BigInt(g) * BigInt(l)).toBe(BigInt(a) === 0n || BigInt(b) === 0n ? 0n : abs(BigInt(a) * BigInt(b)));
      }),
      runs,
    );
  });
});

describe('numeric errors: same class and message from both backends', () => {
  const bad = [
    ['numeric_fibonacci', [-1]],
    ['numeric_fibonacci', [1.5]],
    ['numeric_fibonacci', [20001]],
    ['numeric_fibonacci', ['3']],
    ['numeric_fibonacci', [NaN]],
    ['numeric_fibonacci', []],
    ['numeric_fibonacci_recursive', [41]],
    ['numeric_factorial', [5001]],
    ['numeric_factorial', [10n]],
    ['numeric_prime_factors', [0]],
    ['numeric_prime_factors', [-5]],
    ['numeric_prime_factors', [-5n]],
    ['numeric_prime_factors', [2 ** 53]],
    ['numeric_prime_factors', [2n ** 64n]],
    ['numeric_prime_factors', [Infinity]],
    ['numeric_prime_factors', [null]],
    ['numeric_gcd', [1]],
    ['numeric_gcd', [2 ** 60, 1]],
    ['numeric_gcd', [1, 0.5]],
    ['numeric_lcm', [undefined, 1]],
    ['numeric_lcm', [-(2n ** 64n), 1]],
  ];
  it.each(bad)('%s %o', (op, args) => {
    const ew = errorOf(wasm, op, args);
    const ej = errorOf(js, op, args);
    expect(ew).toBeInstanceOf(InvalidArgumentError);
    expect(ej).toBeInstanceOf(InvalidArgumentError);
    expect(ew.message).toBe(ej.message);
    expect(ew.message.startsWith(`${op}: `)).toBe(true);
    expect(both('numeric_gcd', 12, 18)).toBe(6); // later results unchanged
  });
  it('does not leak heap', () => {
    both('numeric_fibonacci', 5000);
    const before = wasm.status().memory.bytes;
    for (let i = 0; i < 300; i++) {
      wasm.callFunction('numeric_fibonacci', 5000 + i);
      wasm.callFunction('numeric_factorial', 300 + i);
      wasm.callFunction('numeric_prime_factors', 2n ** 62n + BigInt(i));
      wasm.callFunction('numeric_lcm', i, 12n);
    }
    expect(wasm.status().memory.bytes).toBe(before);
  });
});
