// The peers table's engine-neutral half: the workloads every engine can run (SHA-256
// against hash-wasm, the fast hashes, matrix products against TF.js WASM and ml-matrix),
// the checks, and the timing loop. bench/peers.mjs runs it in Node (with node:crypto,
// sharp, OpenBLAS and simdjson beside); the web demo's suite worker runs it in the
// browser (with WebCrypto), on the same inputs and with the same checks.
import { randomBytes, randomMatrix } from './checks.mjs';

export const PEERS_SCHEMA = 'multilingual-wasm-peers/1';
const MB = 1 << 20;
const now = () => performance.now();

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

export function identical(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  return true;
}

export const sizeName = (b) => (b >= MB ? `${b / MB} MB` : `${b / 1024} KB`);

export function ourSelectors(api, threads) {
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

/**
 * SHA-256 and fast-hash workloads. `platform` is what the engine has of its own:
 * `sha256Hex(bytes)` → hex (or a promise of it), the reference every digest is checked
 * against, and `sha256(data, check)` → the platform's own contestant, or null.
 */
export function hashWorkloads(quick, platform) {
  const sizes = quick ? [1024, MB] : [1024, MB, 10 * MB];
  const out = [];
  for (const bytes of sizes) {
    out.push({
      id: `peers-sha256-${sizeName(bytes).replace(' ', '').toLowerCase()}`,
      title: `SHA-256 ${sizeName(bytes)}`,
      make: () => ({ data: randomBytes(bytes, 13) }),
      contestants: async ({ data }, { ours, peers }) => {
        const want = await platform.sha256Hex(data);
        const check = (hex) => (hex === want ? null : `digest ${String(hex).slice(0, 16)}…, node:crypto ${want.slice(0, 16)}…`);
        const list = [
          { role: 'ours', library: `multilingual-wasm (${ours.one.status().variant})`, threads: 1, run: () => ours.one.callFunction('crypto_sha256', data), check },
        ];
        if (ours.many) list.push({ role: 'ours', library: `multilingual-wasm (${ours.many.status().variant})`, threads: 1, note: 'threads build, 1 thread (SHA-256 is serial)', run: () => ours.many.callFunction('crypto_sha256', data), check });
        if (peers.hashWasm) {
          const h = peers.hashWasm.sha256;
          list.push({ role: 'peer', library: `hash-wasm ${peers.hashWasm.version}`, what: 'createSHA256(): init, update, digest("hex")', threads: 1, run: () => { h.init(); h.update(data); return h.digest('hex'); }, check });
        }
        const own = platform.sha256(data, check);
        if (own) list.push(own);
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

export function matmulWorkloads(quick, threads) {
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

function stats(times) {
  const s = [...times].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return { medianMs: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, minMs: s[0], maxMs: s[s.length - 1] };
}

/**
 * Our selectors for the table, warmed up: `one` (simd, one thread) and `many` (the threads
 * build on `threads` threads, or null where it does not load here, said through `say`).
 */
export async function prepareOurs(api, threads, say) {
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
  return ours;
}

/**
 * Times `workloads` (each { id, title, make, contestants }) interleaved, every result
 * checked; `ctx` is what contestants() gets ({ ours, peers, api, native }). Returns rows.
 */
export async function timePeers(workloads, { ours, peers, api, native = null, quick = false, onProgress }) {
  const rows = [];
  let done = 0;
  for (const w of workloads) {
    onProgress?.({ done, total: workloads.length, workload: w.id, phase: 'start' });
    const input = await w.make({ quick });
    const list = await w.contestants(input, { ours, peers, api, native, quick });
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
    // lazily runs its baseline tier for its first calls); then calls for about sizeMs to
    // size the batches: their mean, not one call, whose time a microsecond call cannot
    // give (one interruption made a 5 µs call look like 70 µs, so its batches were 28
    // calls instead of ~400, or a single call measured alone).
    const warmMs = quick ? 30 : 100;
    const sizeMs = quick ? 2 : 5;
    let slowest = 0;
    for (const c of timed) {
      try {
        const r0 = await call(c);
        errors.set(c, c.check(r0));
        c.cleanup?.(r0);
        const w0 = now();
        // (Not `c.cleanup?.(await call(c))`: without a cleanup that skips the call itself.)
        for (let i = 0; i < 500 && (i < 1 || now() - w0 < warmMs); i++) {
          const r = await call(c);
          c.cleanup?.(r);
        }
        const t0 = now();
        let calls = 0;
        let t;
        do {
          const r = await call(c);
          c.cleanup?.(r);
          calls++;
          t = now() - t0;
        } while (t < sizeMs && calls < 4096);
        t /= calls;
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
    // Runs: 9 (5 quick), or 21 (9 quick) where one call of every contestant together
    // takes under 50 ms: a microsecond workload's runs are batches of ~2 ms, so on a
    // shared machine one burst of another process's work can move the median of 9; more
    // interleaved runs cost nothing there.
    const most = perRound < 50 ? (quick ? 9 : 21) : quick ? 5 : 9;
    const n = Math.max(3, Math.min(most, Math.floor(budget / Math.max(perRound, 1e-3))));
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
  return rows;
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
