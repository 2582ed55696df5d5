// A page whose Content-Security-Policy forbids compiling WebAssembly (no
// 'wasm-unsafe-eval'): the package must still answer, on JS, with reason csp-blocked.
import { expect, test } from '@playwright/test';

test("without 'wasm-unsafe-eval' the script-tag page runs on JS, reason csp-blocked", async ({ page }) => {
  const problems = [];
  // The browser itself reports the refused compile, and only that is tolerated: Chromium
  // as a console error about 'unsafe-eval'/Content Security Policy, Firefox also as a
  // page error ("The page's settings blocked WebAssembly (script-src) …").
  const browserCspReport = (text) =>
    /^The page’s settings blocked WebAssembly|^The page's settings blocked WebAssembly/.test(text) ||
    /Refused to compile or instantiate WebAssembly module because .*Content Security Policy/.test(text);
  page.on('pageerror', (error) => {
    if (!browserCspReport(error.message)) problems.push(`pageerror: ${error.message}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !browserCspReport(msg.text())) problems.push(`console.error: ${msg.text()}`);
  });
  await page.route('**/web-demo/examples/script-tag.html', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-security-policy': "script-src 'self'; object-src 'none'" };
    await route.fulfill({ response, headers });
  });
  await page.goto('/web-demo/examples/script-tag.html');
  const result = page.getByTestId('result');
  await expect(result).toHaveAttribute('data-done', 'true');
  await expect(result).toHaveAttribute('data-backend', 'js');
  await expect(result).toHaveAttribute('data-round-trip', 'true');
  await expect(result).toContainText('reason:    csp-blocked: ');
  expect(problems).toEqual([]);
});
