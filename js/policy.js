// The JS half of the backend policy. The decisions are made by the C++ policy
// (cpp/core/policy.hpp) of each instance: this file hands it the numbers of
// thresholds.json (the set js/thresholds.js picks for this engine, with the `thresholds`
// option or a calibrate() result over it) once per instance (by the registry's CallPlan.id, so C++ never looks a
// name up), reads back the shortcut numbers C++ derives from them, and asks C++ for the
// one decision of a call the shortcut does not settle. The Decision and Shortcut layouts
// are embind value_objects defined once in cpp/bindings/policy_bindings.cpp.
import { allPolicyKeys } from './registry/index.js';

/** name -> enum value object, for an embind enum_ (its values are instances of it). */
function enumNames(Enum) {
  const names = new Map();
  for (const key of Object.keys(Enum)) if (Enum[key] instanceof Enum) names.set(Enum[key], key);
  return names;
}

/**
 * One instance's policy, owned by whoever owns the instance (the selector's life cycle):
 * `wasmMinSize[id]` and `threadsFrom[id]` are the numbers C++ handed out for each
 * operation (Policy::shortcut); `granted` the threads C++ granted.
 */
export class InstancePolicy {
  /** `rows`: thresholds.json's `operations` shape, by operation name (ThresholdSet.rows). */
  constructor(module, rows) {
    this.module = module;
    this.granted = 1;
    // By policy id: an operation's CallPlan.id, or the id of one of its input kinds.
    const count = allPolicyKeys().length;
    this.wasmMinSize = new Float64Array(count);
    this.threadsFrom = new Float64Array(count).fill(Infinity);
    /** 1 where the thresholds have a row (the call report words AUTO's reason from it). */
    this.hasRow = new Uint8Array(count);
    // Batch thresholds ('name:batch' ids) only: the mean item size range in which the batch
    // threshold applies (js/batch.js). A range, not a decision: it picks which threshold C++
    // holds the batch against, as an input kind picks its id.
    this.itemMinSize = new Float64Array(count);
    this.itemMaxSize = new Float64Array(count).fill(Infinity);
    this.routeNames = enumNames(module.Route);
    this.pathNames = enumNames(module.KernelPath);
    this.singlePath = 'scalar';
    for (const { id, key, plan } of allPolicyKeys()) {
      const row = rows[key];
      if (row === undefined || plan.wasm === null) continue;
      const { wasmMinSize = 0, threadsMinSize = -1, maxThreads = 0 } = row;
      if (module.policy_set(id, wasmMinSize, threadsMinSize, maxThreads)) this.hasRow[id] = 1;
      this.itemRange(id, row);
    }
  }

  /**
   * Give the instance its thread count and re-read the shortcut numbers (they depend on
   * it); returns the threads granted. Called at load and again when the threads build's
   * pool is up.
   */
  configure(threads) {
    this.granted = this.module.configure_instance(threads);
    for (const { id } of allPolicyKeys()) {
      const s = this.module.policy_shortcut(id);
      this.wasmMinSize[id] = s.wasmMinSize;
      this.threadsFrom[id] = s.threadsFrom;
    }
    this.singlePath = this.decide(-1, 0).path; // no thresholds: WASM on the single-thread path
    return this.granted;
  }

  /** A batch threshold's item size range (the whole range for other ids). */
  itemRange(id, { itemMinSize = 0, itemMaxSize = Infinity }) {
    this.itemMinSize[id] = itemMinSize;
    this.itemMaxSize[id] = itemMaxSize;
  }

  /** Hand one operation's thresholds to C++ (tests; thresholds.json rows at construction). */
  setThresholds(id, { wasmMinSize = 0, threadsMinSize = -1, maxThreads = 0, ...range }) {
    if (!this.module.policy_set(id, wasmMinSize, threadsMinSize, maxThreads)) return false;
    this.hasRow[id] = 1;
    this.itemRange(id, range);
    this.configure(this.granted);
    return true;
  }

  /** The C++ policy's decision for one call: { wasm, path, threads }. */
  decide(id, size) {
    const d = this.module.policy_decide(id, size);
    return { wasm: this.routeNames.get(d.route) === 'wasm', path: this.pathNames.get(d.path), threads: d.threads };
  }
}

/**
 * What JS may conclude without crossing into the instance, from the numbers C++ handed
 * out (Policy::shortcut): the decision, or null when only C++ can say (threads may be
 * granted). tests/js/policy-agreement.test.mjs checks it against decide() for every
 * operation and size.
 */
export function shortcutDecision(policy, id, size) {
  if (size < policy.wasmMinSize[id]) return { wasm: false, path: policy.singlePath, threads: 1 };
  if (size < policy.threadsFrom[id]) return { wasm: true, path: policy.singlePath, threads: 1 };
  return null;
}
