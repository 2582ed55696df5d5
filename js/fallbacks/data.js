// JS fallbacks of the data_ family. data_sort gives the order of
// TypedArray.prototype.sort (numeric, -0 before +0, NaN last); plain arrays of numbers
// arrive as a Float64Array (js/registry/data.js) so they get that same order, strings by the default
// Array.prototype.sort order (UTF-16 code units). Inputs are never mutated.
import { copyOf } from '../boundary.js';

export function dataSort({ kind, array }) {
  // (A typed `array` may be the caller's own: copied by the engine, never its `slice`.)
  if (kind === 'typed') return copyOf(array).sort();
  if (kind === 'numbers') return Array.from(array.slice().sort()); // a Float64Array of the numbers
  return array.slice().sort();
}

/**
 * dataSort in the package's own JS only (platformNatives: false): a stable merge sort in
 * the same order (numbers: NaN moved last first, then -0 before +0; BigInts and strings
 * by <, which for strings is UTF-16 code-unit order).
 */
export function dataSortJs({ kind, array }) {
  const numeric = kind !== 'strings' && typeof array[0] !== 'bigint';
  const out = kind === 'typed' ? copyOf(array) : array.slice();
  let end = out.length;
  if (numeric) {
    // NaN last: the others keep their order at the front.
    let k = 0;
    for (let i = 0; i < out.length; i++) if (out[i] === out[i]) out[k++] = out[i];
    for (let i = k; i < out.length; i++) out[i] = NaN;
    end = k;
  }
  mergeSort(out, end, numeric ? lessNumber : lessPlain);
  return kind === 'numbers' ? Array.from(out) : out;
}

const lessPlain = (a, b) => a < b;
// -0 before +0 (a === b for them, and 1/-0 < 1/+0); NaN is never given.
const lessNumber = (a, b) => a < b || (a === 0 && b === 0 && 1 / a < 1 / b);

/** Stable bottom-up merge sort of a[0..n) by `less`: insertion-sorted runs of 16, then merges. */
function mergeSort(a, n, less) {
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = a[i];
      let j = i - 1;
      while (j >= lo && less(x, a[j])) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
  if (n <= RUN) return;
  let src = a;
  let dst = Array.isArray(a) ? new Array(n) : new a.constructor(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = less(src[j], src[i]) ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    [src, dst] = [dst, src];
  }
  if (src !== a) for (let i = 0; i < n; i++) a[i] = src[i];
}

export function dataFilter(array, predicate) {
  return array.filter(predicate);
}

export function dataMap(array, fn) {
  return array.map(fn);
}

export function dataReduce(array, fn, hasInitial, initial) {
  return hasInitial ? array.reduce(fn, initial) : array.reduce(fn);
}

/** Groups in order of each key's first occurrence; keys are property keys (strings). */
export function dataGroupBy(records, key) {
  const groups = new Map();
  const keyOf = typeof key === 'function' ? key : (record) => record[key];
  records.forEach((record, i) => {
    const k = String(keyOf(record, i));
    const group = groups.get(k);
    if (group) group.push(record);
    else groups.set(k, [record]);
  });
  // fromEntries defines own properties, so a key like '__proto__' is an ordinary group.
  return Object.fromEntries(groups);
}
