// `node bench/matrix-forms.mjs [operation]`: the matrix operations with arrays of arrays
// against {rows, cols, data} (Float64Array) inputs, on JS and on WASM (simd, one thread),
// at the calibration's sizes: whether the two input forms cross over at different sizes
// (then the row needs `kinds`, as matrix_transpose has; docs/performance.md, "Matrix input
// forms"). Per size: the fastest of 15 interleaved batches of >= 5 ms each (on a busy
// machine others' work only ever adds time); both forms give identical answers first.
import * as api from 'multilingual-wasm';
import { randomMatrix } from './checks.mjs';

const OPS = {
  matrix_multiply: { sizes: [4, 6, 8, 10, 12, 13, 14, 15, 16, 18, 20, 24, 32, 48, 64, 128, 256], args: (m) => [m, m] },
  matrix_transpose: { sizes: [8, 16, 24, 32, 48, 64, 128, 256, 512, 1024, 2048], args: (m) => [m] },
  matrix_determinant: { sizes: [2, 3, 4, 6, 8, 12, 16, 32, 64, 128], args: (m) => [m] },
};
const only = process.argv[2];
if (only && !OPS[only]) throw new Error(`usage: node bench/matrix-forms.mjs [${Object.keys(OPS).join('|')}]`);

const js = await api.BackendSelector.create({ preferBackend: 'js' });
const wasm = await api.BackendSelector.create({ preferBackend: 'wasm', threads: false });
if (!wasm.isWasmAvailable()) throw new Error(`WASM is not available here: ${wasm.status().reason}`);
const nested = (m) => Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
const batch = (s, name, args, reps) => {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) s.callFunction(name, ...args);
  return (performance.now() - t0) / reps;
};
const f = (x) => x.toPrecision(3).padStart(8);

for (const [name, { sizes, args }] of Object.entries(OPS)) {
  if (only && name !== only) continue;
  console.log(`\n${name}, ms per call:          {rows, cols, data}: JS  WASM  WASM/JS | arrays of arrays: JS  WASM  WASM/JS`);
  for (const n of sizes) {
    const m = randomMatrix(n, n, 11 + n);
    if (name === 'matrix_determinant') for (let i = 0; i < n; i++) m.data[i * n + i] += n; // keeps it finite
    const forms = { object: args(m), arrays: args(nested(m)) };
    for (const [form, a] of Object.entries(forms)) {
      if (JSON.stringify(js.callFunction(name, ...a)) !== JSON.stringify(wasm.callFunction(name, ...a))) throw new Error(`${name} ${n}×${n} ${form}: JS and WASM differ`);
    }
    const contestants = [[js, 'object'], [wasm, 'object'], [js, 'arrays'], [wasm, 'arrays']];
    const reps = Math.max(1, Math.min(2000, Math.ceil(5 / Math.max(batch(js, name, forms.object, 1), 1e-4))));
    for (const [s, form] of contestants) for (let w = 0; w < 3; w++) batch(s, name, forms[form], reps);
    const best = contestants.map(() => Infinity);
    for (let r = 0; r < 15; r++) {
      for (let k = 0; k < contestants.length; k++) {
        const i = (k + r) % contestants.length;
        const [s, form] = contestants[i];
        best[i] = Math.min(best[i], batch(s, name, forms[form], reps));
      }
    }
    const [jo, wo, ja, wa] = best;
    console.log(`${`${n}×${n}`.padStart(10)}  ${f(jo)} ${f(wo)} ${(wo / jo).toFixed(2).padStart(6)}× | ${f(ja)} ${f(wa)} ${(wa / ja).toFixed(2).padStart(6)}×`);
  }
}
js.dispose();
wasm.dispose();
