// AUTO's thresholds per engine and in the running engine (issue 17): selector.calibrate()
// on every backend variant, the `thresholds` option (validation, read once, applied: the
// call report's reasons follow it), and which shipped set the selector picks
// (status().thresholds). No timed assertions: what calibrate() measures varies with the
// machine, so the tests check shapes, application and bounds, not the numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError, UnknownOperationError } from 'multilingual-wasm';
import { VARIANTS, variantSelectors } from './variants.mjs';
import { DEFAULT_LABEL, checkThresholds, engineKey, shippedSet } from '../../js/thresholds.js';
import thresholdsFile from '../../thresholds.json';

const NEVER = Number.MAX_SAFE_INTEGER;
const OPS = ['crypto_xor_encrypt', 'matrix_multiply'];
/** A matrix_multiply input of size n³ (size() is rows·inner·cols). */
const square = (n) => ({ rows: n, cols: n, data: new Float64Array(n * n).fill(0.5) });
/** A call of each OPS operation, and the wasmMinSize AUTO routed it by, read from the public call report. */
const probe = { crypto_xor_encrypt: () => [new Uint8Array(100), 'k'], matrix_multiply: () => [square(3), square(3)] };
function thresholdUsed(s, op) {
  s.callFunction(op, ...probe[op]());
  const m = /size \d+ (?:<|>=) (\d+)/.exec(s.lastCallReport().reason);
  return m ? Number(m[1]) : null;
}

describe('calibrate() on every backend variant', () => {
  const selectors = {};
  beforeAll(async () => Object.assign(selectors, await variantSelectors()), 120000);
  afterAll(() => Object.values(selectors).forEach((s) => s.dispose()));

  it.each(VARIANTS)('%s', async (name) => {
    const s = selectors[name];
    const before = s.status().thresholds;
    const result = await s.calibrate({ operations: OPS, budgetMs: 120 });
    const st = s.status();
    if (name === 'js') {
      // Nothing to measure against: no WASM instance. Nothing changes.
      expect(result).toEqual({});
      expect(st.thresholds).toBe(before);
      expect(st.calibration).toBeNull();
      return;
    }
    // matrix_multiply has a batch kernel: its batch threshold is measured too when its share
    // of the budget holds the batch sweep (else kept, with a note).
    const keys = Object.keys(result);
    expect(keys.filter((k) => !k.endsWith(':batch')).sort()).toEqual([...OPS].sort());
    expect(keys.filter((k) => k.endsWith(':batch'))).toEqual(keys.includes('matrix_multiply:batch') ? ['matrix_multiply:batch'] : []);
    if (!keys.includes('matrix_multiply:batch')) expect(st.calibration.notes['matrix_multiply:batch']).toMatch(/budget|not measured/);
    for (const op of OPS) {
      const { wasmMinSize } = result[op];
      expect(Number.isInteger(wasmMinSize) && wasmMinSize >= 0 && wasmMinSize <= NEVER).toBe(true);
      expect(Object.keys(result[op])).toEqual(['wasmMinSize']); // threads keep the shipped numbers
    }
    expect(st.thresholds).toBe(`calibrated in ${engineKey()} (over ${before})`);
    expect(st.calibration).toMatchObject({ engine: engineKey(), variant: st.variant, budgetMs: 120, columns: ['size', 'jsMs', 'wasmMs'] });
    for (const op of OPS) expect(Array.isArray(st.calibration.points[op])).toBe(true);
    // Applied to the serving instance's policy (what the per-call shortcut reads): the
    // call report names the calibrated number.
    // (Under preferBackend 'wasm' no call is routed by them: the reused selector below shows those.)
    if (s.config.preferBackend === 'auto') for (const op of OPS) expect(thresholdUsed(s, op)).toBe(result[op].wasmMinSize);
    // Saved (as JSON) and reused: a new selector takes them as its `thresholds` option.
    const again = await BackendSelector.create({ ...s.config, thresholds: JSON.parse(JSON.stringify(result)) });
    try {
      expect(again.status().thresholds).toBe(`config (over ${before.replace(/^calibrated.*\(over (.*)\)$/, '$1')})`);
      if (again.isWasmAvailable()) {
        const routed = await BackendSelector.create({ ...s.config, preferBackend: 'auto', thresholds: JSON.parse(JSON.stringify(result)) });
        try {
          for (const op of OPS) expect(thresholdUsed(routed, op)).toBe(result[op].wasmMinSize);
        } finally {
          routed.dispose();
        }
      }
    } finally {
      again.dispose();
    }
  });

  it('routes by what it measured: the call report names the calibrated threshold', async () => {
    const s = selectors.auto;
    const result = await s.calibrate({ operations: ['matrix_multiply'], budgetMs: 120 });
    const min = result.matrix_multiply.wasmMinSize;
    if (min > 0) {
      const n = Math.max(1, Math.min(40, Math.floor(Math.cbrt(min - 1))));
      s.callFunction('matrix_multiply', square(n), square(n));
      expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: `below-threshold: size ${n ** 3} < ${min} (thresholds: calibrated)` });
    }
    if (min <= 64000) {
      s.callFunction('matrix_multiply', square(40), square(40));
      expect(s.lastCallReport()).toMatchObject({ backend: 'wasm' });
      expect(s.lastCallReport().reason).toMatch(new RegExp(`^auto: size 64000 >= ${min}, `));
    }
  });

  it('measures the batch thresholds of the operations with a batch kernel, and a batch routes by them', async () => {
    const s = await BackendSelector.create({ threads: false });
    try {
      const result = await s.calibrate({ operations: ['numeric_fibonacci'], budgetMs: 4000 });
      const { calibration } = s.status();
      const row = result['numeric_fibonacci:batch'];
      if (row === undefined) {
        // Its share of the budget did not hold the sweep (a very busy machine): kept, said so.
        expect(calibration.notes['numeric_fibonacci:batch']).toMatch(/budget/);
        return;
      }
      expect(Object.keys(row).sort()).toEqual(expect.arrayContaining(['wasmMinSize', 'itemMinSize']));
      expect(Number.isInteger(row.wasmMinSize) && row.wasmMinSize >= 0).toBe(true);
      expect(calibration.batchPoints['numeric_fibonacci:batch'].items.length).toBeGreaterThan(0);
      if (row.itemMinSize >= NEVER || row.wasmMinSize >= NEVER) return; // no range: the per-call threshold
      const n = Math.ceil(row.itemMinSize);
      if (n > (row.itemMaxSize ?? 78) || n > 78) return;
      const count = Math.max(1, row.wasmMinSize);
      s.callBatch('numeric_fibonacci', Array.from({ length: count }, () => [n]));
      expect(s.lastCallReport()).toMatchObject({
        backend: 'wasm',
        reason: expect.stringMatching(new RegExp(`^auto: batch of ${count} items >= ${row.wasmMinSize} \\(batch threshold, .*thresholds: calibrated\\)`)),
      });
      // Saved and reused.
      const again = await BackendSelector.create({ threads: false, thresholds: JSON.parse(JSON.stringify(result)) });
      try {
        again.callBatch('numeric_fibonacci', Array.from({ length: count }, () => [n]));
        expect(again.lastCallReport().reason).toMatch(/\(batch threshold, .*thresholds: config\)/);
      } finally {
        again.dispose();
      }
    } finally {
      s.dispose();
    }
  }, 30000);

  it('validates its options', async () => {
    const s = selectors.auto;
    await expect(s.calibrate({ budget: 10 })).rejects.toThrow(InvalidArgumentError);
    await expect(s.calibrate({ budgetMs: 0 })).rejects.toThrow(/budgetMs/);
    await expect(s.calibrate({ budgetMs: NaN })).rejects.toThrow(InvalidArgumentError);
    await expect(s.calibrate({ operations: 'matrix_multiply' })).rejects.toThrow(InvalidArgumentError);
    await expect(s.calibrate({ operations: ['matrix_multiplyy'] })).rejects.toThrow(UnknownOperationError);
    await expect(s.calibrate({ operations: ['data_filter'] })).rejects.toThrow(/data_filter.*no WASM kernel/);
    await expect(s.calibrate(null)).rejects.toThrow(InvalidArgumentError);
  });
});

describe('the thresholds option', () => {
  const make = [];
  afterAll(() => make.forEach((s) => s.dispose()));
  const create = async (config) => {
    const s = await BackendSelector.create(config);
    make.push(s);
    return s;
  };

  it.each([
    [{ matrix_multiplyy: { wasmMinSize: 1 } }, /unknown operation 'matrix_multiplyy'/],
    [{ multiply: { wasmMinSize: 1 } }, /unknown operation 'multiply'/], // short names: not here
    [{ data_filter: { wasmMinSize: 1 } }, /without a WASM kernel 'data_filter'/],
    [{ 'search_contains:numbers': { wasmMinSize: 1 } }, /unknown input kind of 'search_contains:numbers'/],
    [{ 'numeric_gcd:batch': { wasmMinSize: 1 } }, /without a batch kernel \(no batch threshold\) in 'numeric_gcd:batch'/],
    [{ matrix_multiply: { itemMinSize: 1 } }, /'matrix_multiply.itemMinSize' belongs to a batch threshold/],
    [{ 'matrix_multiply:batch': { itemMaxSize: -1 } }, /'matrix_multiply:batch.itemMaxSize' must be a finite number >= 0/],
    [{ matrix_multiply: { wasmMinSize: -1 } }, /'matrix_multiply.wasmMinSize' must be a finite number >= 0, got -1/],
    [{ matrix_multiply: { wasmMinSize: NaN } }, /'matrix_multiply.wasmMinSize'/],
    [{ matrix_multiply: { wasmMinSize: Infinity } }, /'matrix_multiply.wasmMinSize'/],
    [{ matrix_multiply: { wasmMinSize: '64' } }, /'matrix_multiply.wasmMinSize'.*got "64"/],
    [{ matrix_multiply: { threadsMinSize: -2 } }, /'matrix_multiply.threadsMinSize'/],
    [{ matrix_multiply: { maxThreads: 1.5 } }, /'matrix_multiply.maxThreads'/],
    [{ matrix_multiply: { minSize: 1 } }, /unknown field 'minSize'/],
    [{ matrix_multiply: { wasmMinSize: 1, note: 7 } }, /'matrix_multiply.note' must be a string/],
    [{ matrix_multiply: 64 }, /'matrix_multiply' must be an object/],
    [[], /must be an object of per-operation thresholds/],
    ['v8-11', /must be an object of per-operation thresholds/],
  ])('rejects %j with an InvalidArgumentError naming it', (thresholds, message) => {
    let error;
    try {
      new BackendSelector({ thresholds });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toMatch(/^config: option 'thresholds' /);
    expect(error.message).toMatch(message);
    expect(error.argument).toBe('thresholds');
  });

  it('reads each value once and keeps its own copy', async () => {
    let reads = 0;
    const row = {
      get wasmMinSize() {
        reads++;
        return 1000;
      },
    };
    const given = { matrix_multiply: row };
    const s = await create({ thresholds: given });
    expect(reads).toBe(1);
    given.matrix_multiply = { wasmMinSize: 0 }; // later changes do not reach the selector
    expect(s.config.thresholds).toEqual({ matrix_multiply: { wasmMinSize: 1000 } });
    expect(s.status().thresholds).toBe(`config (over ${s.status().thresholds.match(/over (.*)\)$/)[1]})`);
  });

  it('is applied: the call report routes and words its reason by it', async () => {
    const s = await create({ thresholds: { matrix_multiply: { wasmMinSize: 1000 } } });
    s.callFunction('matrix_multiply', square(9), square(9));
    expect(s.lastCallReport()).toMatchObject({ backend: 'js', reason: 'below-threshold: size 729 < 1000 (thresholds: config)' });
    s.callFunction('matrix_multiply', square(10), square(10));
    expect(s.lastCallReport()).toMatchObject({ backend: 'wasm' });
    expect(s.lastCallReport().reason).toMatch(/^auto: size 1000 >= 1000, /);
    // Fields not given keep the shipped set's (per field, per operation): a product big
    // enough for threads is given as many threads as without the option.
    const plain = await create();
    const big = square(300);
    const threadsOf = (sel) => {
      sel.callFunction('matrix_multiply', big, big);
      return / on (\d+) threads/.exec(sel.lastCallReport().reason)?.[1] ?? '1';
    };
    expect(threadsOf(s)).toBe(threadsOf(plain));
    // Without the option: thresholds.json, and the reason says so.
    const shippedMin = thresholdUsed(plain, 'matrix_multiply');
    if (shippedMin > 1) {
      const n = Math.floor(Math.cbrt(shippedMin - 1));
      plain.callFunction('matrix_multiply', square(n), square(n));
      expect(plain.lastCallReport().reason).toBe(`below-threshold: size ${n ** 3} < ${shippedMin} (thresholds.json)`);
    }
  });

  it('null is the default: the engine set alone', async () => {
    const s = await create({ thresholds: null });
    expect(s.status().thresholds).toBe(shippedSet(engineKey())?.key ?? DEFAULT_LABEL);
  });
});

describe('per-engine thresholds', () => {
  it('status().thresholds names the set picked for this engine', async () => {
    const s = await BackendSelector.create({ preferBackend: 'js' });
    try {
      const key = engineKey();
      expect(key).toBe(`v8-${process.versions.v8.split('.')[0]}`);
      expect(s.status().thresholds).toBe(shippedSet(key)?.key ?? DEFAULT_LABEL);
    } finally {
      s.dispose();
    }
  });

  it('tells engines apart by their user agent', () => {
    expect(engineKey('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36')).toBe('v8-15');
    expect(engineKey('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('spidermonkey-140');
    expect(engineKey('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15')).toBe('jsc');
    expect(engineKey('curl/8')).toBe('unknown');
  });

  it('picks the default set for its own engine, a band for V8, the nearest for SpiderMonkey, nothing for the unknown', () => {
    const def = thresholdsFile.defaultEngine.engine;
    expect(shippedSet(def)).toEqual({ key: def, rows: thresholdsFile.operations });
    expect(shippedSet('v8-1')).toBeNull();
    // Deno: its own set where one ships, else its V8 band's.
    expect(shippedSet('deno-v8-1')).toBeNull();
    const band = Object.keys(thresholdsFile.engines).find((k) => /^v8-\d+$/.test(k));
    if (band && !thresholdsFile.engines[`deno-${band}`]) expect(shippedSet(`deno-${band}`).key).toBe(band);
    expect(shippedSet('unknown')).toBeNull();
    expect(DEFAULT_LABEL).toBe(`default (${def} measured in ${thresholdsFile.defaultEngine.runtime})`);
    for (const [key, set] of Object.entries(thresholdsFile.engines)) {
      const picked = shippedSet(key);
      expect(picked.key).toBe(key);
      // An engine's set holds what was measured there; the rest comes from the default set.
      for (const [op, row] of Object.entries(set.operations)) expect(picked.rows[op]).toEqual({ ...thresholdsFile.operations[op], ...row });
      const sm = /^spidermonkey-(\d+)$/.exec(key);
      if (sm) expect(shippedSet(`spidermonkey-${Number(sm[1]) + 1}`).key).toMatch(/^spidermonkey-/);
    }
  });

  it('every shipped set is a valid thresholds object (the same checks as the option; rows copied from the file pass)', () => {
    expect(checkThresholds(thresholdsFile.operations)).toEqual({ value: thresholdsFile.operations });
    for (const set of Object.values(thresholdsFile.engines)) expect(checkThresholds(set.operations)).toHaveProperty('value');
  });
});

describe('crossover(): where a calibration puts a threshold', () => {
  const pts = (rows) => rows.map(([size, a, b]) => ({ size, a, b }));
  it('puts it where the summed losses are least, so one noisy point does not move it', async () => {
    const { crossover } = await import('../../js/calibrate.js');
    expect(crossover(pts([[1, 1, 3], [2, 2, 3], [4, 4, 3], [8, 8, 3], [16, 16, 3]]))).toBe(2);
    // One point of noise on JS's side of the crossover:
    expect(crossover(pts([[1, 1, 3], [2, 4, 3], [4, 2, 3.5], [8, 8, 3], [16, 16, 3]]))).toBe(3);
  });
  it('gives ties to JS (a tie is no evidence that WASM pays; a coarse clock makes them)', async () => {
    const { crossover } = await import('../../js/calibrate.js');
    // JS faster, then two sizes the clock could not tell apart, then WASM faster.
    expect(crossover(pts([[64, 2, 4], [128, 4, 6], [256, 5, 5], [512, 15.8, 15.8], [1024, 33, 28], [2048, 105, 50]]))).toBe(4);
    // All or nothing (a constant size): a tie is "never".
    expect(crossover(pts([[1, 2, 2], [1, 3, 3]]))).toBe(2);
    expect(crossover(pts([[1, 2, 1], [1, 3, 2]]))).toBe(0);
  });
  it('says never when WASM loses by more than 10 % at the largest size, or wins only there', async () => {
    const { crossover } = await import('../../js/calibrate.js');
    expect(crossover(pts([[1, 2, 1], [2, 2, 1], [4, 2, 1], [8, 2, 2.5]]))).toBe(4);
    expect(crossover(pts([[1, 1, 2], [2, 1, 2], [4, 2, 1]]))).toBe(3);
  });
});

describe('calibrate() inputs', () => {
  it("every row's sweep runs on the package's kit (the generators js/calibrate.js bundles)", async () => {
    const { KIT } = await import('../../js/calibrate.js');
    const { allPlans, validated } = await import('../../js/registry/index.js');
    const swept = allPlans().filter((plan) => plan.wasm !== null);
    for (const plan of swept) {
      expect(typeof plan.row.sweep, `${plan.name} has a sweep`).toBe('function');
      const sweep = plan.row.sweep(KIT);
      // The two smallest sizes: what a row would need of a missing generator shows here.
      for (const scale of sweep.scales.slice(0, 2)) {
        expect(Number.isFinite(validated(plan, sweep.args(scale)).size)).toBe(true);
      }
    }
  });

  it("every batch kernel's batchSweep runs on the package's kit and gives its items", async () => {
    const { KIT } = await import('../../js/calibrate.js');
    const { allPlans, validated } = await import('../../js/registry/index.js');
    const batched = allPlans().filter((plan) => plan.batchId >= 0);
    expect(batched.map((plan) => plan.name).sort()).toEqual(['crypto_sha256', 'matrix_multiply', 'numeric_fibonacci']);
    for (const plan of batched) {
      expect(typeof plan.row.batchSweep, `${plan.name} has a batchSweep`).toBe('function');
      const sweep = plan.row.batchSweep(KIT);
      expect(sweep.counts.length).toBeGreaterThan(2);
      expect(Number.isFinite(validated(plan, sweep.item(sweep.countAt, 0)).size), `${plan.name}: countAt is an item scale`).toBe(true);
      for (const scale of sweep.items) expect(Number.isFinite(validated(plan, sweep.item(scale, 1)).size)).toBe(true);
    }
  });

  it('works in a worker thread (the selector of that thread)', async () => {
    const { Worker } = await import('node:worker_threads');
    const code = `
      const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(new URL('../../dist/index.mjs', import.meta.url).href)}).then(async ({ BackendSelector }) => {
        const s = await BackendSelector.create();
        const thresholds = await s.calibrate({ operations: ['crypto_hash'], budgetMs: 80 });
        parentPort.postMessage({ thresholds, label: s.status().thresholds, variant: s.status().variant });
        s.dispose();
      });`;
    const worker = new Worker(code, { eval: true });
    const message = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(message.label).toMatch(/^calibrated in v8-\d+ \(over /);
    expect(message.thresholds.crypto_hash.wasmMinSize).toBeGreaterThanOrEqual(0);
  });
});
