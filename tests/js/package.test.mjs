// The published package: `npm pack` holds what a user needs and nothing else, and the
// packed tarball installed into an empty project works with import and require.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
let packed;
let project;

beforeAll(() => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-pack-'));
  const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  packed = JSON.parse(json)[0];
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-user-'));
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-app', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', path.join(out, packed.filename)], { cwd: project, stdio: 'ignore' });
}, 120000);

describe('npm pack', () => {
  it('has zero runtime dependencies', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('ships the bundles, types and every .wasm variant, and no sources or tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['dist/index.mjs', 'dist/index.cjs', 'dist/index.d.mts', 'dist/index.d.cts', 'dist/multilingual-wasm.global.js', 'dist/wasm/mlw-baseline.wasm', 'dist/wasm/mlw-simd.wasm', 'package.json', 'README.md']) {
      expect(files).toContain(f);
    }
    const stray = files.filter((f) => /^(cpp|js|tests|web-demo|scripts|build|node_modules|\.ci)\//.test(f));
    expect(stray).toEqual([]);
  });

  const run = (file, code) => {
    fs.writeFileSync(path.join(project, file), code);
    return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }));
  };

  it('imports with `import` and answers on WASM with its variant recorded', () => {
    const r = run('esm.mjs', `
      import { BackendSelector } from 'multilingual-wasm';
      const s = await BackendSelector.create();
      const data = new Uint8Array(1 << 16).map((_, i) => i * 31);
      const wasm = Array.from(s.callFunction('crypto_xor_encrypt', data, 'key'));
      const js = Array.from((await BackendSelector.create({ preferBackend: 'js' })).callFunction('crypto_xor_encrypt', data, 'key'));
      console.log(JSON.stringify({ backend: s.backend, variant: s.status().variant, wasm, js, report: s.lastCallReport().backend }));
      s.dispose();`);
    expect(r.backend).toBe('wasm');
    expect(['simd', 'simd-threads', 'baseline']).toContain(r.variant);
    expect(r.report).toBe('wasm');
    expect(r.wasm).toEqual(r.js);
  });

  it('loads with `require`', () => {
    const r = run('cjs.cjs', `
      const { BackendSelector } = require('multilingual-wasm');
      BackendSelector.create({ preferBackend: 'wasm' }).then((s) => {
        console.log(JSON.stringify({ backend: s.backend, variant: s.status().variant, out: Array.from(s.callFunction('xor_encrypt', 'ab', 'c')) }));
        s.dispose();
      });`);
    expect(r.backend).toBe('wasm');
    expect(r.out).toEqual([0x61 ^ 0x63, 0x62 ^ 0x63]);
  });
});
