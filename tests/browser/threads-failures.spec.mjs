// Browsers (Chromium, Firefox): a broken threads build leaves simd serving with the reason
// in status().threads.reason (issue 10 item 2), and disposing a selector at any point of
// its loading raises nothing uncaught (issue 12 item 6: Chromium logged "NetworkError:
// Failed to execute 'importScripts' … mlw-simd-threads.js" and an uncaught ErrorEvent).
// The page is a blank one on the demo's cross-origin-isolated origin; the package is
// imported as the ES module from /dist/, and the broken files are made by routing their
// requests (a 404, or a script that throws), so dist/ itself is never touched.
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { SETTLED } from '../js/dispose-scenario.mjs';

const SCENARIO = fileURLToPath(new URL('../js/dispose-scenario.mjs', import.meta.url));

const BLANK = '/threads-failures-blank.html';
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' };

/** A page whose uncaught errors are collected; console errors other than 404 loads too. */
const test = base.extend({
  page: async ({ page, context }, use) => {
    await context.route(`**${BLANK}`, (route) => route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: ISOLATION,
      body: '<!doctype html><meta charset="utf-8"><title>threads failures</title><p>blank</p>',
    }));
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      // A 404 is logged by the browser's network layer as the file's load failing: that
      // is the simulated fault itself, not an error the package raised.
      if (msg.type() === 'error' && !/Failed to load resource|404/.test(msg.text())) page.problems.push(`console.error: ${msg.text()}`);
    });
    await use(page);
  },
});

async function openBlank(page) {
  await page.goto(BLANK);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
}

/** Create a selector with two threads, wait for the threads build, report what it says. */
async function warmedStatus(page) {
  return page.evaluate(async () => {
    const { BackendSelector } = await import('/dist/index.mjs');
    // preferBackend 'wasm': the call must go to the instance that serves, whatever this
    // engine's thresholds say about a 3-byte SHA-256.
    const s = await BackendSelector.create({ threads: 2, preferBackend: 'wasm' });
    const first = s.status().variant;
    const hash = s.callFunction('crypto_sha256', new TextEncoder().encode('abc'));
    await s.warmUp();
    await new Promise((resolve) => setTimeout(resolve, 300)); // a late worker error, now
    const st = s.status();
    const again = s.callFunction('crypto_sha256', new TextEncoder().encode('abc'));
    const report = s.lastCallReport();
    s.dispose();
    return { first, hash, again, variant: st.variant, threads: st.threads, report };
  });
}

const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

test('the complete threads build runs (the control case)', async ({ page }) => {
  await openBlank(page);
  const r = await warmedStatus(page);
  expect(r.variant).toBe('simd-threads');
  expect(r.threads).toMatchObject({ reason: null, granted: 2 });
  expect(page.problems).toEqual([]);
});

const faults = [
  ['the worker file is missing (404)', '**/dist/wasm/mlw-simd-threads.worker.js', { status: 404, contentType: 'text/plain', body: 'not found' }, /^simd-threads: its workers did not start \(a pool worker cannot start: .*mlw-simd-threads\.worker\.js is missing \(HTTP 404\)\); simd answers$/],
  ['the worker is served as text/plain', '**/dist/wasm/mlw-simd-threads.worker.js', { status: 200, contentType: 'text/plain', body: 'hello' }, /^simd-threads: its workers did not start \(a pool worker cannot start: .*mlw-simd-threads\.worker\.js is served as text\/plain, not JavaScript\); simd answers$/],
  ['the worker throws at start', '**/dist/wasm/mlw-simd-threads.worker.js', { status: 200, contentType: 'text/javascript', body: 'throw new Error("boom from the worker")' }, /^simd-threads: its workers did not start \(a pool worker \(.*\) failed to start \(.*boom from the worker.*\)\); simd answers$/],
  ['the worker file is not JavaScript', '**/dist/wasm/mlw-simd-threads.worker.js', { status: 200, contentType: 'text/javascript', body: 'this is not ( javascript' }, /^simd-threads: its workers did not start \(a pool worker \(.*\) failed to start \(.+\)\); simd answers$/],
  ['the glue is missing (404)', '**/dist/wasm/mlw-simd-threads.js', { status: 404, contentType: 'text/plain', body: 'not found' }, /^simd-threads failed to load \(module-load-failed: threads glue: cannot load .*mlw-simd-threads\.js\)$/],
];

for (const [what, pattern, response, reason] of faults) {
  test(`${what}: simd serves, the reason is in status(), nothing uncaught`, async ({ page, context }) => {
    // With the headers the demo server sends: a worker of an isolated page needs COEP.
    await context.route(pattern, (route) => route.fulfill({ ...response, headers: ISOLATION }));
    await openBlank(page);
    const r = await warmedStatus(page);
    expect(r).toMatchObject({ first: 'simd', hash: SHA_ABC, again: SHA_ABC, variant: 'simd' });
    expect(r.report).toMatchObject({ backend: 'wasm', variant: 'simd' });
    expect(r.threads.granted).toBe(1);
    expect(r.threads.reason).toMatch(reason);
    expect(page.problems).toEqual([]);
  });
}

test('dispose() at any point of loading raises nothing uncaught', async ({ page, context }) => {
  await context.route('**/dispose-scenario.mjs', (route) => route.fulfill({ path: SCENARIO, contentType: 'text/javascript', headers: ISOLATION }));
  await openBlank(page);
  const delays = [0, 1, 2, 5, 10, 20, 35, 50, 80, 120, 200, 400];
  const warmUpDelays = [0, 1, 5, 20, 50];
  const seen = await page.evaluate(async (options) => {
    const { BackendSelector } = await import('/dist/index.mjs');
    const { disposeAtEveryPointOfLoading } = await import('/dispose-scenario.mjs');
    return disposeAtEveryPointOfLoading(BackendSelector, options);
  }, { delays, warmUpDelays, settleMs: 1000 });
  expect(seen).toHaveLength(2 * (delays.length + warmUpDelays.length));
  for (const r of seen) expect(r).toMatch(SETTLED);
  expect(page.problems).toEqual([]);
});
