// BackendSelector: the detection flow (DESIGN.md), per-call routing, reports and stats.
import { WorkerPool } from './async.js';
import { BACKENDS, resolveConfig } from './config.js';
import { CallerError, WasmUnavailableError, MultilingualWasmError } from './errors.js';
import { engineName } from './environment.js';
import { detectFeatures, hardwareConcurrency, threadsUnavailableReason } from './features.js';
import { LoadFailure, compileWasm, identifyWasm, instantiateThreadsWasm, instantiateWasm, namesOneFile, wasmLocation } from './loader.js';
import { InstancePolicy } from './policy.js';
import { calibrate } from './calibrate.js';
import { ThresholdSet } from './thresholds.js';
import { describe } from './boundary.js';
import { profileKernels } from './profile.js';
import { VARIANT_FILES, threadsFilesFindable } from './locate.js';
import { OPERATION_COUNT, allPlans, describeOperations, resolveOperation, resolvePlan } from './registry/index.js';

const now = typeof performance === 'object' ? () => performance.now() : () => Date.now();

/** status().threads.reason while simd serves and the threads build boots its workers. */
const THREADS_LOADING = 'loading: simd answers until the simd-threads workers are up (await warmUp() to wait for them)';

/** `threads: 'auto'` uses the cores, at most this many (more rarely pays on one call). */
export const AUTO_THREADS_CAP = 4;

/** The thread count the `threads` option asks for here (1 = no threads build). */
export function requestedThreads(option) {
  if (option === false) return 1;
  if (option === 'auto') return Math.max(1, Math.min(hardwareConcurrency(), AUTO_THREADS_CAP));
  return option;
}

/**
 * At most this many selectors in one process / page run the simd-threads build at once:
 * each has its own pool of worker threads (its own OS threads in Node) and its own
 * shared Memory. Further selectors stay on simd and status().threads.reason says why.
 */
export const MAX_THREADS_INSTANCES = 2;
let threadsInstances = 0; // selectors holding one of those places

/** status().threads.reason of a selector that found every place taken. */
const THREADS_TAKEN =
  `simd-threads: ${MAX_THREADS_INSTANCES} selectors in this process already run a threads pool (at most ${MAX_THREADS_INSTANCES}: each is a set of worker threads); ` +
  'this one answers on simd. Share one selector (e.g. the package-level MatrixOperations… helpers or one BackendSelector passed around) or dispose() selectors no longer used';

/** Build variants in order of preference, with what each needs from the engine. */
const VARIANTS = [
  {
    name: 'simd-threads',
    needs: (f, c) => f.mvp && c.simd && f.simd && requestedThreads(c.threads) > 1 && threadsUnavailableReason(f) === null,
  },
  { name: 'simd', needs: (f, c) => f.mvp && c.simd && f.simd },
  { name: 'baseline', needs: (f) => f.mvp },
].filter((v) => v.name in VARIANT_FILES);

const JS_ONLY = 'js-only: the operation takes JS callbacks';
/** WasmUnavailableError's reason for preferBackend 'wasm' before `ready`. */
const NOT_READY =
  "loading: the module is not ready yet; await selector.ready (or create the selector with await BackendSelector.create(config)) before calling with preferBackend 'wasm'";

/**
 * The last synchronous call, kept as fields rewritten in place (no object per call);
 * lastCallReport() builds the report from it. A call routed by thresholds.json has
 * `reason` null and its reason formatted on demand from size/min/path: on a 1 µs call,
 * building that string every time costs a measurable share.
 */
class CallRecord {
  constructor() {
    this.plan = null;
    this.backend = null;
    this.reason = null;
    this.size = 0;
    this.min = 0;
    this.path = null;
    this.variant = null;
    this.ms = 0;
    this.kernelMs = -1;
    this.asyncReport = null; // the last callAsync's report, when that came last
    this.error = null; // the call threw: { name, message }
    this.operation = null; // the name asked for, when it resolved to no operation
    this.thresholds = null; // the selector's ThresholdSet (its `source` words the reason)
  }

  /** Start recording a call (fields that a throwing call might not reach). */
  reset() {
    this.asyncReport = null;
    this.error = null;
    this.plan = null;
    this.backend = null;
    this.variant = null;
    this.kernelMs = -1;
  }

  /** The call of `name` threw `error`: the report says so (what was tried, and why it failed). */
  failed(name, error) {
    this.asyncReport = null;
    if (this.plan === null) this.operation = typeof name === 'string' ? name : describe(name);
    // What was thrown may be anything the caller's code threw (a Proxy, an object whose
    // `name` getter throws): read it without letting that replace the error itself.
    let errorName = 'Error';
    let message = '';
    try {
      errorName = String(error?.name ?? 'Error');
      message = String(error?.message ?? error);
    } catch {
      message = `a thrown ${describe(error)}`;
    }
    this.error = { name: errorName, message };
    this.reason = `threw ${this.error.name}: ${this.error.message}`;
    this.ms = 0;
  }

  report() {
    if (this.asyncReport) return { ...this.asyncReport };
    if (this.error !== null) {
      const backend = this.backend; // null: it threw before a backend was chosen (validation)
      return {
        operation: this.plan?.name ?? this.operation,
        backend,
        reason: this.reason,
        variant: backend === BACKENDS.WASM ? this.variant : null,
        ms: this.ms,
        error: { ...this.error },
      };
    }
    if (this.plan === null) return null;
    let reason = this.reason;
    if (reason === null) {
      reason = this.backend === BACKENDS.WASM
        ? `auto: size ${this.size} >= ${this.min}, ${this.path}`
        : `below-threshold: size ${this.size} < ${this.min} (${this.thresholds.source})`;
    }
    const report = { operation: this.plan.name, backend: this.backend, reason, variant: this.variant, ms: this.ms };
    if (this.kernelMs >= 0) report.kernelMs = this.kernelMs;
    return report;
  }
}

/** performanceStats' counters of one operation (fixed fields: updated on every call). */
class OperationStats {
  constructor() {
    this.calls = 0;
    this.totalMs = 0;
    this.jsCalls = 0;
    this.jsMs = 0;
    this.wasmCalls = 0;
    this.wasmMs = 0;
  }

  add(wasm, ms) {
    this.calls++;
    this.totalMs += ms;
    if (wasm) {
      this.wasmCalls++;
      this.wasmMs += ms;
    } else {
      this.jsCalls++;
      this.jsMs += ms;
    }
  }

  view() {
    const byBackend = {};
    if (this.wasmCalls) byBackend.wasm = { calls: this.wasmCalls, totalMs: this.wasmMs, meanMs: this.wasmMs / this.wasmCalls };
    if (this.jsCalls) byBackend.js = { calls: this.jsCalls, totalMs: this.jsMs, meanMs: this.jsMs / this.jsCalls };
    return { calls: this.calls, totalMs: this.totalMs, meanMs: this.calls ? this.totalMs / this.calls : 0, byBackend };
  }
}

export class BackendSelector {
  /** Create a selector and start loading; `await selector.ready` before relying on WASM. */
  constructor(config = {}) {
    const { config: resolved, sources } = resolveConfig(config);
    this.config = resolved;
    this.configSources = sources;
    this._instance = null;
    this._policy = null; // the serving instance's InstancePolicy (js/policy.js)
    this._policies = new WeakMap(); // instance -> its InstancePolicy
    this._granted = new WeakMap(); // instance -> promise of the threads granted once its pool is up
    this._retired = new WeakSet(); // instances ended by this selector
    this._variant = null;
    this._reason = 'loading';
    this._loadMs = null;
    this._features = null;
    this._stats = new Array(OPERATION_COUNT).fill(null); // by CallPlan.id
    this._last = new CallRecord();
    // The engine's shipped thresholds with the `thresholds` option over them (js/thresholds.js).
    this._thresholds = new ThresholdSet(this.config.thresholds);
    this._last.thresholds = this._thresholds;
    this._peakBytes = 0;
    this._disposed = false;
    this._threads = { requested: this.config.threads, poolSize: 0, reason: null };
    this._upgrade = null; // simd -> simd-threads in the background (see _detect)
    this._pendingThreads = null; // that threads instance while its workers boot
    this._threadsPlace = false; // holds one of the MAX_THREADS_INSTANCES places
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
    let usable = VARIANTS.filter((v) => v.needs(features, this.config));
    // wasmUrl naming one .wasm file: that file is the only candidate, as the variant it is.
    const oneFile = namesOneFile(this.config.wasmUrl);
    let named = null;
    let oneFileCompiling; // compiled once, also with cache: false
    if (oneFile) {
      try {
        oneFileCompiling = compileWasm(String(this.config.wasmUrl), { cache: this.config.cache });
        named = await identifyWasm(oneFileCompiling, String(this.config.wasmUrl));
      } catch (error) {
        this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message ?? error}`;
        this._threads.reason = 'wasmUrl names one file, which did not load';
        return;
      }
      if (this._disposed) return;
      usable = usable.filter((v) => v.name === named.variant);
      if (usable.length === 0) {
        const why = named.variant === 'simd-threads' ? this._whyNoThreads(features, null) : this.config.simd ? 'no SIMD in this engine' : 'simd: false';
        this._reason = `unsupported-platform: wasmUrl names the ${named.variant} build (by ${named.how}), which cannot run here with this config (${why}; features: ${JSON.stringify(features)})`;
        return;
      }
    }
    if (usable.length === 0) {
      this._reason = `unsupported-platform: no build variant runs here (features: ${JSON.stringify(features)})`;
      return;
    }
    this._threads.reason = named && named.variant !== 'simd-threads'
      ? `wasmUrl names one file, the ${named.variant} build (by ${named.how}): no threads build to load`
      : this._whyNoThreads(features, usable[0].name);
    // simd-threads comes second: simd serves from `ready` on (its glue is lighter, so it is
    // ready sooner, and until the threads build's workers have booted that build would run
    // on one thread anyway, with slower copies into shared memory); the threads instance
    // takes over once its pool is up (see _upgradeToThreads; warmUp() waits for it).
    // (Not when wasmUrl names one .wasm file: that file is the only variant, see above.)
    let upgradeTo = null;
    if (usable[0].name === 'simd-threads' && usable[1]?.name === 'simd' && !oneFile) {
      const location = wasmLocation('simd-threads', this.config.wasmUrl);
      // Bundled apps: not even a request for glue that is not there (a 404 and a MIME
      // error in the console); simd it is, and status() says why.
      if (this.config.wasmUrl == null && !threadsFilesFindable(location)) {
        this._threads.reason = `simd-threads: its glue and worker cannot be found beside ${location} (renamed by a bundler?); serve the package's dist/wasm/ folder and set wasmUrl to it`;
      } else if (!this._takeThreadsPlace()) {
        this._threads.reason = THREADS_TAKEN;
      } else {
        upgradeTo = location;
        this._threads.reason = THREADS_LOADING;
      }
      usable.shift();
    }
    for (const [i, { name: variant }] of usable.entries()) {
      if (variant === 'simd-threads' && i + 1 < usable.length && !this._takeThreadsPlace()) {
        this._threads.reason = THREADS_TAKEN;
        continue;
      }
      try {
        // Steps 2 and 4: read + compile (cached), then instantiate.
        const location = wasmLocation(variant, this.config.wasmUrl);
        const instance = await this._load(variant, location, { compiling: oneFileCompiling });
        if (this._disposed) {
          this._retire(instance);
          return;
        }
        this._serve(instance);
        this._variant = variant;
        this._location = location;
        this._loadMs = now() - started;
        this._reason = `wasm: variant ${variant}`;
        if (upgradeTo !== null) this._upgrade = this._upgradeToThreads(upgradeTo, instance);
        return;
      } catch (error) {
        this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message ?? error}`;
        if (upgradeTo !== null) this._threads.reason = 'simd-threads not loaded: the simd build it follows did not load';
        if (variant === 'simd-threads' || upgradeTo !== null) this._releaseThreadsPlace();
        // The threads build failing is no reason to give up WASM: record why, try simd.
        if (variant !== 'simd-threads' || i + 1 === usable.length) return;
        this._threads.reason = `simd-threads failed to load (${this._reason})`;
      }
    }
  }

  /**
   * Load simd-threads beside the serving simd instance and swap it in once its workers are
   * up. Never rejects: a failure leaves simd serving and says why in status().threads.
   * Not installed if the simd instance was replaced meanwhile (a trap rebuilt it, or
   * dispose()).
   */
  async _upgradeToThreads(location, serving) {
    let instance = null;
    // A task later: loading starts with synchronous work (the threads glue, the file read)
    // that would otherwise delay `ready` itself.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this._disposed) return this._releaseThreadsPlace();
    try {
      instance = await this._load('simd-threads', location, { keepPoolSize: true });
      this._pendingThreads = instance; // dispose() ends it at once
      if (this._disposed) this._retire(instance);
      const threads = await this._granted.get(instance);
      this._pendingThreads = null;
      if (this._disposed || this._instance !== serving) {
        this._retire(instance);
        if (!this._disposed) this._threads.reason = 'simd-threads not installed: the simd instance was rebuilt meanwhile';
        this._releaseThreadsPlace();
        return;
      }
      if (!(threads > 1)) {
        this._retire(instance);
        this._threads.reason = `simd-threads: its workers did not start (${instance.poolFailure ?? 'none loaded'}); simd answers`;
        this._releaseThreadsPlace();
        return;
      }
      this._serve(instance);
      this._variant = 'simd-threads';
      this._location = location;
      this._threads.poolSize = instance.poolSize;
      this._threads.reason = instance.poolFailure ? `fewer threads than asked: ${instance.poolFailure}` : null;
      this._reason = 'wasm: variant simd-threads';
      this._retire(serving);
    } catch (error) {
      this._pendingThreads = null;
      if (instance) this._retire(instance);
      const why = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message ?? error}`;
      if (!this._disposed) this._threads.reason = `simd-threads failed to load (${why})`;
      this._releaseThreadsPlace();
    }
  }

  /** Take one of the process's MAX_THREADS_INSTANCES places; false when none is free. */
  _takeThreadsPlace() {
    if (this._threadsPlace) return true;
    if (threadsInstances >= MAX_THREADS_INSTANCES) return false;
    threadsInstances++;
    this._threadsPlace = true;
    return true;
  }

  _releaseThreadsPlace() {
    if (!this._threadsPlace) return;
    this._threadsPlace = false;
    threadsInstances--;
  }

  /** Read, compile (cached) and instantiate one variant, then configure its policy. */
  async _load(variant, location, { keepPoolSize = false, compiling = compileWasm(location, { cache: this.config.cache }) } = {}) {
    // `compiling` is not awaited here: the loader prepares the glue while the engine compiles.
    const threads = variant === 'simd-threads' ? requestedThreads(this.config.threads) : 1;
    // The caller runs one range of each parallelFor, so threads - 1 workers.
    const instance = variant === 'simd-threads'
      ? await instantiateThreadsWasm(compiling, location, { ...this.config, poolSize: threads - 1 })
      : await instantiateWasm(compiling, this.config);
    if (this.config.profileKernels) profileKernels(instance);
    // The instance's policy, kept by the selector beside the instance (nothing is written
    // onto the loader's object). Threads are granted once their workers are loaded (see
    // loader.js); until then, one.
    const policy = new InstancePolicy(instance.module, this._thresholds.rows);
    policy.configure(1);
    this._policies.set(instance, policy);
    // (An upgrade in the background says its pool size when it takes over.)
    if (!keepPoolSize) this._threads.poolSize = instance.poolSize;
    if (instance.poolSize === 0) {
      this._granted.set(instance, Promise.resolve(policy.granted)); // nothing more to grant, ever
      return instance;
    }
    // Not on an instance that was retired meanwhile (a trap, dispose): it may be broken,
    // and nobody awaits this promise to see a failure.
    this._granted.set(
      instance,
      instance.poolReady
        .then((workers) => {
          if (this._retired.has(instance)) return 1;
          // Serving already (wasmUrl naming the threads file): say why threads are missing.
          if (instance.poolFailure && this._instance === instance) this._threads.reason = `fewer threads than asked: ${instance.poolFailure}`;
          return policy.configure(workers + 1);
        })
        .catch(() => 1),
    );
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
      threads: { ...this._threads, granted: inst ? this._policy.granted : 1 },
      wasmUrl: this._location ?? null,
      engine: engineName(),
      thresholds: this._thresholds.label,
      calibration: this._thresholds.calibration,
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
    return this._last.report();
  }

  /**
   * Run an operation synchronously on the best backend; see lastCallReport(). The route
   * is decided inline (DESIGN.md's order: JS-only, preferBackend js, no instance,
   * preferBackend wasm, then thresholds.json): this is the per-call path of calls that
   * may take a microsecond, so it allocates nothing of its own but the argument list.
   */
  callFunction(name, ...args) {
    try {
      return this._call(name, args);
    } catch (error) {
      // lastCallReport() describes this call, also when it threw.
      this._last.failed(name, error);
      throw error;
    }
  }

  _call(name, args) {
    const last = this._last;
    last.reset();
    const plan = resolvePlan(name);
    last.plan = plan;
    const input = plan.validate(args);
    const requested = this.config.preferBackend;
    const inst = this._instance;
    let wasm = false;
    let reason = null; // null: routed by thresholds.json, see CallRecord
    let size = 0;
    let min = 0;
    let path = null;
    let threads = 1;
    if (plan.wasm === null) reason = JS_ONLY;
    else if (requested === BACKENDS.JS) reason = 'preferBackend: js';
    else if (inst === null) {
      if (requested === BACKENDS.WASM) {
        last.backend = BACKENDS.WASM;
        throw new WasmUnavailableError(this._reason === 'loading' ? NOT_READY : this._reason);
      }
      reason = this._reason === 'loading' ? 'not-ready: WASM still loading' : `fallback: ${this._reason}`;
    } else {
      // One decision per call, made by the instance's C++ policy (js/policy.js): the
      // numbers it handed out settle small calls without a crossing (below wasmMinSize:
      // JS; below threadsFrom: WASM on one thread); from threadsFrom on, C++ is asked once
      // and the kernel runs on the threads it grants. preferBackend 'wasm' overrides only
      // the route.
      const policy = this._policy;
      const id = plan.id;
      size = plan.size === null ? 0 : plan.size(input);
      min = policy.wasmMinSize[id];
      const forced = requested === BACKENDS.WASM;
      if (forced) reason = 'preferBackend: wasm';
      else if (policy.hasRow[id] === 0) reason = 'auto';
      if (size < min && !forced) {
        // below-threshold: answered by JS without crossing into WASM at all
      } else if (size < policy.threadsFrom[id]) {
        wasm = true;
        path = policy.singlePath;
      } else {
        try {
          const d = policy.decide(id, size);
          wasm = true;
          threads = d.threads;
          path = d.path;
          if (reason === null) reason = `auto: size ${size} >= ${min}, ${d.path}${d.threads > 1 ? ` on ${d.threads} threads` : ''}`;
        } catch (error) {
          // The policy lives in the instance too: a trap there is a trap like any other.
          this._rebuildInstance();
          if (forced) throw error;
          reason = `wasm-trap: ${error?.message ?? error} (policy); answered by JS`;
        }
      }
    }
    last.backend = wasm ? BACKENDS.WASM : BACKENDS.JS;
    last.variant = wasm ? this._variant : null;
    const started = now();
    let result;
    const instance = this._instance;
    if (wasm) {
      if (this.config.profileKernels) instance.kernelMs = 0;
      try {
        result = plan.wasm(instance, input, threads);
      } catch (error) {
        // The caller's own code (a getter, toJSON) threw while the input was prepared.
        if (error instanceof CallerError) throw error.cause;
        // Only a failure of the WebAssembly side itself is a trap: errors of this package
        // (validation, WasmMemoryError) are answers, not faults.
        if (error instanceof MultilingualWasmError && !(error.name === 'WasmMemoryError')) throw error;
        // A trap, an internal error or a heap that cannot grow: answer with JS, say so,
        // and for a trap start from a fresh instance (a trap can stop the module mid-update
        // of its stack pointer or heap, so the old instance is never used again, whichever
        // backend was asked for).
        const what = error?.name === 'WasmMemoryError' ? 'wasm-memory' : 'wasm-trap';
        if (what === 'wasm-trap') this._rebuildInstance();
        if (requested === BACKENDS.WASM) {
          if (what === 'wasm-memory') throw error;
          throw new MultilingualWasmError(
            `${plan.name}: the WebAssembly kernel failed (${error?.name ?? 'Error'}: ${error?.message ?? error}) and gave no answer; ` +
              `the instance is being rebuilt (await selector.ready), or use preferBackend 'auto' to have JS answer instead`,
            { cause: error },
          );
        }
        wasm = false;
        last.backend = BACKENDS.JS;
        reason = `${what}: ${error?.message ?? error}; answered by JS`;
        result = plan.js(input);
      }
    } else {
      result = plan.js(input);
    }
    const ms = now() - started;
    (this._stats[plan.id] ??= new OperationStats()).add(wasm, ms);
    // (No heap reading here: status() reads malloc's own high-water mark, heap_peak, and a
    // per-call crossing would cost more than a small JS-routed call itself.)
    last.reason = reason;
    last.size = size;
    last.min = min;
    last.path = path;
    last.variant = wasm ? this._variant : null;
    last.ms = ms;
    // profileKernels: the kernels' share of a WASM call (js/profile.js); -1 = not measured.
    last.kernelMs = wasm && this.config.profileKernels ? instance.kernelMs : -1;
    return result;
  }

  _rebuildInstance() {
    const broken = this._instance;
    this._instance = null;
    this._policy = null;
    this._reason = 'rebuilding: the previous instance trapped';
    this.ready = this._load(this._variant, this._location)
      .then((instance) => {
        if (this._disposed) this._retire(instance);
        else {
          this._serve(instance);
          this._reason = `wasm: variant ${this._variant} (rebuilt after a trap)`;
        }
      })
      .catch((error) => {
        this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message}`;
      })
      .then(() => this);
    if (broken) this._retire(broken);
  }

  /** Make `instance` the one that answers (with its policy). */
  _serve(instance) {
    this._instance = instance;
    this._policy = this._policies.get(instance);
  }

  /** End an instance for good (a trap, a replacement, dispose). */
  _retire(instance) {
    this._retired.add(instance);
    instance.terminate();
  }

  /** Calls, total and mean milliseconds per operation (or for one), split by backend. */
  performanceStats(name) {
    if (name !== undefined) {
      const entry = this._stats[resolvePlan(name).id];
      return entry ? entry.view() : { calls: 0, totalMs: 0, meanMs: 0, byBackend: {} };
    }
    const all = {};
    for (const plan of allPlans()) {
      const entry = this._stats[plan.id];
      if (entry) all[plan.name] = entry.view();
    }
    return all;
  }

  /**
   * Start a new heap high-water mark (status().memory.peakBytes) from what is in use now:
   * e.g. before one job, to see that job's peak alone.
   */
  resetPeakMemory() {
    const inst = this._instance;
    inst?.module.heap_reset_peak();
    this._peakBytes = inst ? inst.module.heap_in_use() : 0;
  }

  /** Clear performanceStats(). */
  resetStats() {
    this._stats.fill(null);
  }

  /**
   * Load the module and run each named operation (default: all with a WASM kernel) once
   * on a tiny input, so the first real call pays no start-up cost. Also waits for the
   * threads build's worker pool, which loads after `ready`.
   */
  async warmUp(names) {
    await this.ready;
    await this._upgrade;
    if (this._instance) await this._granted.get(this._instance);
    const rows = (names ?? describeOperations().filter((op) => op.wasm).map((op) => op.name)).map(resolveOperation);
    for (const row of rows) {
      if (row.sample) this.callFunction(row.name, ...row.sample());
    }
    return this;
  }

  /**
   * Measure AUTO's crossovers in this engine on the serving instance within
   * `budgetMs` (js/calibrate.js), apply them, and return them ({ [operation]:
   * { wasmMinSize } }, the `thresholds` option's shape, to save and pass back later).
   */
  async calibrate(options) {
    const { result } = await calibrate(this, options, (rows, calibration) => {
      const changed = this._thresholds.lay(rows, `calibrated in ${this._thresholds.engine} (over ${this._thresholds.shippedLabel})`, 'thresholds: calibrated');
      this._thresholds.calibration = { engine: this._thresholds.engine, ...calibration };
      for (const [name, row] of Object.entries(changed)) this._policy?.setThresholds(resolvePlan(name).id, row);
    });
    return result;
  }

  /**
   * Run an operation in a worker; resolves to what callFunction would return. The first
   * argument may be { name, timeoutMs } to set a time limit for this call. Rules (pool,
   * time limits, cloning, JS-only operations): js/async.js.
   */
  callAsync(nameOrOptions, ...args) {
    if (this._disposed) return Promise.reject(new MultilingualWasmError('callAsync: the selector was disposed'));
    this._pool ??= new WorkerPool(this.config, (report) => {
      (this._stats[resolvePlan(report.operation).id] ??= new OperationStats()).add(report.backend === BACKENDS.WASM, report.ms);
      this._last.asyncReport = report;
    });
    return this._pool.call(nameOrOptions, args);
  }

  /** Release the WASM instance (and any workers). The selector answers on JS afterwards. */
  dispose() {
    this._pool?.dispose();
    this._pool = null;
    this._disposed = true;
    if (this._pendingThreads) this._retire(this._pendingThreads);
    this._pendingThreads = null;
    if (this._instance) this._retire(this._instance);
    this._instance = null;
    this._policy = null;
    this._releaseThreadsPlace();
    this._reason = 'disposed';
  }
}
