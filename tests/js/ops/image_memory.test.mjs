// image_blur under a small heap limit: the kernel's own scratch (a second image, which the
// two-pass blur needs: a radius whose 8r + 8 rows exceed the image's height) failing
// to allocate must become WasmMemoryError (preferBackend 'wasm') or a JS answer (auto),
// leave no allocation behind and not disturb later calls. Also: many mixed valid and
// invalid calls of the image_ and science_ operations leave the heap where it was.
import { describe, expect, it } from 'vitest';
import { BackendSelector, WasmMemoryError } from 'multilingual-wasm';

const W = 2000, H = 1000; // 8 MB of RGBA
const big = { data: new Uint8ClampedArray(W * H * 4).map((_, i) => (i * 31) & 255), width: W, height: H };
const small = { data: new Uint8ClampedArray(4 * 4 * 4).map((_, i) => i * 3), width: 4, height: 4 };
// 20 MiB: room for the input and output copies (16 MB) but not for the kernel's scratch.
const limited = { memoryPages: 256, maxMemoryPages: 320 };
// Two-pass at any thread count (a small radius runs fused, through a few rows of scratch
// per thread, and fits).
const R = 200;

describe('image_blur under a heap limit', () => {
  it('throws WasmMemoryError naming the option, frees everything, and keeps working', async () => {
    const s = await BackendSelector.create({ preferBackend: 'wasm', ...limited });
    const js = await BackendSelector.create({ preferBackend: 'js' });
    const before = s.status().memory.bytes;
    expect(() => s.callFunction('image_blur', big, R)).toThrow(WasmMemoryError);
    expect(() => s.callFunction('image_blur', big, R)).toThrow(/maxMemoryPages/);
    expect(s.status().memory.bytes).toBe(before);
    expect(Array.from(s.callFunction('image_blur', small, 1, { kind: 'gaussian' }).data)).toEqual(
      Array.from(js.callFunction('image_blur', small, 1, { kind: 'gaussian' }).data),
    );
  });

  it('a small radius fits: the fused passes need a few rows of scratch per thread, not a second image', async () => {
    const s = await BackendSelector.create({ preferBackend: 'wasm', ...limited });
    const js = await BackendSelector.create({ preferBackend: 'js' });
    const before = s.status().memory.bytes;
    for (const kind of ['box', 'gaussian']) {
      const out = s.callFunction('image_blur', big, 2, { kind });
      expect(s.lastCallReport().backend).toBe('wasm');
      expect(Buffer.from(out.data).equals(Buffer.from(js.callFunction('image_blur', big, 2, { kind }).data))).toBe(true);
    }
    expect(s.status().memory.bytes).toBe(before);
  });

  it('under auto the call is answered by JS and the report says why', async () => {
    const s = await BackendSelector.create({ preferBackend: 'auto', ...limited });
    const js = await BackendSelector.create({ preferBackend: 'js' });
    const out = s.callFunction('image_blur', big, R);
    const report = s.lastCallReport();
    if (report.backend === 'js' && report.reason.startsWith('below-threshold')) return; // thresholds routed it
    expect(report.backend).toBe('js');
    expect(report.reason).toMatch(/^wasm-memory/);
    expect(Buffer.from(out.data).equals(Buffer.from(js.callFunction('image_blur', big, R).data))).toBe(true);
  });
});

describe('no leaks', () => {
  it('2000 mixed calls leave the WASM heap where it was', async () => {
    const s = await BackendSelector.create({ preferBackend: 'wasm' });
    const calls = [
      ['image_blur', small, 2],
      ['image_blur', small, 3, { kind: 'gaussian' }],
      ['image_blur', small, -1],
      ['image_blur', { data: new Uint8Array(3), width: 1, height: 1 }, 1],
      ['image_grayscale', small],
      ['science_monte_carlo_pi', 1000, 5],
      ['science_monte_carlo_pi', 0],
      ['science_integrate', 'sin(x) + x^2', 0, 1, 10],
      ['science_integrate', 'x + y', 0, 1, 10],
      ['science_integrate', '('.repeat(500), 0, 1, 10],
    ];
    const reference = s.callFunction('science_integrate', 'x^3', 0, 1, 10);
    for (const c of calls) try { s.callFunction(...c); } catch {}
    const before = s.status().memory.bytes;
    for (let i = 0; i < 200; i++) for (const c of calls) try { s.callFunction(...c); } catch {}
    expect(s.status().memory.bytes).toBe(before);
    expect(s.callFunction('science_integrate', 'x^3', 0, 1, 10)).toBe(reference);
  });
});
