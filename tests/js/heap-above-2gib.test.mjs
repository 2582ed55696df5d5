// Heaps above 2 GiB (issue 16 item 1): every heap address is unsigned on the JS side, and
// memoryPages / maxMemoryPages 65536 (the documented 4 GiB maximum) load. One input per
// family with a byte input puts data at heap addresses above 2^31. These need several
// GiB of free memory: each case is skipped, with a notice, where os.freemem() is short.
import os from 'node:os';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendSelector, clearModuleCache } from 'multilingual-wasm';

const GiB = 2 ** 30;
const BIG = 2.2e9; // bytes: above 2^31 = 2147483648

let selector = null;
afterEach(() => {
  selector?.dispose();
  selector = null;
  clearModuleCache();
});

function enoughMemory(bytes, what) {
  const free = os.freemem();
  if (free >= bytes) return true;
  console.warn(`skipped: ${what} needs ${(bytes / GiB).toFixed(1)} GiB free, this machine has ${(free / GiB).toFixed(1)} GiB`);
  return false;
}

async function wasmSelector(config = {}) {
  selector = await BackendSelector.create({ preferBackend: 'wasm', threads: false, maxMemoryPages: 65536, ...config });
  expect(selector.status().backend).toBe('wasm');
  return selector;
}

describe('heaps above 2 GiB', () => {
  it('memoryPages and maxMemoryPages 65536 load (the largest heap the 32-bit runtime has)', async () => {
    for (const threads of [false, 2]) {
      const s = await BackendSelector.create({ memoryPages: 65536, maxMemoryPages: 65536, threads, preferBackend: 'wasm' });
      await s.warmUp([]);
      expect(s.status().reason).toMatch(/^wasm: variant/);
      expect(s.status().memory.maxBytes).toBe(4 * GiB - 65536);
      expect(s.callFunction('numeric_gcd', 12, 18)).toBe(6);
      s.dispose();
    }
  });

  it('crypto_sha256 of 2.2e9 bytes (heap copy above 2^31)', async () => {
    if (!enoughMemory(6 * GiB, 'sha256 of 2.2e9 bytes')) return;
    const s = await wasmSelector();
    const data = new Uint8Array(BIG);
    for (let i = 0; i < data.length; i += 4096) data[i] = i / 4096;
    const hash = createHash('sha256');
    for (let i = 0; i < data.length; i += GiB) hash.update(data.subarray(i, i + GiB));
    const want = hash.digest('hex');
    const got = s.callFunction('crypto_sha256', data);
    expect(typeof got === 'string' ? got : Buffer.from(got).toString('hex')).toBe(want);
    expect(s.lastCallReport().backend).toBe('wasm');
  }, 300000);

  it('crypto_xor_encrypt with a 2.2e9-byte key (its working chunk lies above 2^31)', async () => {
    if (!enoughMemory(9 * GiB, 'xor with a 2.2e9-byte key')) return;
    const s = await wasmSelector();
    const data = new Uint8Array(BIG).fill(0x5a);
    const key = new Uint8Array(BIG);
    for (let i = 0; i < key.length; i += 65536) key[i] = (i >>> 16) & 0xff;
    const out = s.callFunction('crypto_xor_encrypt', data, key);
    expect(s.lastCallReport().backend).toBe('wasm');
    for (const i of [0, 65536, 2 ** 31 - 65536, 2 ** 31, 2 ** 31 + 65536, BIG - 65536, BIG - 1]) {
      expect(out[i], `byte ${i}`).toBe(0x5a ^ key[i]);
    }
  }, 300000);

  it('image_blur with its output and scratch above 2^31', async () => {
    if (!enoughMemory(6 * GiB, 'blur of a 1.2 GiB image')) return;
    const s = await wasmSelector();
    // Every row the same: each output row equals the blur of a small image of that row.
    const width = 16384;
    const height = Math.ceil((1.2 * GiB) / (width * 4));
    const row = new Uint8ClampedArray(width * 4).map((_, i) => (i * 37) & 0xff);
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) data.set(row, y * row.length);
    const small = new Uint8ClampedArray(row.length * 8);
    for (let y = 0; y < 8; y++) small.set(row, y * row.length);
    const jsSelector = await BackendSelector.create({ preferBackend: 'js' });
    const want = jsSelector.callFunction('image_blur', { data: small, width, height: 8 }, 3);
    jsSelector.dispose();
    const got = s.callFunction('image_blur', { data, width, height }, 3);
    expect(s.lastCallReport().backend).toBe('wasm');
    const wantRow = want.data.subarray(0, row.length);
    for (const y of [0, height >> 1, height - 1]) {
      expect(Buffer.compare(Buffer.from(got.data.buffer, got.data.byteOffset + y * row.length, row.length), Buffer.from(wantRow.buffer, wantRow.byteOffset, row.length)), `row ${y}`).toBe(0);
    }
  }, 300000);
});
