// profileKernels: lastCallReport().kernelMs is the time inside the C++ kernels of a WASM
// call (part of ms, never more), absent on JS calls and when the option is off.
import { afterAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError } from 'multilingual-wasm';

const selectors = [];
const make = async (config) => {
  const s = await BackendSelector.create(config);
  selectors.push(s);
  return s;
};
afterAll(() => selectors.forEach((s) => s.dispose()));

const hasWasm = (await BackendSelector.create({ preferBackend: 'wasm' })).isWasmAvailable();

describe('profileKernels', () => {
  it('is validated like every option', () => {
    expect(() => new BackendSelector({ profileKernels: 'yes' })).toThrow(InvalidArgumentError);
    expect(() => new BackendSelector({ profileKernels: 'yes' })).toThrow(/option 'profileKernels' must be true or false/);
  });

  it.runIf(hasWasm)('reports kernelMs for WASM calls: within the call, and most of a compute-bound one', async () => {
    const s = await make({ preferBackend: 'wasm', threads: false, profileKernels: true });
    expect(s.status().config.profileKernels).toBe(true);
    // Fibonacci(27) by naive recursion: milliseconds of kernel, microseconds around it.
    expect(s.callFunction('numeric_fibonacci_recursive', 27)).toBe(196418);
    const r = s.lastCallReport();
    expect(r.backend).toBe('wasm');
    expect(r.kernelMs).toBeGreaterThan(0);
    expect(r.kernelMs).toBeLessThanOrEqual(r.ms);
    expect(r.kernelMs).toBeGreaterThan(r.ms / 2);
  });

  it.runIf(hasWasm)('sums every kernel call of an operation that streams (XOR over 3 chunks), and restarts per call', async () => {
    const s = await make({ preferBackend: 'wasm', threads: false, profileKernels: true });
    const data = new Uint8Array(3 << 20).fill(5);
    s.callFunction('crypto_xor_encrypt', data, 'k');
    const big = s.lastCallReport();
    expect(big.kernelMs).toBeGreaterThan(0);
    expect(big.kernelMs).toBeLessThanOrEqual(big.ms);
    s.callFunction('crypto_xor_encrypt', 'ab', 'k');
    expect(s.lastCallReport().kernelMs).toBeLessThan(big.kernelMs);
  });

  it.runIf(hasWasm)('counts crypto_sha256 too, whole and streamed (its path calls raw exports when not profiling), with the same digests and no heap block', async () => {
    const on = await make({ preferBackend: 'wasm', threads: false, profileKernels: true });
    const off = await make({ preferBackend: 'wasm', threads: false });
    for (const n of [0, 1024, 65536, 65537, 1 << 20]) {
      const data = new Uint8Array(n).map((_, i) => (i * 31) & 255);
      expect(on.callFunction('crypto_sha256', data)).toBe(off.callFunction('crypto_sha256', data));
      const r = on.lastCallReport();
      expect(r.backend).toBe('wasm');
      expect(r.kernelMs).toBeGreaterThan(0);
      expect(r.kernelMs).toBeLessThanOrEqual(r.ms);
    }
    // Streamed through the static scratch area, profiled or not: malloc's high-water mark
    // stays where it was (1 MiB hashed, no 1 MiB block).
    expect(on.status().memory.peakBytes).toBeLessThan(1 << 20);
    expect(off.status().memory.peakBytes).toBeLessThan(1 << 20);
  });

  it.runIf(hasWasm)('no kernelMs on JS calls, nor when the option is off', async () => {
    const auto = await make({ profileKernels: true });
    auto.callFunction('crypto_xor_encrypt', 'ab', 'k'); // 2 bytes, below its threshold: JS
    expect(auto.lastCallReport().backend).toBe('js');
    expect(auto.lastCallReport()).not.toHaveProperty('kernelMs');
    const off = await make({ preferBackend: 'wasm' });
    off.callFunction('numeric_fibonacci_recursive', 20);
    expect(off.lastCallReport()).not.toHaveProperty('kernelMs');
  });

  it.runIf(hasWasm)('answers are the same with and without profiling', async () => {
    const on = await make({ preferBackend: 'wasm', profileKernels: true });
    const off = await make({ preferBackend: 'wasm' });
    const a = { rows: 3, cols: 2, data: new Float64Array([1, 2, 3, 4, 5, 6]) };
    const b = { rows: 2, cols: 2, data: new Float64Array([7, 8, 9, 10]) };
    expect(on.callFunction('matrix_multiply', a, b)).toEqual(off.callFunction('matrix_multiply', a, b));
    expect(on.callFunction('json_parse', '{"a":[1,2,{"b":null}]}')).toEqual({ a: [1, 2, { b: null }] });
    expect(on.lastCallReport().kernelMs).toBeGreaterThanOrEqual(0);
  });
});
