// `npm start`, the main job: the benchmark suite in Node at quick sizes, then the web demo
// (which runs the same suite in the browser). One after the other, so the two never
// measure on the same cores at the same time.
//   npm start                 quick suite in this terminal (about a minute), then the demo on $PORT (8080)
//   npm start -- --full       the guide's full sizes instead (several minutes)
//   npm start -- --no-bench   only the demo
// Any other flag goes to the suite (see `npx multilingual-wasm bench --help`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const noBench = args.includes('--no-bench');
const full = args.includes('--full');
const benchArgs = [...(full ? [] : ['--quick']), ...args.filter((a) => a !== '--no-bench' && a !== '--full')];

let child = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child?.kill(signal);
    process.exit(0);
  });
}

function run(file, argv) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [path.join(root, file), ...argv], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (noBench) {
  console.log('npm start --no-bench: serving the demo only.\n');
} else {
  console.log(
    `npm start: 1) the benchmark suite in Node at ${full ? "the guide's full sizes (several minutes)" : 'quick sizes (about a minute; `npm start -- --full` for the full sizes)'},\n` +
      '           2) then the web demo, which runs the suite in your browser.\n' +
      'The demo starts once the Node run is done, so the two never measure on the same cores at once.\n',
  );
  const code = await run('bin/multilingual-wasm.mjs', ['bench', ...benchArgs]);
  console.log(`\nNode benchmark ${code === 0 ? 'done' : `failed (exit ${code})`}. Starting the demo (Ctrl-C stops it)…\n`);
}
const code = await run('web-demo/server.mjs', []);
process.exit(code);
