// The package as a user gets it: `npm pack`, the tarball installed offline into a fresh
// project, then what a user runs — the CLI (`npx multilingual-wasm bench --quick`), the
// Node examples (ESM, CommonJS, worker_threads), TypeScript consumers (strict, node16
// ESM, node16 CommonJS, bundler resolution, with no DOM or @types/node), and publint and
// arethetypeswrong on the tarball. Part of `npm test` (scripts/run-tests.mjs); needs a
// built dist/ (`npm run build`).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
let tarball;
let files;
let project;

/** Runs a command without blocking this process (Vitest's worker must keep answering). */
function run(cmd, args, cwd, { timeout = 120_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let out = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const timer = setTimeout(() => child.kill(), timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, stdout });
    });
  });
}

beforeAll(() => {
  const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-pack-'));
  const json = execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const packed = JSON.parse(json)[0];
  tarball = path.join(packDir, packed.filename);
  files = packed.files.map((f) => f.path);
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-user-'));
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-app', version: '1.0.0', private: true }));
  // Offline: the package has no dependencies, so nothing is fetched.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: project, stdio: 'ignore' });
}, 180_000);

describe('the packed package', () => {
  it('holds every file its entry points, bin and bench import', () => {
    const missing = [];
    const seen = new Set();
    // Relative imports (static and dynamic) of every shipped .mjs/.cjs/.js outside dist/wasm,
    // followed from the bin and the exports map.
    const queue = ['bin/multilingual-wasm.mjs', 'dist/index.mjs', 'dist/index.cjs', 'dist/worker.mjs', 'dist/worker.cjs'];
    while (queue.length) {
      const file = queue.shift();
      if (seen.has(file)) continue;
      seen.add(file);
      if (!files.includes(file)) {
        missing.push(file);
        continue;
      }
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const [, spec] of text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)['"](\.\.?\/[^'"]+)['"]/g)) {
        queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
      }
    }
    expect(missing).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const targets = JSON.stringify(pkg.exports).match(/\.\/dist\/[^"*]+/g).map((t) => t.slice(2));
    for (const target of targets) if (!target.endsWith('/')) expect(files).toContain(target);
  });

  it('`npx multilingual-wasm bench --quick` runs from the installed package', async () => {
    const r = await run('npx', ['--offline', 'multilingual-wasm', 'bench', '--quick', '--runs', '1', '--no-native'], project, { timeout: 600_000 });
    expect(r.out).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND|ERR_PACKAGE_PATH_NOT_EXPORTED/);
    expect(r.code, r.out.slice(-3000)).toBe(0);
    expect(r.stdout).toMatch(/matrix/);
    // Progress on a pipe: a line per workload.
    expect(r.out).toMatch(/^\[1\/\d+\] \S+ done$/m);
  }, 600_000);

  it('`npx multilingual-wasm info` names the variant in use', async () => {
    const r = await run('npx', ['--offline', 'multilingual-wasm', 'info'], project);
    expect(r.code, r.out).toBe(0);
    expect(r.stdout).toMatch(/"backend": "wasm"/);
  });

  for (const example of ['node-esm.mjs', 'node-cjs.cjs', 'node-worker-threads.mjs']) {
    it(`runs the Node example ${example}`, async () => {
      fs.copyFileSync(path.join(root, 'web-demo/examples', example), path.join(project, example));
      const r = await run(process.execPath, [example], project, { timeout: 120_000 });
      expect(r.code, r.out).toBe(0);
      expect(r.stdout).toMatch(/wasm/);
      expect(r.stdout).not.toMatch(/WRONG/);
      expect(r.stdout).toMatch(/\bok\b/);
    }, 120_000);
  }

  it('callAsync in the installed package answers on WASM in a worker', async () => {
    fs.writeFileSync(path.join(project, 'async.mjs'), `
      import { BackendSelector } from 'multilingual-wasm';
      const s = await BackendSelector.create({ preferBackend: 'wasm' });
      await s.callAsync('crypto_xor_encrypt', new Uint8Array(1 << 16), 'k');
      console.log(JSON.stringify(s.lastCallReport()));
      s.dispose();`);
    const r = await run(process.execPath, ['async.mjs'], project);
    expect(r.code, r.out).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ backend: 'wasm', worker: true });
  });

  // One consumer per resolution mode; the same checks (tests/types/forms.ts) in each, plus
  // the mode's own truths (a default import from the ES module does not exist).
  const MODES = {
    'node16-esm': { type: 'module', compilerOptions: { module: 'node16', moduleResolution: 'node16' } },
    'node16-cjs': { type: 'commonjs', compilerOptions: { module: 'node16', moduleResolution: 'node16' } },
    bundler: { type: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
  };
  for (const [mode, { type, compilerOptions }] of Object.entries(MODES)) {
    it(`type-checks a strict TypeScript consumer (${mode}, no DOM, no @types/node)`, async () => {
      const dir = path.join(project, `ts-${mode}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `ts-${mode}`, private: true, type }));
      fs.writeFileSync(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { ...compilerOptions, target: 'es2020', lib: ['es2020'], types: [], strict: true, noEmit: true, skipLibCheck: false }, include: ['*.ts'] }),
      );
      fs.copyFileSync(path.join(root, 'tests/types/forms.ts'), path.join(dir, 'forms.ts'));
      fs.copyFileSync(path.join(root, 'tests/types/usage.ts'), path.join(dir, 'usage.ts'));
      const modeFile = mode === 'node16-cjs' ? 'consumer-cjs.ts' : 'consumer-esm.ts';
      fs.copyFileSync(path.join(root, 'tests/types', modeFile), path.join(dir, modeFile));
      const r = await run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
      expect(r.out).toBe('');
      expect(r.code).toBe(0);
    }, 120_000);
  }

  it('is clean under publint', async () => {
    const r = await run(bin('publint'), ['run', '--strict', '--pack', 'npm', root], root);
    expect(r.code, r.out).toBe(0);
    expect(r.out).not.toMatch(/warning|error|suggestion/i);
  }, 120_000);

  it('is clean under arethetypeswrong (every resolution mode)', async () => {
    // './global' (the script-tag build, imported for its side effect) and './worker.mjs'
    // (a worker script, for bundlers and copy recipes) export nothing to type.
    const r = await run(bin('attw'), [tarball, '--format', 'json', '--no-definitely-typed', '--exclude-entrypoints', './global', './worker.mjs'], root);
    const report = JSON.parse(r.stdout);
    const problems = (report.analysis?.problems ?? []).map((p) => `${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`);
    expect(problems).toEqual([]);
    expect(r.code, r.out).toBe(0);
  }, 120_000);
});
