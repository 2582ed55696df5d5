// benchmark(name, args, { runs }): the guide's built-in benchmark with JS in place of
// Python. Times the operation on a JS-only selector and a WASM-only selector, one warm-up
// call each, then `runs` calls interleaved (JS, WASM, JS, …) so both see the same machine
// state; prints the guide's block and returns the numbers. Medians, because a shared
// machine's outliers would dominate a mean.
import { BackendSelector } from './selector.js';
import { now } from './clock.js';


function summary(times) {
  const s = [...times].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    medianMs: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2,
    meanMs: s.reduce((a, b) => a + b, 0) / s.length,
    minMs: s[0],
    maxMs: s[s.length - 1],
  };
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toPrecision(3));

/**
 * Compare JS and WASM on `name(...args)`. Options: runs (default 10), print (default
 * true; or a function taking each line), config (extra BackendConfig for both selectors).
 * Resolves to { name, runs, jsMs, wasmMs, speedup, variant, js, wasm }; wasmMs, speedup
 * and wasm are null when WASM is not available (the reason is in `wasmUnavailable`).
 */
export async function benchmark(name, args = [], { runs = 10, print = true, config = {} } = {}) {
  if (!Array.isArray(args)) throw new TypeError('benchmark(name, args, options): args must be an array of arguments');
  if (!Number.isInteger(runs) || runs < 1) throw new TypeError('benchmark: runs must be an integer >= 1');
  const out = typeof print === 'function' ? print : print ? (line) => console.log(line) : () => {};
  const js = await BackendSelector.create({ ...config, preferBackend: 'js' });
  const wasm = await BackendSelector.create({ ...config, preferBackend: 'wasm' });
  const op = js.listOperations().find((o) => o.name === name || o.aliases.includes(name));
  const hasWasm = wasm.isWasmAvailable() && Boolean(op?.wasm);
  const contestants = hasWasm ? [js, wasm] : [js];
  for (const s of contestants) s.callFunction(name, ...args);
  const times = contestants.map(() => []);
  for (let r = 0; r < runs; r++) {
    contestants.forEach((s, i) => {
      const t0 = now();
      s.callFunction(name, ...args);
      times[i].push(now() - t0);
    });
  }
  const jsStats = summary(times[0]);
  const wasmStats = hasWasm ? summary(times[1]) : null;
  const result = {
    name,
    runs,
    jsMs: jsStats.medianMs,
    wasmMs: wasmStats?.medianMs ?? null,
    speedup: wasmStats ? jsStats.medianMs / wasmStats.medianMs : null,
    variant: hasWasm ? wasm.status().variant : null,
    js: jsStats,
    wasm: wasmStats,
    ...(hasWasm ? {} : { wasmUnavailable: wasm.isWasmAvailable() ? `${name} has no WASM kernel` : wasm.status().reason }),
  };
  wasm.dispose();
  if (hasWasm) {
    out(`${name}:`);
    out(`  JS:   ${fmt(result.jsMs)} ms`);
    out(`  WASM: ${fmt(result.wasmMs)} ms`);
    out(`  Speedup: ${result.speedup.toFixed(1)}×`);
  } else {
    out(`${name}: WASM not available (JS: ${fmt(result.jsMs)} ms) — ${result.wasmUnavailable}`);
  }
  return result;
}
