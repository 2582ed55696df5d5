// selector.calibrate(): AUTO's crossovers measured in the running engine, on the serving
// instance, within a time budget, and applied to the selector's instance policy.
//
// Inputs: each registry row's own calibration sweep (`sweep(kit)`, the one
// bench/calibrate.mjs runs over its full range), given a kit of the seeded generators of
// bench/checks.mjs (imported by name, so the bundle carries only those few functions,
// not the checks). Within the budget the sweep is walked upward from well below the
// threshold in force, and stops once WASM has won at two sizes running. The choice of
// the crossover is bench/calibrate.mjs's (crossover() below, shared with it).
// Threads (threadsMinSize, maxThreads) are not measured here: they keep the shipped set's.
// Batch thresholds ('name:batch', rows with a batch kernel) are measured before the
// per-call ones, in 30% of the budget, by calibrateBatch() (shared with bench/calibrate.mjs)
// on batches of 64; one that does not fit its share keeps the threshold in force (the
// three batch sweeps take about 0.4 s in Node 20 on this machine: give budgetMs >= 1500).
import { geometric, jsonText, loremText, randomBytes, randomFloats, randomMatrix, randomText, testImage } from '../bench/checks.mjs';
import { InvalidArgumentError } from './errors.js';
import { allPlans, jsOf, resolvePlan, validated } from './registry/index.js';
import { now } from './clock.js';

/** What the rows' sweeps use of bench/checks.mjs (a row using more fails loudly in tests). */
export const KIT = Object.freeze({ geometric, jsonText, loremText, randomBytes, randomFloats, randomMatrix, randomText, testImage });

export const DEFAULT_BUDGET_MS = 500;
/**
 * The budget's part for the batch thresholds (when the operations measured include one
 * with a batch kernel), and the count of the batches their item sweep times (fewer than
 * bench/calibrate.mjs's 256, to fit: measured in Node 20, 64 items already separate the
 * item sizes the batch kernels win at from those they lose at).
 */
const BATCH_SHARE = 0.3;
const BATCH_COUNT = 64;
export const MAX_BUDGET_MS = 600000;
/** wasmMinSize for "never WASM under AUTO" (thresholds.json's 9007199254740991). */
export const NEVER = Number.MAX_SAFE_INTEGER;


/**
 * The clock's step in ms: browsers coarsen performance.now() (Firefox to 20 µs or more,
 * Chromium to 5 µs when cross-origin isolated, 100 µs when not), so a batch has to last
 * many steps for its time to mean anything. The smallest of a few observed steps.
 */
function clockStep() {
  let step = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = now();
    let t1 = now();
    while (t1 === t0) t1 = now();
    step = Math.min(step, t1 - t0);
  }
  return step;
}

/**
 * The crossover from `a` (below) to `b` (from it) over points { size, a, b } (ms): the
 * point index whose choices lose least against the faster side at each measured size,
 * summed as log ratios, so one noisy point cannot move it far. Ties go to `a`, the larger
 * threshold: a tie is no evidence that `b` pays (for JS against WASM: no crossing, no heap
 * used), and where the clock is coarse two sides of a small call can read the same count of
 * steps (seen in Chromium: JS and WASM both 5.0 µs for a sort of 256 doubles that the suite
 * then timed at 7.9 µs on JS and 9.5 µs on WASM). `b` needs at least two measured sizes
 * on its side (a lone win at the largest size is not a trend), unless every point has the
 * same size (operations whose recorded size is constant: all or nothing). Returns the first index on b's side, or points.length for
 * "never b". Also used by bench/calibrate.mjs.
 */
export function crossover(points) {
  const constant = points.every((p) => p.size === points[0].size);
  let best = { cost: Infinity, at: points.length };
  for (let at = 0; at <= points.length; at++) {
    if (constant ? at !== 0 && at !== points.length : at === points.length - 1) continue;
    let cost = 0;
    points.forEach((p, i) => {
      cost += Math.log((i < at ? p.a : p.b) / Math.min(p.a, p.b));
    });
    if (cost <= best.cost + 1e-12) best = { cost, at };
  }
  // A threshold says "from here up": if b loses by more than 10% at the largest size
  // measured, it is not (e.g. json_parse: ties in the middle, JS ahead on big texts).
  const top = points.at(-1);
  if (best.at < points.length && top.b > 1.1 * top.a) return points.length;
  return best.at;
}

/**
 * The item size range of a batch threshold from points { size, a: jsMs, b: wasmMs } of
 * batches of one count over item sizes: the run of sizes around WASM's best ratio where
 * WASM won. null when it won at none (no count pays: "never"). Returns { itemMinSize,
 * itemMaxSize, from, to } (an end measured as won at the sweep's edge is left open:
 * 0 below, NEVER above). Also used by bench/calibrate.mjs.
 */
export function batchRange(points) {
  let best = -1;
  points.forEach((p, i) => {
    if (p.b < p.a && (best < 0 || p.a / p.b > points[best].a / points[best].b)) best = i;
  });
  if (best < 0) return null;
  let from = best;
  let to = best;
  while (from > 0 && points[from - 1].b < points[from - 1].a) from--;
  while (to + 1 < points.length && points[to + 1].b < points[to + 1].a) to++;
  // An open top is written as NEVER (JSON has no Infinity): "no upper bound".
  return { itemMinSize: from === 0 ? 0 : points[from].size, itemMaxSize: to + 1 < points.length ? points[to].size : NEVER, from, to };
}

/**
 * A batch threshold ('name:batch') for a row with `wasmBatch` and `batchSweep`: batches of
 * the row's typical item (`countAt`) over the sweep's counts give the crossover in items
 * (crossover(); timed first, see below), then batches of `count` items over the sweep's
 * item sizes give the item range (batchRange); if the typical item lies outside that range,
 * the counts are timed again at the range's middle. `time(lists)` answers { a: jsMs, b: wasmMs } per batch, or null to
 * stop (a budget spent). Returns { row, items, counts, complete }: `row` the thresholds
 * entry ({ wasmMinSize: items, itemMinSize, itemMaxSize } or NEVER with a note).
 * Shared by bench/calibrate.mjs (callBatch on two selectors) and selector.calibrate().
 */
export function calibrateBatch(row, kit, time, count = 256) {
  const sweep = row.batchSweep(kit);
  const pools = new Map();
  const listsOf = (scale, n) => {
    if (!pools.has(scale)) pools.set(scale, Array.from({ length: 32 }, (_, i) => sweep.item(scale, i)));
    const pool = pools.get(scale);
    return Array.from({ length: n }, (_, i) => pool[i % pool.length]);
  };
  const sizeOf = (scale) => validated(row, sweep.item(scale, 0)).size;
  const countSweep = (scale) => {
    const points = [];
    for (const n of sweep.counts) {
      const t = time(listsOf(scale, n));
      if (t === null) return { points, complete: false };
      points.push({ size: n, ...t });
    }
    return { points, complete: true };
  };
  // The counts first, at the row's typical item (`countAt`), before any larger item has run:
  // JS code that has run other input types since (Fibonacci's BigInt results past n = 78)
  // is slower on the small ones for the rest of the process (Node 20: 64 × F(38) on JS 7×
  // slower after 256 × F(500) had run, which moved the count crossover from 64 to 4).
  // Untimed first (the JIT's first calls, the heap's first growth): one batch of each side.
  const first = sweep.countAt ?? sweep.items[0];
  if (time(listsOf(first, count)) === null) return { row: null, items: [], counts: [], complete: false };
  let counts = sweep.countAt === undefined ? null : countSweep(sweep.countAt);
  if (counts !== null && !counts.complete && counts.points.length < 3) return { row: null, items: [], counts: counts.points, complete: false };
  // Untimed too: the smallest and the middle item size (without it the first sizes' JS times
  // came out up to 2× slow: crypto_sha256 in Node 20, 64 × 16 B slower than 64 × 1 KB).
  for (const scale of [sweep.items[sweep.items.length >> 1], sweep.items[0]]) {
    if (time(listsOf(scale, count)) === null) return { row: null, items: [], counts: counts?.points ?? [], complete: false };
  }
  const items = [];
  for (const scale of sweep.items) {
    const lists = listsOf(scale, count);
    const size = lists.reduce((sum, args) => sum + validated(row, args).size, 0) / count;
    const t = time(lists);
    if (t === null) return { row: null, items, counts: counts?.points ?? [], complete: false };
    items.push({ size, scale, ...t });
  }
  const range = batchRange(items);
  if (range === null) {
    const largest = items.at(-1).size;
    // An empty item range (from NEVER): every batch is held against the per-call threshold.
    return { row: { wasmMinSize: NEVER, itemMinSize: NEVER, itemMaxSize: NEVER, note: `a batch of ${count} on WASM was not faster at any item size measured (up to ${largest}): per-call threshold` }, items, counts: counts?.points ?? [], complete: true };
  }
  // The typical item outside the range WASM won (another engine, another machine): the
  // counts again, at the middle of the range.
  let at = counts === null ? null : sizeOf(sweep.countAt);
  if (at === null || at < range.itemMinSize || at > range.itemMaxSize) {
    const mid = items[(range.from + range.to) >> 1];
    counts = countSweep(mid.scale);
    at = mid.size;
  }
  const points = counts.points;
  const cross = points.length >= 3 ? crossover(points) : points.length;
  // Cut short by a budget: a crossover inside what was measured stands (WASM won at the
  // larger counts measured, and more items only help it); none found says nothing.
  if (!counts.complete && cross >= points.length) return { row: null, items, counts: points, complete: false };
  const out = { wasmMinSize: cross === points.length ? NEVER : points[cross].size, itemMinSize: range.itemMinSize, itemMaxSize: range.itemMaxSize };
  if (cross === points.length) out.note = `WASM won at ${count} items in [${range.itemMinSize}, ${range.itemMaxSize}] but at no count measured at item size ${at}`;
  return { row: out, items, counts: points, complete: counts.complete, countsAt: at };
}

/** calibrate()'s options, read once: { operations: CallPlan[] | null, budgetMs }. */
function readOptions(options) {
  if (options === undefined) return { plans: null, budgetMs: DEFAULT_BUDGET_MS };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError('calibrate: options must be an object such as { operations, budgetMs }', { operation: 'calibrate', argument: 'options' });
  }
  let plans = null;
  let budgetMs = DEFAULT_BUDGET_MS;
  for (const key of Object.keys(options)) {
    const value = options[key];
    if (key === 'operations') {
      if (value === undefined) continue;
      if (!Array.isArray(value)) throw new InvalidArgumentError('calibrate: option \'operations\' must be an array of operation names', { operation: 'calibrate', argument: 'operations' });
      plans = value.map((name) => resolvePlan(name)); // UnknownOperationError naming it
      const noKernel = plans.find((plan) => plan.wasm === null);
      if (noKernel) throw new InvalidArgumentError(`calibrate: '${noKernel.name}' has no WASM kernel, so no threshold to measure`, { operation: 'calibrate', argument: 'operations' });
    } else if (key === 'budgetMs') {
      if (value === undefined) continue;
      if (typeof value !== 'number' || !(value > 0) || value > MAX_BUDGET_MS) {
        throw new InvalidArgumentError(`calibrate: option 'budgetMs' must be a number of milliseconds above 0 and at most ${MAX_BUDGET_MS}, got ${String(value)}`, { operation: 'calibrate', argument: 'budgetMs' });
      }
      budgetMs = value;
    } else {
      throw new InvalidArgumentError(`calibrate: unknown option '${key}' (known: 'operations', 'budgetMs')`, { operation: 'calibrate', argument: key });
    }
  }
  return { plans, budgetMs };
}

/**
 * ms per call of JS and of the instance's single-thread WASM path on `args` (validation
 * included, as in a call): the fastest of 5 interleaved batches of at least `batchMs`
 * each (on a busy machine others' work only ever adds time). The batch's call count is
 * found by doubling until a batch of the slower side lasts `batchMs`, not from one call's
 * time: a first call at a new size can take 100× a warm one (the JIT, a heap that grows),
 * and a count sized from it leaves batches of one call, shorter than the clock's step.
 */
function timePair(plan, instance, args, batchMs, jsRun) {
  return timeSides(() => jsRun(plan.validate(args)), () => plan.wasm(instance, plan.validate(args), 1), batchMs);
}

/** timePair's timing of two functions: { a, b, slowest } in ms per run. */
function timeSides(js, wasm, batchMs) {
  const batch = (run, reps) => {
    const t0 = now();
    for (let i = 0; i < reps; i++) run();
    return now() - t0;
  };
  let reps = 1;
  let slowest = Math.max(batch(js, 1), batch(wasm, 1));
  while (reps < 20000) {
    const longest = Math.max(batch(js, reps), batch(wasm, reps));
    if (longest >= batchMs) {
      slowest = longest / reps;
      break;
    }
    // Aim past batchMs at once when the time says how far (a zero time says nothing: double).
    reps = Math.min(20000, longest > 0 ? Math.max(reps * 2, Math.ceil((1.2 * batchMs * reps) / longest)) : reps * 2);
  }
  const best = [Infinity, Infinity];
  for (let round = 0; round < 5; round++) {
    for (const side of round % 2 ? [1, 0] : [0, 1]) {
      const time = batch(side ? wasm : js, reps);
      best[side] = Math.min(best[side], Math.max(time, 1e-6) / reps);
    }
  }
  return { a: best[0], b: best[1], slowest };
}

/** Points whose two sides lie within this fraction are timed again, finer (walk()). */
const NEAR_TIE = 0.04;

/**
 * Walk one operation's sweep within `budgetMs`: points { size, a: jsMs, b: wasmMs } and
 * whether the walk reached the sweep's end. Sizes far below the threshold in force
 * (under 1/64 of it) are skipped, except that a row with no WASM threshold at all
 * ("never") is sampled at every third size. The upward pass (about 60% of the budget)
 * stops once WASM has won at three sizes running, or when the next size would not fit;
 * then the same inputs are timed again downward while the budget lasts, and each side
 * keeps its faster time: a JS function still waiting for the JIT to optimize it again
 * (a new input size can send it back to the interpreter for a while) or a busy moment
 * of the machine makes one pass slow, rarely both. Points where the two sides come out
 * within NEAR_TIE of each other are then timed once more with longer batches.
 */
function walk(plan, instance, current, budgetMs, batchMs, jsRun) {
  const started = now();
  const end = started + budgetMs;
  const upTo = started + budgetMs * 0.6;
  const sweep = plan.row.sweep(KIT);
  const points = [];
  let wins = 0;
  let warmed = false;
  let last = null; // { scale, slowest } of the last point
  let complete = true;
  const scales = current >= NEVER ? sweep.scales.filter((_, i) => i % 3 === 0 || i === sweep.scales.length - 1) : sweep.scales;
  for (const [i, scale] of scales.entries()) {
    // About 12 calls (or batches) of each side per point; the cost grows with the scale (a matrix's
    // n³ faster than n: ^1.5 as a middle guess).
    if (now() > upTo || (last && Math.max(last.slowest * (scale / last.scale) ** 1.5, batchMs) * 12 > upTo - now())) {
      complete = false;
      break;
    }
    const args = sweep.args(scale);
    const size = validated(plan, args).size;
    if (current < NEVER && size < current / 64 && i + 1 < scales.length) continue;
    if (!warmed) {
      // The JIT's first calls run slower than its later ones: untimed calls first (by
      // time, not by count: tier-up needs thousands of small calls).
      const until = now() + Math.min(8, budgetMs / 5);
      while (now() < until) {
        jsRun(plan.validate(args));
        plan.wasm(instance, plan.validate(args), 1);
      }
      warmed = true;
    }
    const { a, b, slowest } = timePair(plan, instance, args, batchMs, jsRun);
    points.push({ size, a, b, args, slowest });
    last = { scale, slowest };
    wins = b < a ? wins + 1 : 0;
    if (wins >= 3) {
      complete = false;
      break;
    }
  }
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i];
    if (Math.max(p.slowest, batchMs) * 12 > end - now()) continue;
    const again = timePair(plan, instance, p.args, batchMs, jsRun);
    p.a = Math.min(p.a, again.a);
    p.b = Math.min(p.b, again.b);
  }
  // Near-ties: within 4 % a batch of ~20 clock steps cannot tell the sides apart (Chromium's
  // clock steps by 5 µs: a matrix product of 15³ read 5.38 µs on both sides, 14 steps over
  // 13 calls, and the threshold then fell on either side of 16³ from run to run). Timed
  // again with batches five times as long while the budget lasts; those figures replace
  // the coarse ones.
  for (const p of points) {
    if (Math.abs(p.a - p.b) > NEAR_TIE * Math.min(p.a, p.b)) continue;
    if (Math.max(p.slowest, 5 * batchMs) * 12 > end - now()) continue;
    const fine = timePair(plan, instance, p.args, 5 * batchMs, jsRun);
    p.a = fine.a;
    p.b = fine.b;
  }
  return { points: points.map(({ size, a, b }) => ({ size, a, b })), complete };
}

/** The wasmMinSize a walk supports, and a note when it is not a measured crossover. */
function thresholdOf(points, complete, current) {
  if (points.length === 0) return { wasmMinSize: current, note: 'no size measured within the budget: kept' };
  if (points.length < 3 && !complete) return { wasmMinSize: current, note: `only ${points.length} size(s) measured within the budget: kept` };
  const at = crossover(points);
  if (at < points.length) return { wasmMinSize: at === 0 && points[0].size <= current / 64 ? 0 : points[at].size };
  const largest = points.at(-1).size;
  if (complete) return { wasmMinSize: NEVER, note: `WASM was not faster at any measured size (up to ${largest})` };
  // JS ahead as far as the budget reached. By a wide margin that is not narrowing over
  // the last three sizes (e.g. a platform-native JS path against the same work in WASM):
  // never; else at least past that size.
  const [x, y, z] = points.slice(-3).map((p) => p.b / p.a);
  if (points.length >= 3 && x > 1.5 && y > 1.5 && z > 1.5 && z >= 0.9 * x) {
    return { wasmMinSize: NEVER, note: `JS faster by ${z.toFixed(1)}× up to ${largest}, not narrowing: never WASM` };
  }
  return { wasmMinSize: Math.max(current, largest + 1), note: `JS faster up to ${largest} (budget reached)` };
}

/**
 * Measure, apply and return the crossovers (see the top of this file). `selector` is a
 * BackendSelector; `apply(rows)` lays the result over its thresholds and hands each
 * changed row to the serving instance's policy.
 */
export async function calibrate(selector, options, apply) {
  const { plans: asked, budgetMs } = readOptions(options);
  await selector.warmUp([]); // ready, and the threads build's pool when that serves
  const started = now(); // the budget is for measuring, not for loading
  // The instance one-thread calls run on (after the simd-threads takeover, the simd one kept for them).
  const instance = selector._life.instanceFor(1, false);
  const result = {};
  const evidence = {};
  if (instance === null) return { result, calibration: null };
  const plans = asked ?? allPlans().filter((plan) => plan.wasm !== null && typeof plan.row.sweep === 'function');
  const rows = selector._thresholds.rows;
  const deadline = started + budgetMs;
  // Batches of 20 clock steps (at least 0.1 ms): a step's rounding moves a batch by 5% at
  // most. (Where the clock steps by 1 ms, e.g. a page that is not cross-origin isolated
  // in some browsers, that is 20 ms a batch: give such a calibration a larger budget.)
  const step = clockStep();
  const batchMs = Math.max(0.1, 20 * step);
  const notes = {};
  const spent = {};
  // The batch thresholds of the operations with a batch kernel.
  // They get BATCH_SHARE of the budget (split evenly), first: before the per-call sweeps
  // run other input types through the same JS code (see calibrateBatch); the per-call ones
  // the rest.
  const batches = plans.filter((plan) => plan.batchId >= 0 && typeof plan.row.batchSweep === 'function');
  const batchEnd = started + budgetMs * (batches.length ? BATCH_SHARE : 0);
  const batchEvidence = {};
  // Timed batches of batches of at least 0.5 ms: a young-generation collection (each batch
  // makes its items' inputs and results) in a 0.1 ms timing moved single points by 2-4×.
  const batchBatchMs = Math.max(0.5, batchMs);
  for (const [i, plan] of batches.entries()) {
    const key = `${plan.name}:batch`;
    const opStarted = now();
    const opEnd = opStarted + Math.max(0, (batchEnd - opStarted) / (batches.length - i));
    const jsRun = jsOf(plan, selector.config.platformNatives);
    // Each batch timed as callBatch runs it: every item validated, then JS item by item or
    // the batch kernel once; null once the next timing would not fit this operation's share.
    let slowest = 0;
    const time = (lists) => {
      if (now() + Math.max(slowest * 2, batchBatchMs) * 12 > opEnd) return null;
      const inputs = () => lists.map((args) => plan.validate(args));
      const t = timeSides(() => inputs().map(jsRun), () => plan.row.wasmBatch(instance, inputs(), 1), batchBatchMs);
      slowest = t.slowest;
      return { a: t.a, b: t.b };
    };
    let measured;
    try {
      measured = calibrateBatch(plan.row, KIT, time, BATCH_COUNT);
    } catch (error) {
      notes[key] = `not measured: ${error?.name ?? 'Error'}: ${error?.message ?? error}`;
      continue;
    }
    spent[key] = +(now() - opStarted).toFixed(1);
    const round = (p) => [p.size, +p.a.toPrecision(3), +p.b.toPrecision(3)];
    batchEvidence[key] = { items: measured.items.map(round), countsAt: measured.countsAt, counts: measured.counts.map(round) };
    if (measured.row === null) {
      notes[key] = `the batch sweep did not fit the budget (${measured.items.length} item sizes, ${measured.counts.length} counts): kept`;
      continue;
    }
    const { note, ...row } = measured.row;
    result[key] = row;
    if (note) notes[key] = note;
  }
  for (const [i, plan] of plans.entries()) {
    if (typeof plan.row.sweep !== 'function') continue;
    const opStarted = now();
    const share = Math.max(0, (deadline - opStarted) / (plans.length - i));
    const current = rows[plan.name]?.wasmMinSize ?? 0;
    let walked;
    try {
      walked = walk(plan, instance, current, share, batchMs, jsOf(plan, selector.config.platformNatives));
    } catch (error) {
      // A trap or an input this engine cannot take: keep what is in force, say why.
      notes[plan.name] = `not measured: ${error?.name ?? 'Error'}: ${error?.message ?? error}`;
      continue;
    }
    spent[plan.name] = +(now() - opStarted).toFixed(1);
    const { wasmMinSize, note } = thresholdOf(walked.points, walked.complete, current);
    result[plan.name] = { wasmMinSize };
    if (note) notes[plan.name] = note;
    evidence[plan.name] = walked.points.map((p) => [p.size, +p.a.toPrecision(3), +p.b.toPrecision(3)]);
  }
  const calibration = {
    variant: selector.status().variant,
    budgetMs,
    ms: now() - started,
    clockStepMs: step,
    columns: ['size', 'jsMs', 'wasmMs'],
    points: evidence,
    // Batch thresholds: counts at the typical item, batches of BATCH_COUNT over item sizes.
    batchPoints: batchEvidence,
    notes,
    msByOperation: spent,
  };
  apply(result, calibration);
  return { result, calibration };
}
