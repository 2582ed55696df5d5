// The backends the JS tests compare: JS and each WASM build, forced through the public
// config only. tests/js/parity.test.mjs runs every operation's arbitrary on all of them;
// the per-family files in tests/js/ops/ use `agreed()` to check an operation's own
// semantics (known values, laws, edge cases) once, on every backend at the same time.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { BackendSelector } from 'multilingual-wasm';
import { difference } from '../../bench/checks.mjs';

/** The WASM builds compared with JS: build name -> the public config that forces it. */
export const BUILDS = {
  baseline: { preferBackend: 'wasm', simd: false, threads: false },
  simd: { preferBackend: 'wasm', threads: false },
  // Two threads: the policy hands a call its threads from the calibrated threadsMinSize;
  // the split itself on small odd shapes is pinned in tests/js/internal/threads_kernels.test.mjs.
  // wasmUrl names the threads file, so that every call runs on this build: by default the
  // simd instance that served before the takeover answers the calls that run on one thread
  // (tested in tests/js/internal/threads.test.mjs).
  'simd-threads': { preferBackend: 'wasm', threads: 2, wasmUrl: fileURLToPath(new URL('../../dist/wasm/mlw-simd-threads.wasm', import.meta.url)) },
};

/** Selectors for JS and every build, created before the file's tests and disposed after. */
export function useBackends() {
  const selectors = {};
  beforeAll(async () => {
    selectors.js = await BackendSelector.create({ preferBackend: 'js' });
    for (const [build, config] of Object.entries(BUILDS)) {
      // warmUp([]): with threads, simd serves until the simd-threads pool is up; wait for it.
      selectors[build] = await (await BackendSelector.create(config)).warmUp([]);
      expect(selectors[build].status().variant, `the ${build} build loads here`).toBe(build);
    }
  });
  afterAll(() => Object.values(selectors).forEach((s) => s.dispose()));
  return selectors;
}

/** { value } or { error } (the thrown error itself). */
export function outcome(selector, name, args) {
  try {
    return { value: selector.callFunction(name, ...args) };
  } catch (error) {
    return { error };
  }
}

/** A short description of an argument list, for failure messages only (never a 6 MB dump). */
function show(args) {
  const brief = (v) =>
    typeof v === 'bigint' ? `${v}n` : ArrayBuffer.isView(v) ? `${v.constructor.name}(${v.length})` : typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}… (${v.length} chars)` : v;
  try {
    const text = JSON.stringify(args.map(brief), (_, v) => brief(v));
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(args);
  }
}

/**
 * `name(...args)` on JS and on every build of `selectors`: each WASM build must report
 * that it ran on WASM in that build and give exactly the JS answer (same type, same bits),
 * or throw the same error class and message. Returns the agreed value; throws the JS
 * error when every backend threw it (so `expect(() => agreed(…)).toThrow(…)` works).
 */
export function agreed(selectors, name, ...args) {
  const want = outcome(selectors.js, name, args);
  if (!want.error) expect(selectors.js.lastCallReport().backend).toBe('js');
  for (const build of Object.keys(BUILDS)) {
    const s = selectors[build];
    const got = outcome(s, name, args);
    if (want.error || got.error) {
      const pair = (o) => [o.error?.name, o.error?.message];
      if (!want.error || !got.error || pair(got).some((x, i) => x !== pair(want)[i])) {
        expect(pair(got), `${name} on ${build}, args ${show(args)}`).toEqual(pair(want));
      }
      continue;
    }
    const report = s.lastCallReport();
    const diff = difference(got.value, want.value);
    if (report.backend !== 'wasm' || report.variant !== build || diff !== null) {
      const where = `${name} on ${build}, args ${show(args)}`;
      expect(report, where).toMatchObject({ backend: 'wasm', variant: build });
      expect(diff, where).toBeNull();
    }
  }
  if (want.error) throw want.error;
  return want.value;
}

/**
 * `name(...args)` on JS and on every build, each build checked to have run on WASM in that
 * build; returns { js, baseline, simd, 'simd-threads' } as outcome()s. For the few
 * comparisons that are not identity (science_integrate with libm functions).
 */
export function outcomes(selectors, name, ...args) {
  const all = { js: outcome(selectors.js, name, args) };
  for (const build of Object.keys(BUILDS)) {
    all[build] = outcome(selectors[build], name, args);
    if (!all[build].error) expect(selectors[build].lastCallReport()).toMatchObject({ backend: 'wasm', variant: build });
  }
  return all;
}
