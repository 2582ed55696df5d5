// The demo page in Chromium and Firefox: status, a quick run, charts, fallbacks, headers.
import { expect, hasThreadsBuild, keepScreenshot, paintedPixels, plainOrigin, test } from './fixtures.mjs';

const status = (page) => page.getByTestId('status');

test('loads on WASM with its variant, isolated, under a strict CSP', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).not.toMatch(/(^|\s)'unsafe-eval'/);
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  await expect(status(page)).toHaveAttribute('data-ready', 'true');
  await expect(status(page)).toHaveAttribute('data-backend', 'wasm');
  const variant = await status(page).getAttribute('data-variant');
  expect(['baseline', 'simd', 'simd-threads']).toContain(variant);
  await expect(status(page)).toContainText(`wasm: variant ${variant}`);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(status(page)).toHaveAttribute('data-cross-origin-isolated', 'true');
  // Isolated + a threads build shipped => the threads variant must be the one picked.
  if (hasThreadsBuild()) expect(variant).toBe('simd-threads');
  const wasm = await page.request.get('/dist/wasm/mlw-baseline.wasm');
  expect(wasm.headers()['content-type']).toBe('application/wasm');
});

test('quick suite completes, every result verified, charts drawn', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?autorun=1&quick=1');
  const table = page.getByTestId('results');
  await expect(table).toHaveAttribute('data-complete', 'true', { timeout: 200_000 });
  const rows = table.locator('tbody tr');
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  await expect(table.locator('tbody td[data-verified="true"]')).toHaveCount(n);
  await expect(table.locator('tbody td.bad')).toHaveCount(0);
  // AUTO beside the contestants on every workload (all quick ones have a WASM kernel).
  await expect(table.locator('thead')).toContainText('AUTO / best');
  const autoBest = table.locator('tbody td[data-testid="auto-best"]');
  await expect(autoBest).toHaveCount(n);
  for (const text of await autoBest.locator('.median').allTextContents()) expect(text).toMatch(/^\d+\.\d\d×$/);
  for (const text of await autoBest.locator('.range').allTextContents()) expect(text).toMatch(/^AUTO \d/);
  // The suite's worker runs the threads build too (a classic worker, where its glue loads).
  if (hasThreadsBuild()) await expect(table.locator('thead')).toContainText('WASM simd-threads');
  await expect(page.getByTestId('progress')).toHaveJSProperty('value', await page.getByTestId('progress').evaluate((p) => p.max));
  for (const id of ['chart-speedup', 'chart-memory']) {
    const box = page.getByTestId(id);
    expect(Number(await box.getAttribute('data-bars'))).toBeGreaterThanOrEqual(n);
    expect(await paintedPixels(page, `[data-testid="${id}"] canvas`)).toBeGreaterThan(1000);
  }
  await keepScreenshot(page, testInfo, 'demo-after-quick-run');

  // Export: read what the buttons hand to the browser's download (the Blob), in the page.
  await page.evaluate(() => {
    const original = URL.createObjectURL;
    window.__exports = [];
    URL.createObjectURL = (blob) => {
      window.__exports.push(blob.text());
      return original.call(URL, blob);
    };
  });
  await page.click('#export-json');
  await page.click('#export-csv');
  const [jsonText, csvText] = await page.evaluate(() => Promise.all(window.__exports));
  const doc = JSON.parse(jsonText);
  expect(doc.schema).toBe('multilingual-wasm-bench/1');
  expect(doc.environment.crossOriginIsolated).toBe(true);
  expect(doc.environment.userAgent).toBeTruthy();
  expect(doc.results.length).toBeGreaterThanOrEqual(n);
  expect(doc.results.every((r) => r.verified)).toBe(true);
  const lines = csvText.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^id,title,operation,backend,variant,runs,medianMs/);
  expect(lines[0]).toContain(',routedTo,jsPath,autoVsBest,autoChoiceVsBest,autoBeforeVsBest,autoVsBestPaired,autoVsRoutePaired,autoPairs,autoPairedWith,');
  expect(doc.summary.every((s) => typeof s.autoVsBest === 'number')).toBe(true);
  // The AUTO / best cells show the paired estimate where the suite made one (bench/suite.mjs),
  // else the plain ratio of medians, and say which.
  const cellValues = await autoBest.evaluateAll((tds) => tds.map((td) => ({ value: Number(td.dataset.value), paired: td.dataset.paired })));
  doc.summary.forEach((s, i) => {
    const paired = typeof s.autoVsBestPaired === 'number';
    expect(cellValues[i]).toEqual({ value: paired ? s.autoVsBestPaired : s.autoVsBest, paired: String(paired) });
    // AUTO/route × route/best: paired too where the best by the medians was another contestant.
    if (paired) expect(s.autoVsBestPaired).toBeCloseTo(s.autoVsRoutePaired * (s.routePairedWith ? Math.max(1, s.routeVsBestPaired) : s.autoChoiceVsBest), 10);
  });
  expect(lines).toHaveLength(doc.results.length + 1);

  // Open a saved document with native timings (as the CLI's --native writes them; made up
  // here from this run, since browsers cannot run native code): WASM/native is shown.
  const withNative = structuredClone(doc);
  for (const s of withNative.summary) {
    withNative.results.push({ ...doc.results.find((r) => r.id === s.id), backend: 'native', variant: 'native', medianMs: s.wasmMs / 2, minMs: s.wasmMs / 2, maxMs: s.wasmMs / 2 });
    Object.assign(s, { nativeMs: s.wasmMs / 2, wasmVsNative: 2 });
  }
  await page.locator('#open-json').setInputFiles({ name: 'cli.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withNative)) });
  await expect(table.locator('thead th').last()).toHaveText('Verified');
  await expect(table.locator('thead')).toContainText('native C++');
  await expect(table.locator('tbody tr').first()).toContainText('2.00×');
  await expect(page.locator('#progress-label')).toContainText('Showing cli.json');
});

test('?peers=1: hash-wasm, TF.js WASM and WebCrypto timed beside ours, every result checked', async ({ page }) => {
  await page.goto('/?autorun=1&quick=1&peers=1&only=sweep-xor-1kb&runs=1');
  await expect(page.getByTestId('results')).toHaveAttribute('data-complete', 'true', { timeout: 200_000 });
  const box = page.getByTestId('peers');
  await expect(box).toBeVisible();
  await expect(page.locator('#peers-notes li')).toHaveCount(0); // every peer loaded here
  const rows = box.locator('tbody tr');
  const n = await rows.count();
  expect(n).toBeGreaterThan(10);
  await expect(box.locator('tbody tr[data-verified="true"]')).toHaveCount(n);
  // Each peer has rows: SHA-256 (hash-wasm, WebCrypto) and the f32 product (TF.js WASM, resident and with copies).
  await expect(box.locator('tr[data-id="peers-sha256-1kb"][data-role="peer"]')).toContainText('hash-wasm');
  await expect(box.locator('tr[data-id="peers-sha256-1mb"][data-role="native"]')).toContainText('WebCrypto');
  await expect(box.locator('tr[data-id="peers-matmul-f32"][data-role="peer"]')).toHaveCount(2);
  await expect(box.locator('tr[data-id="peers-matmul-f32"][data-role="peer"]').first()).toContainText('tfjs-backend-wasm');
});

test('without WebAssembly the page runs on JS with reason no-webassembly', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.goto('/?autorun=1&quick=1');
  await expect(status(page)).toHaveAttribute('data-backend', 'js');
  await expect(status(page)).toHaveAttribute('data-reason', 'no-webassembly');
  const table = page.getByTestId('results');
  await expect(table).toHaveAttribute('data-complete', 'true', { timeout: 200_000 });
  const n = await table.locator('tbody tr').count();
  expect(n).toBeGreaterThan(0);
  await expect(table.locator('tbody td[data-verified="true"]')).toHaveCount(n);
  await expect(table.locator('thead th')).not.toContainText(['WASM simd']);
  const env = JSON.parse(await page.locator('#env').textContent());
  expect(env.features.webassembly).toBe(false);
  await keepScreenshot(page, testInfo, 'demo-no-webassembly');
});

test('?backend=js forces the JS backend', async ({ page }) => {
  await page.goto('/?backend=js');
  await expect(status(page)).toHaveAttribute('data-backend', 'js');
  await expect(status(page)).toHaveAttribute('data-reason', /^preferBackend: js/);
});

test('served without COOP/COEP: not cross-origin isolated, no threads', async ({ page }) => {
  const response = await page.goto(`${plainOrigin()}/`);
  expect(response.headers()['cross-origin-opener-policy']).toBeUndefined();
  await expect(status(page)).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  await expect(status(page)).toHaveAttribute('data-cross-origin-isolated', 'false');
  await expect(status(page)).toHaveAttribute('data-backend', 'wasm');
  // The threads build needs SharedArrayBuffer, which browsers only give isolated pages.
  expect(await status(page).getAttribute('data-variant')).not.toBe('simd-threads');
});

test('phone width: nothing overflows the viewport', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?autorun=1&quick=1');
  await expect(page.getByTestId('results')).toHaveAttribute('data-complete', 'true', { timeout: 200_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await keepScreenshot(page, testInfo, 'demo-phone');
});

test('no layout jump while a run fills the table and charts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?quick=1');
  await expect(page.getByTestId('run')).toBeEnabled();
  // Record where the charts start each time the table body changes (placeholders, then results).
  await page.evaluate(() => {
    window.__tops = [];
    const charts = document.querySelector('.charts');
    new MutationObserver(() => window.__tops.push(charts.getBoundingClientRect().top)).observe(
      document.getElementById('results-body'),
      { childList: true },
    );
  });
  await page.getByTestId('run').click();
  await expect(page.getByTestId('results')).toHaveAttribute('data-complete', 'true', { timeout: 200_000 });
  const tops = await page.evaluate(() => window.__tops);
  expect(tops.length).toBeGreaterThanOrEqual(2);
  expect(new Set(tops).size).toBe(1);
});
