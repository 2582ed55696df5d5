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
