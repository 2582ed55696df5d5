// Compiled by `npm run typecheck` and by the packed-package test (tests/package) under
// node16 ESM, node16 CJS and bundler resolution, strict, with no DOM or @types/node:
// each operation's overload returns the input's form, callbacks are typed, and misuse is
// an error. Not run.
import { BackendSelector, DataOperations, MatrixOperations, type MatrixObject } from 'multilingual-wasm';

/**
 * Fails to compile unless T is U or narrower, and not `any` (a union of every form, the
 * old result type, is not narrower than one form). Narrower: `new Float32Array(n)` is a
 * Float32Array<ArrayBuffer> since TypeScript 5.7.
 */
type Is<T, U> = 0 extends 1 & T ? false : [T] extends [U] ? true : false;
function assertType<T, U>(_value: T, _check: Is<T, U>): void {}

export async function forms(selector: BackendSelector): Promise<void> {
  // Matrices keep their form and element type.
  const nested = selector.callFunction('matrix_multiply', [[1, 2], [3, 4]], [[5], [6]]);
  assertType<typeof nested, number[][]>(nested, true);
  const m64: MatrixObject = { rows: 2, cols: 2, data: new Float64Array(4) };
  const p64 = selector.callFunction('matrix_multiply', m64, m64);
  assertType<typeof p64, MatrixObject<Float64Array>>(p64, true);
  const m32 = { rows: 2, cols: 2, data: new Float32Array(4) };
  const p32 = selector.callFunction('matrix_multiply', m32, m32);
  assertType<typeof p32['data'], Float32Array>(p32.data, true);
  const t32 = MatrixOperations.transpose(m32);
  assertType<typeof t32['data'], Float32Array>(t32.data, true);
  const async64 = await selector.callAsync('matrix_multiply', m64, m64);
  assertType<typeof async64, MatrixObject<Float64Array>>(async64, true);
  const timed = await selector.callAsync({ name: 'matrix_transpose', timeoutMs: 100 }, [[1, 2]]);
  assertType<typeof timed, number[][]>(timed, true);

  // Images keep their pixel array type.
  const clamped = selector.callFunction('image_grayscale', { data: new Uint8ClampedArray(16), width: 2, height: 2 });
  assertType<typeof clamped['data'], Uint8ClampedArray>(clamped.data, true);
  const plain = selector.callFunction('image_blur', { data: new Uint8Array(16), width: 2, height: 2 }, 1, { kind: 'gaussian' });
  assertType<typeof plain['data'], Uint8Array>(plain.data, true);

  // Typed arrays keep their type.
  const sorted = selector.callFunction('data_sort', new Float32Array([3, 1, 2]));
  assertType<typeof sorted, Float32Array>(sorted, true);
  const bytes = selector.callFunction('crypto_xor_encrypt', 'text', 'key');
  assertType<typeof bytes, Uint8Array>(bytes, true);

  // Callback operations: generics, no `any`.
  const words = selector.callFunction('data_filter', ['a', 'bb', 'ccc'], (w) => w.length > 1);
  assertType<typeof words, string[]>(words, true);
  const lengths = selector.callFunction('data_map', ['a', 'bb'], (w) => w.length);
  assertType<typeof lengths, number[]>(lengths, true);
  const doubled = DataOperations.map(new Float64Array([1, 2]), (x) => x * 2);
  assertType<typeof doubled, Float64Array>(doubled, true);
  const total = selector.callFunction('data_reduce', [1, 2, 3], (acc, x) => acc + x);
  assertType<typeof total, number>(total, true);
  const joined = selector.callFunction('data_reduce', [1, 2, 3], (acc, x) => acc + String(x), '');
  assertType<typeof joined, string>(joined, true);
  const groups = selector.callFunction('data_group_by', [{ k: 'a', v: 1 }], (r) => r.k);
  assertType<typeof groups, Record<string, { k: string; v: number }[]>>(groups, true);

  // A name known only at run time still compiles, with an unknown result.
  const dynamic: string = ['matrix_multiply'][0];
  const anything = selector.callFunction(dynamic, 1, 2);
  assertType<typeof anything, unknown>(anything, true);

  // Misuse is a compile error.
  // @ts-expect-error matrices of different element types
  selector.callFunction('matrix_multiply', m32, m64);
  // @ts-expect-error a string is not a matrix
  selector.callFunction('matrix_multiply', 'abc', m64);
  // @ts-expect-error radius is a number
  selector.callFunction('image_blur', { data: new Uint8Array(16), width: 2, height: 2 }, '1');
  // @ts-expect-error the callback's value is a string, which has no toFixed
  selector.callFunction('data_map', ['a'], (w) => w.toFixed(1));
  // @ts-expect-error callback operations cannot cross to a worker
  void selector.callAsync('data_map', [1], (x: number) => x);
  // @ts-expect-error the option is wasmUrl, not wasmURL
  new BackendSelector({ wasmURL: 'x' });
}
