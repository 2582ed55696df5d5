// Writes dist/index.d.ts: the hand-written part (js/index.d.ts.in) plus the operation
// signatures and family helpers generated from the registry rows.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { describeOperations, FAMILY_NAMES } = await import(path.join(root, 'js/registry/index.js'));

const ops = describeOperations();
const lines = ['export interface OperationMap {'];
for (const op of ops) {
  lines.push(`  /** ${op.description} (${op.complexity}; ${op.wasm ? 'WASM + JS' : 'JS only'}) */`);
  for (const name of [op.name, ...op.aliases]) lines.push(`  ${name}: ${op.signature};`);
}
lines.push('}', 'export type OperationName = keyof OperationMap;', '');
const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
for (const family of FAMILY_NAMES) {
  const prefix = `${family}_`;
  const helper = `${family[0].toUpperCase()}${family.slice(1)}Operations`;
  const members = ops.filter((op) => op.name.startsWith(prefix)).map((op) => `  ${camel(op.name.slice(prefix.length))}: OperationMap['${op.name}'];`);
  lines.push(`/** ${family} operations on the default selector. */`, `export declare const ${helper}: {`, ...members, '};');
}
const head = fs.readFileSync(path.join(root, 'js/index.d.ts.in'), 'utf8');
fs.writeFileSync(path.join(root, 'dist/index.d.ts'), head + lines.join('\n') + '\n');
console.log(`dist/index.d.ts written (${ops.length} operations)`);
