// The JS shortcut (js/policy.js shortcutDecision: what the selector concludes without
// crossing into WASM) agrees with the C++ Policy::decide of the same instance, for every
// operation and size, on every build variant (issue 11 item 1). Sizes come from
// fast-check, biased towards each operation's own thresholds. Internal: reads _policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BackendSelector, clearModuleCache } from 'multilingual-wasm';
import { shortcutDecision } from '../../../js/policy.js';

const VARIANTS = [
  ['baseline', { simd: false }],
  ['simd', { threads: false }],
  ['simd-threads', { threads: 2 }],
];

const selectors = new Map();
beforeAll(async () => {
  for (const [variant, config] of VARIANTS) {
    const s = await BackendSelector.create({ ...config, preferBackend: 'wasm' });
    await s.warmUp([]); // the threads build grants its threads once its pool is up
    selectors.set(variant, s);
  }
});
afterAll(() => {
  for (const s of selectors.values()) s.dispose();
  clearModuleCache();
});

describe.each(VARIANTS)('shortcut vs Policy::decide on %s', (variant) => {
  it('agree for every operation and size', () => {
    const s = selectors.get(variant);
    expect(s.status().variant).toBe(variant);
    const p = s._policy;
    const ops = s.listOperations();
    let asked = 0;
    for (let id = 0; id < ops.length; id++) {
      const edges = [p.wasmMinSize[id], p.threadsFrom[id]].filter(Number.isFinite);
      const size = fc.oneof(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.double({ min: 0, max: 2 ** 53, noNaN: true }),
        fc.constantFrom(0, 1, ...[...edges, ...edges.map((e) => e - 1), ...edges.map((e) => e + 1)].filter((e) => e >= 0)),
      );
      fc.assert(
        fc.property(size, (n) => {
          const short = shortcutDecision(p, id, n);
          const full = p.decide(id, n);
          if (short === null) {
            asked++;
            expect(full.wasm).toBe(true); // only calls at or above threadsFrom are asked
            return;
          }
          expect(short, `${ops[id].name} size ${n}`).toEqual(full);
        }),
        { numRuns: 60 },
      );
    }
    // Where the instance has threads, some operation must reach the threaded path.
    if (variant === 'simd-threads') expect(asked).toBeGreaterThan(0);
  });
});
