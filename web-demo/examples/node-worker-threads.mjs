// Node.js, worker_threads: `node node-worker-threads.mjs`. The package inside a worker
// thread of your own, and selector.callAsync, which runs calls in the package's own pool
// of workers (the calling thread stays free; results come back by transfer).
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { BackendSelector } from 'multilingual-wasm';

const n = 200;
const matrix = { rows: n, cols: n, data: new Float64Array(n * n).map((_, i) => (i % 13) - 6) };
const total = (m) => m.data.reduce((sum, v) => sum + v, 0);

if (isMainThread) {
  // 1. Your own worker thread (this file again) imports the package and answers.
  const fromWorker = await new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url));
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  console.log(`own worker thread: ${fromWorker.backend} (${fromWorker.variant}), sum of entries ${fromWorker.total}`);

  // 2. callAsync: the package's pool of workers, on WASM where the calling selector is.
  const selector = await BackendSelector.create();
  const product = await selector.callAsync('matrix_multiply', matrix, matrix);
  const report = selector.lastCallReport();
  console.log(`callAsync: ${report.backend} (${report.variant}) in a worker: ${report.worker === true}, ${report.ms.toFixed(1)} ms`);
  console.log(`same answer as the worker thread: ${total(product) === fromWorker.total ? 'ok' : 'WRONG'}`);
  selector.dispose();
} else {
  const selector = await BackendSelector.create();
  const product = selector.callFunction('matrix_multiply', matrix, matrix);
  const { backend, variant } = selector.status();
  parentPort.postMessage({ backend, variant, total: total(product) });
  selector.dispose();
}
