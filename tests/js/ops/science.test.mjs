// science_monte_carlo_pi and science_integrate: parity between the backends and the
// errors both give. Monte Carlo is integer-exact, so equal. science_integrate is equal bit
// for bit when the expression avoids sin cos tan exp log and non-integer powers (the same
// operations in the same order); with them, libm and Math may differ in the last bit of
// each call, and the results agree within 1e-12 of the integral of |terms|.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError } from 'multilingual-wasm';

// wasm: the best variant (simd here); baseline: the scalar build, which must agree too.
let wasm, baseline, js;
beforeAll(async () => {
  wasm = await BackendSelector.create({ preferBackend: 'wasm' });
  baseline = await BackendSelector.create({ preferBackend: 'wasm', simd: false });
  js = await BackendSelector.create({ preferBackend: 'js' });
});

function both(name, ...args) {
  const w = wasm.callFunction(name, ...args);
  expect(wasm.lastCallReport().backend).toBe('wasm');
  const j = js.callFunction(name, ...args);
  expect(js.lastCallReport().backend).toBe('js');
  const b = baseline.callFunction(name, ...args);
  expect(baseline.lastCallReport().variant).toBe('baseline');
  // Same C++ source, flags only differ: the two builds agree exactly, libm included.
  expect(b instanceof Object ? Array.from(b.data) : b).toEqual(w instanceof Object ? Array.from(w.data) : w);
  return [w, j];
}

function errorOf(selector, name, args) {
  try {
    selector.callFunction(name, ...args);
  } catch (e) {
    return e;
  }
  return null;
}

/** Both backends: the same value (Object.is), or the same error class and message. */
function sameOutcome(name, args) {
  const run = (s) => {
    try {
      return { value: s.callFunction(name, ...args) };
    } catch (e) {
      return { error: e.name, message: e.message };
    }
  };
  const w = run(wasm), j = run(js);
  if ('value' in w && 'value' in j) expect(Object.is(w.value, j.value), `${JSON.stringify(args)}: ${w.value} vs ${j.value}`).toBe(true);
  else expect(w).toEqual(j);
  return j;
}

describe('science_monte_carlo_pi', () => {
  it('gives the same estimate on both backends for any seed and sample count', () => {
    const samples = fc.oneof(
      fc.integer({ min: 1, max: 2000 }),
      fc.integer({ min: 1, max: 300000 }),
      fc.constantFrom(65535, 65536, 65537, 4 * 65536 - 1, 4 * 65536, 4 * 65536 + 1, 5 * 65536),
    );
    fc.assert(
      fc.property(samples, fc.option(fc.integer({ min: 0, max: 0xffffffff }), { nil: undefined }), (n, seed) => {
        const [w, j] = seed === undefined ? both('science_monte_carlo_pi', n) : both('science_monte_carlo_pi', n, seed);
        expect(w).toBe(j);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(4);
      }),
      { numRuns: 250 },
    );
  });

  it('pins the documented generator (the same values as the C++ test prints)', () => {
    expect(both('science_monte_carlo_pi', 1000000, 42)).toEqual([3.141128, 3.141128]);
    expect(both('science_monte_carlo_pi', 1000000)).toEqual([3.141128, 3.141128]); // default seed 42
    expect(both('science_monte_carlo_pi', 65537, 4294967295)).toEqual([3.145826021941804, 3.145826021941804]);
  });

  it('rejects bad arguments with the same error', () => {
    for (const args of [[], [0], [-5], [1.5], [NaN], [Infinity], [2 ** 32 + 1], ['100'], [10n], [100, -1], [100, 2 ** 32], [100, 0.5], [100, 1, 2]]) {
      const ew = errorOf(wasm, 'science_monte_carlo_pi', args);
      const ej = errorOf(js, 'science_monte_carlo_pi', args);
      expect(ew).toBeInstanceOf(InvalidArgumentError);
      expect(ew.message).toBe(ej.message);
    }
  });
});

// Expressions from the grammar without transcendental functions: identical results.
const literal = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -5, max: 5 })).map(([a, e]) => `${a}e${e}`),
  fc.constantFrom('pi', 'e', '.5', '3.'),
);
const exactExpr = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant('x'),
    literal,
    fc.tuple(tie('node'), fc.constantFrom('+', '-', '*', '/'), tie('node')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('node').map((a) => `(${a})`),
    tie('node').map((a) => `-${a}`),
    fc.tuple(tie('node'), fc.integer({ min: -4, max: 5 })).map(([a, k]) => `(${a})^${k}`),
    tie('node').map((a) => `sqrt(abs(${a}))`),
  ),
})).node;
const bound = fc.double({ min: -10, max: 10, noNaN: true });
const intervals = fc.integer({ min: 1, max: 100 }).map((k) => 2 * k);

describe('science_integrate', () => {
  it('is bit-identical on both backends for expressions without transcendental functions', () => {
    fc.assert(
      fc.property(exactExpr, bound, bound, intervals, (expr, a, b, n) => {
        const [w, j] = both('science_integrate', expr, a, b, n);
        expect(Object.is(w, j), `${expr} on [${a}, ${b}], n=${n}: ${w} vs ${j}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

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
        const [w, j] = both('science_integrate', parts.join(' + '), a, b, n);
        const scale = js.callFunction('science_integrate', parts.map((p) => `abs(${p})`).join(' + '), a, b, n);
        expect(Math.abs(w - j)).toBeLessThanOrEqual(1e-12 * Math.abs(scale) + 1e-300);
      }),
      { numRuns: 250 },
    );
  });

  it('gives the same value or the same error for random strings', () => {
    const junk = fc
      .array(fc.constantFrom('x', '1', '2', '.', 'e', 'E', '(', ')', '+', '-', '*', '/', '^', ' ', 'p', 'i', 'y', '$', 'é', '😀', '\t', '9'), { maxLength: 14 })
      .map((a) => a.join(''));
    fc.assert(fc.property(junk, (expr) => void sameOutcome('science_integrate', [expr, 0, 1, 4])), { numRuns: 400 });
  });

  it('states the position in its errors, the same from both backends', () => {
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
      const ew = errorOf(wasm, 'science_integrate', [expr, 0, 1, 2]);
      const ej = errorOf(js, 'science_integrate', [expr, 0, 1, 2]);
      expect(ej).toBeInstanceOf(InvalidArgumentError);
      expect(ew).toBeInstanceOf(InvalidArgumentError);
      expect(ej.message).toBe(`science_integrate: 'expr' ${message}`);
      expect(ew.message).toBe(ej.message);
    }
  });

  it('accepts nesting up to the limit and long flat expressions', () => {
    const deep = `${'('.repeat(100)}x${')'.repeat(100)}`;
    expect(both('science_integrate', deep, 0, 2, 2)).toEqual([2, 2]);
    const long = Array.from({ length: 2000 }, (_, i) => `${i % 7}*x`).join('+');
    const [w, j] = both('science_integrate', long, -1, 3, 10);
    expect(w).toBe(j);
    expect(both('science_integrate', '1e308 * x * 10', 0, 1, 2)).toEqual([Infinity, Infinity]);
  });

  it('rejects bad arguments with the same error', () => {
    for (const args of [
      [],
      ['x', 0, 1],
      [42, 0, 1, 2],
      [null, 0, 1, 2],
      ['x', NaN, 1, 2],
      ['x', 0, Infinity, 2],
      ['x', '0', 1, 2],
      ['x', 0, 1, 3],
      ['x', 0, 1, 0],
      ['x', 0, 1, -2],
      ['x', 0, 1, 2.5],
      ['x', 0, 1, 1e9],
      ['x'.repeat(10001), 0, 1, 2],
    ]) {
      const ew = errorOf(wasm, 'science_integrate', args);
      const ej = errorOf(js, 'science_integrate', args);
      expect(ew).toBeInstanceOf(InvalidArgumentError);
      expect(ew.message).toBe(ej.message);
    }
    expect(both('science_integrate', 'x', 0, 1, 2)).toEqual([0.5, 0.5]);
  });
});
