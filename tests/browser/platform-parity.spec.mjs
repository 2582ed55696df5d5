// Issue 18 in browsers: the JS backend's platform-native paths (String#includes,
// TypedArray#indexOf and #sort, Array#sort, JSON.parse / JSON.stringify; SHA-256 and byte
// search have none here, so the package's own JS answers) give exactly the answers of the
// package's own JS (platformNatives: false) and of the WASM kernels. The same cases as in
// Node, Deno and Bun (tests/js/platform-parity-cases.mjs, run there by
// tests/js/internal/runtimes.test.mjs).
import { platformParity } from '../js/platform-parity-cases.mjs';
import { expect, test } from './fixtures.mjs';

test("platform-native paths = the package's own JS = WASM", async ({ page, browserName }) => {
  await page.goto('/web-demo/index.html');
  const r = await page.evaluate(`(async () => {
    const { BackendSelector } = await import('/dist/index.mjs');
    return (${platformParity.toString()})(BackendSelector);
  })()`);
  console.log(`${browserName}: ${r.cases} platform-parity cases, ${JSON.stringify(r.byOperation)}`);
  expect(r.wasmServing).toBe(true);
  expect(r.missing).toEqual([]);
  expect(r.mismatches).toEqual([]);
  expect(r.cases).toBeGreaterThan(400);
  expect(r.paths).toEqual({
    crypto_sha256: [null],
    search_contains: ['String#includes', null],
    search_linear: ['TypedArray#indexOf'],
    data_sort: ['TypedArray#sort', 'Array#sort'],
    json_parse: ['JSON.parse'],
    json_stringify: ['JSON.stringify'],
  });
});
