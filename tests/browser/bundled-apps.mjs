// Real bundled apps for tests/browser/bundlers.spec.mjs: the package as `npm pack` makes
// it, unpacked into a fresh project's node_modules, and one small app built by each
// bundler through its JS API (no network, no config beyond what web-demo/README.md
// documents for that bundler):
//   vite     vite build, no config
//   vite-dev the Vite dev server, optimizeDeps.exclude: ['multilingual-wasm']
//   webpack  webpack 5, no config beyond entry/output/mode
//   rollup   @rollup/plugin-node-resolve + @web/rollup-plugin-import-meta-assets
//   esbuild  esbuild, then dist/worker.mjs and dist/wasm/ copied beside the bundle
// Threads (the `?threads` page, served with COOP/COEP): the package's dist/wasm/ folder
// copied as-is to mlw-wasm/ beside the app and `wasmUrl: 'mlw-wasm/'`.
// Built once per test run (Playwright workers share the result through a lock folder).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const BUNDLERS = ['vite', 'vite-dev', 'webpack', 'rollup', 'esbuild'];
/** The bundlers whose builds honour package.json "sideEffects" (the global-import check). */
export const SIDE_EFFECT_BUNDLERS = ['vite', 'webpack'];

const APP_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bundled app</title></head>
<body><pre id="result" data-done="false">running…</pre><script type="module" src="./main.js"></script></body>
</html>
`;

// The app: a sync call and a callAsync call, both on WASM (preferBackend 'wasm', so a
// .wasm the bundler lost shows as an error, not a quiet JS fallback), their reports,
// and with ?threads the threads build from the copied folder.
const APP_JS = `import { BackendSelector, version } from 'multilingual-wasm';

const out = document.getElementById('result');

async function main() {
  const threads = new URLSearchParams(location.search).has('threads');
  const config = threads ? { preferBackend: 'wasm', threads: 'auto', wasmUrl: 'mlw-wasm/' } : { preferBackend: 'wasm', threads: false };
  const selector = await BackendSelector.create(config);
  if (threads) await selector.warmUp([]);
  const data = new Uint8Array(1 << 16).map((_, i) => (i * 31) & 0xff);
  const sync = selector.callFunction('crypto_xor_encrypt', data, 'key');
  const syncReport = selector.lastCallReport();
  const viaWorker = await selector.callAsync('crypto_xor_encrypt', data, 'key');
  const asyncReport = selector.lastCallReport();
  const n = 96;
  const m = { rows: n, cols: n, data: new Float64Array(n * n).map((_, i) => (i % 7) - 3) };
  const product = await selector.callAsync('matrix_multiply', m, m);
  const matrixReport = selector.lastCallReport();
  const direct = selector.callFunction('matrix_multiply', m, m);
  const status = selector.status();
  const result = {
    version,
    variant: status.variant,
    threadsGranted: status.threads.granted,
    threadsReason: status.threads.reason,
    sync: syncReport,
    async: asyncReport,
    matrix: matrixReport,
    same: sync.length === viaWorker.length && sync.every((b, i) => b === viaWorker[i]) && product.data.every((v, i) => v === direct.data[i]),
  };
  // Not disposed: the page stays as an app would, and the test sees every request end.
  out.textContent = JSON.stringify(result, null, 2);
  out.dataset.done = 'true';
}

main().catch((error) => {
  out.textContent = 'failed: ' + (error && error.stack || error);
  out.dataset.done = 'error';
});
`;

// `import 'multilingual-wasm/global'` for its side effect (the package's sideEffects field
// must keep it): the global is defined and answers.
const GLOBAL_JS = `import 'multilingual-wasm/global';

const out = document.getElementById('result');
const api = globalThis.MultilingualWasm;
const selector = new api.BackendSelector({ preferBackend: 'js' });
out.textContent = JSON.stringify({ version: api.version, xor: Array.from(selector.callFunction('crypto_xor_encrypt', 'ab', 'c')) });
out.dataset.done = 'true';
`;

function lockedOnce(dir, make) {
  const done = path.join(dir, '.done');
  const lock = `${dir}.lock`;
  try {
    fs.mkdirSync(lock);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    return null; // another worker builds
  }
  return make().then(
    () => fs.writeFileSync(done, 'ok'),
    (error) => {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(done, `failed: ${error?.stack ?? error}`); // the other workers stop waiting
      fs.rmSync(lock, { recursive: true, force: true });
      throw error;
    },
  );
}

async function waitFor(file, ms) {
  const end = Date.now() + ms;
  while (!fs.existsSync(file)) {
    if (Date.now() > end) throw new Error(`bundled apps not built in time (${file})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The folder holding out/<bundler>/ (built) and app/ (sources + node_modules). */
export async function bundledApps() {
  // One build per test run (the workers' parent process) and per state of the package
  // (a rebuilt dist/ or an edited package.json gets fresh apps).
  const stamp = ['package.json', 'dist/index.mjs', 'dist/worker.mjs', 'dist/multilingual-wasm.global.js', 'tests/browser/bundled-apps.mjs']
    .map((f) => Math.round(fs.statSync(path.join(root, f)).mtimeMs).toString(36))
    .join('');
  const dir = path.join(os.tmpdir(), `mlw-bundled-apps-${process.env.MLW_BUNDLED_APPS_ID ?? process.ppid}-${stamp}`);
  const building = lockedOnce(dir, () => buildAll(dir));
  if (building) await building;
  else await waitFor(path.join(dir, '.done'), 300_000);
  const state = fs.readFileSync(path.join(dir, '.done'), 'utf8');
  if (state !== 'ok') throw new Error(`building the bundled apps ${state}`);
  return dir;
}

/** The package as a user installs it: `npm pack`, unpacked into app/node_modules. */
export function installPacked(project) {
  const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-pack-'));
  const json = execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const tarball = path.join(packDir, JSON.parse(json)[0].filename);
  const target = path.join(project, 'node_modules/multilingual-wasm');
  fs.mkdirSync(target, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', target, '--strip-components=1']);
  return { tarball, target };
}

const copyDir = (from, to) => fs.cpSync(from, to, { recursive: true });

async function buildAll(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  const app = path.join(dir, 'app');
  const src = path.join(app, 'src');
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'bundled-app', private: true, type: 'module' }));
  fs.writeFileSync(path.join(src, 'index.html'), APP_HTML);
  fs.writeFileSync(path.join(src, 'main.js'), APP_JS);
  fs.writeFileSync(path.join(src, 'global.html'), APP_HTML.replace('./main.js', './global.js'));
  fs.writeFileSync(path.join(src, 'global.js'), GLOBAL_JS);
  const { target: pkg } = installPacked(app);
  // Threads: the documented minimum, the package's wasm folder as-is beside the app.
  copyDir(path.join(pkg, 'dist/wasm'), path.join(src, 'public/mlw-wasm'));
  const out = (name) => path.join(dir, 'out', name);
  const page = (name) => {
    fs.writeFileSync(path.join(out(name), 'index.html'), APP_HTML);
    fs.writeFileSync(path.join(out(name), 'global.html'), APP_HTML.replace('./main.js', './global.js'));
    copyDir(path.join(pkg, 'dist/wasm'), path.join(out(name), 'mlw-wasm'));
  };

  const { build: viteBuild } = await import('vite');
  await viteBuild({ root: src, base: './', logLevel: 'warn', configFile: false, build: { outDir: out('vite'), emptyOutDir: true, rollupOptions: { input: { main: path.join(src, 'index.html'), global: path.join(src, 'global.html') } } } });

  const webpack = (await import('webpack')).default;
  await new Promise((resolve, reject) => {
    webpack({ mode: 'production', context: app, entry: { main: './src/main.js', global: './src/global.js' }, output: { path: out('webpack'), filename: '[name].js', clean: true }, performance: { hints: false } }, (error, stats) => {
      if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
  page('webpack');

  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { importMetaAssets } = await import('@web/rollup-plugin-import-meta-assets');
  const bundle = await rollup({ input: path.join(src, 'main.js'), plugins: [nodeResolve({ browser: true }), importMetaAssets()], onwarn() {} });
  await bundle.write({ dir: out('rollup'), format: 'es', entryFileNames: 'main.js' });
  await bundle.close();
  page('rollup');

  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [path.join(src, 'main.js')], bundle: true, format: 'esm', outfile: path.join(out('esbuild'), 'main.js'), logLevel: 'error' });
  // The documented line: esbuild leaves `new URL(…, import.meta.url)` alone, so the files go beside the bundle.
  fs.copyFileSync(path.join(pkg, 'dist/worker.mjs'), path.join(out('esbuild'), 'worker.mjs'));
  copyDir(path.join(pkg, 'dist/wasm'), path.join(out('esbuild'), 'wasm'));
  page('esbuild');
}
