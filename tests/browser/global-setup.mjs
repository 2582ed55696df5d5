// Build the Vite example once before the browser tests (the test then serves dist/ and
// loads it): the bundler must find and emit the package's .wasm files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function globalSetup() {
  await build({ configFile: path.join(root, 'web-demo/examples/vite-app/vite.config.mjs'), logLevel: 'warn' });
}
