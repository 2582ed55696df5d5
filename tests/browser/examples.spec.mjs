// The other ways to load the package in a browser: a plain <script> tag and a Vite build.
import { expect, keepScreenshot, test } from './fixtures.mjs';

test('script-tag example runs on WASM under the strict CSP', async ({ page }, testInfo) => {
  const response = await page.goto('/web-demo/examples/script-tag.html');
  expect(response.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  const result = page.getByTestId('result');
  await expect(result).toHaveAttribute('data-done', 'true');
  await expect(result).toHaveAttribute('data-backend', 'wasm');
  await expect(result).toHaveAttribute('data-round-trip', 'true');
  await expect(result).toContainText('decrypted: Hello from a plain <script> tag');
  await keepScreenshot(page, testInfo, 'script-tag');
});

test('Vite build finds and serves the .wasm and answers on WASM', async ({ page }, testInfo) => {
  const wasmRequests = [];
  const failed = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.wasm')) wasmRequests.push([r.url(), r.status(), r.headers()['content-type']]);
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/web-demo/examples/vite-app/dist/index.html');
  const result = page.getByTestId('result');
  await expect(result).toHaveAttribute('data-done', 'true');
  await expect(result).toHaveAttribute('data-backend', 'wasm');
  await expect(result).toHaveAttribute('data-call-backend', 'wasm');
  await expect(result).toHaveAttribute('data-round-trip', 'true');
  // The .wasm came from the bundle's own assets, not from the package's dist/.
  expect(await result.getAttribute('data-wasm-url')).toContain('/vite-app/dist/assets/');
  expect(wasmRequests.length).toBeGreaterThan(0);
  for (const [, code, type] of wasmRequests) {
    expect(code).toBe(200);
    expect(type).toBe('application/wasm');
  }
  // The bundle holds the threads .wasm under a hashed name but not its glue and worker:
  // the package must not try it (no 404, no MIME error: the fixture fails on console
  // errors), and must say how to get threads (serve dist/wasm/, set wasmUrl).
  expect(await result.getAttribute('data-variant')).toBe('simd');
  await expect(result).toHaveAttribute('data-threads-reason', /dist\/wasm\/ folder and set wasmUrl/);
  expect(failed).toEqual([]);
  await keepScreenshot(page, testInfo, 'vite-app');
});
