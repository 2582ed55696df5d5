// Loading the WebAssembly module: locate, read or fetch, compile (once per URL, cached),
// instantiate with a Memory this package creates. Each failure is reported with the
// detection-flow step it belongs to, never thrown past the selector.
import createMlwModule from '../build/glue/mlw-glue.mjs';
import { MIN_MEMORY_PAGES, PAGE_BYTES } from './config.js';
import { InvalidArgumentError } from './errors.js';
import { denoPermissionDenied, isNode, nodeBuiltin } from './environment.js';
import { VARIANT_SECTION, wasmShape } from './features.js';
import { VARIANT_FILES, defaultWasmUrl, threadsGlueLocation } from './locate.js';

/** A failure at one step of the detection flow; `reason` is what status() shows. */
export class LoadFailure extends Error {
  constructor(step, detail) {
    super(`${step}: ${detail}`);
    this.name = 'LoadFailure';
    this.reason = `${step}: ${detail}`;
  }
}

/**
 * The engine would not make a Memory of the configured size (a RangeError from
 * new WebAssembly.Memory: the size is above what this engine or machine can reserve). A
 * configuration this engine cannot honour, so an InvalidArgumentError naming the option
 * and the size; the detection flow reports it as step 4's failure (`ready` never rejects:
 * AUTO answers on JS, preferBackend 'wasm' calls throw it, see InstanceLifecycle.configError).
 */
export class MemoryReserveFailure extends LoadFailure {
  constructor(option, pages, shared, error) {
    const gib = (pages * PAGE_BYTES) / 2 ** 30;
    const message =
      `config: ${option} (${pages} pages, ${gib >= 1 ? `${gib.toFixed(2)} GiB` : `${(pages * PAGE_BYTES) / 2 ** 20} MiB`}) ` +
      `cannot be reserved by this engine: new WebAssembly.Memory(${shared ? 'shared, ' : ''}…) threw ${error?.name ?? 'Error'}: ${error?.message ?? error}` +
      `${shared && option === 'maxMemoryPages' ? ' (a shared memory reserves its maximum up front)' : ''}; lower ${option}`;
    super('module-load-failed', message);
    this.option = option;
    this.message = message;
  }

  /** A fresh InvalidArgumentError for one caller (its stack is the caller's). */
  error() {
    return new InvalidArgumentError(this.message, { argument: this.option });
  }
}

/**
 * A Memory of `initial` pages growable to `maximum`. When the engine will not make it, the
 * failure names the option that asked too much, told by trying smaller sizes: the initial
 * size when the same maximum works from the smallest start, else the maximum when the
 * smallest Memory works (a shared memory reserves its maximum up front); when not even that
 * works, no option is to blame (e.g. a process without address space to spare): a plain
 * LoadFailure. WebAssembly.Memory is read when called, so a test can stand in for it.
 */
export function reserveMemory(initial, maximum, shared) {
  const make = (i, m) => new WebAssembly.Memory({ initial: i, maximum: m, ...(shared ? { shared } : {}) });
  const works = (i, m) => {
    try {
      make(i, m);
      return true;
    } catch {
      return false;
    }
  };
  try {
    return make(initial, maximum);
  } catch (error) {
    if (initial > MIN_MEMORY_PAGES && works(MIN_MEMORY_PAGES, maximum)) throw new MemoryReserveFailure('memoryPages', initial, shared, error);
    if (maximum > MIN_MEMORY_PAGES && works(MIN_MEMORY_PAGES, MIN_MEMORY_PAGES)) throw new MemoryReserveFailure('maxMemoryPages', maximum, shared, error);
    throw new LoadFailure('module-load-failed', `cannot reserve ${initial} pages of ${shared ? 'shared ' : ''}memory: ${error?.message ?? error}`);
  }
}

// Chromium: "Refused to compile or instantiate WebAssembly module because 'unsafe-eval'
// is not an allowed source of script in the following Content Security Policy…";
// Firefox: "call to WebAssembly.compile() blocked by CSP".
const CSP_REFUSAL = /Content Security Policy|blocked by CSP|'(wasm-)?unsafe-eval'/i;

const compiledModules = new Map(); // url -> Promise<WebAssembly.Module>
const finishedCompiles = new WeakSet(); // those of compileWasm's promises that have settled

/** Forget every cached compiled module (tests, or to pick up a rebuilt file). */
export function clearModuleCache() {
  compiledModules.clear();
}

/** The URL of `variant` given the wasmUrl option (a folder, a .wasm file, or null). */
export function wasmLocation(variant, wasmUrl) {
  if (wasmUrl === null || wasmUrl === undefined) return defaultWasmUrl(variant);
  const text = String(wasmUrl);
  if (namesOneFile(text)) return text;
  return text.endsWith('/') ? text + VARIANT_FILES[variant] : `${text}/${VARIANT_FILES[variant]}`;
}

/** Whether the wasmUrl option names one .wasm file rather than a folder. */
export function namesOneFile(wasmUrl) {
  return wasmUrl !== null && wasmUrl !== undefined && /\.wasm([?#].*)?$/.test(String(wasmUrl));
}

/**
 * Which build variant the module at `location` is, once `compiling` (compileWasm's
 * promise) is done: its `mlw.variant` section (every file the build ships has one),
 * else its file name if it is one of the package's, else its bytes (wasmShape: a
 * shared memory is the threads build, v128 values the SIMD one, neither the baseline).
 * Resolves to { variant, how } (`how` says which of these decided); rejects with the
 * LoadFailure of reading or compiling.
 */
export async function identifyWasm(compiling, location) {
  const compiled = await compiling;
  const marks = WebAssembly.Module.customSections(compiled, VARIANT_SECTION);
  if (marks.length === 1) {
    const variant = new TextDecoder().decode(marks[0]);
    if (variant in VARIANT_FILES) return { variant, how: `its ${VARIANT_SECTION} section` };
  }
  const name = location.replace(/[?#].*$/, '').split(/[\\/]/).pop();
  const known = Object.keys(VARIANT_FILES).find((variant) => VARIANT_FILES[variant] === name);
  if (known) return { variant: known, how: 'its file name' };
  let shape;
  try {
    shape = wasmShape(await readWasmBytes(location));
  } catch (error) {
    if (error instanceof LoadFailure) throw error;
    throw new LoadFailure('module-load-failed', `cannot tell which build ${location} is (${error.message})`);
  }
  if (shape.sharedMemory) return { variant: 'simd-threads', how: 'its bytes: a shared memory' };
  if (shape.simd) return { variant: 'simd', how: 'its bytes: v128 values, no shared memory' };
  return { variant: 'baseline', how: 'its bytes: no v128 values, no shared memory' };
}

function isFileLocation(location) {
  return location.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:/i.test(location);
}

/**
 * A local file's bytes, read synchronously: ~0.1 ms for a .wasm of ~200 KB, where the
 * promise API's open/stat/read/close round trips through the thread pool cost ~0.4 ms,
 * and the compile can start at once (once per process: the compiled module is cached).
 * Null where the location is not a file Node can read.
 */
function readLocalWasm(location) {
  if (!isNode || !isFileLocation(location)) return null;
  const fs = nodeBuiltin('fs');
  const { fileURLToPath } = nodeBuiltin('url');
  const file = location.startsWith('file:') ? fileURLToPath(location) : location;
  // Deno's default permissions: say which flag is missing (asked without a prompt).
  const denied = denoPermissionDenied('read', file);
  if (denied) throw new LoadFailure('wasm-file-missing', `${file} (${denied})`);
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new LoadFailure('wasm-file-missing', `${file} (${error.code ?? error.message})`);
  }
}

/** Step 2 of the flow: the bytes of the .wasm, from disk (Node) or over fetch. */
export async function readWasmBytes(location) {
  const local = readLocalWasm(location);
  if (local) return local;
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
  let pending;
  try {
    // A local file is read and its compile started before this returns, so the engine
    // compiles (on its own threads) while the caller goes on preparing the glue.
    const local = readLocalWasm(location);
    pending = compileBytes(local ?? readWasmBytes(location));
  } catch (error) {
    pending = Promise.reject(error);
  }
  pending.then(() => finishedCompiles.add(pending), () => finishedCompiles.add(pending));
  if (cache) {
    compiledModules.set(location, pending);
    pending.catch(() => compiledModules.delete(location));
  }
  return pending;
}

function compileBytes(bytesOrPromise) {
  const compile = (bytes) => WebAssembly.compile(bytes).catch((error) => {
    // A Content-Security-Policy without 'wasm-unsafe-eval' forbids compiling any
    // WebAssembly: a policy decision, not a broken file, so it gets its own reason.
    if (CSP_REFUSAL.test(error.message)) throw new LoadFailure('csp-blocked', error.message);
    throw new LoadFailure('module-load-failed', `compile: ${error.message}`);
  });
  return bytesOrPromise instanceof Promise ? bytesOrPromise.then(compile) : compile(bytesOrPromise);
}

/**
 * The pages a Memory is really made with. 65536 pages (4 GiB, the documented maximum of
 * memoryPages / maxMemoryPages) cannot be used by the 32-bit runtime: its heap size does
 * not fit a 32-bit size_t (sbrk reads it as 0 and start-up aborts), and Emscripten's own
 * heap maximum is 4 GiB - 64 KiB. So 65536 means "the largest heap there is": 65535 pages.
 */
const WASM32_USABLE_PAGES = 65535;
const usablePages = (pages) => Math.min(pages, WASM32_USABLE_PAGES);

/**
 * Step 4b: a fresh instance with its own Memory of `memoryPages` pages, growable up to
 * `maxMemoryPages`. `compiling` is compileWasm's promise, still pending or not: the
 * glue's own set-up runs on this thread while the engine compiles on its others, and
 * the instance is made once both are done. A failure of steps 2/4a is reported before
 * one of this step, as if they had run one after the other.
 * Resolves to { module, memory, maxBytes, poolSize: 0, poolReady, terminate }.
 */
export async function instantiateWasm(compiling, config) {
  const memoryPages = usablePages(config.memoryPages);
  const maxMemoryPages = usablePages(config.maxMemoryPages);
  let memory;
  try {
    memory = reserveMemory(memoryPages, maxMemoryPages, false);
  } catch (error) {
    await compiling;
    throw error;
  }
  let rejectInstantiation;
  const instantiationFailed = new Promise((_, reject) => {
    rejectInstantiation = reject;
  });
  instantiationFailed.catch(() => {}); // raced below, possibly after it settled
  const created = createMlwModule({
    wasmMemory: memory,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    instantiateWasm(imports, receiveInstance) {
      compiling.then(
        (compiled) => instantiateInto(compiled, imports, receiveInstance, rejectInstantiation),
        () => {}, // reported by `await compiling` below
      );
      return {};
    },
  });
  await compiling;
  try {
    const module = await Promise.race([created, instantiationFailed]);
    return { module, memory, maxBytes: maxMemoryPages * PAGE_BYTES, poolSize: 0, poolReady: Promise.resolve(0), terminate() {} };
  } catch (error) {
    if (error instanceof LoadFailure) throw error;
    throw new LoadFailure('module-load-failed', `start-up: ${error?.message ?? error}`);
  }
}

/**
 * Instantiate `compiled` for the glue. The module is already compiled, so a synchronous
 * instance is cheap and saves a trip through the event loop; an engine that refuses one
 * on this thread throws a RangeError, and then it is the asynchronous way.
 */
function instantiateInto(compiled, imports, receiveInstance, reject) {
  let instance;
  try {
    instance = new WebAssembly.Instance(compiled, imports);
  } catch (error) {
    if (!(error instanceof RangeError)) {
      reject(new LoadFailure('module-load-failed', `instantiate: ${error.message}`));
      return;
    }
    WebAssembly.instantiate(compiled, imports).then(
      (asyncInstance) => receiveInstance(asyncInstance, compiled),
      (asyncError) => reject(new LoadFailure('module-load-failed', `instantiate: ${asyncError.message}`)),
    );
    return;
  }
  try {
    receiveInstance(instance, compiled); // runs the module's constructors
  } catch (error) {
    reject(new LoadFailure('module-load-failed', `instantiate: ${error?.message ?? error}`));
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

/**
 * Run `fn` (the threads glue's factory) and put back the global `Worker` it replaces:
 * in Node the glue sets `global.Worker` to worker_threads' Worker. Deno and Bun have a
 * web Worker there that the program may be using; Node has none. The glue never starts
 * a worker itself (the pool below does, with worker_threads), so it loses nothing.
 */
function keepingGlobalWorker(fn) {
  const had = Object.getOwnPropertyDescriptor(globalThis, 'Worker');
  try {
    return fn();
  } finally {
    if (had) Object.defineProperty(globalThis, 'Worker', had);
    else delete globalThis.Worker;
  }
}

function loadThreadsGlue(glue) {
  if (threadGlues.has(glue)) return threadGlues.get(glue);
  const pending = (async () => {
    if (isNode) {
      const denied = denoPermissionDenied('read', glue);
      if (denied) throw new Error(denied);
      const factory = nodeBuiltin('module').createRequire(glue)(glue);
      if (typeof factory !== 'function') throw new Error(`${glue} did not export the module factory (a damaged file?)`);
      return factory;
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

/** How long a pool worker may take to load before it is ended and replaced (once). */
const POOL_LOAD_MS = 8000;

/**
 * Step 4b for simd-threads: an instance on a shared Memory, ready as soon as the main
 * instance is (booting a worker costs ~30 ms in Node; waiting for the pool would triple
 * start-up). `compiling` is compileWasm's promise: the glue loads and sets itself up
 * while the engine compiles, and failures are reported in the flow's order (see
 * instantiateWasm). Its pool of `poolSize` workers is started once the instance is
 * handed out (creating a Node worker costs ~1-2 ms of this thread each, which `ready`
 * need not wait for) and loads in the background: a worker joins the pool only once
 * loaded, because a pthread handed to a loading worker would wait for the main thread's
 * event loop while the main thread waits in parallelFor. Until then pthread_create
 * finds no worker (STRICT=2) and parallelFor runs ranges inline, with the same results.
 * `poolReady` resolves to the number of loaded workers; `terminate()` ends the pool,
 * started, loading or not.
 */
export async function instantiateThreadsWasm(compiling, location, { poolSize, ...config }) {
  const memoryPages = usablePages(config.memoryPages);
  const maxMemoryPages = usablePages(config.maxMemoryPages);
  let glue;
  let factory;
  let failure = null;
  try {
    glue = threadsGluePlace(location);
    factory = await loadThreadsGlue(glue);
  } catch (error) {
    failure = error instanceof LoadFailure ? error : new LoadFailure('module-load-failed', `threads glue: ${String(error?.message ?? error).split('\n')[0]}`);
  }
  let memory;
  if (!failure) {
    try {
      memory = reserveMemory(memoryPages, maxMemoryPages, true);
    } catch (error) {
      failure = error;
    }
  }
  if (failure) {
    await compiling;
    throw failure;
  }
  const place = (name) => (isNode ? nodeBuiltin('path').join(nodeBuiltin('path').dirname(glue), name) : new URL(name, glue).href);
  let rejectInstantiation;
  const instantiationFailed = new Promise((_, reject) => {
    rejectInstantiation = reject;
  });
  instantiationFailed.catch(() => {}); // raced below, possibly after it settled
  let module = null;
  const moduleArg = {
    wasmMemory: memory,
    mlwPoolSize: 0, // the pool is built below, after the instance
    mainScriptUrlOrBlob: glue,
    locateFile: place,
    print: (text) => console.log(text),
    // parallelFor blocks its caller until its ranges are done, by design; a worker joins
    // the pool only once loaded, so that wait cannot deadlock. Emscripten warns about
    // any wait on a page's main thread; that one warning is expected here.
    printErr: (text) => {
      if (!text.startsWith('Blocking on the main thread is very dangerous')) console.warn(text);
    },
    instantiateWasm(imports, receiveInstance) {
      // Always after the glue has finished setting up (a promise callback), which is
      // when moduleArg.PThread exists.
      compiling.then(
        (compiled) => {
          moduleArg.PThread.unusedWorkers.push(standInWorker(moduleArg.PThread));
          instantiateInto(compiled, imports, receiveInstance, rejectInstantiation);
        },
        () => {}, // reported by `await compiling` below
      );
      return {};
    },
  };
  // V8's asynchronous compile needs this thread for short steps between its background
  // work, and the glue's require and set-up hold it for ~5 ms: one turn of the event
  // loop before the set-up lets the compile finish meanwhile (measured: ready ~0.8 ms
  // sooner). Not for a module compiled already: a second selector gets ready without
  // a task boundary, so the first one's pool start (a task) cannot land in between.
  if (!finishedCompiles.has(compiling)) await new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
  const created = isNode ? keepingGlobalWorker(() => factory(moduleArg)) : factory(moduleArg);
  await compiling;
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
  let startPool;
  const started = new Promise((resolve) => {
    startPool = resolve;
  });
  // A macrotask: after `ready` has resolved and whatever the caller runs in its
  // continuation (Node's setImmediate comes before timers; elsewhere a 0 ms timeout).
  // Called unbound (not as soon[0](…)): browsers throw "Illegal invocation" when
  // setTimeout's `this` is not the global object.
  const [schedule, unschedule] = typeof setImmediate === 'function' ? [setImmediate, clearImmediate] : [setTimeout, clearTimeout];
  const timer = schedule(startPool, 0);
  const result = { poolFailure: null };
  const workerFile = place('mlw-simd-threads.worker.js');
  // A worker that cannot start (its file missing or damaged, the engine refusing it) or
  // that throws or exits while loading leaves the pool one short; the first such failure
  // is kept in `poolFailure` for status(). Emscripten's own handler rethrows a worker's
  // error on this thread (an uncaught exception: Node's process ends, a page logs it), so
  // it is replaced once the glue has installed its handlers.
  // Workers still loading when terminate() came: ended once they have loaded or failed.
  // A browser worker ended in the middle of its importScripts() of the glue reports a
  // NetworkError from inside (logged in the page's console, an uncaught ErrorEvent in
  // Chromium) that no handler here can catch; one that has loaded ends quietly.
  const retiring = new Set();
  const retire = (worker) => {
    if (!retiring.delete(worker)) return false;
    worker.terminate();
    return true;
  };
  const failed = (worker, why) => {
    if (retire(worker)) return;
    const resolve = loading.get(worker);
    if (!resolve) return; // loaded already, or ended by terminate()
    loading.delete(worker);
    result.poolFailure ??= `a pool worker (${workerFile}) ${why}`;
    try {
      worker.terminate();
    } catch {
      // gone already
    }
    resolve(0);
  };
  // A loaded, idle pool worker that fails or exits leaves the pool: pthread_create then
  // finds one worker fewer (none: parallelFor runs its ranges inline, same results). Not
  // an error of the caller's, so nothing is thrown; status() says it through poolFailure.
  const dropLoaded = (worker, why) => {
    if (terminated) return;
    const at = module.PThread.unusedWorkers.indexOf(worker);
    if (at < 0) return;
    module.PThread.unusedWorkers.splice(at, 1);
    result.poolFailure ??= `a pool worker (${workerFile}) ${why}`;
    try {
      worker.terminate();
    } catch {
      // gone already
    }
  };
  const describe = (event) => {
    const error = event?.error ?? event;
    if (error?.message) return `${error.name ?? 'Error'}: ${error.message}`;
    if (event?.message) return event.message;
    return 'could not be loaded (missing, or not a script?)';
  };
  // A missing worker file is found before any worker is started: Deno prints a worker's
  // failure to load on stderr, and Firefox reports one as a page error, even though it is
  // handled here. Where the check itself cannot run (no fetch, a connect-src policy), the
  // workers are started and a failure is seen as their error event.
  const workerFileMissing = async () => {
    let why = null;
    if (isNode) {
      try {
        nodeBuiltin('fs').accessSync(workerFile);
      } catch (error) {
        why = `${workerFile} is missing (${error.code ?? error.message})`;
      }
    } else if (typeof fetch === 'function') {
      try {
        // A GET read to its end (the file is a few KiB, and the worker's own load then
        // comes from the cache): Chromium reports a HEAD request as aborted.
        const response = await fetch(workerFile, { credentials: 'same-origin' });
        await response.arrayBuffer();
        const type = response.headers.get('content-type') ?? '';
        // (Other failures, e.g. a server that refuses HEAD, are left to the worker itself.)
        if (response.status === 404 || response.status === 410) why = `${workerFile} is missing (HTTP ${response.status})`;
        else if (response.ok && type && !/javascript|ecmascript/i.test(type)) why = `${workerFile} is served as ${type}, not JavaScript`;
      } catch {
        // not checkable here
      }
    }
    if (why) result.poolFailure ??= `a pool worker cannot start: ${why}`;
    return why !== null;
  };
  // One worker slot of the pool: resolves 1 when a worker loaded into it, else 0. A worker
  // that neither loads nor fails within POOL_LOAD_MS (seen in Firefox ESR: a pool worker
  // started from inside a worker now and then never answers) is ended and, once, replaced;
  // so poolReady, warmUp() and settled() always resolve.
  const startWorker = (resolve, attempt) => {
    let worker;
    try {
      worker = new WorkerClass(workerFile);
    } catch (error) {
      result.poolFailure ??= `a pool worker (${workerFile}) could not be created (${error.message})`;
      resolve(0);
      return;
    }
    loading.set(worker, resolve);
    const stalled = setTimeout(() => {
      if (!loading.has(worker)) return;
      if (attempt > 0) {
        failed(worker, `did not finish loading within ${POOL_LOAD_MS / 1000} s, twice`);
        return;
      }
      loading.delete(worker);
      try {
        worker.terminate();
      } catch {
        // gone already
      }
      if (terminated) return resolve(0);
      startWorker(resolve, attempt + 1);
    }, POOL_LOAD_MS);
    stalled.unref?.();
    PThread.loadWasmModuleToWorker(worker, () => {
      if (retire(worker) || !loading.has(worker)) return; // terminate() came, it failed, or it was replaced
      clearTimeout(stalled);
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
    worker.onerror = (event) => {
      event?.preventDefault?.(); // a page: handled here, not an uncaught error
      if (retire(worker)) return;
      if (loading.has(worker)) failed(worker, `failed to start (${describe(event)})`);
      else dropLoaded(worker, `failed after loading (${describe(event)})`);
    };
    worker.on?.('exit', (code) => {
      if (loading.has(worker)) failed(worker, `exited with code ${code} before it loaded`);
      else dropLoaded(worker, `exited with code ${code}`);
    });
  };
  const poolReady = started.then(async () => (terminated || await workerFileMissing() || terminated ? [] : Promise.all(
    Array.from({ length: poolSize }, () => new Promise((resolve) => startWorker(resolve, 0))),
  ))).then((loaded) => loaded.reduce((a, b) => a + b, 0));
  return Object.assign(result, {
    module,
    memory,
    maxBytes: maxMemoryPages * PAGE_BYTES,
    poolSize,
    poolReady,
    terminate() {
      if (terminated) return;
      terminated = true;
      unschedule(timer);
      startPool(); // with no workers: poolReady resolves to 0
      for (const [worker, resolve] of loading) {
        retiring.add(worker);
        resolve(0);
      }
      loading.clear();
      // A worker that neither loads nor fails is ended anyway, a little later.
      if (retiring.size) {
        const later = setTimeout(() => [...retiring].forEach(retire), 2000);
        later.unref?.();
      }
      PThread.terminateAllThreads();
    },
  });
}
