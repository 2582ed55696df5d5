// Every step of the detection flow, forced to fail, must give backend 'js' with the
// documented reason; the success path must give 'wasm' with its variant.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendSelector, clearModuleCache, detectFeatures, WasmUnavailableError } from 'multilingual-wasm';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-detect-'));
afterEach(() => clearModuleCache());

describe('detection flow', () => {
  it('loads WASM with the best variant on this engine', async () => {
    const s = await BackendSelector.create();
    expect(s.backend).toBe('wasm');
    expect(s.isWasmAvailable()).toBe(true);
    const st = s.status();
    const f = detectFeatures();
    // threads defaults to 'auto': the pthreads build wherever it can run with > 1 core.
    const threads = f.simd && f.threads && st.threads.requested === 'auto' && os.availableParallelism() > 1;
    // With threads, simd serves from ready on and simd-threads takes over once its
    // workers are up (warmUp() waits for that).
    expect(st.variant).toBe(f.simd ? 'simd' : 'baseline');
    expect(st.reason).toBe(`wasm: variant ${st.variant}`);
    expect(st.moduleLoaded).toBe(true);
    expect(st.loadMs).toBeGreaterThan(0);
    if (threads) expect(st.threads.reason).toMatch(/^loading: simd answers until the simd-threads workers are up/);
    await s.warmUp([]);
    expect(s.status().variant).toBe(threads ? 'simd-threads' : f.simd ? 'simd' : 'baseline');
    expect(s.status().reason).toBe(`wasm: variant ${s.status().variant}`);
    if (threads) expect(s.status().threads).toMatchObject({ reason: null, granted: 2 });
  });

  it('honours simd: false with the baseline variant', async () => {
    const s = await BackendSelector.create({ simd: false });
    expect(s.status().variant).toBe('baseline');
  });

  it('step 1: no WebAssembly -> js, no-webassembly', async () => {
    const saved = globalThis.WebAssembly;
    delete globalThis.WebAssembly;
    try {
      const s = await BackendSelector.create();
      expect(s.backend).toBe('js');
      expect(s.status().reason).toBe('no-webassembly');
      expect(Array.from(s.callFunction('crypto_xor_encrypt', 'ab', 'c'))).toEqual([0x61 ^ 0x63, 0x62 ^ 0x63]);
      expect(s.lastCallReport().backend).toBe('js');
    } finally {
      globalThis.WebAssembly = saved;
    }
  });

  it('step 2: missing .wasm -> js, wasm-file-missing naming the place', async () => {
    const where = path.join(tmp, 'nowhere');
    const s = await BackendSelector.create({ wasmUrl: where });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toMatch(/^wasm-file-missing: .*nowhere.*ENOENT/);
  });

  it('step 3: an engine that validates nothing -> js, unsupported-platform', async () => {
    const saved = WebAssembly.validate;
    WebAssembly.validate = () => false;
    try {
      const s = await BackendSelector.create();
      expect(s.backend).toBe('js');
      expect(s.status().reason).toMatch(/^unsupported-platform: /);
    } finally {
      WebAssembly.validate = saved;
    }
  });

  it('step 4: corrupt bytes -> js, module-load-failed: compile', async () => {
    const file = path.join(tmp, 'corrupt.wasm');
    fs.writeFileSync(file, Buffer.from('\0asm\x01\0\0\0garbage-garbage'));
    const s = await BackendSelector.create({ wasmUrl: file });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toMatch(/^module-load-failed: compile: /);
  });

  it('step 4: truncated file -> js, module-load-failed', async () => {
    const good = fs.readFileSync(new URL('../../dist/wasm/mlw-baseline.wasm', import.meta.url));
    const file = path.join(tmp, 'truncated.wasm');
    fs.writeFileSync(file, good.subarray(0, good.length >> 1));
    const s = await BackendSelector.create({ wasmUrl: file });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toMatch(/^module-load-failed: compile: /);
  });

  it('step 4: instantiation error -> js, module-load-failed: instantiate', async () => {
    // A valid module that imports a function nobody provides.
    const bytes = Buffer.from([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x02, 0x0b, 0x01,
      0x03, 0x65, 0x6e, 0x76, 0x03, 0x6e, 0x6f, 0x70, 0x00, 0x00,
    ]);
    expect(WebAssembly.validate(bytes)).toBe(true);
    const file = path.join(tmp, 'needs-import.wasm');
    fs.writeFileSync(file, bytes);
    const s = await BackendSelector.create({ wasmUrl: file });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toMatch(/^module-load-failed: instantiate: /);
  });

  it("preferBackend 'js' never loads WASM", async () => {
    const s = await BackendSelector.create({ preferBackend: 'js' });
    expect(s.backend).toBe('js');
    expect(s.status().moduleLoaded).toBe(false);
    expect(s.status().reason).toBe('preferBackend: js (constructor)');
  });

  it("preferBackend 'wasm' that cannot load throws WasmUnavailableError on call", async () => {
    const s = await BackendSelector.create({ preferBackend: 'wasm', wasmUrl: path.join(tmp, 'nowhere') });
    expect(() => s.callFunction('crypto_xor_encrypt', 'a', 'b')).toThrow(WasmUnavailableError);
  });

  it('calls made before ready run on JS and say so', () => {
    const s = new BackendSelector();
    s.callFunction('crypto_xor_encrypt', 'a', 'b');
    expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: 'not-ready: WASM still loading' });
    return s.ready;
  });

  it('a second selector reuses the compiled module', async () => {
    await BackendSelector.create();
    const t = performance.now();
    const s = await BackendSelector.create();
    expect(s.backend).toBe('wasm');
    expect(performance.now() - t).toBeLessThan(1000); // sanity only; timing is measured in bench/
  });
});
