// Registry rows for the science_ family (see js/registry/crypto.js for the row format).
import { EXPR_MAX_LENGTH, exprErrorMessage } from '../fallbacks/science_expr.js';
import { scienceIntegrate as integrateJs } from '../fallbacks/science.js';
import {
  MONTE_CARLO_DEFAULT_SEED,
  MONTE_CARLO_MAX_SAMPLES,
  monteCarloPi as piJs,
} from '../fallbacks/science_monte_carlo_pi.js';
import { scienceIntegrate as integrateWasm } from '../wasm/science.js';
import { monteCarloPi as piWasm } from '../wasm/science_monte_carlo_pi.js';
import { arity, describe, fail, sized, toCount, toFinite } from '../validate.js';
import { bad, op } from './bad-inputs.js';

const MAX_INTERVALS = 1e8;

// ---- test facts (see js/registry/crypto.js for the fields after `sample`)
const piBad = (what, args) => bad(what, args, op('science_monte_carlo_pi'));

/**
 * Expressions of the grammar without sin cos tan exp log and non-integer powers, which
 * both backends evaluate bit for bit (the parity suite compares with Object.is; the
 * tolerance of the others is pinned in tests/js/ops/science.test.mjs).
 */
function exactExpression(fc) {
  const literal = fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
    fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -5, max: 5 })).map(([a, e]) => `${a}e${e}`),
    fc.constantFrom('pi', 'e', '.5', '3.'),
  );
  return fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant('x'),
      literal,
      fc.tuple(tie('node'), fc.constantFrom('+', '-', '*', '/'), tie('node')).map(([a, o, b]) => `${a} ${o} ${b}`),
      tie('node').map((a) => `(${a})`),
      tie('node').map((a) => `-${a}`),
      fc.tuple(tie('node'), fc.integer({ min: -4, max: 5 })).map(([a, k]) => `(${a})^${k}`),
      tie('node').map((a) => `sqrt(abs(${a}))`),
    ),
  })).node;
}
const integrateBad = (what, expr, a = 0, b = 1, n = 4) => bad(what, () => [expr, a, b, n], op('science_integrate'));

const monteCarloPi = {
  name: 'science_monte_carlo_pi',
  signature: '(samples: number, seed?: number) => number',
  description: `4·hits/samples; xoshiro128** per block of 65536 samples, seeded from (seed, block); seed defaults to ${MONTE_CARLO_DEFAULT_SEED}`,
  complexity: 'O(samples)',
  validate(args) {
    arity('science_monte_carlo_pi', args, 1, 2);
    const samples = toCount('science_monte_carlo_pi', 'samples', args[0], { min: 1, max: MONTE_CARLO_MAX_SAMPLES });
    const seed = args[1] === undefined ? MONTE_CARLO_DEFAULT_SEED : toCount('science_monte_carlo_pi', 'seed', args[1], { max: 0xffffffff });
    return sized({ samples, seed }, samples);
  },
  js: ({ samples, seed }) => piJs(seed, samples),
  wasm: (instance, { samples, seed }, threads) => piWasm(instance, seed, samples, threads),
  sample: () => [1000, 1],
  arbitrary: (fc) => {
    const samples = fc.oneof(
      fc.integer({ min: 1, max: 2000 }),
      fc.integer({ min: 1, max: 300000 }),
      fc.constantFrom(65535, 65536, 65537, 4 * 65536 - 1, 4 * 65536, 4 * 65536 + 1, 5 * 65536),
    );
    return fc.tuple(samples, fc.option(fc.integer({ min: 0, max: 0xffffffff }), { nil: undefined })).map(([n, seed]) => (seed === undefined ? [n] : [n, seed]));
  },
  badInputs: () => [
    piBad('negative', () => [-1]),
    piBad('zero', () => [0]),
    piBad('fractional', () => [2.5]),
    piBad('NaN', () => [NaN]),
    piBad('Infinity', () => [Infinity]),
    piBad('-Infinity', () => [-Infinity]),
    piBad('a numeric string', () => ['10']),
    piBad('null', () => [null]),
    piBad('a BigInt', () => [10n]),
    piBad('an unsafe integer (2^53) as Number', () => [2 ** 53]),
    piBad('an object', () => [{ valueOf: () => 5 }]),
    piBad('samples one past the bound', () => [MONTE_CARLO_MAX_SAMPLES + 1]),
    piBad('seed fractional', () => [100, 0.5]),
    piBad('no argument', () => []),
    piBad('three arguments', () => [100, 1, 2]),
    piBad('seed NaN', () => [1000, NaN]),
    piBad('seed negative', () => [1000, -1]),
    piBad('seed 2^32', () => [1000, 2 ** 32]),
    piBad('seed a string', () => [1000, 'seed']),
    piBad('seed an object', () => [1000, {}]),
  ],
  // No heap that scales with the sample count; a larger input is more work per call.
  largeInput: (bytes) => [bytes, 12345],
  sweep: (k) => ({ scales: k.geometric(16, 1 << 20, 2), args: (n) => [n, 42] }),
  // Monte Carlo splits whole 4-block groups: below 5 blocks it runs on one thread
  // whatever it is given, and the sweep includes those sizes on purpose.
  threadSweep: (k) => ({ scales: k.geometric(1 << 16, 1 << 24, 2), args: (n) => [n, 42] }),
};

// Both backends answer {value} or {error, position}; one message table for both.
function answer(text, result) {
  if (result.error) fail('science_integrate', 'expr', exprErrorMessage(result.error, result.position, text));
  return result.value;
}

const integrate = {
  name: 'science_integrate',
  signature: '(expr: string, a: number, b: number, n: number) => number',
  description:
    "composite Simpson's rule with n (even) intervals over an expression in x: numbers, + - * / ^, unary minus, parentheses, sin cos tan exp log sqrt abs, pi, e",
  complexity: 'O(n · length(expr))',
  // libm and Math differ in the last bit of sin/cos/tan/exp/log and non-integer powers.
  parity: 'identical without sin/cos/tan/exp/log or non-integer powers; otherwise |Δ| ≤ 1e-12 · ∫|terms|',
  validate(args) {
    arity('science_integrate', args, 4);
    const expr = args[0];
    if (typeof expr !== 'string') fail('science_integrate', 'expr', `must be a string, got ${describe(expr)}`);
    if (expr.length > EXPR_MAX_LENGTH) fail('science_integrate', 'expr', `must be at most ${EXPR_MAX_LENGTH} characters, got ${expr.length}`);
    const a = toFinite('science_integrate', 'a', args[1]);
    const b = toFinite('science_integrate', 'b', args[2]);
    const n = toCount('science_integrate', 'n', args[3], { min: 2, max: MAX_INTERVALS });
    if (n % 2 !== 0) fail('science_integrate', 'n', `must be even, got ${n}`);
    return sized({ expr, a, b, n }, n);
  },
  js: ({ expr, a, b, n }) => answer(expr, integrateJs(expr, a, b, n)),
  wasm: (instance, { expr, a, b, n }) => answer(expr, integrateWasm(instance, 'science_integrate', expr, a, b, n)),
  sample: () => ['x^2', 0, 1, 10],
  arbitrary: (fc) => {
    const bound = fc.double({ min: -10, max: 10, noNaN: true });
    return fc.tuple(exactExpression(fc), bound, bound, fc.integer({ min: 1, max: 100 }).map((k) => 2 * k));
  },
  badInputs: (k) => [
    ...['x +', '(x', 'x)', '', '   ', 'x $ 2', 'foo(x)', 'y', 'x.constructor', 'alert(1)', 'this', '2 ** 3', 'sin', 'sin(', 'x,1', '1..2', '@', 'x = 1', '"x"', 'sqrt(x', 'x ^', '* x']
      .map((expr) => integrateBad(`expression ${JSON.stringify(expr)}`, expr)),
    integrateBad('expression not a string', 42),
    integrateBad('expression null', null),
    integrateBad('odd n', 'x', 0, 1, 3),
    integrateBad('n zero', 'x', 0, 1, 0),
    integrateBad('negative n', 'x', 0, 1, -2),
    integrateBad('fractional n', 'x', 0, 1, 2.5),
    integrateBad('NaN n', 'x', 0, 1, NaN),
    integrateBad('unsafe n (2^53 + 2) as Number', 'x', 0, 1, 2 ** 53 + 2),
    integrateBad('NaN a', 'x', NaN, 1, 2),
    integrateBad('Infinity b', 'x', 0, Infinity, 2),
    integrateBad('a a string', 'x', '0', 1, 2),
    bad('missing n', () => ['x', 0, 1], op('science_integrate')),
    bad('no arguments', () => [], op('science_integrate')),
    integrateBad('n beyond the bound (1e9)', 'x', 0, 1, 1e9),
    integrateBad('an expression one character too long', 'x'.repeat(EXPR_MAX_LENGTH + 1)),
    bad('100 MB of spaces then a $', () => [' '.repeat(k.MB100) + '$', 0, 1, 2], op('science_integrate'), undefined, { huge: true }),
    integrateBad('100 000 open parentheses', '('.repeat(k.DEEP) + 'x'),
  ],
  // No heap that scales; a larger input is more intervals of a longer expression.
  largeInput: (bytes) => ['sin(x) * exp(-x ^ 2) + sqrt(abs(x - 1)) / (1 + x ^ 2)', -2, 3, 2 * Math.floor(bytes / 64)],
  // + - * / ^ only: sin/exp may differ in the last bit between libm and Math (the sweep
  // refuses to calibrate on different answers).
  sweep: (k) => ({ scales: k.geometric(4, 1 << 20, 4), args: (n) => ['x^3 - 2*x^2 + 1/(x + 1)', 0, 2, n] }),
};

export default [monteCarloPi, integrate];
