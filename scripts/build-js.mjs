// Bundles js/ into dist/: ESM (index.mjs), CommonJS (index.cjs) and the script-tag
// build (multilingual-wasm.global.js). Embeds the Emscripten glue once, converted to an
// ES module (the same glue serves every non-thread variant; build.sh checks that).
import { build, transform } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { TEST_ONLY_FACTS } from '../js/registry/test-facts.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// The glue as an ES module: drop its CommonJS/AMD export tail, export the factory.
// Minified (generated code, read by no one): every import parses it and every new
// instance compiles its factory, and its local names are most of its text (42 -> 27 KB
// in the bundle, which prints it again with line breaks).
const gluePath = path.join(root, 'build/glue/mlw-baseline.js');
const glue = fs.readFileSync(gluePath, 'utf8');
const tail = glue.indexOf("if (typeof exports === 'object' && typeof module === 'object')");
if (tail < 0) throw new Error(`unexpected glue layout in ${gluePath}`);
const glueModule = await transform(`${glue.slice(0, tail)}\nexport default createMlwModule;\n`, { minify: true, format: 'esm', legalComments: 'none' });
fs.writeFileSync(
  path.join(root, 'build/glue/mlw-glue.mjs'),
  `// Generated from Emscripten's glue by scripts/build-js.mjs. Do not edit.\n${glueModule.code}`,
);

/**
 * The registry rows without their test-only facts (js/registry/test-facts.js): each such
 * property of an object literal in js/registry/*.js is cut from the source text before
 * esbuild reads it, and the helpers only those facts used (arbitraries, bad-input lists)
 * are then unused and tree-shaken. The rows in js/ keep every fact; tests and bench/
 * read them there.
 */
const stripTestFacts = {
  name: 'strip-test-facts',
  setup(b) {
    const drop = new Set(TEST_ONLY_FACTS);
    b.onLoad({ filter: /[\\/]js[\\/]registry[\\/][^\\/]+\.js$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const cuts = [];
      const visit = (node) => {
        // A row's property, or a helper's parameter taking one (`{ arbitrary, sweepArgs }`).
        if (ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node) || ts.isShorthandPropertyAssignment(node) ||
            (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent))) {
          const name = node.propertyName ?? node.name;
          const key = name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : null;
          if (drop.has(key)) {
            // The property and the comma after it (a last property without one leaves the
            // previous one's, which an object literal allows).
            const comma = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*,/.exec(text.slice(node.getEnd()));
            cuts.push([node.getStart(file), node.getEnd() + (comma ? comma[0].length : 0)]);
            return;
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = text;
      for (const [start, end] of cuts.sort((x, y) => y[0] - x[0])) out = out.slice(0, start) + out.slice(end);
      return { contents: out, loader: 'js' };
    });
  },
};

const common = {
  entryPoints: [path.join(root, 'js/index.js')],
  bundle: true,
  minifySyntax: true,
  legalComments: 'none',
  target: ['es2020', 'node20', 'chrome100', 'firefox100', 'safari15'],
  logLevel: 'warning',
  plugins: [stripTestFacts],
  // import.meta.url sits behind `__MLW_FORMAT__ === 'esm'` guards that esbuild removes
  // from the CJS and script-tag builds; its warning there is noise.
  logOverride: { 'empty-import-meta': 'silent' },
  define: { __MLW_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: `/*! multilingual-wasm ${pkg.version} | MIT */` },
};

await Promise.all([
  build({ ...common, format: 'esm', outfile: path.join(root, 'dist/index.mjs'), define: { ...common.define, __MLW_FORMAT__: '"esm"' } }),
  build({ ...common, format: 'cjs', platform: 'node', outfile: path.join(root, 'dist/index.cjs'), define: { ...common.define, __MLW_FORMAT__: '"cjs"' } }),
  build({
    ...common,
    format: 'iife',
    globalName: 'MultilingualWasm',
    // A bundler turns the top-level `var` into a module-local one: the script-tag build
    // imported through a bundle (`import 'multilingual-wasm/global'`) sets the global itself.
    footer: { js: 'globalThis.MultilingualWasm = MultilingualWasm;' },
    outfile: path.join(root, 'dist/multilingual-wasm.global.js'),
    define: { ...common.define, __MLW_FORMAT__: '"iife"' },
  }),
  // Worker entries for selector.callAsync, one per format, beside the bundle that loads them.
  ...[
    ['esm', 'worker.mjs', {}],
    ['cjs', 'worker.cjs', { platform: 'node' }],
    ['iife', 'multilingual-wasm.worker.js', {}],
  ].map(([format, file, extra]) =>
    build({
      ...common,
      ...extra,
      entryPoints: [path.join(root, 'js/worker-entry.js')],
      format,
      outfile: path.join(root, 'dist', file),
      define: { ...common.define, __MLW_FORMAT__: JSON.stringify(format) },
    }),
  ),
]);
const BUNDLES = ['index.mjs', 'index.cjs', 'multilingual-wasm.global.js', 'worker.mjs', 'worker.cjs', 'multilingual-wasm.worker.js'];
const leftover = new RegExp(`\\b(${TEST_ONLY_FACTS.join('|')})\\b`);
for (const file of BUNDLES) {
  const out = path.join(root, 'dist', file);
  const text = fs.readFileSync(out, 'utf8');
  // The code only (the bundles keep comments): whitespace-minified, comments dropped.
  const code = async (js) => (await transform(js, { minifyWhitespace: true, legalComments: 'none' })).code;
  const before = await code(text);
  // A test-only fact the cut missed (a form it does not know), or a name it cut that other
  // code still uses, would show here: fail the build rather than ship either.
  const found = leftover.exec(before);
  if (found) throw new Error(`dist/${file} still mentions the test-only fact '${found[1]}' (scripts/build-js.mjs stripTestFacts)`);
  // ASCII only: esbuild escapes strings, but the comments it keeps may hold '→', '×', '…'.
  // One such character makes the engine decode the file as UTF-8 and hold the whole
  // source as a two-byte string (slower to decode and twice the memory at every import).
  // In a comment an escape changes nothing, which the comparison of the code checks.
  if (/[^\x00-\x7f]/.test(text)) {
    const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if ((await code(ascii)) !== before) throw new Error(`dist/${file}: a non-ASCII character outside a comment (esbuild's charset: 'ascii' should have escaped it)`);
    fs.writeFileSync(out, ascii);
  }
}
console.log('dist/index.mjs, dist/index.cjs, dist/multilingual-wasm.global.js and their worker entries written');
