// The life cycle of a selector's WASM instance (DESIGN.md, "Auto-detection flow"): detect
// the platform, load the best variant, upgrade simd -> simd-threads in the background,
// rebuild after a trap, dispose. One InstanceLifecycle per BackendSelector; js/selector.js
// (per-call routing, reports, stats) reads it only through the interface below and never
// writes to it or to the instances it owns. What this module keeps per instance (its
// InstancePolicy, the threads granted once its pool is up, whether it was retired, its
// kernel clock) lives in this module's own maps, not on the loader's instance object.
//
// Interface:
//   new InstanceLifecycle(config, configSources, { thresholdRows() → rows, beforeTakeover(serving, next) → bool? })
//   ready                 Promise, resolves (never rejects) when detection has decided
//   instance / policy     the serving instance (loader.js) and its InstancePolicy, or null
//   clock                 the serving instance's kernel clock ({ ms }) with profileKernels
//   variant, reason, loadMs, features, location, disposed
//   threadsStatus()       status().threads
//   rebuild()             after a trap: a fresh instance of the same variant; returns `ready`
//   settled()             waits for the threads upgrade and the serving pool's threads
//   grantedOf(instance)   promise of the threads granted to `instance` once its pool is up
//   single                after the simd-threads takeover, the simd instance kept for
//                         calls that run on one thread, or null
//   instanceFor(threads, resident)   the instance a call runs on (`single` or the serving one)
//   variantOf(instance) / clockOf(instance)   of the serving instance or of `single`
//   pendingThreads        the threads instance while its workers boot (tests)
//   configError()         the InvalidArgumentError to throw for a preferBackend 'wasm' call when
//                         no instance could be made because the engine would not reserve the
//                         configured memory (memoryPages / maxMemoryPages), else null
//   dispose()
import { BACKENDS } from './config.js';
import { autoThreads, detectFeatures, threadsUnavailableReason } from './features.js';
import { LoadFailure, MemoryReserveFailure, compileWasm, identifyWasm, instantiateThreadsWasm, instantiateWasm, namesOneFile, wasmLocation } from './loader.js';
import { InstancePolicy } from './policy.js';
import { profileKernels } from './profile.js';
import { VARIANT_FILES, threadsFilesFindable } from './locate.js';
import { now } from './clock.js';


/** status().threads.reason while simd serves and the threads build boots its workers. */
const THREADS_LOADING = 'loading: simd answers until the simd-threads workers are up (await warmUp() to wait for them)';


/** The thread count the `threads` option asks for here (1 = no threads build). */
export function requestedThreads(option) {
  if (option === false) return 1;
  if (option === 'auto') return autoThreads();
  return option;
}

/**
 * At most this many selectors in one process / page run the simd-threads build at once:
 * each has its own pool of worker threads (its own OS threads in Node) and its own
 * shared Memory. Further selectors stay on simd and status().threads.reason says why.
 */
export const MAX_THREADS_INSTANCES = 4;
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

export class InstanceLifecycle {
  constructor(config, configSources, hooks = {}) {
    this.config = config;
    this.configSources = configSources;
    // beforeTakeover(serving, next) → false vetoes the simd-threads takeover (the selector
    // moves its live WasmArrays into the new heap there); thresholdRows() → the thresholds
    // rows a new instance's policy gets (the selector's ThresholdSet).
    this._hooks = hooks;
    this._instance = null;
    this._policy = null; // the serving instance's InstancePolicy (js/policy.js)
    this._clock = null; // the serving instance's kernel clock (profileKernels)
    this._policies = new WeakMap(); // instance -> its InstancePolicy
    this._clocks = new WeakMap(); // instance -> its kernel clock
    this._granted = new WeakMap(); // instance -> promise of the threads granted once its pool is up
    this._retired = new WeakSet(); // instances ended here
    this._variant = null;
    this._reason = 'loading';
    this._loadMs = null;
    this._features = null;
    this._location = null;
    this._disposed = false;
    this._threads = { requested: this.config.threads, poolSize: 0, reason: null };
    this._upgrade = null; // simd -> simd-threads in the background (see _detect)
    this._pendingThreads = null; // that threads instance while its workers boot
    this._threadsPlace = false; // holds one of the MAX_THREADS_INSTANCES places
    this._single = null; // the simd instance kept beside simd-threads for one-thread calls
    this._reserveFailure = null; // a MemoryReserveFailure that left no instance (configError)
    /** Resolves (never rejects) when the detection flow has decided the backend. */
    this.ready = this._detect();
  }

  get instance() {
    return this._instance;
  }

  get policy() {
    return this._policy;
  }

  get clock() {
    return this._clock;
  }

  get variant() {
    return this._variant;
  }

  get reason() {
    return this._reason;
  }

  get loadMs() {
    return this._loadMs;
  }

  get features() {
    return this._features;
  }

  get location() {
    return this._location;
  }

  get disposed() {
    return this._disposed;
  }

  get pendingThreads() {
    return this._pendingThreads;
  }

  /**
   * The instance a call that runs on one thread uses: after the simd-threads takeover,
   * the simd instance that served before it, kept for that. The two builds run the same
   * kernels at the same speed, but every copy into or out of the threads build's heap is
   * slower (it is a SharedArrayBuffer, which V8 copies with relaxed atomic word moves
   * instead of memcpy: 1.5–3× per byte), which made copy-bound calls (XOR, small matrices,
   * batches) up to 1.5× slower on simd-threads. A call that takes a WasmArray stays on the
   * serving instance, whose heap holds it. null before the takeover, or without threads.
   */
  get single() {
    return this._single;
  }

  /**
   * The instance a call on `threads` threads runs on: `single` for one thread, unless the
   * call takes a WasmArray (`resident`: it lives in the serving instance's heap).
   */
  instanceFor(threads, resident) {
    return threads === 1 && this._single !== null && !resident ? this._single : this._instance;
  }

  /** The variant of `instance` (the serving one, or `single`). */
  variantOf(instance) {
    return instance === this._single ? 'simd' : this._variant;
  }

  /** The kernel clock (profileKernels) of `instance`, or null. */
  clockOf(instance) {
    return this._clocks.get(instance) ?? null;
  }

  threadsStatus() {
    return { ...this._threads, granted: this._instance ? this._policy.granted : 1 };
  }

  grantedOf(instance) {
    return this._granted.get(instance);
  }

  /** After a trap: retire the instance and load a fresh one of the same variant. */
  rebuild() {
    this._rebuildInstance();
    return this.ready;
  }

  /** Waits for the threads upgrade and for the serving instance's pool to be granted. */
  async settled() {
    await this.ready;
    await this._upgrade;
    if (this._instance) await this._granted.get(this._instance);
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
        this._reserveFailure = error instanceof MemoryReserveFailure ? error : null;
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
      if (this._hooks.beforeTakeover && !this._hooks.beforeTakeover(serving, instance)) {
        this._retire(instance);
        this._threads.reason = 'simd-threads not installed: the live WasmArrays do not fit in its heap; simd answers';
        this._releaseThreadsPlace();
        return;
      }
      this._serve(instance);
      this._variant = 'simd-threads';
      this._location = location;
      this._threads.poolSize = instance.poolSize;
      this._threads.reason = instance.poolFailure ? `fewer threads than asked: ${instance.poolFailure}` : null;
      this._reason = 'wasm: variant simd-threads';
      // Kept for the calls that run on one thread (see `single`); its policy is not
      // consulted again: the serving instance's decides every call.
      this._single = serving;
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
    if (this.config.profileKernels) this._clocks.set(instance, profileKernels(instance));
    // The instance's policy, kept by the selector beside the instance (nothing is written
    // onto the loader's object). Threads are granted once their workers are loaded (see
    // loader.js); until then, one.
    const policy = new InstancePolicy(instance.module, this._hooks.thresholdRows());
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

  _rebuildInstance() {
    const broken = this._instance;
    // Either instance may have trapped (the caller cannot always tell which): both go, and
    // both come back.
    const single = this._single;
    this._single = null;
    this._instance = null;
    this._policy = null;
    this._clock = null;
    this._reason = 'rebuilding: the previous instance trapped';
    // (Without the companion, calls on one thread run on the serving instance: slower, as right.)
    const companion = single ? this._load('simd', wasmLocation('simd', this.config.wasmUrl)).catch(() => null) : null;
    this.ready = Promise.all([this._load(this._variant, this._location), companion])
      .then(([instance, companion]) => {
        if (this._disposed) {
          this._retire(instance);
          if (companion) this._retire(companion);
        } else {
          this._serve(instance);
          this._single = companion;
          this._reason = `wasm: variant ${this._variant} (rebuilt after a trap)`;
        }
      })
      .catch(async (error) => {
        this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message}`;
        this._reserveFailure = error instanceof MemoryReserveFailure ? error : null;
        const orphan = await companion;
        if (orphan) this._retire(orphan);
      });
    if (broken) this._retire(broken);
    if (single) this._retire(single);
  }

  /**
   * With no instance because the engine would not reserve the configured memory: a fresh
   * InvalidArgumentError naming the option and the size (what a preferBackend 'wasm' call
   * throws instead of WasmUnavailableError), else null.
   */
  configError() {
    return this._instance === null && this._reserveFailure !== null ? this._reserveFailure.error() : null;
  }

  /** Make `instance` the one that answers (with its policy). */
  _serve(instance) {
    this._reserveFailure = null;
    this._instance = instance;
    this._policy = this._policies.get(instance);
    this._clock = this._clocks.get(instance) ?? null;
  }

  /** End an instance for good (a trap, a replacement, dispose). */
  _retire(instance) {
    this._retired.add(instance);
    instance.terminate();
  }

  /** Release the WASM instances (and the threads place). */
  dispose() {
    this._disposed = true;
    if (this._pendingThreads) this._retire(this._pendingThreads);
    this._pendingThreads = null;
    if (this._instance) this._retire(this._instance);
    if (this._single) this._retire(this._single);
    this._instance = null;
    this._single = null;
    this._policy = null;
    this._clock = null;
    this._releaseThreadsPlace();
    this._reason = 'disposed';
  }
}
