// The Node examples of web-demo/examples run as a user runs them (the package by name),
// and the demo's static server sends the headers and types the browser tests rely on.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../web-demo/server.mjs';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

describe('Node examples', () => {
  for (const file of ['node-esm.mjs', 'node-cjs.cjs']) {
    it(`${file} runs on WASM and round-trips`, async () => {
      const env = { ...process.env };
      delete env.MULTILINGUAL_WASM_BACKEND;
      const { stdout, stderr } = await run(process.execPath, [path.join(root, 'web-demo/examples', file)], { cwd: root, env });
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^backend: wasm \((simd|baseline|simd-threads)\) — wasm: variant /m);
      expect(stdout).toMatch(/^encrypted on: wasm /m);
      expect(stdout).toMatch(/^round trip: ok/m);
    });
  }
});

describe('demo server', () => {
  const servers = [];
  const origins = {};
  beforeAll(async () => {
    for (const [name, isolation] of [['isolated', true], ['plain', false]]) {
      const server = createServer({ isolation });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      origins[name] = `http://127.0.0.1:${server.address().port}`;
    }
  });
  afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

  it('serves the page isolated, under the strict CSP', async () => {
    const res = await fetch(`${origins.isolated}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('sends application/wasm, JavaScript types, and the local chart library', async () => {
    const wasm = await fetch(`${origins.isolated}/dist/wasm/mlw-baseline.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(WebAssembly.validate(new Uint8Array(await wasm.arrayBuffer()))).toBe(true);
    for (const url of ['/dist/index.mjs', '/bench/workloads.mjs', '/web-demo/js/app.js', '/vendor/chart.js/chart.umd.min.js']) {
      const res = await fetch(origins.isolated + url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toMatch(/^text\/javascript/);
    }
  });

  it('without isolation sends no COOP/COEP but keeps the CSP', async () => {
    const res = await fetch(`${origins.plain}/`);
    expect(res.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(res.headers.get('cross-origin-embedder-policy')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
  });

  it('exposes nothing outside its mounts', async () => {
    for (const url of ['/package.json', '/js/index.js', '/dist/../package.json', '/dist/%2e%2e/package.json', '/node_modules/vite/package.json']) {
      expect((await fetch(origins.isolated + url)).status, url).toBe(404);
    }
  });
});
