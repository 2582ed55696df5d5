// The benchmark workloads, defined once for the CLI (bench/cli.mjs), calibration and the
// web demo (in a Web Worker: no Node-only imports here). Each workload names a canonical
// operation, builds seeded arguments, and checks every result it is given: against the
// JS backend's answer for the same input (`reference`) and with a cheap independent check.
// Optional `expected(args)` (may be async) gives an independent answer the JS result
// itself must equal (e.g. SHA-256 from crypto.subtle).
import {
  CheckFailed, FLAT_VALUE, byteLength, expect, jsonText, randomBytes, randomFloats, randomMatrix, randomText, sameAsReference, testImage,
} from './checks.mjs';

export { runSuite } from './suite.mjs';

const MB = 1 << 20;
const KEY = new Uint8Array([0x6d, 0x6c, 0x77, 0x21, 0x13, 0x37, 0xc0, 0xde, 0x5a, 0xa5, 0x01, 0xfe, 0x42, 0x99, 0x7e, 0x80]);

// ---- per-family pieces --------------------------------------------------------------

function matrixCheck(result, [a, b], reference) {
  expect(result && result.rows === a.rows && result.cols === b.cols, `shape ${result?.rows}×${result?.cols}, want ${a.rows}×${b.cols}`);
  expect(result.data instanceof Float64Array && result.data.length === a.rows * b.cols, 'data must be a Float64Array of rows*cols');
  // Independent spot check: a few entries summed directly (k in order).
  const n = a.cols;
  for (let s = 0; s < 8; s++) {
    const i = (s * 7919) % a.rows;
    const j = (s * 104729) % b.cols;
    let sum = 0;
    for (let k = 0; k < n; k++) sum += a.data[i * n + k] * b.data[k * b.cols + j];
    const got = result.data[i * b.cols + j];
    expect(Math.abs(got - sum) <= 1e-12 * n, `C[${i}][${j}] = ${got}, direct sum ${sum}`);
  }
  sameAsReference(result.data, reference?.data);
}

function matrixWorkload(id, n, quickN, group, extra = {}) {
  return {
    id,
    title: `matrix ${n}×${n} f64`,
    quickTitle: `matrix ${quickN}×${quickN} f64`,
    operation: 'matrix_multiply',
    group,
    quick: true,
    makeArgs: ({ quick }) => {
      const m = quick ? quickN : n;
      return [randomMatrix(m, m, 11 + m), randomMatrix(m, m, 29 + m)];
    },
    check: matrixCheck,
    bytes: ([a, b], result) => ({ input: a.data.byteLength + b.data.byteLength, output: byteLength(result) }),
    ...extra,
  };
}

function xorCheck(result, [data, key], reference) {
  expect(result instanceof Uint8Array && result.length === data.length, 'want a Uint8Array as long as the data');
  const k = key.length;
  for (let i = 0; i < data.length; i++) {
    if (result[i] !== (data[i] ^ key[i % k])) throw new CheckFailed(`byte ${i}: ${result[i]}, want ${data[i] ^ key[i % k]}`);
  }
  sameAsReference(result, reference);
}

function xorWorkload(id, bytes, quickBytes, group, extra = {}) {
  return {
    id,
    title: `XOR ${sizeName(bytes)}`,
    quickTitle: `XOR ${sizeName(quickBytes)}`,
    operation: 'crypto_xor_encrypt',
    group,
    quick: true,
    makeArgs: ({ quick }) => [randomBytes(quick ? quickBytes : bytes, 7), KEY],
    check: xorCheck,
    bytes: ([data, key], result) => ({ input: data.byteLength + key.byteLength, output: byteLength(result) }),
    ...extra,
  };
}

// The same, writing into one caller-owned array ({ out }) instead of a new result per call:
// what a loop over many buffers does, and free of the first-touch page faults a fresh
// result costs (the same for JS and WASM). Every backend writes the same array, so the
// check is the independent byte-by-byte one, plus: the answer is that array.
function xorIntoWorkload(id, nativeId, bytes, quickBytes, group, extra = {}) {
  return xorWorkload(id, bytes, quickBytes, group, {
    // The native harness writes into a reused buffer already: the same kernel work.
    nativeId,
    title: `XOR ${sizeName(bytes)} into options.out`,
    quickTitle: `XOR ${sizeName(quickBytes)} into options.out`,
    makeArgs: ({ quick }) => {
      const data = randomBytes(quick ? quickBytes : bytes, 7);
      return [data, KEY, { out: new Uint8Array(data.length) }];
    },
    check(result, args) {
      expect(result === args[2].out, 'want options.out itself back');
      xorCheck(result, args, undefined);
    },
    ...extra,
  });
}

function blurWorkload(id, [w, h], [qw, qh], kind, group, extra = {}) {
  return {
    id,
    title: `blur ${w}×${h} RGBA, ${kind} r=2`,
    quickTitle: `blur ${qw}×${qh} RGBA, ${kind} r=2`,
    operation: 'image_blur',
    group,
    quick: true,
    makeArgs: ({ quick }) => [quick ? testImage(qw, qh, 5) : testImage(w, h, 5), 2, { kind }],
    check(result, [image], reference) {
      expect(result && result.width === image.width && result.height === image.height, 'same width and height');
      expect(result.data instanceof Uint8ClampedArray && result.data.length === image.data.length, 'RGBA Uint8ClampedArray');
      // The flat third's interior (away from the noise and the edges) must stay flat.
      const flat = Math.floor(image.width / 3);
      for (let y = 8; y < image.height - 8; y += 13) {
        for (let x = 8; x < flat - 8; x += 11) {
          const p = (y * image.width + x) * 4;
          expect(result.data[p] === FLAT_VALUE && result.data[p + 3] === FLAT_VALUE, `flat pixel (${x},${y}) became ${result.data[p]}`);
        }
      }
      sameAsReference(result.data, reference?.data);
    },
    bytes: ([image], result) => ({ input: image.data.byteLength, output: byteLength(result) }),
    ...extra,
  };
}

function sizeName(bytes) {
  if (bytes >= MB) return `${bytes / MB} MB`;
  if (bytes >= 1024) return `${bytes / 1024} KB`;
  return `${bytes} B`;
}

// SHA-256's expected digest, check and sizes (the guide's workload and the sweep's).
const SHA256_CHECKS = {
  // crypto.subtle exists in browsers (secure contexts) and in Node >= 19.
  expected: async ([bytes]) => (globalThis.crypto?.subtle ? toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes)) : undefined),
  check(result, args, reference) {
    expect(typeof result === 'string' && /^[0-9a-f]{64}$/.test(result), `want 64 lower-case hex digits, got ${String(result).slice(0, 70)}`);
    sameAsReference(result, reference);
  },
  bytes: ([bytes]) => ({ input: bytes.byteLength, output: 64 }),
};

function toHex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---- the workloads -------------------------------------------------------------------

const FIB = [0, 1];
for (let i = 2; i <= 40; i++) FIB.push(FIB[i - 1] + FIB[i - 2]);

const GUIDE_WORKLOADS = [
  matrixWorkload('matrix-1000', 1000, 256, 'guide', { guide: { pythonMs: 5000, wasmMs: 50, speedup: 100 } }),
  matrixWorkload('matrix-100', 100, 100, 'guide', { guide: { pythonMs: 50, wasmMs: 1, speedup: 50 } }),
  xorWorkload('xor-1mb', MB, MB, 'guide', { guide: { pythonMs: 500, wasmMs: 5, speedup: 100 } }),
  xorIntoWorkload('xor-1mb-out', 'xor-1mb', MB, MB, 'guide', { guide: { pythonMs: 500, wasmMs: 5, speedup: 100 } }),
  {
    id: 'fibonacci-30',
    title: 'Fibonacci(30), naive recursion',
    quickTitle: 'Fibonacci(25), naive recursion',
    label: 'call-heavy',
    operation: 'numeric_fibonacci_recursive',
    group: 'guide',
    guide: { pythonMs: 200, wasmMs: 2, speedup: 100 },
    quick: true,
    makeArgs: ({ quick }) => [quick ? 25 : 30],
    check(result, [n], reference) {
      expect(result === FIB[n], `fibonacci(${n}) = ${result}, want ${FIB[n]}`);
      sameAsReference(result, reference);
    },
    bytes: () => ({ input: 8, output: 8 }),
  },
  {
    id: 'json-parse-10mb',
    title: 'JSON parse 10 MB',
    quickTitle: 'JSON parse 1 MB',
    operation: 'json_parse',
    group: 'guide',
    guide: { pythonMs: 200, wasmMs: 20, speedup: 10 },
    quick: true,
    makeArgs: ({ quick }) => [jsonText(quick ? MB : 10 * MB, 3)],
    expected: ([text]) => JSON.parse(text),
    check(result, args, reference) {
      expect(Array.isArray(result) && result.length > 0, 'want the top-level array');
      sameAsReference(result, reference);
    },
    // The output is a JS value, not bytes; the text is the input.
    bytes: ([text]) => ({ input: text.length, output: 0 }),
  },
  blurWorkload('blur-4k', [3840, 2160], [960, 540], 'box', 'guide', { guide: { pythonMs: 2000, wasmMs: 40, speedup: 50 } }),
  {
    id: 'monte-carlo-1m',
    title: 'Monte Carlo π, 1 M samples',
    quickTitle: 'Monte Carlo π, 100 k samples',
    operation: 'science_monte_carlo_pi',
    group: 'guide',
    guide: { pythonMs: 1000, wasmMs: 10, speedup: 100 },
    quick: true,
    makeArgs: ({ quick }) => [quick ? 100_000 : 1_000_000, 20260124],
    check(result, [samples], reference) {
      // Standard error of the estimate is 4·sqrt(p(1-p)/n) with p = π/4; allow 6 of them.
      const tolerance = 6 * 4 * Math.sqrt(((Math.PI / 4) * (1 - Math.PI / 4)) / samples);
      expect(typeof result === 'number' && Math.abs(result - Math.PI) < tolerance, `estimate ${result} is not within ${tolerance} of π`);
      sameAsReference(result, reference);
    },
    bytes: () => ({ input: 16, output: 8 }),
  },
  {
    id: 'sha256-10mb',
    title: 'SHA-256 10 MB',
    quickTitle: 'SHA-256 1 MB',
    operation: 'crypto_sha256',
    group: 'guide',
    quick: true,
    makeArgs: ({ quick }) => [randomBytes(quick ? MB : 10 * MB, 13)],
    ...SHA256_CHECKS,
  },
];

const EXTRA_WORKLOADS = [
  xorWorkload('xor-10mb', 10 * MB, 2 * MB, 'extra'),
  xorIntoWorkload('xor-10mb-out', 'xor-10mb', 10 * MB, 2 * MB, 'extra'),
  blurWorkload('blur-4k-gaussian', [3840, 2160], [960, 540], 'gaussian', 'extra'),
  {
    id: 'json-validate-10mb',
    title: 'JSON validate 10 MB',
    quickTitle: 'JSON validate 1 MB',
    operation: 'json_validate',
    group: 'extra',
    quick: false,
    makeArgs: ({ quick }) => [jsonText(quick ? MB : 10 * MB, 3)],
    check(result, args, reference) {
      // The text is valid JSON by construction; accept true or a {valid: true} report.
      expect(result === true || result?.valid === true, `valid JSON reported as ${JSON.stringify(result)}`);
      sameAsReference(result, reference);
    },
    bytes: ([text]) => ({ input: text.length, output: 0 }),
  },
  {
    id: 'json-extract-10mb',
    title: 'JSON extract numbers 10 MB (field "value")',
    quickTitle: 'JSON extract numbers 1 MB (field "value")',
    operation: 'json_extract_numbers',
    group: 'extra',
    quick: false,
    makeArgs: ({ quick }) => [jsonText(quick ? MB : 10 * MB, 3), 'value'],
    expected: ([text, field]) => Float64Array.from(JSON.parse(text), (r) => r[field]),
    check(result, args, reference) {
      expect(result instanceof Float64Array, 'want a Float64Array');
      sameAsReference(result, reference);
    },
    bytes: ([text], result) => ({ input: text.length, output: byteLength(result) }),
  },
];

// Batches and resident arrays (issue 14): `invoke(selector, args)` replaces
// callFunction(operation, ...args) for these. Each batch is timed next to the same calls
// made one by one (the per-call loop); each resident workload next to its copying call
// (xor-10mb-out, blur-4k). A resident workload's WasmArrays are made once per selector,
// untimed (on the JS backend, allocate() gives ordinary arrays), and its result is read
// from them.
const BATCH_SIZES = { sha256: [10_000, 1000], fibonacci: [10_000, 1000], matrix: [1000, 200] };

function batchPair(id, { title, quickTitle, operation, count, makeItem, itemBytes, check }) {
  const makeArgs = ({ quick }) => [Array.from({ length: quick ? count[1] : count[0] }, (_, i) => makeItem(i))];
  const shared = {
    operation,
    group: 'extra',
    quick: true,
    makeArgs,
    check(result, [lists], reference) {
      expect(Array.isArray(result) && result.length === lists.length, `want ${lists.length} results`);
      for (let i = 0; i < lists.length; i += Math.max(1, Math.floor(lists.length / 16))) check(result[i], lists[i]);
      sameAsReference(result, reference);
    },
    bytes: ([lists]) => ({ input: lists.reduce((sum, item) => sum + itemBytes(item), 0), output: 0 }),
  };
  return [
    { ...shared, id, title: `batch: ${title(count[0])}`, quickTitle: `batch: ${quickTitle(count[1])}`, invoke: (s, [lists]) => s.callBatch(operation, lists) },
    {
      ...shared,
      id: `${id}-loop`,
      title: `per-call loop: ${title(count[0])}`,
      quickTitle: `per-call loop: ${quickTitle(count[1])}`,
      invoke: (s, [lists]) => {
        const out = new Array(lists.length);
        for (let i = 0; i < lists.length; i++) out[i] = s.callFunction(operation, ...lists[i]);
        return out;
      },
    },
  ];
}

const SHA_ITEM = new Map(); // 1 KB items, made once (the 10 000 of them are 10 MB)
const FIB_EXACT = [0, 1];
for (let i = 2; i <= 78; i++) FIB_EXACT.push(FIB_EXACT[i - 1] + FIB_EXACT[i - 2]);

/** Per selector: the WasmArrays of a resident workload, made and filled once. */
function residentFor(cache, selector, make) {
  let arrays = cache.get(selector);
  if (arrays === undefined) cache.set(selector, (arrays = make(selector)));
  return arrays;
}

function copyInto(selector, values) {
  const w = selector.allocate(values.constructor, values.length);
  w.array.set(values);
  return w;
}

const xorResident = new WeakMap();
const blurResident = new WeakMap();

const BATCH_WORKLOADS = [
  ...batchPair('batch-sha256', {
    title: (n) => `SHA-256 of ${n.toLocaleString('en')} × 1 KB`,
    quickTitle: (n) => `SHA-256 of ${n.toLocaleString('en')} × 1 KB`,
    operation: 'crypto_sha256',
    count: BATCH_SIZES.sha256,
    makeItem: (i) => {
      if (!SHA_ITEM.has(i)) SHA_ITEM.set(i, randomBytes(1024, 1000 + i));
      return [SHA_ITEM.get(i)];
    },
    itemBytes: ([bytes]) => bytes.length,
    check: (hex) => expect(typeof hex === 'string' && /^[0-9a-f]{64}$/.test(hex), `want 64 hex digits, got ${String(hex).slice(0, 70)}`),
  }),
  ...batchPair('batch-fibonacci', {
    title: (n) => `Fibonacci(n ≤ 78) × ${n.toLocaleString('en')}`,
    quickTitle: (n) => `Fibonacci(n ≤ 78) × ${n.toLocaleString('en')}`,
    operation: 'numeric_fibonacci',
    count: BATCH_SIZES.fibonacci,
    makeItem: (i) => [(i * 37) % 79],
    itemBytes: () => 8,
    check: (value, [n]) => expect(value === FIB_EXACT[n], `F(${n}) = ${value}, want ${FIB_EXACT[n]}`),
  }),
  ...batchPair('batch-matrix-8', {
    title: (n) => `matrix 8×8 × ${n.toLocaleString('en')} products`,
    quickTitle: (n) => `matrix 8×8 × ${n.toLocaleString('en')} products`,
    operation: 'matrix_multiply',
    count: BATCH_SIZES.matrix,
    makeItem: (i) => [randomMatrix(8, 8, 3 * i + 1), randomMatrix(8, 8, 3 * i + 2)],
    itemBytes: ([a, b]) => a.data.byteLength + b.data.byteLength,
    check: (c, [a, b]) => matrixCheck(c, [a, b], undefined),
  }),
  // XOR 10 MB from a WasmArray into a WasmArray: nothing crosses but the key. Next to
  // xor-10mb-out (the same work with copies) and the native kernel.
  xorWorkload('xor-10mb-resident', 10 * MB, 2 * MB, 'extra', {
    nativeId: 'xor-10mb',
    title: 'XOR 10 MB resident (WasmArray)',
    quickTitle: 'XOR 2 MB resident (WasmArray)',
    invoke: (s, [data, key]) => {
      const { w, out } = residentFor(xorResident, s, () => ({ w: copyInto(s, data), out: s.allocate(Uint8Array, data.length) }));
      s.callFunction('crypto_xor_encrypt', w, key, { out });
      return out.array;
    },
  }),
  // Blur of a 4K frame that stays in the heap: pixels in and blurred pixels out are
  // WasmArrays (options.out). Next to blur-4k (the copying call).
  blurWorkload('blur-4k-resident', [3840, 2160], [960, 540], 'box', 'extra', {
    title: 'blur 3840×2160 resident, box r=2',
    quickTitle: 'blur 960×540 resident, box r=2',
    invoke: (s, [image, radius, options]) => {
      const { px, out } = residentFor(blurResident, s, () => ({ px: copyInto(s, image.data), out: s.allocate(Uint8ClampedArray, image.data.length) }));
      s.callFunction('image_blur', { data: px, width: image.width, height: image.height }, radius, { ...options, out });
      return { data: out.array, width: image.width, height: image.height };
    },
  }),
];

// Size sweeps: where AUTO's time is measured too (AUTO ≤ 1.1 × the faster backend).
const SWEEP_WORKLOADS = [
  ...[8, 16, 32, 64, 128, 256, 512].map((n) =>
    matrixWorkload(`sweep-matrix-${n}`, n, n, 'sweep', { quick: n <= 64, title: `sweep: matrix ${n}×${n} f64`, quickTitle: undefined }),
  ),
  ...[1024, 16 * 1024, 256 * 1024, MB, 10 * MB].map((b) =>
    xorWorkload(`sweep-xor-${sizeName(b).replace(' ', '').toLowerCase()}`, b, b, 'sweep', { quick: b <= 256 * 1024, title: `sweep: XOR ${sizeName(b)}`, quickTitle: undefined }),
  ),
  ...[[64, 64], [256, 256], [1024, 1024], [1920, 1080]].map(([w, h]) =>
    blurWorkload(`sweep-blur-${w}x${h}`, [w, h], [w, h], 'box', 'sweep', { quick: w <= 256, title: `sweep: blur ${w}×${h} RGBA, box r=2`, quickTitle: undefined }),
  ),
];

// The hybrid sweep (issue 18): operations whose JS answer uses the platform's own code
// (node:crypto, String#includes, Buffer#indexOf, JSON.parse, TypedArray#sort/indexOf),
// per input kind, where the suite also times the package's own JS ('js-pure') and AUTO.
const K = 1024;
// Sizes in bytes ('1 KB', id '1kb') or in chars / elements ('1 Ki chars', id '1ki').
const countName = (n) => (n >= MB ? `${n / MB} Mi` : n >= K ? `${n / K} Ki` : String(n));
const hybrid = (id, title, operation, n, unit, quickUpTo, fields) => {
  const size = unit === 'bytes' ? sizeName(n) : `${countName(n)} ${unit}`;
  const short = (unit === 'bytes' ? sizeName(n) : countName(n)).replace(' ', '').toLowerCase();
  return { id: `sweep-${id}-${short}`, title: `sweep: ${title} ${size}`, operation, group: 'sweep', quick: n <= quickUpTo, ...fields };
};
/** The first index of pattern in bytes, plainly (the independent answer of the byte search). */
function naiveIndexOf(text, pattern) {
  outer: for (let i = 0; i + pattern.length <= text.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (text[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}
function sortedCheck(result, [array], reference) {
  expect(result.length === array.length && (Array.isArray(array) ? Array.isArray(result) : result.constructor === array.constructor), 'want a sorted copy of the same kind');
  for (let i = 1; i < result.length; i++) if (result[i - 1] > result[i]) throw new CheckFailed(`not ascending at ${i}: ${result[i - 1]} > ${result[i]}`);
  sameAsReference(result, reference);
}
const NEEDLE = 'not in the text'; // 't' and 'x' are not in randomText's alphabet: never found
const HYBRID_WORKLOADS = [
  ...[K, 16 * K, 256 * K, MB, 10 * MB].map((n) =>
    hybrid('sha256', 'SHA-256', 'crypto_sha256', n, 'bytes', 16 * K, { makeArgs: () => [randomBytes(n, 13)], ...SHA256_CHECKS })),
  ...[256, 4 * K, 64 * K, MB, 10 * MB].map((n) =>
    hybrid('contains-strings', 'search_contains in a string of', 'search_contains', n, 'chars', 4 * K, {
      makeArgs: () => [randomText(n, 29), NEEDLE],
      check(result, args, reference) {
        expect(result === false, `want false (the pattern is not in the text), got ${result}`);
        sameAsReference(result, reference);
      },
      bytes: ([text]) => ({ input: text.length * 2, output: 1 }),
    })),
  ...[256, 4 * K, 64 * K, MB, 10 * MB].map((n) =>
    hybrid('contains-bytes', 'search_contains in bytes,', 'search_contains', n, 'bytes', 4 * K, {
      makeArgs: () => [randomBytes(n, 23), new TextEncoder().encode(NEEDLE)],
      expected: ([text, pattern]) => naiveIndexOf(text, pattern) >= 0,
      check(result, args, reference) {
        expect(typeof result === 'boolean', `want a boolean, got ${result}`);
        sameAsReference(result, reference);
      },
      bytes: ([text]) => ({ input: text.length, output: 1 }),
    })),
  ...[K, 16 * K, 256 * K, MB].map((n) =>
    hybrid('json-parse', 'JSON parse', 'json_parse', n, 'bytes', 16 * K, {
      makeArgs: () => [jsonText(n, 3)],
      expected: ([text]) => JSON.parse(text),
      check(result, args, reference) {
        expect(Array.isArray(result), 'want the top-level array');
        sameAsReference(result, reference);
      },
      bytes: ([text]) => ({ input: text.length, output: 0 }),
    })),
  ...[256, 4 * K, 64 * K, MB].map((n) =>
    hybrid('sort-f64', 'data_sort Float64Array of', 'data_sort', n, 'elements', 4 * K, {
      makeArgs: () => [randomFloats(n, 17)], check: sortedCheck, bytes: ([a]) => ({ input: a.byteLength, output: a.byteLength }),
    })),
  ...[256, 4 * K, 64 * K, MB].map((n) =>
    hybrid('sort-numbers', 'data_sort number[] of', 'data_sort', n, 'elements', 4 * K, {
      makeArgs: () => [Array.from(randomFloats(n, 17))], check: sortedCheck, bytes: ([a]) => ({ input: a.length * 8, output: a.length * 8 }),
    })),
  ...[K, 64 * K, MB].map((n) =>
    hybrid('linear', 'search_linear in a Float64Array of', 'search_linear', n, 'elements', 4 * K, {
      makeArgs: () => [randomFloats(n, 19), 2],
      check(result, args, reference) {
        expect(result === -1, `want -1 (2 is not in [0, 1)), got ${result}`);
        sameAsReference(result, reference);
      },
      bytes: ([a]) => ({ input: a.byteLength, output: 8 }),
    })),
];

export const WORKLOADS = [...GUIDE_WORKLOADS, ...EXTRA_WORKLOADS, ...BATCH_WORKLOADS, ...SWEEP_WORKLOADS, ...HYBRID_WORKLOADS];
