// A `test` whose pages fail the test on any uncaught page error or console error, and
// helpers shared by the browser specs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

export { expect };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });
    await use(page);
    expect(problems, 'uncaught page errors or console errors').toEqual([]);
  },
});

/** The demo server without COOP/COEP (second webServer in playwright.config.mjs). */
export const plainOrigin = () => `http://127.0.0.1:${process.env.MLW_DEMO_PORT_PLAIN}`;

/**
 * Whether dist/ ships a threads build. It is built by separate work; until it exists,
 * the threads assertions are skipped and only cross-origin isolation is checked.
 */
export const hasThreadsBuild = () =>
  fs.existsSync(path.join(root, 'dist/wasm')) && fs.readdirSync(path.join(root, 'dist/wasm')).some((f) => /threads.*\.wasm$/.test(f));

/** Non-transparent pixels of a canvas, read in the page. */
export function paintedPixels(page, selector) {
  return page.locator(selector).evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
    return n;
  });
}

/** Keep a full-page screenshot as an artifact of the test (test-results/). */
export async function keepScreenshot(page, testInfo, name) {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
