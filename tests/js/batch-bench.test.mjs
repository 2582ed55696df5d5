// The batch and resident workloads of bench/workloads.mjs (issue 14) run through the
// suite and check what they are given: every result verified on JS and WASM, and a wrong
// answer from a batch or a resident call is reported, never timed as a success. No timing
// assertions (npm run bench reports the speed).
import { describe, expect, it } from 'vitest';
import * as api from 'multilingual-wasm';
import { runSuite } from '../../bench/workloads.mjs';

const IDS = ['batch-sha256', 'batch-sha256-loop', 'batch-fibonacci', 'batch-fibonacci-loop', 'batch-matrix-8', 'batch-matrix-8-loop', 'xor-10mb-resident', 'blur-4k-resident'];

/** The real package, but on WASM callBatch swaps two results and XOR into a WasmArray flips a bit. */
function lyingApi() {
  class LyingSelector extends api.BackendSelector {
    callBatch(name, argsList, options) {
      const results = super.callBatch(name, argsList, options);
      if (this.config.preferBackend === 'wasm' && results.length > 1) [results[0], results[1]] = [results[1], results[0]];
      return results;
    }

    callFunction(name, ...args) {
      const result = super.callFunction(name, ...args);
      const out = args[2]?.out;
      if (this.config.preferBackend === 'wasm' && name === 'crypto_xor_encrypt' && out) out.array[7] ^= 1;
      return result;
    }
  }
  return { ...api, BackendSelector: LyingSelector };
}

describe('batch and resident workloads in the suite', () => {
  it('every result is checked and verified, on JS and WASM', async () => {
    const doc = await runSuite({ api, quick: true, runs: 1, workloads: IDS, variants: ['simd'] });
    for (const id of IDS) {
      const rows = doc.results.filter((r) => r.id === id);
      // (and AUTO, on the workloads it has a route for; pure JS beside a JS answer that used
      // the platform's code, e.g. node:crypto's SHA-256)
      const platform = rows.some((r) => r.backend === 'js' && r.jsPath && r.jsPath !== 'js');
      expect(rows.map((r) => r.backend).filter((b) => b !== 'auto').sort(), id).toEqual(platform ? ['js', 'js-pure', 'wasm'] : ['js', 'wasm']);
      for (const r of rows) expect(r.verified, `${id} on ${r.backend}: ${r.error}`).toBe(true);
    }
  }, 120_000);

  it('a wrong batch result or a wrong resident result is reported', async () => {
    const doc = await runSuite({ api: lyingApi(), quick: true, runs: 1, workloads: ['batch-fibonacci', 'batch-sha256', 'xor-10mb-resident'], variants: ['simd'] });
    for (const r of doc.results) {
      if (r.backend === 'auto') continue; // the lying selector lies only when WASM is forced
      const ranOn = r.backend;
      expect(r.verified, `${r.id} on ${r.backend}`).toBe(ranOn === 'js');
      if (ranOn === 'wasm') expect(r.error).toMatch(/differs from the JS backend's answer|want|byte/);
    }
  }, 120_000);
});
