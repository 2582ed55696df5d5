// Rewrites the operation table in README.md (between the operations markers) from the
// registry rows, so the README lists exactly what the code provides.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { describeOperations } = await import(path.join(root, 'js/registry/index.js'));

const esc = (s) => String(s ?? '').replace(/\|/g, '\\|');
const rows = describeOperations().map((op) => {
  const name = [`\`${op.name}\``, ...op.aliases.map((a) => `\`${a}\``)].join('<br>');
  const backends = (op.wasm ? 'WASM + JS' : 'JS only') + (op.platform ? ` (JS: ${op.platform})` : '');
  return `| ${name} | \`${esc(op.signature)}\` | ${esc(op.description)} | ${backends} | ${esc(op.complexity)} | ${esc(op.parity ?? (op.wasm ? 'identical' : '—'))} |`;
});
const table = [
  '| operation (aliases) | signature | what | backends | complexity | JS vs WASM |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');

const file = path.join(root, 'README.md');
const text = fs.readFileSync(file, 'utf8');
const start = '<!-- operations:start -->';
const end = '<!-- operations:end -->';
const i = text.indexOf(start);
const j = text.indexOf(end);
if (i < 0 || j < i) throw new Error('README.md lacks the operations markers');
fs.writeFileSync(file, `${text.slice(0, i + start.length)}\n${table}\n${text.slice(j)}`);
console.log(`README.md operation table: ${rows.length} operations`);
