// The suite's paired estimate of AUTO/best (bench/suite.mjs): the arithmetic, the fields it
// adds to the document and the CSV, and that a wrong answer while paired is reported.
// No timing assertions: only identities between the reported numbers.
import { describe, expect, it } from 'vitest';
import * as api from 'multilingual-wasm';
import { runSuite } from '../../bench/workloads.mjs';
import { autoVsBestPaired, pairedRatios, shownAutoVsBest } from '../../bench/suite.mjs';
import { toCsv } from '../../web-demo/js/export.js';

const hasWasm = (await api.BackendSelector.create({ preferBackend: 'wasm' })).isWasmAvailable();

describe('pairedRatios and autoVsBestPaired (arithmetic)', () => {
  it('the median of the per-pair ratios, with min and max; unusable pairs left out', () => {
    const pairs = [
      { autoMs: 2, routeMs: 1 }, // 2
      { autoMs: 1, routeMs: 1 }, // 1
      { autoMs: 3, routeMs: 2 }, // 1.5
      { autoMs: 0, routeMs: 1 }, // no time: left out
      { autoMs: 1, routeMs: 0 }, // left out
    ];
    expect(pairedRatios(pairs)).toEqual({ pairs: 3, autoVsRoute: 1.5, autoVsRouteMin: 1, autoVsRouteMax: 2 });
    // An even count: the mean of the middle two.
    expect(pairedRatios([{ autoMs: 1, routeMs: 1 }, { autoMs: 1.2, routeMs: 1 }]).autoVsRoute).toBeCloseTo(1.1, 12);
    // A median of ratios, not a ratio of medians: one slow pair (a GC on AUTO's clock) moves nothing.
    expect(pairedRatios([{ autoMs: 1, routeMs: 1 }, { autoMs: 50, routeMs: 1 }, { autoMs: 1, routeMs: 1 }]).autoVsRoute).toBe(1);
    expect(pairedRatios([])).toEqual({ pairs: 0, autoVsRoute: null, autoVsRouteMin: null, autoVsRouteMax: null });
  });

  it('AUTO/best = AUTO/route (paired) × route/best (medians)', () => {
    // AUTO took the best route: AUTO/best is its own cost over that route.
    expect(autoVsBestPaired(1.04, 2, 2)).toBeCloseTo(1.04, 12);
    // AUTO took a route 1.5× slower than the best: both factors count.
    expect(autoVsBestPaired(1.02, 3, 2)).toBeCloseTo(1.53, 12);
    expect(autoVsBestPaired(null, 3, 2)).toBeNull();
    expect(autoVsBestPaired(1, null, 2)).toBeNull();
    expect(autoVsBestPaired(1, 3, 0)).toBeNull();
  });

  it('shownAutoVsBest: the paired estimate where there is one, else the plain ratio', () => {
    expect(shownAutoVsBest({ autoVsBest: 1.3, autoVsBestPaired: 1.05 })).toEqual({ value: 1.05, paired: true });
    expect(shownAutoVsBest({ autoVsBest: 1.3, autoPairs: 0 })).toEqual({ value: 1.3, paired: false });
    expect(shownAutoVsBest({})).toEqual({ value: null, paired: false });
  });
});

describe.runIf(hasWasm)('runSuite: the paired fields', () => {
  it('AUTO row and summary carry the paired measurement; the estimate is AUTO/route × route/best (paired where the best was another contestant); CSV columns', async () => {
    const ids = ['sweep-xor-1kb', 'sweep-contains-strings-256'];
    const doc = await runSuite({ api, quick: true, runs: 2, pairs: 6, workloads: ids });
    for (const s of doc.summary) {
      const auto = doc.results.find((r) => r.id === s.id && r.backend === 'auto');
      expect(auto.verified).toBe(true);
      expect(auto.paired).toMatchObject({ with: auto.routedTo === 'js' ? 'js' : `wasm ${auto.variant}`, pairs: 6 });
      expect(auto.paired.callsPerBatch).toBeGreaterThanOrEqual(1);
      expect(auto.paired.autoVsRouteMin).toBeLessThanOrEqual(auto.paired.autoVsRoute);
      expect(auto.paired.autoVsRoute).toBeLessThanOrEqual(auto.paired.autoVsRouteMax);
      expect(s.autoPairs).toBe(6);
      expect(s.autoPairedWith).toBe(auto.paired.with);
      expect(s.autoVsRoutePaired).toBe(auto.paired.autoVsRoute);
      expect(auto.paired.settleMs).toBeGreaterThan(0);
      if (auto.paired.routeVsBest) {
        // The best by the medians was another contestant: route/best is paired too.
        expect(auto.paired.routeVsBest.with).not.toBe(auto.paired.with);
        expect(s.routePairedWith).toBe(auto.paired.routeVsBest.with);
        expect(s.routeVsBestPaired).toBe(auto.paired.routeVsBest.ratio);
        expect(s.autoVsBestPaired).toBeCloseTo(s.autoVsRoutePaired * Math.max(1, s.routeVsBestPaired), 12);
      } else {
        expect(s.autoChoiceVsBest).toBe(1);
        expect(s.autoVsBestPaired).toBeCloseTo(s.autoVsRoutePaired, 12);
      }
      // The plain ratio of medians stays in the document.
      expect(typeof s.autoVsBest).toBe('number');
    }
    const lines = toCsv(doc).trim().split(/\r?\n/);
    const head = lines[0].split(',');
    expect(lines[0]).toContain(',autoVsBest,autoChoiceVsBest,autoBeforeVsBest,autoVsBestPaired,autoVsRoutePaired,autoPairs,autoPairedWith,routeVsBestPaired,routePairedWith,');
    const autoLine = lines.find((l) => l.includes(',auto,'))?.split(',');
    expect(Number(autoLine[head.indexOf('autoPairs')])).toBe(6);
  });

  it('pairs: 0 turns the paired measurement off (the plain ratio is then what is shown)', async () => {
    const doc = await runSuite({ api, quick: true, runs: 2, pairs: 0, workloads: ['sweep-xor-1kb'] });
    const [s] = doc.summary;
    expect(doc.results.find((r) => r.backend === 'auto')).not.toHaveProperty('paired');
    expect(s).not.toHaveProperty('autoVsBestPaired');
    expect(shownAutoVsBest(s)).toEqual({ value: s.autoVsBest, paired: false });
  });

  it('a wrong answer from AUTO while paired is reported on the AUTO row, never hidden', async () => {
    let pairing = false;
    class LyingWhilePaired extends api.BackendSelector {
      callFunction(name, ...args) {
        const result = super.callFunction(name, ...args);
        if (!pairing || this.config.preferBackend !== 'auto' || !(result instanceof Uint8Array)) return result;
        const wrong = result.slice();
        wrong[0] ^= 1;
        return wrong;
      }
    }
    const doc = await runSuite({
      api: { ...api, BackendSelector: LyingWhilePaired },
      quick: true,
      runs: 2,
      pairs: 6,
      workloads: ['sweep-xor-1kb'],
      onProgress: ({ phase }) => {
        if (phase === 'AUTO paired with its route') pairing = true;
      },
    });
    const auto = doc.results.find((r) => r.backend === 'auto');
    expect(auto.verified).toBe(false);
    expect(auto.error).toMatch(/^paired with /);
    expect(auto.paired.pairs).toBe(0);
    expect(doc.summary[0].autoVsBestPaired).toBeUndefined();
    expect(doc.summary[0].verified).toBe(false);
  });
});
