// Registry rows for the image_ family (see js/registry/crypto.js for the row format).
import { BLUR_MAX_RADIUS, imageBlur as blurJs } from '../fallbacks/image_blur.js';
import { imageGrayscale as grayJs } from '../fallbacks/image.js';
import { imageBlur as blurWasm } from '../wasm/image_blur.js';
import { imageGrayscale as grayWasm } from '../wasm/image.js';
import { bufferOf, readable, readOptions, typedArrayName, typedArrayView } from '../boundary.js';
import { arity, describe, fail, sized, toCount } from '../validate.js';
import { bad, mentions, op } from './bad-inputs.js';

const MAX_SIDE = 1 << 24;
const KINDS = ['box', 'gaussian'];
const PIXEL_TYPES = ['Uint8ClampedArray', 'Uint8Array'];

/**
 * {data, width, height} checked: Uint8(Clamped)Array RGBA of width*height*4 bytes. Each
 * property is read once, in the order data, width, height; data becomes an owned view.
 */
function toImage(operation, value) {
  if (value === null || typeof value !== 'object' || typedArrayName(readable(operation, 'image', value)) !== undefined) {
    fail(operation, 'image', `must be an ImageData-like {data, width, height}, got ${describe(value)}`);
  }
  const { data: given, width, height } = value;
  const data = typedArrayView(operation, 'image.data', given, PIXEL_TYPES, 'a Uint8ClampedArray or Uint8Array');
  toCount(operation, 'image.width', width, { max: MAX_SIDE });
  toCount(operation, 'image.height', height, { max: MAX_SIDE });
  if (data.length !== width * height * 4) {
    fail(operation, 'image.data', `must hold width*height*4 = ${width * height * 4} bytes (RGBA), got ${data.length}`);
  }
  return { source: value, data, width, height };
}

/**
 * image_blur's options.out: RGBA bytes of the image's length that do not overlap its
 * pixels (a blur reads neighbours it has already written otherwise). A WasmArray is
 * written in place in the heap; the result's `data` is the caller's own `out`.
 */
function blurOut(image, value) {
  const view = typedArrayView('image_blur', 'options.out', value, PIXEL_TYPES, 'a Uint8ClampedArray or Uint8Array');
  const data = image.data;
  if (view.length !== data.length) fail('image_blur', 'options.out', `must have the image's length ${data.length}, got ${view.length}`);
  if (bufferOf(view) === bufferOf(data) && view.byteOffset < data.byteOffset + data.length && data.byteOffset < view.byteOffset + view.length) {
    fail('image_blur', 'options.out', 'must not overlap the image data');
  }
  return { view, array: value };
}

// Same shape and element type as the input; a real ImageData when one came in.
function asImage({ source, data, width, height }, bytes) {
  const out = data instanceof Uint8ClampedArray ? new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
  if (typeof ImageData !== 'undefined' && source instanceof ImageData) return new ImageData(out, width, height);
  return { data: out, width, height };
}

// ---- test facts (see js/registry/crypto.js for the fields after `sample`)
/** RGBA images 1..12 on a side, Uint8ClampedArray or Uint8Array, pseudo-random pixels. */
const imageArbitrary = (fc) =>
  fc
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
const imageBadInputs = (name, extra) => [
  bad('null image', () => [null, ...extra], op(name)),
  bad('a string', () => ['image.png', ...extra], op(name)),
  bad('data shorter than width*height*4', () => [{ data: new Uint8ClampedArray(15), width: 2, height: 2 }, ...extra], op(name)),
  bad('data longer than width*height*4', () => [{ data: new Uint8ClampedArray(20), width: 2, height: 2 }, ...extra], op(name)),
  bad('negative width', () => [{ data: new Uint8ClampedArray(16), width: -2, height: -2 }, ...extra], op(name)),
  bad('fractional width', () => [{ data: new Uint8ClampedArray(16), width: 1.5, height: 2 }, ...extra], op(name)),
  bad('NaN height', () => [{ data: new Uint8ClampedArray(16), width: 2, height: NaN }, ...extra], op(name)),
  bad('enormous width', () => [{ data: new Uint8ClampedArray(16), width: 1e9, height: 1e9 }, ...extra], op(name)),
  bad('missing height', () => [{ data: new Uint8ClampedArray(16), width: 4 }, ...extra], op(name)),
  bad('Float32Array data', () => [{ data: new Float32Array(16), width: 2, height: 2 }, ...extra], op(name)),
  bad('data a string', () => [{ data: 'rgba', width: 1, height: 1 }, ...extra], op(name)),
  bad('data a plain array', () => [{ data: [1, 2, 3, 4], width: 1, height: 1 }, ...extra], op(name)),
  bad('data an Int16Array', () => [{ data: new Int16Array(4), width: 1, height: 1 }, ...extra], op(name)),
  bad('width a string', () => [{ data: new Uint8Array(16), width: '2', height: 2 }, ...extra], op(name)),
  bad('no arguments', () => [], op(name)),
];
const rgba = (w, h) => ({ data: new Uint8ClampedArray(w * h * 4).fill(100), width: w, height: h });
/** A 256-pixel-wide image of about `bytes` bytes. */
const imageOf = (k, bytes, seed) => k.testImage(256, Math.max(1, Math.floor(bytes / 4 / 256)), seed);

const blur = {
  name: 'image_blur',
  signature:
    "<I extends ImageLike, O extends Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array> = never>(image: I, radius: number, options?: { kind?: 'box' | 'gaussian'; out?: O }) => [O] extends [never] ? ImageOf<I> : { data: O; width: number; height: number }",
  description: `separable blur of RGBA pixels (all four channels), edges clamped; radius 0..${BLUR_MAX_RADIUS}; box or gaussian (sigma = radius/2); options.out: write the pixels into this array (not overlapping the input) and return {data: out, width, height}`,
  complexity: 'O(w·h) box, O(w·h·r) gaussian',
  validate(args) {
    arity('image_blur', args, 2, 3);
    const image = toImage('image_blur', args[0]);
    const radius = toCount('image_blur', 'radius', args[1], { max: BLUR_MAX_RADIUS });
    let kind = 'box';
    let out;
    if (args[2] !== undefined) {
      const options = readOptions('image_blur', 'options', args[2], ['kind', 'out']);
      if (options.kind !== undefined) {
        if (!KINDS.includes(options.kind)) fail('image_blur', 'options.kind', `must be 'box' or 'gaussian', got ${typeof options.kind === 'string' ? `'${options.kind}'` : describe(options.kind)}`);
        kind = options.kind;
      }
      if (options.out !== undefined) out = blurOut(image, options.out);
    }
    return sized({ image, radius, kind, out }, image.data.length);
  },
  js: ({ image, radius, kind, out }) => {
    const pixels = blurJs(image.data, image.width, image.height, kind, radius);
    if (out === undefined) return asImage(image, pixels);
    out.view.set(pixels);
    return { data: out.array, width: image.width, height: image.height };
  },
  wasm: (instance, { image, radius, kind, out }, threads) => {
    const pixels = blurWasm(instance, 'image_blur', image.data, image.width, image.height, kind, radius, threads, out?.view);
    return out === undefined ? asImage(image, pixels) : { data: out.array, width: image.width, height: image.height };
  },
  sample: () => [{ data: new Uint8ClampedArray(16).fill(7), width: 2, height: 2 }, 1],
  arbitrary: (fc) => {
    const radius = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 7, max: 40 }), fc.constantFrom(127, 128, 129, 1000));
    const kind = fc.constantFrom(undefined, 'box', 'gaussian');
    return fc.tuple(imageArbitrary(fc), radius, kind).map(([image, r, k]) => (k === undefined ? [image, r] : [image, r, { kind: k }]));
  },
  badInputs: () => [
    ...imageBadInputs('image_blur', [1]),
    bad('negative radius', () => [rgba(2, 2), -1], op('image_blur')),
    bad('fractional radius', () => [rgba(2, 2), 1.5], op('image_blur')),
    bad('NaN radius', () => [rgba(2, 2), NaN], op('image_blur')),
    bad('Infinity radius', () => [rgba(2, 2), Infinity], op('image_blur')),
    bad('radius a string', () => [rgba(2, 2), '2'], op('image_blur')),
    bad('radius null', () => [rgba(2, 2), null], op('image_blur')),
    bad('unsafe radius (2^53)', () => [rgba(2, 2), 2 ** 53], op('image_blur')),
    bad("kind 'median'", () => [rgba(2, 2), 1, { kind: 'median' }], mentions('image_blur', 'kind')),
    bad('kind a number', () => [rgba(2, 2), 1, { kind: 3 }], mentions('image_blur', 'kind')),
    bad('an unknown option', () => [rgba(2, 2), 1, { sigma: 2 }], mentions('image_blur', 'sigma')),
    bad('radius one past the bound', () => [rgba(2, 2), BLUR_MAX_RADIUS + 1], op('image_blur')),
    bad('radius missing', () => [rgba(2, 2)], op('image_blur')),
    bad('options null', () => [rgba(2, 2), 1, null], op('image_blur')),
    bad('options a string', () => [rgba(2, 2), 1, 'box'], op('image_blur')),
    bad('four arguments', () => [rgba(2, 2), 1, {}, 4], op('image_blur')),
  ],
  largeInput: (bytes, k) => [imageOf(k, bytes, 13), 2],
  sweep: (k) => ({ scales: k.geometric(4, 1024, 1.6), args: (s) => [k.testImage(s, s, 5), 2, { kind: 'box' }] }),
  threadSweep: (k) => ({ scales: k.geometric(16, 2048, 1.6), args: (s) => [k.testImage(s, s, 5), 2, { kind: 'box' }] }),
};

const grayscale = {
  name: 'image_grayscale',
  signature:
    '<I extends ImageLike>(image: I) => ImageOf<I>',
  description: 'RGBA -> RGBA with R = G = B = (77 R + 150 G + 29 B + 128) >> 8 (BT.601 luma), alpha kept',
  complexity: 'O(w·h)',
  validate(args) {
    arity('image_grayscale', args, 1);
    const image = toImage('image_grayscale', args[0]);
    return sized({ image }, image.data.length);
  },
  js: ({ image }) => asImage(image, grayJs(image.data)),
  wasm: (instance, { image }) => asImage(image, grayWasm(instance, 'image_grayscale', image.data)),
  sample: () => [{ data: new Uint8ClampedArray(16).fill(7), width: 2, height: 2 }],
  arbitrary: (fc) => fc.tuple(imageArbitrary(fc)),
  badInputs: () => [...imageBadInputs('image_grayscale', []), bad('two arguments', () => [rgba(1, 1), 1], op('image_grayscale'))],
  largeInput: (bytes, k) => [imageOf(k, bytes, 47)],
  sweep: (k) => ({ scales: k.geometric(4, 2048, 2), args: (s) => [k.testImage(s, s, 47)] }),
};

export default [blur, grayscale];
