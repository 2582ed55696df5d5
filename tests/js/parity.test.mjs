// One parity suite: every operation in listOperations() × every backend and build —
// JS, and the WASM builds baseline, simd and simd-threads, each forced through the public
// config (preferBackend 'wasm' plus simd/threads) — on inputs from the operation's own
// registry row (`arbitrary(fc)`, js/registry/*.js). Each WASM build must give exactly the
// JS answer (same type, same bits: Object.is on numbers) or the same error class and
// message, report that it ran on WASM in that build, and leave its heap where it was.
// The way tfjs-backend-wasm reruns its shared core suite per backend: the per-family files
// in tests/js/ops/ keep only what is specific to one operation.
//
// Runs per operation: env MLW_PARITY_RUNS (default 40), sized for a 2-core machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MultilingualWasmError, listOperations } from 'multilingual-wasm';
import { operations } from '../../js/registry/index.js';
import { BUILDS, agreed, useBackends } from './backends.mjs';

const RUNS = Number(process.env.MLW_PARITY_RUNS ?? 40);

/**
 * Operations left out, each with its reason. Only those without a WASM kernel: there is
 * nothing to compare (their own semantics: tests/js/ops/data.test.mjs).
 */
const EXCLUDED = Object.fromEntries(
  listOperations()
    .filter((op) => !op.wasm)
    .map((op) => [op.name, 'JS-only: it takes a JS callback, so it has no WASM kernel to compare with']),
);

const selectors = useBackends();

describe('parity: every operation × JS, baseline, simd, simd-threads', () => {
  const ops = listOperations();

  it('every operation is either compared or excluded with a reason', () => {
    const compared = ops.filter((op) => !EXCLUDED[op.name]).map((op) => op.name);
    expect(compared.length + Object.keys(EXCLUDED).length).toBe(ops.length);
    for (const name of compared) expect(typeof operations.get(name).arbitrary, `${name}: arbitrary in its row`).toBe('function');
    for (const reason of Object.values(EXCLUDED)) expect(reason.length).toBeGreaterThan(20);
  });

  for (const op of ops) {
    it.skipIf(EXCLUDED[op.name])(`${op.name}${EXCLUDED[op.name] ? ` (excluded: ${EXCLUDED[op.name]})` : ''}`, () => {
      const builds = Object.keys(BUILDS);
      const heapBefore = builds.map((b) => selectors[b].status().memory.bytes);
      fc.assert(
        fc.property(operations.get(op.name).arbitrary(fc), (args) => {
          try {
            agreed(selectors, op.name, ...args);
          } catch (error) {
            // Every backend threw this same package error (agreed() checked it): an input
            // the operation rejects, as some arbitraries generate on purpose.
            if (!(error instanceof MultilingualWasmError)) throw error;
          }
        }),
        { numRuns: RUNS },
      );
      expect(builds.map((b) => selectors[b].status().memory.bytes), 'heap in use after the runs').toEqual(heapBefore);
    });
  }
});
