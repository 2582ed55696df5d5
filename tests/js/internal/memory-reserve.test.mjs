// Issue 16: memoryPages / maxMemoryPages that this engine cannot reserve. The option ranges
// (64–65536) are checked at construction; whether the engine will make a Memory that size
// is known only when step 4 of the detection flow makes it. Then the failure names the
// option and the size: status().reason under AUTO (which answers on JS), and an
// InvalidArgumentError with `.argument` = the option for every preferBackend 'wasm' call
// (`ready` never rejects). The engine's refusal is played by a stand-in for
// WebAssembly.Memory (V8 in Node reserves every size the options allow on this machine).
import { afterEach, describe, expect, it } from 'vitest';
import { warmSelectors } from './warm-selectors.mjs';
import { BackendSelector, InvalidArgumentError, WasmUnavailableError } from 'multilingual-wasm';

const RealMemory = WebAssembly.Memory;
const refusal = 'WebAssembly.Memory(): could not allocate memory';
/** An engine that makes a Memory only while `allows(descriptor)` says so. */
function engineAllowing(allows) {
  WebAssembly.Memory = function Memory(descriptor) {
    if (!allows(descriptor)) throw new RangeError(refusal);
    return new RealMemory(descriptor);
  };
}

const { create, disposeAll } = warmSelectors();
afterEach(() => {
  WebAssembly.Memory = RealMemory;
  disposeAll();
});

const xor = (s) => s.callFunction('crypto_xor_encrypt', new Uint8Array([1, 2, 3]), new Uint8Array([7]));

describe('a memory size the engine will not reserve', () => {
  it('memoryPages too large: AUTO answers on JS and status().reason names the option and the size', async () => {
    engineAllowing((d) => d.initial <= 1000);
    const s = await create({ memoryPages: 2000, maxMemoryPages: 4000 });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toBe(
      `module-load-failed: config: memoryPages (2000 pages, 125 MiB) cannot be reserved by this engine: new WebAssembly.Memory(…) threw RangeError: ${refusal}; lower memoryPages`,
    );
    expect(xor(s)).toEqual(new Uint8Array([6, 5, 4]));
    expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^fallback: module-load-failed: config: memoryPages/) });
  });

  it("preferBackend 'wasm': every call throws an InvalidArgumentError naming the option (callFunction and callBatch)", async () => {
    engineAllowing((d) => d.initial <= 1000);
    const s = await create({ preferBackend: 'wasm', memoryPages: 65536, maxMemoryPages: 65536 });
    let error;
    try {
      xor(s);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.argument).toBe('memoryPages');
    // 65536 is the largest heap there is: 65535 pages (see js/loader.js usablePages).
    expect(error.message).toMatch(/^config: memoryPages \(65535 pages, 4\.00 GiB\) cannot be reserved by this engine: .*; lower memoryPages$/);
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', error: { name: 'InvalidArgumentError' } });
    expect(() => s.callBatch('crypto_xor_encrypt', [[new Uint8Array(4), 'k']])).toThrow(InvalidArgumentError);
  });

  it('maxMemoryPages too large for a shared memory: simd serves, status().threads.reason names maxMemoryPages', async () => {
    // A shared memory reserves its maximum up front: the engine refuses that one only.
    engineAllowing((d) => !d.shared || d.maximum <= 1000);
    const s = await create({ threads: 2, maxMemoryPages: 4000 });
    expect(s.status()).toMatchObject({ backend: 'wasm', variant: 'simd' });
    expect(s.status().threads.reason).toBe(
      `simd-threads failed to load (module-load-failed: config: maxMemoryPages (4000 pages, 250 MiB) cannot be reserved by this engine: new WebAssembly.Memory(shared, …) threw RangeError: ${refusal} (a shared memory reserves its maximum up front); lower maxMemoryPages)`,
    );
  });

  it('no Memory at all (no option to blame): module-load-failed without naming one, WasmUnavailableError', async () => {
    engineAllowing(() => false);
    const s = await create({ preferBackend: 'wasm' });
    expect(s.status().reason).toBe(`module-load-failed: cannot reserve 64 pages of memory: ${refusal}`);
    expect(() => xor(s)).toThrow(WasmUnavailableError);
  });

  it('the sizes the engine does reserve load as before', async () => {
    engineAllowing((d) => d.initial <= 1000 && (!d.shared || d.maximum <= 1000));
    const s = await create({ memoryPages: 1000, maxMemoryPages: 1000, threads: 2 });
    expect(s.status()).toMatchObject({ backend: 'wasm', variant: 'simd-threads' });
    expect(s.status().memory.maxBytes).toBe(1000 * 65536);
  });
});
