// BackendConfig: validation messages, defaults, the project config file and the
// MULTILINGUAL_WASM_BACKEND environment variable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendSelector, DEFAULT_CONFIG, InvalidArgumentError, loadProjectConfig, validateConfig } from 'multilingual-wasm';

const tmpDirs = [];
function project(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-config-'));
  tmpDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}
afterEach(() => {
  delete process.env.MULTILINGUAL_WASM_BACKEND;
});

describe('config validation', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_CONFIG).toEqual({
      preferBackend: 'auto', simd: true, threads: 'auto', cache: true,
      memoryPages: 64, maxMemoryPages: 32768, timeoutMs: 0, wasmUrl: null, profileKernels: false, thresholds: null,
      platformNatives: true,
    });
  });

  it('names an unknown option and lists the known ones', () => {
    expect(() => new BackendSelector({ cranelift: true })).toThrow(InvalidArgumentError);
    expect(() => new BackendSelector({ cranelift: true })).toThrow(/unknown option 'cranelift' \(known options: preferBackend, simd/);
  });

  it.each([
    [{ preferBackend: 'python' }, /option 'preferBackend' must be one of 'auto', 'js', 'wasm', got "python"/],
    [{ simd: 1 }, /option 'simd' must be true or false, got 1/],
    [{ threads: 0 }, /option 'threads' must be false, 'auto' or a thread count/],
    [{ threads: true }, /option 'threads'/],
    [{ memoryPages: 10 }, /option 'memoryPages' must be an integer number of 64 KiB pages from 64 to 65536, got 10/],
    [{ memoryPages: 1.5 }, /option 'memoryPages'/],
    [{ maxMemoryPages: 70000 }, /option 'maxMemoryPages'/],
    [{ timeoutMs: -1 }, /option 'timeoutMs' must be a number of milliseconds from 0 \(no limit\) to 2147483647/],
    [{ timeoutMs: NaN }, /option 'timeoutMs'/],
    [{ wasmUrl: 42 }, /option 'wasmUrl' must be a URL, a path string or null/],
    [{ platformNatives: 'no' }, /option 'platformNatives' must be true or false, got "no"/],
    [{ platformNatives: 0 }, /option 'platformNatives' must be true or false, got 0/],
    [{ memoryPages: 2048, maxMemoryPages: 1024 }, /maxMemoryPages \(1024\) must be >= memoryPages \(2048\)/],
  ])('rejects %j', (config, message) => {
    expect(() => new BackendSelector(config)).toThrow(message);
  });

  it('rejects a config that is not an object', () => {
    expect(() => new BackendSelector('wasm')).toThrow(/config must be an object, got string/);
    expect(() => validateConfig(null)).toThrow(/config must be an object, got null/);
  });

  it('accepts every documented value', () => {
    for (const config of [
      { preferBackend: 'js' }, { threads: false }, { threads: 4 }, { threads: 'auto' },
      { memoryPages: 64, maxMemoryPages: 64 }, { timeoutMs: 250 }, { wasmUrl: new URL('file:///x/') }, { cache: false },
      { platformNatives: false }, { platformNatives: true },
    ]) {
      expect(validateConfig(config)).toEqual(config);
    }
  });
});

describe('project config file', () => {
  it('reads "multilingual": { "wasm": {...} } from package.json, searching upwards', () => {
    const dir = project({ 'package.json': { name: 'app', multilingual: { wasm: { preferBackend: 'js', memoryPages: 256 } } }, 'src/deep/.keep': '' });
    const found = loadProjectConfig({ cwd: path.join(dir, 'src/deep') });
    expect(found.path).toBe(path.join(dir, 'package.json'));
    expect(found.config).toEqual({ preferBackend: 'js', memoryPages: 256 });
  });

  it('prefers multilingual.config.json in the same folder', () => {
    const dir = project({ 'package.json': { multilingual: { wasm: { simd: false } } }, 'multilingual.config.json': { wasm: { simd: true } } });
    expect(loadProjectConfig({ cwd: dir }).config).toEqual({ simd: true });
  });

  it('reports a bad option with the file it came from', () => {
    const dir = project({ 'multilingual.config.json': { wasm: { parallel: true } } });
    expect(() => loadProjectConfig({ cwd: dir })).toThrow(/multilingual\.config\.json: unknown option 'parallel'/);
  });

  it('reports malformed JSON', () => {
    const dir = project({ 'multilingual.config.json': '{ nope' });
    expect(() => loadProjectConfig({ cwd: dir })).toThrow(/cannot read config/);
  });

  it('is used by new selectors (working directory), below the constructor argument', async () => {
    const dir = project({ 'package.json': { multilingual: { wasm: { preferBackend: 'js' } } } });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      loadProjectConfig({ reload: true });
      const s = await BackendSelector.create();
      expect(s.backend).toBe('js');
      expect(s.status().reason).toBe(`preferBackend: js (${path.join(fs.realpathSync(dir), 'package.json')})`);
      const t = await BackendSelector.create({ preferBackend: 'auto' });
      expect(t.backend).toBe('wasm');
    } finally {
      process.chdir(cwd);
      loadProjectConfig({ reload: true });
    }
  });
});

describe('MULTILINGUAL_WASM_BACKEND', () => {
  it('overrides the default backend', async () => {
    process.env.MULTILINGUAL_WASM_BACKEND = 'js';
    const s = await BackendSelector.create();
    expect(s.backend).toBe('js');
    expect(s.status().reason).toBe('preferBackend: js (MULTILINGUAL_WASM_BACKEND)');
  });

  it('is validated', () => {
    process.env.MULTILINGUAL_WASM_BACKEND = 'fast';
    expect(() => new BackendSelector()).toThrow(/MULTILINGUAL_WASM_BACKEND: option 'preferBackend' must be one of/);
  });

  it('yields to an explicit constructor argument', async () => {
    process.env.MULTILINGUAL_WASM_BACKEND = 'js';
    const s = await BackendSelector.create({ preferBackend: 'wasm' });
    expect(s.backend).toBe('wasm');
  });
});
