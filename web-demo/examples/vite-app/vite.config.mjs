// The package loads its .wasm with `new URL('./wasm/….wasm', import.meta.url)`, a form
// Vite's build recognises: the files are emitted under assets/ with hashed names.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  // Relative URLs, so the build works from any folder (the tests serve it from a subpath).
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  // The dev server's dependency pre-bundling moves the package into .vite/deps/, where
  // import.meta.url no longer points next to its wasm/ folder: keep it out.
  optimizeDeps: { exclude: ['multilingual-wasm'] },
});
