// Issue 16 item 3: wasmUrl naming one .wasm file loads that file's variant and says so:
// told by the file's mlw.variant section (scripts/postprocess-wasm.mjs), else by the
// package's file name, else by its bytes (a shared memory: threads; v128: simd; neither:
// baseline). No threads build is tried for a file that is not one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BackendSelector } from '../../../dist/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const wasmDir = path.join(root, 'dist/wasm');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-wasmurl-'));
const selectors = [];
afterAll(() => selectors.forEach((s) => s.dispose()));

async function create(config) {
  const s = await BackendSelector.create({ cache: false, ...config });
  selectors.push(s);
  return s;
}

const SECTION = 'mlw.variant';
const VARIANTS = { baseline: 'mlw-baseline.wasm', simd: 'mlw-simd.wasm', 'simd-threads': 'mlw-simd-threads.wasm' };

/** The file's bytes without its trailing mlw.variant section (as an unmarked build would be). */
function unmarked(variant) {
  const bytes = fs.readFileSync(path.join(wasmDir, VARIANTS[variant]));
  const section = 2 + 1 + SECTION.length + variant.length; // id, size, name length, name, payload
  const stripped = bytes.subarray(0, bytes.length - section);
  expect(WebAssembly.Module.customSections(new WebAssembly.Module(stripped), SECTION)).toHaveLength(0);
  return stripped;
}

const sha = (s) => s.callFunction('numeric_fibonacci_recursive', 25);
// A call AUTO sends to WASM in every engine's set (SHA-256 stays on node:crypto in Node).
const ANSWER = 75025; // F(25) by numeric_fibonacci_recursive

describe('every shipped .wasm says which variant it is', () => {
  for (const [variant, file] of Object.entries(VARIANTS)) {
    it(`${file} carries ${SECTION} = ${variant}`, () => {
      const sections = WebAssembly.Module.customSections(new WebAssembly.Module(fs.readFileSync(path.join(wasmDir, file))), SECTION);
      expect(sections.map((b) => new TextDecoder().decode(b))).toEqual([variant]);
    });
  }
});

describe('wasmUrl naming one .wasm file', () => {
  it('mlw-baseline.wasm: the baseline variant, no threads attempt', async () => {
    const file = path.join(wasmDir, 'mlw-baseline.wasm');
    const s = await create({ threads: 2, wasmUrl: file });
    await s.warmUp();
    const st = s.status();
    expect(st).toMatchObject({ backend: 'wasm', variant: 'baseline', reason: 'wasm: variant baseline', wasmUrl: file });
    expect(st.threads.reason).toBe(`wasmUrl names one file, the baseline build (by its ${SECTION} section): no threads build to load`);
    expect(st.threads.granted).toBe(1);
    expect(sha(s)).toBe(ANSWER);
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm', variant: 'baseline' });
  });

  it('mlw-simd.wasm: simd, also as a file: URL', async () => {
    const s = await create({ threads: 2, wasmUrl: pathToFileURL(path.join(wasmDir, 'mlw-simd.wasm')).href });
    await s.warmUp();
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads.reason).toMatch(/^wasmUrl names one file, the simd build/);
  });

  it('mlw-simd-threads.wasm: the threads build, its pool up after warmUp()', async () => {
    const s = await create({ threads: 2, wasmUrl: path.join(wasmDir, 'mlw-simd-threads.wasm') });
    await s.warmUp();
    expect(s.status().variant).toBe('simd-threads');
    expect(s.status().threads).toMatchObject({ reason: null, granted: 2 });
    expect(s._instance.module.parallel_probe(10000)).toBe(2);
  });

  it('a renamed copy (a bundler\'s hashed asset) is told by its section', async () => {
    const file = path.join(tmp, 'assets-3f2a9c.wasm');
    fs.copyFileSync(path.join(wasmDir, 'mlw-baseline.wasm'), file);
    const s = await create({ wasmUrl: file });
    expect(s.status().variant).toBe('baseline');
    expect(sha(s)).toBe(ANSWER);
  });

  for (const variant of ['baseline', 'simd']) {
    it(`an unmarked ${variant} build under an unknown name is told by its bytes`, async () => {
      const file = path.join(tmp, `unknown-${variant}.wasm`);
      fs.writeFileSync(file, unmarked(variant));
      const s = await create({ threads: 2, wasmUrl: file });
      expect(s.status().variant).toBe(variant);
      expect(s.status().threads.reason).toMatch(new RegExp(`^wasmUrl names one file, the ${variant} build \\(by its bytes: `));
      expect(sha(s)).toBe(ANSWER);
    });
  }

  it('an unmarked threads build under an unknown name is told by its shared memory, glue found beside it', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'threads-'));
    fs.writeFileSync(path.join(dir, 'engine.wasm'), unmarked('simd-threads'));
    fs.copyFileSync(path.join(wasmDir, 'mlw-simd-threads.js'), path.join(dir, 'engine.js'));
    fs.copyFileSync(path.join(wasmDir, 'mlw-simd-threads.worker.js'), path.join(dir, 'mlw-simd-threads.worker.js'));
    const s = await create({ threads: 2, wasmUrl: path.join(dir, 'engine.wasm') });
    await s.warmUp();
    expect(s.status().variant).toBe('simd-threads');
    expect(s.status().threads.granted).toBe(2);
  });

  it('a file of the package\'s name but without the section is told by its name', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'named-'));
    fs.writeFileSync(path.join(dir, 'mlw-simd.wasm'), unmarked('simd'));
    const s = await create({ wasmUrl: path.join(dir, 'mlw-simd.wasm') });
    expect(s.status().variant).toBe('simd');
    expect(s.status().threads.reason).toMatch(/\(by its file name\)/);
  });

  it('the simd file with simd: false is not loaded, and the reason says why', async () => {
    const s = await create({ simd: false, wasmUrl: path.join(wasmDir, 'mlw-simd.wasm') });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toMatch(/^unsupported-platform: wasmUrl names the simd build \(by its mlw\.variant section\), which cannot run here with this config \(simd: false;/);
  });

  it('the threads file with threads: false is not loaded, and the reason says why', async () => {
    const s = await create({ threads: false, wasmUrl: path.join(wasmDir, 'mlw-simd-threads.wasm') });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toMatch(/^unsupported-platform: wasmUrl names the simd-threads build \(by its mlw\.variant section\), which cannot run here with this config \(threads: false;/);
  });

  it('a missing file: js, wasm-file-missing', async () => {
    const s = await create({ wasmUrl: path.join(tmp, 'nowhere.wasm') });
    expect(s.backend).toBe('js');
    expect(s.status().reason).toMatch(/^wasm-file-missing: .*nowhere\.wasm \(ENOENT\)$/);
  });
});
