// Faults inside a running kernel: a real WebAssembly trap in the middle of a call.
// (Missing, truncated and corrupt .wasm and instantiation failure: detection.test.mjs.)
//
// How the trap is made: cpp/bindings/testing_bindings.cpp exports mlw_testing_trap(),
// which executes `unreachable`. No operation reaches it; the only route is the module
// object of a loaded instance (selector._instance.module, internal to the selector).
// armTrap() replaces the kernel exports of that instance with functions that call the
// hook first, so the RuntimeError comes from the engine, out of the same instance, after
// the call's marshalling has allocated its heap — exactly where a defective kernel traps.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BackendSelector, MultilingualWasmError } from 'multilingual-wasm';
import { operations } from '../../../js/registry/index.js';

// Module properties that are the runtime's, not kernels: calling them must keep working.
const RUNTIME_EXPORTS = new Set(['_malloc', '_free', 'heap_in_use', 'mlw_testing_trap']);

/**
 * Make every kernel export of `selector`'s current instance trap (and of the simd instance
 * kept beside simd-threads for one-thread calls, js/instance.js `single`); returns the
 * serving instance.
 */
function armTrap(selector) {
  const instance = selector._instance; // internal: see the comment at the top
  for (const { module: M } of [instance, selector._life.single].filter(Boolean)) {
    expect(typeof M.mlw_testing_trap).toBe('function');
    for (const key of Object.keys(M)) {
      // Embind functions, and the raw exports of kernels (`_mlw_…`, js/wasm/crypto_sha256.js).
      if (RUNTIME_EXPORTS.has(key) || typeof M[key] !== 'function' || (key.startsWith('_') && !key.startsWith('_mlw_')) || /^[A-Z]/.test(key)) continue;
      const original = M[key];
      M[key] = (...args) => {
        M.mlw_testing_trap();
        return original(...args);
      };
    }
  }
  return instance;
}

let rejections;
const onRejection = (reason) => rejections.push(reason);
beforeEach(() => {
  rejections = [];
  process.on('unhandledRejection', onRejection);
});
afterEach(async () => {
  // Give a rejected rebuild promise the turns it needs to surface.
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.off('unhandledRejection', onRejection);
  expect(rejections).toEqual([]);
});

const selectors = [];
async function make(config) {
  // warmUp([]): with threads, the simd-threads instance takes over from simd once its
  // workers are up; wait for it, so a test's heap readings all come from one instance.
  const s = await (await BackendSelector.create(config)).warmUp([]);
  selectors.push(s);
  return s;
}
afterAll(() => selectors.forEach((s) => s.dispose()));

let js;
beforeAll(async () => {
  js = await make({ preferBackend: 'js' });
});

const MiB = 1 << 20;
const xorArgs = () => [new Uint8Array(MiB).map((_, i) => i * 7), 'key'];
// toEqual walks a 1 MiB typed array element by element through its generic machinery
// (seconds); Buffer.equals compares the bytes.
const sameBytes = (a, b) => a instanceof Uint8Array && b instanceof Uint8Array && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
const expectBytes = (got, want) => expect(sameBytes(got, want), 'same bytes').toBe(true);

describe('the test hook', () => {
  it('really traps: a WebAssembly.RuntimeError from the engine', async () => {
    const s = await make({ preferBackend: 'wasm' });
    expect(() => s._instance.module.mlw_testing_trap()).toThrow(WebAssembly.RuntimeError);
  });
});

describe('a trap under AUTO', () => {
  it('is answered by JS, reported as wasm-trap, and the instance is rebuilt', async () => {
    const s = await make();
    expect(s.backend).toBe('wasm');
    // What a freshly loaded instance holds (0, or the threads build's own bookkeeping).
    const fresh = s.status().memory.bytes;
    const want = js.callFunction('crypto_xor_encrypt', ...xorArgs());
    const trapped = armTrap(s);
    const got = s.callFunction('crypto_xor_encrypt', ...xorArgs());
    expectBytes(got, want);
    expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^wasm-trap: .*unreachable.*; answered by JS$/) });
    expect(s.status().reason).toMatch(/^rebuilding: /);
    // Calls while the rebuild is pending are answered by JS too, and say why.
    expectBytes(s.callFunction('crypto_xor_encrypt', ...xorArgs()), want);
    expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^fallback: rebuilding: /) });
    await s.ready;
    expect(s.backend).toBe('wasm');
    expect(s._instance).not.toBe(trapped);
    expect(s.status().reason).toMatch(/rebuilt after a trap/);
    for (let i = 0; i < 3; i++) {
      expectBytes(s.callFunction('crypto_xor_encrypt', ...xorArgs()), want);
      expect(s.lastCallReport().backend).toBe('wasm');
    }
    expect(s.status().memory.bytes).toBe(fresh); // the rebuilt instance holds what a fresh one does
  });

  it('callAsync right after a trap (rebuild pending) and after the rebuild gives right answers', async () => {
    const s = await make();
    const want = js.callFunction('crypto_xor_encrypt', ...xorArgs());
    armTrap(s);
    expectBytes(s.callFunction('crypto_xor_encrypt', ...xorArgs()), want);
    const pending = s.callAsync('crypto_xor_encrypt', ...xorArgs());
    expectBytes(await pending, want);
    await s.ready;
    expectBytes(await s.callAsync('crypto_xor_encrypt', ...xorArgs()), want);
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', worker: true });
    expectBytes(s.callFunction('crypto_xor_encrypt', ...xorArgs()), want);
    expect(s.lastCallReport().backend).toBe('wasm');
  });

  it('two traps in a row: each answered by JS, each rebuild completes', async () => {
    const s = await make();
    const want = js.callFunction('crypto_xor_encrypt', ...xorArgs());
    for (let round = 0; round < 2; round++) {
      const trapped = armTrap(s);
      expectBytes(s.callFunction('crypto_xor_encrypt', ...xorArgs()), want);
      expect(s.lastCallReport().reason).toMatch(/^wasm-trap: /);
      await s.ready;
      expect(s._instance).not.toBe(trapped);
    }
    expectBytes(s.callFunction('crypto_xor_encrypt', ...xorArgs()), want);
    expect(s.lastCallReport().backend).toBe('wasm');
  });
});

describe("a trap under preferBackend 'wasm', every operation with a WASM kernel", () => {
  const wasmOps = new BackendSelector({ preferBackend: 'js' }).listOperations().filter((op) => op.wasm);

  it('covers at least the operations present in this build', () => {
    expect(wasmOps.map((op) => op.name)).toEqual(expect.arrayContaining(['crypto_xor_encrypt', 'data_sort', 'search_contains']));
  });

  it.each(wasmOps.map((op) => [op.name]))('%s: a clear error, never a wrong answer; rebuilt and right afterwards', async (name) => {
    const s = await make({ preferBackend: 'wasm' });
    const args = operations.get(name).sample;
    const want = js.callFunction(name, ...args());
    const trapped = armTrap(s);
    let caught;
    try {
      s.callFunction(name, ...args());
    } catch (error) {
      caught = error;
    }
    expect(caught, 'the trap must reach the caller as an error').toBeInstanceOf(MultilingualWasmError);
    expect(caught).not.toBeInstanceOf(WebAssembly.RuntimeError);
    expect(caught.message).toMatch(new RegExp(`^${name}: the WebAssembly kernel failed \\(RuntimeError: .*unreachable.*\\).*rebuilt`));
    expect(caught.cause).toBeInstanceOf(WebAssembly.RuntimeError);
    // While rebuilding, 'wasm' cannot be honoured: said so, not answered silently by JS.
    expect(() => s.callFunction(name, ...args())).toThrow(/WebAssembly backend unavailable \(rebuilding: /);
    await s.ready;
    expect(s.backend).toBe('wasm');
    expect(s._instance).not.toBe(trapped);
    expect(s.callFunction(name, ...args())).toEqual(want);
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', reason: 'preferBackend: wasm' });
    expect(await s.callAsync(name, ...args())).toEqual(want);
  });
});
