// The figures the README and docs/performance.md quote, as ranges over several suite runs:
//   node scripts/figures.mjs bench-results/run1.json bench-results/run2.json … [--group guide|extra|sweep|peers]
// Each file is one `npx multilingual-wasm bench --json F` document. Per workload it prints
// the JS time, the fastest WASM variant's time and the speedup, each as min–max of the
// runs' medians (a range says what a run on this machine gives; one run's number does
// not), with the dates, engine and machine of the runs. Markdown on stdout.
import fs from 'node:fs';

const args = process.argv.slice(2);
const groupAt = args.indexOf('--group');
const group = groupAt >= 0 ? args.splice(groupAt, 2)[1] : 'guide';
if (args.length === 0) {
  console.error('usage: node scripts/figures.mjs run1.json run2.json … [--group guide|extra|sweep]');
  process.exit(2);
}
const docs = args.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toPrecision(2));
function range(values, unit = ' ms', digits = fmt) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (v.length === 0) return '—';
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  const a = digits(lo);
  const b = digits(hi);
  return a === b ? `${a}${unit}` : `${a}–${b}${unit}`;
}
const times = (x) => `${x.toFixed(x >= 10 ? 0 : 1)}`;

if (group === 'peers') {
  peersTable(docs);
  process.exit(0);
}

const ids = [...new Set(docs.flatMap((d) => d.summary.filter((s) => s.group === group && s.available !== false).map((s) => s.id)))];
const rows = ids.map((id) => {
  const per = docs.map((d) => ({ s: d.summary.find((x) => x.id === id), results: d.results.filter((r) => r.id === id) })).filter((x) => x.s);
  const title = per[0].s.title;
  const js = per.map((x) => x.s.jsMs);
  const best = per.map((x) => x.s.wasmMs);
  const variants = [...new Set(per.map((x) => x.s.wasmVariant).filter(Boolean))];
  const speed = per.map((x) => x.s.speedupVsJs);
  const failed = per.some((x) => x.s.verified === false);
  return `| ${title} | ${range(js)} | ${range(best)} (${variants.join(', ')}) | ${range(speed, '×', times)} |${failed ? ' a result FAILED its check |' : ''}`;
});

const env = docs.map((d) => d.environment);
const dates = env.map((e) => e.date.replace('T', ' ').slice(0, 16)).join(', ');
console.log(`${docs.length} runs of \`npx multilingual-wasm bench\` (${dates} UTC) on ${env[0].cpu ?? 'a CPU'} × ${env[0].cores}, ${env[0].engine}, ${env[0].quick ? 'quick' : 'full'} sizes; per workload the range of the runs' medians:\n`);
console.log('| workload | JS | WASM (fastest variant) | vs JS |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(r);

/**
 * `--group peers`: the peers table (`bench --peers`) of every run, one line per contestant:
 * the range of its medians and of its ratio over ours (one thread) across the runs.
 */
function peersTable(all) {
  const runs = all.filter((d) => d.peers);
  if (runs.length === 0) throw new Error('no run has a peers table (run bench with --peers)');
  const dates = runs.map((d) => d.environment.date.replace('T', ' ').slice(0, 16)).join(', ');
  const e = runs[0].environment;
  console.log(`${runs.length} runs of \`npx multilingual-wasm bench --peers\` (${dates} UTC) on ${e.cpu ?? 'a CPU'} × ${e.cores}, ${e.engine}; per contestant the range of the runs' medians and of its time over ours (one thread):\n`);
  console.log('| workload | who | library: what | threads | ms | × ours |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const who = { native: 'best native', 'ours-native': 'ours, native', ours: 'ours', peer: 'peer' };
  const key = (r) => `${r.id}|${r.role}|${r.library}|${r.what ?? ''}|${r.threads}`;
  let last = null;
  for (const r of runs[0].peers.rows) {
    const same = runs.map((d) => d.peers.rows.find((x) => key(x) === key(r))).filter(Boolean);
    const failed = same.some((x) => !x.verified);
    const ratio = range(same.map((x) => x.vsOurs), '×', (v) => (v >= 10 ? v.toFixed(0) : v.toFixed(2)));
    console.log(`| ${r.id === last ? '' : r.title} | ${who[r.role] ?? r.role} | ${r.library}${r.what ? `: ${r.what}` : ''} | ${r.threads ?? ''} | ${range(same.map((x) => x.medianMs), '')} | ${ratio} |${failed ? ' a result FAILED its check |' : ''}`);
    last = r.id;
  }
}
