// `npm start` (scripts/main.mjs) does what it says: it says what it runs, runs the Node
// suite at quick sizes with a progress line per workload even when its output is a pipe,
// and starts the demo server only once the suite is done (the two never measure at once).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

it('npm start: announces, runs the quick suite (a line per workload on a pipe), then serves the demo', async () => {
  const child = spawn(process.execPath, [path.join(root, 'scripts/main.mjs'), '--only', 'sweep-xor-1kb,sweep-matrix-8', '--runs', '1', '--no-native', '--no-startup'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (d) => (out += d));
  const served = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no demo URL within 120 s:\n${out}`)), 120_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /demo: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before serving:\n${out}`)));
  });
  try {
    const at = (re) => out.search(re);
    expect(at(/^npm start: 1\) the benchmark suite in Node at quick sizes/m)).toBe(0);
    expect(out).toMatch(/^\[\d\/2\] sweep-xor-1kb done$/m);
    expect(out).toMatch(/^\[\d\/2\] sweep-matrix-8 done$/m);
    expect(out).toMatch(/quick sizes/);
    // Order: the suite's lines and its table, then the server.
    expect(at(/sweep-matrix-8 done/)).toBeLessThan(at(/Node benchmark done/));
    expect(at(/Node benchmark done/)).toBeLessThan(at(/demo: http/));
    expect((await fetch(served)).status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
}, 150_000);
