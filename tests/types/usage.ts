// Compiled by `npm run typecheck` (tsc --noEmit): the public types accept real usage and
// give precise result types. Not run.
import { BackendSelector, CryptoOperations, InvalidArgumentError, type SelectorStatus, type Thresholds } from 'multilingual-wasm';

async function main(): Promise<void> {
  const selector = await BackendSelector.create({ preferBackend: 'auto', simd: true, memoryPages: 256 });
  const bytes: Uint8Array = selector.callFunction('crypto_xor_encrypt', 'hello', 'k');
  const back: Uint8Array = CryptoOperations.xorDecrypt(bytes, 'k');
  const reused = new Uint8Array(bytes.length);
  const into: Uint8Array = selector.callFunction('crypto_xor_encrypt', bytes, 'k', { out: reused });
  const status: SelectorStatus = selector.status();
  const reason: string = status.reason;
  // AUTO's thresholds: measured here, saved, passed back; which set is in use.
  const thresholds: Thresholds = await selector.calibrate({ operations: ['matrix_multiply'], budgetMs: 300 });
  const calibrated = await BackendSelector.create({ thresholds: { ...thresholds, crypto_xor_encrypt: { wasmMinSize: 4096 } } });
  const which: string = calibrated.status().thresholds;
  const measuredAt: number | undefined = calibrated.status().calibration?.points['matrix_multiply']?.[0]?.[0];
  void [which, measuredAt];
  // The package's own JS only (no node:crypto, String#includes, …): lastCallReport().jsPath is then absent.
  const pure = new BackendSelector({ preferBackend: 'js', platformNatives: false });
  const path: string | undefined = pure.lastCallReport()?.jsPath;
  void path;
  try {
    selector.callFunction('crypto_xor_encrypt', 'x', '');
  } catch (error) {
    if (error instanceof InvalidArgumentError) void [error.operation, reason, back, into];
  }
}
void main;
