// Public entry point (bundled to dist/index.mjs, dist/index.cjs and the script-tag
// build dist/multilingual-wasm.global.js, global `MultilingualWasm`).
import { BACKENDS, DEFAULT_CONFIG, loadProjectConfig, validateConfig } from './config.js';
import { detectFeatures } from './features.js';
import { clearModuleCache } from './loader.js';
import { describeOperations, operations } from './registry/index.js';
import { BackendSelector } from './selector.js';
import { benchmark } from './benchmark.js';

export * from './errors.js';
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
function familyHelpers(prefix) {
  // From the registry's names, not describeOperations(): this runs at import, nine
  // times, and the full descriptions cost a measurable share of import time.
  const helpers = {};
  for (const name of operations.keys()) {
    if (!name.startsWith(prefix)) continue;
    helpers[camel(name.slice(prefix.length))] = (...args) => getDefaultSelector().callFunction(name, ...args);
  }
  return Object.freeze(helpers);
}

export const NumericOperations = familyHelpers('numeric_');
export const MatrixOperations = familyHelpers('matrix_');
export const StringOperations = familyHelpers('string_');
export const CryptoOperations = familyHelpers('crypto_');
export const DataOperations = familyHelpers('data_');
export const JsonOperations = familyHelpers('json_');
export const SearchOperations = familyHelpers('search_');
export const ImageOperations = familyHelpers('image_');
export const ScienceOperations = familyHelpers('science_');
