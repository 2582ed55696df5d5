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
import { arity, describe, fail, toCount } from '../validate.js';

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

function exactRow(name, max, safeMax, jsBig, wasmBig, description, complexity) {
  return {
    name,
    signature: '(n: number) => number | bigint',
    description,
    complexity,
    validate(args) {
      arity(name, args, 1);
      return { n: toCount(name, 'n', args[0], { max }) };
    },
    size: ({ n }) => n,
    js: ({ n }) => (n <= safeMax ? Number(jsBig(n)) : jsBig(n)),
    wasm: (instance, { n }) => {
      const v = wasmBig(instance, name, n);
      return n <= safeMax ? Number(v) : v;
    },
    sample: () => [10],
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
      return { a: abs(a.value), b: abs(b.value), big: a.big || b.big };
    },
    size: ({ a, b }) => bits(a > b ? a : b),
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
  };
}

export default [
  exactRow('numeric_fibonacci', FIBONACCI_MAX_N, 78, js.fibonacciBig, wasm.fibonacciBig,
    `exact F(n), F(0) = 0, n <= ${FIBONACCI_MAX_N}; a Number up to n = 78, a BigInt beyond`,
    'O(M(n) log n) by fast doubling'),
  {
    name: 'numeric_fibonacci_recursive',
    signature: '(n: number) => number',
    description: `F(n) by naive double recursion, n <= ${FIBONACCI_RECURSIVE_MAX_N}: the call-heavy benchmark workload`,
    complexity: 'O(phi^n)',
    validate(args) {
      arity('numeric_fibonacci_recursive', args, 1);
      return { n: toCount('numeric_fibonacci_recursive', 'n', args[0], { max: FIBONACCI_RECURSIVE_MAX_N }) };
    },
    size: ({ n }) => n,
    js: ({ n }) => js.fibonacciRecursive(n),
    wasm: (instance, { n }) => wasm.fibonacciRecursive(instance, n),
    sample: () => [10],
  },
  exactRow('numeric_factorial', FACTORIAL_MAX_N, 18, js.factorialBig, wasm.factorialBig,
    `exact n!, n <= ${FACTORIAL_MAX_N}; a Number up to n = 18, a BigInt beyond`, 'O(n^2) limb operations'),
  {
    name: 'numeric_prime_factors',
    signature: '(n: number | bigint) => number[] | bigint[]',
    description: 'prime factors ascending with multiplicity; n >= 1 (1 -> []), a safe Number or a BigInt below 2^64',
    complexity: 'O(n^(1/4)) expected (Pollard-Brent rho, Miller-Rabin)',
    validate(args) {
      arity('numeric_prime_factors', args, 1);
      const n = toInteger('numeric_prime_factors', 'n', args[0]);
      if (n.value < 1n) fail('numeric_prime_factors', 'n', `must be positive, got ${args[0]}`);
      return n;
    },
    size: ({ value }) => bits(value),
    js: ({ value, big }) => {
      const f = js.primeFactorsBig(value);
      return big ? f : f.map(Number);
    },
    wasm: (instance, { value, big }) => {
      const f = wasm.primeFactorsBig(instance, 'numeric_prime_factors', value);
      return big ? f : f.map(Number);
    },
    sample: () => [360],
  },
  gcdLcmRow('numeric_gcd', 'greatest common divisor, >= 0; gcd(0, 0) = 0'),
  gcdLcmRow('numeric_lcm', 'least common multiple, >= 0; 0 if either is 0; Numbers beyond 2^53 - 1 come back as a BigInt'),
];
