// The peers and best-native columns (`bench --peers`): the libraries a user would install
// instead, timed in the same Node process, on the same inputs, interleaved with this
// package's own calls, and every result checked against ours (or, for a different
// algorithm, against published vectors). Node only (sharp, node:crypto); the peers are
// devDependencies of the repository and are imported dynamically: a missing one skips
// its rows with a notice, and the published package depends on none of them.
//
// Best native: node:crypto (OpenSSL) is timed here; OpenBLAS and simdjson come from the
// native harness (bench/native/peers.cpp, ids "peers-…"), passed in as `native`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { jsonText, randomBytes, randomMatrix, testImage } from './checks.mjs';

export const PEERS_SCHEMA = 'multilingual-wasm-peers/1';
const MB = 1 << 20;
const now = () => performance.now();
const require = createRequire(import.meta.url);

// The installed version, from the package.json above the entry point (some packages
// do not export ./package.json).
function version(name) {
  try {
    let dir = path.dirname(require.resolve(name));
    for (let i = 0; i < 6; i++, dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json');
      if (fs.existsSync(file)) {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (pkg.name === name) return pkg.version;
      }
    }
  } catch {
    // not installed: the caller has said so already
  }
  return null;
}

async function tryImport(name, notice, importer) {
  try {
    return await importer(name);
  } catch (error) {
    notice(`peer ${name} not installed (${error?.code ?? error?.message}): its rows are skipped`);
    return null;
  }
}

/**
 * The peer libraries that are installed, loaded once. `importer` is how a module is
 * loaded (tests pass one that fails for some names, to see the rows skipped).
 */
export async function loadPeers(notice = () => {}, importer = (name) => import(name)) {
  const peers = {};
  const tryLoad = (name) => tryImport(name, notice, importer);
  const hashWasm = await tryLoad('hash-wasm');
  if (hashWasm) {
    peers.hashWasm = {
      version: version('hash-wasm'),
      sha256: await hashWasm.createSHA256(),
      xxhash32: await hashWasm.createXXHash32(),
      xxhash64: await hashWasm.createXXHash64(),
      xxhash3: await hashWasm.createXXHash3(),
      crc32: await hashWasm.createCRC32(),
    };
  }
  const tf = await tryLoad('@tensorflow/tfjs-core');
  if (tf) {
    const wasmBackend = await tryLoad('@tensorflow/tfjs-backend-wasm');
    if (wasmBackend) {
      try {
        // TF.js logs its platform choice on first use; keep the table readable.
        const log = console.log;
        console.log = () => {};
        try {
          await tf.setBackend('wasm');
          await tf.ready();
        } finally {
          console.log = log;
        }
        peers.tf = { version: version('@tensorflow/tfjs-backend-wasm'), tf, backend: tf.getBackend() };
      } catch (error) {
        notice(`peer @tensorflow/tfjs-backend-wasm did not start (${error?.message}): its rows are skipped`);
      }
    }
  }
  const sharp = await tryLoad('sharp');
  if (sharp) peers.sharp = { version: version('sharp'), sharp: sharp.default ?? sharp, vips: (sharp.default ?? sharp).versions?.vips };
  const mlMatrix = await tryLoad('ml-matrix');
  if (mlMatrix) peers.mlMatrix = { version: version('ml-matrix'), Matrix: mlMatrix.Matrix ?? mlMatrix.default?.Matrix };
  return peers;
}

// ---- checks -------------------------------------------------------------------------

const hexOf = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');

/**
 * A matrix product against the standard floating-point error bound: for every entry,
 * |got − want| ≤ 2·γ_k·Σ_p |a_ip|·|b_pj| with γ_k = k·u/(1 − k·u), u the unit roundoff
 * (2^-53 f64, 2^-24 f32); the sum is bounded by rowAbsSum_i(a)·max|b| for the full
 * comparison, and computed exactly on 64 spot entries against a direct f64 sum.
 */
export function matrixWithinBound(got, want, a, b, n, u) {
  const k = n;
  const gamma = (k * u) / (1 - k * u);
  let maxB = 0;
  for (let i = 0; i < b.length; i++) maxB = Math.max(maxB, Math.abs(b[i]));
  for (let i = 0; i < n; i++) {
    let rowAbs = 0;
    for (let p = 0; p < k; p++) rowAbs += Math.abs(a[i * k + p]);
    const tol = 2 * gamma * rowAbs * maxB;
    for (let j = 0; j < n; j++) {
      const d = Math.abs(got[i * n + j] - want[i * n + j]);
      if (!(d <= tol)) return `C[${i}][${j}] = ${got[i * n + j]}, ours ${want[i * n + j]} (|Δ| ${d.toExponential(2)} > ${tol.toExponential(2)})`;
    }
  }
  for (let s = 0; s < 64; s++) {
    const i = (s * 7919) % n;
    const j = (s * 104729) % n;
    let sum = 0;
    let abs = 0;
    for (let p = 0; p < k; p++) {
      sum += a[i * k + p] * b[p * n + j];
      abs += Math.abs(a[i * k + p] * b[p * n + j]);
    }
    const d = Math.abs(got[i * n + j] - sum);
    if (!(d <= 2 * gamma * abs)) return `C[${i}][${j}] = ${got[i * n + j]}, direct f64 sum ${sum}`;
  }
  return null;
}

function identical(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  return true;
}

// ---- the workloads ------------------------------------------------------------------

const sizeName = (b) => (b >= MB ? `${b / MB} MB` : `${b / 1024} KB`);

function ourSelectors(api, threads) {
  return {
    one: new api.BackendSelector({ preferBackend: 'wasm', simd: true, threads: false }),
    many: threads > 1 ? new api.BackendSelector({ preferBackend: 'wasm', threads }) : null,
  };
}

// Published test vectors of the peer hashes (different algorithms from FNV-1a, so the
// check is the library against its own specification, plus repeatability).
const HASH_VECTORS = {
  xxhash32: ['', '02cc5d05'],
  xxhash64: ['', 'ef46db3751d8e999'],
  xxhash3: ['', '2d06800538d394c2'],
  crc32: ['123456789', 'cbf43926'],
};

function hashWorkloads(quick) {
  const sizes = quick ? [1024, MB] : [1024, MB, 10 * MB];
  const out = [];
  for (const bytes of sizes) {
    out.push({
      id: `peers-sha256-${sizeName(bytes).replace(' ', '').toLowerCase()}`,
      title: `SHA-256 ${sizeName(bytes)}`,
      make: () => ({ data: randomBytes(bytes, 13) }),
      contestants: ({ data }, { ours, peers }) => {
        const want = crypto.createHash('sha256').update(data).digest('hex');
        const check = (hex) => (hex === want ? null : `digest ${String(hex).slice(0, 16)}…, node:crypto ${want.slice(0, 16)}…`);
        const list = [
          { role: 'ours', library: `multilingual-wasm (${ours.one.status().variant})`, threads: 1, run: () => ours.one.callFunction('crypto_sha256', data), check },
        ];
        if (ours.many) list.push({ role: 'ours', library: `multilingual-wasm (${ours.many.status().variant})`, threads: 1, note: 'threads build, 1 thread (SHA-256 is serial)', run: () => ours.many.callFunction('crypto_sha256', data), check });
        if (peers.hashWasm) {
          const h = peers.hashWasm.sha256;
          list.push({ role: 'peer', library: `hash-wasm ${peers.hashWasm.version}`, what: 'createSHA256(): init, update, digest("hex")', threads: 1, run: () => { h.init(); h.update(data); return h.digest('hex'); }, check });
        }
        list.push({ role: 'native', library: `node:crypto (OpenSSL ${process.versions.openssl})`, what: 'createHash("sha256")', threads: 1, run: () => crypto.createHash('sha256').update(data).digest('hex'), check });
        return list;
      },
    });
  }
  for (const bytes of sizes) {
    out.push({
      id: `peers-hash-${sizeName(bytes).replace(' ', '').toLowerCase()}`,
      title: `fast hash ${sizeName(bytes)} (different algorithms)`,
      make: () => ({ data: randomBytes(bytes, 17) }),
      contestants: ({ data }, { ours, api, peers }) => {
        // Ours: FNV-1a 32-bit, checked against the JS fallback (its own definition).
        const want = new api.BackendSelector({ preferBackend: 'js' }).callFunction('crypto_hash', data);
        const list = [
          { role: 'ours', library: `multilingual-wasm (${ours.one.status().variant})`, what: 'crypto_hash: FNV-1a 32-bit', threads: 1, run: () => ours.one.callFunction('crypto_hash', data), check: (h) => (h === want ? null : `FNV-1a ${h}, JS backend ${want}`) },
        ];
        if (peers.hashWasm) {
          for (const [name, [input, vector]] of Object.entries(HASH_VECTORS)) {
            const h = peers.hashWasm[name];
            const digest = (d) => { h.init(); h.update(d); return h.digest('hex'); };
            const vectorOk = digest(input) === vector;
            const first = digest(data);
            list.push({
              role: 'peer', library: `hash-wasm ${peers.hashWasm.version}`, what: `${name} (a different algorithm: checked against its published vector and for repeatability)`, threads: 1,
              run: () => digest(data),
              check: (hex) => (!vectorOk ? `${name}(${JSON.stringify(input)}) is not ${vector}` : hex === first ? null : 'not repeatable'),
            });
          }
        }
        return list;
      },
    });
  }
  return out;
}

function matmulWorkloads(quick, threads) {
  const n = quick ? 256 : 1000;
  const shared = ({ quick: q }) => {
    const a = randomMatrix(n, n, 11 + n);
    const b = randomMatrix(n, n, 29 + n);
    return { a, b, q };
  };
  return [
    {
      id: 'peers-matmul-f64',
      title: `matmul ${n}×${n} f64`,
      make: shared,
      contestants: ({ a, b }, { ours, peers, native }) => {
        let reference = null;
        const check = (r) => {
          reference ??= ours.one.callFunction('matrix_multiply', a, b).data;
          return matrixWithinBound(r.data ?? r, reference, a.data, b.data, n, 2 ** -53);
        };
        const list = [
          { role: 'ours', library: `multilingual-wasm (${ours.one.status().variant})`, threads: 1, run: () => ours.one.callFunction('matrix_multiply', a, b), check },
        ];
        if (ours.many) list.push({ role: 'ours', library: `multilingual-wasm (${ours.many.status().variant})`, threads, run: () => ours.many.callFunction('matrix_multiply', a, b), check });
        if (peers.mlMatrix) {
          const { Matrix } = peers.mlMatrix;
          const toRows = (m) => Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
          const ma = new Matrix(toRows(a));
          const mb = new Matrix(toRows(b));
          list.push({
            role: 'peer', library: `ml-matrix ${peers.mlMatrix.version}`, what: 'Matrix.mmul (pure JS; the Matrix objects built once, untimed)', threads: 1, slow: true,
            run: () => ma.mmul(mb),
            check: (m) => {
              const flat = Float64Array.from(m.to1DArray());
              reference ??= ours.one.callFunction('matrix_multiply', a, b).data;
              const problem = matrixWithinBound(flat, reference, a.data, b.data, n, 2 ** -53);
              return problem ?? null;
            },
          });
        }
        for (const [key, label, t] of [['ours-1t', 'our C++ built natively (-O3 -march=native)', 1], ['ours-2t', 'our C++ built natively (-O3 -march=native)', 2], ['openblas-1t', 'OpenBLAS dgemm', 1], ['openblas-2t', 'OpenBLAS dgemm', 2]]) {
          const r = native?.[`peers-matmul-f64:${key}`];
          if (r) list.push({ role: key.startsWith('ours') ? 'ours-native' : 'native', library: r.library ?? label, threads: t, fromHarness: r });
        }
        return list;
      },
    },
    {
      id: 'peers-matmul-f32',
      title: `matmul ${n}×${n} f32`,
      make: ({ quick: q }) => {
        const { a, b } = shared({ quick: q });
        return { a: { rows: n, cols: n, data: Float32Array.from(a.data) }, b: { rows: n, cols: n, data: Float32Array.from(b.data) } };
      },
      contestants: ({ a, b }, { ours, peers, native }) => {
        let reference = null;
        const ref = () => (reference ??= ours.one.callFunction('matrix_multiply', a, b).data);
        const check = (r) => matrixWithinBound(r.data ?? r, ref(), a.data, b.data, n, 2 ** -24);
        const list = [
          { role: 'ours', library: `multilingual-wasm (${ours.one.status().variant})`, threads: 1, run: () => ours.one.callFunction('matrix_multiply', a, b), check },
        ];
        if (ours.many) list.push({ role: 'ours', library: `multilingual-wasm (${ours.many.status().variant})`, threads, run: () => ours.many.callFunction('matrix_multiply', a, b), check });
        if (peers.tf) {
          const { tf } = peers.tf;
          const ta = tf.tensor2d(a.data, [n, n], 'float32');
          const tb = tf.tensor2d(b.data, [n, n], 'float32');
          const tfCheck = (data) => matrixWithinBound(data, ref(), a.data, b.data, n, 2 ** -24);
          list.push({
            role: 'peer', library: `@tensorflow/tfjs-backend-wasm ${peers.tf.version}`, what: 'tf.matMul on resident tensors (result read back only for the check)', threads: 1,
            // The WASM backend runs its kernel inside matMul (synchronously); the result
            // tensors of a batch are read back and disposed after the timing.
            run: () => tf.matMul(ta, tb),
            check: (c) => tfCheck(c.dataSync()),
            cleanup: (c) => c.dispose(),
          });
          list.push({
            role: 'peer', library: `@tensorflow/tfjs-backend-wasm ${peers.tf.version}`, what: 'upload (tensor2d ×2), tf.matMul, download (dataSync)', threads: 1,
            run: () => tf.tidy(() => tf.matMul(tf.tensor2d(a.data, [n, n], 'float32'), tf.tensor2d(b.data, [n, n], 'float32')).dataSync()),
            check: tfCheck,
          });
        }
        for (const [key, label, t] of [['ours-1t', 'our C++ built natively (-O3 -march=native)', 1], ['ours-2t', 'our C++ built natively (-O3 -march=native)', 2], ['openblas-1t', 'OpenBLAS sgemm', 1], ['openblas-2t', 'OpenBLAS sgemm', 2]]) {
          const r = native?.[`peers-matmul-f32:${key}`];
          if (r) list.push({ role: key.startsWith('ours') ? 'ours-native' : 'native', library: r.library ?? label, threads: t, fromHarness: r });
        }
        return list;
      },
    },
  ];
}

function blurWorkload(quick, threads) {
  const [w, h] = quick ? [960, 540] : [3840, 2160];
  return {
    id: 'peers-blur-gaussian',
    title: `blur ${w}×${h} RGBA opaque, gaussian r=2 (σ=1, 5 taps)`,
    make: () => {
      const image = testImage(w, h, 5);
      // Opaque: sharp (libvips) premultiplies by alpha around a blur, this package blurs
      // all four channels alike; on an opaque image both mean the same thing.
      for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255;
      return { image };
    },
    contestants: ({ image }, { ours, peers }) => {
      let reference = null;
      const ref = () => (reference ??= ours.one.callFunction('image_blur', image, 2, { kind: 'gaussian' }).data);
      const within = (data, tol) => {
        const want = ref();
        if (data.length !== want.length) return `length ${data.length}, want ${want.length}`;
        for (let i = 0; i < want.length; i++) {
          if (Math.abs(data[i] - want[i]) > tol) return `byte ${i}: ${data[i]}, ours ${want[i]} (tolerance ${tol})`;
        }
        return null;
      };
      const oursCheck = (r) => (identical(r.data, ref()) ? null : 'differs from the 1-thread result');
      const list = [
        { role: 'ours', library: `multilingual-wasm (${ours.one.status().variant})`, threads: 1, run: () => ours.one.callFunction('image_blur', image, 2, { kind: 'gaussian' }), check: oursCheck },
      ];
      if (ours.many) list.push({ role: 'ours', library: `multilingual-wasm (${ours.many.status().variant})`, threads, run: () => ours.many.callFunction('image_blur', image, 2, { kind: 'gaussian' }), check: oursCheck });
      if (peers.sharp) {
        const { sharp } = peers.sharp;
        const input = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
        const raw = { raw: { width: w, height: h, channels: 4 } };
        for (const t of threads > 1 ? [1, threads] : [1]) {
          for (const [precision, tol, what] of [
            ['float', 1, 'blur({sigma: 1, minAmplitude: 0.13, precision: "float"}): the same 5 taps'],
            ['integer', 6, 'blur({sigma: 1, minAmplitude: 0.13}): 5 taps, integer mask (sharp\'s default precision)'],
          ]) {
            list.push({
              role: 'peer', library: `sharp ${peers.sharp.version} (libvips ${peers.sharp.vips})`, what, threads: t, async: true,
              before: () => sharp.concurrency(t),
              run: () => sharp(input, raw).blur({ sigma: 1, minAmplitude: 0.13, precision }).raw().toBuffer(),
              check: (buf) => within(buf, tol),
            });
          }
        }
      }
      return list;
    },
  };
}

function jsonWorkload(quick) {
  const bytes = quick ? MB : 10 * MB;
  return {
    id: 'peers-json-validate',
    title: `JSON validate ${sizeName(bytes)}`,
    make: () => ({ text: jsonText(bytes, 3) }),
    contestants: ({ text }, { ours, native }) => {
      const list = [
        { role: 'ours', library: `multilingual-wasm (${ours.one.status().variant})`, what: 'json_validate', threads: 1, run: () => ours.one.callFunction('json_validate', text), check: (r) => (r === true || r?.valid === true ? null : `reported ${JSON.stringify(r)}`) },
        { role: 'peer', library: `JSON.parse (V8 ${process.versions.v8})`, what: 'builds the whole value (V8 has no validate-only call)', threads: 1, run: () => JSON.parse(text), check: (v) => (Array.isArray(v) && v.length > 0 ? null : 'not the top-level array') },
      ];
      for (const [key, label] of [['ours', 'our C++ built natively (-O3 -march=native), UTF-16 input'], ['simdjson', 'simdjson validate (UTF-8 copy of the text)']]) {
        const r = native?.[`peers-json-validate:${key}`];
        if (r) list.push({ role: key === 'ours' ? 'ours-native' : 'native', library: r.library ?? label, threads: 1, fromHarness: r });
      }
      return list;
    },
  };
}

function stats(times) {
  const s = [...times].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return { medianMs: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, minMs: s[0], maxMs: s[s.length - 1] };
}

/**
 * Runs the peers table. `api` is the package namespace; `native` the harness results by
 * id (or null); `threads` the thread count of the threaded contestants (ours and sharp);
 * `only` limits the workloads by id; `importer` replaces dynamic import (tests).
 * Returns { schema, threads, notices, rows }; a row per contestant and workload, with
 * `verified` and, on failure, `error`.
 */
export async function runPeers({ api, quick = false, native = null, threads = 2, only, importer, onProgress, notice = () => {} } = {}) {
  const notices = [];
  const say = (text) => {
    notices.push(text);
    notice(text);
  };
  const peers = await loadPeers(say, importer);
  if (!native) say('best-native OpenBLAS/simdjson rows skipped: no native harness results (see the native column notice)');
  else {
    for (const [id, r] of Object.entries(native)) if (id.startsWith('peers-') && r.skipped) say(`best native ${id}: ${r.skipped}`);
  }
  const ours = ourSelectors(api, threads);
  await ours.one.warmUp([]);
  if (ours.many) {
    await ours.many.warmUp([]);
    if (ours.many.status().variant !== 'simd-threads') {
      say(`threads build not available here (${ours.many.status().variant}): the ${threads}-thread rows of ours are skipped`);
      ours.many.dispose();
      ours.many = null;
    }
  }
  const all = [...hashWorkloads(quick), ...matmulWorkloads(quick, threads), blurWorkload(quick, threads), jsonWorkload(quick)];
  // `only`: workload ids to run (tests); the CLI runs them all.
  const workloads = only ? all.filter((w) => only.includes(w.id)) : all;
  const rows = [];
  let done = 0;
  for (const w of workloads) {
    onProgress?.({ done, total: workloads.length, workload: w.id, phase: 'start' });
    const input = w.make({ quick });
    const list = w.contestants(input, { ours, peers, api, native, quick });
    const timed = list.filter((c) => !c.fromHarness);
    const times = new Map(timed.map((c) => [c, []]));
    const errors = new Map(list.map((c) => [c, null]));
    const call = async (c) => {
      c.before?.();
      const r = c.run();
      return c.async ? await r : r;
    };
    // Warm-up, untimed: the first result checked, then calls for about warmMs (at least
    // two, at most 500) so every engine's code is tiered up (a WASM peer compiled
    // lazily runs its baseline tier for its first calls); then one call to size the
    // batches.
    const warmMs = quick ? 30 : 100;
    let slowest = 0;
    for (const c of timed) {
      try {
        const r0 = await call(c);
        errors.set(c, c.check(r0));
        c.cleanup?.(r0);
        const w0 = now();
        for (let i = 0; i < 500 && (i < 1 || now() - w0 < warmMs); i++) c.cleanup?.(await call(c));
        const t0 = now();
        const r1 = await call(c);
        const t = now() - t0;
        c.cleanup?.(r1);
        c.once = t;
        slowest = Math.max(slowest, t);
      } catch (error) {
        errors.set(c, `${error?.name ?? 'Error'}: ${error?.message ?? error}`);
        c.dead = true;
      }
    }
    // Budget per workload; a pure-JS peer far slower than the rest gets fewer runs.
    const budget = quick ? 1500 : 12000;
    const perRound = timed.filter((c) => !c.dead).reduce((s, c) => s + Math.max(c.once ?? 0, 0.001), 0);
    const n = Math.max(3, Math.min(quick ? 5 : 9, Math.floor(budget / Math.max(perRound, 1e-3))));
    for (let r = 0; r < n; r++) {
      onProgress?.({ done, total: workloads.length, workload: w.id, phase: `run ${r + 1}/${n}` });
      for (let k = 0; k < timed.length; k++) {
        const c = timed[(k + r) % timed.length];
        if (c.dead) continue;
        const reps = c.once < 2 ? Math.min(4096, Math.ceil(2 / Math.max(c.once, 0.0005))) : 1;
        globalThis.gc?.({ type: 'minor' });
        try {
          c.before?.();
          const batch = new Array(reps);
          const t0 = now();
          if (c.async) for (let i = 0; i < reps; i++) batch[i] = await c.run();
          else for (let i = 0; i < reps; i++) batch[i] = c.run();
          times.get(c).push((now() - t0) / reps);
          // The last result of every batch is checked (all calls of a batch are the same work).
          const problem = c.check(batch[reps - 1]);
          if (c.cleanup) for (const r of batch) c.cleanup(r);
          if (problem && !errors.get(c)) errors.set(c, problem);
          c.reps = reps;
        } catch (error) {
          errors.set(c, `${error?.name ?? 'Error'}: ${error?.message ?? error}`);
          c.dead = true;
        }
      }
    }
    const oursOne = timed.find((c) => c.role === 'ours');
    const oursMs = oursOne && times.get(oursOne).length ? stats(times.get(oursOne)).medianMs : null;
    for (const c of list) {
      const s = c.fromHarness
        ? { medianMs: c.fromHarness.medianMs, minMs: c.fromHarness.minMs, maxMs: c.fromHarness.maxMs }
        : times.get(c).length ? stats(times.get(c)) : { medianMs: null, minMs: null, maxMs: null };
      const error = c.fromHarness ? (c.fromHarness.verified ? null : 'the native harness check failed') : errors.get(c);
      rows.push({
        id: w.id, title: w.title, role: c.role, library: c.library, what: c.what ?? c.fromHarness?.what ?? null, threads: c.threads,
        ...(c.note ? { note: c.note } : {}),
        runs: c.fromHarness ? c.fromHarness.runs : times.get(c).length, callsPerRun: c.fromHarness ? c.fromHarness.callsPerRun : c.reps ?? 1,
        ...s,
        vsOurs: s.medianMs !== null && oursMs !== null ? s.medianMs / oursMs : null,
        verified: error === null && s.medianMs !== null,
        ...(error ? { error } : {}),
      });
    }
    done++;
  }
  ours.one.dispose();
  ours.many?.dispose();
  return { schema: PEERS_SCHEMA, threads, notices, rows };
}

const ms = (v) => (v === null || v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(2));

/** The human table of runPeers' rows: one line per contestant, grouped by workload. */
export function formatPeers(doc) {
  const head = ['workload', 'who', 'library', 'threads', 'ms: median (min–max)', '× ours (1 thread)', 'check'];
  const lines = [head];
  let last = null;
  for (const r of doc.rows) {
    lines.push([
      r.id === last ? '' : r.title,
      { native: 'best native', 'ours-native': 'ours, native', ours: 'ours', peer: 'peer' }[r.role] ?? r.role,
      `${r.library}${r.what ? `: ${r.what}` : ''}`,
      String(r.threads ?? ''),
      r.medianMs === null ? '—' : `${ms(r.medianMs)} (${ms(r.minMs)}–${ms(r.maxMs)})`,
      r.vsOurs === null ? '—' : `${r.vsOurs >= 10 ? r.vsOurs.toFixed(0) : r.vsOurs.toFixed(2)}×`,
      r.verified ? 'ok' : `FAILED: ${r.error ?? 'not timed'}`,
    ]);
    last = r.id;
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  const right = new Set([3, 4, 5]);
  const pad = (l) => l.map((c, i) => (right.has(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  return [pad(lines[0]), widths.map((x) => '-'.repeat(x)).join('  '), ...lines.slice(1).map(pad)].join('\n');
}
