// Registry rows for the crypto_ family. A row is data: its name, how to check and
// normalise the arguments (shared by both backends), the size that thresholds.json
// measures, and the two implementations.
import { cryptoXor as xorJs } from '../fallbacks/crypto_xor.js';
import { cryptoXor as xorWasm } from '../wasm/crypto_xor.js';
import { arity, fail, toBytes } from '../validate.js';

function xorRow(name) {
  return {
    name,
    signature: '(data: Uint8Array | string, key: Uint8Array | string) => Uint8Array',
    description: 'XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt',
    complexity: 'O(n)',
    validate(args) {
      arity(name, args, 2);
      const data = toBytes(name, 'data', args[0]);
      const key = toBytes(name, 'key', args[1]);
      if (key.length === 0) fail(name, 'key', 'must not be empty');
      return { data, key };
    },
    size: ({ data }) => data.length,
    js: ({ data, key }) => xorJs(data, key),
    wasm: (instance, { data, key }) => xorWasm(instance, name, data, key),
    sample: () => ['multilingual', 'key'],
  };
}

export default [xorRow('crypto_xor_encrypt'), xorRow('crypto_xor_decrypt')];
