// A page whose Content-Security-Policy forbids compiling WebAssembly (no
// 'wasm-unsafe-eval'): the package must still answer, on JS, with reason csp-blocked.
import { expect, test } from '@playwright/test';

test("without 'wasm-unsafe-eval' the script-tag page runs on JS, reason csp-blocked", async ({ page }) => {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    // The browser itself reports the refused compile as a console error; anything else is a defect.
    if (msg.type() === 'error' && !/Content Security Policy|CSP|unsafe-eval/i.test(msg.text())) problems.push(msg.text());
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
