// Entry of the worker bundles (dist/worker.mjs, dist/worker.cjs,
// dist/multilingual-wasm.worker.js). A worker holds its own BackendSelector built with
// the calling selector's config and answers one call at a time.
import { isNode, nodeBuiltin } from './environment.js';
import { useDefaultWasmUrls } from './locate.js';
import { BackendSelector } from './selector.js';
import { serializeError, transferablesOf } from './worker-protocol.js';

const port = isNode ? nodeBuiltin('worker_threads').parentPort : self;
let selector = null;

function reply(message, transfer = []) {
  try {
    port.postMessage(message, transfer);
  } catch (error) {
    // A result that cannot be cloned (should not happen for this package's results).
    port.postMessage({ type: 'result', id: message.id, ok: false, error: serializeError(new Error(`result cannot be sent back: ${error.message}`)) });
  }
}

async function onMessage(message) {
  if (message.type === 'init') {
    // The .wasm files where the calling bundle found them (see js/async.js).
    useDefaultWasmUrls(message.wasmUrls);
    selector = new BackendSelector(message.config);
    await selector.ready;
    reply({ type: 'ready', backend: selector.backend, reason: selector.status().reason });
    return;
  }
  if (message.type === 'call') {
    const { id, name, args, batch } = message;
    try {
      const result = batch ? selector.callBatch(name, args) : selector.callFunction(name, ...args);
      reply({ type: 'result', id, ok: true, result, report: selector.lastCallReport() }, transferablesOf(result, batch));
    } catch (error) {
      reply({ type: 'result', id, ok: false, error: serializeError(error) });
    }
  }
}

if (isNode) port.on('message', onMessage);
else self.onmessage = (event) => onMessage(event.data);
