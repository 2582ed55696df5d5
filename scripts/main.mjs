// `npm start`, the main job: serve the web demo (which runs the suite in the browser),
// and run the benchmark suite in Node at the guide's sizes while it is up.
//   npm start                 demo on $PORT (8080) + the full suite in this terminal
//   npm start -- --quick      the quick suite instead (under a minute)
//   npm start -- --no-bench   only the demo
// Any other flag goes to the suite (see `npx multilingual-wasm bench --help`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const noBench = args.includes('--no-bench');
const benchArgs = args.filter((a) => a !== '--no-bench');

const server = spawn(process.execPath, [path.join(root, 'web-demo/server.mjs')], { stdio: 'inherit' });
server.on('exit', (code) => {
  if (code) process.exit(code);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.kill(signal);
    process.exit(0);
  });
}

if (!noBench) {
  // Let the server print its URL first.
  await new Promise((resolve) => setTimeout(resolve, 300));
  console.log('\nRunning the benchmark suite in Node (the demo page runs it in your browser)…\n');
  const bench = spawn(process.execPath, [path.join(root, 'bin/multilingual-wasm.mjs'), 'bench', ...benchArgs], { stdio: 'inherit' });
  bench.on('exit', (code) => {
    console.log(`\nBenchmark ${code === 0 ? 'done' : `failed (exit ${code})`}. The demo is still being served: press Ctrl-C to stop.`);
  });
}
