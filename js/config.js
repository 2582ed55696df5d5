// BackendConfig: defaults, validation, and (in Node) the project's config file and the
// MULTILINGUAL_WASM_BACKEND environment variable.
import { describe } from './boundary.js';
import { InvalidArgumentError } from './errors.js';
import { denoPermissionDenied, isNode, nodeBuiltin, readEnv } from './environment.js';
import { checkThresholds } from './thresholds.js';

export const BACKENDS = Object.freeze({ AUTO: 'auto', JS: 'js', WASM: 'wasm' });

/** One 64 KiB WebAssembly page. */
export const PAGE_BYTES = 65536;
/** The smallest heap the module links with (see CMakeLists.txt INITIAL_MEMORY). */
export const MIN_MEMORY_PAGES = 64;
/** wasm32 addresses 4 GiB at most. */
export const MAX_MEMORY_PAGES = 65536;

export const DEFAULT_CONFIG = Object.freeze({
  preferBackend: 'auto',
  simd: true,
  threads: 'auto',
  cache: true,
  // 4 MiB initial. The guide starts at 64 MiB, but a new instance pays for zeroing its
  // initial memory (measured: a second selector ready in ~1.5 ms at 64 pages, 5-25 ms at
  // 1024), and the heap grows on demand up to maxMemoryPages anyway.
  memoryPages: 64,
  maxMemoryPages: 32768, // 2 GiB
  timeoutMs: 0, // 0 = no time limit
  wasmUrl: null,
  profileKernels: false, // lastCallReport().kernelMs (js/profile.js)
  thresholds: null, // per-operation thresholds over the engine's shipped set (js/thresholds.js)
  // false: the JS backend runs only the package's own JS, never the platform's native code
  // (node:crypto, String#includes, TypedArray#sort/indexOf, JSON.parse; registry `jsPure`).
  platformNatives: true,
});

/** The longest time limit a timer can hold (setTimeout treats more as 1 ms). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const CHECKS = {
  preferBackend: (v) => Object.values(BACKENDS).includes(v) || `must be one of 'auto', 'js', 'wasm'`,
  simd: (v) => typeof v === 'boolean' || 'must be true or false',
  threads: (v) =>
    v === false || v === 'auto' || (Number.isInteger(v) && v >= 1 && v <= 64) ||
    `must be false, 'auto' or a thread count from 1 to 64`,
  cache: (v) => typeof v === 'boolean' || 'must be true or false',
  memoryPages: (v) =>
    (Number.isInteger(v) && v >= MIN_MEMORY_PAGES && v <= MAX_MEMORY_PAGES) ||
    `must be an integer number of 64 KiB pages from ${MIN_MEMORY_PAGES} to ${MAX_MEMORY_PAGES}`,
  maxMemoryPages: (v) =>
    (Number.isInteger(v) && v >= MIN_MEMORY_PAGES && v <= MAX_MEMORY_PAGES) ||
    `must be an integer number of 64 KiB pages from ${MIN_MEMORY_PAGES} to ${MAX_MEMORY_PAGES}`,
  timeoutMs: (v) =>
    (typeof v === 'number' && v >= 0 && v <= MAX_TIMEOUT_MS) ||
    `must be a number of milliseconds from 0 (no limit) to ${MAX_TIMEOUT_MS} (timers hold 2^31 - 1 ms, about 24.8 days)`,
  wasmUrl: (v) =>
    v === null || typeof v === 'string' || (typeof URL === 'function' && v instanceof URL) ||
    'must be a URL, a path string or null',
  profileKernels: (v) => typeof v === 'boolean' || 'must be true or false',
  platformNatives: (v) => typeof v === 'boolean' || 'must be true or false',
  // Returns { value }: the validated copy (read once), not the caller's object.
  thresholds: (v) => v === null || checkThresholds(v),
};

// By option name; a Map, so names like 'constructor' or '__proto__' are just unknown.
const CHECK = new Map(Object.entries(CHECKS));

function describeValue(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return describe(value);
}

/**
 * Validate a (partial) config object; `source` names where it came from in errors. Each
 * own enumerable property is read exactly once (a getter runs once), in Object.keys order;
 * the snapshot is returned as a plain object and is what the selector uses. Inherited
 * properties are never read.
 */
export function validateConfig(config, source = 'config') {
  if (config === undefined) return {};
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new InvalidArgumentError(`${source} must be an object, got ${config === null ? 'null' : typeof config}`, { argument: 'config' });
  }
  const snapshot = {};
  for (const key of Object.keys(config)) {
    const check = CHECK.get(key);
    if (check === undefined) {
      throw new InvalidArgumentError(`${source}: unknown option '${key}' (known options: ${[...CHECK.keys()].join(', ')})`, {
        argument: key,
      });
    }
    const value = config[key];
    const ok = check(value);
    if (typeof ok === 'string') throw new InvalidArgumentError(`${source}: option '${key}' ${ok}, got ${describeValue(value)}`, { argument: key });
    snapshot[key] = typeof ok === 'object' ? ok.value : value;
  }
  return snapshot;
}

/**
 * The effective config: defaults < project file < environment < constructor argument.
 * Returns { config, sources } where sources says where each non-default value came from.
 */
export function resolveConfig(given) {
  const userConfig = validateConfig(given);
  const sources = {};
  const config = { ...DEFAULT_CONFIG };
  const file = loadProjectConfig();
  if (file) {
    Object.assign(config, file.config);
    for (const key of Object.keys(file.config)) sources[key] = file.path;
  }
  const env = readEnv('MULTILINGUAL_WASM_BACKEND'); // undefined where Deno denies env access
  if (env !== undefined && env !== '') {
    validateConfig({ preferBackend: env }, 'MULTILINGUAL_WASM_BACKEND');
    config.preferBackend = env;
    sources.preferBackend = 'MULTILINGUAL_WASM_BACKEND';
  }
  for (const [key, value] of Object.entries(userConfig)) {
    if (value === undefined) continue;
    config[key] = value;
    sources[key] = 'constructor';
  }
  if (config.maxMemoryPages < config.memoryPages) {
    throw new InvalidArgumentError(
      `config: maxMemoryPages (${config.maxMemoryPages}) must be >= memoryPages (${config.memoryPages})`,
      { argument: 'maxMemoryPages' },
    );
  }
  return { config: Object.freeze(config), sources };
}

let projectConfigCache;

/**
 * In Node: the nearest multilingual.config.json, or package.json with a
 * "multilingual": { "wasm": {…} } section, searching from the working directory up.
 */
export function loadProjectConfig({ cwd, reload = false } = {}) {
  if (!isNode) return null;
  if (!reload && cwd === undefined && projectConfigCache !== undefined) return projectConfigCache;
  const fs = nodeBuiltin('fs');
  const path = nodeBuiltin('path');
  if (!fs || !path) return null;
  let dir;
  try {
    dir = path.resolve(cwd ?? process.cwd());
  } catch {
    return null; // Deno without --allow-read cannot know its working directory
  }
  let found = null;
  for (;;) {
    // Deno: folders this program may not read are skipped (asked without a prompt).
    const own = path.join(dir, 'multilingual.config.json');
    if (!denoPermissionDenied('read', own) && fs.existsSync(own)) {
      const data = readJson(fs, own);
      const section = data?.wasm ?? data;
      found = { path: own, config: validateConfig(section, own) };
      break;
    }
    const pkg = path.join(dir, 'package.json');
    if (!denoPermissionDenied('read', pkg) && fs.existsSync(pkg)) {
      const data = readJson(fs, pkg);
      if (data?.multilingual?.wasm !== undefined) {
        found = { path: pkg, config: validateConfig(data.multilingual.wasm, `${pkg} "multilingual.wasm"`) };
        break;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (cwd === undefined) projectConfigCache = found;
  return found;
}

function readJson(fs, file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidArgumentError(`${file}: cannot read config (${error.message})`);
  }
}

/**
 * callAsync's first argument: an operation name, or { name, timeoutMs } read once each
 * (own properties only; any other key is an error, so a typo such as `timeout` is not
 * silently ignored). Returns { name, timeoutMs } with the config's timeoutMs as default.
 */
export function callOptions(nameOrOptions, defaultTimeoutMs) {
  if (typeof nameOrOptions !== 'object' || nameOrOptions === null) return { name: nameOrOptions, timeoutMs: defaultTimeoutMs };
  const options = validateCallOptions(nameOrOptions);
  return { name: options.name, timeoutMs: options.timeoutMs ?? defaultTimeoutMs };
}

function validateCallOptions(value) {
  const out = { name: undefined, timeoutMs: undefined };
  for (const key of Object.keys(value)) {
    if (key !== 'name' && key !== 'timeoutMs') {
      throw new InvalidArgumentError(`callAsync: unknown call option '${key}' (known: 'name', 'timeoutMs')`, { operation: 'callAsync', argument: key });
    }
    out[key] = value[key];
  }
  if (out.timeoutMs !== undefined) {
    const ok = CHECKS.timeoutMs(out.timeoutMs);
    if (ok !== true) {
      throw new InvalidArgumentError(`callAsync: option 'timeoutMs' ${ok}, got ${describeValue(out.timeoutMs)}`, { operation: 'callAsync', argument: 'timeoutMs' });
    }
  }
  return out;
}
