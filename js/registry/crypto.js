// Registry rows for the crypto_ family. A row is data: its name, how to check and
// normalise the arguments (shared by both backends), the size that thresholds.json
// measures, and the two implementations.
import { cryptoXor as xorJs } from '../fallbacks/crypto_xor.js';
import { cryptoXor as xorWasm } from '../wasm/crypto_xor.js';
import { fnv1a32 as hashJs } from '../fallbacks/crypto.js';
import { fnv1a32 as hashWasm } from '../wasm/crypto.js';
import { sha256Hex as sha256Js, sha256HexJs, sha256Path } from '../fallbacks/crypto_sha256.js';
import { sha256Hex as sha256Wasm } from '../wasm/crypto_sha256.js';
import { sha256Batch } from '../wasm/batch.js';
import { bufferOf, byteOffsetOf, readOptions, typedArrayView } from '../boundary.js';
import { arity, bytesLength, fail, sized, toBytes } from '../validate.js';
import { bad, op } from './bad-inputs.js';

// The facts after `sample` in each row (arbitrary, badInputs, largeInput, sweep,
// threadSweep) are for tests and calibration: functions of the tools the caller passes
// (fast-check; bench/checks.mjs as `k`), so the package imports neither; the build cuts
// the test-only ones from dist/ (test-facts.js). See docs/CONTRIBUTING.md.
const KEY = new Uint8Array([0x6d, 0x6c, 0x77, 0x21, 0x13, 0x37, 0xc0, 0xde, 0x5a, 0xa5, 0x01, 0xfe, 0x42, 0x99, 0x7e, 0x80]);
/** Bytes or text as the crypto operations take them (strings as UTF-8, lone surrogates too). */
const bytesOrText = (fc, max) =>
  fc.oneof(fc.uint8Array({ maxLength: max }), fc.string({ maxLength: max / 3 }), fc.string({ unit: 'binary', maxLength: max / 6 }));

function xorBadInputs(name, k) {
  const data = (got) => new RegExp(`^${name}: 'data' must be a Uint8Array or a string, got ${got}$`);
  const key = (got) => new RegExp(`^${name}: 'key' must be a Uint8Array or a string, got ${got}$`);
  const empty = new RegExp(`^${name}: 'key' must not be empty$`);
  const count = (n) => new RegExp(`^${name}: takes 2 to 3 argument\\(s\\), got ${n}$`);
  const options = (text) => new RegExp(`^${name}: 'options${text}$`);
  return [
    bad('data null', () => [null, 'k'], data('null')),
    bad('data undefined', () => [undefined, 'k'], data('undefined')),
    bad('data a number', () => [42, 'k'], data('number')),
    bad('data NaN', () => [NaN, 'k'], data('NaN')),
    bad('data Infinity', () => [Infinity, 'k'], data('Infinity')),
    bad('data a plain array', () => [[1, 2, 3], 'k'], data('Array')),
    bad('data an object', () => [{ length: 3 }, 'k'], data('Object')),
    bad('data a Float32Array', () => [new Float32Array(4), 'k'], data('Float32Array')),
    bad('data a BigInt', () => [5n, 'k'], data('bigint')),
    bad('key null', () => ['abc', null], key('null')),
    bad('key a number', () => ['abc', 7], key('number')),
    bad('key a Uint16Array', () => ['abc', new Uint16Array(2)], key('Uint16Array')),
    bad('empty string key', () => ['abc', ''], empty),
    bad('empty byte key', () => [new Uint8Array(8), new Uint8Array(0)], empty),
    bad('no arguments', () => [], count(0)),
    bad('one argument', () => ['abc'], count(1)),
    bad('four arguments', () => ['abc', 'k', {}, 'x'], count(4)),
    bad('options a string', () => ['abc', 'k', 'x'], options("' must be an object, got string")),
    bad('options null', () => ['abc', 'k', null], options("' must be an object, got null")),
    bad('options with an unknown key', () => ['abc', 'k', { output: new Uint8Array(3) }], options("' has unknown option 'output' \\(known: 'out'\\)")),
    bad('out a plain array', () => ['abc', 'k', { out: [0, 0, 0] }], options(".out' must be a Uint8Array, got Array")),
    bad('out a Uint8ClampedArray', () => ['abc', 'k', { out: new Uint8ClampedArray(3) }], options(".out' must be a Uint8Array, got Uint8ClampedArray")),
    bad('out too short', () => ['abcd', 'k', { out: new Uint8Array(3) }], options(".out' must have data's length 4, got 3")),
    bad('out too long', () => [new Uint8Array(5000), 'k', { out: new Uint8Array(5001) }], options(".out' must have data's length 5000, got 5001")),
    bad('out overlapping data, shifted', () => {
      const buf = new Uint8Array(9000);
      return [buf.subarray(0, 8000), 'k', { out: buf.subarray(1000, 9000) }];
    }, options(".out' must be data itself or not overlap it")),
    bad('100 MB data, empty key', () => [k.big(), ''], empty, undefined, { huge: true }),
  ];
}

/**
 * The optional { out } of the XOR operations: a Uint8Array of data's length `n` (taken
 * before the options' getters ran; sealViews catches a data resized by them) to write into.
 */
function xorOut(name, options, data, n) {
  if (options === undefined) return undefined;
  const { out } = readOptions(name, 'options', options, ['out']);
  if (out === undefined) return undefined;
  const view = typedArrayView(name, 'options.out', out, ['Uint8Array'], 'a Uint8Array');
  if (view.length !== n) fail(name, 'options.out', `must have data's length ${n}, got ${view.length}`);
  // In place (out is data) is fine; a shifted overlap would read bytes already written.
  const at = byteOffsetOf(data);
  if (bufferOf(view) === bufferOf(data) && view.byteOffset !== at && view.byteOffset < at + n && at < view.byteOffset + view.length) {
    fail(name, 'options.out', 'must be data itself or not overlap it');
  }
  // Written through the owned view; the caller's own array is what the call returns.
  return { view, array: out };
}

/** The result: the caller's own options.out when one was given. */
const returned = (out, result) => (out === undefined ? result : out.array);

function xorRow(name) {
  return {
    name,
    signature: '<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(data: Uint8Array | string, key: Uint8Array | string, options?: { out?: O }) => O',
    description: 'XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt; options.out: write into this array (may be data itself) and return it',
    complexity: 'O(n)',
    validate(args) {
      arity(name, args, 2, 3);
      // The lengths as validated (sealViews then checks that they still hold).
      const data = toBytes(name, 'data', args[0]);
      const n = bytesLength();
      const key = toBytes(name, 'key', args[1]);
      const keyLength = bytesLength();
      if (keyLength === 0) fail(name, 'key', 'must not be empty');
      return sized({ data, key, out: xorOut(name, args[2], data, n), n, keyLength }, n);
    },
    js: ({ data, key, out, n, keyLength }) => returned(out, xorJs(data, key, out?.view, n, keyLength)),
    wasm: (instance, { data, key, out, n, keyLength }) => returned(out, xorWasm(instance, name, data, key, out?.view, n, keyLength)),
    sample: () => ['multilingual', 'key'],
    arbitrary: (fc) => fc.tuple(bytesOrText(fc, 300), fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 20 }))),
    badInputs: (k) => xorBadInputs(name, k),
    largeInput: (bytes, k) => [k.randomBytes(bytes, 3), 'a longer key'],
    sweep: (k) => ({ scales: k.geometric(16, 4 << 20), args: (n) => [k.randomBytes(n, 7), KEY] }),
  };
}

// Strings are hashed as their UTF-8 bytes (TextEncoder: a lone surrogate becomes U+FFFD).
function bytesRow(name, signature, description, jsFn, wasmFn, sweepFactor, jsPath = null, platform = null) {
  return {
    name,
    signature,
    description,
    complexity: 'O(n)',
    validate(args) {
      arity(name, args, 1);
      const data = toBytes(name, 'data', args[0]);
      return sized({ data }, bytesLength());
    },
    js: ({ data }) => jsFn(data),
    // The platform-native implementation the JS backend uses, if any (js/fallbacks/platform.js).
    jsPath: () => jsPath,
    platform,
    wasm: (instance, { data }) => wasmFn(instance, name, data),
    sample: () => ['abc'],
    arbitrary: (fc) => fc.tuple(bytesOrText(fc, 300)),
    badInputs: () => [
      bad('null', () => [null], op(name)),
      bad('undefined', () => [undefined], op(name)),
      bad('a number', () => [123], op(name)),
      bad('a plain array', () => [[1, 2, 3]], op(name)),
      bad('an object', () => [{}], op(name)),
      bad('a Float64Array', () => [new Float64Array(2)], op(name)),
      bad('no argument', () => [], op(name)),
      bad('two arguments', () => ['a', 'b'], op(name)),
    ],
    largeInput: (bytes, k) => [k.randomBytes(bytes, 5)],
    sweep: (k) => ({ scales: k.geometric(16, 4 << 20, sweepFactor), args: (n) => [k.randomBytes(n, 13)] }),
  };
}

export default [
  xorRow('crypto_xor_encrypt'),
  xorRow('crypto_xor_decrypt'),
  bytesRow('crypto_hash', '(data: Uint8Array | string) => number',
    'FNV-1a 32-bit of the bytes (UTF-8 for strings), unsigned; NOT cryptographic', hashJs, hashWasm, 4),
  {
    ...bytesRow('crypto_sha256', '(data: Uint8Array | string) => string',
      'SHA-256 of the bytes (UTF-8 for strings) as lowercase hex', sha256Js, sha256Wasm, 2, sha256Path,
      'node:crypto (OpenSSL) in Node, Deno and Bun; JS in browsers'),
    // platformNatives: false: the package's own SHA-256 in JS.
    jsPure: ({ data }) => sha256HexJs(data),
    // callBatch (js/batch.js): one arena, one C++ loop.
    wasmBatch: (instance, inputs) => sha256Batch(instance, 'crypto_sha256', inputs.map((x) => x.data)),
    // Batch threshold ('crypto_sha256:batch', js/calibrate.js calibrateBatch): counts at a
    // typical item (countAt: 64 bytes), then item sizes (bytes) at a fixed count.
    batchSweep: (k) => ({ countAt: 64, items: [16, 64, 256, 1024, 4096], item: (n, i) => [k.randomBytes(n, 100 + (i % 32))], counts: [1, 4, 16, 64, 256, 1024] }),
  },
];
