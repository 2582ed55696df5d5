// runSuite: times the workloads of bench/workloads.mjs on each backend through the public
// API, the way DESIGN.md's "Honest benchmarks" asks: warm-up, then N runs per backend,
// interleaved (the order rotates every run) so ratios come from one run on a noisy
// machine; copies in and out are inside the timing (callFunction does them); every timed
// result is checked and a failed check is reported, never hidden. Browser-safe.
import { WORKLOADS } from './workloads.mjs';

export const SCHEMA = 'multilingual-wasm-bench/1';
export const ALL_VARIANTS = ['simd-threads', 'simd', 'baseline'];
export const NOT_AVAILABLE = 'not available in this build';

const now = () => performance.now();
/** One timed call of workload `w`: its own `invoke` (batches, resident arrays) or callFunction. */
const callOnce = (w, selector, args) => (w.invoke ? w.invoke(selector, args) : selector.callFunction(w.operation, ...args));
// A minor collection (scavenge) before each timed batch, where the host exposes gc (the
// CLI does, in Node): the previous contestant's young garbage (a batch keeps its results
// for checking) is then not collected on the next contestant's clock. (A full one would
// also drop compiled code and inline caches, and slow the next microsecond calls.)
// Browsers expose none; there the order rotation spreads it.
const collectGarbage = () => globalThis.gc?.({ type: 'minor' });

/** The selector config that asks for exactly one build variant, WASM only. */
export function variantConfig(variant) {
  return {
    preferBackend: 'wasm',
    simd: variant !== 'baseline',
    threads: variant === 'simd-threads' ? 'auto' : false,
  };
}

function stats(times) {
  if (times.length === 0) return { medianMs: null, minMs: null, maxMs: null };
  const s = [...times].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    medianMs: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2,
    minMs: s[0],
    maxMs: s[s.length - 1],
  };
}

/** The median of a list of numbers (null when empty). */
function median(values) {
  return stats(values).medianMs;
}

/**
 * AUTO's paired estimate (issues 17 and 18): two selectors running the same code differ by
 * up to ±30 % in the medians of sub-microsecond calls timed in separate batches (JIT and
 * inline-cache state, GC, the machine), so on short rows the plain AUTO/best ratio says more
 * about the noise than about AUTO. The suite therefore also times AUTO against the
 * contestant of the route AUTO took (JS, or the WASM of AUTO's variant) in alternating
 * pairs of small batches — same arguments, same process, the order flipping every pair —
 * and takes the median of the per-pair ratios: AUTO's own cost over that route. Its cost
 * over the best is then that ratio times the route's cost over the best, priced from the
 * contestants' own medians (autoChoiceVsBest): a route that was not the best shows in the
 * second factor, AUTO's bookkeeping in the first. Where the best by the medians is another
 * contestant than the route's, the route is paired with it too (routeVsBestPaired), and
 * every pairing starts after untimed pairs that let the shared code settle (pairAuto).
 *
 * pairedRatios: `pairs` is [{ autoMs, routeMs }] per pair (each a batch's time per call);
 * returns the number of usable pairs and the median, min and max of autoMs / routeMs.
 */
export function pairedRatios(pairs) {
  const ratios = pairs.filter((p) => p.autoMs > 0 && p.routeMs > 0).map((p) => p.autoMs / p.routeMs);
  const s = stats(ratios);
  return { pairs: ratios.length, autoVsRoute: s.medianMs, autoVsRouteMin: s.minMs, autoVsRouteMax: s.maxMs };
}

/**
 * AUTO/best from the paired ratio: AUTO/route (paired) × route/best (`routeMs`, `bestMs`:
 * the medians of the route's contestant and of the best one). null when any is missing.
 */
export function autoVsBestPaired(autoVsRoute, routeMs, bestMs) {
  if (!(autoVsRoute > 0) || !(routeMs > 0) || !(bestMs > 0)) return null;
  return autoVsRoute * (routeMs / bestMs);
}

function nodeOs() {
  return globalThis.process?.getBuiltinModule?.('os') ?? null;
}

function environment(api, defaultStatus, quick, unavailable) {
  const os = nodeOs();
  const nav = globalThis.navigator;
  const isNode = typeof globalThis.process?.versions?.node === 'string';
  return {
    engine: isNode ? `Node.js ${process.versions.node} (V8 ${process.versions.v8})` : (nav?.userAgent ?? 'unknown'),
    userAgent: isNode ? undefined : nav?.userAgent,
    platform: isNode ? `${process.platform} ${process.arch}` : (nav?.userAgentData?.platform ?? nav?.platform ?? 'unknown'),
    cpu: os?.cpus?.()[0]?.model?.trim() ?? undefined,
    cores: nav?.hardwareConcurrency ?? os?.availableParallelism?.() ?? os?.cpus?.().length ?? null,
    version: api.version,
    variant: defaultStatus.variant,
    features: defaultStatus.features,
    crossOriginIsolated: Boolean(defaultStatus.features?.crossOriginIsolated),
    date: new Date().toISOString(),
    // 1-, 5- and 15-minute load averages when the run started (Node; null in browsers):
    // thread scaling needs idle cores, so read parallel efficiency next to these.
    loadAverage: os?.loadavg ? os.loadavg() : null,
    quick,
    variantsUnavailable: unavailable,
  };
}

/** Which of the wanted variants this engine and build really load (status().variant). */
export async function probeVariants(api, wanted, { keep = null } = {}) {
  const available = [];
  const unavailable = {};
  for (const v of wanted) {
    const selector = new api.BackendSelector(variantConfig(v));
    // warmUp, not ready: simd-threads takes over from simd once its workers are up.
    await selector.warmUp([]);
    const status = selector.status();
    if (status.variant === v) available.push(v);
    else unavailable[v] = status.variant ? `this engine or build gives '${status.variant}' instead` : status.reason;
    // A caller that will time the variant keeps the selector (see contestantSelectors).
    if (keep && status.variant === v) keep.set(`${v}|plain`, selector);
    else selector.dispose();
  }
  return { available, unavailable };
}

/**
 * The WASM contestants' selectors, one per variant and profiling mode for the whole run:
 * starting and ending a threads build's worker pool per workload is slow, and in Firefox
 * a worker that starts pools after ending others can stall. Each workload resets the
 * heap high-water mark instead (resetPeakMemory), so peaks stay per workload.
 */
function contestantSelectors(api, cache) {
  return async (variant, profile) => {
    const key = `${variant}|${profile ? 'profiled' : 'plain'}`;
    let selector = cache.get(key);
    if (!selector) {
      selector = new api.BackendSelector({ ...variantConfig(variant), ...(profile ? { profileKernels: true } : {}) });
      cache.set(key, selector);
    }
    // warmUp([]) also waits for the simd-threads pool: until it has loaded, kernels get one thread.
    await selector.warmUp([]);
    return selector;
  };
}

function skippedRow(w, title, backend, variant, error) {
  return {
    id: w.id, title, operation: w.operation, group: w.group, label: w.label, backend, variant,
    runs: 0, medianMs: null, minMs: null, maxMs: null, verified: false, skipped: true, error,
    peakHeapBytes: null, inputBytes: null, outputBytes: null,
  };
}

async function checkOne(w, result, args, reference) {
  try {
    await w.check(result, args, reference);
    return null;
  } catch (error) {
    return error?.message ?? String(error);
  }
}

/**
 * Run the suite. `api` is the package namespace (import * as api from 'multilingual-wasm').
 * Returns the SuiteResult documented in docs/performance.md (also the CLI's --json).
 */
export async function runSuite({
  api, quick = false, runs, workloads, backends = ['js', 'wasm'], variants, native, onProgress, calibrate, pairs,
} = {}) {
  if (!api?.BackendSelector) throw new TypeError('runSuite: pass the package namespace as { api }');
  let selected;
  if (workloads?.length) {
    const byId = new Map(WORKLOADS.map((w) => [w.id, w]));
    const unknown = workloads.filter((id) => !byId.has(id));
    if (unknown.length) throw new RangeError(`runSuite: unknown workload id(s) ${unknown.join(', ')}; known: ${[...byId.keys()].join(', ')}`);
    selected = workloads.map((id) => byId.get(id));
  } else {
    selected = quick ? WORKLOADS.filter((w) => w.quick) : WORKLOADS;
  }

  const operations = new Map(api.listOperations().map((op) => [op.name, op]));
  const wantWasm = backends.includes('wasm');
  const kept = new Map();
  const probe = wantWasm ? await probeVariants(api, variants ?? ALL_VARIANTS, { keep: kept }) : { available: [], unavailable: {} };
  const selectorFor = contestantSelectors(api, kept);
  const auto = new api.BackendSelector({ preferBackend: 'auto' });
  await auto.warmUp([]); // ready, and the threads pool (see runWorkload)
  const env = environment(api, auto.status(), quick, probe.unavailable);
  env.thresholds = auto.status().thresholds;
  // calibrate: { budgetMs? } (or true): AUTO is calibrated in this engine first
  // (selector.calibrate()) and the suite times the calibrated AUTO; `shipped`, a selector
  // on the shipped thresholds, says per workload where AUTO would have gone before, and
  // the summary's autoBeforeVsBest prices that route with this run's own times.
  let shipped = null;
  let calibration = null;
  if (calibrate && auto.isWasmAvailable()) {
    onProgress?.({ done: 0, total: selected.length, workload: null, phase: 'calibrating AUTO in this engine' });
    const thresholds = await auto.calibrate(calibrate === true ? {} : calibrate);
    const st = auto.status();
    calibration = { thresholdsBefore: env.thresholds, thresholds, ...st.calibration, engineKey: st.calibration?.engine };
    env.thresholds = st.thresholds;
    shipped = new api.BackendSelector({ preferBackend: 'auto', threads: false });
    await shipped.ready;
  }

  const results = [];
  const total = selected.length;
  let done = 0;
  const progress = (w, phase) => onProgress?.({ done, total, workload: w.id, phase });

  for (const w of selected) {
    const title = quick && w.quickTitle ? w.quickTitle : w.title;
    const op = operations.get(w.operation);
    progress(w, 'start');
    if (!op) {
      for (const b of backends) {
        if (b === 'js') results.push(skippedRow(w, title, 'js', null, `${w.operation}: ${NOT_AVAILABLE}`));
        else for (const v of probe.available) results.push(skippedRow(w, title, 'wasm', v, `${w.operation}: ${NOT_AVAILABLE}`));
      }
      done++;
      continue;
    }
    results.push(...(await runWorkload(api, w, title, op, { quick, runs, pairs: pairs ?? (quick ? 21 : 31), backends, probe, variantsAsked: variants, auto, shipped, progress, selectorFor })));
    // nativeId: a workload that times the same kernel work as another shares its native row.
    const nat = native?.[w.nativeId ?? w.id];
    if (nat !== undefined && nat !== null) {
      const n = typeof nat === 'number' ? { medianMs: nat, minMs: nat, maxMs: nat, runs: 1 } : nat;
      results.push({
        id: w.id, title, operation: w.operation, group: w.group, label: w.label, backend: 'native', variant: null,
        runs: n.runs ?? 1, medianMs: n.medianMs, minMs: n.minMs ?? n.medianMs, maxMs: n.maxMs ?? n.medianMs,
        // The native harness checks its own results against the same C++ reference it prints.
        verified: n.verified ?? true, peakHeapBytes: null, inputBytes: null, outputBytes: null,
      });
    }
    done++;
    progress(w, 'done');
  }
  auto.dispose();
  shipped?.dispose();
  for (const selector of kept.values()) selector.dispose();
  env.loadAverageEnd = nodeOs()?.loadavg ? nodeOs().loadavg() : null;
  return { schema: SCHEMA, environment: env, results, summary: summarize(selected, results, quick), ...(calibration ? { calibration } : {}) };
}

async function runWorkload(api, w, title, op, { quick, runs, pairs, backends, probe, variantsAsked, auto, shipped, progress, selectorFor }) {
  const rows = [];
  const args = w.makeArgs({ quick });
  const contestants = [];
  const jsSelector = new api.BackendSelector({ preferBackend: 'js' });
  if (backends.includes('js')) contestants.push({ backend: 'js', variant: null, selector: jsSelector });
  if (backends.includes('wasm')) {
    if (!op.wasm) {
      for (const v of probe.available) rows.push(skippedRow(w, title, 'wasm', v, `${w.operation}: JS-only (no WASM kernel)`));
    } else {
      for (const v of probe.available) {
        // profileKernels: each call's lastCallReport() also says how long the C++ kernel
        // itself ran (no copies), for the kernel/native ratio. Not on the sweep, where
        // AUTO is compared with these contestants and its own calls are not profiled.
        const selector = await selectorFor(v, w.group !== 'sweep');
        // This workload's heap high-water mark, from what is in use now.
        selector.resetPeakMemory();
        contestants.push({ backend: 'wasm', variant: v, selector, baseBytes: selector.status().memory.bytes });
      }
      for (const [v, why] of Object.entries(probe.unavailable)) {
        if (variantsAsked?.includes(v)) rows.push(skippedRow(w, title, 'wasm', v, `variant ${v} not available here: ${why}`));
      }
      // AUTO on every workload with a WASM kernel (on a JS-only one it is JS by definition).
      if (auto.isWasmAvailable()) {
        contestants.push({ backend: 'auto', variant: auto.status().variant, selector: auto });
      }
    }
  }

  // The reference answer: the JS backend's, itself checked (also against `expected`).
  const errors = new Map(contestants.map((c) => [c, null]));
  const fail = (c, message) => errors.set(c, errors.get(c) ?? message);
  let expected;
  try {
    expected = await w.expected?.(args);
  } catch (error) {
    expected = undefined;
    void error;
  }
  progress(w, 'warm-up');
  let reference;
  let referenceError = null;
  try {
    reference = callOnce(w, jsSelector, args);
    referenceError = await checkOne(w, reference, args, expected);
  } catch (error) {
    referenceError = `JS reference failed: ${error?.message ?? error}`;
  }
  // Where the JS backend answered with the platform's own code (node:crypto,
  // String#includes, JSON.parse, …), the package's own JS is timed beside it as 'js-pure'
  // (platformNatives: false): the guide's "Python vs Python + NumPy" pair.
  if (backends.includes('js') && !referenceError && jsSelector.lastCallReport()?.jsPath) {
    const pure = { backend: 'js-pure', variant: null, selector: new api.BackendSelector({ preferBackend: 'js', platformNatives: false }) };
    contestants.splice(1, 0, pure);
    errors.set(pure, null);
  }

  // Warm-up, untimed: calls until the JIT has seen enough of them (at least one, about
  // warmMs of work); also how long one call takes, to size the batches and run count.
  const warmMs = quick ? 20 : 50;
  let slowest = 0;
  for (const c of contestants) {
    try {
      let result;
      let count = 0;
      const t0 = now();
      do {
        result = callOnce(w, c.selector, args);
        if (count === 0) {
          const problem = await checkOne(w, result, args, c.backend === 'js' ? expected : reference);
          if (problem) fail(c, `warm-up: ${problem}`);
        }
        count++;
      } while (now() - t0 < warmMs && count < 500);
      const tLast = now();
      callOnce(w, c.selector, args);
      slowest = Math.max(slowest, now() - tLast);
    } catch (error) {
      fail(c, `${error?.name ?? 'Error'}: ${error?.message ?? error}`);
      c.dead = true;
    }
  }
  const budgetMs = quick ? 1500 : 15000;
  const n = runs ?? Math.max(3, Math.min(quick ? 5 : 9, Math.floor(budgetMs / Math.max(slowest, 1e-3))));
  // Sub-millisecond calls are timed in batches (the same count for every backend) so the
  // timer's resolution does not decide the result; every result of a batch is checked.
  const targetMs = quick ? 2 : 5;
  const reps = slowest < targetMs ? Math.min(4096, Math.ceil(targetMs / Math.max(slowest, 0.001))) : 1;

  const times = new Map(contestants.map((c) => [c, []]));
  // The kernel time of the last call of each batch (every call of a batch is the same work).
  const kernelTimes = new Map(contestants.map((c) => [c, []]));
  let lastResult = null;
  for (let r = 0; r < n; r++) {
    progress(w, `run ${r + 1}/${n}`);
    for (let k = 0; k < contestants.length; k++) {
      const c = contestants[(k + r) % contestants.length];
      if (c.dead) continue;
      collectGarbage();
      const batch = new Array(reps);
      try {
        const t0 = now();
        for (let i = 0; i < reps; i++) batch[i] = callOnce(w, c.selector, args);
        times.get(c).push((now() - t0) / reps);
      } catch (error) {
        fail(c, `${error?.name ?? 'Error'}: ${error?.message ?? error}`);
        c.dead = true;
        continue;
      }
      const report = c.selector.lastCallReport();
      if (c.backend === 'auto' && report) c.lastRoute = report.backend;
      // The build that answered (with simd-threads serving, one-thread calls are answered by simd).
      if (c.backend === 'wasm' && report) c.answeredBy = report.variant;
      // Which code the JS backend ran: the platform's own (node:crypto, String#includes, …) or plain JS.
      if (c.backend === 'js' && report) c.jsPath = report.jsPath ?? 'js';
      if (c.backend === 'wasm' && typeof report?.kernelMs === 'number') kernelTimes.get(c).push(report.kernelMs);
      for (const result of batch) {
        const problem = await checkOne(w, result, args, c.backend === 'js' ? expected : reference);
        if (problem) {
          fail(c, problem);
          break;
        }
      }
      lastResult = batch[reps - 1];
    }
  }

  // AUTO against the contestant of its route, in alternating pairs (see pairedRatios).
  const autoC = contestants.find((c) => c.backend === 'auto');
  if (autoC && !autoC.dead && errors.get(autoC) === null && autoC.lastRoute && pairs > 0) {
    progress(w, 'AUTO paired with its route');
    autoC.paired = await pairAuto(w, args, autoC, {
      contestants, jsSelector, times, pairs, quick, warmMs, selectorFor,
      check: (result, c) => checkOne(w, result, args, c === 'js' ? expected : reference),
    });
    if (autoC.paired.error) fail(autoC, autoC.paired.error);
  }

  const io = w.bytes(args, lastResult ?? reference);
  for (const c of contestants) {
    let error = errors.get(c);
    if (!error && c.backend !== 'js' && referenceError) error = `no trusted reference: ${referenceError}`;
    const peak = c.backend === 'wasm' ? c.selector.status().memory.peakBytes - c.baseBytes : null;
    rows.push({
      id: w.id, title, operation: w.operation, group: w.group, label: w.label,
      backend: c.backend, variant: c.variant, runs: times.get(c).length, callsPerRun: reps, ...stats(times.get(c)),
      verified: error === null && times.get(c).length > 0,
      ...(error ? { error } : {}),
      ...(c.backend === 'js' && c.jsPath ? { jsPath: c.jsPath } : {}),
      ...(c.backend === 'wasm' && c.answeredBy ? { answeredBy: c.answeredBy } : {}),
      ...(c.backend === 'auto' ? { routedTo: c.lastRoute ?? null, ...(shipped ? { routedBefore: routeOf(shipped, w, args) } : {}), ...(c.paired ? { paired: c.paired.row } : {}) } : {}),
      // The threads this build's kernels may use (its pool; 1 without threads).
      ...(c.backend === 'wasm' ? { threads: c.selector.status().threads?.granted ?? 1 } : {}),
      peakHeapBytes: peak, inputBytes: io.input, outputBytes: io.output,
      ...(kernelTimes.get(c).length ? { kernelMs: stats(kernelTimes.get(c)).medianMs } : {}),
    });
  }
  return rows;
}

/**
 * Time AUTO and the selector of its route in `pairs` alternating pairs of batches (about
 * 1 ms each, 2 ms in a full run; the order flipping every pair; a minor GC before each
 * batch, as in the main runs), after untimed ones for `settleMs`; every result is checked. The route's selector: the JS contestant, or for WASM a
 * plain (not kernel-profiled) selector of AUTO's variant, as AUTO's own calls are not
 * profiled. Returns { row } for the AUTO row (the route timed against, the pairs and the
 * per-pair ratios' median, min and max) or { row, error } when a check failed.
 */
async function pairAuto(w, args, autoC, { contestants, jsSelector, times, pairs, quick, warmMs, selectorFor, check }) {
  const targetMs = quick ? 1 : 2;
  const route = autoC.lastRoute;
  let routeSelector;
  let routeName;
  let routeMedian;
  if (route === 'js') {
    routeSelector = jsSelector;
    routeName = 'js';
    routeMedian = median(times.get(contestants.find((c) => c.backend === 'js')) ?? []);
  } else {
    const own = contestants.find((c) => c.backend === 'wasm' && c.variant === autoC.variant && !c.dead);
    if (!own) return { row: { with: null, pairs: 0, skipped: `no timed WASM ${autoC.variant} contestant to pair with` } };
    routeSelector = w.group === 'sweep' ? own.selector : await selectorFor(autoC.variant, false);
    routeName = `wasm ${autoC.variant}`;
    routeMedian = median(times.get(own));
  }
  const autoMedian = median(times.get(autoC));
  // Batches sized to these two (the main runs' batches are sized to the slowest contestant,
  // which leaves a few µs of work to a fast pair): about targetMs each.
  const callMs = Math.max(autoMedian ?? 0, routeMedian ?? 0, 1e-6);
  const reps = callMs < targetMs ? Math.min(4096, Math.ceil(targetMs / callMs)) : 1;
  // A budget, like the main runs': fewer pairs for a slow call, none below 5.
  const budgetMs = quick ? 1000 : 4000;
  const batchMs = reps * callMs;
  const n = Math.min(pairs, Math.floor(budgetMs / (2 * batchMs)));
  const warmPairs = 2;
  const settleMs = Math.min(quick ? 150 : 400, budgetMs / 4);
  if (n < 5) return { row: { with: routeName, pairs: 0, skipped: `a pair of batches takes ${(2 * batchMs).toFixed(0)} ms: fewer than 5 fit the ${budgetMs} ms budget` } };
  if (routeSelector !== jsSelector && w.group !== 'sweep') {
    // The plain selector has not run this workload yet: warm it as the contestants were.
    const t0 = now();
    let count = 0;
    do callOnce(w, routeSelector, args);
    while (now() - t0 < warmMs && ++count < 500);
  }
  const batch = new Array(reps);
  const timeBatch = async (selector, who, name) => {
    collectGarbage();
    const t0 = now();
    for (let i = 0; i < reps; i++) batch[i] = callOnce(w, selector, args);
    const ms = (now() - t0) / reps;
    for (const result of batch) {
      const problem = await check(result, who);
      if (problem) throw new Error(`paired with ${routeName}: ${name}: ${problem}`);
    }
    return ms;
  };
  // `n` alternating pairs of batches of a and b (the order flipping every pair), after
  // untimed ones for at least `warmPairs` pairs and `settleMs`: the code the two share
  // settles before anything counts. Switching to a new workload sends V8 back to
  // unoptimised code for a while (tens of ms, until the optimising compiler is done),
  // where every call runs ~2× slower and AUTO's bookkeeping weighs more; pairs timed then
  // read 1.1–1.3 where the optimised code gives 1.00 (seen in sub-µs search rows and batch
  // Fibonacci, whose medians over a run came out 1.13 in three runs while a direct A/B
  // gave 1.00). `after` runs after each timed pair; a string it returns ends the pairing.
  const alternate = async (a, b, after = () => null) => {
    const settleStart = now();
    for (let i = 0; i < warmPairs || now() - settleStart < settleMs; i++) {
      await timeBatch(a.selector, a.who, a.name);
      await timeBatch(b.selector, b.who, b.name);
    }
    const timed = [];
    for (let i = 0; i < n; i++) {
      if (i % 2 === 0) {
        const aMs = await timeBatch(a.selector, a.who, a.name);
        timed.push({ autoMs: aMs, routeMs: await timeBatch(b.selector, b.who, b.name) });
      } else {
        const bMs = await timeBatch(b.selector, b.who, b.name);
        timed.push({ autoMs: await timeBatch(a.selector, a.who, a.name), routeMs: bMs });
      }
      const stop = after();
      if (stop) return stop;
    }
    return pairedRatios(timed);
  };
  const routeSide = { selector: routeSelector, who: route, name: routeName };
  let e;
  try {
    e = await alternate({ selector: autoC.selector, who: 'auto', name: 'AUTO' }, routeSide, () =>
      autoC.selector.lastCallReport()?.backend !== route ? `AUTO changed its route to ${autoC.selector.lastCallReport()?.backend} while paired` : null,
    );
  } catch (error) {
    return { row: { with: routeName, pairs: 0 }, error: error?.message ?? String(error) };
  }
  if (typeof e === 'string') return { row: { with: routeName, pairs: 0, skipped: e } };
  const row = { with: routeName, pairs: e.pairs, settleMs, callsPerBatch: reps, autoVsRoute: e.autoVsRoute, autoVsRouteMin: e.autoVsRouteMin, autoVsRouteMax: e.autoVsRouteMax };
  // The route against the best contestant by the medians (JS, pure JS, or the WASM of
  // AUTO's variant), when that is another one: paired the same way, so that the second
  // factor of AUTO/best (route/best) is not a ratio of two medians taken apart either.
  const candidates = contestants.filter((c) => !c.dead && (times.get(c)?.length ?? 0) > 0 && (c.backend === 'js' || c.backend === 'js-pure' || (c.backend === 'wasm' && c.variant === autoC.variant)));
  const best = candidates.sort((x, y) => median(times.get(x)) - median(times.get(y)))[0];
  const routeIs = (c) => (route === 'js' ? c.backend === 'js' : c.backend === 'wasm');
  if (best && !routeIs(best)) {
    const bestName = best.backend === 'wasm' ? `wasm ${best.variant}` : best.backend;
    const bestSelector = best.backend === 'wasm' && w.group !== 'sweep' ? await selectorFor(best.variant, false) : best.selector;
    try {
      const r = await alternate(routeSide, { selector: bestSelector, who: best.backend === 'wasm' ? 'wasm' : best.backend, name: bestName });
      row.routeVsBest = { with: bestName, pairs: r.pairs, ratio: r.autoVsRoute, min: r.autoVsRouteMin, max: r.autoVsRouteMax };
    } catch (error) {
      row.routeVsBest = { with: bestName, pairs: 0, error: error?.message ?? String(error) };
    }
  }
  return { row };
}

/** Where a selector routes this workload's call (one untimed call): 'js' or 'wasm'. */
function routeOf(selector, w, args) {
  try {
    selector.callFunction(w.operation, ...args);
    return selector.lastCallReport()?.backend ?? null;
  } catch {
    return null;
  }
}

/** The summary's paired fields of a workload (empty without a paired measurement). */
function pairedFields(auto, routeMs, bestMs) {
  const p = auto.paired;
  if (!p || !(p.pairs > 0)) return p ? { autoPairs: 0, autoPairedWith: p.with ?? null } : {};
  // route/best: paired where the best by the medians was another contestant (a route
  // that the pairs show to be the faster one is the best: 1); else the medians' ratio.
  const rb = p.routeVsBest?.pairs > 0 ? p.routeVsBest : null;
  return {
    autoPairs: p.pairs,
    autoPairedWith: p.with,
    autoVsRoutePaired: p.autoVsRoute,
    ...(rb ? { routeVsBestPaired: rb.ratio, routePairedWith: rb.with } : {}),
    autoVsBestPaired: auto.verified ? (rb ? p.autoVsRoute * Math.max(1, rb.ratio) : autoVsBestPaired(p.autoVsRoute, routeMs, bestMs)) : null,
  };
}

function summarize(selected, results, quick) {
  return selected.map((w) => {
    const rows = results.filter((r) => r.id === w.id);
    const timed = (r) => r && r.medianMs !== null && r.verified;
    const js = rows.find((r) => r.backend === 'js');
    const pure = rows.find((r) => r.backend === 'js-pure');
    const wasm = rows.filter((r) => r.backend === 'wasm' && timed(r)).sort((a, b) => a.medianMs - b.medianMs)[0];
    const nat = rows.find((r) => r.backend === 'native');
    const simd = rows.find((r) => r.backend === 'wasm' && r.variant === 'simd');
    const threaded = rows.find((r) => r.backend === 'wasm' && r.variant === 'simd-threads');
    const auto = rows.find((r) => r.backend === 'auto');
    const jsMs = timed(js) ? js.medianMs : null;
    const pureMs = timed(pure) ? pure.medianMs : null;
    // The fastest JS: the platform's code or, where it was timed too, the package's own.
    const jsBestMs = pureMs !== null && jsMs !== null ? Math.min(jsMs, pureMs) : jsMs;
    const wasmMs = wasm?.medianMs ?? null;
    const best = jsBestMs !== null && wasmMs !== null ? Math.min(jsBestMs, wasmMs) : null;
    const autoWasm = auto && rows.find((r) => r.backend === 'wasm' && r.variant === auto.variant && timed(r));
    // (When AUTO's variant was not among the timed ones, the best timed variant stands in.)
    const autoBest = autoWasm && jsBestMs !== null ? Math.min(jsBestMs, autoWasm.medianMs) : best;
    return {
      id: w.id,
      title: rows[0]?.title ?? (quick && w.quickTitle ? w.quickTitle : w.title),
      group: w.group,
      label: w.label,
      jsMs,
      wasmMs,
      wasmVariant: wasm?.variant ?? null,
      speedupVsJs: jsMs !== null && wasmMs ? jsMs / wasmMs : null,
      // Where the JS answer used the platform's code: the package's own JS timed beside it.
      ...(pure
        ? {
            jsPath: js?.jsPath ?? null,
            jsPureMs: pureMs,
            platformVsPureJs: pureMs !== null && jsMs ? pureMs / jsMs : null,
            speedupVsPureJs: pureMs !== null && wasmMs ? pureMs / wasmMs : null,
          }
        : {}),
      ...(nat ? { nativeMs: nat.medianMs, wasmVsNative: wasmMs !== null && nat.medianMs ? wasmMs / nat.medianMs : null } : {}),
      // Like for like with the native harness (one thread, no copies): the simd build's
      // kernel time, as lastCallReport().kernelMs measured it.
      ...(nat && timed(simd) && typeof simd.kernelMs === 'number'
        ? { simdKernelMs: simd.kernelMs, kernelVsNative: nat.medianMs ? simd.kernelMs / nat.medianMs : null }
        : {}),
      // AUTO chooses between JS and its own instance's WASM, so that is its yardstick:
      // autoVsBest = AUTO / min(JS, pure JS where timed, WASM of AUTO's variant) (issue 18:
      // best = the fastest of pure JS, platform native and WASM). autoVsBestAnyVariant also
      // counts a variant AUTO's selector did not load (e.g. simd, when AUTO runs
      // simd-threads, whose copies into shared memory are slower).
      ...(auto
        ? {
            autoMs: timed(auto) ? auto.medianMs : null,
            autoVariant: auto.variant,
            autoVsBest: timed(auto) && autoBest ? auto.medianMs / autoBest : null,
            autoVsBestAnyVariant: timed(auto) && best ? auto.medianMs / best : null,
            autoRoutedTo: auto.routedTo ?? null,
            // The route AUTO took, priced with the contestants' own times: its choice alone,
            // without the noise of timing AUTO itself (a same-route AUTO/best off 1 is noise).
            autoChoiceVsBest: autoBest && (auto.routedTo === 'js' ? jsMs : autoWasm?.medianMs ?? wasmMs) != null
              ? (auto.routedTo === 'js' ? jsMs : autoWasm?.medianMs ?? wasmMs) / autoBest
              : null,
            // The paired estimate (pairedRatios; what the CLI's and the demo's AUTO/best
            // column shows where it exists): AUTO over its route, timed in alternating
            // pairs, times the route over the best from the medians above.
            ...pairedFields(auto, auto.routedTo === 'js' ? jsMs : autoWasm?.medianMs ?? null, autoBest),
          }
        : {}),
      // The threads build (its pool: one thread per core) against the simd build (one
      // thread), same kernels, same run: the CLI prints it as parallel efficiency, the
      // speedup over the thread count. threadsSpeedup times whole calls (the copies in and
      // out run on one thread in both); threadsKernelSpeedup the kernels alone
      // (lastCallReport().kernelMs), which is where the threads work.
      ...(timed(simd) && timed(threaded)
        ? {
            threadsSpeedup: simd.medianMs / threaded.medianMs,
            threads: threaded.threads ?? null,
            ...(typeof simd.kernelMs === 'number' && typeof threaded.kernelMs === 'number' && threaded.kernelMs > 0
              ? { threadsKernelSpeedup: simd.kernelMs / threaded.kernelMs }
              : {}),
          }
        : {}),
      // With calibrate: what the shipped thresholds' route costs in this run (AUTO/best before).
      ...(auto?.routedBefore && autoBest
        ? { autoBeforeVsBest: (auto.routedBefore === 'js' ? jsMs : autoWasm?.medianMs ?? wasmMs) / autoBest, autoRoutedBefore: auto.routedBefore }
        : {}),
      peakHeapBytes: wasm?.peakHeapBytes ?? null,
      ioBytes: (wasm ?? js) && (wasm ?? js).inputBytes !== null ? (wasm ?? js).inputBytes + (wasm ?? js).outputBytes : null,
      verified: rows.length > 0 && rows.every((r) => r.verified || r.skipped),
      available: rows.some((r) => !r.skipped),
      guide: w.guide,
    };
  });
}

/**
 * The AUTO/best a table shows: the paired estimate where the workload has one, else the
 * plain ratio of medians; `paired` says which.
 */
export function shownAutoVsBest(s) {
  if (typeof s.autoVsBestPaired === 'number') return { value: s.autoVsBestPaired, paired: true };
  return { value: typeof s.autoVsBest === 'number' ? s.autoVsBest : null, paired: false };
}

/** The threaded workloads whose 2-thread speedup issue 13 sets a target for (>= 1.85x). */
export const SCALING_WORKLOADS = ['matrix-1000', 'blur-4k', 'blur-4k-gaussian', 'blur-4k-resident'];
export const SCALING_TARGET = 1.85;

const loadText = (l) => (Array.isArray(l) ? l.map((x) => x.toFixed(2)).join(' ') : '?');

/**
 * Parallel efficiency of the threads build: simd (1 thread) over simd-threads (its pool),
 * for whole calls and for the kernels alone, with the load average the run saw (other
 * processes on the cores make any thread-scaling number meaningless). Text lines; '' when
 * no threaded workload ran on both builds. The CLI prints it below its table, the demo
 * below its own.
 */
export function formatScaling(doc) {
  const e = doc.environment;
  const threadsOf = (s) => s.threads ?? e.cores ?? 1;
  const rows = doc.summary.filter((s) => typeof s.threadsSpeedup === 'number' && SCALING_WORKLOADS.includes(s.id) && threadsOf(s) > 1);
  if (!rows.length) return '';
  // x on t threads, its efficiency x / t, and on 2 threads whether it meets the target
  // (as printed: 1.849 shows as 1.85 and meets it).
  const measure = (x, t) => `${x.toFixed(2)}× (${((100 * x) / t).toFixed(0)} %${t === 2 ? (Number(x.toFixed(2)) >= SCALING_TARGET ? ', target met' : ', below target') : ''})`;
  const lines = rows.map((s) => {
    const t = threadsOf(s);
    const kernel = typeof s.threadsKernelSpeedup === 'number' ? `; kernels alone ${measure(s.threadsKernelSpeedup, t)}` : '';
    return `  ${s.title}, ${t} threads: whole call ${measure(s.threadsSpeedup, t)}${kernel}`;
  });
  // (Browsers do not tell the load average.)
  const load = Array.isArray(e.loadAverage)
    ? `; load average ${loadText(e.loadAverage)} at the start, ${loadText(e.loadAverageEnd)} at the end: with other work on the cores these mean little`
    : '';
  return [
    `parallel efficiency (WASM simd-threads over simd, same run; target >= ${SCALING_TARGET}× on 2 threads${load}):`,
    ...lines,
  ].join('\n');
}
