// science_monte_carlo_pi and science_integrate: what is specific to them, on every
// backend at once (agreed()): the pinned generator, the expression grammar's errors and
// positions, nesting limits. Random-input parity (Monte Carlo integer-exact; integrate bit
// for bit on expressions without sin cos tan exp log and non-integer powers):
// tests/js/parity.test.mjs. With those functions libm and Math may differ in the last bit
// of each call: the WASM builds agree with each other exactly and with JS within 1e-12 of
// the integral of |terms| (below). Bad inputs: the rows' badInputs (errors.test.mjs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreed, outcomes, useBackends } from '../backends.mjs';

const selectors = useBackends();
const agree = (name, ...args) => agreed(selectors, name, ...args);

describe('science_monte_carlo_pi', () => {
  it('pins the documented generator (the same values as the C++ test prints)', () => {
    expect(agree('science_monte_carlo_pi', 1000000, 42)).toBe(3.141128);
    expect(agree('science_monte_carlo_pi', 1000000)).toBe(3.141128); // default seed 42
    expect(agree('science_monte_carlo_pi', 65537, 4294967295)).toBe(3.145826021941804);
  });
});

const intervals = fc.integer({ min: 1, max: 100 }).map((k) => 2 * k);

describe('science_integrate', () => {
  it('agrees within 1e-12 of the integral of |terms| when sin/cos/exp/log/pow are used', () => {
    const coef = fc.integer({ min: -50, max: 50 }).map((c) => c / 10);
    const inner = fc.tuple(coef, coef).map(([p, q]) => `(${p} * x + ${q})`);
    const term = fc.tuple(
      coef,
      fc.constantFrom('sin(#)', 'cos(#)', 'exp(#)', 'log(abs(#) + 1)', 'abs(#)^0.5', 'abs(#)^1.7', 'sqrt(abs(#))', 'tan(# / 10)'),
      inner,
    );
    const bound5 = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 4 }), bound5, bound5, intervals, (terms, a, b, n) => {
        const parts = terms.map(([c, f, x]) => `${c} * ${f.replace('#', x)}`);
        const all = outcomes(selectors, 'science_integrate', parts.join(' + '), a, b, n);
        const j = all.js.value;
        const scale = selectors.js.callFunction('science_integrate', parts.map((p) => `abs(${p})`).join(' + '), a, b, n);
        // Same C++ source, flags only differ: the builds agree exactly, libm included.
        for (const build of ['baseline', 'simd-threads']) expect(Object.is(all[build].value, all.simd.value), build).toBe(true);
        expect(Math.abs(all.simd.value - j)).toBeLessThanOrEqual(1e-12 * Math.abs(scale) + 1e-300);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same value or the same error for random strings on every backend', () => {
    const junk = fc
      .array(fc.constantFrom('x', '1', '2', '.', 'e', 'E', '(', ')', '+', '-', '*', '/', '^', ' ', 'p', 'i', 'y', '$', 'é', '😀', '\t', '9'), { maxLength: 14 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(junk, (expr) => {
        try {
          agree('science_integrate', expr, 0, 1, 4);
        } catch (error) {
          expect(error.name).toBe('InvalidArgumentError'); // agreed(): the same from every backend
        }
      }),
      { numRuns: 150 },
    );
  });

  it('states the position in its errors, the same from every backend', () => {
    const cases = {
      'x + y': "unknown name 'y' at position 4",
      'x y': "unexpected 'y' at position 2",
      '': 'unexpected end of expression at position 0',
      '2 * (x + 1': 'unexpected end of expression at position 10',
      'sin x': "unexpected 'x' at position 4",
      'x ** 2': "unexpected '*' at position 3",
      'x + é': "unexpected 'é' at position 4",
      '1e999 + x': 'number out of range at position 0',
      [`${'('.repeat(101)}x${')'.repeat(101)}`]: 'nesting deeper than 100 at position 100',
      [`${'-'.repeat(101)}x`]: 'nesting deeper than 100 at position 100',
      'x\u0000': "unexpected '\\u0000' at position 1",
      'Sin(x)': "unknown name 'Sin' at position 0",
    };
    for (const [expr, message] of Object.entries(cases)) {
      expect(() => agree('science_integrate', expr, 0, 1, 2)).toThrow(`science_integrate: 'expr' ${message}`);
    }
  });

  it('accepts nesting up to the limit and long flat expressions', () => {
    const deep = `${'('.repeat(100)}x${')'.repeat(100)}`;
    expect(agree('science_integrate', deep, 0, 2, 2)).toBe(2);
    const long = Array.from({ length: 2000 }, (_, i) => `${i % 7}*x`).join('+');
    expect(Number.isFinite(agree('science_integrate', long, -1, 3, 10))).toBe(true);
    expect(agree('science_integrate', '1e308 * x * 10', 0, 1, 2)).toBe(Infinity);
  });
});
