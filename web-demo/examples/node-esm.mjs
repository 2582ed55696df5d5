// Node.js, ES modules: `node node-esm.mjs`. The package picks WASM when it can and
// says why; the family helpers (CryptoOperations…) use a shared default selector.
import { BackendSelector, CryptoOperations, ready } from 'multilingual-wasm';

const selector = await BackendSelector.create();
const { backend, variant, reason, loadMs } = selector.status();
console.log(`backend: ${backend}${variant ? ` (${variant})` : ''} — ${reason}, loaded in ${loadMs?.toFixed(1) ?? '—'} ms`);

const data = new TextEncoder().encode('a megabyte would do just as well');
const key = 'node-esm';
const encrypted = selector.callFunction('crypto_xor_encrypt', data, key);
console.log(`encrypted on: ${selector.lastCallReport().backend} (${selector.lastCallReport().reason})`);

await ready();
const decrypted = new TextDecoder().decode(CryptoOperations.xorDecrypt(encrypted, key));
console.log(`round trip: ${decrypted === 'a megabyte would do just as well' ? 'ok' : 'WRONG'} — "${decrypted}"`);
selector.dispose();
