// The benchmark suite, shared by the CLI and the web demo's Web Worker (so no Node-only
// import at top level). This first version holds only the XOR workloads, the only
// operation finished so far; the full suite follows the same interface.
const MB = 1024 * 1024;
const now = () => performance.now();

/** Deterministic bytes (xorshift32), so every backend sees the same input. */
function bytesOf(n, seed = 0x9e3779b9) {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function sameBytes(a, b) {
  if (!(a instanceof Uint8Array) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Independent of both backends: the definition of a repeating-key XOR.
function xorCheck(result, [data, key], reference) {
  if (!(result instanceof Uint8Array) || result.length !== data.length) throw new Error('wrong length');
  for (let i = 0; i < data.length; i++) {
    if (result[i] !== (data[i] ^ key[i % key.length])) throw new Error(`byte ${i} differs`);
  }
  if (reference && !sameBytes(result, reference)) throw new Error('differs from the reference backend');
}

function xorWorkload(id, title, group, size, quickSize, extra) {
  return {
    id,
    title,
    operation: 'crypto_xor_encrypt',
    group,
    quick: true,
    makeArgs: ({ quick } = {}) => [bytesOf(quick ? quickSize : size), new TextEncoder().encode('multilingual-wasm key')],
    check: xorCheck,
    bytes: ([data, key], result) => ({ input: data.length + key.length, output: result?.length ?? data.length }),
    ...extra,
  };
}

export const WORKLOADS = [
  xorWorkload('xor-1mb', 'XOR cipher (1 MB)', 'guide', MB, MB / 4, {
    guide: { pythonMs: 500, wasmMs: 5, speedup: 100 },
  }),
  xorWorkload('xor-10mb', 'XOR cipher (10 MB)', 'sweep', 10 * MB, 2 * MB, { label: '10 MB' }),
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function environmentOf(api, variant, features, quick) {
  const nav = typeof navigator === 'object' ? navigator : null;
  const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' && !nav?.userAgent;
  return {
    engine: isNode ? `Node.js ${process.versions.node} (V8 ${process.versions.v8})` : nav?.userAgent ?? 'unknown',
    ...(nav?.userAgent ? { userAgent: nav.userAgent } : {}),
    platform: isNode ? `${process.platform}-${process.arch}` : nav?.userAgentData?.platform ?? nav?.platform ?? 'unknown',
    cores: nav?.hardwareConcurrency ?? null,
    version: api.version,
    variant,
    features,
    crossOriginIsolated: typeof globalThis.crossOriginIsolated === 'boolean' ? globalThis.crossOriginIsolated : null,
    date: new Date().toISOString(),
    quick,
  };
}

/** Selector config for a backend/variant pair. */
function configFor(backend, variant) {
  if (backend === 'js') return { preferBackend: 'js' };
  // The smallest initial heap, so the memory the call needs shows as growth (heapBytes).
  return {
    preferBackend: 'wasm',
    simd: variant !== 'baseline',
    threads: variant === 'simd-threads' ? 'auto' : false,
    memoryPages: 256,
  };
}

/**
 * Run the suite: each workload on each backend (and each WASM variant), `runs` timed
 * runs after one warm-up, every result checked. Returns the same document as the CLI's --json.
 */
export async function runSuite({
  api,
  quick = false,
  runs,
  workloads,
  backends = ['js', 'wasm'],
  variants,
  native,
  onProgress,
} = {}) {
  const picked = workloads ? WORKLOADS.filter((w) => workloads.includes(w.id)) : WORKLOADS.filter((w) => !quick || w.quick);
  runs ??= quick ? 3 : 7;
  const probe = await api.BackendSelector.create();
  const defaultVariant = probe.status().variant;
  const features = probe.status().features;
  probe.dispose();
  variants ??= [defaultVariant ?? 'baseline'];
  const plan = [];
  for (const w of picked) {
    for (const backend of backends) {
      if (backend === 'wasm') for (const v of variants) plan.push([w, 'wasm', v]);
      else if (backend === 'js') plan.push([w, 'js', null]);
    }
  }
  const results = [];
  const references = new Map();
  let done = 0;
  for (const [w, backend, variant] of plan) {
    onProgress?.({ done, total: plan.length, workload: w.id, phase: `${backend}${variant ? ` ${variant}` : ''}` });
    results.push(await runOne(api, w, backend, variant, { quick, runs, references }));
    done++;
  }
  if (native) for (const r of await native({ workloads: picked, quick, runs })) results.push(r);
  onProgress?.({ done, total: plan.length, workload: null, phase: 'done' });
  return {
    schema: 'multilingual-wasm-bench/1',
    environment: environmentOf(api, defaultVariant, features, quick),
    results,
    summary: summarise(picked, results, defaultVariant),
  };
}

async function runOne(api, w, backend, variant, { quick, runs, references }) {
  const base = { id: w.id, title: w.title, operation: w.operation, backend, variant, runs };
  const selector = await api.BackendSelector.create(configFor(backend, variant));
  try {
    if (backend === 'wasm' && selector.status().variant !== variant) {
      throw new Error(`variant ${variant} not available here (${selector.status().reason})`);
    }
    const args = w.makeArgs({ quick });
    const sizes = w.bytes(args, null);
    let result = selector.callFunction(w.operation, ...args); // warm-up
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = now();
      result = selector.callFunction(w.operation, ...args);
      times.push(now() - t0);
    }
    if (selector.lastCallReport().backend !== backend) throw new Error(`ran on ${selector.lastCallReport().backend}`);
    w.check(result, args, references.get(w.id));
    if (!references.has(w.id)) references.set(w.id, result);
    const io = w.bytes(args, result);
    return {
      ...base,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      verified: true,
      // Linear memory only grows, so its size after the runs bounds what the calls needed.
      peakHeapBytes: backend === 'wasm' ? selector.status().memory.heapBytes : 0,
      inputBytes: io.input ?? sizes.input,
      outputBytes: io.output,
    };
  } catch (error) {
    return { ...base, medianMs: null, minMs: null, maxMs: null, verified: false, error: String(error?.message ?? error), peakHeapBytes: 0, inputBytes: 0, outputBytes: 0 };
  } finally {
    selector.dispose();
  }
}

function summarise(picked, results, defaultVariant) {
  return picked.map((w) => {
    const mine = results.filter((r) => r.id === w.id && r.verified);
    const js = mine.find((r) => r.backend === 'js');
    const wasm = mine.find((r) => r.backend === 'wasm' && r.variant === defaultVariant) ?? mine.find((r) => r.backend === 'wasm');
    const nat = mine.find((r) => r.backend === 'native');
    const any = wasm ?? js;
    return {
      id: w.id,
      title: w.title,
      jsMs: js?.medianMs ?? null,
      wasmMs: wasm?.medianMs ?? null,
      speedupVsJs: js && wasm ? js.medianMs / wasm.medianMs : null,
      ...(nat ? { nativeMs: nat.medianMs, wasmVsNative: wasm ? wasm.medianMs / nat.medianMs : null } : {}),
      peakHeapBytes: wasm?.peakHeapBytes ?? 0,
      ioBytes: any ? any.inputBytes + any.outputBytes : 0,
    };
  });
}
