// The C++ policy seen from JS: the numbers of thresholds.json reach it, its decisions
// cross the embind boundary intact, and the selector routes by them. Operations get
// thresholds from thresholds.json at instantiation; here a row is added to a live
// instance (the same call js/policy.js makes) so the test does not depend on the
// calibrated file's contents.
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

function addThresholds(s, name, wasmMinSize, threadsMinSize, maxThreads) {
  const inst = s._instance;
  inst.policyIds.set(name, { id: inst.module.policy_set(name, wasmMinSize, threadsMinSize, maxThreads), wasmMinSize, threadsMinSize });
}

const unpack = (p) => ({ wasm: (p & 1) === 1, path: ['scalar', 'simd', 'threaded'][(p >> 1) & 3], threads: p >> 8 });

describe('policy across the boundary', () => {
  it('decides route, path and threads from the numbers it was given (simd-threads, 2 threads)', async () => {
    const s = await create({ threads: 2 });
    const M = s._instance.module;
    const id = M.policy_set('probe_op', 100, 5000, 0);
    expect(unpack(M.policy_decide(id, 99))).toEqual({ wasm: false, path: 'simd', threads: 1 });
    expect(unpack(M.policy_decide(id, 100))).toEqual({ wasm: true, path: 'simd', threads: 1 });
    expect(unpack(M.policy_decide(id, 5000))).toEqual({ wasm: true, path: 'threaded', threads: 2 });
    const capped = M.policy_set('capped_op', 0, 10, 1);
    expect(unpack(M.policy_decide(capped, 1e9))).toEqual({ wasm: true, path: 'simd', threads: 1 });
    expect(unpack(M.policy_decide(-1, 1))).toEqual({ wasm: true, path: 'simd', threads: 1 });
  });

  it('never grants threads in a build without them', async () => {
    for (const [config, path] of [[{ threads: false }, 'simd'], [{ simd: false }, 'scalar']]) {
      const s = await create(config);
      const M = s._instance.module;
      expect(M.configure_instance(8)).toBe(1);
      const id = M.policy_set('probe_op', 0, 1, 0);
      expect(unpack(M.policy_decide(id, 1e9))).toEqual({ wasm: true, path, threads: 1 });
    }
  });

  it('rejects nonsense numbers instead of trusting them', async () => {
    const s = await create({ threads: 2 });
    const M = s._instance.module;
    const id = M.policy_set('odd_op', NaN, NaN, -3);
    expect(unpack(M.policy_decide(id, 0))).toEqual({ wasm: true, path: 'simd', threads: 1 });
  });
});

describe('selector routing by the policy', () => {
  it('AUTO answers on JS below wasmMinSize and on WASM from it, saying so', async () => {
    const s = await create({ threads: 2 });
    addThresholds(s, 'crypto_xor_encrypt', 64, 1 << 20, 0);
    s.callFunction('crypto_xor_encrypt', new Uint8Array(63), new Uint8Array([1]));
    expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: 'below-threshold: size 63 < 64 (thresholds.json)' });
    s.callFunction('crypto_xor_encrypt', new Uint8Array(64), new Uint8Array([1]));
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', reason: 'auto: size 64 >= 64, simd', variant: 'simd-threads' });
    s.callFunction('crypto_xor_encrypt', new Uint8Array(1 << 20), new Uint8Array([1]));
    expect(s.lastCallReport().reason).toBe(`auto: size ${1 << 20} >= 64, threaded on 2 threads`);
  });

  it('preferBackend wasm is not overruled by the thresholds', async () => {
    const s = await create({ threads: false, preferBackend: 'wasm' });
    addThresholds(s, 'crypto_xor_encrypt', 1e9, -1, 0);
    s.callFunction('crypto_xor_encrypt', new Uint8Array(8), new Uint8Array([1]));
    expect(s.lastCallReport().backend).toBe('wasm');
  });

  it('per-call cost of asking the policy (measured, not asserted)', async () => {
    for (const threads of [false, 2]) {
      const s = await create({ threads });
      const M = s._instance.module;
      const id = M.policy_set('probe_op', 100, 5000, 0);
      const runs = [];
      for (let r = 0; r < 5; r++) {
        const n = 100000;
        let acc = 0;
        const t = performance.now();
        for (let i = 0; i < n; i++) acc += M.policy_decide(id, i);
        runs.push(((performance.now() - t) / n) * 1e6);
        expect(acc).toBeGreaterThan(0);
      }
      runs.sort((a, b) => a - b);
      console.log(`policy_decide on ${s.status().variant}: median ${runs[2].toFixed(0)} ns per call (min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)})`);
    }
  });
});
