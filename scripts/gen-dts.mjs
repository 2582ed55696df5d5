// Writes the type declarations: the hand-written part (js/index.d.ts.in) plus the
// operation signatures, per-operation overloads of callFunction/callAsync and family
// helpers generated from the registry rows. One text, two files, so each condition of the
// exports map is described truthfully: dist/index.d.mts (the ES module, `import`) and
// dist/index.d.cts (the CommonJS bundle, `require`).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { describeOperations, FAMILY_NAMES } = await import(path.join(root, 'js/registry/index.js'));

/** The end index of the bracket group opening at `start` (`<…>` or `(…)`), nesting counted. */
function closing(text, start) {
  const open = text[start];
  const close = open === '<' ? '>' : ')';
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '=' && text[i + 1] === '>') {
      i++; // an arrow inside the group, not a closing '>'
      continue;
    }
    if (c === open) depth++;
    else if (c === close) depth--;
    if (depth === 0) return i;
  }
  throw new Error(`unbalanced '${open}' in signature: ${text}`);
}

/** `<G>(params) => R` → { generics: '<G>' | '', params, result }. */
function splitSignature(signature) {
  const text = signature.trim();
  let at = 0;
  let generics = '';
  if (text[0] === '<') {
    at = closing(text, 0) + 1;
    generics = text.slice(0, at);
  }
  while (text[at] === ' ') at++;
  if (text[at] !== '(') throw new Error(`signature must be '(…) => …': ${signature}`);
  const end = closing(text, at);
  const params = text.slice(at + 1, end).trim();
  const rest = text.slice(end + 1).trim();
  if (!rest.startsWith('=>')) throw new Error(`signature must be '(…) => …': ${signature}`);
  return { generics, params, result: rest.slice(2).trim() };
}

const ops = describeOperations();
const lines = ['export interface OperationMap {'];
// A WasmArray is accepted wherever its typed array is (js/boundary.js): each typed array
// named in a parameter list also admits the WasmArray of it. Results are left as they are.
const TYPED = /\b(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64|BigInt64|BigUint64)Array\b(?![<>])/g;
function admitWasmArrays(signature) {
  const { generics, params, result } = splitSignature(signature);
  if (!params) return signature;
  const widened = params.replace(TYPED, (t) => `${t} | WasmArray<${t}>`);
  return `${generics}(${widened}) => ${result}`;
}
for (const op of ops) {
  lines.push(`  /** ${op.description} (${op.complexity}; ${op.wasm ? 'WASM + JS' : 'JS only'}) */`);
  for (const name of [op.name, ...op.aliases]) lines.push(`  ${name}: ${admitWasmArrays(op.signature)};`);
}
lines.push('}', 'export type OperationName = keyof OperationMap;', '');

// Overloads by operation name: a generic signature stays generic (Parameters<>/ReturnType<>
// would erase it), so matrix_multiply of number[][] returns number[][], of Float32Array
// data returns Float32Array data, and so on. Merged into the class declared above.
lines.push('export interface BackendSelector {');
for (const op of ops) {
  const { generics, params, result } = splitSignature(op.signature);
  for (const name of [op.name, ...op.aliases]) {
    const args = params ? `name: '${name}', ${params}` : `name: '${name}'`;
    const asyncArgs = params
      ? `name: '${name}' | { name: '${name}'; timeoutMs?: number }, ${params}`
      : `name: '${name}' | { name: '${name}'; timeoutMs?: number }`;
    lines.push(`  callFunction${generics}(${args.replace(TYPED, (t) => `${t} | WasmArray<${t}>`)}): ${result};`);
    if (op.wasm) lines.push(`  callAsync${generics}(${asyncArgs}): Promise<${result}>;`);
    // One batch: each item the operation's parameters, each result its return type.
    const batchResult = generics ? `ReturnType<OperationMap['${name}']>` : result;
    lines.push(`  callBatch(name: '${name}', argsList: ReadonlyArray<Parameters<OperationMap['${name}']>>, options?: BatchOptions): Array<${batchResult}>;`);
    if (op.wasm) lines.push(`  callBatchAsync(name: '${name}', argsList: ReadonlyArray<Parameters<OperationMap['${name}']>>, options?: BatchAsyncOptions): Promise<Array<${batchResult}>>;`);
  }
}
lines.push('}', '');

const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
for (const family of FAMILY_NAMES) {
  const prefix = `${family}_`;
  const helper = `${family[0].toUpperCase()}${family.slice(1)}Operations`;
  const members = ops.filter((op) => op.name.startsWith(prefix)).map((op) => `  ${camel(op.name.slice(prefix.length))}: OperationMap['${op.name}'];`);
  lines.push(`/** ${family} operations on the default selector. */`, `export declare const ${helper}: {`, ...members, '};');
}
const head = fs.readFileSync(path.join(root, 'js/index.d.ts.in'), 'utf8');
const text = head + lines.join('\n') + '\n';
for (const file of ['index.d.mts', 'index.d.cts']) fs.writeFileSync(path.join(root, 'dist', file), text);
fs.rmSync(path.join(root, 'dist/index.d.ts'), { force: true }); // the old single file, read as CommonJS everywhere
console.log(`dist/index.d.mts and dist/index.d.cts written (${ops.length} operations)`);
