// selector.callAsync: calls run off the calling thread in a small pool of workers
// (worker_threads in Node, Web Workers in browsers), each holding its own
// BackendSelector with the caller's config.
//
// - Pool: up to min(cores, 4) workers, started on demand; calls beyond that wait in a
//   FIFO queue. Each worker runs one call at a time.
// - timeoutMs (config, or callAsync({ name, timeoutMs }, ...args)) limits the call's run
//   in its worker: the clock starts when a started worker receives the call, so neither
//   queueing nor worker start-up counts. On expiry the worker is terminated, the call
//   rejects with TimeoutError, and a fresh worker serves later calls.
// - Arguments are structured-cloned (copied: the caller's buffers are never detached);
//   results come back by transfer of buffers the worker owns. Errors come back as the
//   same classes with the same messages and fields.
// - Operations that take JS callbacks (the JS-only ones) cannot cross: they reject with
//   InvalidArgumentError naming callFunction as the way to run them.
// - Idle workers are unref'd (Node): they never keep the process alive. dispose() ends them.
/* global __MLW_FORMAT__ */
import { callOptions } from './config.js';
import { isNode, nodeBuiltin } from './environment.js';
import { InvalidArgumentError, MultilingualWasmError, TimeoutError } from './errors.js';
import { autoThreads } from './features.js';
import { defaultWasmUrls, scriptBase } from './locate.js';
import { resolveOperation, resolvePlan } from './registry/index.js';
import { deserializeError } from './worker-protocol.js';
import { isWasmArray } from './wasm-array.js';
import { isArray, readOptions } from './boundary.js';


/**
 * Where this bundle's worker entry lives for Node (beside the bundle) and the script-tag
 * build (beside the script). Browser ES modules create theirs in spawnWorker with the
 * literal form bundlers recognise instead.
 */
export function defaultWorkerUrl() {
  if (__MLW_FORMAT__ === 'esm') {
    // Not `new URL('./worker.mjs', import.meta.url)`: bundlers would copy the file as an
    // asset for a path only Node takes.
    const here = new URL(import.meta.url);
    here.pathname = here.pathname.replace(/[^/]*$/, 'worker.mjs');
    return here;
  }
  if (__MLW_FORMAT__ === 'cjs') return require('path').join(__dirname, 'worker.cjs');
  const base = scriptBase();
  if (!base) throw new Error('cannot tell where multilingual-wasm.worker.js is (no document.currentScript)');
  return new URL('multilingual-wasm.worker.js', base);
}

/** Workers in the pool: the cores, at most 4 (js/features.js autoThreads). */
const poolSize = autoThreads;

/** One worker behind the same small interface in Node and browsers. */
function spawnWorker(onMessage, onFailure) {
  if (isNode) {
    const { Worker } = nodeBuiltin('worker_threads');
    const w = new Worker(defaultWorkerUrl());
    w.on('message', onMessage);
    w.on('error', onFailure);
    w.on('exit', (code) => onFailure(new Error(`worker exited with code ${code}`)));
    return { post: (m, transfer) => w.postMessage(m, transfer), terminate: () => void w.terminate(), ref: () => w.ref(), unref: () => w.unref() };
  }
  if (typeof Worker !== 'function') throw new Error('this environment has no Worker');
  // The literal `new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' })`
  // is the form Vite and webpack 5 bundle as a worker of the app (and Rollup's asset
  // plugins emit); whatever they do with it, the worker is told where the app's .wasm
  // files are (workerConfig).
  const w =
    __MLW_FORMAT__ === 'esm'
      ? new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' })
      : new Worker(defaultWorkerUrl());
  w.onmessage = (event) => onMessage(event.data);
  w.onerror = (event) => {
    event.preventDefault?.();
    onFailure(new Error(event.message || 'worker script failed to load'));
  };
  return { post: (m, transfer) => w.postMessage(m, transfer), terminate: () => w.terminate(), ref() {}, unref() {} };
}

/**
 * What a worker needs to resolve the same files as this thread: a clone of the config,
 * and (without a wasmUrl) each variant's default .wasm URL as this bundle sees it, which
 * in a bundled app is where the bundler emitted the files.
 */
function workerInit(config) {
  let { wasmUrl } = config;
  if (wasmUrl !== null && wasmUrl !== undefined) {
    wasmUrl = String(wasmUrl);
    // A relative URL in a browser means "relative to the page", not to the worker script.
    if (!isNode && typeof location === 'object') wasmUrl = new URL(wasmUrl, location.href).href;
  }
  return { type: 'init', config: { ...config, wasmUrl }, wasmUrls: wasmUrl == null ? defaultWasmUrls() : null };
}

export class WorkerPool {
  /** `onReport(report)` receives each finished call's report (for stats and lastCallReport). */
  constructor(config, onReport) {
    this.config = config;
    this.onReport = onReport;
    this.size = poolSize();
    this.workers = new Set();
    this.queue = [];
    this.nextId = 1;
    this.disposed = false;
  }

  /** Run `name(...args)` in a worker; see the header for the rules. */
  call(nameOrOptions, args, batch = false) {
    return new Promise((resolve, reject) => {
      const { name, timeoutMs } = callOptions(nameOrOptions, this.config.timeoutMs);
      const row = resolveOperation(name);
      if (typeof row.wasm !== 'function') {
        throw new InvalidArgumentError(`takes JS callbacks, which cannot be sent to a worker; use ${batch ? 'callBatch' : 'callFunction'} for it`, { operation: row.name });
      }
      rejectWasmArrays(row.name, args, batch);
      this.queue.push({ id: this.nextId++, name: row.name, args: snapshotArgs(row.name, args, batch), timeoutMs, batch, resolve, reject });
      this._pump();
    });
  }

  /** callBatchAsync: the whole batch in one worker (selector.callBatch there), one time limit. */
  callBatch(name, argsList, options) {
    return new Promise((resolve, reject) => {
      const operation = typeof name === 'string' ? name : 'callBatchAsync';
      const { timeoutMs } = options === undefined ? {} : readOptions(operation, 'options', options, ['timeoutMs']);
      if (!isArray(operation, 'argsList', argsList)) {
        throw new InvalidArgumentError("'argsList' must be an array of argument lists", { operation, argument: 'argsList' });
      }
      resolve(this.call(timeoutMs === undefined ? name : { name, timeoutMs }, argsList, true));
    });
  }

  _pump() {
    while (this.queue.length > 0) {
      const idle = [...this.workers].find((w) => w.ready && !w.job);
      if (idle) {
        this._dispatch(idle, this.queue.shift());
        continue;
      }
      if (this.workers.size < this.size && ![...this.workers].some((w) => !w.ready)) this._start();
      break;
    }
    this._updateRefs();
  }

  _start() {
    const slot = { ready: false, job: null, handle: null };
    const fail = (error) => this._onFailure(slot, error);
    try {
      slot.handle = spawnWorker((message) => this._onMessage(slot, message), fail);
    } catch (error) {
      this._rejectQueued(new MultilingualWasmError(`callAsync: cannot start a worker (${error.message})`));
      return;
    }
    this.workers.add(slot);
    slot.handle.post(workerInit(this.config));
  }

  _dispatch(slot, job) {
    slot.job = job;
    try {
      slot.handle.post({ type: 'call', id: job.id, name: job.name, args: job.args, batch: job.batch }, transferables(job.args, job.batch));
    } catch (error) {
      slot.job = null;
      job.reject(new MultilingualWasmError(`${job.name}: the arguments could not be posted to the worker (${error.message})`, { cause: error }));
      return;
    }
    if (job.timeoutMs > 0) {
      job.timer = setTimeout(() => {
        if (slot.job !== job) return;
        this._retire(slot);
        job.reject(new TimeoutError(job.name, job.timeoutMs));
        this._pump();
      }, job.timeoutMs);
    }
  }

  _onMessage(slot, message) {
    if (message.type === 'ready') {
      slot.ready = true;
      this._pump();
      return;
    }
    const job = slot.job;
    if (!job || message.id !== job.id) return;
    clearTimeout(job.timer);
    slot.job = null;
    if (message.ok) {
      this.onReport?.({ ...message.report, worker: true });
      job.resolve(message.result);
    } else {
      job.reject(deserializeError(message.error));
    }
    this._pump();
  }

  _onFailure(slot, error) {
    if (!this.workers.has(slot)) return; // already retired (terminated on purpose)
    this._retire(slot);
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.reject(new MultilingualWasmError(`${slot.job.name}: the worker failed (${error.message})`));
    } else if (!slot.ready) {
      // It never started: the calls waiting for it would wait forever.
      this._rejectQueued(new MultilingualWasmError(`callAsync: the worker could not start (${error.message})`));
    }
    this._pump();
  }

  _retire(slot) {
    this.workers.delete(slot);
    slot.handle.terminate();
  }

  _rejectQueued(error) {
    for (const job of this.queue.splice(0)) job.reject(error);
  }

  // Node: a worker keeps the process alive only while it has work (or work waits for it).
  _updateRefs() {
    const waiting = this.queue.length > 0;
    for (const slot of this.workers) {
      if (slot.job || (!slot.ready && waiting)) slot.handle.ref();
      else slot.handle.unref();
    }
  }

  /** Terminate every worker; calls still running or waiting reject. */
  dispose() {
    this.disposed = true;
    const error = new MultilingualWasmError('callAsync: the selector was disposed before the call finished');
    for (const slot of [...this.workers]) {
      this._retire(slot);
      if (slot.job) {
        clearTimeout(slot.job.timer);
        slot.job.reject(error);
      }
    }
    this._rejectQueued(error);
  }
}

/**
 * The arguments of a callAsync, copied when the call is made (the boundary's snapshot step
 * for calls that cross to a worker): structured cloning reads every getter once, now,
 * and later changes to the caller's arrays do not reach the worker. What the caller's own
 * code throws while being read comes back as itself; values that cannot be cloned
 * (detached buffers, Proxies, functions) are an InvalidArgumentError — the one
 * callFunction gives for them, where it has one.
 */
function snapshotArgs(name, args, batch) {
  try {
    return structuredClone(args);
  } catch (error) {
    if (error?.name !== 'DataCloneError') throw error;
    // The sync path's own InvalidArgumentError, if any (for a batch: each item's, with its index).
    if (batch) {
      args.forEach((item, index) => {
        try {
          resolvePlan(name).validate(item);
        } catch (itemError) {
          if (itemError instanceof MultilingualWasmError) itemError.index = index;
          throw itemError;
        }
      });
    } else resolvePlan(name).validate(args);
    throw new InvalidArgumentError(`arguments cannot be sent to a worker (${error.message})`, { operation: name });
  }
}

/**
 * A WasmArray lives in the calling selector's heap, which a worker does not share (and
 * structured cloning would send an empty object): a clear InvalidArgumentError instead.
 */
function rejectWasmArrays(name, args, batch) {
  const visit = (value, depth, where) => {
    if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
    if (isWasmArray(value)) {
      throw new InvalidArgumentError(
        `'${where}' is a WasmArray, which lives in this selector's heap and cannot be sent to a worker: pass wasmArray.array.slice(), or use ${batch ? 'callBatch' : 'callFunction'}`,
        { operation: name, argument: where },
      );
    }
    if (depth >= (batch ? 4 : 3)) return;
    // Data properties only: getters run once, when the arguments are cloned (a WasmArray a
    // getter returns is cloned as an empty object, which the worker then rejects).
    let descriptors;
    try {
      descriptors = Object.getOwnPropertyDescriptors(value);
    } catch {
      return; // a Proxy whose trap throws: cloning reports it
    }
    for (const [k, d] of Object.entries(descriptors)) {
      if ('value' in d && d.enumerable) visit(d.value, depth + 1, `${where}${Array.isArray(value) ? `[${k}]` : `.${k}`}`);
    }
  };
  args.forEach((arg, i) => visit(arg, 0, batch ? `argsList[${i}]` : `argument ${i}`));
}

/** The ArrayBuffers of a snapshot (ours: a copy), moved rather than copied to the worker. */
function transferables(args, batch = false) {
  const found = new Set();
  const visit = (value, depth) => {
    if (value === null || typeof value !== 'object') return;
    if (ArrayBuffer.isView(value)) {
      if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
    } else if (value instanceof ArrayBuffer) found.add(value);
    else if (depth < 2) for (const v of Array.isArray(value) ? value : Object.values(value)) visit(v, depth + 1);
  };
  for (const arg of args) {
    if (batch && Array.isArray(arg)) for (const a of arg) visit(a, 0);
    else visit(arg, 0);
  }
  return [...found];
}
