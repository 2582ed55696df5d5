// The named-property rule of js/boundary.js: code that is handed the caller's own typed
// array (arrayOf) reads its elements by index and everything else through the engine's
// own functions — never `.length`, `.buffer`, `.subarray()`, `.constructor`, … of the
// array, which an own property or a subclass could redefine. Here every typed array in
// an operation's arguments is replaced by a genuine typed array with the same elements
// whose every named member is an own accessor that throws (a tripwire): every operation,
// on every backend and build variant (and the package's own JS, platformNatives: false),
// must give the same answer or error as with the untouched arguments, alone and in a
// callBatch. Subclasses whose getters lie are checked the same way.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector } from 'multilingual-wasm';
import { variantSelectors } from './variants.mjs';
import { operations as rows } from '../../js/registry/index.js';

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const tagOf = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const isTyped = (v) => v !== null && typeof v === 'object' && tagOf.call(v) !== undefined;

class Tripwire extends Error {}

/** Every named member a typed array of type T inherits (strings and symbols). */
function memberNames(T) {
  const names = new Set([...Reflect.ownKeys(TypedArrayPrototype), ...Reflect.ownKeys(T.prototype), 'constructor']);
  return [...names];
}

/** A copy of `v` (same type, same elements) whose named members are throwing own accessors. */
function tripwired(v) {
  const T = globalThis[tagOf.call(v)];
  const copy = new T(v);
  for (const key of memberNames(T)) {
    Object.defineProperty(copy, key, {
      configurable: true,
      get() {
        throw new Tripwire(`read .${String(key)} of the caller's array`);
      },
    });
  }
  return copy;
}

/** A copy of `v` as an instance of a subclass whose getters and methods lie. */
function liar(v) {
  const T = globalThis[tagOf.call(v)];
  class Liar extends T {
    get length() { return 1 << 20; }
    get byteLength() { return 1 << 23; }
    get byteOffset() { return 8; }
    subarray() { return new T(4); }
    slice() { return new T(4); }
    static get [Symbol.species]() { return Uint8Array; }
  }
  const copy = new Liar(tagOf.call(v) === undefined ? 0 : new T(v).length);
  copy.set(v);
  return copy;
}

/** `args` with every typed array (top level, or one object level down) replaced by make(array). */
function replaced(args, make) {
  let count = 0;
  const swap = (v) => {
    if (isTyped(v)) {
      count++;
      return make(v);
    }
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, isTyped(x) ? (count++, make(x)) : x]));
    }
    return v;
  };
  const out = args.map(swap);
  return count > 0 ? out : null;
}

/** A result, comparable without touching the named members of a returned caller's array. */
function plain(value) {
  if (isTyped(value)) return { type: tagOf.call(value), values: Array.from(new globalThis[tagOf.call(value)](value)) };
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function outcome(selector, name, args, batch) {
  try {
    return { ok: true, value: plain(batch ? selector.callBatch(name, [args, args]) : selector.callFunction(name, ...args)) };
  } catch (error) {
    return { ok: false, name: error?.name, message: error?.message };
  }
}

const selectors = {};
beforeAll(async () => {
  Object.assign(selectors, await variantSelectors());
  selectors['pure js'] = await BackendSelector.create({ preferBackend: 'js', platformNatives: false });
}, 120_000);
afterAll(() => {
  for (const s of Object.values(selectors)) s.dispose();
});

const takesTypedArrays = [...rows.values()].filter((row) => typeof row.arbitrary === 'function');

describe("the caller's typed arrays: elements by index, nothing else of theirs", () => {
  for (const [kind, make] of [['tripwired', tripwired], ['a lying subclass', liar]]) {
    it(`${kind} typed arrays give the same answers and errors as plain ones, every operation and variant`, () => {
      let checked = 0;
      for (const row of takesTypedArrays) {
        const samples = fc.sample(row.arbitrary(fc), { numRuns: 40, seed: 20261202 });
        for (const args of samples) {
          if (replaced(args, (v) => v) === null) continue;
          for (const [variant, s] of Object.entries(selectors)) {
            // callFunction, and callBatch (whose kernels take every item at once).
            for (const batch of [false, true]) {
              // Fresh copies per call: an operation may write into an options.out.
              const expected = outcome(s, row.name, replaced(args, (v) => new globalThis[tagOf.call(v)](v)), batch);
              const got = outcome(s, row.name, replaced(args, make), batch);
              expect(got, `${row.name} on ${variant}${batch ? ' in a batch' : ''}, ${kind}: ${got.message ?? ''}`).toEqual(expected);
              checked++;
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(200);
    });
  }
});

describe("the caller's typed arrays in callAsync (the worker's copy is made from the engine's own reads)", () => {
  it('tripwired typed arrays give the answers of plain ones on the AUTO selector, every operation', async () => {
    let checked = 0;
    for (const row of takesTypedArrays) {
      const args = fc.sample(row.arbitrary(fc), { numRuns: 40, seed: 20261202 }).find((a) => replaced(a, (v) => v) !== null);
      if (args === undefined) continue;
      const settle = (p) => p.then((value) => ({ ok: true, value: plain(value) }), (error) => ({ ok: false, name: error?.name, message: error?.message }));
      const expected = await settle(selectors.auto.callAsync(row.name, ...replaced(args, (v) => new globalThis[tagOf.call(v)](v))));
      const got = await settle(selectors.auto.callAsync(row.name, ...replaced(args, tripwired)));
      expect(got, `${row.name} in callAsync: ${got.message ?? ''}`).toEqual(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  }, 60_000);
});
