// The boundary in browsers (issue 10): typed arrays from another realm — a same-origin
// iframe, which Firefox hands over as cross-compartment wrappers — are accepted and give
// the answers this realm's arrays give; a look-alike from that realm is still rejected;
// and a typed array whose named members are throwing own accessors (js/boundary.js: the
// package never reads them) gives the right answer. On JS, simd and simd-threads.
import { expect, hasThreadsBuild, test } from './fixtures.mjs';

test("another realm's typed arrays and lying ones, on every backend", async ({ page }) => {
  await page.goto('/web-demo/index.html');
  const result = await page.evaluate(async (threads) => {
    const { BackendSelector } = await import('/dist/index.mjs');
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentWindow;
    const tripwire = (a) => {
      const names = new Set([...Reflect.ownKeys(Object.getPrototypeOf(Uint8Array.prototype)), ...Reflect.ownKeys(Object.getPrototypeOf(a))]);
      for (const key of names) {
        Object.defineProperty(a, key, { configurable: true, get() { throw new Error(`read .${String(key)}`); } });
      }
      return a;
    };
    // [label, operation, args] with this realm's arrays; the same calls are then made with
    // copies from the iframe and with tripwired copies.
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) & 255);
    const sorted = Float64Array.from({ length: 500 }, (_, i) => i * 1.5);
    const calls = [
      ['crypto_sha256', [bytes]],
      ['crypto_hash', [bytes]],
      ['crypto_xor_encrypt', [bytes, new Uint8Array([1, 2, 3])]],
      ['search_contains', [bytes, bytes.slice(1000, 1010)]],
      ['search_binary', [sorted, 300]],
      ['search_linear', [sorted, 747]],
      ['data_sort', [Float64Array.from(sorted).reverse()]],
      ['matrix_multiply', [{ rows: 2, cols: 2, data: new Float64Array([1, 2, 3, 4]) }, { rows: 2, cols: 2, data: new Float64Array([5, 6, 7, 8]) }]],
    ];
    const plain = (v) => (ArrayBuffer.isView(v) ? Array.from(new Uint8Array(new (globalThis[Object.prototype.toString.call(v).slice(8, -1)])(v).buffer)) : v && typeof v === 'object' && v.data ? { ...v, data: Array.from(v.data) } : v);
    const copyTo = (realm, v) => {
      if (ArrayBuffer.isView(v)) return realm[Object.prototype.toString.call(v).slice(8, -1)].from(v);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copyTo(realm, x)]));
      return v;
    };
    const lying = (v) => (ArrayBuffer.isView(v) ? tripwire(new (globalThis[Object.prototype.toString.call(v).slice(8, -1)])(v)) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, lying(x)])) : v);
    const configs = { js: { preferBackend: 'js' }, simd: { preferBackend: 'wasm', threads: false }, ...(threads ? { 'simd-threads': { preferBackend: 'wasm', threads: 2 } } : {}) };
    const out = {};
    for (const [label, config] of Object.entries(configs)) {
      const s = await (await BackendSelector.create(config)).warmUp([]);
      const rows = [];
      for (const [name, args] of calls) {
        const expected = JSON.stringify(plain(s.callFunction(name, ...args)));
        const backend = s.lastCallReport().backend;
        let iframe;
        let tripwired;
        try {
          iframe = JSON.stringify(plain(s.callFunction(name, ...args.map((a) => copyTo(other, a))))) === expected;
        } catch (error) {
          iframe = `${error.name}: ${error.message}`;
        }
        try {
          tripwired = JSON.stringify(plain(s.callFunction(name, ...args.map(lying)))) === expected;
        } catch (error) {
          tripwired = `${error.name}: ${error.message}`;
        }
        rows.push({ name, backend, iframe, tripwired });
      }
      let lookAlike;
      try {
        s.callFunction('crypto_sha256', Object.setPrototypeOf({ length: 1 << 16 }, other.Uint8Array.prototype));
        lookAlike = 'answered';
      } catch (error) {
        lookAlike = error.name;
      }
      out[label] = { variant: s.status().variant, rows, lookAlike };
      s.dispose();
    }
    frame.remove();
    return out;
  }, hasThreadsBuild());
  expect(Object.keys(result)).toContain('simd');
  if (hasThreadsBuild()) expect(Object.keys(result)).toContain('simd-threads');
  for (const [label, r] of Object.entries(result)) {
    if (label !== 'js') expect(r.variant, label).toBe(label);
    expect(r.lookAlike, label).toBe('InvalidArgumentError');
    for (const row of r.rows) {
      expect(row, `${label} ${row.name}`).toEqual({ name: row.name, backend: label === 'js' ? 'js' : 'wasm', iframe: true, tripwired: true });
    }
  }
});
