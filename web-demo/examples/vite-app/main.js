// A bundled app using the package by name. WASM is forced (preferBackend 'wasm') so a
// .wasm the bundler failed to emit shows as an error instead of a quiet JS fallback.
import { BackendSelector, version } from 'multilingual-wasm';

const out = document.querySelector('[data-testid="result"]');

try {
  const selector = await BackendSelector.create({ preferBackend: 'wasm' });
  const data = new Uint8Array(4096).map((_, i) => (i * 31) & 0xff);
  const encrypted = selector.callFunction('crypto_xor_encrypt', data, 'vite');
  const report = selector.lastCallReport();
  const decrypted = selector.callFunction('crypto_xor_decrypt', encrypted, 'vite');
  const roundTrip = decrypted.every((b, i) => b === data[i]);
  const { backend, variant, wasmUrl, threads } = selector.status();
  out.textContent = `multilingual-wasm ${version}\nbackend: ${backend} (${variant})\nwasm:    ${wasmUrl}\nthreads: ${threads.reason ?? 'in use'}\ncall:    ${report.backend} — ${report.reason}\nround trip: ${roundTrip ? 'ok' : 'WRONG'}`;
  Object.assign(out.dataset, { backend, variant, callBackend: report.backend, wasmUrl, threadsReason: threads.reason ?? '', roundTrip: String(roundTrip), done: 'true' });
} catch (error) {
  out.textContent = `failed: ${error}`;
  out.dataset.done = 'error';
  throw error;
}
