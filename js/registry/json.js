// Registry rows for the json_ family (see js/registry/crypto.js for the row format).
import * as jsImpl from '../fallbacks/json.js';
import * as wasmImpl from '../wasm/json.js';
import { readable } from '../boundary.js';
import { arity, describe, fail, sized } from '../validate.js';
import { IAE, JSE, bad, mentions, op } from './bad-inputs.js';

function textArgument(operation, args, count) {
  arity(operation, args, count);
  if (typeof args[0] !== 'string') fail(operation, 'text', `must be a string, got ${describe(args[0])}`);
  return args[0];
}

// ---- test facts (see js/registry/crypto.js for the fields after `sample`)
/** JSON texts (compact and indented, full UTF-16), and edits that break or keep them. */
function jsonTextArbitrary(fc) {
  const text = fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc.json({ maxDepth: 2, stringUnit: 'binary' }),
    fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(0, 1, 2, '\t', ' \r\n')).map(([v, sp]) => JSON.stringify(v, null, sp)),
  );
  const edits = ['', '"', '\\', ',', ':', '[', ']', '{', '}', '-', '.', 'e', '0', '1', ' ', '\n', '\u000b', '\u00a0', '\ufeff', '\ud800', 'u', 'x', 'n', 't', '\u0000', '\\u'];
  const edited = fc
    .tuple(text, fc.nat(), fc.nat(), fc.constantFrom('truncate', 'delete', 'insert', 'replace'), fc.constantFrom(...edits))
    .map(([t, p, q, how, ch]) => {
      const i = t.length ? p % (t.length + 1) : 0;
      if (how === 'truncate') return t.slice(0, i);
      if (how === 'delete') return t.slice(0, i) + t.slice(i + 1 + (q % 3));
      if (how === 'insert') return t.slice(0, i) + ch + t.slice(i);
      return t.slice(0, i) + ch + t.slice(i + 1);
    });
  return fc.oneof({ weight: 2, arbitrary: text }, { weight: 1, arbitrary: edited });
}

// [text, position of the offending character (the end of the text when it ends too
// early), or null where parsers may reasonably point at different characters].
const INVALID_JSON = [
  ['', 0], [' ', 1], ['\t\n\r ', 4], ['{', 1], ['[', 1], ['}', 0], [']', 0], [':', 0], [',', 0],
  ['[1,]', 3], ['[,1]', 1], ['[1 2]', 3], ['[1,,2]', 3], ['[1]]', 3], ['{"a":1,}', 7], ['{"a" 1}', 5],
  ['{"a":}', 5], ['{,}', 1], ['{a:1}', 1], ['{1:2}', 1], ["{'a':1}", 1], ['{"a":1 "b":2}', 7], ['{"a":1}{', 7],
  ["'a'", 0], ['"abc', 4], ['"a\tb"', 2], ['"a\nb"', 2], ['"\u0000"', 1], ['"\\x"', null], ['"\\u12G4"', null],
  ['"\\u00"', null], ['"\\', null], ['01', 1], ['-01', 2], ['1.', 2], ['.5', 0], ['1.e5', 2], ['-', 1], ['+1', 0],
  ['1e', 2], ['1e+', 3], ['0x10', 1], ['tru', null], ['nul', null], ['fals', null], ['True', 0], ['NaN', 0],
  ['Infinity', 0], ['-Infinity', 1], ['undefined', 0], ['1 2', 2], ['"a"x', 3], ['\u00a01', 0], ['\ufeff1', 0],
  ['/*c*/1', 0], ['// c\n1', 0], ['[1] // c', 4], ['[1, 2', 5],
];
const INVALID_UTF8 = [
  [0x22, 0xff, 0x22], // 0xFF never occurs in UTF-8
  [0x22, 0xc3, 0x22], // truncated 2-byte sequence
  [0x22, 0xed, 0xa0, 0x80, 0x22], // encoded surrogate U+D800
  [0x22, 0xc0, 0xaf, 0x22], // overlong '/'
];
/**
 * Every operation that reads JSON text rejects the same texts at the same positions;
 * `extra` are the operation's further arguments (json_extract_numbers' field).
 */
function jsonTextBadInputs(name, k, extra = []) {
  const DEEP = k.DEEP;
  // JSON.parse would stringify these to '[object Object]' / '1,2': a type error or the
  // syntax error of that text are both acceptable, as long as both backends agree.
  const either = new RegExp(`(^${name}: )|(at position \\d+$)`);
  return [
    ...INVALID_JSON.map(([text, at]) =>
      bad(`invalid JSON ${JSON.stringify(text)}`, () => [text, ...extra], at === null ? /at position \d+$/ : new RegExp(`at position ${at}$`), JSE),
    ),
    bad('100 000 unclosed [', () => ['['.repeat(DEEP), ...extra], new RegExp(`at position ${DEEP}$`), JSE),
    bad('100 000 nested objects, unclosed', () => ['{"a":'.repeat(DEEP) + '1', ...extra], new RegExp(`at position ${5 * DEEP + 1}$`), JSE),
    bad('100 000 deep, one ] short', () => ['['.repeat(DEEP) + ']'.repeat(DEEP - 1), ...extra], new RegExp(`at position ${2 * DEEP - 1}$`), JSE),
    bad('100 MB string literal, unterminated', () => ['"' + k.big(), ...extra], new RegExp(`at position ${k.MB100 + 1}$`), JSE, { huge: true }),
    bad('100 MB of spaces, then a stray comma', () => [' '.repeat(k.MB100) + ',', ...extra], new RegExp(`at position ${k.MB100}$`), JSE, { huge: true }),
    bad('no argument', () => [], op(name)),
    bad('an object', () => [{}, ...extra], either, [IAE, JSE]),
    bad('an array', () => [[1, 2], ...extra], either, [IAE, JSE]),
    // Where bytes are accepted as text they must be valid UTF-8; where they are not
    // accepted at all, that is a type error.
    ...INVALID_UTF8.map((bytes, i) => bad(`invalid UTF-8 bytes #${i + 1}`, () => [new Uint8Array(bytes), ...extra], either, [IAE, JSE])),
  ];
}
/** Whether a value holds a BigInt anywhere (JSON.stringify rejects them; badInputs covers that). */
function containsBigInt(v, seen = new Set()) {
  if (typeof v === 'bigint' || (typeof v === 'object' && v instanceof BigInt)) return true;
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  return Object.values(v).some((x) => containsBigInt(x, seen));
}
/** { text } of an operation taking one JSON text; its size is the text's length. */
function textInput(operation, args) {
  const text = textArgument(operation, args, 1);
  return sized({ text }, text.length);
}
const jsonTextOf = (bytes) => '[' + '12.5,'.repeat(Math.floor(bytes / 5)) + '0]';
const jsonSweep = (...extra) => (k) => ({ scales: k.geometric(64, 2 << 20, 2), args: (n) => [k.jsonText(n, 3), ...extra] });

export default [
  {
    name: 'json_parse',
    aliases: ['parse_json'],
    signature: '(text: string) => unknown',
    description: 'JSON text -> the value JSON.parse gives (key order, duplicates, __proto__, surrogates, rounding); JsonSyntaxError with the position otherwise',
    complexity: 'O(n), any nesting depth',
    validate: (args) => textInput('json_parse', args),
    js: ({ text }) => jsImpl.jsonParse(text),
    jsPath: () => 'JSON.parse',
    platform: 'JSON.parse',
    jsPure: ({ text }) => jsImpl.jsonParseJs(text),
    wasm: (instance, { text }) => wasmImpl.jsonParse(instance, 'json_parse', text),
    sample: () => ['{"a":[1,2.5,"x",true,null]}'],
    arbitrary: (fc) => fc.tuple(jsonTextArbitrary(fc)),
    badInputs: (k) => jsonTextBadInputs('json_parse', k),
    largeInput: (bytes) => [jsonTextOf(bytes)],
    sweep: jsonSweep(),
  },
  {
    name: 'json_validate',
    signature: '(text: string) => true',
    description: 'true if the text is JSON (RFC 8259), else JsonSyntaxError with the position; builds no value',
    complexity: 'O(n), O(depth) memory',
    validate: (args) => textInput('json_validate', args),
    js: ({ text }) => jsImpl.jsonValidate(text),
    wasm: (instance, { text }) => wasmImpl.jsonValidate(instance, 'json_validate', text),
    sample: () => ['{"a":[1,2.5,"x",true,null]}'],
    arbitrary: (fc) => fc.tuple(jsonTextArbitrary(fc)),
    badInputs: (k) => jsonTextBadInputs('json_validate', k),
    largeInput: (bytes) => [jsonTextOf(bytes)],
    sweep: jsonSweep(),
  },
  {
    name: 'json_extract_numbers',
    signature: '(text: string, field: string) => Float64Array',
    description:
      'the numbers of every object member named `field`, at any depth, in document order (duplicate members included); a member of that name holding a non-number is an InvalidArgumentError naming its position',
    complexity: 'O(n), O(depth) memory',
    validate(args) {
      const text = textArgument('json_extract_numbers', args, 2);
      if (typeof args[1] !== 'string') fail('json_extract_numbers', 'field', `must be a string, got ${describe(args[1])}`);
      return sized({ text, field: args[1] }, text.length);
    },
    js: ({ text, field }) => jsImpl.jsonExtractNumbers(text, field, 'json_extract_numbers'),
    wasm: (instance, { text, field }) => wasmImpl.jsonExtractNumbers(instance, 'json_extract_numbers', text, field),
    sample: () => ['[{"x":1},{"x":2.5}]', 'x'],
    // Texts written by hand so that duplicate names (and their order) survive; some
    // members hold non-numbers, which is an error to agree on.
    arbitrary: (fc) => {
      const name = fc.constantFrom('a', 'b', 'x', '', '__proto__', '1', 'ab');
      const { value } = fc.letrec((tie) => ({
        value: fc.oneof({ depthSize: 'small' }, fc.double().map((v) => (Number.isFinite(v) ? String(v) : '1e400')), fc.integer().map(String), fc.constantFrom('"1"', 'null', 'true'), tie('object'), tie('array')),
        object: fc.array(fc.tuple(name, tie('value')), { maxLength: 4 }).map((ms) => `{${ms.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
        array: fc.array(tie('value'), { maxLength: 4 }).map((vs) => `[${vs.join(',')}]`),
      }));
      return fc.tuple(fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: jsonTextArbitrary(fc) }), fc.constantFrom('a', 'b', 'x', '', '__proto__', '1'));
    },
    badInputs: (k) => [
      ...jsonTextBadInputs('json_extract_numbers', k, ['x']),
      bad('field null', () => ['{"x":1}', null], /^json_extract_numbers: 'field' must be a string/),
      bad('field a number', () => ['{"x":1}', 5], /^json_extract_numbers: 'field' must be a string/),
      bad('field missing', () => ['{"x":1}'], op('json_extract_numbers')),
      bad('the field holds a string', () => ['[{"x":1},{"x":"2"}]', 'x'], mentions('json_extract_numbers', 'position')),
      bad('the field holds an array', () => ['{"x":[1]}', 'x'], mentions('json_extract_numbers', 'position')),
      bad('the field holds null', () => ['{"y":{"x":null}}', 'x'], mentions('json_extract_numbers', 'position')),
    ],
    largeInput: (bytes) => ['[' + '{"x":1.5},'.repeat(Math.floor(bytes / 10)) + '{"x":0}]', 'x'],
    sweep: jsonSweep('value'),
  },
  {
    name: 'json_stringify',
    aliases: ['stringify_json'],
    signature: '(value: unknown) => string | undefined',
    description:
      'the string JSON.stringify gives (toJSON, skipped members, escapes, number formatting); a cycle or a BigInt is an InvalidArgumentError; any depth',
    complexity: 'O(size of the value)',
    validate(args) {
      arity('json_stringify', args, 1);
      // (A revoked Proxy deeper inside the value throws the engine's TypeError, on both
      // backends, as JSON.stringify does.)
      // The value's size is only known by walking it; AUTO routes on a constant.
      return sized({ value: readable('json_stringify', 'value', args[0]) }, 1);
    },
    js: ({ value }) => jsImpl.jsonStringify(value, 'json_stringify'),
    jsPath: () => 'JSON.stringify',
    platform: 'JSON.stringify',
    wasm: (instance, { value }) => wasmImpl.jsonStringify(instance, 'json_stringify', value),
    sample: () => [{ a: [1, 2.5, 'x', true, null] }],
    // JSON values and what JSON.stringify treats specially: undefined, functions and
    // symbols (skipped, or null in arrays), -0, non-finite numbers, toJSON, Dates, boxed
    // values, sparse arrays, null-prototype objects.
    arbitrary: (fc) =>
      fc.tuple(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.anything({ maxDepth: 2, withBoxedValues: true, withNullPrototype: true, withDate: true, withSparseArray: true }).filter((v) => !containsBigInt(v)),
          fc.constantFrom(undefined, () => 1, Symbol('s'), -0, NaN, -Infinity, { toJSON: () => ({ a: [1, undefined] }) }, [undefined, () => 1]),
        ),
      ),
    badInputs: () => [
      bad('a BigInt', () => [{ a: 1n }], op('json_stringify')),
      bad('a cycle', () => [(() => { const o = { a: [] }; o.a.push(o); return o; })()], op('json_stringify')), // prettier-ignore
      bad('no argument', () => [], op('json_stringify')),
    ],
    largeInput: (bytes, k) => [Array.from(k.randomFloats(bytes / 8, 7))],
    // The recorded size is 1 for every value: growing values, threshold "always" or "never".
    sweep: (k) => ({ scales: k.geometric(64, 1 << 20, 8), args: (n) => [JSON.parse(k.jsonText(n, 67))] }),
  },
];
