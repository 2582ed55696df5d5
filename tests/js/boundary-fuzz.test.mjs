// Property-based: hostile values at the public API of every operation. Each run takes an
// operation's valid reference arguments and makes one of them lie — a look-alike or Proxy
// typed array, a detached or out-of-bounds view, a copy from another realm, an object
// whose getters detach or shrink a buffer, a Proxy that throws, prototype-named keys,
// a revoked Proxy — and calls it on every backend and build variant. Whatever happens
// must be one of: the same answer everywhere, or the same error class and message
// everywhere (one of the package's exported errors, or the caller's own exception); the
// WASM heap back where it was; the next call on the same selector right; the process
// alive.
import vm from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as mlw from 'multilingual-wasm';
import { variantSelectors } from './variants.mjs';
import { operations as rows } from '../../js/registry/index.js';

const referenceArgs = (name) => () => rows.get(name).sample();

const { BackendSelector, MultilingualWasmError } = mlw;

const selectors = {};
let operations = [];
/** Operations that take JS callbacks: what the callback throws is the caller's own error. */
const jsOnly = new Set();

beforeAll(async () => {
  Object.assign(selectors, await variantSelectors());
  const listed = selectors.js.listOperations();
  operations = listed.map((op) => op.name);
  for (const op of listed) if (op.jsOnly) jsOnly.add(op.name);
}, 120_000);

afterAll(() => {
  for (const s of Object.values(selectors)) s.dispose();
});

const realm = vm.createContext({});
const inRealm = (source) => vm.runInContext(source, realm);

/** A copy of `value` whose typed arrays come from another realm (node:vm). */
function fromOtherRealm(value) {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const Other = inRealm(value.constructor.name);
    return Other.from(value);
  }
  if (Array.isArray(value)) return value.map(fromOtherRealm);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromOtherRealm(v)]));
  return value;
}

/** Every typed array inside `value` (one level of objects/arrays deep is enough here). */
function typedArraysIn(value, found = []) {
  if (ArrayBuffer.isView(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => typedArraysIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => typedArraysIn(v, found));
  return found;
}

/** A copy of `value` with its typed arrays on resizable buffers (so getters can shrink them). */
function onResizable(value, buffers) {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const buffer = new ArrayBuffer(value.byteLength, { maxByteLength: value.byteLength + 64 });
    const copy = new value.constructor(buffer, 0, value.length);
    copy.set(value);
    buffers.push(buffer);
    return copy;
  }
  if (Array.isArray(value)) return value.map((v) => onResizable(v, buffers));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onResizable(v, buffers)]));
  return value;
}

class Mine extends Error {}

/**
 * The lies: each takes the valid argument list and the index to change, and returns the
 * new list (or null when it does not apply to that argument).
 */
const LIES = {
  lookAlike: (args, i) => {
    const v = args[i];
    if (!ArrayBuffer.isView(v)) return null;
    const fake = Object.setPrototypeOf({ length: v.length * 1024, buffer: new ArrayBuffer(8), byteOffset: 0, byteLength: 8 }, Object.getPrototypeOf(v));
    return args.with(i, fake);
  },
  lyingProxy: (args, i) => {
    const v = args[i];
    if (v === null || typeof v !== 'object') return null;
    return args.with(i, new Proxy(v, { get: (t, k) => (k === 'length' || k === 'byteLength' ? 1 << 20 : Reflect.get(t, k)) }));
  },
  transparentProxy: (args, i) => {
    const v = args[i];
    if (v === null || typeof v !== 'object') return null;
    return args.with(i, new Proxy(v, {}));
  },
  throwingProxy: (args, i) => {
    const v = args[i];
    if (v === null || typeof v !== 'object') return null;
    return args.with(i, new Proxy(v, { get() { throw new Mine('trap'); }, ownKeys() { throw new Mine('trap'); } }));
  },
  revokedProxy: (args, i) => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return args.with(i, proxy);
  },
  detached: (args, i) => {
    if (typedArraysIn(args[i]).length === 0) return null;
    const copy = structuredClone(args[i]);
    const arrays = typedArraysIn(copy);
    if (arrays.length === 0) return null;
    for (const a of arrays) if (a.buffer.byteLength > 0) structuredClone(a.buffer, { transfer: [a.buffer] });
    return args.with(i, copy);
  },
  otherRealm: (args, i) => {
    const copy = fromOtherRealm(args[i]);
    if (typedArraysIn(args[i]).length === 0) return null;
    return args.with(i, copy);
  },
  shrunkByLaterGetter: (args, i) => {
    // Argument i on resizable buffers; the last argument becomes an object whose getters
    // shrink them all (or, when i is the last, a getter of its own does).
    const buffers = [];
    const copy = onResizable(args[i], buffers);
    if (buffers.length === 0 || copy === null || typeof copy !== 'object') return null;
    const shrink = () => { for (const b of buffers) b.resize(0); };
    const out = args.with(i, copy);
    if (i < args.length - 1 && args.at(-1) !== null && typeof args.at(-1) === 'object' && !ArrayBuffer.isView(args.at(-1))) {
      const last = args.at(-1);
      const lying = {};
      for (const key of Object.keys(last)) Object.defineProperty(lying, key, { enumerable: true, get() { shrink(); return last[key]; } });
      return out.with(-1, lying);
    }
    if (Array.isArray(copy) || ArrayBuffer.isView(copy)) return null;
    const keys = Object.keys(copy);
    const lying = {};
    for (const [n, key] of keys.entries()) {
      const value = copy[key];
      Object.defineProperty(lying, key, { enumerable: true, get() { if (n === keys.length - 1) shrink(); return value; } });
    }
    return out.with(i, lying);
  },
  prototypeKeys: (args, i) => {
    const v = args[i];
    if (v === null || typeof v !== 'object' || Array.isArray(v) || ArrayBuffer.isView(v)) return null;
    return args.with(i, { ...v, ...JSON.parse('{"__proto__": 1, "constructor": 2, "hasOwnProperty": 3}') });
  },
  nullPrototype: (args, i) => args.with(i, Object.create(null)),
  symbol: (args, i) => args.with(i, Symbol('x')),
  hugeLength: (args, i) => args.with(i, { length: 2 ** 53 - 1 }),
};

function outcome(selector, name, args) {
  try {
    return { ok: true, value: selector.callFunction(name, ...args) };
  } catch (error) {
    return { ok: false, error };
  }
}

describe('hostile values at every operation, every backend and variant', () => {
  it('a typed error or the right answer, the same everywhere; heap back; next call right', () => {
    const lieNames = Object.keys(LIES);
    const sha = (s) => s.callFunction('crypto_sha256', 'abc');
    const expectedSha = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    let applied = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...lieNames), (opPick, argPick, lie) => {
        const name = operations[opPick % operations.length];
        const valid = referenceArgs(name)();
        if (valid.length === 0) return;
        const i = argPick % valid.length;
        // Built once per variant: lies that detach or shrink must act on fresh objects.
        const make = () => LIES[lie](referenceArgs(name)(), i);
        if (make() === null) return;
        applied++;
        const results = {};
        for (const [variant, s] of Object.entries(selectors)) {
          const before = s.status().memory.bytes;
          results[variant] = outcome(s, name, make());
          expect(s.status().memory.bytes, `${name} ${lie} ${variant}: heap`).toBe(before);
          expect(sha(s), `${name} ${lie} ${variant}: next call`).toBe(expectedSha);
          if (variant !== 'js' && variant !== 'auto') expect(s.isWasmAvailable(), `${name} ${lie} ${variant}: instance kept`).toBe(true);
        }
        const first = results.js;
        for (const [variant, r] of Object.entries(results)) {
          const where = `${name}(${lie} at ${i}) on ${variant}`;
          if (!r.ok && !jsOnly.has(name)) {
            expect(r.error instanceof MultilingualWasmError || r.error instanceof Mine, `${where}: ${r.error?.name}: ${r.error?.message}`).toBe(true);
            expect(r.error).not.toBeInstanceOf(WebAssembly.RuntimeError);
          }
          expect(r.ok, `${where}: ${r.ok ? 'answered' : r.error.message} vs js ${first.ok ? 'answered' : first.error.message}`).toBe(first.ok);
          if (r.ok) expect(r.value, where).toEqual(first.value);
          else {
            expect(r.error.name, where).toBe(first.error.name);
            expect(r.error.message, where).toBe(first.error.message);
          }
        }
      }),
      { numRuns: 400, seed: Number(process.env.MLW_FUZZ_SEED ?? 20261202) },
    );
    expect(applied).toBeGreaterThan(150);
  }, 300_000);
});
