// The platform-native paths of the JS backend (js/fallbacks/platform.js) give exactly the
// answers of the pure-JS fallbacks and of the WASM kernels. Internal: it imports the
// fallbacks to compare the two JS paths directly.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector } from 'multilingual-wasm';
import { sha256Hex, sha256HexJs, sha256Path } from '../../../js/fallbacks/crypto_sha256.js';
import { indexOfBytes, searchContains, searchContainsPath } from '../../../js/fallbacks/search.js';
import { indexOfBytesNative } from '../../../js/fallbacks/platform.js';
import { operations } from '../../../js/registry/index.js';
import { difference } from '../../../bench/checks.mjs';

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
    // Buffer#indexOf from 512 bytes of text; below that the package's Horspool is faster.
    expect(searchContainsPath({ strings: false, n: 512 })).toBe('Buffer#indexOf');
    expect(searchContainsPath({ strings: false, n: 511 })).toBeNull();
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
    // Few symbols: many partial matches; texts on both sides of the 512 bytes where the JS path
    // switches from Horspool to Buffer#indexOf.
    const small = fc.uint8Array({ maxLength: 1200 }).map((a) => a.map((x) => x & 3));
    fc.assert(
      fc.property(small, fc.uint8Array({ maxLength: 6 }).map((a) => a.map((x) => x & 3)), (text, pattern) => {
        expect(indexOfBytesNative(text, pattern)).toBe(indexOfBytes(text, pattern));
        const found = searchContains({ text, pattern, strings: false, n: text.length });
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
    js.callFunction('search_contains', new Uint8Array(600), new Uint8Array([2]));
    expect(js.lastCallReport().jsPath).toBe('Buffer#indexOf');
    // Below 512 bytes of text the package's own Horspool answers: no platform path named.
    js.callFunction('search_contains', new Uint8Array([1, 2, 3]), new Uint8Array([2]));
    expect(js.lastCallReport().jsPath).toBeUndefined();
    expect(js.lastCallReport().reason).toBe('preferBackend: js');
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

// platformNatives: false — the JS backend runs the package's own JS (registry `jsPure`)
// instead of the platform's code: every answer and every error the same as with the natives.
describe('platformNatives: false', () => {
  let pure;
  beforeAll(async () => {
    pure = await BackendSelector.create({ preferBackend: 'js', platformNatives: false });
  });
  afterAll(() => pure.dispose());

  const outcome = (s, name, args) => {
    try {
      return { value: s.callFunction(name, ...args) };
    } catch (error) {
      return { error: [error.name, error.message, error.constructor] };
    }
  };
  const same = (name, args) => {
    const want = outcome(js, name, args);
    const got = outcome(pure, name, args);
    if (want.error || got.error) expect(got.error, `${name} ${String(args).slice(0, 80)}`).toEqual(want.error);
    else expect(difference(got.value, want.value), `${name} ${String(args).slice(0, 80)}`).toBeNull();
    if (!got.error) expect(pure.lastCallReport()).toMatchObject({ backend: 'js', reason: 'preferBackend: js' });
    if (!got.error) expect(pure.lastCallReport().jsPath).toBeUndefined();
    return got;
  };

  const withPlatform = [...operations.values()].filter((row) => typeof row.jsPure === 'function').map((row) => row.name);
  it('covers every operation whose JS answer uses the platform, except JSON.stringify', () => {
    const platformRows = [...operations.values()].filter((row) => row.platform).map((row) => row.name);
    expect(withPlatform.sort()).toEqual(platformRows.filter((n) => n !== 'json_stringify').sort());
  });

  it.each(withPlatform)('%s: the answers of the platform path on its registry inputs', (name) => {
    const row = operations.get(name);
    fc.assert(fc.property(row.arbitrary(fc), (args) => void same(name, args)), { numRuns: 300 });
  });

  it('json_parse: JSON.parse\'s values (own __proto__, duplicates, escapes, numbers, depth) and its errors', () => {
    const texts = [
      '{"__proto__":{"x":1},"a":1}', '{"a":1,"b":2,"a":3}', '{"2":1,"1":2,"b":3}', '"\\ud800\\u00e9\\n\\/\\"\\\\"', '-0', '1e400', '-1e-400',
      '0.1', '123456789012345678901234567890', ' [ 1 , { } , [ ] , "" , true , false , null ] ', '[]', '{}',
      '', ' ', '[1,]', '{"a":1,}', '01', '1.', '.5', '+1', '-', '1e', '"\\x"', '"\\u12G4"', '"a\nb"', '[1 2]', '{"a" 1}', '{1:2}',
      'tru', 'nul', 'true false', '[', '{"a":', '"abc', '{"a":1', '\u00a0[]', '[1]x',
    ];
    for (const text of texts) same('json_parse', [text]);
    // Any depth, as JSON.parse (compared by walking down: the recursive comparison would overflow).
    let deep = pure.callFunction('json_parse', `${'['.repeat(100000)}${']'.repeat(100000)}`);
    for (let d = 1; d < 100000; d++) deep = deep[0];
    expect(deep).toEqual([]);
    deep = pure.callFunction('json_parse', `${'{"a":'.repeat(50000)}1${'}'.repeat(50000)}`);
    for (let d = 0; d < 50000; d++) deep = deep.a;
    expect(deep).toBe(1);
    same('json_parse', [`${'['.repeat(100000)}${']'.repeat(99999)}`]);
    const json = fc.jsonValue().map((v) => JSON.stringify(v, null, Math.random() < 0.5 ? 2 : 0));
    fc.assert(fc.property(fc.oneof(json, json.map((t) => t.slice(0, -1)), fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', ',', ':', '1', 'e', '-', ' ', '\\', 'u') })),
      (text) => void same('json_parse', [text])), { numRuns: 1000 });
  });

  it('search_contains on strings: code units, surrogates, and patterns whose units share a low byte', () => {
    const unit = fc.constantFrom('a', 'b', '\u0161', '\u0261', '\uD83D', '\uDE00', '\u{1F600}');
    fc.assert(fc.property(fc.string({ unit, maxLength: 120 }), fc.string({ unit, maxLength: 5 }), (text, pattern) => {
      expect(same('search_contains', [text, pattern]).value).toBe(text.includes(pattern));
    }), { numRuns: 1000 });
  });

  it('data_sort: -0 before +0, NaN last, every typed array type, BigInts, strings', () => {
    for (const args of [
      [new Float64Array([NaN, 0, -0, 3, -Infinity, NaN, -0, Infinity, 0])], [[NaN, 0, -0, 2, -1]], [new Float32Array([0, -0, NaN, -1.5])],
      [new BigInt64Array([3n, -1n, 0n])], [['b', 'a', '\uD83D', '\uFFFD', '']], [new Uint8Array(1000).map((_, i) => (i * 7919) & 255)], [[]],
    ]) same('data_sort', args);
  });

  it('callBatch and callAsync answer with the package\'s own JS too', async () => {
    const lists = [['abc'], [new Uint8Array(3000)], ['']];
    expect(pure.callBatch('crypto_sha256', lists)).toEqual(js.callBatch('crypto_sha256', lists));
    expect(await pure.callAsync('crypto_sha256', 'abc')).toBe(js.callFunction('crypto_sha256', 'abc'));
    expect(pure.lastCallReport()).toMatchObject({ backend: 'js' });
    expect(pure.lastCallReport().jsPath).toBeUndefined();
    expect(await js.callAsync('crypto_sha256', 'abc')).toBe(js.callFunction('crypto_sha256', 'abc'));
    expect(js.lastCallReport().jsPath).toBe('node:crypto');
  });

  it('AUTO: WASM where its thresholds say so, the package\'s own JS below them (no platform path named)', async () => {
    const auto = await BackendSelector.create({ platformNatives: false, threads: false });
    try {
      auto.callFunction('search_contains', 'abc', 'b'); // strings: JS at every size in Node's set
      expect(auto.lastCallReport().backend).toBe('js');
      expect(auto.lastCallReport().jsPath).toBeUndefined();
      expect(auto.status().config.platformNatives).toBe(false);
    } finally {
      auto.dispose();
    }
  });
});
