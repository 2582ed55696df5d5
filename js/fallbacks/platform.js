// The platform's own native implementations, used by the JS backend wherever one exists
// and gives results identical to the WASM kernel (the guide's "hybrid mode": when the
// fastest code on the machine is not WASM, the fallback uses it). Each is null where the
// platform lacks it; the pure-JS fallback then answers. `PATHS` names them for
// lastCallReport() and listOperations().
import { denoVersion, isNode, nodeBuiltin } from '../environment.js';
import { bufferOf, byteOffsetOf, lengthOf } from '../boundary.js';

const NodeBuffer = typeof Buffer === 'function' && typeof Buffer.from === 'function' ? Buffer : null;

// node:crypto is loaded on the first SHA-256, not at import: loading it costs about 5 ms,
// which every program would pay before `ready` whether it hashes or not.
let crypto;
const nodeCrypto = () => (crypto ??= nodeBuiltin('crypto'));
// Where the platform offers node:crypto (Node, Deno, Bun) — known without loading it.
const hasNodeCrypto = isNode && typeof process.getBuiltinModule === 'function';

/** SHA-256 as lowercase hex through OpenSSL (node:crypto: Node, Deno, Bun), or null. */
export const sha256Native = hasNodeCrypto
  ? (bytes) => nodeCrypto().createHash('sha256').update(bytes).digest('hex')
  : null;

/**
 * First index of `pattern` in `text` (bytes) by Buffer#indexOf (Node, Bun), or null. Not
 * in Deno: its Buffer#indexOf (node compatibility, in JS) took 16× the package's own
 * Horspool from 1 KB up (2026-12-02, Deno 2.9.6: 4.9 ms against 0.29 ms at 1 MB).
 */
export const indexOfBytesNative = NodeBuffer && denoVersion === null
  ? (text, pattern) =>
      NodeBuffer.from(bufferOf(text), byteOffsetOf(text), lengthOf(text)).indexOf(NodeBuffer.from(bufferOf(pattern), byteOffsetOf(pattern), lengthOf(pattern)))
  : null;

/** The names the reports use. */
export const PATHS = Object.freeze({
  sha256: 'node:crypto',
  indexOfBytes: 'Buffer#indexOf',
  includes: 'String#includes',
  json: 'JSON',
});
