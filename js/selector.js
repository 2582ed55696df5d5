// BackendSelector: the detection flow (DESIGN.md), per-call routing, reports and stats.
import { WorkerPool } from './async.js';
import { BACKENDS, resolveConfig } from './config.js';
import { WasmUnavailableError, MultilingualWasmError } from './errors.js';
import { engineName } from './environment.js';
import { detectFeatures, hardwareConcurrency, threadsUnavailableReason } from './features.js';
import { LoadFailure, compileWasm, instantiateThreadsWasm, instantiateWasm, wasmLocation } from './loader.js';
import { configureInstance, decide, thresholdsOf } from './policy.js';
import { VARIANT_FILES, threadsFilesFindable } from './locate.js';
import { describeOperations, resolveOperation } from './registry/index.js';

const now = typeof performance === 'object' ? () => performance.now() : () => Date.now();

/** `threads: 'auto'` uses the cores, at most this many (more rarely pays on one call). */
export const AUTO_THREADS_CAP = 4;

/** The thread count the `threads` option asks for here (1 = no threads build). */
export function requestedThreads(option) {
  if (option === false) return 1;
  if (option === 'auto') return Math.max(1, Math.min(hardwareConcurrency(), AUTO_THREADS_CAP));
  return option;
}

/** Build variants in order of preference, with what each needs from the engine. */
const VARIANTS = [
  {
    name: 'simd-threads',
    needs: (f, c) => f.mvp && c.simd && f.simd && requestedThreads(c.threads) > 1 && threadsUnavailableReason(f) === null,
  },
  { name: 'simd', needs: (f, c) => f.mvp && c.simd && f.simd },
  { name: 'baseline', needs: (f) => f.mvp },
].filter((v) => v.name in VARIANT_FILES);

/** The reason of a call routed by thresholds.json, formatted on demand. */
class ThresholdReason {
  constructor(wasm, size, min, path) {
    this.wasm = wasm;
    this.size = size;
    this.min = min;
    this.path = path;
  }

  toString() {
    return this.wasm
      ? `auto: size ${this.size} >= ${this.min}, ${this.path}`
      : `below-threshold: size ${this.size} < ${this.min} (thresholds.json)`;
  }
}

export class BackendSelector {
  /** Create a selector and start loading; `await selector.ready` before relying on WASM. */
  constructor(config = {}) {
    const { config: resolved, sources } = resolveConfig(config);
    this.config = resolved;
    this.configSources = sources;
    this._instance = null;
    this._variant = null;
    this._reason = 'loading';
    this._loadMs = null;
    this._features = null;
    this._stats = new Map();
    this._lastReport = null;
    this._peakBytes = 0;
    this._disposed = false;
    this._threads = { requested: this.config.threads, poolSize: 0, reason: null };
    /** Resolves (never rejects) when the detection flow has decided the backend. */
    this.ready = this._detect().then(() => this);
  }

  /** `new BackendSelector(config)` and wait until it is ready. */
  static async create(config) {
    return new BackendSelector(config).ready;
  }

  /** 'wasm' when calls can run on WebAssembly, else 'js'. */
  get backend() {
    return this._instance ? BACKENDS.WASM : BACKENDS.JS;
  }

  /** True once a WASM instance is loaded and usable. */
  isWasmAvailable() {
    return this._instance !== null;
  }

  async _detect() {
    const requested = this.config.preferBackend;
    if (requested === BACKENDS.JS) {
      this._reason = `preferBackend: js (${this.configSources.preferBackend ?? 'default'})`;
      return;
    }
    const started = now();
    // Step 1: WebAssembly present?
    const features = detectFeatures();
    this._features = features;
    if (!features.webassembly) {
      this._reason = 'no-webassembly';
      return;
    }
    // Step 3 (decided before reading, since it picks which file to read): the best
    // variant this engine and the config allow.
    const usable = VARIANTS.filter((v) => v.needs(features, this.config));
    if (usable.length === 0) {
      this._reason = `unsupported-platform: no build variant runs here (features: ${JSON.stringify(features)})`;
      return;
    }
    this._threads.reason = this._whyNoThreads(features, usable[0].name);
    for (const [i, { name: variant }] of usable.entries()) {
      try {
        // Steps 2 and 4: read + compile (cached), then instantiate.
        const location = wasmLocation(variant, this.config.wasmUrl);
        // Bundled apps: not even a request for glue that is not there (a 404 and a MIME
        // error in the console); simd it is, and status() says why.
        if (variant === 'simd-threads' && this.config.wasmUrl == null && !threadsFilesFindable(location)) {
          this._threads.reason = `simd-threads: its glue and worker cannot be found beside ${location} (renamed by a bundler?); serve the package's dist/wasm/ folder and set wasmUrl to it`;
          continue;
        }
        const instance = await this._load(variant, location);
        if (this._disposed) {
          instance.terminate();
          return;
        }
        this._instance = instance;
        this._variant = variant;
        this._location = location;
        this._loadMs = now() - started;
        this._reason = `wasm: variant ${variant}`;
        return;
      } catch (error) {
        this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message ?? error}`;
        // The threads build failing is no reason to give up WASM: record why, try simd.
        if (variant !== 'simd-threads' || i + 1 === usable.length) return;
        this._threads.reason = `simd-threads failed to load (${this._reason})`;
      }
    }
  }

  /** Read, compile (cached) and instantiate one variant, then configure its policy. */
  async _load(variant, location) {
    // Not awaited here: the loader prepares the glue while the engine compiles.
    const compiling = compileWasm(location, { cache: this.config.cache });
    const threads = variant === 'simd-threads' ? requestedThreads(this.config.threads) : 1;
    // The caller runs one range of each parallelFor, so threads - 1 workers.
    const instance = variant === 'simd-threads'
      ? await instantiateThreadsWasm(compiling, location, { ...this.config, poolSize: threads - 1 })
      : await instantiateWasm(compiling, this.config);
    // Threads are granted once their workers are loaded (see loader.js); until then, one.
    configureInstance(instance, 1);
    this._threads.poolSize = instance.poolSize;
    if (instance.poolSize === 0) {
      instance.poolReady = Promise.resolve(instance.threads); // nothing more to grant, ever
      return instance;
    }
    // Not on an instance that was retired meanwhile (a trap, dispose): it may be broken,
    // and nobody awaits this promise to see a failure.
    const terminate = instance.terminate;
    instance.terminate = () => {
      instance.retired = true;
      terminate.call(instance);
    };
    instance.poolReady = instance.poolReady
      .then((workers) => (instance.retired ? 1 : configureInstance(instance, workers + 1)))
      .catch(() => 1);
    return instance;
  }

  /** Why the threads build is not the choice, or null when it is. */
  _whyNoThreads(features, chosen) {
    if (chosen === 'simd-threads') return null;
    if (this.config.threads === false) return 'threads: false';
    if (!this.config.simd) return 'the threads build needs simd: true';
    if (requestedThreads(this.config.threads) <= 1) return `threads: ${this.config.threads} gives 1 thread here`;
    return threadsUnavailableReason(features) ?? 'not available';
  }

  /** What was decided and why, the features seen, and heap use. */
  status() {
    const inst = this._instance;
    const inUse = inst ? inst.module.heap_in_use() : 0;
    // heap_peak is malloc's own high-water mark (it sees scratch freed inside a call).
    this._peakBytes = Math.max(this._peakBytes, inUse, inst?.module.heap_peak ? inst.module.heap_peak() : 0);
    return {
      backend: this.backend,
      requested: this.config.preferBackend,
      reason: this._reason,
      variant: this._variant,
      features: this._features ?? detectFeatures(),
      moduleLoaded: inst !== null,
      loadMs: this._loadMs,
      threads: { ...this._threads, granted: inst ? inst.threads : 1 },
      wasmUrl: this._location ?? null,
      engine: engineName(),
      memory: {
        bytes: inUse,
        peakBytes: this._peakBytes,
        heapBytes: inst ? inst.memory.buffer.byteLength : 0,
        maxBytes: inst ? inst.maxBytes : this.config.maxMemoryPages * 65536,
      },
      config: { ...this.config },
    };
  }

  /** Every operation: canonical name, aliases, signature, whether a WASM kernel exists. */
  listOperations() {
    return describeOperations();
  }

  /** Which backend answered the last call, and why. */
  lastCallReport() {
    if (!this._lastReport) return null;
    const { reason } = this._lastReport;
    return { ...this._lastReport, reason: typeof reason === 'string' ? reason : reason.toString() };
  }

  /** Decide where a validated call runs: [backend, reason]. */
  _route(row, input) {
    const requested = this.config.preferBackend;
    if (typeof row.wasm !== 'function') return [BACKENDS.JS, 'js-only: the operation takes JS callbacks'];
    if (requested === BACKENDS.JS) return [BACKENDS.JS, 'preferBackend: js'];
    if (!this._instance) {
      if (requested === BACKENDS.WASM) throw new WasmUnavailableError(this._reason);
      return [BACKENDS.JS, this._reason === 'loading' ? 'not-ready: WASM still loading' : `fallback: ${this._reason}`];
    }
    if (requested === BACKENDS.WASM) return [BACKENDS.WASM, 'preferBackend: wasm'];
    // thresholds.json, as handed to this instance's policy: below wasmMinSize the call is
    // answered by JS without crossing into WASM at all. From threadsMinSize on, the C++
    // policy is asked, only to say in the report how the kernel will run.
    const t = thresholdsOf(this._instance, row.name);
    if (t === undefined) return [BACKENDS.WASM, 'auto'];
    const size = row.size(input);
    // The reasons of these two frequent outcomes are formatted only when someone reads
    // lastCallReport(): on a 1 µs call, building the string costs a measurable share.
    if (!(size >= t.wasmMinSize)) return [BACKENDS.JS, new ThresholdReason(false, size, t.wasmMinSize, null)];
    if (!(t.threadsMinSize >= 0 && size >= t.threadsMinSize)) {
      return [BACKENDS.WASM, new ThresholdReason(true, size, t.wasmMinSize, this._variant === 'baseline' ? 'scalar' : 'simd')];
    }
    const d = decide(this._instance, row.name, size);
    return [BACKENDS.WASM, `auto: size ${size} >= ${t.wasmMinSize}, ${d.path}${d.threads > 1 ? ` on ${d.threads} threads` : ''}`];
  }

  /** Run an operation synchronously on the best backend; see lastCallReport(). */
  callFunction(name, ...args) {
    const row = resolveOperation(name);
    const input = row.validate(args);
    let backend;
    let reason;
    try {
      [backend, reason] = this._route(row, input);
    } catch (error) {
      if (error instanceof MultilingualWasmError) throw error;
      // The policy lives in the instance too: a trap there is a trap like any other.
      this._rebuildInstance();
      [backend, reason] = [BACKENDS.JS, `wasm-trap: ${error?.message ?? error} (policy); answered by JS`];
    }
    const started = now();
    let result;
    if (backend === BACKENDS.WASM) {
      try {
        result = row.wasm(this._instance, input);
      } catch (error) {
        if (error instanceof MultilingualWasmError && !(error.name === 'WasmMemoryError')) throw error;
        // A trap, an internal error or a heap that cannot grow: answer with JS, say so,
        // and for a trap start from a fresh instance (a trap can stop the module mid-update
        // of its stack pointer or heap, so the old instance is never used again, whichever
        // backend was asked for).
        const what = error?.name === 'WasmMemoryError' ? 'wasm-memory' : 'wasm-trap';
        if (what === 'wasm-trap') this._rebuildInstance();
        if (this.config.preferBackend === BACKENDS.WASM) {
          if (what === 'wasm-memory') throw error;
          throw new MultilingualWasmError(
            `${row.name}: the WebAssembly kernel failed (${error?.name ?? 'Error'}: ${error?.message ?? error}) and gave no answer; ` +
              `the instance is being rebuilt (await selector.ready), or use preferBackend 'auto' to have JS answer instead`,
            { cause: error },
          );
        }
        backend = BACKENDS.JS;
        reason = `${what}: ${error?.message ?? error}; answered by JS`;
        result = row.js(input);
      }
    } else {
      result = row.js(input);
    }
    const ms = now() - started;
    this._record(row.name, backend, ms);
    // (No heap reading here: status() reads malloc's own high-water mark, heap_peak, and a
    // per-call crossing would cost more than a small JS-routed call itself.)
    this._lastReport = { operation: row.name, backend, reason, variant: backend === BACKENDS.WASM ? this._variant : null, ms };
    return result;
  }

  _rebuildInstance() {
    const broken = this._instance;
    this._instance = null;
    this._reason = 'rebuilding: the previous instance trapped';
    this.ready = this._load(this._variant, this._location)
      .then((instance) => {
        if (this._disposed) instance.terminate();
        else {
          this._instance = instance;
          this._reason = `wasm: variant ${this._variant} (rebuilt after a trap)`;
        }
      })
      .catch((error) => {
        this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message}`;
      })
      .then(() => this);
    broken?.terminate();
  }

  _record(name, backend, ms) {
    let entry = this._stats.get(name);
    if (!entry) {
      entry = { calls: 0, totalMs: 0, byBackend: {} };
      this._stats.set(name, entry);
    }
    entry.calls++;
    entry.totalMs += ms;
    const b = (entry.byBackend[backend] ??= { calls: 0, totalMs: 0 });
    b.calls++;
    b.totalMs += ms;
  }

  /** Calls, total and mean milliseconds per operation (or for one), split by backend. */
  performanceStats(name) {
    const view = (entry) => ({
      calls: entry.calls,
      totalMs: entry.totalMs,
      meanMs: entry.calls ? entry.totalMs / entry.calls : 0,
      byBackend: Object.fromEntries(
        Object.entries(entry.byBackend).map(([k, v]) => [k, { calls: v.calls, totalMs: v.totalMs, meanMs: v.totalMs / v.calls }]),
      ),
    });
    if (name !== undefined) {
      const row = resolveOperation(name);
      const entry = this._stats.get(row.name);
      return entry ? view(entry) : { calls: 0, totalMs: 0, meanMs: 0, byBackend: {} };
    }
    return Object.fromEntries([...this._stats].map(([k, v]) => [k, view(v)]));
  }

  /** Clear performanceStats(). */
  resetStats() {
    this._stats.clear();
  }

  /**
   * Load the module and run each named operation (default: all with a WASM kernel) once
   * on a tiny input, so the first real call pays no start-up cost. Also waits for the
   * threads build's worker pool, which loads after `ready`.
   */
  async warmUp(names) {
    await this.ready;
    await this._instance?.poolReady;
    const rows = (names ?? describeOperations().filter((op) => op.wasm).map((op) => op.name)).map(resolveOperation);
    for (const row of rows) {
      if (row.sample) this.callFunction(row.name, ...row.sample());
    }
    return this;
  }

  /**
   * Run an operation in a worker; resolves to what callFunction would return. The first
   * argument may be { name, timeoutMs } to set a time limit for this call. Rules (pool,
   * time limits, cloning, JS-only operations): js/async.js.
   */
  callAsync(nameOrOptions, ...args) {
    if (this._disposed) return Promise.reject(new MultilingualWasmError('callAsync: the selector was disposed'));
    this._pool ??= new WorkerPool(this.config, (report) => {
      this._record(report.operation, report.backend, report.ms);
      this._lastReport = report;
    });
    return this._pool.call(nameOrOptions, args);
  }

  /** Release the WASM instance (and any workers). The selector answers on JS afterwards. */
  dispose() {
    this._pool?.dispose();
    this._pool = null;
    this._disposed = true;
    this._instance?.terminate();
    this._instance = null;
    this._reason = 'disposed';
  }
}
