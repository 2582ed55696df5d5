// Compiled by `npm run typecheck`: callBatch / callBatchAsync overloads per operation and
// WasmArray<T> (issue 14). Not run.
import { BackendSelector, WasmArray } from 'multilingual-wasm';

async function main(): Promise<void> {
  const selector = await BackendSelector.create();
  const hashes: string[] = selector.callBatch('crypto_sha256', [['abc'], [new Uint8Array(4)]]);
  const fibs: (number | bigint)[] = selector.callBatch('numeric_fibonacci', [[10], [100]]);
  const later: string[] = await selector.callBatchAsync('crypto_sha256', [['x']], { timeoutMs: 1000 });
  // @ts-expect-error: an item must be the operation's own parameters
  selector.callBatch('crypto_sha256', [[1, 2]]);
  const dynamic: unknown[] = selector.callBatch(String('data_sort'), [[[3, 1, 2]]]);

  const data: WasmArray<Uint8Array> = selector.allocate(Uint8Array, 1024);
  const out = selector.allocate(Uint8Array, 1024);
  const view: Uint8Array = data.array;
  const same: WasmArray<Uint8Array> = selector.callFunction('crypto_xor_encrypt', data, 'key', { out });
  const fresh: Uint8Array = selector.callFunction('crypto_xor_encrypt', data, 'key');
  const digest: string = selector.callFunction('crypto_sha256', data);
  const pixels = selector.allocate(Uint8ClampedArray, 16);
  const blurredInto = selector.callFunction('image_blur', { data: pixels, width: 2, height: 2 }, 1, { out: selector.allocate(Uint8ClampedArray, 16) });
  const intoData: WasmArray<Uint8ClampedArray> = blurredInto.data;
  const blurred: Uint8ClampedArray = selector.callFunction('image_blur', { data: new Uint8ClampedArray(16), width: 2, height: 2 }, 1).data;
  const floats: Float64Array = selector.allocate(Float64Array, 3).array;
  const residentBytes: number = selector.status().memory.residentBytes;
  data.free();
  void [hashes, fibs, later, dynamic, view, same, fresh, digest, intoData, blurred, floats, residentBytes, selector.lastCallReport()?.batch?.count];
}
void main;
