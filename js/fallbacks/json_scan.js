// A JSON scanner in JS that follows cpp/core/json.cpp step for step, so both
// backends find the same first error at the same position. It serves json_parse and
// json_validate when JSON.parse has refused the text (to say why, in our words), and
// json_extract_numbers, which must see members in document order, duplicates included —
// something a JSON.parse result cannot show.
import { JSON_ERROR as E } from './json_errors.js';

// Value tags, as on the C++ tape.
export const TAG = Object.freeze({ NULL: 0, FALSE: 1, TRUE: 2, NUMBER: 3, STRING: 4, ARRAY: 6, OBJECT: 7 });

const isWs = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isHex = (c) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const ESCAPES = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };

class Stop {
  constructor(result) {
    this.result = result;
  }
}

/**
 * Scan `text`. Without `field`: { ok: true } or { error: { kind, position } }.
 * With `field`: also { values } (numbers under every member named `field`), or
 * { mismatch: { tag, position } } for the first such member holding a non-number.
 */
export function scanJson(text, field) {
  const n = text.length;
  const extract = field !== undefined;
  const values = [];
  const stack = []; // true: in an object
  let i = 0;
  let matched = false;

  const fail = (kind, position) => {
    throw new Stop({ error: { kind, position } });
  };
  const skipWs = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  const onValue = (tag) => {
    if (matched && tag !== TAG.NUMBER) throw new Stop({ mismatch: { tag, position: i } });
  };

  // A string at i (the opening quote); returns its decoded value when `decode`.
  const string = (decode) => {
    let j = i + 1;
    let out = '';
    for (;;) {
      const runStart = j;
      let c = 0;
      while (j < n) {
        c = text.charCodeAt(j);
        if (c === 0x22 || c === 0x5c || c < 0x20) break;
        j++;
      }
      if (decode && j > runStart) out += text.slice(runStart, j);
      if (j >= n) fail(E.UNTERMINATED_STRING, n);
      if (c === 0x22) {
        i = j + 1;
        return out;
      }
      if (c < 0x20) fail(E.CONTROL_CHARACTER, j);
      if (j + 1 >= n) fail(E.UNTERMINATED_STRING, n);
      const e = text.charCodeAt(j + 1);
      if (e === 0x75) {
        for (let k = 0; k < 4; k++) {
          if (j + 2 + k >= n) fail(E.UNTERMINATED_STRING, n);
          if (!isHex(text.charCodeAt(j + 2 + k))) fail(E.BAD_UNICODE_ESCAPE, j + 2 + k);
        }
        if (decode) out += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
        j += 6;
        continue;
      }
      const unit = ESCAPES[e];
      if (unit === undefined) fail(E.BAD_ESCAPE, j + 1);
      if (decode) out += unit;
      j += 2;
    }
  };

  const memberName = () => {
    if (i >= n) fail(E.UNEXPECTED_END, n);
    if (text.charCodeAt(i) !== 0x22) fail(E.EXPECTED_PROPERTY_NAME, i);
    matched = false;
    const name = string(extract);
    skipWs();
    if (i >= n) fail(E.UNEXPECTED_END, n);
    if (text.charCodeAt(i) !== 0x3a) fail(E.EXPECTED_COLON, i);
    i++;
    skipWs();
    matched = extract && name === field;
  };

  const literal = (word) => {
    for (let k = 0; k < word.length; k++) {
      if (i + k >= n) fail(E.UNEXPECTED_END, n);
      if (text.charCodeAt(i + k) !== word.charCodeAt(k)) fail(E.UNEXPECTED_CHARACTER, i + k);
    }
    i += word.length;
  };

  const number = () => {
    const start = i;
    let j = i;
    if (text.charCodeAt(j) === 0x2d) {
      j++;
      if (j >= n) fail(E.UNEXPECTED_END, n);
      if (!isDigit(text.charCodeAt(j))) fail(E.NO_DIGIT_AFTER_MINUS, j);
    }
    if (text.charCodeAt(j) === 0x30) j++;
    else while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) === 0x2e) {
      j++;
      if (j >= n) fail(E.UNEXPECTED_END, n);
      if (!isDigit(text.charCodeAt(j))) fail(E.NO_DIGIT_AFTER_POINT, j);
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    if (j < n && (text.charCodeAt(j) | 0x20) === 0x65) {
      j++;
      if (j < n && (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d)) j++;
      if (j >= n) fail(E.UNEXPECTED_END, n);
      if (!isDigit(text.charCodeAt(j))) fail(E.NO_DIGIT_IN_EXPONENT, j);
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    i = j;
    // Number() reads JSON's number grammar with the same correct rounding as JSON.parse.
    if (matched) {
      values.push(Number(text.slice(start, j)));
      matched = false;
    }
  };

  try {
    skipWs();
    for (;;) {
      if (i >= n) fail(E.UNEXPECTED_END, n);
      const c = text.charCodeAt(i);
      let opened = false;
      if (c === 0x7b) {
        onValue(TAG.OBJECT);
        matched = false;
        stack.push(true);
        i++;
        skipWs();
        if (i < n && text.charCodeAt(i) === 0x7d) {
          i++;
          stack.pop();
        } else {
          memberName();
          opened = true;
        }
      } else if (c === 0x5b) {
        onValue(TAG.ARRAY);
        matched = false;
        stack.push(false);
        i++;
        skipWs();
        if (i < n && text.charCodeAt(i) === 0x5d) {
          i++;
          stack.pop();
        } else {
          opened = true;
        }
      } else if (c === 0x22) {
        onValue(TAG.STRING);
        string(false);
      } else if (c === 0x74) {
        onValue(TAG.TRUE);
        literal('true');
      } else if (c === 0x66) {
        onValue(TAG.TRUE);
        literal('false');
      } else if (c === 0x6e) {
        onValue(TAG.NULL);
        literal('null');
      } else if (c === 0x2d || isDigit(c)) {
        onValue(TAG.NUMBER);
        number();
      } else {
        fail(E.UNEXPECTED_CHARACTER, i);
      }
      if (opened) continue;
      // After a complete value: close containers, or move to the next value.
      for (;;) {
        skipWs();
        if (stack.length === 0) {
          if (i < n) fail(E.TRAILING_DATA, i);
          return extract ? { values } : { ok: true };
        }
        if (i >= n) fail(E.UNEXPECTED_END, n);
        const d = text.charCodeAt(i);
        const inObject = stack[stack.length - 1];
        if (d === 0x2c) {
          i++;
          skipWs();
          if (inObject) memberName();
          break;
        }
        if (d === (inObject ? 0x7d : 0x5d)) {
          i++;
          stack.pop();
          continue;
        }
        fail(inObject ? E.EXPECTED_COMMA_OR_BRACE : E.EXPECTED_COMMA_OR_BRACKET, i);
      }
    }
  } catch (stop) {
    if (stop instanceof Stop) return stop.result;
    throw stop;
  }
}
