// Issue 18: the JS backend's platform-native paths (node:crypto, Buffer#indexOf,
// String#includes, TypedArray#indexOf and #sort, Array#sort, JSON.parse / JSON.stringify)
// give exactly the answers of the package's own JS (platformNatives: false) and of the
// WASM kernels — in every runtime the package supports. One function, self-contained (it
// closes over nothing: the runtimes test writes its source into a script that Node, Deno
// and Bun run against the installed package, the browser spec evaluates it in Chromium and
// Firefox), so every engine runs the same cases.
//
// platformParity(BackendSelector) → { engine, cases, byOperation, paths, mismatches,
// missing }: `paths` is what lastCallReport().jsPath said per operation on the native
// selector (null where the platform has no such code and the package's JS ran);
// `missing` lists operations that listOperations() says have a platform path but that no
// case here covers (a new path must come with its cases).
export async function platformParity(BackendSelector) {
  const native = await BackendSelector.create({ preferBackend: 'js' });
  const pure = await BackendSelector.create({ preferBackend: 'js', platformNatives: false });
  const wasm = await BackendSelector.create({ preferBackend: 'wasm', threads: false });

  // A deterministic stream of numbers (LCG), so every engine gets the same inputs.
  let seed = 0x2545f491;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const int = (n) => Math.floor(next() * n);
  const bytes = (n, alphabet = 256) => Uint8Array.from({ length: n }, () => int(alphabet));
  const text = (n, units) => Array.from({ length: n }, () => units[int(units.length)]).join('');

  // One canonical string per value: -0, NaN, BigInt, typed array types, own keys in order.
  const canon = (v) => {
    if (v === null) return 'null';
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v !== 'object') return `${typeof v}:${String(v)}`;
    if (ArrayBuffer.isView(v)) return `${Object.prototype.toString.call(v).slice(8, -1)}[${Array.from(v, canon).join(',')}]`;
    if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
    const proto = Object.getPrototypeOf(v);
    const keys = Reflect.ownKeys(v).map((k) => `${String(k)}:${canon(v[k])}`);
    return `${proto === Object.prototype ? '' : proto === null ? 'null-proto' : 'other-proto'}{${keys.join(',')}}`;
  };
  const answer = (selector, name, args) => {
    try {
      return canon(selector.callFunction(name, ...args()));
    } catch (error) {
      return `throws ${error?.name}: ${error?.message}`;
    }
  };

  // [operation, label, () => args]: a function, so each selector gets fresh copies of the
  // same inputs (made before, never inside it: a sort must not see another backend's result).
  const cases = [];
  const add = (name, label, args) => cases.push([name, label, args]);

  // crypto_sha256: strings (UTF-8, a lone surrogate → U+FFFD), every padding boundary,
  // views at an offset.
  for (const s of ['', 'abc', 'héllo wörld \u{1F600}', '\uD800x\uDFFF', 'a'.repeat(1000)]) add('crypto_sha256', `string of ${s.length}`, () => [s]);
  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 65537]) {
    const b = bytes(n);
    add('crypto_sha256', `${n} bytes`, () => [b]);
  }
  const backing = bytes(5000);
  add('crypto_sha256', 'a view at offset 3', () => [backing.subarray(3, 4003)]);

  // search_contains: two strings (UTF-16 code units), bytes, and a string with bytes.
  const strings = [
    ['', ''], ['abc', ''], ['', 'a'], ['the quick brown fox', 'brown'], ['aaaa', 'aab'], ['aab', 'aab'],
    ['\u{1F600}x', '\uDE00'], ['\u{1F600}', '\uD83D'], ['\u00e9t\u00e9', 'e'], ['\u0100', '\u0000'], ['x\u0000y', '\u0000'],
  ];
  for (let i = 0; i < 60; i++) strings.push([text(int(200), ['a', 'b', '\u00e9', '\u{1F600}', '\uD800']), text(1 + int(4), ['a', 'b', '\u00e9', '\uD800'])]);
  for (const [t, p] of strings) add('search_contains', `strings ${t.length}/${p.length}`, () => [t, p]);
  // Texts on both sides of 512 bytes, where Node's and Bun's JS path moves from the
  // package's Horspool to Buffer#indexOf.
  for (let i = 0; i < 160; i++) {
    const t = bytes(i < 120 ? int(300) : 400 + int(2600), 3);
    const p = i % 7 === 0 ? t.slice(int(t.length + 1)).subarray(0, 5) : bytes(int(7), 3);
    add('search_contains', `bytes ${t.length}/${p.length}`, () => [t, p]);
  }
  add('search_contains', 'string text, byte pattern (UTF-8)', () => ['h\u00e9llo', Uint8Array.of(0xc3, 0xa9)]);
  add('search_contains', 'byte text, string pattern', () => [new TextEncoder().encode('na\u00efve'), '\u00ef']);
  add('search_contains', 'pattern longer than text', () => [Uint8Array.of(1, 2), Uint8Array.of(1, 2, 3)]);

  // search_linear: TypedArray#indexOf's equality (NaN never found, -0 === +0), element
  // conversion (a Float32Array holds 0.1 as another number), every array form.
  const specials = [0, -0, NaN, Infinity, -Infinity, 1.5, 0.1, -1, 255, 256, 2 ** 31, 3];
  const typedNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'];
  for (const T of typedNames) {
    const values = Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? specials[int(specials.length)] : int(600) - 300));
    for (const target of [values[17], values[39], ...specials]) add('search_linear', `${T} for ${Object.is(target, -0) ? '-0' : target}`, () => [globalThis[T].from(values), target]);
  }
  add('search_linear', 'number[] with NaN and -0', () => [[1, NaN, -0, 0, 5], 0]);
  add('search_linear', 'number[] for NaN', () => [[1, NaN, 3], NaN]);
  add('search_linear', 'empty', () => [new Float64Array(0), 1]);

  // data_sort: -0 before +0, NaN last, every typed array type, BigInts, number[], strings.
  for (const T of [...typedNames, 'BigInt64Array', 'BigUint64Array']) {
    for (const n of [0, 1, 7, 300]) {
      const big = T.startsWith('Big');
      const values = Array.from({ length: n }, (_, i) => (big ? BigInt(int(2 ** 30)) * (i % 2 ? -1n : 1n) * 12345n : i % 9 === 0 ? specials[int(specials.length)] : next() * 2000 - 1000));
      add('data_sort', `${T} × ${n}`, () => [big ? globalThis[T].from(values, (x) => (T === 'BigInt64Array' ? BigInt.asIntN(64, x) : BigInt.asUintN(64, x))) : globalThis[T].from(values)]);
    }
  }
  add('data_sort', 'number[] with NaN, -0, Infinity', () => [[3, NaN, -0, 0, -Infinity, Infinity, 1e-320, -1e-320, 2]]);
  add('data_sort', 'string[] (code units, surrogates)', () => [['b', 'a', '', '\uD83D', '\u{1F600}', '\uFFFD', 'ab', 'B', '\u00e9']]);
  const words = Array.from({ length: 200 }, () => text(int(6), ['a', 'b', 'Z', '\u00e9', '\uD800', '\u{1F600}']));
  add('data_sort', 'string[] random', () => [words.slice()]);

  // json_parse: JSON.parse's values (own __proto__, duplicates, escapes, number edges,
  // depth) and its errors.
  const docs = [
    '{"__proto__":1,"a":[1,2,{"b":null}]}', '{"a":1,"a":2}', '"\\ud800\\u0041"', '1e400', '-0', '[1.5e-320,-1e-400]',
    '12345678901234567890', '0.1', '"\\u00e9\\n\\"\\/"', ' [true,false,null] ', '{"constructor":{"prototype":1}}',
    `${'['.repeat(200)}${']'.repeat(200)}`, '{"":""}', '{"1":1,"a":2,"0":3}',
    '{', '[1,]', '"\u0001"', '01', '', 'nul', '"abc', '[1 2]', '{"a" 1}', '1.', '-', '\uFEFF1',
  ];
  for (const d of docs) add('json_parse', `doc ${JSON.stringify(d.slice(0, 24))}`, () => [d]);

  // json_stringify: what JSON.stringify does with every kind of value.
  const values = [
    () => ({ a: [1, 'x', null, true], b: { c: -0 } }), () => [NaN, Infinity, undefined, () => 1], () => '\uD800',
    () => ({ toJSON: () => 5 }), () => ({ n: 1e21, m: 1e-7, s: '\u2028\u2029\u0000' }), () => [[[[[]]]]],
    () => ({ [Symbol('s')]: 1, u: undefined, f() {}, d: new Date(0) }), () => Object.assign(Object.create(null), { z: 1, 0: 2 }),
  ];
  for (const [i, v] of values.entries()) add('json_stringify', `value ${i}`, () => [v()]);
  add('json_stringify', 'with indent', () => [{ a: [1, { b: 2 }] }, 2]);

  const platformOps = (native.listOperations?.() ?? []).filter((op) => op.platform).map((op) => op.name);
  const covered = new Set(cases.map(([name]) => name));
  const mismatches = [];
  const byOperation = {};
  const paths = {};
  for (const [name, label, args] of cases) {
    const n = answer(native, name, args);
    const report = native.lastCallReport();
    if (report && !report.error) paths[name] ??= new Set();
    if (report && !report.error) paths[name].add(report.jsPath ?? null);
    const p = answer(pure, name, args);
    const w = answer(wasm, name, args);
    byOperation[name] = (byOperation[name] ?? 0) + 1;
    if (n !== p || n !== w) mismatches.push({ operation: name, label, native: n.slice(0, 300), pure: p.slice(0, 300), wasm: w.slice(0, 300) });
  }
  const result = {
    engine: native.status().engine ?? null,
    wasmServing: wasm.isWasmAvailable(),
    cases: cases.length,
    byOperation,
    paths: Object.fromEntries(Object.entries(paths).map(([k, s]) => [k, [...s]])),
    mismatches,
    missing: platformOps.filter((name) => !covered.has(name)),
  };
  native.dispose();
  pure.dispose();
  wasm.dispose();
  return result;
}
