// The C++ policy seen from JS: the numbers of thresholds.json reach it, its decisions
// cross the embind boundary intact (Decision/Shortcut value_objects), and the selector
// routes by them. Operations get thresholds from thresholds.json at instantiation; here
// rows are replaced on a live instance through its InstancePolicy (js/policy.js) so the
// test does not depend on the calibrated file's contents. Internal: reads _policy.
import { afterEach, describe, expect, it } from 'vitest';
import { BackendSelector, clearModuleCache } from 'multilingual-wasm';

const selectors = [];
async function create(config) {
  const s = await BackendSelector.create(config);
  selectors.push(s);
  await s.warmUp([]); // the threads build grants its threads once the pool has loaded
  return s;
}
afterEach(() => {
  for (const s of selectors.splice(0)) s.dispose();
  clearModuleCache();
});

const idOf = (s, name) => s.listOperations().findIndex((op) => op.name === name);
// An id no operation uses (the policy holds up to POLICY_MAX_OPERATIONS rows).
const PROBE = 400;

describe('policy across the boundary', () => {
  it('decides route, path and threads from the numbers it was given (simd-threads, 2 threads)', async () => {
    const s = await create({ threads: 2 });
    const p = s._policy;
    expect(p.setThresholds(PROBE, { wasmMinSize: 100, threadsMinSize: 5000 })).toBe(true);
    expect(p.decide(PROBE, 99)).toEqual({ wasm: false, path: 'simd', threads: 1 });
    expect(p.decide(PROBE, 100)).toEqual({ wasm: true, path: 'simd', threads: 1 });
    expect(p.decide(PROBE, 5000)).toEqual({ wasm: true, path: 'threaded', threads: 2 });
    p.setThresholds(PROBE + 1, { wasmMinSize: 0, threadsMinSize: 10, maxThreads: 1 });
    expect(p.decide(PROBE + 1, 1e9)).toEqual({ wasm: true, path: 'simd', threads: 1 });
    expect(p.decide(-1, 1)).toEqual({ wasm: true, path: 'simd', threads: 1 });
    expect(p.setThresholds(s._instance.module.POLICY_MAX_OPERATIONS, {})).toBe(false);
  });

  it('never grants threads in a build without them', async () => {
    for (const [config, path] of [[{ threads: false }, 'simd'], [{ simd: false }, 'scalar']]) {
      const s = await create(config);
      const p = s._policy;
      expect(p.configure(8)).toBe(1);
      const id = idOf(s, 'image_blur');
      p.setThresholds(id, { wasmMinSize: 0, threadsMinSize: 1 });
      expect(p.decide(id, 1e9)).toEqual({ wasm: true, path, threads: 1 });
      expect(p.threadsFrom[id]).toBe(Infinity);
    }
  });

  it('rejects nonsense numbers instead of trusting them', async () => {
    const s = await create({ threads: 2 });
    const p = s._policy;
    p.setThresholds(PROBE, { wasmMinSize: NaN, threadsMinSize: NaN, maxThreads: -3 });
    expect(p.decide(PROBE, 0)).toEqual({ wasm: true, path: 'simd', threads: 1 });
  });
});

describe('selector routing by the policy', () => {
  it('AUTO answers on JS below wasmMinSize and on WASM from it, saying so', async () => {
    const s = await create({ threads: 2 });
    s._policy.setThresholds(idOf(s, 'crypto_xor_encrypt'), { wasmMinSize: 64, threadsMinSize: 1 << 20 });
    s.callFunction('crypto_xor_encrypt', new Uint8Array(63), new Uint8Array([1]));
    expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: 'below-threshold: size 63 < 64 (thresholds.json)' });
    s.callFunction('crypto_xor_encrypt', new Uint8Array(64), new Uint8Array([1]));
    // One thread: the simd instance kept beside simd-threads answers (js/instance.js `single`).
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', reason: 'auto: size 64 >= 64, simd', variant: 'simd' });
    s.callFunction('crypto_xor_encrypt', new Uint8Array(1 << 20), new Uint8Array([1]));
    expect(s.lastCallReport()).toMatchObject({ reason: `auto: size ${1 << 20} >= 64, threaded on 2 threads`, variant: 'simd-threads' });
  });

  it('preferBackend wasm is not overruled by the thresholds', async () => {
    const s = await create({ threads: false, preferBackend: 'wasm' });
    s._policy.setThresholds(idOf(s, 'crypto_xor_encrypt'), { wasmMinSize: 1e9 });
    s.callFunction('crypto_xor_encrypt', new Uint8Array(8), new Uint8Array([1]));
    expect(s.lastCallReport().backend).toBe('wasm');
  });

  it('per-call cost of asking the policy (measured, not asserted)', async () => {
    for (const threads of [false, 2]) {
      const s = await create({ threads });
      const p = s._policy;
      p.setThresholds(PROBE, { wasmMinSize: 100, threadsMinSize: 5000 });
      const runs = [];
      for (let r = 0; r < 5; r++) {
        const n = 20000;
        let acc = 0;
        const t = performance.now();
        for (let i = 0; i < n; i++) acc += p.decide(PROBE, i).threads;
        runs.push(((performance.now() - t) / n) * 1e6);
        expect(acc).toBeGreaterThan(0);
      }
      runs.sort((a, b) => a - b);
      console.log(`policy decide on ${s.status().variant}: median ${runs[2].toFixed(0)} ns per call (min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)})`);
    }
  });
});
