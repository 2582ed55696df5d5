// The operation registry: every family's rows, and name resolution. Adding an operation
// is adding a row (and its implementations); nothing else needs to know it exists.
import { describe, dropViews, sealViews, viewMark } from '../boundary.js';
import { UnknownOperationError } from '../errors.js';
import { measured } from '../validate.js';
import crypto from './crypto.js';
import data from './data.js';
import image from './image.js';
import json from './json.js';
import matrix from './matrix.js';
import numeric from './numeric.js';
import science from './science.js';
import search from './search.js';
import string from './string.js';

/**
 * The families, in the order listOperations() lists them: the one list of them. Each
 * family's operations are named `<family>_…`; js/index.js makes `<Family>Operations`
 * helpers, js/profile.js times the kernels and scripts/gen-dts.mjs types both from it.
 */
const FAMILIES = { numeric, matrix, string, crypto, data, json, search, image, science };
export const FAMILY_NAMES = Object.keys(FAMILIES);
export const FAMILY_PREFIXES = FAMILY_NAMES.map((family) => `${family}_`);

const rows = Object.values(FAMILIES).flat();

/**
 * Canonical name -> registry row. Internal (tests/ and bench/ read it; not exported by the
 * package): besides what the selector uses, each row carries its test and calibration
 * facts (arbitrary, badInputs, largeInput, sweep, threadSweep; docs/CONTRIBUTING.md).
 * The published bundles carry the rows without the test-only ones (test-facts.js).
 */
export const operations = new Map(rows.map((row) => [row.name, row]));

// Short names: the canonical name without its family prefix, plus any row aliases.
// A short name two families share resolves to neither (the caller must say which).
const shortNames = new Map();
const ambiguous = new Set();
for (const row of rows) {
  const prefix = FAMILY_PREFIXES.find((p) => row.name.startsWith(p));
  const shorts = [...(row.aliases ?? [])];
  if (prefix) shorts.push(row.name.slice(prefix.length));
  for (const s of shorts) {
    if (operations.has(s)) continue;
    if (shortNames.has(s) && shortNames.get(s) !== row) ambiguous.add(s);
    else shortNames.set(s, row);
  }
}
for (const s of ambiguous) shortNames.delete(s);

/**
 * What the selector needs per call, in one object shape for every operation: the rows
 * themselves differ in their optional fields, which would make each property read on
 * the per-call path a megamorphic one. `id` indexes per-operation arrays (stats).
 * `js` and `wasm` are the row's own functions, called unbound (none uses `this`);
 * `validate` is the row's, wrapped as the snapshot step (see snapshotting); it records
 * the call's size and input kind in `measured` (js/validate.js sized()). `wasm` is null
 * for JS-only operations.
 */
class CallPlan {
  constructor(row, id) {
    this.id = id;
    this.name = row.name;
    this.validate = snapshotting(row.name, row.validate);
    this.js = row.js;
    this.wasm = typeof row.wasm === 'function' ? row.wasm : null;
    // The platform-native implementation the JS path uses for this input, or null.
    this.jsPath = typeof row.jsPath === 'function' ? row.jsPath : null;
    // The package's own JS where `js` uses the platform's code (config platformNatives: false).
    this.jsPure = typeof row.jsPure === 'function' ? row.jsPure : row.js;
    // The policy id of each input kind, by the kind's index that validate() records in
    // `measured`: input kinds that cost differently (strings vs bytes, …) have thresholds
    // of their own. [id] for an operation with one kind.
    this.kindIds = [id];
    // The policy id of the operation's batch thresholds (key 'name:batch'; rows with a batch
    // kernel, `wasmBatch`), or -1: js/batch.js holds a batch against it.
    this.batchId = -1;
    this.row = row;
  }
}

/**
 * Every set of thresholds the policy keeps: one per operation (id = CallPlan.id, key = its
 * name: the row's first input kind), one per further input kind of a row with `kinds`
 * (key 'name:kind', ids from OPERATION_COUNT on), and one per row with a batch kernel
 * (`wasmBatch`: key 'name:batch', kind 'batch', sizes in items; js/batch.js).
 * thresholds.json has an entry per key.
 */
const policyKeys = [];

/**
 * The row's validate(), as the boundary's snapshot step (js/boundary.js): the views of
 * typed arrays it makes are checked once more when it returns, after every getter of the
 * call has run.
 */
function snapshotting(name, validate) {
  return (args) => {
    const mark = viewMark();
    let input;
    try {
      input = validate(args);
    } catch (error) {
      dropViews(mark);
      throw error;
    }
    sealViews(mark, name);
    return input;
  };
}

const plans = rows.map((row, id) => new CallPlan(row, id));
for (const plan of plans) policyKeys.push({ id: plan.id, key: plan.name, plan, kind: plan.row.kinds?.[0] ?? null });
for (const plan of plans) {
  const { kinds } = plan.row;
  if (!Array.isArray(kinds) || kinds.length < 2) continue;
  for (const k of kinds.slice(1)) {
    plan.kindIds.push(policyKeys.length);
    policyKeys.push({ id: policyKeys.length, key: `${plan.name}:${k}`, plan, kind: k });
  }
}
for (const plan of plans) {
  if (typeof plan.row.wasmBatch !== 'function' || plan.wasm === null) continue;
  plan.batchId = policyKeys.length;
  policyKeys.push({ id: policyKeys.length, key: `${plan.name}:batch`, plan, kind: 'batch' });
}
/** Canonical and short names -> CallPlan. */
const planByName = new Map();
for (const plan of plans) planByName.set(plan.name, plan);
for (const [s, row] of shortNames) planByName.set(s, plans[rows.indexOf(row)]);

/**
 * A validation off the per-call path (calibration, tests): { input, size, kind, id } —
 * the input, its size and input kind (the kind's name, null for a row with one kind), and
 * the policy id of its thresholds. `validate` is a CallPlan's or a row's.
 */
export function validated(plan, args) {
  const input = plan.validate(args);
  const { size, kind } = measured;
  const p = plan instanceof CallPlan ? plan : resolvePlan(plan.name);
  return { input, size, kind: p.row.kinds?.[kind] ?? null, id: p.kindIds[kind] };
}

/** How many operations there are (the length of arrays indexed by CallPlan.id). */
export const OPERATION_COUNT = plans.length;

/** { id, key, plan, kind } of every thresholds set (see policyKeys above), by id. */
export function allPolicyKeys() {
  return policyKeys;
}

/** The policy id of a thresholds key ('name' or 'name:kind'; a short name works too). */
export function policyIdOfKey(key) {
  const found = policyKeys.find((k) => k.key === key);
  return found ? found.id : resolvePlan(key).id;
}

/** The JS code a selector runs for `plan`: its `js`, or with platformNatives false its `jsPure`. */
export function jsOf(plan, platformNatives) {
  return platformNatives ? plan.js : plan.jsPure;
}

/** The CallPlan for a canonical or short name; UnknownOperationError otherwise. */
export function resolvePlan(name) {
  const plan = planByName.get(name);
  if (plan !== undefined) return plan;
  return plans[rows.indexOf(resolveOperation(name))]; // throws, with suggestions
}

/** The CallPlan of every operation, by id. */
export function allPlans() {
  return plans;
}

function editDistance(a, b) {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

/** The row for a canonical or short name; UnknownOperationError otherwise. */
export function resolveOperation(name) {
  if (typeof name === 'string') {
    const row = operations.get(name) ?? shortNames.get(name);
    if (row) return row;
  }
  // Not String(name): a Symbol, or an object without a prototype, would throw a TypeError.
  if (typeof name !== 'string') throw new UnknownOperationError(`(${describe(name)}: an operation name is a string)`, []);
  const text = name;
  const candidates = [...operations.keys(), ...shortNames.keys()];
  const close = candidates
    .map((c) => [c, editDistance(text, c)])
    .filter(([c, dist]) => dist <= Math.max(2, Math.floor(c.length / 4)) || c.includes(text))
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([c]) => operations.get(c)?.name ?? shortNames.get(c).name);
  throw new UnknownOperationError(text, [...new Set(close)]);
}

/** Public description of every operation. */
export function describeOperations() {
  return rows.map((row) => {
    const prefix = FAMILY_PREFIXES.find((p) => row.name.startsWith(p));
    const aliases = [...(row.aliases ?? [])];
    if (prefix && shortNames.get(row.name.slice(prefix.length)) === row) aliases.push(row.name.slice(prefix.length));
    return {
      name: row.name,
      family: prefix ? prefix.slice(0, -1) : 'other',
      aliases: aliases.filter((a) => shortNames.get(a) === row),
      signature: row.signature,
      description: row.description,
      complexity: row.complexity,
      parity: row.parity ?? (typeof row.wasm === 'function' ? 'identical' : null),
      // The platform's native code the JS backend uses for it (the guide's hybrid mode), if any.
      platform: row.platform ?? null,
      wasm: typeof row.wasm === 'function',
      jsOnly: typeof row.wasm !== 'function',
    };
  });
}
