// JS fallbacks for the string_ family, by code point exactly as cpp/core/string.cpp: a
// high surrogate followed by a low one is one code point, any other surrogate stands alone.

const isHigh = (u) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u) => u >= 0xdc00 && u <= 0xdfff;

// Decoding UTF-16 code units must keep lone surrogates. Node's Buffer 'utf16le' does
// (and is the fastest); TextDecoder replaces them, so it runs in fatal mode and a string
// with a lone surrogate takes the String.fromCharCode path instead.
const NodeBuffer = globalThis.Buffer;
let strictUtf16 = null;
try {
  strictUtf16 = new TextDecoder('utf-16le', { fatal: true });
} catch {
  // an engine without the utf-16le decoder: fromCharCode only
}

function fromCharCodes(units) {
  const CHUNK = 8192; // fromCharCode's argument count is limited
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units);
  const parts = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK)));
  }
  return parts.join('');
}

/** A string from UTF-16 code units (lone surrogates kept). */
export function unitsToString(units) {
  if (units.length < 64) return String.fromCharCode.apply(null, units);
  if (NodeBuffer) return NodeBuffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  if (strictUtf16) {
    try {
      return strictUtf16.decode(units);
    } catch {
      // a lone surrogate: decode unit by unit below
    }
  }
  return fromCharCodes(units);
}

export function stringReverse(s) {
  const n = s.length;
  const out = new Uint16Array(n);
  let o = 0;
  let end = n;
  while (end > 0) {
    const u = s.charCodeAt(end - 1);
    if (isLow(u) && end >= 2 && isHigh(s.charCodeAt(end - 2))) {
      out[o++] = s.charCodeAt(end - 2);
      out[o++] = u;
      end -= 2;
    } else {
      out[o++] = u;
      end -= 1;
    }
  }
  return unitsToString(out);
}

export function stringIsPalindrome(s) {
  let i = 0;
  let j = s.length;
  while (i < j) {
    const f = s.codePointAt(i); // lone surrogates come back as themselves
    const lf = f > 0xffff ? 2 : 1;
    const u = s.charCodeAt(j - 1);
    let b = u;
    let lb = 1;
    if (isLow(u) && j >= 2 && isHigh(s.charCodeAt(j - 2))) {
      b = s.codePointAt(j - 2);
      lb = 2;
    }
    if (f !== b) return false;
    i += lf;
    j -= lb;
  }
  return true;
}

/** Map of code point (as a 1- or 2-unit string) → count, in order of first occurrence. */
export function stringFrequency(s) {
  // Count under numeric keys (no substring per character); a Map keeps insertion order
  // for every key type, so the first-occurrence order survives the key conversion.
  const byCodePoint = new Map();
  const n = s.length;
  for (let i = 0; i < n; ) {
    const cp = s.codePointAt(i);
    i += cp > 0xffff ? 2 : 1;
    byCodePoint.set(cp, (byCodePoint.get(cp) ?? 0) + 1);
  }
  const counts = new Map();
  for (const [cp, count] of byCodePoint) counts.set(String.fromCodePoint(cp), count);
  return counts;
}

export function stringLongestSubstring(s, chars) {
  const set = new Set();
  for (let i = 0; i < chars.length; ) {
    const cp = chars.codePointAt(i);
    set.add(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  let run = 0;
  let best = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i);
    i += cp > 0xffff ? 2 : 1;
    if (set.has(cp)) {
      if (++run > best) best = run;
    } else {
      run = 0;
    }
  }
  return best;
}
