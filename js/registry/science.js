// Registry rows for the science_ family (see js/registry/crypto.js for the row format).
import { EXPR_MAX_LENGTH, exprErrorMessage } from '../fallbacks/science_expr.js';
import { scienceIntegrate as integrateJs } from '../fallbacks/science_integrate.js';
import {
  MONTE_CARLO_DEFAULT_SEED,
  MONTE_CARLO_MAX_SAMPLES,
  monteCarloPi as piJs,
} from '../fallbacks/science_monte_carlo_pi.js';
import { scienceIntegrate as integrateWasm } from '../wasm/science_integrate.js';
import { monteCarloPi as piWasm } from '../wasm/science_monte_carlo_pi.js';
import { arity, describe, fail, toCount, toFinite } from '../validate.js';

const MAX_INTERVALS = 1e8;

const monteCarloPi = {
  name: 'science_monte_carlo_pi',
  signature: '(samples: number, seed?: number) => number',
  description: `4·hits/samples; xoshiro128** per block of 65536 samples, seeded from (seed, block); seed defaults to ${MONTE_CARLO_DEFAULT_SEED}`,
  complexity: 'O(samples)',
  validate(args) {
    arity('science_monte_carlo_pi', args, 1, 2);
    const samples = toCount('science_monte_carlo_pi', 'samples', args[0], { min: 1, max: MONTE_CARLO_MAX_SAMPLES });
    const seed = args[1] === undefined ? MONTE_CARLO_DEFAULT_SEED : toCount('science_monte_carlo_pi', 'seed', args[1], { max: 0xffffffff });
    return { samples, seed };
  },
  size: ({ samples }) => samples,
  js: ({ samples, seed }) => piJs(seed, samples),
  wasm: (instance, { samples, seed }, threads) => piWasm(instance, seed, samples, threads),
  sample: () => [1000, 1],
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
    return { expr, a, b, n };
  },
  size: ({ n }) => n,
  js: ({ expr, a, b, n }) => answer(expr, integrateJs(expr, a, b, n)),
  wasm: (instance, { expr, a, b, n }) => answer(expr, integrateWasm(instance, 'science_integrate', expr, a, b, n)),
  sample: () => ['x^2', 0, 1, 10],
};

export default [monteCarloPi, integrate];
