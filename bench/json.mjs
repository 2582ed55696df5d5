// JSON 10 MB: JSON.parse vs the WASM json_parse / json_validate / json_extract_numbers
// (copies in and out included), and the JS fallbacks. Medians of RUNS after a warm-up;
// every result is checked. Usage: node bench/json.mjs [MB] [runs]
import { BackendSelector } from 'multilingual-wasm';

const mb = Number(process.argv[2] ?? 10);
const RUNS = Number(process.argv[3] ?? 5);

// Seeded records: numbers (integers and fractions) and strings (some escaped, some non-ASCII).
function generate(targetChars, seed = 12345) {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const words = ['alpha', 'beta', 'gamma', 'delta', 'épsilon', 'zeta "q"', 'eta\\n', 'theta'];
  const parts = [];
  let size = 2;
  for (let id = 0; size < targetChars; id++) {
    const rec = JSON.stringify({
      id,
      name: `${words[id % 8]} ${Math.floor(rnd() * 1e6)}`,
      price: Math.round(rnd() * 1e6) / 100,
      qty: Math.floor(rnd() * 1000),
      ratio: rnd(),
      tags: [words[(id * 3) % 8], words[(id * 5) % 8]],
      active: rnd() < 0.5,
      parent: rnd() < 0.1 ? null : { id: id >> 1, score: rnd() * 100 },
    });
    parts.push(rec);
    size += rec.length + 1;
  }
  return `[${parts.join(',')}]`;
}

function median(fn) {
  fn();
  const times = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], min: times[0], max: times[times.length - 1], result };
}

const text = generate(mb * 1e6);
const wasm = await BackendSelector.create({ preferBackend: 'wasm' });
const js = await BackendSelector.create({ preferBackend: 'js' });
const auto = await BackendSelector.create();
const reference = JSON.parse(text);
const prices = Float64Array.from(reference, (r) => r.price);

const rows = [
  ['JSON.parse', () => JSON.parse(text), (v) => v.length === reference.length],
  ['json_parse wasm', () => wasm.callFunction('json_parse', text), (v) => JSON.stringify(v) === JSON.stringify(reference)],
  ['json_parse js', () => js.callFunction('json_parse', text), (v) => v.length === reference.length],
  ['json_parse auto', () => auto.callFunction('json_parse', text), (v) => v.length === reference.length],
  ['json_validate wasm', () => wasm.callFunction('json_validate', text), (v) => v === true],
  ['json_validate js', () => js.callFunction('json_validate', text), (v) => v === true],
  ['json_extract_numbers wasm', () => wasm.callFunction('json_extract_numbers', text, 'price'), (v) => v.every((x, i) => x === prices[i])],
  ['json_extract_numbers js', () => js.callFunction('json_extract_numbers', text, 'price'), (v) => v.every((x, i) => x === prices[i])],
  ['JSON.stringify', () => JSON.stringify(reference), (v) => v === text],
  ['json_stringify wasm', () => wasm.callFunction('json_stringify', reference), (v) => v === text],
  ['json_stringify js', () => js.callFunction('json_stringify', reference), (v) => v === text],
];
console.log(`${(text.length / 1e6).toFixed(1)} M chars, ${reference.length} records, median of ${RUNS} (Node ${process.version})`);
let base;
for (const [name, fn, check] of rows) {
  const { ms, min, max, result } = median(fn);
  if (!check(result)) throw new Error(`${name}: wrong result`);
  if (name === 'JSON.parse') base = ms;
  const vs = name.startsWith('json_stringify') || name === 'JSON.stringify' ? '' : `  ${(base / ms).toFixed(2)}x vs JSON.parse`;
  console.log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms  (${min.toFixed(1)}–${max.toFixed(1)})${vs}`);
}
