// Issue 12 item 6 (Node side; tests/browser/threads-failures.spec.mjs has the browsers):
// disposing a selector at any point of its loading — before simd is ready, while the
// threads build loads its glue, while its workers boot, during warmUp(), with a callAsync
// in flight — raises nothing uncaught, leaves no worker running (the process exits by
// itself) and prints nothing. Run in a child process so a crash or a hang is seen.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = pathToFileURL(path.join(root, 'dist/index.mjs')).href;

const script = `
  import { BackendSelector } from ${JSON.stringify(entry)};
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  process.on('uncaughtException', (e) => { console.log('UNCAUGHT ' + e.message); process.exitCode = 3; });
  process.on('unhandledRejection', (e) => { console.log('UNHANDLED ' + (e && e.message)); process.exitCode = 4; });
  const seen = [];
  for (const cache of [true, false]) {
    for (const ms of [0, 1, 2, 5, 10, 20, 35, 50, 80, 120, 200]) {
      const s = new BackendSelector({ threads: 2, cache });
      if (ms) await sleep(ms);
      s.dispose();
      await s.ready;
      await s.warmUp().catch(() => {});
      seen.push(s.status().reason);
    }
    // during warmUp(), with a callAsync in flight
    for (const ms of [0, 1, 5, 20]) {
      const s = new BackendSelector({ threads: 2, cache });
      const warming = s.warmUp();
      const asyncCall = s.callAsync('crypto_sha256', new Uint8Array(1 << 16)).then(() => 'answered', (e) => e.message);
      await sleep(ms);
      s.dispose();
      await warming.catch(() => {});
      seen.push(await asyncCall);
    }
  }
  await sleep(300); // anything a late worker would raise, raised now
  console.log(JSON.stringify(seen));
`;

describe('dispose() at any point of loading (Node)', () => {
  it('nothing uncaught, nothing printed, and the process exits by itself', () => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60000 });
    expect(child.error, 'the child did not exit by itself within 60 s').toBeUndefined();
    expect(child.stderr).toBe('');
    expect(child.stdout).not.toMatch(/UNCAUGHT|UNHANDLED/);
    expect(child.status).toBe(0);
    const seen = JSON.parse(child.stdout);
    expect(seen.length).toBe(30);
    for (const r of seen) expect(r).toMatch(/^(disposed|answered|callAsync: the selector was disposed.*)$/);
  });
});
