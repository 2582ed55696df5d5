// Runs the benchmark suite off the page's thread, with the same suite the CLI runs.
//
// A classic worker on the script-tag build (dist/multilingual-wasm.global.js), not a
// module worker on dist/index.mjs: the threads build's glue is a classic script that
// the package loads with importScripts(), which module workers do not have, so in a
// module worker the simd-threads variant could never load. The suite itself is an ES
// module, reached with import() (allowed in classic workers).
/* global MultilingualWasm */
importScripts('/dist/multilingual-wasm.global.js');

// The script-tag build finds its .wasm beside the script that loaded it, which in a
// worker is this file; tell it where the package's wasm/ folder is served instead.
const WASM_URL = '/dist/wasm/';
class BackendSelector extends MultilingualWasm.BackendSelector {
  constructor(config = {}) {
    super({ wasmUrl: WASM_URL, ...config });
  }
}
const api = { ...MultilingualWasm, BackendSelector };

// performance.memory is Chromium-only (and absent in some workers): sample where it exists.
const jsHeap = () => globalThis.performance?.memory?.usedJSHeapSize ?? null;

async function probe(variants) {
  const { probeVariants } = await import('/bench/suite.mjs');
  return probeVariants(api, variants);
}

async function run(options) {
  const { runSuite } = await import('/bench/workloads.mjs');
  const jsHeapByWorkload = {};
  let current = null;
  const sample = () => {
    const bytes = jsHeap();
    if (current && bytes !== null) jsHeapByWorkload[current] = Math.max(jsHeapByWorkload[current] ?? 0, bytes);
  };
  const result = await runSuite({
    api,
    ...options,
    onProgress(progress) {
      sample();
      current = progress.workload;
      self.postMessage({ type: 'progress', progress });
    },
  });
  sample();
  return { result, jsHeap: Object.keys(jsHeapByWorkload).length ? jsHeapByWorkload : null };
}

self.onmessage = async ({ data }) => {
  // A worker gets its own globals: when the page has no WebAssembly (an old engine, a
  // policy, or the test that removes it), neither may the suite, so the results and
  // their environment describe what the page has.
  if (data && !data.pageHasWebAssembly) delete globalThis.WebAssembly;
  try {
    if (data?.type === 'probe') {
      self.postMessage({ type: 'probed', ...(await probe(data.variants)) });
    } else if (data?.type === 'run') {
      self.postMessage({ type: 'done', ...(await run(data.options)) });
    }
  } catch (error) {
    self.postMessage({ type: 'error', message: String(error?.stack ?? error) });
  }
};

self.postMessage({ type: 'ready' });
