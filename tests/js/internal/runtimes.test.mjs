// Issue 15: Deno 2 and Bun run the package as Node does. The packed tarball is installed
// into a temporary project and the same script runs in each runtime, from the runtimes'
// own npm distributions (devDependencies @deno/linux-x64-glibc and @oven/bun-linux-x64:
// nothing is downloaded at run time): create(), a sync call on WASM, a matrix product, a
// SHA-256, warmUp() → simd-threads, callAsync on WASM, dispose() ending every worker so
// the process exits by itself, and nothing on stderr. Then the package's Node examples,
// and Deno under its default permissions (no --allow-read: JS with the reason, no crash).
// A runtime whose binary is absent is skipped with a notice.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { platformParity } from '../platform-parity-cases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DENO = path.join(root, 'node_modules/@deno/linux-x64-glibc/deno');
const BUN = path.join(root, 'node_modules/@oven/bun-linux-x64/bin/bun');

const runtimes = [
  { name: 'node', bin: process.execPath, run: [] },
  { name: 'deno', bin: DENO, run: ['run', '-A'] },
  { name: 'bun', bin: BUN, run: [] },
];
for (const r of runtimes) {
  r.present = fs.existsSync(r.bin);
  if (!r.present) console.warn(`runtimes.test: ${r.name} skipped: ${r.bin} is not installed (npm ci installs it)`);
}

// No update checks, no colours, no telemetry: stderr stays the package's own.
const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', DO_NOT_TRACK: '1' };
delete env.MULTILINGUAL_WASM_BACKEND;
delete env.NODE_OPTIONS;

let project;
let broken;

beforeAll(() => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-rt-pack-'));
  const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const tarball = path.join(out, JSON.parse(json)[0].filename);
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-rt-user-'));
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'rt-app', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: project, stdio: 'ignore' });
  for (const f of ['node-esm.mjs', 'node-cjs.cjs']) fs.copyFileSync(path.join(root, 'web-demo/examples', f), path.join(project, f));
  fs.writeFileSync(path.join(project, 'check.mjs'), CHECK);
  fs.writeFileSync(path.join(project, 'permissions.mjs'), PERMISSIONS);
  fs.writeFileSync(path.join(project, 'parity.mjs'), PARITY);
  // The same project with the threads build's worker file deleted (issue 10 item 2).
  broken = `${project}-broken`;
  fs.cpSync(project, broken, { recursive: true });
  fs.rmSync(path.join(broken, 'node_modules/multilingual-wasm/dist/wasm/mlw-simd-threads.worker.js'));
}, 180000);

/** Run `file` in the project with `runtime`; the child must exit by itself within 60 s. */
function run(runtime, file, runArgs = runtime.run, cwd = project) {
  const started = Date.now();
  const child = spawnSync(runtime.bin, [...runArgs, file], { cwd, env, encoding: 'utf8', timeout: 60000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { ...child, ms: Date.now() - started };
}

// The user's script: everything the issue lists, as a user of the installed package writes it.
const CHECK = `
import { BackendSelector } from 'multilingual-wasm';
const t0 = performance.now();
const s = await BackendSelector.create();
const out = { readyMs: performance.now() - t0, engine: s.status().engine, first: s.status().variant };
const data = new Uint8Array(1 << 16).map((_, i) => i * 31);
const xor = s.callFunction('crypto_xor_encrypt', data, 'key');
out.syncCall = s.lastCallReport();
out.xorOk = xor.every((v, i) => v === (data[i] ^ 'key'.charCodeAt(i % 3)));
const n = 128;
const a = { rows: n, cols: n, data: new Float64Array(n * n).map((_, i) => (i % 7) - 3) };
const b = { rows: n, cols: n, data: new Float64Array(n * n).map((_, i) => (i % 5) - 2) };
const c = s.callFunction('matrix_multiply', a, b);
out.matrix = s.lastCallReport();
const js = await BackendSelector.create({ preferBackend: 'js' });
const cj = js.callFunction('matrix_multiply', a, b);
out.matrixOk = c.data.length === n * n && c.data.every((v, i) => v === cj.data[i]);
out.sha = s.callFunction('crypto_sha256', new TextEncoder().encode('abc'));
out.shaReport = s.lastCallReport();
await s.warmUp();
out.after = s.status().variant;
out.threads = s.status().threads;
out.probe = s._instance.module.parallel_probe ? s._instance.module.parallel_probe(10000) : null;
s.callFunction('matrix_multiply', { rows: 256, cols: 256, data: new Float64Array(65536).fill(1) }, { rows: 256, cols: 256, data: new Float64Array(65536).fill(2) });
out.threadedMatrix = s.lastCallReport();
out.async = await s.callAsync('crypto_sha256', new TextEncoder().encode('abc'));
out.asyncReport = s.lastCallReport();
// (SHA-256 stays on JS under AUTO here: node:crypto beats WASM; a 64 KB XOR goes to WASM.)
const xorAsync = await s.callAsync('crypto_xor_encrypt', data, 'key');
out.asyncXorReport = s.lastCallReport();
out.asyncXorOk = xorAsync.every((v, i) => v === xor[i]);
out.globalWorker = typeof Worker === 'function' ? Worker.name : typeof Worker;
const pool = s._instance.module.PThread;
s.dispose();
js.dispose();
out.workersLeft = pool ? pool.unusedWorkers.length + pool.runningWorkers.length : 0;
console.log(JSON.stringify(out));
`;

// Under Deno's default permissions (no flags): the package must neither crash nor prompt.
const PERMISSIONS = `
import { BackendSelector } from 'multilingual-wasm';
const s = await BackendSelector.create();
const out = { backend: s.backend, reason: s.status().reason, threads: s.status().threads.reason };
out.sha = s.callFunction('crypto_sha256', new TextEncoder().encode('abc'));
out.report = s.lastCallReport();
await s.warmUp();
out.threadsAfter = s.status().threads.reason;
try {
  out.async = await s.callAsync('crypto_sha256', new TextEncoder().encode('abc'));
} catch (error) {
  out.asyncError = error.message;
}
s.dispose();
console.log(JSON.stringify(out));
`;

// Issue 18: the platform-native paths against the package's own JS and WASM, in this
// runtime (tests/js/platform-parity-cases.mjs; the browser spec runs the same cases).
const PARITY = `
import { BackendSelector } from 'multilingual-wasm';
const platformParity = ${platformParity.toString()};
console.log(JSON.stringify(await platformParity(BackendSelector)));
`;

// Every runtime here has node:crypto and Buffer. Byte search: Buffer#indexOf from 512 bytes
// of text in Node and Bun (the package's JS below: null), never in Deno (its Buffer#indexOf
// is slower than the package's JS).
const NATIVE_PATHS = {
  crypto_sha256: ['node:crypto'],
  search_contains: ['String#includes', null, 'Buffer#indexOf'],
  search_linear: ['TypedArray#indexOf'],
  data_sort: ['TypedArray#sort', 'Array#sort'],
  json_parse: ['JSON.parse'],
  json_stringify: ['JSON.stringify'],
};

const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

for (const runtime of runtimes) {
  describe.skipIf(!runtime.present)(`${runtime.name}: the installed package`, () => {
    it('create, sync call, matrix, SHA-256, warmUp → simd-threads, callAsync on WASM, dispose → exits by itself, stderr empty', () => {
      const child = run(runtime, 'check.mjs');
      expect(child.error, `${runtime.name} did not exit by itself within 60 s`).toBeUndefined();
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      const r = JSON.parse(child.stdout);
      console.log(`${runtime.name}: ${r.engine}; ready ${r.readyMs.toFixed(1)} ms; process ${child.ms} ms`);
      expect(r.engine).toMatch({ node: /^Node\.js /, deno: /^Deno 2\./, bun: /^Bun 1\./ }[runtime.name]);
      expect(r.first).toBe('simd');
      expect(r.syncCall).toMatchObject({ operation: 'crypto_xor_encrypt', backend: 'wasm', variant: 'simd' });
      expect(r.xorOk).toBe(true);
      expect(r.matrix).toMatchObject({ operation: 'matrix_multiply', backend: 'wasm' });
      expect(r.matrixOk).toBe(true);
      expect(r.sha).toBe(SHA_ABC);
      // Where the JS backend hashes with node:crypto (6× faster than WASM in Node here) the
      // engine's shipped set keeps SHA-256 on JS under AUTO; either way the report says why.
      expect(r.shaReport.reason).toMatch(r.shaReport.backend === 'js' ? /^below-threshold: size 3 < \d+ \(thresholds.json\)(; js: node:crypto)?$/ : /^auto: size 3 >= 0, /);
      if (os.availableParallelism() > 1) {
        expect(r.after).toBe('simd-threads');
        expect(r.threads).toMatchObject({ reason: null, granted: 2 });
        expect(r.probe).toBe(2);
        expect(r.threadedMatrix).toMatchObject({ backend: 'wasm', variant: 'simd-threads' });
        expect(r.threadedMatrix.reason).toMatch(/on 2 threads/);
      }
      expect(r.async).toBe(SHA_ABC);
      expect(r.asyncReport).toMatchObject({ backend: r.shaReport.backend, worker: true });
      expect(r.asyncXorOk).toBe(true);
      expect(r.asyncXorReport).toMatchObject({ operation: 'crypto_xor_encrypt', backend: 'wasm', worker: true });
      // The threads glue's global.Worker (worker_threads') is not left on the program's global.
      expect(r.globalWorker).toBe(runtime.name === 'node' ? 'undefined' : 'Worker');
      expect(r.workersLeft).toBe(0);
    });

    it('platform-native paths (node:crypto, Buffer#indexOf, String#includes, TypedArray#indexOf/#sort, JSON) = the package\'s own JS = WASM', () => {
      const child = run(runtime, 'parity.mjs');
      expect(child.error).toBeUndefined();
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      const r = JSON.parse(child.stdout);
      console.log(`${runtime.name}: ${r.cases} platform-parity cases, ${JSON.stringify(r.byOperation)}`);
      expect(r.wasmServing).toBe(true);
      expect(r.missing).toEqual([]);
      expect(r.mismatches).toEqual([]);
      expect(r.cases).toBeGreaterThan(400);
      expect(r.paths).toEqual(runtime.name === 'deno' ? { ...NATIVE_PATHS, search_contains: ['String#includes', null] } : NATIVE_PATHS);
    });

    it('with the threads worker file deleted: simd serves, threads.reason says why, clean exit', () => {
      const child = run(runtime, 'permissions.mjs', runtime.run, broken);
      expect(child.error).toBeUndefined();
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      const r = JSON.parse(child.stdout);
      expect(r).toMatchObject({ backend: 'wasm', reason: 'wasm: variant simd', sha: SHA_ABC, async: SHA_ABC });
      expect(r.threadsAfter).toMatch(/^simd-threads: its workers did not start \(a pool worker cannot start: .*mlw-simd-threads\.worker\.js is missing \(ENOENT\)\); simd answers$/);
    });

    for (const example of ['node-esm.mjs', 'node-cjs.cjs']) {
      it(`web-demo/examples/${example} runs on WASM and round-trips`, () => {
        const child = run(runtime, example);
        expect(child.error).toBeUndefined();
        expect(child.stderr).toBe('');
        expect(child.status).toBe(0);
        expect(child.stdout).toMatch(/^backend: wasm \((simd|simd-threads)\) — wasm: variant /m);
        expect(child.stdout).toMatch(/^encrypted on: wasm /m);
        expect(child.stdout).toMatch(/^round trip: ok/m);
      });
    }
  });
}

const deno = runtimes.find((r) => r.name === 'deno');

describe.skipIf(!deno.present)('deno: default permissions', () => {
  it('without --allow-read: JS answers, status() says which flag is missing, no prompt, no crash', () => {
    const child = run(deno, 'permissions.mjs', ['run']);
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const r = JSON.parse(child.stdout);
    expect(r.backend).toBe('js');
    expect(r.reason).toMatch(/^wasm-file-missing: .*mlw-simd\.wasm \(Deno denies read access to .*; run with --allow-read=.* \(or -A\)\)$/);
    expect(r.sha).toBe(SHA_ABC);
    expect(r.report.reason).toMatch(/^fallback: wasm-file-missing: .*--allow-read/);
    expect(r.async ?? r.asyncError).toBe(SHA_ABC);
  });

  it('with --allow-read only (no env, no sys): WASM and the threads build', () => {
    const child = run(deno, 'permissions.mjs', ['run', '--allow-read']);
    expect(child.error).toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const r = JSON.parse(child.stdout);
    expect(r).toMatchObject({ backend: 'wasm', reason: 'wasm: variant simd', sha: SHA_ABC, async: SHA_ABC });
  });

  it('MULTILINGUAL_WASM_BACKEND is read where --allow-env grants it, ignored where not', () => {
    const withEnv = spawnSync(DENO, ['run', '--allow-read', '--allow-env', 'permissions.mjs'], { cwd: project, env: { ...env, MULTILINGUAL_WASM_BACKEND: 'js' }, encoding: 'utf8', timeout: 60000 });
    expect(withEnv.stderr).toBe('');
    expect(JSON.parse(withEnv.stdout).reason).toBe('preferBackend: js (MULTILINGUAL_WASM_BACKEND)');
    const without = spawnSync(DENO, ['run', '--allow-read', 'permissions.mjs'], { cwd: project, env: { ...env, MULTILINGUAL_WASM_BACKEND: 'js' }, encoding: 'utf8', timeout: 60000 });
    expect(without.stderr).toBe('');
    expect(JSON.parse(without.stdout).reason).toBe('wasm: variant simd');
  });
});
