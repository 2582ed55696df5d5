// The JS half of the backend policy. The decisions are made by the C++ policy
// (cpp/core/policy.hpp) of each instance; this file hands it the numbers of
// thresholds.json once per instance and asks it per call. Without an instance (no
// WASM, or still loading) there is nothing to decide: the selector routes to JS.
// Only the `operations` rows: the bundler leaves the file's calibration record out.
import { operations as thresholdRows } from '../thresholds.json';

const ROUTE_WASM = 1;
const PATHS = ['scalar', 'simd', 'threaded'];

/**
 * Give an instance its thread count, and a fresh one its thresholds; returns the threads
 * granted. (Called again when the threads build's pool has loaded: the rows it already
 * holds do not change, so they are not sent again.)
 */
export function configureInstance(instance, threads) {
  const granted = instance.module.configure_instance(threads);
  if (!instance.policyIds) {
    instance.policyIds = new Map(); // name -> { id, wasmMinSize, threadsMinSize }
    for (const name in thresholdRows) setThresholds(instance, name, thresholdRows[name]);
  }
  instance.threads = granted;
  return granted;
}

/** Hand one operation's thresholds (a thresholds.json row) to the instance's policy. */
export function setThresholds(instance, name, { wasmMinSize = 0, threadsMinSize = -1, maxThreads = 0 }) {
  const id = instance.module.policy_set(name, wasmMinSize, threadsMinSize, maxThreads);
  instance.policyIds.set(name, { id, wasmMinSize, threadsMinSize });
}

/**
 * The policy's answer for one call: { wasm, threads, path, wasmMinSize }. Operations
 * with no row in thresholds.json are not asked (always WASM, one thread), so they pay
 * no boundary crossing.
 */
export function decide(instance, name, size) {
  const row = instance.policyIds?.get(name);
  if (row === undefined) return { wasm: true, threads: 1, path: null, wasmMinSize: undefined };
  const packed = instance.module.policy_decide(row.id, size);
  return {
    wasm: (packed & 1) === ROUTE_WASM,
    threads: packed >> 8,
    path: PATHS[(packed >> 1) & 3],
    wasmMinSize: row.wasmMinSize,
  };
}

/**
 * The same rows, read on the JS side (the file is shared data, not a second copy): the
 * thresholds of `name`, or undefined when it has none. Routing to JS below wasmMinSize
 * needs no crossing into the instance, which matters for exactly those small calls;
 * the C++ policy still decides threads inside the kernel's binding.
 */
export function thresholdsOf(instance, name) {
  return instance.policyIds?.get(name);
}

