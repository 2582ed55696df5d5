// Where each build variant's .wasm lives, per bundle format. __MLW_FORMAT__ is set by
// scripts/build-js.mjs; the literal `new URL('./wasm/…', import.meta.url)` forms let
// bundlers (Vite, webpack 5, Rollup) find the files and emit them as assets.
/* global __MLW_FORMAT__ */

export const VARIANT_FILES = Object.freeze({
  baseline: 'mlw-baseline.wasm',
  simd: 'mlw-simd.wasm',
  'simd-threads': 'mlw-simd-threads.wasm',
});

// Set in a callAsync worker from what the calling thread resolved (see js/async.js): a
// bundler may have emitted the worker as a file of its own (Rollup's asset plugins copy
// it as-is) or not processed it at all, so the worker's own `import.meta.url` says
// nothing about where the app's .wasm files went; the calling bundle's does.
let givenUrls = null;

/** Use these default .wasm URLs ({ variant: url }) instead of the ones computed here. */
export function useDefaultWasmUrls(urls) {
  givenUrls = urls && typeof urls === 'object' ? { ...urls } : null;
}

/** Every variant's default .wasm URL as seen from this bundle ({} where none can be known). */
export function defaultWasmUrls() {
  const urls = {};
  for (const variant of Object.keys(VARIANT_FILES)) {
    try {
      urls[variant] = defaultWasmUrl(variant);
    } catch {
      // no default here: the worker reports it the same way
    }
  }
  return urls;
}

/** The default URL (a string) of a variant's .wasm, or throws if it cannot be known here. */
export function defaultWasmUrl(variant) {
  if (givenUrls?.[variant]) return givenUrls[variant];
  if (__MLW_FORMAT__ === 'esm') {
    switch (variant) {
      case 'baseline':
        return new URL('./wasm/mlw-baseline.wasm', import.meta.url).href;
      case 'simd':
        return new URL('./wasm/mlw-simd.wasm', import.meta.url).href;
      case 'simd-threads':
        return new URL('./wasm/mlw-simd-threads.wasm', import.meta.url).href;
    }
  } else if (__MLW_FORMAT__ === 'cjs') {
    return require('url').pathToFileURL(require('path').join(__dirname, 'wasm', VARIANT_FILES[variant])).href;
  } else {
    const base = scriptBase();
    if (base) return new URL(`wasm/${VARIANT_FILES[variant]}`, base).href;
  }
  throw new Error(`no default location for variant '${variant}'; set the wasmUrl option`);
}

// The script-tag build remembers where it was loaded from while it runs the first time.
const currentScriptSrc =
  typeof document === 'object' && document?.currentScript?.src ? document.currentScript.src : null;

/** Where the running script came from (the script-tag build) or the page/worker URL; null in Node. */
export function scriptBase() {
  if (currentScriptSrc) return currentScriptSrc;
  if (typeof self === 'object' && self?.location?.href) return self.location.href;
  return null;
}

/**
 * The threads build's glue file beside its .wasm (…/mlw-simd-threads.wasm →
 * …/mlw-simd-threads.js): pthread workers load it themselves, so it cannot live in the
 * bundle. Its .worker.js sits beside it too.
 */
export function threadsGlueLocation(wasmLocation) {
  return wasmLocation.replace(/\.wasm([?#].*)?$/, '.js$1');
}

/**
 * Whether the threads build's other files can be found from its .wasm's location: the
 * glue and .worker.js are looked up beside it by the package's own file names, so a
 * .wasm a bundler emitted under a hashed name (assets/mlw-simd-threads-3f2a.wasm) has
 * no findable siblings (bundlers see only the .wasm's `new URL`; the glue is loaded by
 * the pool workers themselves and cannot be bundled). Only the default location is
 * judged: an explicit wasmUrl is the user saying where the files are.
 */
export function threadsFilesFindable(wasmLocation) {
  const name = wasmLocation.replace(/[?#].*$/, '').split(/[\\/]/).pop();
  return name === VARIANT_FILES['simd-threads'];
}
