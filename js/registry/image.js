// Registry rows for the image_ family (see js/registry/crypto.js for the row format).
import { BLUR_MAX_RADIUS, imageBlur as blurJs } from '../fallbacks/image_blur.js';
import { imageGrayscale as grayJs } from '../fallbacks/image_grayscale.js';
import { imageBlur as blurWasm } from '../wasm/image_blur.js';
import { imageGrayscale as grayWasm } from '../wasm/image_grayscale.js';
import { arity, describe, fail, toCount } from '../validate.js';

const MAX_SIDE = 1 << 24;
const KINDS = ['box', 'gaussian'];

/** {data, width, height} checked: Uint8(Clamped)Array RGBA of width*height*4 bytes. */
function toImage(operation, value) {
  if (value === null || typeof value !== 'object') fail(operation, 'image', `must be an ImageData-like {data, width, height}, got ${describe(value)}`);
  const { data, width, height } = value;
  if (!(data instanceof Uint8ClampedArray || data instanceof Uint8Array)) {
    fail(operation, 'image.data', `must be a Uint8ClampedArray or Uint8Array, got ${describe(data)}`);
  }
  toCount(operation, 'image.width', width, { max: MAX_SIDE });
  toCount(operation, 'image.height', height, { max: MAX_SIDE });
  if (data.length !== width * height * 4) {
    fail(operation, 'image.data', `must hold width*height*4 = ${width * height * 4} bytes (RGBA), got ${data.length}`);
  }
  return { source: value, data, width, height };
}

// Same shape and element type as the input; a real ImageData when one came in.
function asImage({ source, data, width, height }, bytes) {
  const out = data instanceof Uint8ClampedArray ? new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
  if (typeof ImageData !== 'undefined' && source instanceof ImageData) return new ImageData(out, width, height);
  return { data: out, width, height };
}

const blur = {
  name: 'image_blur',
  signature:
    "(image: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }, radius: number, options?: { kind?: 'box' | 'gaussian' }) => { data: Uint8ClampedArray | Uint8Array; width: number; height: number }",
  description: `separable blur of RGBA pixels (all four channels), edges clamped; radius 0..${BLUR_MAX_RADIUS}; box or gaussian (sigma = radius/2)`,
  complexity: 'O(w·h) box, O(w·h·r) gaussian',
  validate(args) {
    arity('image_blur', args, 2, 3);
    const image = toImage('image_blur', args[0]);
    const radius = toCount('image_blur', 'radius', args[1], { max: BLUR_MAX_RADIUS });
    const options = args[2];
    let kind = 'box';
    if (options !== undefined) {
      if (options === null || typeof options !== 'object' || Array.isArray(options)) {
        fail('image_blur', 'options', `must be an object, got ${describe(options)}`);
      }
      for (const key of Object.keys(options)) if (key !== 'kind') fail('image_blur', 'options', `has unknown option '${key}'`);
      if (options.kind !== undefined) {
        if (!KINDS.includes(options.kind)) fail('image_blur', 'options.kind', `must be 'box' or 'gaussian', got ${typeof options.kind === 'string' ? `'${options.kind}'` : describe(options.kind)}`);
        kind = options.kind;
      }
    }
    return { image, radius, kind };
  },
  size: ({ image }) => image.data.length,
  js: ({ image, radius, kind }) => asImage(image, blurJs(image.data, image.width, image.height, kind, radius)),
  wasm: (instance, { image, radius, kind }, threads) =>
    asImage(image, blurWasm(instance, 'image_blur', image.data, image.width, image.height, kind, radius, threads)),
  sample: () => [{ data: new Uint8ClampedArray(16).fill(7), width: 2, height: 2 }, 1],
};

const grayscale = {
  name: 'image_grayscale',
  signature:
    '(image: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }) => { data: Uint8ClampedArray | Uint8Array; width: number; height: number }',
  description: 'RGBA -> RGBA with R = G = B = (77 R + 150 G + 29 B + 128) >> 8 (BT.601 luma), alpha kept',
  complexity: 'O(w·h)',
  validate(args) {
    arity('image_grayscale', args, 1);
    return { image: toImage('image_grayscale', args[0]) };
  },
  size: ({ image }) => image.data.length,
  js: ({ image }) => asImage(image, grayJs(image.data)),
  wasm: (instance, { image }) => asImage(image, grayWasm(instance, 'image_grayscale', image.data)),
  sample: () => [{ data: new Uint8ClampedArray(16).fill(7), width: 2, height: 2 }],
};

export default [blur, grayscale];
