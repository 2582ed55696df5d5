// Issue 12 item 6 (Node side; tests/browser/threads-failures.spec.mjs has the browsers):
// disposing a selector at any point of its loading — before simd is ready, while the
// threads build loads its glue, while its workers boot, during warmUp(), with a callAsync
// in flight — raises nothing uncaught, leaves no worker running (the process exits by
// itself) and prints nothing. Run in a child process so a crash or a hang is seen.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SETTLED } from './dispose-scenario.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = pathToFileURL(path.join(root, 'dist/index.mjs')).href;

const scenario = pathToFileURL(path.join(root, 'tests/js/dispose-scenario.mjs')).href;
const DELAYS = [0, 1, 2, 5, 10, 20, 35, 50, 80, 120, 200];
const WARM_UP_DELAYS = [0, 1, 5, 20];

const script = `
  import { BackendSelector } from ${JSON.stringify(entry)};
  import { disposeAtEveryPointOfLoading } from ${JSON.stringify(scenario)};
  process.on('uncaughtException', (e) => { console.log('UNCAUGHT ' + e.message); process.exitCode = 3; });
  process.on('unhandledRejection', (e) => { console.log('UNHANDLED ' + (e && e.message)); process.exitCode = 4; });
  const seen = await disposeAtEveryPointOfLoading(BackendSelector, { delays: ${JSON.stringify(DELAYS)}, warmUpDelays: ${JSON.stringify(WARM_UP_DELAYS)}, settleMs: 300 });
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
    expect(seen.length).toBe(2 * (DELAYS.length + WARM_UP_DELAYS.length));
    for (const r of seen) expect(r).toMatch(SETTLED);
  });
});
