// Input generators and result checks shared by the workloads. Browser-safe: no Node
// imports. Every generator is seeded so two runs (and two machines) time the same input.

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(n, seed) {
  const next = rng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (next() * 256) | 0;
  return out;
}

/** n doubles in [0, 1), distinct (so sorts and searches see no accidental ties). */
export function randomFloats(n, seed) {
  return Float64Array.from(randomBytes(n * 2, seed).subarray(0, n), (b, i) => b / 256 + i * 1e-9);
}

/** Text of n chars from a small alphabet (so frequency/substring runs are realistic). */
export function randomText(n, seed, alphabet = 'abcdefghij klmnop\u00e9') {
  const next = rng(seed);
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[(next() * alphabet.length) | 0];
  return out;
}

/** n chars of ASCII prose, built by repetition (fast for megabytes). */
export const loremText = (n) => 'lorem ipsum dolor sit amet, '.repeat(Math.ceil(n / 28)).slice(0, n);

/** from, from·factor, … up to `to` (rounded up): the scales of a calibration sweep. */
export function geometric(from, to, factor = 2) {
  const out = [];
  for (let x = from; x <= to; x = Math.ceil(x * factor)) out.push(x);
  return out;
}

// The sizes of the extreme inputs the rows' badInputs and the memory tests use.
export const MB100 = 100_000_000;
export const DEEP = 100_000;
let bigString;
/** One shared 100 MB one-byte string, built once (about 0.1 s). */
export function big() {
  bigString ??= 'a'.repeat(MB100);
  return bigString;
}

/** An n×m matrix in the fast object form, entries in [-1, 1). */
export function randomMatrix(rows, cols, seed) {
  const next = rng(seed);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = next() * 2 - 1;
  return { rows, cols, data };
}

/**
 * An RGBA image whose left third is one flat colour (so any normalised blur must leave
 * its interior unchanged: a check that needs no second implementation); the rest is noise.
 */
export const FLAT_VALUE = 77;
export function testImage(width, height, seed) {
  const data = new Uint8ClampedArray(width * height * 4);
  const next = rng(seed);
  const flat = Math.floor(width / 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) data[p + c] = x < flat ? FLAT_VALUE : (next() * 256) | 0;
    }
  }
  return { data, width, height };
}

/** About `bytes` of JSON text: an array of records with ints, decimals, strings, nesting. */
export function jsonText(bytes, seed) {
  const next = rng(seed);
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'caf\u00e9', 'na\\"ive'];
  const parts = [];
  let size = 2;
  for (let id = 0; size < bytes; id++) {
    const record = {
      id,
      name: `${words[(next() * words.length) | 0]}-${id}`,
      value: Math.round((next() * 2e6 - 1e6)) / 1000,
      score: next() < 0.1 ? null : Math.round(next() * 1e9) / 1e6,
      active: next() < 0.5,
      tags: [words[(next() * 8) | 0], words[(next() * 8) | 0]],
      point: { x: Math.round(next() * 1e4) / 100, y: -Math.round(next() * 1e4) / 100, z: [1, 2.5, -3e-7] },
    };
    const text = JSON.stringify(record);
    parts.push(text);
    size += text.length + 1;
  }
  return `[${parts.join(',')}]`;
}

export class CheckFailed extends Error {
  constructor(message) {
    super(message);
    this.name = 'CheckFailed';
  }
}

export function expect(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

const isTyped = (v) => ArrayBuffer.isView(v) && !(v instanceof DataView);

/**
 * Identity of two results: typed arrays of the same type and every element the same
 * (Object.is, so -0 and NaN count), arrays and objects deep with the same key order,
 * numbers by Object.is. Returns null when equal, else a path and reason.
 */
export function difference(a, b, path = 'result') {
  if (isTyped(a) || isTyped(b)) {
    if (!isTyped(a) || !isTyped(b) || a.constructor !== b.constructor) {
      return `${path}: ${a?.constructor?.name} vs ${b?.constructor?.name}`;
    }
    if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return `${path}[${i}]: ${a[i]} vs ${b[i]}`;
    return null;
  }
  if (typeof a === 'number' || typeof b === 'number') {
    return Object.is(a, b) ? null : `${path}: ${a} vs ${b}`;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    const show = (v) => (typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v === 'bigint' ? `${v}n` : String(v));
    return a === b ? null : `${path}: ${typeof a} ${show(a)} vs ${typeof b} ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: ${a.constructor?.name} vs ${b.constructor?.name}`;
  if (a instanceof Map) {
    if (a.size !== b.size) return `${path}: ${a.size} vs ${b.size} entries`;
    const ea = [...a];
    const eb = [...b];
    for (let i = 0; i < ea.length; i++) {
      const d = difference(ea[i], eb[i], `${path} entry ${i}`);
      if (d) return d;
    }
    return null;
  }
  if (Array.isArray(a)) {
    if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return `${path}: keys ${ka} vs ${kb}`;
  for (const k of ka) {
    const d = difference(a[k], b[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

/** Throw unless `result` is identical to the other backend's answer (when there is one). */
export function sameAsReference(result, reference) {
  if (reference === undefined) return;
  const d = difference(result, reference);
  expect(d === null, `differs from the JS backend's answer: ${d}`);
}

export function byteLength(value) {
  if (value == null) return 0;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'string') return value.length; // the workloads' strings are ASCII-sized
  if (typeof value === 'number') return 8;
  if (typeof value === 'object' && ArrayBuffer.isView(value.data)) return value.data.byteLength;
  return 0;
}
