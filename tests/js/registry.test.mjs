// Every per-operation fact lives in the operation's registry row (js/registry/*.js).
// This fails when an operation with a WASM kernel lacks any of them, or lacks its
// thresholds.json entry (without one AUTO would send every size to WASM, and no sweep
// would ever measure it): see docs/CONTRIBUTING.md, "Adding an operation".
import fs from 'node:fs';
import { transform } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as mlw from 'multilingual-wasm';
import * as kit from '../../bench/checks.mjs';
import thresholds from '../../thresholds.json';
import { FAMILY_NAMES, allPolicyKeys, operations, validated } from '../../js/registry/index.js';
import { measured } from '../../js/validate.js';
import { TEST_ONLY_FACTS } from '../../js/registry/test-facts.js';

const listed = mlw.listOperations();
const wasmOps = listed.filter((op) => op.wasm).map((op) => op.name);
const FOR_EVERY_OPERATION = ['name', 'signature', 'description', 'complexity', 'validate', 'js', 'sample', 'badInputs', 'largeInput'];
const FOR_WASM_OPERATIONS = ['wasm', 'arbitrary', 'sweep'];
const FUNCTIONS = new Set(['validate', 'js', 'wasm', 'sample', 'arbitrary', 'badInputs', 'largeInput', 'sweep', 'threadSweep']);

/** The facts `row` lacks (a function where FUNCTIONS says so, otherwise a non-empty string). */
function missing(row, fields) {
  return fields.filter((f) => (FUNCTIONS.has(f) ? typeof row[f] !== 'function' : typeof row[f] !== 'string' || row[f] === ''));
}

describe('registry rows', () => {
  it('are exactly the operations the package lists, in its order', () => {
    expect([...operations.keys()]).toEqual(listed.map((op) => op.name));
  });

  it('every operation has its facts; every one with a WASM kernel also its wasm, arbitrary and sweep', () => {
    const lacking = {};
    for (const [name, row] of operations) {
      const gaps = missing(row, [...FOR_EVERY_OPERATION, ...(wasmOps.includes(name) ? FOR_WASM_OPERATIONS : [])]);
      if (gaps.length) lacking[name] = gaps;
    }
    expect(lacking).toEqual({});
  });

  it('every operation with a WASM kernel, and each of its input kinds, has a thresholds.json entry with a measured wasmMinSize', () => {
    const keys = allPolicyKeys().filter(({ plan }) => wasmOps.includes(plan.name)).map(({ key }) => key);
    expect(keys.length).toBeGreaterThan(wasmOps.length); // search_contains, data_sort and matrix_transpose have kinds
    const without = keys.filter((key) => !Number.isInteger(thresholds.operations[key]?.wasmMinSize));
    expect(without).toEqual([]);
    expect(Object.keys(thresholds.operations).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('a row with input kinds tells them apart in validate() and says how to calibrate each (kindSweeps)', () => {
    for (const [name, row] of operations) {
      if (!row.kinds) continue;
      for (const k of row.kinds.slice(1)) {
        expect(typeof row.kindSweeps?.[k], `${name}: kindSweeps.${k}`).toBe('function');
        const { scales, args } = row.kindSweeps[k](kit);
        expect(validated(row, args(scales[0])).kind, `${name}: kindSweeps.${k} gives that kind`).toBe(k);
      }
      expect(validated(row, row.sweep(kit).args(row.sweep(kit).scales[0])).kind, `${name}: sweep gives the first kind`).toBe(row.kinds[0]);
    }
  });

  // The selector reads the call's size and input kind from what validate() recorded last
  // (js/validate.js sized()): a validate path that returned without recording would route
  // the call by the previous call's size. Every accepted input of every row, on every path
  // its arbitrary reaches, must record a fresh size and a kind the row has.
  it("every row's validate() records its input's size and kind (sized()) on every path", () => {
    for (const [name, row] of operations) {
      const check = (args) => {
        measured.size = Number.NaN;
        measured.kind = -1;
        try {
          row.validate(args);
        } catch {
          return; // rejected inputs route nowhere
        }
        expect(Number.isFinite(measured.size) && measured.size >= 0, `${name}: size recorded`).toBe(true);
        expect(measured.kind >= 0 && measured.kind < (row.kinds?.length ?? 1), `${name}: kind recorded`).toBe(true);
      };
      check(row.sample());
      if (typeof row.arbitrary === 'function') fc.assert(fc.property(row.arbitrary(fc), (args) => check(args)), { numRuns: 60, seed: 7 });
      for (const k of row.kinds?.slice(1) ?? []) {
        const { scales, args } = row.kindSweeps[k](kit);
        check(args(scales[0]));
      }
    }
  });

  it('AUTO routes each input kind by its own threshold (matrix_transpose: {rows, cols, data} vs arrays of arrays)', async () => {
    const s = await mlw.BackendSelector.create({ threads: false, thresholds: { matrix_transpose: { wasmMinSize: 0 }, 'matrix_transpose:arrays': { wasmMinSize: 1e9 } } });
    try {
      if (!s.isWasmAvailable()) return;
      const m = kit.randomMatrix(64, 64, 1);
      const nested = Array.from({ length: 64 }, (_, i) => Array.from(m.data.subarray(i * 64, (i + 1) * 64)));
      s.callFunction('matrix_transpose', m);
      expect(s.lastCallReport().backend).toBe('wasm');
      s.callFunction('matrix_transpose', nested);
      expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^below-threshold: size 4096 < 1000000000/) });
    } finally {
      s.dispose();
    }
  });

  it('the threaded operations (threadsMinSize in thresholds.json) are the rows with a threadSweep', () => {
    const threaded = Object.entries(thresholds.operations).filter(([, t]) => t.threadsMinSize !== undefined).map(([name]) => name);
    const withSweep = [...operations].filter(([, row]) => typeof row.threadSweep === 'function').map(([name]) => name);
    expect(withSweep.sort()).toEqual(threaded.sort());
  });

  it('every fact gives what its row validates: arbitrary, largeInput, sweep and threadSweep arguments', () => {
    for (const [name, row] of operations) {
      const check = (what, args) => {
        expect(Array.isArray(args), `${name}: ${what} gives an argument list`).toBe(true);
        expect(() => row.validate(args), `${name}: ${what}`).not.toThrow();
      };
      check('sample()', row.sample());
      check('largeInput(64 KiB)', row.largeInput(64 * 1024, kit));
      for (const sweep of ['sweep', 'threadSweep']) {
        if (!row[sweep]) continue;
        const { scales, args } = row[sweep](kit);
        expect(scales.length, `${name}: ${sweep} scales`).toBeGreaterThanOrEqual(3);
        check(`${sweep} at its first scale`, args(scales[0]));
      }
      // Most generated cases are valid (some arbitraries add edited texts on purpose).
      if (row.arbitrary) {
        const cases = fc.sample(row.arbitrary(fc), { numRuns: 20, seed: 7 });
        const valid = cases.filter((args) => {
          expect(Array.isArray(args), `${name}: arbitrary gives argument lists`).toBe(true);
          try {
            row.validate(args);
            return true;
          } catch {
            return false;
          }
        });
        expect(valid.length, `${name}: valid cases among 20 from its arbitrary`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('every bad input names its case, builds arguments lazily and expects a package error class', () => {
    for (const [name, row] of operations) {
      const cases = row.badInputs(kit);
      expect(cases.length, name).toBeGreaterThan(0);
      expect(new Set(cases.map((c) => c.what)).size, `${name}: distinct names`).toBe(cases.length);
      for (const c of cases) {
        expect(typeof c.what).toBe('string');
        expect(typeof c.args).toBe('function');
        expect(c.message).toBeInstanceOf(RegExp);
        for (const error of [c.error].flat()) expect(mlw[error]?.prototype, `${name}: ${c.what}: ${error}`).toBeInstanceOf(mlw.MultilingualWasmError);
      }
    }
  });
});

describe('the published bundles', () => {
  const files = ['index.mjs', 'index.cjs', 'multilingual-wasm.global.js', 'worker.mjs', 'worker.cjs', 'multilingual-wasm.worker.js'];
  const bundles = files.map((file) => new URL(`../../dist/${file}`, import.meta.url));

  it('carry none of the test-only facts (scripts/build-js.mjs cuts them; the rows in js/ keep them)', async () => {
    for (const file of bundles) {
      // The code only: the bundles keep comments, which may name a fact.
      const { code } = await transform(fs.readFileSync(file, 'utf8'), { minifyWhitespace: true, legalComments: 'none' });
      for (const fact of TEST_ONLY_FACTS) expect(new RegExp(`\\b${fact}\\b`).test(code), `${file}: ${fact}`).toBe(false);
    }
  });

  it('are ASCII (one non-ASCII character in a kept comment makes engines hold the source as two-byte text)', () => {
    for (const file of bundles) expect(/[^\x00-\x7f]/.exec(fs.readFileSync(file, 'latin1'))?.index, String(file)).toBeUndefined();
  });

  it('the test-only facts are facts of the rows, and not the ones the package reads at run time', () => {
    for (const fact of TEST_ONLY_FACTS) expect([...operations.values()].some((row) => fact in row), fact).toBe(true);
    // selector.calibrate() walks `sweep`; warmUp() calls `sample`.
    expect(TEST_ONLY_FACTS).not.toContain('sweep');
    expect(TEST_ONLY_FACTS).not.toContain('sample');
  });
});

describe('families', () => {
  it('each has its <Family>Operations helper with one camel-case member per operation, and no other helper exists', () => {
    const helperNames = Object.keys(mlw).filter((k) => /^[A-Z][a-z]+Operations$/.test(k));
    expect(helperNames.sort()).toEqual(FAMILY_NAMES.map((f) => `${f[0].toUpperCase()}${f.slice(1)}Operations`).sort());
    for (const family of FAMILY_NAMES) {
      const helper = mlw[`${family[0].toUpperCase()}${family.slice(1)}Operations`];
      const names = listed.filter((op) => op.family === family).map((op) => op.name);
      expect(Object.keys(helper).length, family).toBe(names.length);
    }
    expect(new Set(listed.map((op) => op.family))).toEqual(new Set(FAMILY_NAMES));
  });
});
