// JS fallbacks of the data_ family. data_sort gives the order of
// TypedArray.prototype.sort (numeric, -0 before +0, NaN last); plain arrays of numbers
// arrive as a Float64Array (js/registry/data.js) so they get that same order, strings by the default
// Array.prototype.sort order (UTF-16 code units). Inputs are never mutated.

export function dataSort({ kind, array }) {
  if (kind === 'typed') return array.slice().sort();
  if (kind === 'numbers') return Array.from(array.slice().sort()); // a Float64Array of the numbers
  return array.slice().sort();
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
