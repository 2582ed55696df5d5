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

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** A devDependency's version, from its package.json as the demo server serves it. */
async function version(name) {
  try {
    return (await (await fetch(`/vendor/${name}/package.json`)).json()).version ?? null;
  } catch {
    return null;
  }
}

/**
 * The libraries a user would pick instead, as they run in this browser (the CLI's
 * `bench --peers` in Node: bench/peers.mjs): hash-wasm and TF.js's WASM backend, loaded
 * from the demo server's /vendor/ (classic scripts, like the package's script-tag build);
 * WebCrypto's SHA-256 as the platform's own. The same workloads, checks and timing loop
 * as the CLI (bench/peers-core.mjs). A peer that does not load leaves a notice.
 */
async function runPeers({ quick }, onProgress) {
  const core = await import('/bench/peers-core.mjs');
  const notices = [];
  const peers = {};
  try {
    importScripts('/vendor/hash-wasm/dist/index.umd.min.js');
    const h = globalThis.hashwasm;
    peers.hashWasm = {
      version: await version('hash-wasm'),
      sha256: await h.createSHA256(),
      xxhash32: await h.createXXHash32(),
      xxhash64: await h.createXXHash64(),
      xxhash3: await h.createXXHash3(),
      crc32: await h.createCRC32(),
    };
  } catch (error) {
    notices.push(`peer hash-wasm did not load here (${error?.message ?? error}): its rows are skipped`);
  }
  try {
    importScripts('/vendor/tfjs-core/dist/tf-core.min.js', '/vendor/tfjs-backend-wasm/dist/tf-backend-wasm.min.js');
    const { tf } = globalThis;
    (tf.wasm ?? tf).setWasmPaths('/vendor/tfjs-backend-wasm/dist/');
    // One thread, as in Node: its threaded build starts workers from blob: URLs, which
    // this page's CSP (script-src 'self') does not allow.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (!(await tf.setBackend('wasm'))) throw new Error('tf.setBackend("wasm") returned false');
    await tf.ready();
    peers.tf = { version: await version('tfjs-backend-wasm'), tf, backend: tf.getBackend() };
  } catch (error) {
    notices.push(`peer @tensorflow/tfjs-backend-wasm did not start here (${error?.message ?? error}): its rows are skipped`);
  }
  const threads = 2;
  const ours = await core.prepareOurs(api, threads, (text) => notices.push(text));
  const platform = {
    sha256Hex: async (data) => hex(await crypto.subtle.digest('SHA-256', data)),
    sha256: (data, check) => ({
      role: 'native', library: 'WebCrypto (crypto.subtle.digest)', what: 'the browser\'s own SHA-256, asynchronous (a promise per digest)', threads: 1, async: true,
      run: () => crypto.subtle.digest('SHA-256', data).then(hex), check,
    }),
  };
  const workloads = [...core.hashWorkloads(quick, platform), ...core.matmulWorkloads(quick, threads)];
  const rows = await core.timePeers(workloads, { ours, peers, api, quick, onProgress });
  ours.one.dispose();
  ours.many?.dispose();
  return { schema: core.PEERS_SCHEMA, threads, notices, rows };
}

async function run({ peers: withPeers, ...options }) {
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
  if (withPeers) {
    result.peers = await runPeers(options, (progress) => self.postMessage({ type: 'progress', progress: { ...progress, phase: `peers: ${progress.phase}` } }));
  }
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
