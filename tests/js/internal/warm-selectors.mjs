// Selectors a test file creates warmed up (the threads build's pool loads after `ready`)
// and ends after each test: `create(config)`, `track(selector)` for one made otherwise,
// and `disposeAll()` for its afterEach.
import { BackendSelector } from 'multilingual-wasm';

export function warmSelectors() {
  const selectors = [];
  return {
    async create(config) {
      const s = await BackendSelector.create(config);
      selectors.push(s);
      await s.warmUp([]);
      return s;
    },
    track(s) {
      selectors.push(s);
      return s;
    },
    disposeAll() {
      for (const s of selectors.splice(0)) s.dispose();
    },
  };
}
