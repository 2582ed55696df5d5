// One selector per backend and build variant this machine runs, for tests that check a
// property on every one of them: 'js', 'auto' (the default config), and preferBackend
// 'wasm' forced onto each build of tests/js/backends.mjs (pool up for simd-threads).
import { BackendSelector } from 'multilingual-wasm';
import { BUILDS } from './backends.mjs';

export const VARIANTS = ['js', 'auto', ...Object.keys(BUILDS)];

export async function variantSelectors() {
  const selectors = {
    js: await BackendSelector.create({ preferBackend: 'js' }),
    auto: await BackendSelector.create(),
  };
  for (const [build, config] of Object.entries(BUILDS)) {
    selectors[build] = await (await BackendSelector.create(config)).warmUp([]);
    const { variant, threads } = selectors[build].status();
    if (variant !== build) throw new Error(`the ${build} build does not load here: got ${variant} (${threads.reason})`);
  }
  return selectors;
}
