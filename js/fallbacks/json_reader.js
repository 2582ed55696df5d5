// json_parse in the package's own JS (platformNatives: false): the value JSON.parse gives
// (own "__proto__" members, the last of duplicate keys, Number()'s rounding), without
// recursion (any depth, as JSON.parse). Returns undefined for text it refuses; the caller
// then asks the scanner why (js/fallbacks/json.js), so the error is the other paths' one.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ESCAPES = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };
const REFUSED = Symbol('refused');

/** The parsed value, or REFUSED. */
export function parseJsonJs(text) {
  const n = text.length;
  let i = 0;

  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };
  const hex = (c) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);

  /** A string from text[i] === '"' on; i then just past its closing quote. */
  const string = () => {
    let start = ++i;
    let out = '';
    for (;;) {
      if (i >= n) return REFUSED;
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        out += text.slice(start, i++);
        return out;
      }
      if (c < 0x20) return REFUSED;
      if (c !== BACKSLASH) {
        i++;
        continue;
      }
      out += text.slice(start, i);
      const e = text.charCodeAt(i + 1);
      if (e === 0x75) {
        let unit = 0;
        for (let k = 2; k < 6; k++) {
          const d = hex(text.charCodeAt(i + k));
          if (d < 0) return REFUSED;
          unit = unit * 16 + d;
        }
        out += String.fromCharCode(unit);
        i += 6;
      } else {
        const s = ESCAPES[e];
        if (s === undefined) return REFUSED;
        out += s;
        i += 2;
      }
      start = i;
    }
  };

  const digits = () => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i - start;
  };

  const number = () => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    const first = text.charCodeAt(i);
    if (first === 0x30) i++;
    else if (digits() === 0) return REFUSED;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (digits() === 0) return REFUSED;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (digits() === 0) return REFUSED;
    }
    return Number(text.slice(start, i));
  };

  const word = (w, value) => {
    if (text.startsWith(w, i)) {
      i += w.length;
      return value;
    }
    return REFUSED;
  };

  /** `"key" :` of an object member; the key, or REFUSED. */
  const key = () => {
    skipSpace();
    if (text.charCodeAt(i) !== QUOTE) return REFUSED;
    const k = string();
    if (k === REFUSED) return REFUSED;
    skipSpace();
    if (text.charCodeAt(i) !== 0x3a) return REFUSED;
    i++;
    return k;
  };

  // Open containers and, per container, the key its next value goes under (null: an array).
  const containers = [];
  const keys = [];
  for (;;) {
    skipSpace();
    let value;
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      i++;
      skipSpace();
      const object = c === 0x7b;
      if (text.charCodeAt(i) === (object ? 0x7d : 0x5d)) {
        i++;
        value = object ? {} : [];
      } else {
        const k = object ? key() : null;
        if (k === REFUSED) return REFUSED;
        containers.push(object ? {} : []);
        keys.push(k);
        continue;
      }
    } else if (c === QUOTE) value = string();
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) value = number();
    else if (c === 0x74) value = word('true', true);
    else if (c === 0x66) value = word('false', false);
    else if (c === 0x6e) value = word('null', null);
    else return REFUSED;
    if (value === REFUSED) return REFUSED;

    // A value is complete: put it in its container, and close those that end here.
    for (;;) {
      const top = containers.length - 1;
      if (top < 0) {
        skipSpace();
        return i === n ? value : REFUSED;
      }
      const container = containers[top];
      const k = keys[top];
      if (k === null) container.push(value);
      else if (k === '__proto__') Object.defineProperty(container, k, { value, writable: true, enumerable: true, configurable: true });
      else container[k] = value;
      skipSpace();
      const d = text.charCodeAt(i);
      if (d === 0x2c) {
        i++;
        if (k !== null) {
          const next = key();
          if (next === REFUSED) return REFUSED;
          keys[top] = next;
        }
        break;
      }
      if (d !== (k === null ? 0x5d : 0x7d)) return REFUSED;
      i++;
      containers.pop();
      keys.pop();
      value = container;
    }
  }
}

export { REFUSED };
