// image_blur and image_grayscale: the documented formulas on tiny cases, shapes and
// element types, on every backend at once (agreed()). Random-input parity (bytes
// identical): tests/js/parity.test.mjs; bad inputs: the rows' badInputs (errors.test.mjs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations } from '../../../js/registry/index.js';
import { agreed, useBackends } from '../backends.mjs';

const selectors = useBackends();
const agree = (name, ...args) => agreed(selectors, name, ...args);
/** The row's own random argument lists (js/registry/image.js). */
const argumentsOf = (name) => operations.get(name).arbitrary(fc);

describe('image_blur', () => {
  it('answers in the shape and element type of its input (random images, radii, kinds)', () => {
    fc.assert(
      fc.property(argumentsOf('image_blur'), ([image, ...rest]) => {
        const out = agree('image_blur', image, ...rest);
        expect(out.data.constructor).toBe(image.data.constructor);
        expect([out.width, out.height]).toEqual([image.width, image.height]);
      }),
      { numRuns: 60 },
    );
  });

  it('radius 0 is a copy, not the same array', () => {
    const image = { data: new Uint8ClampedArray([1, 2, 3, 4, 5, 6, 7, 8]), width: 2, height: 1 };
    const out = agree('image_blur', image, 0);
    expect(Array.from(out.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(out.data).not.toBe(image.data);
  });

  it('box radius 1 on a 3x1 row follows (sum + r) / d with clamped edges', () => {
    // Red channel 0, 30, 255 -> horizontal: (0+0+30+1)/3=10, (0+30+255+1)/3=95, (30+255+255+1)/3=180;
    // the vertical pass of one row averages three copies of the same value: unchanged.
    const data = new Uint8Array([0, 0, 0, 0, 30, 0, 0, 0, 255, 0, 0, 0]);
    const out = agree('image_blur', { data, width: 3, height: 1 }, 1);
    expect(Array.from(out.data).filter((_, i) => i % 4 === 0)).toEqual([10, 95, 180]);
  });

  it('accepts empty images (0 x 0, 0 x n, n x 0)', () => {
    for (const [width, height] of [[0, 0], [0, 5], [3, 0]]) {
      const out = agree('image_blur', { data: new Uint8Array(0), width, height }, 3, { kind: 'gaussian' });
      expect([out.data.length, out.width, out.height]).toEqual([0, width, height]);
    }
  });

  it('works on a 4K-wide single row and a tall single column', () => {
    for (const [width, height] of [[3840, 1], [1, 500]]) {
      const data = new Uint8ClampedArray(width * height * 4).map((_, i) => (i * 7919) & 255);
      for (const kind of ['box', 'gaussian']) expect(agree('image_blur', { data, width, height }, 9, { kind }).width).toBe(width);
    }
  });
});

describe('image_grayscale', () => {
  it('answers in the element type of its input, alpha kept, R = G = B', () => {
    fc.assert(
      fc.property(argumentsOf('image_grayscale'), ([image]) => {
        const out = agree('image_grayscale', image);
        expect(out.data.constructor).toBe(image.data.constructor);
        for (let i = 0; i < out.data.length; i += 4) {
          expect(out.data[i + 3]).toBe(image.data[i + 3]);
          expect(out.data[i]).toBe(out.data[i + 1]);
          expect(out.data[i + 1]).toBe(out.data[i + 2]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('uses (77 R + 150 G + 29 B + 128) >> 8 and keeps alpha', () => {
    const data = new Uint8ClampedArray([255, 0, 0, 1, 0, 255, 0, 2, 0, 0, 255, 3, 10, 20, 30, 4]);
    const y = (77 * 10 + 150 * 20 + 29 * 30 + 128) >> 8;
    const out = agree('image_grayscale', { data, width: 4, height: 1 });
    expect(Array.from(out.data)).toEqual([77, 77, 77, 1, 149, 149, 149, 2, 29, 29, 29, 3, y, y, y, 4]);
  });
});
