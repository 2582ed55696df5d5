// Runs the benchmark suite off the page's thread (module worker), with the package as a
// user imports it (dist/index.mjs) and the same suite the CLI runs.
import * as api from '/dist/index.mjs';
import { runSuite } from '/bench/workloads.mjs';

// performance.memory is Chromium-only (and absent in some workers): sample where it exists.
const jsHeap = () => globalThis.performance?.memory?.usedJSHeapSize ?? null;

self.onmessage = async ({ data }) => {
  if (data?.type !== 'run') return;
  // A worker gets its own globals: when the page has no WebAssembly (an old engine, a
  // policy, or the test that removes it), neither may the suite, so the results and
  // their environment describe what the page has.
  if (!data.pageHasWebAssembly) delete globalThis.WebAssembly;
  const jsHeapByWorkload = {};
  let current = null;
  const sample = () => {
    const bytes = jsHeap();
    if (current && bytes !== null) jsHeapByWorkload[current] = Math.max(jsHeapByWorkload[current] ?? 0, bytes);
  };
  try {
    const result = await runSuite({
      api,
      ...data.options,
      onProgress(progress) {
        sample();
        current = progress.workload;
        self.postMessage({ type: 'progress', progress });
      },
    });
    sample();
    self.postMessage({ type: 'done', result, jsHeap: Object.keys(jsHeapByWorkload).length ? jsHeapByWorkload : null });
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error?.stack ?? error) });
  }
};

self.postMessage({ type: 'ready' });
