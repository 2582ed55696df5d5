// A WasmArray outlives a rebuild of its selector's instance (what a trap does) only as an
// InvalidArgumentError, never as a pointer into the new heap. Internal: it rebuilds the
// instance through the selector's _rebuild() (tests/js/internal/faults.test.mjs makes real
// traps).
import { expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError } from 'multilingual-wasm';

const bytes = (n) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) & 255);

it('after a rebuild of the instance: InvalidArgumentError; arrays allocated afterwards work', async () => {
  const s = await BackendSelector.create({ preferBackend: 'wasm', threads: false });
  const w = s.allocate(Uint8Array, 10);
  w.array.set(bytes(10));
  s._rebuild();
  await s.ready;
  expect(s.isWasmAvailable()).toBe(true);
  expect(() => s.callFunction('crypto_sha256', w)).toThrow(/no longer uses/);
  expect(() => w.array).toThrow(InvalidArgumentError);
  w.free();
  const v = s.allocate(Uint8Array, 10);
  v.array.set(bytes(10));
  expect(s.callFunction('crypto_sha256', v)).toBe(s.callFunction('crypto_sha256', bytes(10)));
  v.free();
  s.dispose();
});
