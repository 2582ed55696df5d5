// Playwright: the demo and the examples in Chromium and Firefox (Debian's browsers; never
// `npx playwright install`). Two demo servers: one cross-origin isolated (the default),
// one without COOP/COEP. Ports are picked once here and passed through the environment,
// because every worker process evaluates this file again.
import { spawnSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

function freePort() {
  const r = spawnSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"], { encoding: 'utf8' });
  return r.stdout.trim();
}
process.env.MLW_DEMO_PORT ??= freePort();
process.env.MLW_DEMO_PORT_PLAIN ??= freePort();
const port = process.env.MLW_DEMO_PORT;
const plainPort = process.env.MLW_DEMO_PORT_PLAIN;

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  globalSetup: './tests/browser/global-setup.mjs',
  timeout: 240_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // One retry in CI: Firefox ESR's Web Worker now and then stalls starting the threads pool
  // inside a worker (web-demo/README.md); a retried test is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } } },
    { name: 'firefox', use: { browserName: 'firefox', channel: 'moz-firefox', launchOptions: { executablePath: '/usr/bin/firefox-esr' } } },
  ],
  webServer: [
    { command: `node web-demo/server.mjs --port ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false, timeout: 30_000 },
    { command: `node web-demo/server.mjs --port ${plainPort} --no-isolation`, url: `http://127.0.0.1:${plainPort}/`, reuseExistingServer: false, timeout: 30_000 },
  ],
});
