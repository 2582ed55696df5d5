// The peers and best-native columns (`bench --peers`): the libraries a user would install
// instead, timed in the same Node process, on the same inputs, interleaved with this
// package's own calls, and every result checked against ours (or, for a different
// algorithm, against published vectors). This is the Node half (node:crypto, sharp,
// OpenBLAS/simdjson from the native harness); the workloads and the timing loop that
// browsers run too are in bench/peers-core.mjs (the web demo's peers table). The peers are
// devDependencies of the repository and are imported dynamically: a missing one skips
// its rows with a notice, and the published package depends on none of them.
//
// Best native: node:crypto (OpenSSL) is timed here; OpenBLAS and simdjson come from the
// native harness (bench/native/peers.cpp, ids "peers-…"), passed in as `native`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { jsonText, testImage } from './checks.mjs';
import { PEERS_SCHEMA, formatPeers, hashWorkloads, identical, sizeName, matmulWorkloads, matrixWithinBound, prepareOurs, timePeers } from './peers-core.mjs';

export { PEERS_SCHEMA, formatPeers, matrixWithinBound };

const MB = 1 << 20;
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

// ---- Node-only workloads (sharp, JSON.parse against simdjson) -------------------

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
  const ours = await prepareOurs(api, threads, say);
  // Node's own SHA-256 (OpenSSL) is both the reference and the best-native row.
  const platform = {
    sha256Hex: (data) => crypto.createHash('sha256').update(data).digest('hex'),
    sha256: (data, check) => ({ role: 'native', library: `node:crypto (OpenSSL ${process.versions.openssl})`, what: 'createHash("sha256")', threads: 1, run: () => crypto.createHash('sha256').update(data).digest('hex'), check }),
  };
  const all = [...hashWorkloads(quick, platform), ...matmulWorkloads(quick, threads), blurWorkload(quick, threads), jsonWorkload(quick)];
  // `only`: workload ids to run (tests); the CLI runs them all.
  const workloads = only ? all.filter((w) => only.includes(w.id)) : all;
  const rows = await timePeers(workloads, { ours, peers, api, native, quick, onProgress });
  ours.one.dispose();
  ours.many?.dispose();
  return { schema: PEERS_SCHEMA, threads, notices, rows };
}
