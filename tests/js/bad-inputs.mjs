// Bad inputs for every operation: operation name -> list of
// { what, args: () => argument list, error: class name (or several allowed), message }.
// errors.test.mjs feeds each one to both backends; leaks.test.mjs mixes the small ones
// into its call stream. Rows for operations that are not in listOperations() yet are
// written against the conventions of issues 2 and 3 and skipped until they exist, so
// they run as soon as those operations are merged. Messages of operations not yet
// merged are matched loosely (the operation prefix and a word or two), positions of
// JSON syntax errors exactly where the offending character is unambiguous.
//
// `args` is a function so that the 100 MB strings and 100 000-deep texts are only built
// for the test that uses them (rows marked `huge: true`).
import { operations } from '../../js/registry/index.js';

export const MB100 = 100_000_000;
export const DEEP = 100_000;

let bigString;
/** One shared 100 MB one-byte string, built once (about 0.1 s). */
export function big() {
  bigString ??= 'a'.repeat(MB100);
  return bigString;
}

const IAE = 'InvalidArgumentError';
const JSE = 'JsonSyntaxError';
const op = (name) => new RegExp(`^${name}: `);
const mentions = (name, ...words) => new RegExp(`^${name}: .*(${words.join('|')})`, 'i');
const row = (what, args, message, error = IAE, extra = {}) => ({ what, args, message, error, ...extra });

const INVALID_UTF8 = [
  new Uint8Array([0x22, 0xff, 0x22]), // 0xFF never occurs in UTF-8
  new Uint8Array([0x22, 0xc3, 0x22]), // truncated 2-byte sequence
  new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]), // encoded surrogate U+D800
  new Uint8Array([0x22, 0xc0, 0xaf, 0x22]), // overlong '/'
];

// ---------------------------------------------------------------- crypto_xor (present)
function xorRows(name) {
  const data = (got) => new RegExp(`^${name}: 'data' must be a Uint8Array or a string, got ${got}$`);
  const key = (got) => new RegExp(`^${name}: 'key' must be a Uint8Array or a string, got ${got}$`);
  const empty = new RegExp(`^${name}: 'key' must not be empty$`);
  return [
    row('data null', () => [null, 'k'], data('null')),
    row('data undefined', () => [undefined, 'k'], data('undefined')),
    row('data a number', () => [42, 'k'], data('number')),
    row('data NaN', () => [NaN, 'k'], data('NaN')),
    row('data Infinity', () => [Infinity, 'k'], data('Infinity')),
    row('data a plain array', () => [[1, 2, 3], 'k'], data('Array')),
    row('data an object', () => [{ length: 3 }, 'k'], data('Object')),
    row('data a Float32Array', () => [new Float32Array(4), 'k'], data('Float32Array')),
    row('data a BigInt', () => [5n, 'k'], data('bigint')),
    row('key null', () => ['abc', null], key('null')),
    row('key a number', () => ['abc', 7], key('number')),
    row('key a Uint16Array', () => ['abc', new Uint16Array(2)], key('Uint16Array')),
    row('empty string key', () => ['abc', ''], empty),
    row('empty byte key', () => [new Uint8Array(8), new Uint8Array(0)], empty),
    row('no arguments', () => [], new RegExp(`^${name}: takes 2 to 3 argument\\(s\\), got 0$`)),
    row('one argument', () => ['abc'], new RegExp(`^${name}: takes 2 to 3 argument\\(s\\), got 1$`)),
    row('four arguments', () => ['abc', 'k', {}, 'x'], new RegExp(`^${name}: takes 2 to 3 argument\\(s\\), got 4$`)),
    row('options a string', () => ['abc', 'k', 'x'], new RegExp(`^${name}: 'options' must be an object, got string$`)),
    row('options null', () => ['abc', 'k', null], new RegExp(`^${name}: 'options' must be an object, got null$`)),
    row('options with an unknown key', () => ['abc', 'k', { output: new Uint8Array(3) }], new RegExp(`^${name}: 'options' has unknown option 'output' \\(known: 'out'\\)$`)),
    row('out a plain array', () => ['abc', 'k', { out: [0, 0, 0] }], new RegExp(`^${name}: 'options.out' must be a Uint8Array, got Array$`)),
    row('out a Uint8ClampedArray', () => ['abc', 'k', { out: new Uint8ClampedArray(3) }], new RegExp(`^${name}: 'options.out' must be a Uint8Array, got Uint8ClampedArray$`)),
    row('out too short', () => ['abcd', 'k', { out: new Uint8Array(3) }], new RegExp(`^${name}: 'options.out' must have data's length 4, got 3$`)),
    row('out too long', () => [new Uint8Array(5000), 'k', { out: new Uint8Array(5001) }], new RegExp(`^${name}: 'options.out' must have data's length 5000, got 5001$`)),
    row('out overlapping data, shifted', () => {
      const buf = new Uint8Array(9000);
      return [buf.subarray(0, 8000), 'k', { out: buf.subarray(1000, 9000) }];
    }, new RegExp(`^${name}: 'options.out' must be data itself or not overlap it$`)),
    row('100 MB data, empty key', () => [big(), ''], empty, IAE, { huge: true }),
  ];
}

// ---------------------------------------------------------------- data_ (present)
const sortMsg = (text) => new RegExp(`^data_sort: 'array' ${text}`);
const dataSort = [
  row('null', () => [null], sortMsg('must be a typed array or an Array of numbers or of strings, got null$')),
  row('undefined', () => [undefined], sortMsg('must be a typed array .* got undefined$')),
  row('a string', () => ['cba'], sortMsg('must be a typed array .* got string$')),
  row('a number', () => [3], sortMsg('must be a typed array .* got number$')),
  row('NaN', () => [NaN], sortMsg('must be a typed array .* got NaN$')),
  row('-Infinity', () => [-Infinity], sortMsg('must be a typed array .* got -Infinity$')),
  row('an object', () => [{ 0: 1, length: 1 }], sortMsg('must be a typed array .* got Object$')),
  row('a DataView', () => [new DataView(new ArrayBuffer(8))], sortMsg('must be a typed array .* got DataView$')),
  row('an ArrayBuffer', () => [new ArrayBuffer(8)], sortMsg('must be a typed array .* got ArrayBuffer$')),
  row('numbers then a string', () => [[1, 2, 'x']], sortMsg('element 2 is string; expected only numbers')),
  row('strings then a number', () => [['a', 1]], sortMsg('element 1 is number; expected only strings')),
  row('a hole', () => [[1, , 3]], sortMsg('has a hole at index 1')), // eslint-disable-line no-sparse-arrays
  row('null element', () => [[1, null]], sortMsg('element 1 is null')),
  row('undefined element', () => [['a', undefined]], sortMsg('element 1 is undefined')),
  row('BigInt elements', () => [[1n, 2n]], sortMsg('element 0 is bigint')),
  row('nested arrays', () => [[[2], [1]]], sortMsg('element 0 is Array')),
  row('objects', () => [[{}, {}]], sortMsg('element 0 is Object')),
  row('no arguments', () => [], /^data_sort: takes 1 argument\(s\), got 0$/),
  row('two arguments', () => [[2, 1], 'desc'], /^data_sort: takes 1 argument\(s\), got 2$/),
  row('a 100 MB string then a number', () => [[big(), 1]], sortMsg('element 1 is number; expected only strings'), IAE, { huge: true }),
];

const callbackRows = (name, fnArg) => [
  row('array null', () => [null, (x) => x], new RegExp(`^${name}: 'array' must be an Array or a typed array, got null$`)),
  row('array a string', () => ['abc', (x) => x], new RegExp(`^${name}: 'array' must be an Array or a typed array, got string$`)),
  row('array a DataView', () => [new DataView(new ArrayBuffer(2)), (x) => x], new RegExp(`^${name}: 'array' must be an Array or a typed array, got DataView$`)),
  row(`${fnArg} not a function`, () => [[1, 2], 'x => x'], new RegExp(`^${name}: '${fnArg}' must be a function, got string$`)),
  row(`${fnArg} null`, () => [[1, 2], null], new RegExp(`^${name}: '${fnArg}' must be a function, got null$`)),
  row('no arguments', () => [], new RegExp(`^${name}: takes 2( to 3)? argument\\(s\\), got 0$`)),
];

// ---------------------------------------------------------------- search_ (present)
function numericSearchRows(name) {
  const arr = (got) => new RegExp(`^${name}: 'array' must be a numeric typed array or an Array of numbers, got ${got}$`);
  const target = (got) => new RegExp(`^${name}: 'target' must be a number, got ${got}$`);
  return [
    row('array null', () => [null, 1], arr('null')),
    row('array a string', () => ['123', 1], arr('string')),
    row('array a BigInt64Array', () => [new BigInt64Array(2), 1], arr('BigInt64Array')),
    row('array a DataView', () => [new DataView(new ArrayBuffer(8)), 1], arr('DataView')),
    row('array with a string element', () => [[1, '2', 3], 2], new RegExp(`^${name}: 'array' element 1 is string; expected only numbers$`)),
    row('array with a hole', () => [[1, , 3], 3], new RegExp(`^${name}: 'array' has a hole at index 1`)), // eslint-disable-line no-sparse-arrays
    row('target a string', () => [[1, 2, 3], '2'], target('string')),
    row('target null', () => [[1, 2, 3], null], target('null')),
    row('target a BigInt', () => [new Int32Array([1, 2]), 2n], target('bigint')),
    row('target missing', () => [[1, 2, 3]], new RegExp(`^${name}: takes 2 argument\\(s\\), got 1$`)),
  ];
}

const containsMsg = (arg, got) => new RegExp(`^search_contains: '${arg}' must be a Uint8Array or a string, got ${got}$`);
const searchContains = [
  row('text null', () => [null, 'a'], containsMsg('text', 'null')),
  row('text a number', () => [12, 'a'], containsMsg('text', 'number')),
  row('text a plain array', () => [[104, 105], 'h'], containsMsg('text', 'Array')),
  row('pattern undefined', () => ['abc', undefined], containsMsg('pattern', 'undefined')),
  row('pattern an object', () => ['abc', {}], containsMsg('pattern', 'Object')),
  row('pattern a Float64Array', () => [new Uint8Array(4), new Float64Array(1)], containsMsg('pattern', 'Float64Array')),
  row('one argument', () => ['abc'], /^search_contains: takes 2 argument\(s\), got 1$/),
  row('100 MB text, pattern null', () => [big(), null], containsMsg('pattern', 'null'), IAE, { huge: true }),
];

// ---------------------------------------------------------------- numeric_ (issue 2/3)
function countRows(name, { bigBad = true } = {}) {
  const r = [
    row('negative', () => [-1], op(name)),
    row('fractional', () => [2.5], op(name)),
    row('NaN', () => [NaN], op(name)),
    row('Infinity', () => [Infinity], op(name)),
    row('-Infinity', () => [-Infinity], op(name)),
    row('a numeric string', () => ['10'], op(name)),
    row('null', () => [null], op(name)),
    row('no argument', () => [], op(name)),
    row('an unsafe integer (2^53) as Number', () => [2 ** 53], op(name)),
    row('an object', () => [{ valueOf: () => 5 }], op(name)),
  ];
  // Beyond any documented bound (fibonacci: >= 1000; factorial of 1e15 is not computable).
  if (bigBad) r.push(row('an enormous size (1e15)', () => [1e15], op(name)), row('Number.MAX_VALUE', () => [Number.MAX_VALUE], op(name)));
  return r;
}

const twoInts = (name) => [
  row('fractional', () => [4.5, 6], op(name)),
  row('NaN', () => [NaN, 6], op(name)),
  row('Infinity', () => [4, Infinity], op(name)),
  row('a string', () => ['4', 6], op(name)),
  row('null', () => [4, null], op(name)),
  row('one argument', () => [4], op(name)),
  row('an unsafe integer (2^60) as Number', () => [2 ** 60, 4], op(name)),
];

// ---------------------------------------------------------------- matrix_ (issue 2/3)
function matrixRows(name, { binary }) {
  const ok = [[1, 2], [3, 4]];
  const wrap = (m) => (binary ? [m, ok] : [m]);
  const r = [
    row('null', () => wrap(null), op(name)),
    row('undefined', () => wrap(undefined), op(name)),
    row('a string', () => wrap('[[1]]'), op(name)),
    row('a number', () => wrap(5), op(name)),
    row('ragged rows', () => wrap([[1, 2], [3]]), op(name)),
    row('a row that is not an array', () => wrap([[1, 2], 3]), op(name)),
    row('a NaN entry', () => wrap([[1, NaN], [3, 4]]), op(name)),
    row('an Infinity entry', () => wrap([[1, 2], [-Infinity, 4]]), op(name)),
    row('a string entry', () => wrap([[1, '2'], [3, 4]]), op(name)),
    row('a null entry', () => wrap([[1, null], [3, 4]]), op(name)),
    row('{rows, cols, data}: data too short', () => wrap({ rows: 2, cols: 2, data: new Float64Array(3) }), op(name)),
    row('{rows, cols, data}: negative rows', () => wrap({ rows: -2, cols: -2, data: new Float64Array(4) }), op(name)),
    row('{rows, cols, data}: fractional cols', () => wrap({ rows: 2, cols: 1.5, data: new Float64Array(3) }), op(name)),
    row('{rows, cols, data}: enormous rows', () => wrap({ rows: 1e9, cols: 1e9, data: new Float64Array(4) }), op(name)),
    row('{rows, cols, data}: NaN rows', () => wrap({ rows: NaN, cols: 2, data: new Float64Array(4) }), op(name)),
    row('{rows, cols, data}: data a plain array of strings', () => wrap({ rows: 1, cols: 1, data: ['1'] }), op(name)),
    row('{rows, cols, data}: data with NaN', () => wrap({ rows: 1, cols: 2, data: new Float64Array([1, NaN]) }), op(name)),
  ];
  if (binary) {
    r.push(
      row('inner dimensions differ', () => [[[1, 2, 3]], [[1, 2]]], op(name)),
      row('2x3 times 2x3', () => [[[1, 2, 3], [4, 5, 6]], [[1, 2, 3], [4, 5, 6]]], op(name)),
      row('b null', () => [ok, null], op(name)),
      row('b ragged', () => [ok, [[1], [2, 3]]], op(name)),
      row('one argument', () => [ok], op(name)),
    );
  }
  return r;
}

// ---------------------------------------------------------------- string_ (issue 3)
const stringRows = (name, extra = []) => [
  row('null', () => [null, ...extra], op(name)),
  row('undefined', () => [undefined, ...extra], op(name)),
  row('a number', () => [12321, ...extra], op(name)),
  row('an array of strings', () => [['a', 'b'], ...extra], op(name)),
  row('an object', () => [{ toString: () => 'abc' }, ...extra], op(name)),
];

// ---------------------------------------------------------------- json_ (issue 2/3)
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
// Every operation that reads JSON text rejects the same texts at the same positions;
// `extra` are the operation's further arguments (json_extract_numbers' field).
const jsonTextRows = (name, extra = []) => [
  ...INVALID_JSON.map(([text, at]) =>
    row(`invalid JSON ${JSON.stringify(text)}`, () => [text, ...extra], at === null ? /at position \d+$/ : new RegExp(`at position ${at}$`), JSE),
  ),
  row('100 000 unclosed [', () => ['['.repeat(DEEP), ...extra], new RegExp(`at position ${DEEP}$`), JSE),
  row('100 000 nested objects, unclosed', () => ['{"a":'.repeat(DEEP) + '1', ...extra], new RegExp(`at position ${5 * DEEP + 1}$`), JSE),
  row('100 000 deep, one ] short', () => ['['.repeat(DEEP) + ']'.repeat(DEEP - 1), ...extra], new RegExp(`at position ${2 * DEEP - 1}$`), JSE),
  row('100 MB string literal, unterminated', () => ['"' + big(), ...extra], new RegExp(`at position ${MB100 + 1}$`), JSE, { huge: true }),
  row('100 MB of spaces, then a stray comma', () => [' '.repeat(MB100) + ',', ...extra], new RegExp(`at position ${MB100}$`), JSE, { huge: true }),
  row('no argument', () => [], op(name)),
  // JSON.parse would stringify these to '[object Object]' / '1,2': a type error or the
  // syntax error of that text are both acceptable, as long as both backends agree.
  row('an object', () => [{}, ...extra], new RegExp(`(^${name}: )|(at position \\d+$)`), [IAE, JSE]),
  row('an array', () => [[1, 2], ...extra], new RegExp(`(^${name}: )|(at position \\d+$)`), [IAE, JSE]),
  // Where bytes are accepted as text they must be valid UTF-8; where they are not
  // accepted at all, that is a type error.
  ...INVALID_UTF8.map((bytes, i) =>
    row(`invalid UTF-8 bytes #${i + 1}`, () => [bytes, ...extra], new RegExp(`(^${name}: )|(at position \\d+$)`), [IAE, JSE]),
  ),
];

const extractRows = [
  ...jsonTextRows('json_extract_numbers', ['x']),
  row('field null', () => ['{"x":1}', null], /^json_extract_numbers: 'field' must be a string/),
  row('field a number', () => ['{"x":1}', 5], /^json_extract_numbers: 'field' must be a string/),
  row('field missing', () => ['{"x":1}'], op('json_extract_numbers')),
  row('the field holds a string', () => ['[{"x":1},{"x":"2"}]', 'x'], mentions('json_extract_numbers', 'position')),
  row('the field holds an array', () => ['{"x":[1]}', 'x'], mentions('json_extract_numbers', 'position')),
  row('the field holds null', () => ['{"y":{"x":null}}', 'x'], mentions('json_extract_numbers', 'position')),
];

const stringifyRows = [
  row('a BigInt', () => [{ a: 1n }], op('json_stringify')),
  row('a cycle', () => [(() => { const o = { a: [] }; o.a.push(o); return o; })()], op('json_stringify')), // prettier-ignore
  row('no argument', () => [], op('json_stringify')),
];

// ---------------------------------------------------------------- image_ (issue 2/3)
const rgba = (w, h) => ({ data: new Uint8ClampedArray(w * h * 4).fill(100), width: w, height: h });
function imageRows(name, extra) {
  return [
    row('null image', () => [null, ...extra], op(name)),
    row('a string', () => ['image.png', ...extra], op(name)),
    row('data shorter than width*height*4', () => [{ data: new Uint8ClampedArray(15), width: 2, height: 2 }, ...extra], op(name)),
    row('data longer than width*height*4', () => [{ data: new Uint8ClampedArray(20), width: 2, height: 2 }, ...extra], op(name)),
    row('negative width', () => [{ data: new Uint8ClampedArray(16), width: -2, height: -2 }, ...extra], op(name)),
    row('fractional width', () => [{ data: new Uint8ClampedArray(16), width: 1.5, height: 2 }, ...extra], op(name)),
    row('NaN height', () => [{ data: new Uint8ClampedArray(16), width: 2, height: NaN }, ...extra], op(name)),
    row('enormous width', () => [{ data: new Uint8ClampedArray(16), width: 1e9, height: 1e9 }, ...extra], op(name)),
    row('missing height', () => [{ data: new Uint8ClampedArray(16), width: 4 }, ...extra], op(name)),
    row('Float32Array data', () => [{ data: new Float32Array(16), width: 2, height: 2 }, ...extra], op(name)),
    row('data a string', () => [{ data: 'rgba', width: 1, height: 1 }, ...extra], op(name)),
  ];
}
const blurRows = [
  ...imageRows('image_blur', [1]),
  row('negative radius', () => [rgba(2, 2), -1], op('image_blur')),
  row('fractional radius', () => [rgba(2, 2), 1.5], op('image_blur')),
  row('NaN radius', () => [rgba(2, 2), NaN], op('image_blur')),
  row('Infinity radius', () => [rgba(2, 2), Infinity], op('image_blur')),
  row('radius a string', () => [rgba(2, 2), '2'], op('image_blur')),
  row('radius null', () => [rgba(2, 2), null], op('image_blur')),
  row('unsafe radius (2^53)', () => [rgba(2, 2), 2 ** 53], op('image_blur')),
  row("kind 'median'", () => [rgba(2, 2), 1, { kind: 'median' }], mentions('image_blur', 'kind')),
  row('kind a number', () => [rgba(2, 2), 1, { kind: 3 }], mentions('image_blur', 'kind')),
];

// ---------------------------------------------------------------- science_ (issue 2/3)
const piRows = [
  ...countRows('science_monte_carlo_pi', { bigBad: false }).filter((r) => r.what !== 'no argument'),
  row('seed NaN', () => [1000, NaN], op('science_monte_carlo_pi')),
  row('seed a string', () => [1000, 'seed'], op('science_monte_carlo_pi')),
  row('seed an object', () => [1000, {}], op('science_monte_carlo_pi')),
];
const integrate = (expr, a = 0, b = 1, n = 4) => () => [expr, a, b, n];
const EXPR = op('science_integrate');
const integrateRows = [
  ...['x +', '(x', 'x)', '', '   ', 'x $ 2', 'foo(x)', 'y', 'x.constructor', 'alert(1)', 'this', '2 ** 3', 'sin', 'sin(', 'x,1', '1..2', '@', 'x = 1', '"x"', 'sqrt(x', 'x ^', '* x']
    .map((expr) => row(`expression ${JSON.stringify(expr)}`, integrate(expr), EXPR)),
  row('expression not a string', integrate(42), EXPR),
  row('expression null', integrate(null), EXPR),
  row('odd n', integrate('x', 0, 1, 3), EXPR),
  row('n zero', integrate('x', 0, 1, 0), EXPR),
  row('negative n', integrate('x', 0, 1, -2), EXPR),
  row('fractional n', integrate('x', 0, 1, 2.5), EXPR),
  row('NaN n', integrate('x', 0, 1, NaN), EXPR),
  row('unsafe n (2^53 + 2) as Number', integrate('x', 0, 1, 2 ** 53 + 2), EXPR),
  row('NaN a', integrate('x', NaN, 1, 2), EXPR),
  row('Infinity b', integrate('x', 0, Infinity, 2), EXPR),
  row('a a string', integrate('x', '0', 1, 2), EXPR),
  row('missing n', () => ['x', 0, 1], EXPR),
  row('100 MB of spaces then a $', () => [' '.repeat(MB100) + '$', 0, 1, 2], EXPR, IAE, { huge: true }),
  row('100 000 open parentheses', integrate('('.repeat(DEEP) + 'x'), EXPR),
];

// ---------------------------------------------------------------- the table
export const BAD_INPUTS = {
  crypto_xor_encrypt: xorRows('crypto_xor_encrypt'),
  crypto_xor_decrypt: xorRows('crypto_xor_decrypt'),
  data_sort: dataSort,
  data_filter: callbackRows('data_filter', 'predicate'),
  data_map: callbackRows('data_map', 'fn'),
  data_reduce: [
    ...callbackRows('data_reduce', 'fn'),
    row('empty array, no initial value', () => [[], (a, b) => a + b], /^data_reduce: 'array' is empty and no initial value was given$/),
  ],
  data_group_by: [
    row('records null', () => [null, 'k'], /^data_group_by: 'records' must be an Array, got null$/),
    row('a record that is not an object', () => [[{ k: 1 }, 2], 'k'], /^data_group_by: 'records' element 1 is number/),
    row('key a number', () => [[{ k: 1 }], 3], /^data_group_by: 'key' must be a property name/),
  ],
  search_binary: numericSearchRows('search_binary'),
  search_linear: numericSearchRows('search_linear'),
  search_contains: searchContains,

  numeric_fibonacci: countRows('numeric_fibonacci'),
  // Naive recursion: a bound must exist, but a huge n is not sent (an unbounded
  // implementation would run for ever instead of failing this row).
  numeric_fibonacci_recursive: countRows('numeric_fibonacci_recursive', { bigBad: false }),
  numeric_factorial: countRows('numeric_factorial'),
  numeric_prime_factors: [
    ...countRows('numeric_prime_factors', { bigBad: false }).filter((r) => r.what !== 'negative'),
    row('an unsafe integer (2^53 + 2) as Number', () => [2 ** 53 + 2], op('numeric_prime_factors')),
  ],
  numeric_gcd: twoInts('numeric_gcd'),
  numeric_lcm: twoInts('numeric_lcm'),
  matrix_multiply: matrixRows('matrix_multiply', { binary: true }),
  matrix_transpose: matrixRows('matrix_transpose', { binary: false }),
  matrix_determinant: [
    ...matrixRows('matrix_determinant', { binary: false }),
    row('not square', () => [[[1, 2, 3], [4, 5, 6]]], op('matrix_determinant')),
    row('not square ({rows, cols, data})', () => [{ rows: 1, cols: 2, data: new Float64Array(2) }], op('matrix_determinant')),
  ],
  string_reverse: stringRows('string_reverse'),
  string_is_palindrome: stringRows('string_is_palindrome'),
  string_frequency: stringRows('string_frequency'),
  string_longest_substring: [
    ...stringRows('string_longest_substring', ['abc']),
    row('chars null', () => ['abc', null], op('string_longest_substring')),
    row('chars missing', () => ['abc'], op('string_longest_substring')),
  ],
  crypto_hash: [
    row('null', () => [null], op('crypto_hash')),
    row('undefined', () => [undefined], op('crypto_hash')),
    row('a number', () => [123], op('crypto_hash')),
    row('an object', () => [{}], op('crypto_hash')),
  ],
  crypto_sha256: [
    row('null', () => [null], op('crypto_sha256')),
    row('a number', () => [123], op('crypto_sha256')),
    row('a plain array', () => [[1, 2, 3]], op('crypto_sha256')),
    row('an object', () => [{}], op('crypto_sha256')),
    row('no argument', () => [], op('crypto_sha256')),
  ],
  json_parse: jsonTextRows('json_parse'),
  json_validate: jsonTextRows('json_validate'),
  json_extract_numbers: extractRows,
  json_stringify: stringifyRows,
  image_blur: blurRows,
  image_grayscale: imageRows('image_grayscale', []),
  science_monte_carlo_pi: piRows,
  science_integrate: integrateRows,
};

// ---------------------------------------------------------------- reference calls
// After bad inputs, a reference call must still give the right answer. The registry
// row's sample() where it has one; these for rows without one.
const REFERENCE = {
  crypto_xor_encrypt: () => ['reference text', 'k3y'],
  crypto_xor_decrypt: () => [new Uint8Array([1, 2, 3, 250]), new Uint8Array([7, 9])],
};

/** A function giving fresh reference arguments for `name` (sample() or the table above). */
export function referenceArgs(name) {
  const sample = operations.get(name)?.sample;
  if (sample) return () => sample();
  if (REFERENCE[name]) return REFERENCE[name];
  throw new Error(`${name} has neither sample() nor a row in REFERENCE (tests/js/bad-inputs.mjs)`);
}

// ---------------------------------------------------------------- large valid inputs
// Not bad inputs: valid arguments of about `bytes` bytes of input, per operation, for the
// memory-limit test (memory.test.mjs) and the leak test's "larger" calls. numeric_
// operations have no input that scales with heap use and are not listed.
const wave = (n) => new Float64Array(n).map((_, i) => Math.sin(i) * 1000);
const bytesOf = (n) => new Uint8Array(n).map((_, i) => (i * 31 + 7) & 255);
const textOf = (n) => 'lorem ipsum dolor sit amet, '.repeat(Math.ceil(n / 28)).slice(0, n);
const side = (bytes, matrices) => Math.max(2, Math.floor(Math.sqrt(bytes / 8 / matrices)));
const flat = (n) => ({ rows: n, cols: n, data: wave(n * n).map((x) => x / 1000) });
const image = (bytes) => {
  const width = 256;
  const height = Math.max(1, Math.floor(bytes / 4 / width));
  return { data: new Uint8ClampedArray(width * height * 4).map((_, i) => (i * 13) & 255), width, height };
};
export const LARGE = {
  crypto_xor_encrypt: (bytes) => [bytesOf(bytes), 'a longer key'],
  crypto_xor_decrypt: (bytes) => [bytesOf(bytes), new Uint8Array([9, 8, 7])],
  data_sort: (bytes) => [wave(bytes / 8)],
  data_filter: (bytes) => [wave(bytes / 8), (x) => x > 0],
  data_map: (bytes) => [wave(bytes / 8), (x) => x * 2],
  data_reduce: (bytes) => [wave(bytes / 8), (a, x) => a + x, 0],
  data_group_by: (bytes) => [Array.from({ length: bytes / 64 }, (_, i) => ({ k: i % 7 })), 'k'],
  search_binary: (bytes) => [new Float64Array(bytes / 8).map((_, i) => i), bytes / 16],
  search_linear: (bytes) => [wave(bytes / 8), 12345.5],
  search_contains: (bytes) => [bytesOf(bytes), new Uint8Array([1, 2, 3, 4, 5])],
  matrix_multiply: (bytes) => [flat(side(bytes, 2)), flat(side(bytes, 2))],
  matrix_transpose: (bytes) => [flat(side(bytes, 1))],
  matrix_determinant: (bytes) => [flat(Math.min(side(bytes, 1), 400))],
  string_reverse: (bytes) => [textOf(bytes)],
  string_is_palindrome: (bytes) => [textOf(bytes)],
  string_frequency: (bytes) => [textOf(bytes)],
  string_longest_substring: (bytes) => [textOf(bytes), 'lorem ipsu'],
  crypto_hash: (bytes) => [bytesOf(bytes)],
  crypto_sha256: (bytes) => [bytesOf(bytes)],
  json_parse: (bytes) => ['[' + '12.5,'.repeat(Math.floor(bytes / 5)) + '0]'],
  json_validate: (bytes) => ['[' + '12.5,'.repeat(Math.floor(bytes / 5)) + '0]'],
  json_extract_numbers: (bytes) => ['[' + '{"x":1.5},'.repeat(Math.floor(bytes / 10)) + '{"x":0}]', 'x'],
  json_stringify: (bytes) => [Array.from(wave(bytes / 8))],
  image_blur: (bytes) => [image(bytes), 2],
  image_grayscale: (bytes) => [image(bytes)],
  // No heap that scales with these; larger means more work per call.
  science_monte_carlo_pi: (bytes) => [bytes, 12345],
  science_integrate: (bytes) => ['sin(x) * exp(-x ^ 2) + sqrt(abs(x - 1)) / (1 + x ^ 2)', -2, 3, 2 * Math.floor(bytes / 64)],
};
