// Page code of script-tag.html: only the global MultilingualWasm, no bundler, no modules.
/* global MultilingualWasm */
(async () => {
  const out = document.querySelector('[data-testid="result"]');
  try {
    const selector = await MultilingualWasm.BackendSelector.create();
    const message = new TextEncoder().encode('Hello from a plain <script> tag');
    const secret = selector.callFunction('crypto_xor_encrypt', message, 'key');
    const encryptReport = selector.lastCallReport();
    const back = new TextDecoder().decode(selector.callFunction('crypto_xor_decrypt', secret, 'key'));
    const { backend, variant, reason } = selector.status();
    out.textContent = [
      `backend:   ${backend}${variant ? ` (${variant})` : ''}`,
      `reason:    ${reason}`,
      `encrypted: ${Array.from(secret.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join(' ')} …`,
      `ran on:    ${encryptReport.backend} (${encryptReport.reason})`,
      `decrypted: ${back}`,
    ].join('\n');
    Object.assign(out.dataset, { backend, variant: variant ?? '', callBackend: encryptReport.backend, roundTrip: String(back === 'Hello from a plain <script> tag'), done: 'true' });
  } catch (error) {
    out.textContent = `failed: ${error}`;
    out.dataset.done = 'error';
    throw error;
  }
})();
