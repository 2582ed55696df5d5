// Loading the WebAssembly module: locate, read or fetch, compile (once per URL, cached),
// instantiate with a Memory this package creates. Each failure is reported with the
// detection-flow step it belongs to, never thrown past the selector.
import createMlwModule from '../build/glue/mlw-glue.mjs';
import { PAGE_BYTES } from './config.js';
import { isNode, nodeBuiltin } from './environment.js';
import { VARIANT_FILES, defaultWasmUrl } from './locate.js';

/** A failure at one step of the detection flow; `reason` is what status() shows. */
export class LoadFailure extends Error {
  constructor(step, detail) {
    super(`${step}: ${detail}`);
    this.name = 'LoadFailure';
    this.reason = `${step}: ${detail}`;
  }
}

const compiledModules = new Map(); // url -> Promise<WebAssembly.Module>

/** Forget every cached compiled module (tests, or to pick up a rebuilt file). */
export function clearModuleCache() {
  compiledModules.clear();
}

/** The URL of `variant` given the wasmUrl option (a folder, a .wasm file, or null). */
export function wasmLocation(variant, wasmUrl) {
  if (wasmUrl === null || wasmUrl === undefined) return defaultWasmUrl(variant);
  const text = String(wasmUrl);
  if (text.endsWith('.wasm')) return text;
  return text.endsWith('/') ? text + VARIANT_FILES[variant] : `${text}/${VARIANT_FILES[variant]}`;
}

function isFileLocation(location) {
  return location.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:/i.test(location);
}

/** Step 2 of the flow: the bytes of the .wasm, from disk (Node) or over fetch. */
export async function readWasmBytes(location) {
  if (isNode && isFileLocation(location)) {
    const fs = nodeBuiltin('fs');
    const { fileURLToPath } = nodeBuiltin('url');
    const file = location.startsWith('file:') ? fileURLToPath(location) : location;
    try {
      return await fs.promises.readFile(file);
    } catch (error) {
      throw new LoadFailure('wasm-file-missing', `${file} (${error.code ?? error.message})`);
    }
  }
  if (typeof fetch !== 'function') throw new LoadFailure('wasm-file-missing', `${location} (no fetch here)`);
  let response;
  try {
    response = await fetch(location, { credentials: 'same-origin' });
  } catch (error) {
    throw new LoadFailure('wasm-file-missing', `${location} (${error.message})`);
  }
  if (!response.ok) throw new LoadFailure('wasm-file-missing', `${location} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Steps 2 and 4a: the compiled module for `location`, shared by all selectors when `cache`. */
export function compileWasm(location, { cache = true } = {}) {
  if (cache && compiledModules.has(location)) return compiledModules.get(location);
  const pending = (async () => {
    const bytes = await readWasmBytes(location);
    try {
      return await WebAssembly.compile(bytes);
    } catch (error) {
      throw new LoadFailure('module-load-failed', `compile: ${error.message}`);
    }
  })();
  if (cache) {
    compiledModules.set(location, pending);
    pending.catch(() => compiledModules.delete(location));
  }
  return pending;
}

/**
 * Step 4b: a fresh instance of `compiled` with its own Memory of `memoryPages` pages,
 * growable up to `maxMemoryPages`. Resolves to { module, memory, maxBytes }.
 */
export async function instantiateWasm(compiled, { memoryPages, maxMemoryPages }) {
  let memory;
  try {
    memory = new WebAssembly.Memory({ initial: memoryPages, maximum: maxMemoryPages });
  } catch (error) {
    throw new LoadFailure('module-load-failed', `cannot reserve ${memoryPages} pages of memory: ${error.message}`);
  }
  let rejectInstantiation;
  const instantiationFailed = new Promise((_, reject) => {
    rejectInstantiation = reject;
  });
  const created = createMlwModule({
    wasmMemory: memory,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(compiled, imports).then(
        (instance) => receiveInstance(instance, compiled),
        (error) => rejectInstantiation(new LoadFailure('module-load-failed', `instantiate: ${error.message}`)),
      );
      return {};
    },
  });
  try {
    const module = await Promise.race([created, instantiationFailed]);
    return { module, memory, maxBytes: maxMemoryPages * PAGE_BYTES };
  } catch (error) {
    if (error instanceof LoadFailure) throw error;
    throw new LoadFailure('module-load-failed', `start-up: ${error?.message ?? error}`);
  }
}
