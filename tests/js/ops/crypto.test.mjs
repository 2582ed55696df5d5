// crypto_xor, crypto_hash and crypto_sha256: what is specific to them, on every backend
// at once (agreed()): XOR against its definition (also streamed through the heap in
// chunks, into options.out, in place), SHA-256 against node:crypto on random inputs up to
// several MB, FNV-1a vectors. Random-input parity: tests/js/parity.test.mjs; bad inputs:
// the rows' badInputs (tests/js/errors.test.mjs); heap after many calls: leaks.test.mjs.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILDS, agreed, useBackends } from '../backends.mjs';

const selectors = useBackends();
const agree = (op, ...args) => agreed(selectors, op, ...args);
const backends = () => ['js', ...Object.keys(BUILDS)].map((name) => selectors[name]);

const nodeSha = (data) => crypto.createHash('sha256').update(data).digest('hex');
const data = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 50 }));

const xorRef = (d, k) => {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = d[i] ^ k[i % k.length];
  return out;
};
const bytesOfLength = (n, seed) => {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x >>> 24;
  }
  return out;
};

describe('crypto_xor_encrypt / crypto_xor_decrypt', () => {
  it('parity and the definition on random data and keys (every key length path)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ minLength: 1, maxLength: 200 }), (d, k) => {
        const enc = agree('crypto_xor_encrypt', d, k);
        expect(enc).toEqual(xorRef(d, k));
        expect(agree('crypto_xor_decrypt', enc, k)).toEqual(d);
      }),
      { numRuns: 100 },
    );
  });
  it('streamed through the heap: sizes around and beyond the chunk, odd offsets', () => {
    const MiB = 1 << 20;
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: MiB - 70, max: MiB + 70 }), fc.integer({ min: 0, max: Math.round(2.6 * MiB) })),
        fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 7 }), fc.integer(),
        (n, keyLen, offset, seed) => {
          const data = bytesOfLength(n + offset, seed).subarray(offset);
          const key = bytesOfLength(keyLen, seed + 1);
          const want = Buffer.from(xorRef(data, key));
          // Buffer.compare: toEqual walks megabytes element by element, for seconds.
          for (const s of backends()) expect(Buffer.compare(s.callFunction('crypto_xor_encrypt', data, key), want)).toBe(0);
          expect(selectors.simd.lastCallReport().backend).toBe('wasm');
        },
      ),
      { numRuns: 16 },
    );
  });
  it('options.out: written and returned, fresh or in place, same bytes from every backend', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.uint8Array({ minLength: 1, maxLength: 70 }), fc.integer({ min: 0, max: 3 }), (d, k, shift) => {
        const want = xorRef(d, k);
        for (const s of backends()) {
          // A fresh out at an odd offset of a larger buffer (the JS word path needs alignment).
          const out = new Uint8Array(d.length + shift).subarray(shift);
          expect(s.callFunction('crypto_xor_encrypt', d, k, { out })).toBe(out);
          expect(out).toEqual(want);
          // In place: out is the data itself.
          const copy = d.slice();
          expect(s.callFunction('crypto_xor_decrypt', copy, k, { out: copy })).toBe(copy);
          expect(copy).toEqual(want);
          // Not overlapping, same buffer: fine.
          const buf = new Uint8Array(2 * d.length);
          buf.set(d);
          s.callFunction('crypto_xor_encrypt', buf.subarray(0, d.length), k, { out: buf.subarray(d.length) });
          expect(buf.subarray(d.length)).toEqual(want);
        }
        expect(selectors.simd.lastCallReport().backend).toBe('wasm');
      }),
      { numRuns: 60 },
    );
  });
  it('{ out: undefined } and {} mean a new result', () => {
    expect(Array.from(agree('crypto_xor_encrypt', 'ab', 'c', {}))).toEqual([0x61 ^ 0x63, 0x62 ^ 0x63]);
    expect(Array.from(agree('crypto_xor_encrypt', 'ab', 'c', { out: undefined }))).toEqual([0x61 ^ 0x63, 0x62 ^ 0x63]);
  });
  it('every key length path on 100 003 bytes (16-byte blocks as 64-bit pairs in the baseline build)', () => {
    const data = bytesOfLength(100_003, 9);
    for (const k of [1, 3, 16, 64, 65]) {
      const key = bytesOfLength(k, k);
      expect(agree('crypto_xor_encrypt', data, key)).toEqual(xorRef(data, key));
    }
  });
});

describe('crypto_sha256', () => {
  it('NIST vectors and padding boundaries', () => {
    expect(agree('crypto_sha256', '')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(agree('sha256', 'abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const n of [55, 56, 63, 64, 65, 119, 120, 128]) expect(agree('crypto_sha256', 'a'.repeat(n))).toBe(nodeSha('a'.repeat(n)));
    expect(agree('crypto_sha256', 'a'.repeat(1e6))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });
  it('node:crypto on random small inputs (strings as UTF-8)', () => {
    fc.assert(
      fc.property(data, (d) => {
        expect(agree('crypto_sha256', d)).toBe(nodeSha(typeof d === 'string' ? Buffer.from(d, 'utf8') : d));
      }),
      { numRuns: 100 },
    );
  });
  it('node:crypto on random inputs up to several MB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 * 1024 * 1024 }), fc.integer(), (n, seed) => {
        const bytes = crypto.randomBytes(n);
        bytes[0 % Math.max(n, 1)] ^= seed & 0xff;
        expect(agree('crypto_sha256', bytes)).toBe(nodeSha(bytes));
      }),
      { numRuns: 12 },
    );
  });
  it('the scalar schedule (baseline) and the vector schedule (simd) agree with node:crypto at every length to 5000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (n) => {
        const bytes = crypto.randomBytes(n);
        expect(agree('crypto_sha256', bytes)).toBe(nodeSha(bytes));
      }),
      { numRuns: 100 },
    );
  });
  it('inputs on both sides of the WASM scratch area (64 KiB: copied whole; above: streamed through it), alternating', () => {
    // js/wasm/crypto_sha256.js: up to 65536 bytes go to the instance's scratch area in
    // one piece, more in 64 KiB pieces (a last piece of 1 byte, of a whole 64 KiB, of
    // 64 KiB + 1); the next call of either kind must not see what the previous one left.
    const S = 65536;
    for (const n of [S - 1, S, S + 1, 0, S, 2 * S, 2 * S + 1, 2 * S + 63, 3 * S - 64, 1, S + 1, 1024, 300000]) {
      const bytes = bytesOfLength(n, n + 7);
      expect(agree('crypto_sha256', bytes)).toBe(nodeSha(bytes));
    }
  });
  it('a subarray view hashes only its own bytes', () => {
    const buf = crypto.randomBytes(1000);
    const view = new Uint8Array(buf.buffer, buf.byteOffset + 3, 500);
    expect(agree('crypto_sha256', view)).toBe(nodeSha(Buffer.from(view)));
  });
});

describe('crypto_hash (FNV-1a 32-bit)', () => {
  it('reference vectors', () => {
    expect(agree('crypto_hash', '')).toBe(0x811c9dc5);
    expect(agree('crypto_hash', 'a')).toBe(0xe40c292c);
    expect(agree('crypto_hash', 'foobar')).toBe(0xbf9cf968);
    expect(agree('crypto_hash', new Uint8Array([0]))).toBe(0x050c5d1f);
  });
  it('a direct reference; unsigned', () => {
    const ref = (bytes) => {
      let h = 0x811c9dc5n;
      for (const b of bytes) h = ((h ^ BigInt(b)) * 0x01000193n) & 0xffffffffn;
      return Number(h);
    };
    fc.assert(
      fc.property(data, (d) => {
        const h = agree('crypto_hash', d);
        expect(h).toBe(ref(typeof d === 'string' ? new TextEncoder().encode(d) : d));
        expect(h).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});
