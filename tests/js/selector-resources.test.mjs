// Selector behaviour of issue 10 items 10 and 11: the call report of a call that threw,
// the message of preferBackend 'wasm' before ready, and the bound on threads pools per
// process (many selectors with default options must not each start a pool).
import { afterEach, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError, UnknownOperationError, WasmMemoryError, WasmUnavailableError, clearModuleCache } from 'multilingual-wasm';

const selectors = [];
async function make(config) {
  const s = await BackendSelector.create(config);
  selectors.push(s);
  return s;
}
afterEach(() => {
  for (const s of selectors.splice(0)) s.dispose();
  clearModuleCache();
});

describe('lastCallReport() after a call that threw describes that call', () => {
  it('a validation error: the operation, no backend, the error', async () => {
    const s = await make({ threads: false });
    s.callFunction('numeric_gcd', 12, 18);
    expect(() => s.callFunction('crypto_sha256', 42)).toThrow(InvalidArgumentError);
    const report = s.lastCallReport();
    expect(report).toMatchObject({ operation: 'crypto_sha256', backend: null, error: { name: 'InvalidArgumentError' } });
    expect(report.error.message).toMatch(/^crypto_sha256: /);
  });

  it('an unknown operation: the name asked for', async () => {
    const s = await make({ threads: false });
    expect(() => s.callFunction('no_such_op', 1)).toThrow(UnknownOperationError);
    expect(s.lastCallReport()).toMatchObject({ operation: 'no_such_op', backend: null, error: { name: 'UnknownOperationError' } });
  });

  it("a WasmMemoryError under preferBackend 'wasm': the backend tried and the variant", async () => {
    const s = await make({ threads: false, preferBackend: 'wasm', maxMemoryPages: 64 });
    expect(() => s.callFunction('data_sort', new Float64Array(1 << 20))).toThrow(WasmMemoryError);
    expect(s.lastCallReport()).toMatchObject({ operation: 'data_sort', backend: 'wasm', variant: 'simd', error: { name: 'WasmMemoryError' } });
    // The next call is described as usual again.
    s.callFunction('numeric_gcd', 12, 18);
    expect(s.lastCallReport().error).toBeUndefined();
    expect(s.lastCallReport().operation).toBe('numeric_gcd');
  });
});

describe("preferBackend 'wasm' before ready", () => {
  it('says to await ready or use BackendSelector.create()', async () => {
    const s = new BackendSelector({ preferBackend: 'wasm', threads: false });
    selectors.push(s);
    let error = null;
    try {
      s.callFunction('numeric_gcd', 12, 18);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WasmUnavailableError);
    expect(error.message).toMatch(/await selector\.ready/);
    expect(error.message).toMatch(/BackendSelector\.create\(/);
    await s.ready;
    expect(s.callFunction('numeric_gcd', 12, 18)).toBe(6);
  });
});

describe('threads pools per process are bounded', () => {
  it('the first four selectors get simd-threads, the rest simd with the reason; dispose() frees a place', async () => {
    const many = [];
    for (let i = 0; i < 7; i++) many.push(await make({ threads: 2 }));
    await Promise.all(many.map((s) => s.warmUp([])));
    const variants = many.map((s) => s.status().variant);
    expect(variants.filter((v) => v === 'simd-threads')).toHaveLength(4); // MAX_THREADS_INSTANCES
    expect(variants.filter((v) => v === 'simd')).toHaveLength(3);
    for (const s of many.slice(4)) {
      expect(s.status().threads.reason).toMatch(/already run a threads pool/);
      expect(s.status().threads.reason).toMatch(/dispose\(\)/);
      expect(s.callFunction('numeric_gcd', 12, 18)).toBe(6);
    }
    many[0].dispose();
    const next = await make({ threads: 2 });
    await next.warmUp([]);
    expect(next.status().variant).toBe('simd-threads');
  });
});
