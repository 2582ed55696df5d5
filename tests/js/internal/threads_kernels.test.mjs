// The threaded kernels (matrix_multiply f64/f32, image_blur, science_monte_carlo_pi):
// the simd-threads build on 2 threads, the simd build with threads: false and the JS
// fallback give the same bits, and the policy really hands 2 threads to large calls.
//
// Two ways to get threads: the shipped thresholds.json (threadsMinSize, calibrated by
// bench/calibrate.mjs) for large inputs, and, for many small odd shapes, a policy row
// set to "threads from size 0" on the threaded instance (as js/policy.js sets a row), so ragged splits (fewer rows than threads, edge tiles) are covered.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector } from 'multilingual-wasm';
import thresholds from '../../../thresholds.json';

const OPS = ['matrix_multiply', 'image_blur', 'science_monte_carlo_pi'];

let threaded; // threads: 2, AUTO
let forced; // threads: 2, AUTO, policy says "threads from size 0" for OPS
let single; // threads: false, preferBackend 'wasm'
let js;
beforeAll(async () => {
  threaded = await BackendSelector.create({ threads: 2 });
  forced = await BackendSelector.create({ threads: 2 });
  single = await BackendSelector.create({ threads: false, preferBackend: 'wasm' });
  js = await BackendSelector.create({ preferBackend: 'js' });
  // The pool loads after ready; the thread count is granted once it has.
  await threaded.warmUp([]);
  await forced.warmUp([]);
  // Threads from size 0 for these operations (a thresholds.json row, handed to the C++ policy).
  const ids = forced.listOperations().map((op) => op.name);
  for (const name of OPS) forced._policy.setThresholds(ids.indexOf(name), { wasmMinSize: 0, threadsMinSize: 0 });
});
afterAll(() => {
  for (const s of [threaded, forced, single, js]) s?.dispose();
});

const THREADED_REPORT = /threaded on 2 threads/;

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function matrix(rows, cols, seed, type) {
  const next = lcg(seed);
  const data = type === 'f32' ? new Float32Array(rows * cols) : new Float64Array(rows * cols);
  // A spread of exponents and signs, so a different summation order shows in the low bits.
  for (let i = 0; i < data.length; i++) data[i] = (next() * 2 - 1) * 2 ** Math.floor(next() * 20 - 10);
  return { rows, cols, data };
}
function image(width, height, seed) {
  const next = lcg(seed);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i++) data[i] = (next() * 256) | 0;
  return { width, height, data };
}
const bits = (r) => (typeof r === 'number' ? [r] : Array.from(r.data ?? r));
function expectSameBits(a, b, what) {
  const x = bits(a);
  const y = bits(b);
  expect(x.length, what).toBe(y.length);
  const at = x.findIndex((v, i) => !Object.is(v, y[i]));
  expect(at, `${what}: first difference at ${at}`).toBe(-1);
}

/** One call on each selector: threaded result vs threads:false vs JS, and the reports. */
function compareAll(threadedSelector, name, args) {
  const t = threadedSelector.callFunction(name, ...args);
  const report = threadedSelector.lastCallReport();
  expect(report.backend).toBe('wasm');
  expect(report.variant).toBe('simd-threads');
  const s = single.callFunction(name, ...args);
  expect(single.lastCallReport()).toMatchObject({ backend: 'wasm', variant: 'simd' });
  const j = js.callFunction(name, ...args);
  expect(js.lastCallReport().backend).toBe('js');
  expectSameBits(t, s, `${name}: 2 threads vs threads: false`);
  expectSameBits(t, j, `${name}: 2 threads vs JS`);
  return report;
}

describe('threaded kernels', () => {
  it('the threads build is in use with 2 threads granted', () => {
    expect(threaded.status().variant).toBe('simd-threads');
    expect(threaded.status().threads.granted).toBe(2);
    expect(single.status().variant).toBe('simd');
  });

  // Large inputs: the shipped thresholds must send these to 2 threads.
  const large = {
    matrix_multiply: [
      ['f64 300×300', () => [matrix(300, 300, 1, 'f64'), matrix(300, 300, 2, 'f64')]],
      ['f32 300×300', () => [matrix(300, 300, 3, 'f32'), matrix(300, 300, 4, 'f32')]],
    ],
    image_blur: [
      ['box 1024×768 r=2', () => [image(1024, 768, 5), 2, { kind: 'box' }]],
      ['gaussian 1024×768 r=4', () => [image(1024, 768, 6), 4, { kind: 'gaussian' }]],
    ],
    science_monte_carlo_pi: [['4 M samples', () => [4_000_000, 7]]],
  };
  for (const [name, cases] of Object.entries(large)) {
    for (const [label, args] of cases) {
      it(`${name} ${label}: same bits on 2 threads, 1 thread and JS; AUTO used 2 threads`, () => {
        expect(thresholds.operations[name].threadsMinSize).toBeGreaterThanOrEqual(0);
        const report = compareAll(threaded, name, args());
        expect(report.reason).toMatch(THREADED_REPORT);
      });
    }
  }

  it('matrix_multiply: random shapes (rows below, at and above the split) on 2 threads', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 23 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 23 }),
        fc.constantFrom('f64', 'f32'),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (m, k, n, type, seed) => {
          const report = compareAll(forced, 'matrix_multiply', [matrix(m, k, seed, type), matrix(k, n, seed + 1, type)]);
          expect(report.reason).toMatch(THREADED_REPORT);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('image_blur: random sizes, radii and kinds on 2 threads', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('box', 'gaussian'),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (w, h, r, kind, seed) => {
          const report = compareAll(forced, 'image_blur', [image(w, h, seed), r, { kind }]);
          expect(report.reason).toMatch(THREADED_REPORT);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('science_monte_carlo_pi: random sample counts around block boundaries on 2 threads', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 70_000 }), fc.integer({ min: 65_536 * 3, max: 65_536 * 9 + 5 })),
        fc.integer({ min: 0, max: 0xffffffff }),
        (samples, seed) => {
          const report = compareAll(forced, 'science_monte_carlo_pi', [samples, seed]);
          expect(report.reason).toMatch(THREADED_REPORT);
        },
      ),
      { numRuns: 200 },
    );
  });
});
