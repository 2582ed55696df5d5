// The package inside real bundled apps (see bundled-apps.mjs for how each is built): a
// sync call and callAsync both answer on WASM — the worker finds the .wasm files the
// bundler emitted — and the threads build serves on a cross-origin-isolated page. No
// failed request and no console error on any page.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BUNDLERS, SIDE_EFFECT_BUNDLERS, bundledApps } from './bundled-apps.mjs';

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

let dir;
let server;
let base;
let viteDev;
let viteDevBase;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = await bundledApps();
  // Static files of out/<bundler>/; /iso/… with COOP/COEP (cross-origin isolated), /plain/… without.
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const [, mode, ...rest] = url.pathname.split('/');
    let file = path.join(dir, 'out', ...rest.map(decodeURIComponent));
    if (!file.startsWith(path.join(dir, 'out')) || !['iso', 'plain'].includes(mode)) {
      res.writeHead(404).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', ...(mode === 'iso' ? ISOLATION : {}) });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  const { createServer } = await import('vite');
  viteDev = await createServer({
    root: path.join(dir, 'app/src'),
    configFile: false,
    logLevel: 'silent',
    // The one line Vite's dev server needs (pre-bundling would move the package away from its files).
    optimizeDeps: { exclude: ['multilingual-wasm'] },
    server: { host: '127.0.0.1', port: 0, headers: ISOLATION, hmr: false },
  });
  await viteDev.listen();
  viteDevBase = `http://127.0.0.1:${viteDev.httpServer.address().port}`;
});

test.afterAll(async () => {
  server?.close();
  await viteDev?.close();
});

function pageUrl(bundler, { threads }) {
  if (bundler === 'vite-dev') return `${viteDevBase}/${threads ? '?threads' : ''}`;
  return `${base}/${threads ? 'iso' : 'plain'}/${bundler}/${threads ? '?threads' : ''}`;
}

async function runApp(page, url) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (req) => problems.push(`failed: ${req.method()} ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url);
  const out = page.locator('#result');
  await expect(out).not.toHaveAttribute('data-done', 'false', { timeout: 90_000 });
  await page.waitForLoadState('networkidle');
  const text = await out.textContent();
  expect(await out.getAttribute('data-done'), text).toBe('true');
  return { result: JSON.parse(text), problems };
}

for (const bundler of BUNDLERS) {
  test.describe(bundler, () => {
    test('sync call and callAsync answer on WASM', async ({ page }) => {
      const { result, problems } = await runApp(page, pageUrl(bundler, { threads: false }));
      expect(result.sync).toMatchObject({ backend: 'wasm', operation: 'crypto_xor_encrypt' });
      // The worker answered, on WASM (not a quiet JS fallback), from the files the bundler emitted.
      expect(result.async).toMatchObject({ backend: 'wasm', worker: true });
      // (preferBackend 'wasm': a worker that could not load WASM would have thrown WasmUnavailableError.)
      expect(result.matrix).toMatchObject({ backend: 'wasm', worker: true });
      expect(['simd', 'baseline']).toContain(result.async.variant);
      expect(result.same).toBe(true);
      expect(problems).toEqual([]);
    });

    test('the threads build serves on a cross-origin-isolated page', async ({ page }) => {
      const { result, problems } = await runApp(page, pageUrl(bundler, { threads: true }));
      expect(result.threadsReason).toBeNull();
      expect(result.variant).toBe('simd-threads');
      expect(result.threadsGranted).toBeGreaterThan(1);
      // XOR runs on one thread: the simd instance kept beside simd-threads answers it.
      expect(result.sync).toMatchObject({ backend: 'wasm', variant: 'simd' });
      expect(result.async).toMatchObject({ backend: 'wasm', worker: true });
      expect(result.same).toBe(true);
      expect(problems).toEqual([]);
    });
  });
}

// "sideEffects" must keep the script-tag build when it is imported only for its effect.
for (const bundler of SIDE_EFFECT_BUNDLERS) {
  test(`${bundler} keeps import 'multilingual-wasm/global'`, async ({ page }) => {
    const { result, problems } = await runApp(page, `${base}/plain/${bundler}/global.html`);
    expect(result.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.xor).toEqual([0x61 ^ 0x63, 0x62 ^ 0x63]);
    expect(problems).toEqual([]);
  });
}
