// JS fallbacks of the search_ family: the same algorithms as cpp/core/search.cpp, so
// even unspecified cases (unsorted input to search_binary) answer identically.
import { PATHS, indexOfBytesNative } from './platform.js';
import { lengthOf, typeOf } from '../boundary.js';

// `array`, `text` and `pattern` may be the caller's own typed arrays: read by index and
// lengthOf only (js/boundary.js).

/** Lower bound of target; its index when the element there equals target, else -1. */
export function searchBinary(array, target) {
  const n = lengthOf(array);
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >>> 1);
    if (array[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && array[lo] === target ? lo : -1;
}

const typedIndexOf = Object.getPrototypeOf(Uint8Array.prototype).indexOf;

/** First index with array[i] === target, else -1 (NaN is never found; -0 equals +0). */
export function searchLinear(array, target) {
  // A target that no element of this type can hold (NaN, 1.5 in an Int32Array, 0.1 in a
  // Float32Array, 256 or Infinity in a Uint8ClampedArray) equals no element: not found,
  // without a search. Exact (the elements are exactly the values the type stores), and
  // needed: JavaScriptCore's Uint8ClampedArray#indexOf clamps the target (Bun 1.x: a
  // search for Infinity finds 255), where the spec compares it as it is.
  const holder = HOLDERS[typeOf(array)];
  holder[0] = target;
  if (holder[0] !== target) return -1;
  // The typed array's own indexOf (native, and the same === semantics); the generic
  // Array.prototype.indexOf walks a typed array through property reads.
  return typedIndexOf.call(array, target);
}

// One element of each numeric type: what a target becomes when an array of it stores it.
const HOLDERS = Object.fromEntries(
  [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array].map((T) => [T.name, new T(1)]),
);

/** searchLinear as a JS loop (platformNatives: false). */
export function searchLinearJs(array, target) {
  const n = lengthOf(array);
  for (let i = 0; i < n; i++) if (array[i] === target) return i;
  return -1;
}

const SHIFT = new Int32Array(256);

/** Horspool over bytes (the kernel's scalar path): first index of pattern, or -1. */
export function indexOfBytes(text, pattern) {
  const n = lengthOf(text);
  const m = lengthOf(pattern);
  if (m === 0) return 0;
  if (m > n) return -1;
  // One table for every call (synchronous, nothing re-enters it): allocating one per call
  // was most of a short search in browsers, where this is the JS path for bytes.
  const shift = SHIFT.fill(m);
  for (let i = 0; i + 1 < m; i++) shift[pattern[i]] = m - 1 - i;
  const last = pattern[m - 1];
  for (let pos = 0; pos <= n - m; pos += shift[text[pos + m - 1]]) {
    if (text[pos + m - 1] !== last) continue;
    let j = 0;
    while (j < m - 1 && text[pos + j] === pattern[j]) j++;
    if (j === m - 1) return pos;
  }
  return -1;
}

/**
 * Horspool over UTF-16 code units: first index of pattern in text, or -1, as
 * String#indexOf (the shift table is indexed by a code unit's low byte, each entry the
 * smallest shift of the units that share it, so no occurrence is skipped).
 */
export function indexOfString(text, pattern) {
  const n = text.length;
  const m = pattern.length;
  if (m === 0) return 0;
  if (m > n) return -1;
  const shift = SHIFT.fill(m); // (the bytes search's table: see indexOfBytes)
  for (let i = 0; i + 1 < m; i++) shift[pattern.charCodeAt(i) & 255] = m - 1 - i;
  const last = pattern.charCodeAt(m - 1);
  for (let pos = 0; pos <= n - m; ) {
    const c = text.charCodeAt(pos + m - 1);
    if (c === last) {
      let j = 0;
      while (j < m - 1 && text.charCodeAt(pos + j) === pattern.charCodeAt(j)) j++;
      if (j === m - 1) return pos;
    }
    pos += shift[c & 255];
  }
  return -1;
}

/** search_contains in the package's own JS only (platformNatives: false). */
export function searchContainsJs({ text, pattern, strings }) {
  return (strings ? indexOfString : indexOfBytes)(text, pattern) >= 0;
}

// Below this many bytes of text the package's Horspool beats Buffer#indexOf, whose two
// Buffer views cost more than the search (2026-12-02, a 15-byte pattern not in the text:
// Node 20 0.17 against 0.25 µs at 256 B, 0.40 against 0.29 µs at 1 KB; Bun 1.4.5 0.11
// against 0.17 µs at 256 B, 0.33 against 0.19 µs at 1 KB).
const NATIVE_FROM = 512;

/** The platform's byte search for a text of `n` bytes, or null (the package's Horspool). */
const nativeBytesSearch = (n) => (n >= NATIVE_FROM ? indexOfBytesNative : null);

/**
 * search_contains: strings by UTF-16 code units (String.prototype.includes), else bytes
 * (Buffer#indexOf where the platform has a fast one and the text is long enough, else
 * Horspool in JS).
 */
export function searchContains({ text, pattern, strings, n }) {
  if (strings) return text.includes(pattern);
  return (nativeBytesSearch(n) ?? indexOfBytes)(text, pattern) >= 0;
}

/** Which implementation searchContains uses for this input. */
export function searchContainsPath({ strings, n }) {
  if (strings) return PATHS.includes;
  return nativeBytesSearch(n) === null ? null : PATHS.indexOfBytes;
}
