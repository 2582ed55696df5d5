// The platform-native paths of the JS backend (js/fallbacks/platform.js) give exactly the
// answers of the pure-JS fallbacks and of the WASM kernels. Internal: it imports the
// fallbacks to compare the two JS paths directly.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector } from 'multilingual-wasm';
import { sha256Hex, sha256HexJs, sha256Path } from '../../../js/fallbacks/crypto_sha256.js';
import { indexOfBytes, searchContains, searchContainsPath } from '../../../js/fallbacks/search.js';
import { indexOfBytesNative } from '../../../js/fallbacks/platform.js';

let wasm;
let js;
beforeAll(async () => {
  wasm = await BackendSelector.create({ preferBackend: 'wasm', threads: false });
  js = await BackendSelector.create({ preferBackend: 'js' });
});
afterAll(() => {
  wasm.dispose();
  js.dispose();
});

describe('platform-native paths in Node', () => {
  it('are the ones in use here', () => {
    expect(sha256Path).toBe('node:crypto');
    expect(indexOfBytesNative).not.toBeNull();
    expect(searchContainsPath({ strings: false })).toBe('Buffer#indexOf');
    expect(searchContainsPath({ strings: true })).toBe('String#includes');
  });

  it('SHA-256: node:crypto = pure JS = WASM', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.nat(64), (bytes, offset) => {
        const view = new Uint8Array(bytes.buffer, Math.min(offset, bytes.length), bytes.length - Math.min(offset, bytes.length));
        const native = sha256Hex(view);
        expect(native).toBe(sha256HexJs(view));
        expect(wasm.callFunction('crypto_sha256', view)).toBe(native);
      }),
      { numRuns: 300 },
    );
  });

  it('byte search: Buffer#indexOf = Horspool in JS = WASM (as a boolean, and the index for the two JS paths)', () => {
    const small = fc.uint8Array({ maxLength: 300 }).map((a) => a.map((x) => x & 3)); // few symbols: many partial matches
    fc.assert(
      fc.property(small, fc.uint8Array({ maxLength: 6 }).map((a) => a.map((x) => x & 3)), (text, pattern) => {
        expect(indexOfBytesNative(text, pattern)).toBe(indexOfBytes(text, pattern));
        const found = searchContains({ text, pattern, strings: false });
        expect(wasm.callFunction('search_contains', text, pattern)).toBe(found);
        expect(js.callFunction('search_contains', text, pattern)).toBe(found);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the call report names the platform-native path', () => {
  it('node:crypto, Buffer#indexOf, String#includes, JSON.parse on JS; nothing on WASM or for pure JS', () => {
    js.callFunction('crypto_sha256', 'abc');
    expect(js.lastCallReport()).toMatchObject({ backend: 'js', jsPath: 'node:crypto', reason: 'preferBackend: js; js: node:crypto' });
    js.callFunction('search_contains', new Uint8Array([1, 2, 3]), new Uint8Array([2]));
    expect(js.lastCallReport().jsPath).toBe('Buffer#indexOf');
    js.callFunction('search_contains', 'abc', 'b');
    expect(js.lastCallReport().jsPath).toBe('String#includes');
    js.callFunction('json_parse', '[1]');
    expect(js.lastCallReport().jsPath).toBe('JSON.parse');
    js.callFunction('matrix_transpose', [[1]]);
    expect(js.lastCallReport().jsPath).toBeUndefined();
    wasm.callFunction('crypto_sha256', 'abc');
    expect(wasm.lastCallReport().jsPath).toBeUndefined();
  });
});
