// JSON 10 MB: JSON.parse vs the WASM json_parse / json_validate / json_extract_numbers
// (copies in and out included), and the JS fallbacks. Rounds are interleaved (every row
// once per round) so that load on a shared machine hits all rows alike; medians of RUNS
// rounds after a warm-up; every result is checked. With --expose-gc, a GC runs before
// each timing. Usage: node --expose-gc bench/json.mjs [MB] [runs]
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
console.log(`${(text.length / 1e6).toFixed(1)} M chars, ${reference.length} records, median of ${RUNS} interleaved rounds (Node ${process.version})`);
const times = rows.map(() => []);
for (let round = -1; round < RUNS; round++) {
  rows.forEach(([name, fn, check], r) => {
    globalThis.gc?.();
    const t0 = performance.now();
    const result = fn();
    const ms = performance.now() - t0;
    if (round < 0 && !check(result)) throw new Error(`${name}: wrong result`);
    if (round >= 0) times[r].push(ms);
  });
}
const med = times.map((t) => t.sort((a, b) => a - b)[t.length >> 1]);
rows.forEach(([name], r) => {
  const t = times[r];
  const base = name.includes('tringify') ? med[8] : med[0];
  const vs = `${(base / med[r]).toFixed(2)}x vs ${name.includes('tringify') ? 'JSON.stringify' : 'JSON.parse'}`;
  console.log(`${name.padEnd(28)} ${med[r].toFixed(1).padStart(8)} ms  (${t[0].toFixed(1)}–${t[t.length - 1].toFixed(1)})  ${vs}`);
});
