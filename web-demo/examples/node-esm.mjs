// Node.js, ES modules: `node node-esm.mjs`. The package picks WASM when it can and
// says why; the family helpers (CryptoOperations…) use a shared default selector.
import { BackendSelector, CryptoOperations, ready } from 'multilingual-wasm';

const selector = await BackendSelector.create();
const { backend, variant, reason, loadMs } = selector.status();
console.log(`backend: ${backend}${variant ? ` (${variant})` : ''} — ${reason}, loaded in ${loadMs?.toFixed(1) ?? '—'} ms`);

// AUTO answers tiny inputs with JS (WASM's call overhead would not pay off; the
// threshold is measured, see thresholds.json) and large ones with WASM.
const key = 'node-esm';
selector.callFunction('crypto_xor_encrypt', 'a few bytes', key);
console.log(`a few bytes encrypted on: ${selector.lastCallReport().backend} (${selector.lastCallReport().reason})`);

const text = 'a megabyte of text, '.repeat(52429);
const encrypted = selector.callFunction('crypto_xor_encrypt', text, key);
console.log(`encrypted on: ${selector.lastCallReport().backend} (${selector.lastCallReport().reason})`);

await ready();
const decrypted = new TextDecoder().decode(CryptoOperations.xorDecrypt(encrypted, key));
console.log(`round trip: ${decrypted === text ? 'ok' : 'WRONG'} — ${decrypted.length} characters`);
selector.dispose();
