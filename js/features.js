// Feature detection for the detection flow (step 3): which build variants can run here.
// Each probe is a tiny hand-assembled module that only validates where the feature exists.
import { nodeBuiltin } from './environment.js';

// (func (result v128) i32.const 0 i8x16.splat)
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, 0x03, 0x02,
  0x01, 0x00, 0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0xfd, 0x0f, 0x0b,
]);

// (memory 1 1 shared) (func i32.const 0 i32.atomic.load drop)
const THREADS_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01,
  0x00, 0x05, 0x04, 0x01, 0x03, 0x01, 0x01, 0x0a, 0x0b, 0x01, 0x09, 0x00, 0x41, 0x00, 0xfe, 0x10, 0x02,
  0x00, 0x1a, 0x0b,
]);

// The smallest valid module: an engine that cannot validate it cannot run any variant.
const MVP_PROBE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

function validates(bytes) {
  try {
    return WebAssembly.validate(bytes);
  } catch {
    return false;
  }
}

/** Logical cores this engine reports (1 if it does not say). */
export function hardwareConcurrency() {
  if (typeof navigator === 'object' && navigator?.hardwareConcurrency > 0) return navigator.hardwareConcurrency;
  const os = nodeBuiltin('os');
  if (os) return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
  return 1;
}

/** How many threads or workers 'auto' means: the cores, at most this many (more rarely pays on one call). */
export const AUTO_THREADS_CAP = 4;

/** The cores, capped at AUTO_THREADS_CAP (threads: 'auto', and callAsync's worker pool). */
export function autoThreads() {
  return Math.max(1, Math.min(hardwareConcurrency(), AUTO_THREADS_CAP));
}

/** Why this engine cannot run the threads build, or null if it can. */
export function threadsUnavailableReason(features) {
  // Browsers hide SharedArrayBuffer from pages that are not isolated: name the real cause.
  if (!features.crossOriginIsolated && typeof globalThis.crossOriginIsolated === 'boolean') {
    return 'page is not cross-origin isolated (needs COOP/COEP headers)';
  }
  if (!features.sharedArrayBuffer) return 'no SharedArrayBuffer in this engine';
  if (!features.threads) return 'shared memory / atomics do not validate';
  if (!features.simd) return 'the threads build needs SIMD, which does not validate';
  return null;
}

/** What this engine offers. `webassembly` false means nothing else was probed. */
export function detectFeatures() {
  const webassembly = typeof WebAssembly === 'object' && WebAssembly !== null &&
    typeof WebAssembly.instantiate === 'function';
  if (!webassembly) {
    return { webassembly: false, mvp: false, simd: false, threads: false, sharedArrayBuffer: false, crossOriginIsolated: false };
  }
  const sharedArrayBuffer = typeof SharedArrayBuffer === 'function';
  // Node has no cross-origin isolation concept; SharedArrayBuffer is simply there.
  const crossOriginIsolated = typeof globalThis.crossOriginIsolated === 'boolean' ? globalThis.crossOriginIsolated : sharedArrayBuffer;
  return {
    webassembly,
    mvp: validates(MVP_PROBE),
    simd: validates(SIMD_PROBE),
    threads: sharedArrayBuffer && crossOriginIsolated && validates(THREADS_PROBE),
    sharedArrayBuffer,
    crossOriginIsolated,
  };
}

/**
 * The custom section scripts/postprocess-wasm.mjs adds to each build's .wasm, holding
 * its variant's name ('baseline', 'simd', 'simd-threads').
 */
export const VARIANT_SECTION = 'mlw.variant';

/**
 * What a module's bytes need from an engine, read from its sections without compiling:
 * `sharedMemory` (it imports or defines a shared memory: a threads build) and `simd`
 * (a v128 value in a function type or a local: SIMD code). A module none of whose
 * signatures or locals holds a v128 validates without SIMD in practice: every SIMD
 * kernel of this package keeps its vectors in locals. Throws on bytes that are not a
 * well-formed module header/section list.
 */
export function wasmShape(bytes) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b.length < 8 || b[0] !== 0 || b[1] !== 0x61 || b[2] !== 0x73 || b[3] !== 0x6d) throw new Error('not a WebAssembly module');
  let at = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (at >= b.length) throw new Error('truncated module');
      const byte = b[at++];
      result += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return result;
      shift += 7;
    }
  };
  const limitsShared = () => {
    const flags = b[at++];
    u32();
    if (flags & 1) u32();
    return (flags & 2) !== 0;
  };
  const V128 = 0x7b;
  let sharedMemory = false;
  let simd = false;
  while (at < b.length) {
    const id = b[at++];
    const size = u32();
    const end = at + size;
    if (end > b.length) throw new Error('truncated module');
    if (id === 1) { // types: (0x60 params results)*
      for (let n = u32(); n > 0; n--) {
        at++; // 0x60
        for (let k = 0; k < 2; k++) for (let m = u32(); m > 0; m--) if (b[at++] === V128) simd = true;
      }
    } else if (id === 2) { // imports
      for (let n = u32(); n > 0; n--) {
        const moduleName = u32();
        at += moduleName;
        const fieldName = u32();
        at += fieldName;
        const kind = b[at++];
        if (kind === 0) u32();
        else if (kind === 1) { at++; limitsShared(); }
        else if (kind === 2) { if (limitsShared()) sharedMemory = true; }
        else if (kind === 3) { if (b[at++] === V128) simd = true; at++; }
        else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === 5) { // memories
      for (let n = u32(); n > 0; n--) if (limitsShared()) sharedMemory = true;
    } else if (id === 10) { // code: each body's local declarations (count, type)*
      for (let n = u32(); n > 0; n--) {
        const bodySize = u32();
        const bodyEnd = at + bodySize;
        for (let m = u32(); m > 0; m--) {
          u32();
          if (b[at++] === V128) simd = true;
        }
        at = bodyEnd;
      }
    }
    at = end;
  }
  return { sharedMemory, simd };
}
