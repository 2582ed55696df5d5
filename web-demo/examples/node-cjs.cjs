// Node.js, CommonJS: `node node-cjs.cjs`. The same package through require().
const { BackendSelector, Backend } = require('multilingual-wasm');

async function main() {
  const selector = await BackendSelector.create({ preferBackend: Backend.AUTO });
  const { backend, variant, reason } = selector.status();
  console.log(`backend: ${backend}${variant ? ` (${variant})` : ''} — ${reason}`);

  // A megabyte: large enough that AUTO picks WASM (tiny inputs go to JS; thresholds.json).
  const data = Buffer.from('CommonJS still runs most of npm. '.repeat(31776));
  const encrypted = selector.callFunction('crypto_xor_encrypt', data, 'cjs');
  console.log(`encrypted on: ${selector.lastCallReport().backend} (${selector.lastCallReport().reason})`);
  const decrypted = Buffer.from(selector.callFunction('crypto_xor_decrypt', encrypted, 'cjs')).toString('utf8');
  console.log(`round trip: ${decrypted === data.toString('utf8') ? 'ok' : 'WRONG'} — ${decrypted.length} characters`);
  selector.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
