// Loading the WebAssembly module: locate, read or fetch, compile (once per URL, cached),
// instantiate with a Memory this package creates. Each failure is reported with the
// detection-flow step it belongs to, never thrown past the selector.
import createMlwModule from '../build/glue/mlw-glue.mjs';
import { PAGE_BYTES } from './config.js';
import { isNode, nodeBuiltin } from './environment.js';
import { VARIANT_FILES, defaultWasmUrl, threadsGlueLocation } from './locate.js';

/** A failure at one step of the detection flow; `reason` is what status() shows. */
export class LoadFailure extends Error {
  constructor(step, detail) {
    super(`${step}: ${detail}`);
    this.name = 'LoadFailure';
    this.reason = `${step}: ${detail}`;
  }
}

// Chromium: "Refused to compile or instantiate WebAssembly module because 'unsafe-eval'
// is not an allowed source of script in the following Content Security Policy…";
// Firefox: "call to WebAssembly.compile() blocked by CSP".
const CSP_REFUSAL = /Content Security Policy|blocked by CSP|'(wasm-)?unsafe-eval'/i;

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
      // A Content-Security-Policy without 'wasm-unsafe-eval' forbids compiling any
      // WebAssembly: a policy decision, not a broken file, so it gets its own reason.
      if (CSP_REFUSAL.test(error.message)) throw new LoadFailure('csp-blocked', error.message);
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
      // The module is already compiled, so instantiating it synchronously is cheap and
      // saves a trip through the event loop (a second selector is ready in about half the
      // time). An engine that refuses a synchronous instance on this thread throws a
      // RangeError: then the asynchronous way.
      try {
        receiveInstance(new WebAssembly.Instance(compiled, imports), compiled);
        return {};
      } catch (error) {
        if (!(error instanceof RangeError)) {
          rejectInstantiation(new LoadFailure('module-load-failed', `instantiate: ${error.message}`));
          return {};
        }
      }
      WebAssembly.instantiate(compiled, imports).then(
        (instance) => receiveInstance(instance, compiled),
        (error) => rejectInstantiation(new LoadFailure('module-load-failed', `instantiate: ${error.message}`)),
      );
      return {};
    },
  });
  try {
    const module = await Promise.race([created, instantiationFailed]);
    return { module, memory, maxBytes: maxMemoryPages * PAGE_BYTES, poolSize: 0, poolReady: Promise.resolve(), terminate() {} };
  } catch (error) {
    if (error instanceof LoadFailure) throw error;
    throw new LoadFailure('module-load-failed', `start-up: ${error?.message ?? error}`);
  }
}

// ---- the simd-threads variant ---------------------------------------------------------
//
// Its glue is a classic script beside the .wasm (pool workers load it again), so it is
// loaded here rather than bundled: require() in Node (dist/wasm/ is not an ES-module
// folder, and the glue and its .worker.js are CommonJS), a <script> element in a page,
// importScripts() in a worker.
//
// Memory: a shared Memory created here, `memoryPages` initial and `maxMemoryPages`
// maximum, the same meaning as in the other variants. The build allows growth (so both
// options keep working at run time); growth with threads makes the glue re-check its
// heap views on each access it makes, which costs nothing on our paths (kernel calls
// pass numbers; js/wasm/heap.js makes fresh views from memory.buffer). Set
// memoryPages = maxMemoryPages for a Memory that never grows.

const threadGlues = new Map(); // glue location -> Promise<factory>

function loadThreadsGlue(glue) {
  if (threadGlues.has(glue)) return threadGlues.get(glue);
  const pending = (async () => {
    if (isNode) {
      const { createRequire } = nodeBuiltin('module');
      return createRequire(glue)(glue);
    }
    if (typeof document === 'object' && document?.createElement) {
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = glue;
        script.async = true;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`cannot load ${glue}`));
        document.head.appendChild(script);
      });
    } else if (typeof importScripts === 'function') {
      importScripts(glue); // eslint-disable-line no-undef
    } else {
      throw new Error('no way to load the threads glue in this engine');
    }
    if (typeof globalThis.createMlwModule !== 'function') throw new Error(`${glue} did not define createMlwModule`);
    return globalThis.createMlwModule;
  })();
  threadGlues.set(glue, pending);
  pending.catch(() => threadGlues.delete(glue));
  return pending;
}

/** Where the glue is, as the form each environment loads it by (a path in Node). */
function threadsGluePlace(location) {
  const glue = threadsGlueLocation(location);
  if (isNode && isFileLocation(glue)) {
    return glue.startsWith('file:') ? nodeBuiltin('url').fileURLToPath(glue) : nodeBuiltin('path').resolve(glue);
  }
  if (isNode) throw new LoadFailure('module-load-failed', `the threads build loads only from files in Node, not ${glue}`);
  const base = typeof self === 'object' && self?.location?.href ? self.location.href : undefined;
  return base ? new URL(glue, base).href : glue;
}

/**
 * Emscripten 3.1.6's glue resolves only once every worker of its start-up pool reports
 * "loaded", and never with an empty pool. This stand-in reports "loaded" at once and
 * leaves the pool, so the instance resolves without waiting for a real worker.
 */
function standInWorker(PThread) {
  const worker = {
    on() {},
    terminate() {},
    postMessage() {
      queueMicrotask(() => {
        PThread.unusedWorkers.splice(PThread.unusedWorkers.indexOf(worker), 1);
        worker.onmessage({ data: { cmd: 'loaded' } });
      });
    },
  };
  return worker;
}

/**
 * Step 4b for simd-threads: an instance on a shared Memory, ready as soon as the main
 * instance is (booting a worker costs ~30 ms in Node; waiting for the pool would triple
 * start-up). Its pool of `poolSize` workers loads in the background: a worker joins
 * the pool only once loaded, because a pthread handed to a loading worker would wait
 * for the main thread's event loop while the main thread waits in parallelFor. Until
 * then pthread_create finds no worker (STRICT=2) and parallelFor runs ranges inline,
 * with the same results. `poolReady` resolves to the number of loaded workers;
 * `terminate()` ends the pool, loading or not.
 */
export async function instantiateThreadsWasm(compiled, location, { memoryPages, maxMemoryPages, poolSize }) {
  let glue;
  let factory;
  try {
    glue = threadsGluePlace(location);
    factory = await loadThreadsGlue(glue);
  } catch (error) {
    if (error instanceof LoadFailure) throw error;
    throw new LoadFailure('module-load-failed', `threads glue: ${error.message}`);
  }
  let memory;
  try {
    memory = new WebAssembly.Memory({ initial: memoryPages, maximum: maxMemoryPages, shared: true });
  } catch (error) {
    throw new LoadFailure('module-load-failed', `cannot reserve ${memoryPages} pages of shared memory: ${error.message}`);
  }
  const place = (name) => (isNode ? nodeBuiltin('path').join(nodeBuiltin('path').dirname(glue), name) : new URL(name, glue).href);
  let rejectInstantiation;
  const instantiationFailed = new Promise((_, reject) => {
    rejectInstantiation = reject;
  });
  let module = null;
  const moduleArg = {
    wasmMemory: memory,
    mlwPoolSize: 0, // the pool is built below, after the instance
    mainScriptUrlOrBlob: glue,
    locateFile: place,
    print: (text) => console.log(text),
    // parallelFor blocks its caller until its ranges are done, by design; the workers
    // are loaded before `ready`, so that wait cannot deadlock. Emscripten warns about
    // any wait on a page's main thread; that one warning is expected here.
    printErr: (text) => {
      if (!text.startsWith('Blocking on the main thread is very dangerous')) console.warn(text);
    },
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(compiled, imports).then(
        (instance) => {
          moduleArg.PThread.unusedWorkers.push(standInWorker(moduleArg.PThread));
          receiveInstance(instance, compiled);
        },
        (error) => rejectInstantiation(new LoadFailure('module-load-failed', `instantiate: ${error.message}`)),
      );
      return {};
    },
  };
  const created = factory(moduleArg);
  try {
    module = await Promise.race([created, instantiationFailed]);
  } catch (error) {
    if (error instanceof LoadFailure) throw error;
    throw new LoadFailure('module-load-failed', `start-up: ${error?.message ?? error}`);
  }
  const { PThread } = module;
  const WorkerClass = isNode ? nodeBuiltin('worker_threads').Worker : globalThis.Worker;
  const loading = new Map(); // worker -> resolve of its poolReady share
  let terminated = false;
  const poolReady = Promise.all(
    Array.from({ length: poolSize }, () => new Promise((resolve) => {
      let worker;
      try {
        worker = new WorkerClass(place('mlw-simd-threads.worker.js'));
      } catch (error) {
        console.warn(`multilingual-wasm: cannot start a pool worker (${error.message}); running with fewer threads`);
        resolve(0);
        return;
      }
      loading.set(worker, resolve);
      PThread.loadWasmModuleToWorker(worker, () => {
        loading.delete(worker);
        if (terminated) return resolve(0);
        // Loaded pool workers must not keep Node alive (emscripten-core/emscripten#18227):
        // a pthread only runs while its caller waits in parallelFor, so nothing is lost.
        // (A loading worker stays referenced, so `await warmUp()` cannot end the process;
        // unref must follow loadWasmModuleToWorker, whose 'message' listener refs again.)
        worker.unref?.();
        PThread.unusedWorkers.push(worker);
        resolve(1);
      });
    })),
  ).then((loaded) => loaded.reduce((a, b) => a + b, 0));
  return {
    module,
    memory,
    maxBytes: maxMemoryPages * PAGE_BYTES,
    poolSize,
    poolReady,
    terminate() {
      if (terminated) return;
      terminated = true;
      for (const [worker, resolve] of loading) {
        worker.terminate();
        resolve(0);
      }
      loading.clear();
      PThread.terminateAllThreads();
    },
  };
}
