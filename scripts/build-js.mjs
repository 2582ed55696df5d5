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
const gluePath = path.join(root, 'build/glue/mlw-baseline.js');
const glue = fs.readFileSync(gluePath, 'utf8');
const tail = glue.indexOf("if (typeof exports === 'object' && typeof module === 'object')");
if (tail < 0) throw new Error(`unexpected glue layout in ${gluePath}`);
fs.writeFileSync(
  path.join(root, 'build/glue/mlw-glue.mjs'),
  `// Generated from Emscripten's glue by scripts/build-js.mjs. Do not edit.\n${glue.slice(0, tail)}\nexport default createMlwModule;\n`,
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
// A test-only fact the cut missed (a form it does not know), or a name it cut that other
// code still uses, would show here: fail the build rather than ship either. (In the code,
// not its comments, which the bundles keep.)
const leftover = new RegExp(`\\b(${TEST_ONLY_FACTS.join('|')})\\b`);
for (const file of ['index.mjs', 'index.cjs', 'multilingual-wasm.global.js', 'worker.mjs', 'worker.cjs', 'multilingual-wasm.worker.js']) {
  const { code } = await transform(fs.readFileSync(path.join(root, 'dist', file), 'utf8'), { minifyWhitespace: true, legalComments: 'none' });
  const found = leftover.exec(code);
  if (found) throw new Error(`dist/${file} still mentions the test-only fact '${found[1]}' (scripts/build-js.mjs stripTestFacts)`);
}
console.log('dist/index.mjs, dist/index.cjs, dist/multilingual-wasm.global.js and their worker entries written');
