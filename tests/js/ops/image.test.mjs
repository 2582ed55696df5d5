// image_blur and image_grayscale: parity between the backends (bytes identical), the
// documented formulas on tiny cases, and the errors both backends give for bad input.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError } from 'multilingual-wasm';

// wasm: the best variant (simd here); baseline: the scalar build, which must agree too.
let wasm, baseline, js;
beforeAll(async () => {
  wasm = await BackendSelector.create({ preferBackend: 'wasm' });
  baseline = await BackendSelector.create({ preferBackend: 'wasm', simd: false });
  js = await BackendSelector.create({ preferBackend: 'js' });
});

function both(name, ...args) {
  const w = wasm.callFunction(name, ...args);
  expect(wasm.lastCallReport().backend).toBe('wasm');
  const j = js.callFunction(name, ...args);
  expect(js.lastCallReport().backend).toBe('js');
  const b = baseline.callFunction(name, ...args);
  expect(baseline.lastCallReport().variant).toBe('baseline');
  // Same C++ source, flags only differ: the two builds agree exactly, libm included.
  expect(b instanceof Object ? Array.from(b.data) : b).toEqual(w instanceof Object ? Array.from(w.data) : w);
  return [w, j];
}

function errorOf(selector, name, args) {
  try {
    selector.callFunction(name, ...args);
  } catch (e) {
    return e;
  }
  return null;
}

const imageArb = fc
  .record({ width: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 1, max: 12 }), clamped: fc.boolean(), seed: fc.integer() })
  .map(({ width, height, clamped, seed }) => {
    const data = new (clamped ? Uint8ClampedArray : Uint8Array)(width * height * 4);
    let s = seed >>> 0;
    for (let i = 0; i < data.length; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      data[i] = s >>> 24;
    }
    return { data, width, height };
  });

describe('image_blur', () => {
  it('gives identical bytes on both backends (random images, radii, kinds)', () => {
    const radius = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 7, max: 40 }), fc.constantFrom(127, 128, 129, 1000));
    fc.assert(
      fc.property(imageArb, radius, fc.constantFrom(undefined, 'box', 'gaussian'), (image, r, kind) => {
        const args = kind === undefined ? [image, r] : [image, r, { kind }];
        const [w, j] = both('image_blur', ...args);
        expect(w.data.constructor).toBe(image.data.constructor);
        expect(j.data.constructor).toBe(image.data.constructor);
        expect([w.width, w.height, j.width, j.height]).toEqual([image.width, image.height, image.width, image.height]);
        expect(Buffer.from(w.data.buffer, w.data.byteOffset, w.data.length).equals(Buffer.from(j.data.buffer, j.data.byteOffset, j.data.length))).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('radius 0 is a copy, not the same array', () => {
    const image = { data: new Uint8ClampedArray([1, 2, 3, 4, 5, 6, 7, 8]), width: 2, height: 1 };
    for (const [out] of [both('image_blur', image, 0)]) {
      expect(Array.from(out.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(out.data).not.toBe(image.data);
    }
  });

  it('box radius 1 on a 3x1 row follows (sum + r) / d with clamped edges', () => {
    // Red channel 0, 30, 255 -> horizontal: (0+0+30+1)/3=10, (0+30+255+1)/3=95, (30+255+255+1)/3=180;
    // the vertical pass of one row averages three copies of the same value: unchanged.
    const data = new Uint8Array([0, 0, 0, 0, 30, 0, 0, 0, 255, 0, 0, 0]);
    for (const out of both('image_blur', { data, width: 3, height: 1 }, 1)) {
      expect(Array.from(out.data).filter((_, i) => i % 4 === 0)).toEqual([10, 95, 180]);
    }
  });

  it('accepts empty images (0 x 0, 0 x n, n x 0)', () => {
    for (const [width, height] of [[0, 0], [0, 5], [3, 0]]) {
      for (const out of both('image_blur', { data: new Uint8Array(0), width, height }, 3, { kind: 'gaussian' })) {
        expect([out.data.length, out.width, out.height]).toEqual([0, width, height]);
      }
    }
  });

  it('works on a 4K-wide single row and a tall single column', () => {
    for (const [width, height] of [[3840, 1], [1, 500]]) {
      const data = new Uint8ClampedArray(width * height * 4).map((_, i) => (i * 7919) & 255);
      for (const kind of ['box', 'gaussian']) {
        const [w, j] = both('image_blur', { data, width, height }, 9, { kind });
        expect(Array.from(w.data)).toEqual(Array.from(j.data));
      }
    }
  });

  it('rejects bad arguments with the same error from both backends', () => {
    const ok = { data: new Uint8ClampedArray(16), width: 2, height: 2 };
    const bad = [
      [],
      [ok],
      [null, 1],
      [42, 1],
      [{ data: [1, 2, 3, 4], width: 1, height: 1 }, 1],
      [{ data: new Float32Array(4), width: 1, height: 1 }, 1],
      [{ data: new Uint8Array(15), width: 2, height: 2 }, 1],
      [{ data: new Uint8Array(16), width: 2.5, height: 2 }, 1],
      [{ data: new Uint8Array(16), width: -2, height: -2 }, 1],
      [{ data: new Uint8Array(16), width: '2', height: 2 }, 1],
      [ok, -1],
      [ok, 1.5],
      [ok, NaN],
      [ok, Infinity],
      [ok, 1001],
      [ok, '2'],
      [ok, 1, { kind: 'median' }],
      [ok, 1, { kind: 3 }],
      [ok, 1, { size: 3 }],
      [ok, 1, null],
      [ok, 1, 'box'],
      [ok, 1, {}, 4],
    ];
    for (const args of bad) {
      const ew = errorOf(wasm, 'image_blur', args);
      const ej = errorOf(js, 'image_blur', args);
      expect(ew, JSON.stringify(args.map(String))).toBeInstanceOf(InvalidArgumentError);
      expect(ej).toBeInstanceOf(InvalidArgumentError);
      expect(ew.message).toBe(ej.message);
    }
    // Nothing was left broken: a reference call still answers the same.
    const [w, j] = both('image_blur', ok, 1);
    expect(Array.from(w.data)).toEqual(Array.from(j.data));
  });
});

describe('image_grayscale', () => {
  it('gives identical bytes on both backends', () => {
    fc.assert(
      fc.property(imageArb, (image) => {
        const [w, j] = both('image_grayscale', image);
        expect(w.data.constructor).toBe(image.data.constructor);
        expect(Array.from(w.data)).toEqual(Array.from(j.data));
      }),
      { numRuns: 250 },
    );
  });

  it('uses (77 R + 150 G + 29 B + 128) >> 8 and keeps alpha', () => {
    const data = new Uint8ClampedArray([255, 0, 0, 1, 0, 255, 0, 2, 0, 0, 255, 3, 10, 20, 30, 4]);
    const y = (77 * 10 + 150 * 20 + 29 * 30 + 128) >> 8;
    for (const out of both('image_grayscale', { data, width: 4, height: 1 })) {
      expect(Array.from(out.data)).toEqual([77, 77, 77, 1, 149, 149, 149, 2, 29, 29, 29, 3, y, y, y, 4]);
    }
  });

  it('rejects bad images with the same error from both backends', () => {
    for (const args of [[], [{ data: new Uint8Array(5), width: 1, height: 1 }], [{ data: new Int16Array(4), width: 1, height: 1 }], [undefined]]) {
      const ew = errorOf(wasm, 'image_grayscale', args);
      const ej = errorOf(js, 'image_grayscale', args);
      expect(ew).toBeInstanceOf(InvalidArgumentError);
      expect(ew.message).toBe(ej.message);
    }
  });
});
