// Registry rows for the crypto_ family. A row is data: its name, how to check and
// normalise the arguments (shared by both backends), the size that thresholds.json
// measures, and the two implementations.
import { cryptoXor as xorJs } from '../fallbacks/crypto_xor.js';
import { cryptoXor as xorWasm } from '../wasm/crypto_xor.js';
import { fnv1a32 as hashJs } from '../fallbacks/crypto_hash.js';
import { fnv1a32 as hashWasm } from '../wasm/crypto_hash.js';
import { sha256Hex as sha256Js, sha256Path } from '../fallbacks/crypto_sha256.js';
import { sha256Hex as sha256Wasm } from '../wasm/crypto_sha256.js';
import { bufferOf, readOptions, typedArrayView } from '../boundary.js';
import { arity, fail, toBytes } from '../validate.js';

/** The optional { out } of the XOR operations: a Uint8Array of data's length to write into. */
function xorOut(name, options, data) {
  if (options === undefined) return undefined;
  const { out } = readOptions(name, 'options', options, ['out']);
  if (out === undefined) return undefined;
  const view = typedArrayView(name, 'options.out', out, ['Uint8Array'], 'a Uint8Array');
  if (view.length !== data.length) fail(name, 'options.out', `must have data's length ${data.length}, got ${view.length}`);
  // In place (out is data) is fine; a shifted overlap would read bytes already written.
  if (bufferOf(view) === bufferOf(data) && view.byteOffset !== data.byteOffset &&
      view.byteOffset < data.byteOffset + data.length && data.byteOffset < view.byteOffset + view.length) {
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
    signature: '(data: Uint8Array | string, key: Uint8Array | string, options?: { out?: Uint8Array }) => Uint8Array',
    description: 'XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt; options.out: write into this array (may be data itself) and return it',
    complexity: 'O(n)',
    validate(args) {
      arity(name, args, 2, 3);
      const data = toBytes(name, 'data', args[0]);
      const key = toBytes(name, 'key', args[1]);
      if (key.length === 0) fail(name, 'key', 'must not be empty');
      return { data, key, out: xorOut(name, args[2], data) };
    },
    size: ({ data }) => data.length,
    js: ({ data, key, out }) => returned(out, xorJs(data, key, out?.view)),
    wasm: (instance, { data, key, out }) => returned(out, xorWasm(instance, name, data, key, out?.view)),
    sample: () => ['multilingual', 'key'],
  };
}

// Strings are hashed as their UTF-8 bytes (TextEncoder: a lone surrogate becomes U+FFFD).
function bytesRow(name, signature, description, jsFn, wasmFn, jsPath = null) {
  return {
    name,
    signature,
    description,
    complexity: 'O(n)',
    validate(args) {
      arity(name, args, 1);
      return { data: toBytes(name, 'data', args[0]) };
    },
    size: ({ data }) => data.length,
    js: ({ data }) => jsFn(data),
    // The platform-native implementation the JS backend uses, if any (js/fallbacks/platform.js).
    jsPath: () => jsPath,
    wasm: (instance, { data }) => wasmFn(instance, name, data),
    sample: () => ['abc'],
  };
}

export default [
  xorRow('crypto_xor_encrypt'),
  xorRow('crypto_xor_decrypt'),
  bytesRow('crypto_hash', '(data: Uint8Array | string) => number',
    'FNV-1a 32-bit of the bytes (UTF-8 for strings), unsigned; NOT cryptographic', hashJs, hashWasm),
  bytesRow('crypto_sha256', '(data: Uint8Array | string) => string',
    'SHA-256 of the bytes (UTF-8 for strings) as lowercase hex', sha256Js, sha256Wasm, sha256Path),
];
