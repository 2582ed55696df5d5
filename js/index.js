// Public entry point (bundled to dist/index.mjs, dist/index.cjs and the script-tag
// build dist/multilingual-wasm.global.js, global `MultilingualWasm`).
import { BACKENDS, DEFAULT_CONFIG, loadProjectConfig, validateConfig } from './config.js';
import { detectFeatures } from './features.js';
import { clearModuleCache } from './loader.js';
import { FAMILY_NAMES, describeOperations, operations } from './registry/index.js';
import { BackendSelector } from './selector.js';
import { benchmark } from './benchmark.js';

export * from './errors.js';
export { WasmArray } from './wasm-array.js';
export { benchmark, BackendSelector, detectFeatures, clearModuleCache, validateConfig, loadProjectConfig, DEFAULT_CONFIG };

/** Backend names: Backend.AUTO ('auto'), Backend.JS ('js'), Backend.WASM ('wasm'). */
export const Backend = BACKENDS;

export const version = __MLW_VERSION__; /* global __MLW_VERSION__ */

let defaultSelector = null;

/** The shared selector the family helpers use (created on first use with the project config). */
export function getDefaultSelector() {
  defaultSelector ??= new BackendSelector();
  return defaultSelector;
}

/** Wait until the default selector has decided its backend; returns it. */
export function ready() {
  return getDefaultSelector().ready;
}

/** Every operation with its canonical name, aliases and whether a WASM kernel exists. */
export function listOperations() {
  return describeOperations();
}

const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** Family helpers on the default selector, e.g. MatrixOperations.multiply(a, b). */
function familyHelpers(family) {
  // From the registry's names, not describeOperations(): this runs at import, once per
  // family, and the full descriptions cost a measurable share of import time.
  const prefix = `${family}_`;
  const helpers = {};
  for (const name of operations.keys()) {
    if (!name.startsWith(prefix)) continue;
    helpers[camel(name.slice(prefix.length))] = (...args) => getDefaultSelector().callFunction(name, ...args);
  }
  return Object.freeze(helpers);
}

// One `<Family>Operations` per registry family (FAMILY_NAMES). ES modules need their export
// names written out; tests/js/registry.test.mjs checks that they are exactly the families.
const helpers = Object.fromEntries(FAMILY_NAMES.map((f) => [`${f[0].toUpperCase()}${f.slice(1)}Operations`, familyHelpers(f)]));
export const {
  NumericOperations,
  MatrixOperations,
  StringOperations,
  CryptoOperations,
  DataOperations,
  JsonOperations,
  SearchOperations,
  ImageOperations,
  ScienceOperations,
} = helpers;
