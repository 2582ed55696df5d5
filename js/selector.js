// BackendSelector: the detection flow (DESIGN.md), per-call routing, reports and stats.
import { WorkerPool } from './async.js';
import { BACKENDS, resolveConfig } from './config.js';
import { describe } from './boundary.js';
import { CallerError, WasmUnavailableError, MultilingualWasmError } from './errors.js';
import { engineName } from './environment.js';
import { detectFeatures } from './features.js';
import { InstanceLifecycle } from './instance.js';
import { OPERATION_COUNT, allPlans, describeOperations, jsOf, policyIdOfKey, resolveOperation, resolvePlan } from './registry/index.js';
import { callBatch } from './batch.js';
import { calibrate } from './calibrate.js';
import { ThresholdSet } from './thresholds.js';
import { allocateArray, enterCall, leaveCall, moveResidentArrays, residentCount, residentMemory } from './wasm-array.js';
import { now } from './clock.js';
import { measured } from './validate.js';

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
    this.jsPath = null; // the platform-native code a JS answer used, if any
    this.asyncReport = null; // the last callAsync's report, when that came last
    this.error = null; // the call threw: { name, message }
    this.operation = null; // the name asked for, when it resolved to no operation
    this.thresholds = null; // the selector's ThresholdSet (its `source` words the reason)
    this.resolvedName = null; // the last name callFunction resolved, and its CallPlan
    this.resolvedPlan = null;
  }

  /** Start recording a call (fields that a throwing call might not reach). */
  reset() {
    this.asyncReport = null;
    this.error = null;
    this.plan = null;
    this.backend = null;
    this.variant = null;
    this.kernelMs = -1;
    this.jsPath = null;
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
    // The platform's own code that the JS backend used (js/fallbacks/platform.js), if any.
    if (this.jsPath !== null) reason = `${reason}; js: ${this.jsPath}`;
    const report = { operation: this.plan.name, backend: this.backend, reason, variant: this.variant, ms: this.ms };
    if (this.jsPath !== null) report.jsPath = this.jsPath;
    if (this.kernelMs >= 0) report.kernelMs = this.kernelMs;
    return report;
  }
}

/** performanceStats' counters of one operation (fixed fields: updated on every call). */
export class OperationStats {
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
    this._stats = new Array(OPERATION_COUNT).fill(null); // by CallPlan.id
    // The engine's shipped thresholds with the `thresholds` option over them (js/thresholds.js).
    this._thresholds = new ThresholdSet(this.config.thresholds);
    this._last = new CallRecord();
    this._last.thresholds = this._thresholds;
    this._peakBytes = 0;
    this._disposed = false;
    /** The instance's life cycle (js/instance.js); read here through its interface only. */
    this._life = new InstanceLifecycle(this.config, this.configSources, {
      // Live WasmArrays move with the service when simd-threads takes over (js/wasm-array.js).
      beforeTakeover: (serving, next) => moveResidentArrays(this, serving, next),
      // Each new instance's policy gets the rows in force (after calibrate(), its result).
      thresholdRows: () => this._thresholds.rows,
    });
    /** Resolves (never rejects) when the detection flow has decided the backend. */
    this.ready = this._life.ready.then(() => this);
  }

  // Internal views of the life cycle, for the tests that must see internals.
  get _instance() {
    return this._life.instance;
  }

  get _policy() {
    return this._life.policy;
  }

  get _pendingThreads() {
    return this._life.pendingThreads;
  }

  _grantedOf(instance) {
    return this._life.grantedOf(instance);
  }

  /** `new BackendSelector(config)` and wait until it is ready. */
  static async create(config) {
    return new BackendSelector(config).ready;
  }

  /** 'wasm' when calls can run on WebAssembly, else 'js'. */
  get backend() {
    return this._life.instance ? BACKENDS.WASM : BACKENDS.JS;
  }

  /** True once a WASM instance is loaded and usable. */
  isWasmAvailable() {
    return this._life.instance !== null;
  }

  /** What was decided and why, the features seen, and heap use. */
  status() {
    const life = this._life;
    const inst = life.instance;
    // With simd-threads, the simd instance kept for one-thread calls (js/instance.js
    // `single`) has a heap of its own: both count.
    const heaps = inst ? (life.single ? [inst, life.single] : [inst]) : [];
    let inUse = 0;
    let peak = 0;
    let heapBytes = 0;
    for (const h of heaps) {
      inUse += h.module.heap_in_use();
      // heap_peak is malloc's own high-water mark (it sees scratch freed inside a call).
      peak += h.module.heap_peak ? h.module.heap_peak() : 0;
      heapBytes += h.memory.buffer.byteLength;
    }
    this._peakBytes = Math.max(this._peakBytes, inUse, peak);
    return {
      backend: this.backend,
      requested: this.config.preferBackend,
      reason: life.reason,
      variant: life.variant,
      features: life.features ?? detectFeatures(),
      moduleLoaded: inst !== null,
      loadMs: life.loadMs,
      threads: life.threadsStatus(),
      wasmUrl: life.location ?? null,
      engine: engineName(),
      thresholds: this._thresholds.label,
      calibration: this._thresholds.calibration,
      memory: {
        bytes: inUse,
        peakBytes: this._peakBytes,
        heapBytes,
        ...residentMemory(this), // live WasmArrays: residentArrays, residentBytes
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
    const outer = enterCall(this); // WasmArrays of this selector are accepted (js/wasm-array.js)
    try {
      return this._call(name, args);
    } catch (error) {
      // lastCallReport() describes this call, also when it threw.
      this._last.failed(name, error);
      throw error;
    } finally {
      leaveCall(outer);
    }
  }

  _call(name, args) {
    const last = this._last;
    last.reset();
    // (The name of the previous call resolved again costs a Map lookup of a string: kept.)
    let plan;
    if (name === last.resolvedName) plan = last.resolvedPlan;
    else {
      plan = resolvePlan(name);
      if (typeof name === 'string') {
        last.resolvedName = name;
        last.resolvedPlan = plan;
      }
    }
    last.plan = plan;
    const residents = residentCount();
    const input = plan.validate(args);
    // What validate measured (js/validate.js sized()): plain fields, no per-row calls.
    const measuredSize = measured.size;
    const kind = measured.kind;
    const requested = this.config.preferBackend;
    const life = this._life;
    const inst = life.instance;
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
        throw life.configError() ?? new WasmUnavailableError(life.reason === 'loading' ? NOT_READY : life.reason);
      }
      reason = life.reason === 'loading' ? 'not-ready: WASM still loading' : `fallback: ${life.reason}`;
    } else {
      // One decision per call, made by the instance's C++ policy (js/policy.js): the
      // numbers it handed out settle small calls without a crossing (below wasmMinSize:
      // JS; below threadsFrom: WASM on one thread); from threadsFrom on, C++ is asked once
      // and the kernel runs on the threads it grants. preferBackend 'wasm' overrides only
      // the route.
      const policy = life.policy;
      const id = plan.kindIds[kind];
      size = measuredSize;
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
          this._rebuild();
          if (forced) throw error;
          reason = `wasm-trap: ${error?.message ?? error} (policy); answered by JS`;
        }
      }
    }
    last.backend = wasm ? BACKENDS.WASM : BACKENDS.JS;
    // On one thread, the simd instance kept beside simd-threads answers (copies into a
    // shared heap cost more), unless the call takes a WasmArray of the serving heap.
    // (Looked up for WASM calls only: a JS-routed call may take well under a microsecond.)
    let instance = null;
    let variant = null;
    let clock = null;
    if (wasm) {
      instance = life.instanceFor(threads, residentCount() !== residents);
      variant = life.variantOf(instance);
      clock = life.clockOf(instance);
    }
    last.variant = variant;
    const started = now();
    let result;
    if (wasm) {
      if (clock !== null) clock.ms = 0;
      try {
        result = plan.wasm(instance, input, threads);
      } catch (error) {
        // (Throws what is an answer; the report then still names the backend tried.)
        reason = `${this._wasmFailed(plan, error, 'the WebAssembly kernel failed')}; answered by JS`;
        wasm = false;
        last.backend = BACKENDS.JS;
        result = jsOf(plan, this.config.platformNatives)(input);
      }
    } else {
      result = jsOf(plan, this.config.platformNatives)(input);
    }
    const ms = now() - started;
    (this._stats[plan.id] ??= new OperationStats()).add(wasm, ms);
    // (No heap reading here: status() reads malloc's own high-water mark, heap_peak, and a
    // per-call crossing would cost more than a small JS-routed call itself.)
    last.reason = reason;
    last.jsPath = !wasm && plan.jsPath !== null && this.config.platformNatives ? plan.jsPath(input) : null;
    last.size = size;
    last.min = min;
    last.path = path;
    if (!wasm) last.variant = null;
    last.ms = ms;
    // profileKernels: the kernels' share of a WASM call (js/profile.js); -1 = not measured.
    last.kernelMs = wasm && clock !== null ? clock.ms : -1;
    return result;
  }

  /**
   * What a WASM path threw, for callFunction and callBatch alike: rethrows what is an
   * answer (the caller's own error, this package's errors; under preferBackend 'wasm' also
   * a memory error, or a trap as a MultilingualWasmError), else returns the report's words
   * ('wasm-memory: …' / 'wasm-trap: …') for JS to answer. A trap rebuilds the instance: it
   * can stop the module mid-update of its stack pointer or heap, so the old instance is
   * never used again, whichever backend was asked for.
   */
  _wasmFailed(plan, error, what) {
    // The caller's own code (json_stringify's toJSON, a getter) threw while the input was
    // prepared on the JS side: that is the caller's error, passed on as it is.
    if (error instanceof CallerError) throw error.cause;
    // Only a failure of the WebAssembly side itself is a trap: errors of this package
    // (validation, WasmMemoryError) are answers, not faults.
    if (error instanceof MultilingualWasmError && error.name !== 'WasmMemoryError') throw error;
    const kind = error?.name === 'WasmMemoryError' ? 'wasm-memory' : 'wasm-trap';
    if (kind === 'wasm-trap') this._rebuild();
    if (this.config.preferBackend === BACKENDS.WASM) {
      if (kind === 'wasm-memory') throw error;
      throw new MultilingualWasmError(
        `${plan.name}: ${what} (${error?.name ?? 'Error'}: ${error?.message ?? error}) and gave no answer; ` +
          `the instance is being rebuilt (await selector.ready), or use preferBackend 'auto' to have JS answer instead`,
        { cause: error },
      );
    }
    return `${kind}: ${error?.message ?? error}`;
  }

  /** A trap: the life cycle rebuilds the instance; `ready` waits for the new one. */
  _rebuild() {
    this.ready = this._life.rebuild().then(() => this);
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
    const { instance, single } = this._life;
    instance?.module.heap_reset_peak();
    single?.module.heap_reset_peak();
    this._peakBytes = instance ? instance.module.heap_in_use() + (single ? single.module.heap_in_use() : 0) : 0;
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
    await this._life.settled();
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
    return this._workerPool().call(nameOrOptions, args);
  }

  _workerPool() {
    return (this._pool ??= new WorkerPool(this.config, (report) => {
      (this._stats[resolvePlan(report.operation).id] ??= new OperationStats()).add(report.backend === BACKENDS.WASM, report.ms);
      this._last.asyncReport = report;
    }));
  }

  /** Release the WASM instance (and any workers). The selector answers on JS afterwards. */
  dispose() {
    this._pool?.dispose();
    this._pool = null;
    this._disposed = true;
    this._life.dispose();
  }

  /**
   * Measure AUTO's crossovers in this engine on the serving instance within
   * `budgetMs` (js/calibrate.js), apply them, and return them ({ [operation]:
   * { wasmMinSize } }, and for operations with a batch kernel { ['name:batch']:
   * { wasmMinSize, itemMinSize, itemMaxSize } } — the `thresholds` option's shape, to save
   * and pass back later).
   */
  async calibrate(options) {
    const { result } = await calibrate(this, options, (rows, calibration) => {
      const changed = this._thresholds.lay(rows, `calibrated in ${this._thresholds.engine} (over ${this._thresholds.shippedLabel})`, 'thresholds: calibrated');
      this._thresholds.calibration = { engine: this._thresholds.engine, ...calibration };
      for (const [key, row] of Object.entries(changed)) this._life.policy?.setThresholds(policyIdOfKey(key), row);
    });
    return result;
  }

  /**
   * Run `name` once per argument list of `argsList`, as one call: results identical to
   * callFunction's, crossing into WASM once per batch where the operation has a batch
   * kernel (js/batch.js).
   */
  callBatch(name, argsList, options) {
    return callBatch(this, name, argsList, options);
  }

  /** callBatch in a worker; options.timeoutMs limits the whole batch (js/async.js). */
  callBatchAsync(name, argsList, options) {
    if (this._disposed) return Promise.reject(new MultilingualWasmError('callBatchAsync: the selector was disposed'));
    return this._workerPool().callBatch(name, argsList, options);
  }

  /** A WasmArray of `length` elements of `Type` in this selector's heap (js/wasm-array.js). */
  allocate(Type, length) {
    return allocateArray(this, this._life.instance, () => this._life.instance, Type, length);
  }
}
