// Registry rows for the numeric_ family (see js/registry/crypto.js for the row format).
//
// Integer conventions, the same on both backends:
// - exact results (fibonacci, factorial) are a Number while they are safe integers
//   (fibonacci n <= 78, factorial n <= 18) and a BigInt beyond;
// - prime_factors, gcd and lcm take a safe-integer Number or a BigInt with magnitude
//   below 2^64 (the kernel's 64-bit arithmetic); an unsafe integer given as a Number has
//   already lost precision and is rejected. BigInt in -> BigInt out; Number in -> Number
//   out, except lcm of Numbers beyond 2^53 - 1, which comes back as a BigInt.
import * as js from '../fallbacks/numeric.js';
import * as wasm from '../wasm/numeric.js';
import { fibonacciBatch } from '../wasm/batch.js';
import { arity, describe, fail, sized, toCount } from '../validate.js';
import { bad, op } from './bad-inputs.js';

export const FIBONACCI_MAX_N = 20000;
export const FIBONACCI_RECURSIVE_MAX_N = 40; // exponential time: F(40) is ~1e9 calls
export const FACTORIAL_MAX_N = 5000;
const U64_LIMIT = 1n << 64n;

/** A safe-integer Number or a BigInt with |value| < 2^64 → { value: BigInt, big }. */
function toInteger(operation, argument, value) {
  if (typeof value === 'bigint') {
    if (value <= -U64_LIMIT || value >= U64_LIMIT) fail(operation, argument, `must have magnitude below 2^64, got ${value}`);
    return { value, big: true };
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) fail(operation, argument, `must be an integer, got ${value}`);
    if (!Number.isSafeInteger(value)) {
      fail(operation, argument, `must be a safe integer (|n| <= 2^53 - 1) as a Number; pass a BigInt for larger values, got ${value}`);
    }
    return { value: BigInt(value), big: false };
  }
  fail(operation, argument, `must be an integer Number or a BigInt, got ${describe(value)}`);
}

const abs = (x) => (x < 0n ? -x : x);
// The size thresholds.json measures for gcd, lcm and prime_factors: the operand's bit
// length (their work grows with it; the count of operands is fixed). Cheap below 2^32,
// to a hex digit above: it is read on every call under AUTO.
const bits = (x) => (x < 4294967296n ? 32 - Math.clz32(Number(x)) : x.toString(16).length * 4);
const safeOrBig = (x) => (x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);

// ---- test facts (see js/registry/crypto.js for the fields after `sample`)
/** Bad counts; `enormous`: also sizes beyond any bound (not for exponential-time operations). */
function countBadInputs(name, { enormous = true } = {}) {
  const r = [
    bad('negative', () => [-1], op(name)),
    bad('fractional', () => [2.5], op(name)),
    bad('NaN', () => [NaN], op(name)),
    bad('Infinity', () => [Infinity], op(name)),
    bad('-Infinity', () => [-Infinity], op(name)),
    bad('a numeric string', () => ['10'], op(name)),
    bad('null', () => [null], op(name)),
    bad('no argument', () => [], op(name)),
    bad('an unsafe integer (2^53) as Number', () => [2 ** 53], op(name)),
    bad('an object', () => [{ valueOf: () => 5 }], op(name)),
    bad('a BigInt', () => [10n], op(name)),
  ];
  if (enormous) r.push(bad('an enormous size (1e15)', () => [1e15], op(name)), bad('Number.MAX_VALUE', () => [Number.MAX_VALUE], op(name)));
  return r;
}
const twoIntegersBadInputs = (name) => [
  bad('fractional', () => [4.5, 6], op(name)),
  bad('NaN', () => [NaN, 6], op(name)),
  bad('Infinity', () => [4, Infinity], op(name)),
  bad('a string', () => ['4', 6], op(name)),
  bad('null', () => [4, null], op(name)),
  bad('undefined', () => [undefined, 1], op(name)),
  bad('one argument', () => [4], op(name)),
  bad('an unsafe integer (2^60) as Number', () => [2 ** 60, 4], op(name)),
  bad('a BigInt of magnitude 2^64', () => [-(2n ** 64n), 1], op(name)),
];
/** Safe Numbers and BigInts below 2^64, either sign. */
const integerArbitrary = (fc) =>
  fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.maxSafeInteger(), fc.integer(), fc.bigInt({ min: -(2n ** 64n) + 1n, max: 2n ** 64n - 1n }));
/** Consecutive Fibonacci numbers: Euclid's worst case for their size. */
function fibonacciPair(steps) {
  let [a, b] = [1n, 1n];
  for (let i = 0; i < steps; i++) [a, b] = [b, a + b];
  return b <= BigInt(Number.MAX_SAFE_INTEGER) ? [Number(b), Number(a)] : [b, a];
}
// The size is the bit length of n: inputs of growing size and difficulty (primes and
// semiprimes are the slow cases).
const FACTOR_INPUTS = [360, 1_000_003, 2_147_483_647, 600_851_475_143, 9_007_199_254_740_881, 18_446_744_030_759_878_681n];

function exactRow(name, max, safeMax, jsBig, wasmBig, description, complexity, facts) {
  return {
    name,
    signature: '(n: number) => number | bigint',
    description,
    complexity,
    validate(args) {
      arity(name, args, 1);
      const n = toCount(name, 'n', args[0], { max });
      return sized({ n }, n);
    },
    js: ({ n }) => (n <= safeMax ? Number(jsBig(n)) : jsBig(n)),
    wasm: (instance, { n }) => {
      const v = wasmBig(instance, name, n);
      return n <= safeMax ? Number(v) : v;
    },
    sample: () => [10],
    ...facts,
  };
}

function gcdLcmRow(name, description) {
  const isGcd = name === 'numeric_gcd';
  const finish = ({ big }, result) => (big ? result : isGcd ? Number(result) : safeOrBig(result));
  return {
    name,
    signature: '(a: number | bigint, b: number | bigint) => number | bigint',
    description,
    complexity: 'O(log min(a, b))',
    validate(args) {
      arity(name, args, 2);
      const a = toInteger(name, 'a', args[0]);
      const b = toInteger(name, 'b', args[1]);
      const x = abs(a.value);
      const y = abs(b.value);
      return sized({ a: x, b: y, big: a.big || b.big }, bits(x > y ? x : y));
    },
    js: (input) => {
      const { a, b } = input;
      const g = js.gcdBig(a, b);
      return finish(input, isGcd ? g : a === 0n || b === 0n ? 0n : (a / g) * b);
    },
    wasm: (instance, input) => {
      const { a, b } = input;
      return finish(input, isGcd ? wasm.gcdBig(instance, name, a, b) : wasm.lcmBig(instance, name, a, b));
    },
    sample: () => [12, 18],
    arbitrary: (fc) => fc.tuple(integerArbitrary(fc), integerArbitrary(fc)),
    badInputs: () => twoIntegersBadInputs(name),
    // No heap that scales: a larger input is a longer Euclid chain.
    largeInput: () => fibonacciPair(90),
    sweep: () => ({ scales: [5, 20, 40, 70, 90], args: fibonacciPair }),
  };
}

export default [
  exactRow('numeric_fibonacci', FIBONACCI_MAX_N, 78, js.fibonacciBig, wasm.fibonacciBig,
    `exact F(n), F(0) = 0, n <= ${FIBONACCI_MAX_N}; a Number up to n = 78, a BigInt beyond`,
    'O(M(n) log n) by fast doubling', {
      // callBatch (js/batch.js): one arena, one C++ loop.
      wasmBatch: (instance, inputs) => fibonacciBatch(instance, 'numeric_fibonacci', inputs.map((x) => x.n), 78),
      arbitrary: (fc) => fc.tuple(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 3000 }))),
      badInputs: () => [...countBadInputs('numeric_fibonacci'), bad('one past the bound', () => [FIBONACCI_MAX_N + 1], op('numeric_fibonacci'))],
      // No heap that scales: the largest n (a 4180-digit result).
      largeInput: () => [FIBONACCI_MAX_N],
      sweep: (k) => ({ scales: k.geometric(2, 20000, 2.5), args: (n) => [n] }),
      // Batch threshold ('numeric_fibonacci:batch', js/calibrate.js calibrateBatch): counts
      // at a typical item (countAt: n 36-40), then item sizes (n) at a fixed count.
      batchSweep: () => ({ countAt: 40, items: [4, 16, 40, 78, 120, 300, 1000], item: (n, i) => [Math.max(0, n - (i % 5))], counts: [1, 4, 16, 64, 256, 1024] }),
    }),
  {
    name: 'numeric_fibonacci_recursive',
    signature: '(n: number) => number',
    description: `F(n) by naive double recursion, n <= ${FIBONACCI_RECURSIVE_MAX_N}: the call-heavy benchmark workload`,
    complexity: 'O(phi^n)',
    validate(args) {
      arity('numeric_fibonacci_recursive', args, 1);
      const n = toCount('numeric_fibonacci_recursive', 'n', args[0], { max: FIBONACCI_RECURSIVE_MAX_N });
      return sized({ n }, n);
    },
    js: ({ n }) => js.fibonacciRecursive(n),
    wasm: (instance, { n }) => wasm.fibonacciRecursive(instance, n),
    sample: () => [10],
    arbitrary: (fc) => fc.tuple(fc.integer({ min: 0, max: 20 })),
    // Naive recursion: a bound must exist, but a huge n is not sent (an unbounded
    // implementation would run for ever instead of failing this row).
    badInputs: () => [
      ...countBadInputs('numeric_fibonacci_recursive', { enormous: false }),
      bad('one past the bound', () => [FIBONACCI_RECURSIVE_MAX_N + 1], op('numeric_fibonacci_recursive')),
    ],
    largeInput: () => [25],
    sweep: (k) => ({ scales: k.geometric(2, 30, 1.3), args: (n) => [n] }),
  },
  exactRow('numeric_factorial', FACTORIAL_MAX_N, 18, js.factorialBig, wasm.factorialBig,
    `exact n!, n <= ${FACTORIAL_MAX_N}; a Number up to n = 18, a BigInt beyond`, 'O(n^2) limb operations', {
      arbitrary: (fc) => fc.tuple(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 600 }))),
      badInputs: () => [...countBadInputs('numeric_factorial'), bad('one past the bound', () => [FACTORIAL_MAX_N + 1], op('numeric_factorial'))],
      // No heap that scales: 1000! (JS 0.1 ms a call; 5000!, the bound, 4.6 ms).
      largeInput: () => [1000],
      sweep: (k) => ({ scales: k.geometric(2, 5000, 2.5), args: (n) => [n] }),
    }),
  {
    name: 'numeric_prime_factors',
    signature: '(n: number | bigint) => number[] | bigint[]',
    description: 'prime factors ascending with multiplicity; n >= 1 (1 -> []), a safe Number or a BigInt below 2^64',
    complexity: 'O(n^(1/4)) expected (Pollard-Brent rho, Miller-Rabin)',
    validate(args) {
      arity('numeric_prime_factors', args, 1);
      const n = toInteger('numeric_prime_factors', 'n', args[0]);
      if (n.value < 1n) fail('numeric_prime_factors', 'n', `must be positive, got ${args[0]}`);
      return sized(n, bits(n.value));
    },
    js: ({ value, big }) => {
      const f = js.primeFactorsBig(value);
      return big ? f : f.map(Number);
    },
    wasm: (instance, { value, big }) => {
      const f = wasm.primeFactorsBig(instance, 'numeric_prime_factors', value);
      return big ? f : f.map(Number);
    },
    sample: () => [360],
    arbitrary: (fc) => {
      const semiprime = fc
        .tuple(fc.integer({ min: 1 << 22, max: 1 << 24 }), fc.integer({ min: 1 << 22, max: 1 << 24 }))
        .map(([a, b]) => BigInt(a | 1) * BigInt(b | 1) * 257n);
      return fc.tuple(fc.oneof(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.bigInt({ min: 1n, max: 2n ** 64n - 1n }), semiprime));
    },
    badInputs: () => [
      ...countBadInputs('numeric_prime_factors', { enormous: false }).filter((r) => r.what !== 'negative' && r.what !== 'a BigInt'),
      bad('zero', () => [0], op('numeric_prime_factors')),
      bad('negative', () => [-5], op('numeric_prime_factors')),
      bad('a negative BigInt', () => [-5n], op('numeric_prime_factors')),
      bad('an unsafe integer (2^53 + 2) as Number', () => [2 ** 53 + 2], op('numeric_prime_factors')),
      bad('a BigInt of 2^64', () => [2n ** 64n], op('numeric_prime_factors')),
    ],
    // No heap that scales: a 53-bit input (JS 0.2 ms a call; the 64-bit semiprime, 36 ms,
    // would make the leak test's stream take half a minute).
    largeInput: () => [FACTOR_INPUTS[4]],
    sweep: () => ({ scales: FACTOR_INPUTS.map((_, i) => i), args: (i) => [FACTOR_INPUTS[i]] }),
  },
  gcdLcmRow('numeric_gcd', 'greatest common divisor, >= 0; gcd(0, 0) = 0'),
  gcdLcmRow('numeric_lcm', 'least common multiple, >= 0; 0 if either is 0; Numbers beyond 2^53 - 1 come back as a BigInt'),
];
