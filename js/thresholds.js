// Which thresholds AUTO uses: thresholds.json ships one set per engine family (the
// top-level `operations`, measured in the engine `defaultEngine` names, and one set per
// other engine under `engines`); this picks the set of the engine it runs in, lays the
// `thresholds` config option (or a calibrate() result) over it, and validates such
// objects. Only these named parts of the file are imported: the bundler leaves the
// measurement records (`measured`, `measuredEngines`) out, so only the numbers ship.
import { defaultEngine as shipped, engines as engineSets, operations as defaultRows } from '../thresholds.json';
import { bunVersion, denoVersion, isNode } from './environment.js';
import { operations as registryRows } from './registry/index.js';

/**
 * The engine family and version band this code runs in: 'v8-<major>' (Node,
 * Chromium-based browsers; Chrome M ships V8 floor(M/10)), 'deno-v8-<major>' (Deno: its
 * JS backend has node:crypto, which browsers lack; it falls back to the V8 band's set),
 * 'spidermonkey-<major>' (Firefox), 'jsc' (Bun, Safari), or 'unknown'. `userAgent`: read that browser's
 * instead of asking the running engine.
 */
export function engineKey(userAgent) {
  if (userAgent === undefined) {
    if (denoVersion) return `deno-${v8Key(globalThis.Deno.version?.v8)}`;
    if (bunVersion) return 'jsc';
    if (isNode) return v8Key(process.versions.v8);
  }
  const ua = userAgent ?? (typeof navigator === 'object' && typeof navigator.userAgent === 'string' ? navigator.userAgent : '');
  const firefox = /Firefox\/(\d+)/.exec(ua);
  if (firefox) return `spidermonkey-${firefox[1]}`;
  const chrome = /Chrom(?:e|ium)\/(\d+)/.exec(ua);
  if (chrome) return `v8-${Math.floor(Number(chrome[1]) / 10)}`;
  if (/AppleWebKit\//.test(ua)) return 'jsc';
  return 'unknown';
}

function v8Key(version) {
  const major = /^(\d+)\./.exec(String(version ?? ''));
  return major ? `v8-${major[1]}` : 'unknown';
}

/** 'name:batch': a batch threshold (js/batch.js), in items, measured per engine. */
export const isBatchKey = (key) => key.endsWith(':batch');

/**
 * An engine's set over the default one, per operation and field (a set holds what was
 * measured in that engine). Batch thresholds are not carried over: a batch's crossover
 * moves with the engine's per-item costs on both sides, so an engine set without its own
 * 'name:batch' rows has none, and its batches are held against the per-call threshold.
 */
function over(rows) {
  const out = {};
  for (const [name, row] of Object.entries(defaultRows)) if (!isBatchKey(name)) out[name] = row;
  for (const [name, row] of Object.entries(rows)) out[name] = { ...out[name], ...row };
  return out;
}

/**
 * The shipped set for an engine key: V8 sets match by major version (a band), a
 * SpiderMonkey set serves every Firefox (the nearest version measured), JSC one set.
 * Returns { key, rows } or null when no set matches.
 */
export function shippedSet(key) {
  if (key === shipped.engine) return { key, rows: defaultRows };
  if (engineSets[key]) return { key, rows: over(engineSets[key].operations) };
  const deno = /^deno-(v8-\d+)$/.exec(key);
  if (deno) return shippedSet(deno[1]);
  const family = /^spidermonkey-(\d+)$/.exec(key);
  if (family) {
    const near = Object.keys(engineSets)
      .map((k) => [k, /^spidermonkey-(\d+)$/.exec(k)])
      .filter(([, m]) => m)
      .sort((a, b) => Math.abs(a[1][1] - family[1]) - Math.abs(b[1][1] - family[1]))[0];
    if (near) return { key: near[0], rows: over(engineSets[near[0]].operations) };
  }
  return null;
}

/** The default set's name in status(): 'default (v8-11 measured in Node 20)'. */
export const DEFAULT_LABEL = `default (${shipped.engine} measured in ${shipped.runtime})`;

/**
 * A selector's thresholds: the shipped set of its engine (or the default one), with the
 * `thresholds` option and then a calibrate() result laid over it per operation and field.
 * `rows` is what each new instance's policy gets (js/policy.js); `label` is
 * status().thresholds and `source` the call report's wording of where a threshold came from.
 */
export class ThresholdSet {
  constructor(given) {
    const set = shippedSet(engineKey());
    this.engine = engineKey();
    this.shippedLabel = set ? set.key : DEFAULT_LABEL;
    this.rows = { ...(set ? set.rows : defaultRows) };
    this.label = this.shippedLabel;
    this.source = 'thresholds.json';
    this.calibration = null;
    if (given) this.lay(given, `config (over ${this.shippedLabel})`, 'thresholds: config');
  }

  /** Lay `given` (a validated thresholds object) over the rows; returns the merged rows of its operations. */
  lay(given, label, source) {
    const changed = {};
    for (const [name, row] of Object.entries(given)) changed[name] = this.rows[name] = { ...this.rows[name], ...row };
    this.label = label;
    this.source = source;
    return changed;
  }
}

const FIELDS = {
  wasmMinSize: (v) => (typeof v === 'number' && v >= 0 && Number.isFinite(v)) || 'must be a finite number >= 0',
  threadsMinSize: (v) => (typeof v === 'number' && (v === -1 || v >= 0) && Number.isFinite(v)) || 'must be -1 (never) or a finite number >= 0',
  maxThreads: (v) => (Number.isInteger(v) && v >= 0 && v <= 64) || 'must be an integer from 0 (no cap) to 64',
  // thresholds.json's rows carry one; kept, never read by the policy (a row copied from the file passes).
  note: (v) => typeof v === 'string' || 'must be a string',
  // 'name:batch' rows only: the mean item size range in which the batch kernel beats JS
  // per item (js/batch.js); outside it a batch is held against the per-call threshold.
  // itemMaxSize 9007199254740991: no upper bound (calibrate() writes both).
  itemMinSize: (v) => (typeof v === 'number' && v >= 0 && Number.isFinite(v)) || 'must be a finite number >= 0',
  itemMaxSize: (v) => (typeof v === 'number' && v >= 0 && Number.isFinite(v)) || 'must be a finite number >= 0',
};
const BATCH_ONLY = new Set(['itemMinSize', 'itemMaxSize']);
const FIELD = new Map(Object.entries(FIELDS));

/**
 * Validate a `thresholds` object ({ [operation]: { wasmMinSize?, threadsMinSize?,
 * maxThreads? } }, thresholds.json's `operations` shape; calibrate() returns one):
 * every own property read once, copied. An operation is a canonical name with a WASM
 * kernel, `name:kind` for an input kind its registry row declares (`kinds`), or
 * `name:batch` for the batch threshold of a row with a batch kernel ({ wasmMinSize (items),
 * itemMinSize?, itemMaxSize? }).
 * Returns { value } or a message naming what is wrong.
 */
export function checkThresholds(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'must be an object of per-operation thresholds';
  const copy = {};
  for (const key of Object.keys(value)) {
    const [name, kind, extra] = key.split(':');
    const row = registryRows.get(name);
    const batch = kind === 'batch' && typeof row?.wasmBatch === 'function';
    if (!row || typeof row.wasm !== 'function' || extra !== undefined || (kind !== undefined && !batch && !row.kinds?.includes(kind))) {
      const why = !row
        ? 'unknown operation'
        : typeof row.wasm !== 'function'
          ? 'operation without a WASM kernel'
          : kind === 'batch'
            ? 'operation without a batch kernel (no batch threshold) in'
            : 'unknown input kind of';
      return `names an ${why} '${key}' (keys are canonical operation names with a WASM kernel, as listOperations() gives them)`;
    }
    const entry = value[key];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return `'${key}' must be an object such as { wasmMinSize: 4096 }`;
    const out = {};
    for (const field of Object.keys(entry)) {
      const check = FIELD.get(field);
      if (!check) return `'${key}' has an unknown field '${field}' (known: ${[...FIELD.keys()].join(', ')})`;
      if (BATCH_ONLY.has(field) && !batch) return `'${key}.${field}' belongs to a batch threshold ('name:batch' keys) only`;
      const v = entry[field];
      const ok = check(v);
      if (ok !== true) return `'${key}.${field}' ${ok}, got ${typeof v === 'number' ? v : JSON.stringify(v) ?? typeof v}`;
      out[field] = v;
    }
    copy[key] = out;
  }
  return { value: copy };
}
