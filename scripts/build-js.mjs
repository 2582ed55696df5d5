// Bundles js/ into dist/: ESM (index.mjs), CommonJS (index.cjs) and the script-tag
// build (multilingual-wasm.global.js). Embeds the Emscripten glue once, converted to an
// ES module (the same glue serves every non-thread variant; build.sh checks that).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

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

const common = {
  entryPoints: [path.join(root, 'js/index.js')],
  bundle: true,
  minifySyntax: true,
  legalComments: 'none',
  target: ['es2020', 'node20', 'chrome100', 'firefox100', 'safari15'],
  logLevel: 'warning',
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
console.log('dist/index.mjs, dist/index.cjs, dist/multilingual-wasm.global.js and their worker entries written');
