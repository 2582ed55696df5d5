// selector.callBatch (issue 14): many calls of one operation as one crossing.
//
// - Each argument list is validated exactly as callFunction validates it (the row's own
//   validate(), the boundary's snapshot step). The batch is one snapshot: the views of
//   every item are checked once more after the last item was read (a getter of a later
//   item may detach an earlier item's buffer). The first item that fails throws its own
//   error with `.index` set to its position; nothing has crossed into WASM by then.
// - One route for the whole batch, decided once by the instance's C++ policy: the item
//   count against the operation's batch threshold ('name:batch' in thresholds.json) where
//   it has a batch kernel and the items lie in that threshold's size range, else the
//   items' mean size against its per-call threshold (threshold() below).
// - WASM: operations whose row has `wasmBatch` (crypto_sha256, numeric_fibonacci,
//   matrix_multiply) copy every item into one heap arena and run one C++ loop
//   (cpp/core/batch.hpp): the batch crosses once. Other WASM operations run item by item
//   through their usual glue (each item crosses once, in its own heap scope, freed when
//   the item ends). JS-only operations loop in JS.
// - Traps, a heap that cannot grow: as callFunction (JS answers the whole batch under
//   AUTO, the instance is rebuilt after a trap).
// - lastCallReport() describes the batch: { …, batch: { count, totalSize, crossings } }.
//
// This file is part of the selector's routing: it reads the life cycle's interface
// (selector._life: instance, policy, variant, reason), the call record and stats (_last,
// _stats, config) and calls selector._rebuild() after a trap, as callFunction does.
import { arraySnapshot, describe, dropViews, firstChangedView, isArray, readOptions, sealViews, viewMark } from './boundary.js';
import { BACKENDS } from './config.js';
import { InvalidArgumentError, MultilingualWasmError, WasmUnavailableError } from './errors.js';
import { jsOf, resolvePlan } from './registry/index.js';
import { OperationStats } from './selector.js';
import { enterCall, leaveCall, residentCount } from './wasm-array.js';
import { now } from './clock.js';
import { measured } from './validate.js';

/** Set `.index` on an error of this package (the caller's own exceptions are left as they are). */
function atIndex(error, index) {
  if (error instanceof MultilingualWasmError) error.index = index;
  return error;
}

/** Run `fn(item, i)` for every item; an error of this package gets the item's index. */
function eachItem(items, fn) {
  const out = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    try {
      out[i] = fn(items[i], i);
    } catch (error) {
      throw atIndex(error, i);
    }
  }
  return out;
}

/** The argument lists of a batch, snapshotted: an array of arrays, each read once. */
function argumentLists(operation, argsList) {
  if (!isArray(operation, 'argsList', argsList)) {
    throw new InvalidArgumentError(`'argsList' must be an array of argument lists, got ${describe(argsList)}`, { operation, argument: 'argsList' });
  }
  const lists = arraySnapshot(argsList);
  for (let i = 0; i < lists.length; i++) {
    if (!isArray(operation, `argsList[${i}]`, lists[i])) {
      const error = new InvalidArgumentError(`'argsList[${i}]' must be an array of arguments, got ${describe(lists[i])}`, { operation, argument: `argsList[${i}]` });
      throw atIndex(error, i);
    }
    lists[i] = arraySnapshot(lists[i]);
  }
  return lists;
}

/**
 * Validate every item in one snapshot; throws the first failure with its index. The items'
 * sizes (summed) and the first item's input kind go to `into` (js/validate.js measured).
 */
function validateAll(plan, lists, into) {
  const mark = viewMark();
  const ends = new Array(lists.length);
  const inputs = new Array(lists.length);
  let size = 0;
  for (let i = 0; i < lists.length; i++) {
    try {
      inputs[i] = plan.row.validate(lists[i]);
    } catch (error) {
      dropViews(mark);
      throw atIndex(error, i);
    }
    size += measured.size;
    if (i === 0) into.kind = measured.kind;
    ends[i] = viewMark();
  }
  into.size = size;
  // Which item's view changed is looked up only when one did (before sealViews forgets them).
  const changed = firstChangedView(mark);
  if (changed >= 0) {
    try {
      sealViews(mark, plan.name);
    } catch (error) {
      throw atIndex(error, ends.findIndex((end) => changed < end));
    }
  }
  dropViews(mark);
  return inputs;
}

/**
 * Which threshold AUTO holds a batch against, and the measure it compares
 * (docs/performance.md, "Batches"): { id, measure, what, which }.
 * - A row with a batch kernel and a batch threshold ('name:batch') whose items' mean size
 *   lies in that threshold's item range [itemMinSize, itemMaxSize]: the item count. The
 *   batch crosses once, so what it saves over JS grows with the count; the range is where
 *   the batch kernel's per-item cost beats JS's (outside it no count pays: measured, Node 20,
 *   e.g. Fibonacci items past n = 78 run on BigInt limbs, slower than JS's BigInt).
 * - Otherwise the per-call threshold of the first item's input kind, against the items'
 *   mean size: the batch is then worth WASM when one such call is. Without a batch kernel
 *   every item crosses on its own, so the count cancels out; a batch kernel outside its
 *   range costs more per item than JS. (A batch kernel whose engine set has no batch
 *   threshold measured is held as before against the total size: the count then only
 *   helps it.)
 */
function threshold(plan, policy, inputs, size, kind, source) {
  const count = inputs.length;
  const mean = count === 0 ? 0 : size / count;
  const b = plan.batchId;
  if (b >= 0 && policy.hasRow[b] === 1) {
    const lo = policy.itemMinSize[b];
    const hi = policy.itemMaxSize[b];
    const range = `items of mean size ${+mean.toPrecision(4)} in [${lo}, ${hi >= Number.MAX_SAFE_INTEGER ? '∞' : hi}]`;
    if (mean >= lo && mean <= hi) return { id: b, measure: count, what: `batch of ${count} items`, which: `batch threshold, ${range}, ${source}` };
    const id = plan.kindIds[kind];
    return { id, measure: mean, what: `mean item size ${+mean.toPrecision(4)}`, which: `per-call threshold: items outside the batch threshold's range, ${source}` };
  }
  // The first item's input kind decides which thresholds the batch is held against.
  const id = plan.kindIds[kind];
  if (b >= 0) return { id, measure: size, what: `batch size ${size}`, which: `per-call threshold against the total size: no batch threshold in this engine's set, ${source}` };
  return { id, measure: mean, what: `mean item size ${+mean.toPrecision(4)}`, which: `per-call threshold: each item crosses on its own, ${source}` };
}

/** selector.callBatch(name, argsList, options?): see the file header. */
export function callBatch(selector, name, argsList, options) {
  const last = selector._last;
  const outer = enterCall(selector);
  try {
    return run(selector, last, name, argsList, options);
  } catch (error) {
    last.failed(name, error);
    throw error;
  } finally {
    leaveCall(outer);
  }
}

function run(selector, last, name, argsList, options) {
  last.reset();
  const plan = resolvePlan(name);
  last.plan = plan;
  if (options !== undefined) readOptions(plan.name, 'options', options, []);
  const lists = argumentLists(plan.name, argsList);
  const residents = residentCount();
  const sum = { size: 0, kind: 0 };
  const inputs = validateAll(plan, lists, sum);
  const count = inputs.length;
  const size = sum.size;

  const requested = selector.config.preferBackend;
  const life = selector._life;
  const inst = life.instance;
  let wasm = false;
  let reason;
  let threads = 1;
  if (plan.wasm === null) reason = 'js-only: the operation takes JS callbacks (the batch loops in JS)';
  else if (requested === BACKENDS.JS) reason = 'preferBackend: js';
  else if (inst === null) {
    if (requested === BACKENDS.WASM) {
      last.backend = BACKENDS.WASM;
      throw life.configError() ?? new WasmUnavailableError(life.reason === 'loading' ? 'callBatch: the module is still loading; await selector.ready first' : life.reason);
    }
    reason = life.reason === 'loading' ? 'not-ready: WASM still loading' : `fallback: ${life.reason}`;
  } else {
    const policy = life.policy;
    const forced = requested === BACKENDS.WASM;
    const { id, measure, what, which } = threshold(plan, policy, inputs, size, sum.kind, selector._thresholds.source);
    const min = policy.wasmMinSize[id];
    if (measure < min && !forced) reason = `below-threshold: ${what} < ${min} (${which})`;
    else {
      try {
        const d = policy.decide(id, measure);
        wasm = true;
        threads = d.threads;
        if (forced) reason = 'preferBackend: wasm';
        else if (policy.hasRow[id] === 0) reason = 'auto';
        else reason = `auto: ${what} >= ${min} (${which}), ${d.path}${d.threads > 1 ? ` on ${d.threads} threads` : ''}`;
      } catch (error) {
        selector._rebuild();
        if (forced) throw error;
        reason = `wasm-trap: ${error?.message ?? error} (policy); answered by JS`;
      }
    }
  }

  const started = now();
  let results = null;
  let crossings = 'none';
  // One thread: the simd instance kept beside simd-threads (js/instance.js `single`).
  const instance = life.instanceFor(threads, residentCount() !== residents);
  if (wasm) {
    last.backend = BACKENDS.WASM;
    last.variant = life.variantOf(instance);
    try {
      if (count > 0 && plan.row.wasmBatch) results = plan.row.wasmBatch(instance, inputs, threads);
      if (results !== null) crossings = 'once';
      else {
        crossings = 'per item';
        results = eachItem(inputs, (input) => plan.wasm(instance, input, threads));
      }
    } catch (error) {
      reason = `${selector._wasmFailed(plan, error, 'the WebAssembly kernel failed on a batch')}; the batch was answered by JS`;
      wasm = false;
      crossings = 'none';
      results = null;
    }
  }
  if (!wasm) {
    last.backend = BACKENDS.JS;
    const js = jsOf(plan, selector.config.platformNatives);
    results = eachItem(inputs, (input) => js(input));
  }
  const ms = now() - started;
  (selector._stats[plan.id] ??= new OperationStats()).add(wasm, ms);
  // The report of a finished call kept as it is (CallRecord.report copies it).
  last.asyncReport = {
    operation: plan.name,
    backend: wasm ? BACKENDS.WASM : BACKENDS.JS,
    reason,
    variant: wasm ? life.variantOf(instance) : null,
    ms,
    batch: { count, totalSize: size, crossings },
  };
  return results;
}
