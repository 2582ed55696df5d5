// json_ family: every backend (JS and each WASM build) against the engine (JSON.parse /
// JSON.stringify) on random documents (fast-check), mutated and truncated ones for
// errors, and targeted cases (surrogates, __proto__, duplicates, numbers, depth).
// Random-input parity: tests/js/parity.test.mjs; bad inputs: the rows' badInputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackendSelector, InvalidArgumentError, JsonSyntaxError } from 'multilingual-wasm';
import thresholds from '../../../thresholds.json';
import { BUILDS, useBackends } from '../backends.mjs';

const selectors = useBackends();
/** JS first, then every WASM build. */
const every = () => ['js', ...Object.keys(BUILDS)].map((b) => selectors[b]);
// Each case runs on four backends: fewer cases than a single-backend property needs.
const runs = { numRuns: 100 };

/** The value or the error of a call, with the backend checked. */
function run(selector, op, ...args) {
  try {
    const value = selector.callFunction(op, ...args);
    expect(selector.lastCallReport().backend).toBe(selector === selectors.js ? 'js' : 'wasm');
    return { value };
  } catch (error) {
    return { error: { name: error.name, message: error.message, position: error.position } };
  }
}

/** An exact picture of a value: key order, -0, own __proto__ keys, prototypes. */
function canon(v) {
  if (Object.is(v, -0)) return '-0';
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (Object.getPrototypeOf(v) !== Object.prototype) return '<bad prototype>';
  return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(',')}}`;
}

function engineParse(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: true };
  }
}

/** Every backend agrees with JSON.parse on `text` (value, or a JsonSyntaxError). */
function checkParse(text) {
  const e = engineParse(text);
  const first = run(selectors.js, 'json_parse', text);
  for (const s of every()) {
    const a = run(s, 'json_parse', text);
    if (e.error) {
      expect(a.error?.name).toBe('JsonSyntaxError');
      expect(a.error).toEqual(first.error);
      expect(run(s, 'json_validate', text).error).toEqual(a.error);
    } else {
      expect(a.error).toBeUndefined();
      expect(canon(a.value)).toBe(canon(e.value));
      expect(run(s, 'json_validate', text).value).toBe(true);
    }
  }
}

const jsonText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.json({ maxDepth: 3, stringUnit: 'binary' }),
  fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, 2, '\t', ' \r\n')).map(([v, sp]) => JSON.stringify(v, null, sp)),
);

// Edits that break (or sometimes keep) a document: truncate, delete, insert, replace.
const interesting = ['', '"', '\\', ',', ':', '[', ']', '{', '}', '-', '.', 'e', '0', '1', ' ', '\n', '\u000b', '\u00a0', '\ufeff', '\ud800', 'u', 'x', 'n', 't', '\u0000', '\\u', '\\ud800'];
const mutated = fc
  .tuple(jsonText, fc.nat(), fc.nat(), fc.constantFrom('truncate', 'delete', 'insert', 'replace'), fc.constantFrom(...interesting))
  .map(([text, p, q, how, ch]) => {
    const i = text.length ? p % (text.length + 1) : 0;
    if (how === 'truncate') return text.slice(0, i);
    if (how === 'delete') return text.slice(0, i) + text.slice(i + 1 + (q % 3));
    if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
    return text.slice(0, i) + ch + text.slice(i + 1);
  });

describe('json_parse / json_validate', () => {
  it('equal JSON.parse on random documents, both backends (fast-check)', () => {
    fc.assert(fc.property(jsonText, checkParse), runs);
  });

  it('give identical errors on mutated and truncated documents (fast-check)', () => {
    fc.assert(fc.property(mutated, checkParse), runs);
  });

  it('keep key order, duplicates, __proto__, escapes and surrogates like JSON.parse', () => {
    for (const text of [
      '{"b":1,"a":2,"2":3,"1":4,"-1":5,"01":6,"4294967295":7,"4294967294":8}',
      '{"a":1,"b":2,"a":3}',
      '{"__proto__":{"x":1},"y":2}',
      '[{"__proto__":null,"__proto__":[1]}]',
      '"\\ud83d\\ude00 \\ud800 \\udfff\\ud800 \\u0000 \\/"',
      '"\u00e9\ud83d\ude00"',
      '"\ud800 raw lone surrogate"',
      '["a\udc00b", {"\ud800": "\udfff"}]',
      '{"":"","\\"":1}',
      ' \t\r\n[ ] \n',
    ]) checkParse(text);
    for (const s of every()) {
      const proto = s.callFunction('json_parse', '{"__proto__":{"polluted":1}}');
      expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
      expect(Object.hasOwn(proto, '__proto__')).toBe(true);
      expect({}.polluted).toBeUndefined();
    }
  });

  it('round numbers exactly as JSON.parse, at the edges of double', () => {
    for (const text of [
      '2.2250738585072011e-308', '2.2250738585072014e-308', '4.9406564584124654e-324', '2.4703282292062328e-324',
      '2.4703282292062327e-324', '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308', '1e400',
      '-1e400', '1e-400', '-0', '-0.0', '0e999', '9007199254740993', '9007199254740995', '18014398509481985',
      '0.1', '0.30000000000000004', '123456789012345678901234567890', '1e23', '8.41e21', '5e-324',
      '0.000000000000000000000000000000000000000000001e45', `1${'0'.repeat(400)}`, `0.${'0'.repeat(400)}1`,
    ]) checkParse(`[${text}]`);
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 1, max: 17 }), (x, p) => {
        if (!Number.isFinite(x)) return;
        checkParse(`[${x.toPrecision(p)},${x}]`.replace(/e\+/g, 'e'));
      }),
      runs,
    );
  });

  it('report every error kind with the same message and position from both backends', () => {
    const cases = {
      '': [0, /end of JSON input/], '[1,': [3, /end/], '[1,]': [3, /Unexpected character '\]'/],
      '[1 2]': [3, /Expected ',' or '\]'/], '{"a":1 "b":2}': [7, /Expected ',' or '\}'/], '{"a" 1}': [5, /Expected ':'/],
      '{"a":1,}': [7, /property name/], '"\\x"': [2, /Bad escape character 'x'/], '"\\u12g4"': [5, /hex digit, got 'g'/],
      '"a\tb"': [2, /control character U\+0009/], '-a': [1, /minus/], '1.e3': [2, /decimal point/], '1e+x': [3, /exponent/],
      '01': [1, /after the JSON value/], '"abc': [4, /Unterminated string/], '\ufeff{}': [0, /U\+FEFF/],
      '\u00a01': [0, /U\+00A0/], '"a\u0000"': [2, /U\+0000/], '\ud800': [0, /U\+D800/],
    };
    for (const [text, [position, message]] of Object.entries(cases)) {
      for (const s of every()) {
        for (const op of ['json_parse', 'json_validate']) {
          let caught;
          try {
            s.callFunction(op, text);
          } catch (error) {
            caught = error;
          }
          expect(caught, `${op} ${JSON.stringify(text)}`).toBeInstanceOf(JsonSyntaxError);
          expect(caught.position).toBe(position);
          expect(caught.message).toMatch(message);
          expect(caught.message).toMatch(new RegExp(`at position ${position}$`));
        }
      }
    }
  });

  it('handle 100 000 levels of nesting on both backends', () => {
    const depth = 100000;
    const arrays = '['.repeat(depth) + ']'.repeat(depth);
    const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    for (const s of every()) {
      let v = s.callFunction('json_parse', arrays);
      let d = 1;
      while (v.length) {
        v = v[0];
        d++;
      }
      expect(d).toBe(depth);
      v = s.callFunction('json_parse', objects);
      for (d = 0; typeof v === 'object'; d++) v = v.a;
      expect(d).toBe(depth);
      expect(s.callFunction('json_validate', objects)).toBe(true);
      expect(() => s.callFunction('json_parse', arrays.slice(0, -1))).toThrow(/end of JSON input at position 199999$/);
    }
  });

  it('reject non-string text with InvalidArgumentError on both backends', () => {
    for (const s of every()) {
      for (const bad of [undefined, null, 1, {}, new Uint8Array(2)]) {
        expect(() => s.callFunction('json_parse', bad)).toThrow(InvalidArgumentError);
        expect(() => s.callFunction('json_validate', bad)).toThrow(InvalidArgumentError);
      }
      expect(() => s.callFunction('json_parse')).toThrow(InvalidArgumentError);
    }
  });
});

describe('json_extract_numbers', () => {
  it('matches between backends and a reference walk in document order (fast-check)', () => {
    const field = fc.constantFrom('a', 'b', 'x', '', '__proto__', '1');
    const doc = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.double(), fc.integer(), tie('object'), tie('array')),
      object: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'x', '', '__proto__', '1', 'ab'), tie('value')), { maxLength: 4 }),
      array: fc.array(tie('value'), { maxLength: 4 }),
    }));
    // Texts are written by hand so that duplicate names and their order survive.
    const write = (v) => {
      if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '1e400';
      if (Array.isArray(v) && v.every((m) => Array.isArray(m) && m.length === 2 && typeof m[0] === 'string')) {
        return `{${v.map(([k, x]) => `${JSON.stringify(k)}:${write(x)}`).join(',')}}`;
      }
      return `[${v.map(write).join(',')}]`;
    };
    fc.assert(
      fc.property(doc.object, field, (obj, f) => {
        const text = write(obj);
        const [a, ...others] = every().map((s) => run(s, 'json_extract_numbers', text, f));
        for (const b of others) expect(b).toEqual(a);
        if (!a.error) expect(a.value).toBeInstanceOf(Float64Array);
      }),
      runs,
    );
  });

  it('agrees between backends on mutated documents (fast-check)', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom('a', 'b', ''), (text, f) => {
        const [a, ...others] = every().map((s) => run(s, 'json_extract_numbers', text, f));
        for (const b of others) expect(b).toEqual(a);
      }),
      runs,
    );
  });

  it('takes every member named field at any depth, duplicates and document order included', () => {
    const text = '{"2":{"x":1},"1":{"x":2,"y":{"x":-0}},"x":1e400,"x":3,"\\u0078":4,"X":5,"xx":6}';
    for (const s of every()) {
      const got = s.callFunction('json_extract_numbers', text, 'x');
      expect(Array.from(got)).toEqual([1, 2, -0, Infinity, 3, 4]);
      expect(Object.is(got[2], -0)).toBe(true);
      expect(s.callFunction('json_extract_numbers', '["x",{"a":"x"}]', 'x')).toEqual(new Float64Array(0));
    }
  });

  it('throws InvalidArgumentError naming the position for a non-number under the field', () => {
    for (const [text, what, position] of [
      ['[{"x":1},{"x":"1"}]', 'a string', 14], ['{"x":null}', 'null', 5], ['{"x":true}', 'a boolean', 5],
      ['{"x":false}', 'a boolean', 5], ['{"x":[1]}', 'an array', 5], ['{"x":{"x":1}}', 'an object', 5],
    ]) {
      for (const s of every()) {
        expect(() => s.callFunction('json_extract_numbers', text, 'x')).toThrow(
          new InvalidArgumentError(`member "x" at position ${position} holds ${what}, not a number`, { operation: 'json_extract_numbers', argument: 'text' }),
        );
      }
    }
    for (const s of every()) {
      expect(() => s.callFunction('json_extract_numbers', '[1,', 'x')).toThrow(JsonSyntaxError);
      expect(() => s.callFunction('json_extract_numbers', '[]', 1)).toThrow(/'field' must be a string/);
    }
  });
});

describe('json_stringify', () => {
  const check = (v) => {
    const expected = JSON.stringify(v);
    for (const s of every()) expect(run(s, 'json_stringify', v)).toEqual({ value: expected });
  };

  it('equals JSON.stringify on random values (fast-check)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), check), runs);
    fc.assert(fc.property(fc.anything({ maxDepth: 3, withBoxedValues: true, withNullPrototype: true, withDate: true, withSparseArray: true }).filter((v) => {
      try { JSON.stringify(v); return true; } catch { return false; }
    }), check), runs);
  });

  it('formats every double as Number.prototype.toString does', () => {
    fc.assert(fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 50 }), check), runs);
    // 20 000 uniformly random bit patterns.
    const bits = new BigUint64Array(20000);
    let s = 0x9e3779b97f4a7c15n;
    for (let i = 0; i < bits.length; i++) {
      s ^= (s << 13n) & 0xffffffffffffffffn;
      s ^= s >> 7n;
      s ^= (s << 17n) & 0xffffffffffffffffn;
      bits[i] = s;
    }
    check(Array.from(new Float64Array(bits.buffer)));
    // Short decimals (the printf-free path in C++): prices, measurements, tiny and large.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.integer({ min: 0, max: 24 })), { minLength: 1, maxLength: 50 }), (pairs) =>
        check(pairs.map(([c, k]) => c / 10 ** k)),
      ),
      runs,
    );
    check([0, -0, 1e21, 1e20, 123456789012345680000, 1e-6, 1e-7, 1.5e-7, 5e-324, 2.2250738585072014e-308,
      1.7976931348623157e308, 0.1 + 0.2, 2 ** 53, 2 ** 53 + 2, -(2 ** 63), 4.35, 0.000001234, 1 / 3, NaN, Infinity, -Infinity]);
  });

  it('escapes strings like JSON.stringify, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (a, b) => check({ [a]: b, [b]: [a] })), runs);
    check('\u0000\u001f\u007f"\\/\b\f\n\r\t\u2028\ud800\udc00\ud83d\ude00\udc00\ud800');
  });

  it('follows toJSON, skipped members, boxed values and undefined like JSON.stringify', () => {
    check({ d: new Date(0), t: { toJSON: (k) => `key:${k}` }, arr: [{ toJSON: (k) => k }, undefined, () => 1, Symbol('s')] });
    check({ u: undefined, f() {}, s: Symbol('x'), n: new Number(3), str: new String('s'), b: new Boolean(false) });
    check(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
    check(JSON.parse('{"__proto__":1,"2":"b","1":"a"}'));
    for (const s of every()) {
      expect(s.callFunction('json_stringify', undefined)).toBeUndefined();
      expect(s.callFunction('json_stringify', () => 1)).toBeUndefined();
    }
  });

  it('turns cycles and BigInts into InvalidArgumentError on both backends', () => {
    const cyclic = { a: [1] };
    cyclic.a.push(cyclic);
    const shared = { x: 1 };
    check({ a: shared, b: shared }); // repeated, not cyclic: allowed
    for (const s of every()) {
      expect(() => s.callFunction('json_stringify', cyclic)).toThrow(/json_stringify: 'value' is cyclic/);
      expect(() => s.callFunction('json_stringify', { n: 1n })).toThrow(/contains a BigInt/);
      expect(() => s.callFunction('json_stringify', cyclic)).toThrow(InvalidArgumentError);
    }
  });

  it('writes 100 000 levels of nesting on both backends (JSON.stringify alone cannot)', () => {
    const text = '['.repeat(100000) + ']'.repeat(100000);
    const value = JSON.parse(text);
    for (const s of every()) expect(s.callFunction('json_stringify', value)).toBe(text);
  });
});

describe('json_ under AUTO', () => {
  it('routes by thresholds.json: parse and stringify to JS, large validate/extract to WASM', async () => {
    const auto = await BackendSelector.create();
    const big = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, v: i / 7 })));
    expect(auto.callFunction('json_parse', big)).toEqual(JSON.parse(big));
    expect(auto.lastCallReport().backend).toBe('js');
    expect(auto.callFunction('json_stringify', { a: 1 })).toBe('{"a":1}');
    expect(auto.lastCallReport().backend).toBe('js');
    expect(auto.callFunction('json_validate', big)).toBe(true);
    expect(auto.lastCallReport().backend).toBe('wasm');
    expect(auto.callFunction('json_extract_numbers', big, 'v')).toEqual(Float64Array.from({ length: 200 }, (_, i) => i / 7));
    expect(auto.lastCallReport().backend).toBe('wasm');
    // A tiny text: below json_extract_numbers' calibrated threshold, so JS answers.
    const tiny = '[{"v":1}]';
    expect(tiny.length).toBeLessThan(thresholds.operations.json_extract_numbers.wasmMinSize);
    expect(auto.callFunction('json_extract_numbers', tiny, 'v')).toEqual(new Float64Array([1]));
    expect(auto.lastCallReport().reason).toMatch(/^below-threshold: size 9 < /);
    auto.dispose();
  });
});

describe('json_ WASM path without Node Buffer (the browser code path)', () => {
  it('copies UTF-16 in and out with loops and TextDecoder, lone surrogates kept', () => {
    const saved = globalThis.Buffer;
    delete globalThis.Buffer;
    try {
      for (const wasm of every().slice(1)) {
        for (const text of ['{"a":"é😀","b":["\\ud800","x"]}', '["\ud800 raw", "\udc00"]', '{"k":"plain ascii","n":[1,2.5]}']) {
          expect(canon(wasm.callFunction('json_parse', text))).toBe(canon(JSON.parse(text)));
          expect(wasm.lastCallReport().backend).toBe('wasm');
        }
        const v = { s: 'é\ud800😀', n: [0.1, -0, 1e21] };
        expect(wasm.callFunction('json_stringify', v)).toBe(JSON.stringify(v));
        expect(() => wasm.callFunction('json_parse', '["\ud800",]')).toThrow(/U\+005D.*position 5$|'\]'.*position 5$/);
      }
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
