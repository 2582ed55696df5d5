// callBatch and WasmArray in a browser (issue 14): on the cross-origin isolated demo
// server, the simd-threads build (SharedArrayBuffer memory) and simd each answer a batch
// as callFunction does item by item, and a WasmArray goes through XOR and blur without
// copies and survives memory growth.
import { expect, hasThreadsBuild, test } from './fixtures.mjs';

test('callBatch and WasmArray on simd and simd-threads', async ({ page }) => {
  await page.goto('/web-demo/index.html');
  const result = await page.evaluate(async (threads) => {
    const { BackendSelector } = await import('/dist/index.mjs');
    const out = {};
    for (const config of [{ preferBackend: 'wasm', threads: false }, ...(threads ? [{ preferBackend: 'wasm', threads: 2 }] : [])]) {
      const s = await (await BackendSelector.create(config)).warmUp([]);
      const variant = s.status().variant;
      const items = Array.from({ length: 300 }, (_, i) => [new Uint8Array(100 + i).fill(i & 255)]);
      const batch = s.callBatch('crypto_sha256', items);
      const report = s.lastCallReport();
      const same = batch.every((h, i) => h === s.callFunction('crypto_sha256', ...items[i]));
      const fib = s.callBatch('numeric_fibonacci', [[10], [78], [100]]);
      const data = s.allocate(Uint8Array, 1 << 20);
      data.array.fill(7);
      const into = s.allocate(Uint8Array, 1 << 20);
      s.callFunction('crypto_xor_encrypt', data, 'k', { out: into });
      const big = s.allocate(Uint8Array, 32 << 20); // grows the memory while both are live
      const xorOk = into.array.every((b, i) => b === (7 ^ 107)) && data.array.every((b) => b === 7);
      big.free();
      let misuse = null;
      data.free();
      try {
        s.callFunction('crypto_sha256', data);
      } catch (error) {
        misuse = error.name;
      }
      into.free();
      out[variant] = { same, crossings: report.batch.crossings, backend: report.backend, fib: fib.map(String), xorOk, misuse, resident: s.status().memory.residentArrays };
      s.dispose();
    }
    return out;
  }, hasThreadsBuild());
  const variants = Object.keys(result);
  expect(variants).toContain('simd');
  if (hasThreadsBuild()) expect(variants).toContain('simd-threads');
  for (const v of variants) {
    expect(result[v], v).toEqual({ same: true, crossings: 'once', backend: 'wasm', fib: ['55', '8944394323791464', '354224848179261915075'], xorOk: true, misuse: 'InvalidArgumentError', resident: 0 });
  }
});

// Browsers' TextEncoder#encodeInto refuses views of shared memory (Node allows them): the
// threads build's string search must encode elsewhere and still answer as includes does.
test('search_contains on two strings on simd and simd-threads (shared memory)', async ({ page }) => {
  await page.goto('/web-demo/index.html');
  const result = await page.evaluate(async (threads) => {
    const { BackendSelector } = await import('/dist/index.mjs');
    const out = {};
    for (const config of [{ preferBackend: 'wasm', threads: false }, ...(threads ? [{ preferBackend: 'wasm', threads: 2 }] : [])]) {
      const s = await (await BackendSelector.create(config)).warmUp([]);
      const text = 'caf\u00e9 ' + 'abc'.repeat(100) + ' \u{1F600} end';
      const answers = [[text, '\u{1F600} e'], [text, 'not there'], [text, ''], ['', 'a'], [text, 'caf\u00e9']].map(([t, p]) => {
        try {
          return s.callFunction('search_contains', t, p) === t.includes(p) && s.lastCallReport().backend === 'wasm';
        } catch (error) {
          return `${error.name}: ${error.message}`;
        }
      });
      out[s.status().variant] = answers;
      s.dispose();
    }
    return out;
  }, hasThreadsBuild());
  if (hasThreadsBuild()) expect(Object.keys(result)).toContain('simd-threads');
  for (const [v, answers] of Object.entries(result)) expect(answers, v).toEqual([true, true, true, true, true]);
});
