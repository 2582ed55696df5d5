// numeric_ family: what is specific to these operations — known values, the
// Number/BigInt boundary, the laws the results obey (checked on every backend at once by
// agreed()). Random-input parity across every build: tests/js/parity.test.mjs; bad inputs:
// the rows' badInputs (tests/js/errors.test.mjs); heap after many calls: leaks.test.mjs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreed, useBackends } from '../backends.mjs';

const selectors = useBackends();
const agree = (op, ...args) => agreed(selectors, op, ...args);

// Each case runs on four backends: fewer cases than a single-backend property needs.
const runs = { numRuns: 60 };

describe('numeric_fibonacci', () => {
  it('known values and the Number/BigInt boundary', () => {
    expect(agree('numeric_fibonacci', 0)).toBe(0);
    expect(agree('fibonacci', 1)).toBe(1);
    expect(agree('numeric_fibonacci', 78)).toBe(8944394323791464);
    expect(agree('numeric_fibonacci', 79)).toBe(14472334024676221n);
    const f1000 = agree('numeric_fibonacci', 1000).toString();
    expect(f1000).toHaveLength(209);
    expect(f1000.endsWith('849228875')).toBe(true);
    expect(typeof agree('numeric_fibonacci', 20000)).toBe('bigint');
  });
  it('parity, and F(n+1) = F(n) + F(n-1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19999 }), (n) => {
        const a = BigInt(agree('numeric_fibonacci', n - 1));
        const b = BigInt(agree('numeric_fibonacci', n));
        expect(BigInt(selectors.simd.callFunction('numeric_fibonacci', n + 1))).toBe(a + b);
      }),
      runs,
    );
  });
});

describe('numeric_fibonacci_recursive', () => {
  it('agrees with the exact version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 22 }), (n) => {
        expect(agree('numeric_fibonacci_recursive', n)).toBe(selectors.simd.callFunction('numeric_fibonacci', n));
      }),
      runs,
    );
    expect(agree('fibonacci_recursive', 30)).toBe(832040);
  });
});

describe('numeric_factorial', () => {
  it('known values and the Number/BigInt boundary', () => {
    expect(agree('numeric_factorial', 0)).toBe(1);
    expect(agree('numeric_factorial', 18)).toBe(6402373705728000);
    expect(agree('numeric_factorial', 19)).toBe(121645100408832000n);
    expect(agree('numeric_factorial', 5000).toString()).toHaveLength(16326);
  });
  it('parity, and n! = n * (n-1)!', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }), (n) => {
        const prev = BigInt(agree('numeric_factorial', n - 1));
        expect(BigInt(agree('numeric_factorial', n))).toBe(prev * BigInt(n));
      }),
      runs,
    );
  });
});

describe('numeric_prime_factors', () => {
  const product = (f) => f.reduce((p, x) => p * BigInt(x), 1n);
  it('edge cases', () => {
    expect(agree('numeric_prime_factors', 1)).toEqual([]);
    expect(agree('numeric_prime_factors', 2)).toEqual([2]);
    expect(agree('numeric_prime_factors', 360)).toEqual([2, 2, 2, 3, 3, 5]);
    expect(agree('numeric_prime_factors', Number.MAX_SAFE_INTEGER)).toEqual([6361, 69431, 20394401]);
    expect(agree('numeric_prime_factors', 2n ** 61n - 1n)).toEqual([2n ** 61n - 1n]);
    expect(agree('numeric_prime_factors', 2n ** 64n - 1n)).toEqual([3n, 5n, 17n, 257n, 641n, 65537n, 6700417n]);
    expect(agree('numeric_prime_factors', 4294967291n ** 2n)).toEqual([4294967291n, 4294967291n]);
  });
  it('parity on safe Numbers: ascending, product n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const f = agree('numeric_prime_factors', n);
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
        const f = agree('numeric_prime_factors', n);
        expect(product(f)).toBe(n);
        for (const x of f) expect(typeof x).toBe('bigint');
      }),
      runs,
    );
  });
});

describe('numeric_gcd / numeric_lcm', () => {
  it('signs, zeros, and the Number/BigInt rule', () => {
    expect(agree('numeric_gcd', 0, 0)).toBe(0);
    expect(agree('numeric_gcd', -12, 18)).toBe(6);
    expect(agree('numeric_gcd', 0, -7)).toBe(7);
    expect(agree('numeric_lcm', 0, 5)).toBe(0);
    expect(agree('numeric_lcm', -4, 6)).toBe(12);
    expect(agree('numeric_lcm', 2 ** 52, 3)).toBe(3n * 2n ** 52n);
    expect(agree('numeric_gcd', 12n, 18)).toBe(6n);
    expect(agree('numeric_lcm', 2n ** 64n - 1n, 2n ** 64n - 2n)).toBe((2n ** 64n - 1n) * (2n ** 64n - 2n));
  });
  const int = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.maxSafeInteger().map((x) => x), fc.integer());
  const big = fc.bigInt({ min: -(2n ** 64n) + 1n, max: 2n ** 64n - 1n });
  it('parity on Numbers and BigInts; gcd * lcm = |a * b|', () => {
    fc.assert(
      fc.property(fc.oneof(int, big), fc.oneof(int, big), (a, b) => {
        const g = agree('numeric_gcd', a, b);
        const l = agree('numeric_lcm', a, b);
        const abs = (x) => (x < 0n ? -x : x);
        expect(BigInt(g) * BigInt(l)).toBe(BigInt(a) === 0n || BigInt(b) === 0n ? 0n : abs(BigInt(a) * BigInt(b)));
      }),
      runs,
    );
  });
});
