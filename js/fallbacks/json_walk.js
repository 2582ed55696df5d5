// json_stringify's walk of a JS value, written once for both backends: it applies
// JSON.stringify's rules (toJSON(key), boxed primitives, skipped undefined/function/
// symbol members, null for those in arrays and for non-finite numbers, Object.keys
// order) and produces a tape in the format of cpp/core/json.hpp. The WASM path
// sends that tape to C++ for formatting; formatTapeInJs formats it in JS. Iterative
// (explicit stack), so any depth works, and cycles become a typed error.
import { fail } from '../validate.js';

const T = { NULL: 0, FALSE: 1, TRUE: 2, NUMBER: 3, STRING: 4, KEY: 5, ARRAY: 6, OBJECT: 7, END: 8 };
const LONG = 2 ** 28 - 1;

// SerializeJSONProperty steps 2-4: toJSON, then unwrap boxed primitives.
function resolve(key, value) {
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function') value = toJSON.call(value, key);
  }
  if (value !== null && typeof value === 'object') {
    if (value instanceof Number) return Number(value);
    if (value instanceof String) return String(value);
    if (value instanceof Boolean) return value.valueOf();
    if (typeof BigInt === 'function' && value instanceof BigInt) return value.valueOf();
  }
  return value;
}

const skipped = (v) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * The tape of `value` as { tape: number[], numbers: number[], strings: string[] }, or
 * null when JSON.stringify would return undefined (undefined, a function, a symbol).
 */
export function walkToTape(value, operation) {
  const tape = [];
  const numbers = [];
  const strings = [];
  const stack = []; // frames: { obj, keys (null for arrays), index, length }
  const onPath = new Set();

  const pushString = (tag, s) => {
    if (s.length < LONG) tape.push(tag + s.length * 16);
    else tape.push(tag + LONG * 16, s.length);
    strings.push(s);
  };
  // Emits a resolved, non-skipped value; containers are opened, not filled.
  const emit = (v) => {
    if (v === null) tape.push(T.NULL);
    else if (v === true) tape.push(T.TRUE);
    else if (v === false) tape.push(T.FALSE);
    else if (typeof v === 'string') pushString(T.STRING, v);
    else if (typeof v === 'number') {
      if (Number.isFinite(v)) {
        tape.push(T.NUMBER);
        numbers.push(v);
      } else tape.push(T.NULL);
    } else if (typeof v === 'bigint') {
      fail(operation, 'value', 'contains a BigInt, which JSON cannot represent');
    } else {
      if (onPath.has(v)) fail(operation, 'value', 'is cyclic (an object contains itself), which JSON cannot represent');
      onPath.add(v);
      if (Array.isArray(v)) {
        tape.push(T.ARRAY);
        stack.push({ obj: v, keys: null, index: 0, length: v.length });
      } else {
        tape.push(T.OBJECT);
        const keys = Object.keys(v);
        stack.push({ obj: v, keys, index: 0, length: keys.length });
      }
    }
  };

  const top = resolve('', value);
  if (skipped(top)) return null;
  emit(top);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.index >= frame.length) {
      tape.push(T.END);
      onPath.delete(frame.obj);
      stack.pop();
      continue;
    }
    if (frame.keys === null) {
      const key = String(frame.index++);
      const v = resolve(key, frame.obj[key]);
      if (skipped(v)) tape.push(T.NULL);
      else emit(v);
    } else {
      const key = frame.keys[frame.index++];
      const v = resolve(key, frame.obj[key]);
      if (skipped(v)) continue;
      pushString(T.KEY, key);
      emit(v);
    }
  }
  return { tape, numbers, strings };
}

/** Format a walkToTape result in JS: the same text the C++ formatter writes. */
export function formatTapeInJs({ tape, numbers, strings }) {
  const out = [];
  const open = []; // per container: 0/1 (has an element) + 2 if an object
  let num = 0;
  let str = 0;
  let afterKey = false;
  for (let t = 0; t < tape.length; t++) {
    const tag = tape[t] % 16;
    if (tag === T.END) {
      out.push(open.pop() & 2 ? '}' : ']');
      continue;
    }
    if (!afterKey && open.length > 0) {
      if (open[open.length - 1] & 1) out.push(',');
      open[open.length - 1] |= 1;
    }
    afterKey = false;
    switch (tag) {
      case T.NULL: out.push('null'); break;
      case T.FALSE: out.push('false'); break;
      case T.TRUE: out.push('true'); break;
      case T.NUMBER: out.push(String(numbers[num++])); break;
      case T.STRING:
      case T.KEY:
        if ((tape[t] - tag) / 16 === LONG) t++;
        out.push(JSON.stringify(strings[str++]));
        if (tag === T.KEY) {
          out.push(':');
          afterKey = true;
        }
        break;
      case T.ARRAY: out.push('['); open.push(0); break;
      case T.OBJECT: out.push('{'); open.push(2); break;
    }
  }
  return out.join('');
}
