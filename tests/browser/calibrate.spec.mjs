// selector.calibrate() in Chromium and Firefox (issue 17): on the page's main thread
// through the ESM build, and in the demo's suite worker (a classic worker on the
// script-tag build) via ?calibrate=1, whose table then shows AUTO/best before → after.
// No timed assertions: shapes, the engine's set and application only.
import { expect, test } from './fixtures.mjs';

test('calibrate() on the page: engine key, status, thresholds option round trip', async ({ page, browserName }) => {
  await page.goto('/');
  await expect(page.getByTestId('status')).toHaveAttribute('data-ready', 'true');
  const shown = await page.getByTestId('thresholds').textContent();
  const out = await page.evaluate(async () => {
    const { BackendSelector, InvalidArgumentError } = await import('/dist/index.mjs');
    const s = await BackendSelector.create();
    await s.warmUp([]);
    const before = s.status().thresholds;
    const result = await s.calibrate({ operations: ['crypto_xor_encrypt', 'matrix_multiply'], budgetMs: 150 });
    const st = s.status();
    // The page keeps them where it likes (the demo: localStorage), and passes them back.
    localStorage.setItem('test-thresholds', JSON.stringify(result));
    const again = await BackendSelector.create({ thresholds: JSON.parse(localStorage.getItem('test-thresholds')) });
    const n = 8; // matrix 8×8×8 = 512
    const m = { rows: n, cols: n, data: new Float64Array(n * n).fill(1) };
    again.callFunction('matrix_multiply', m, m);
    const report = again.lastCallReport();
    let rejected = null;
    try {
      new BackendSelector({ thresholds: { matrix_multiply: { wasmMinSize: -1 } } });
    } catch (error) {
      rejected = { invalid: error instanceof InvalidArgumentError, message: error.message };
    }
    const out = { before, result, thresholds: st.thresholds, calibration: st.calibration, variant: st.variant, againLabel: again.status().thresholds, report, rejected };
    s.dispose();
    again.dispose();
    return out;
  });
  const family = browserName === 'firefox' ? /^spidermonkey-\d+$/ : /^v8-\d+$/;
  expect(out.calibration.engine).toMatch(family);
  expect(shown).toBe(out.before);
  expect(out.thresholds).toBe(`calibrated in ${out.calibration.engine} (over ${out.before})`);
  expect(out.calibration.variant).toBe(out.variant);
  // matrix_multiply's batch threshold too, when its share of the budget held the batch sweep.
  expect(Object.keys(out.result).filter((k) => !k.endsWith(':batch')).sort()).toEqual(['crypto_xor_encrypt', 'matrix_multiply']);
  expect(Object.keys(out.result).filter((k) => k.endsWith(':batch'))).toEqual('matrix_multiply:batch' in out.result ? ['matrix_multiply:batch'] : []);
  for (const { wasmMinSize } of Object.values(out.result)) expect(Number.isInteger(wasmMinSize) && wasmMinSize >= 0).toBe(true);
  expect(out.againLabel).toBe(`config (over ${out.before})`);
  const min = out.result.matrix_multiply.wasmMinSize;
  if (512 < min) expect(out.report).toMatchObject({ backend: 'js', reason: `below-threshold: size 512 < ${min} (thresholds: config)` });
  else expect(out.report.backend).toBe('wasm');
  expect(out.rejected).toMatchObject({ invalid: true, message: expect.stringContaining("'matrix_multiply.wasmMinSize'") });
});

test('?calibrate=1: calibrated in the suite worker, AUTO/best before → after', async ({ page }) => {
  await page.goto('/?autorun=1&quick=1&calibrate=1&budget=300&only=sweep-xor-1kb,matrix-100');
  const table = page.getByTestId('results');
  await expect(table).toHaveAttribute('data-complete', 'true', { timeout: 200_000 });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  const cells = table.locator('tbody td[data-testid="auto-best"]');
  await expect(cells).toHaveCount(2);
  for (const text of await cells.locator('.median').allTextContents()) expect(text).toMatch(/^\d+\.\d\d× → \d+\.\d\d×$/);
  const box = page.getByTestId('calibration');
  await expect(box).toBeVisible();
  const calibration = JSON.parse(await page.locator('#calibration-json').textContent());
  expect(calibration.budgetMs).toBe(300);
  expect(Object.keys(calibration.thresholds).length).toBeGreaterThan(5);
  expect(calibration.thresholdsBefore).toBe(await page.getByTestId('thresholds').textContent());
  // Kept for this page: what a later visit could pass back as the thresholds option.
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem('mlw-thresholds')))).toEqual(calibration.thresholds);
});
