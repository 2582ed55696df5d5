// One selector per backend and build variant this machine runs, for tests that check a
// property on every one of them: 'js', 'auto' (default config), and preferBackend 'wasm'
// forced onto each build: 'baseline', 'simd', 'threads' (simd-threads, pool up).
import { BackendSelector } from 'multilingual-wasm';

export const VARIANTS = ['js', 'auto', 'baseline', 'simd', 'threads'];

export async function variantSelectors() {
  const selectors = {
    js: await BackendSelector.create({ preferBackend: 'js' }),
    auto: await BackendSelector.create(),
    baseline: await BackendSelector.create({ preferBackend: 'wasm', simd: false, threads: false }),
    simd: await BackendSelector.create({ preferBackend: 'wasm', threads: false }),
    threads: await (await BackendSelector.create({ preferBackend: 'wasm', threads: 2 })).warmUp([]),
  };
  for (const v of ['baseline', 'simd']) if (selectors[v].status().variant !== v) throw new Error(`${v}: got ${selectors[v].status().variant}`);
  if (selectors.threads.status().variant !== 'simd-threads') throw new Error(`threads: got ${selectors.threads.status().variant} (${selectors.threads.status().threads.reason})`);
  return selectors;
}
