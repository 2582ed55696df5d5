// `node bench/calibrate-browsers.mjs [--browsers chromium,firefox] [--budget MS] [--dry-run] [--check] [--json DIR]`
// (`npm run calibrate:browsers`): the browser half of `npm run calibrate`. Serves the demo,
// opens it in Debian's Chromium and Firefox (Playwright, the browsers the tests use) in
// its calibration mode (`?calibrate=1&quick=1&autorun=1&runs=9&budget=MS`, budget 4000 ms
// unless --budget): the page's suite worker runs selector.calibrate({ budgetMs }) in that
// engine, then the quick suite (9 runs per backend) with
// the calibrated AUTO, whose table shows AUTO/best before (the shipped thresholds' route)
// and after. The calibrated wasmMinSize of each operation is written into thresholds.json
// as the engine's set (engines['v8-15'], engines['spidermonkey-153'], …; the evidence under
// measuredEngines), which js/thresholds.js picks in that engine; threadsMinSize and
// maxThreads are not measured there and stay the default set's. Then the bundles are
// rebuilt (scripts/build-js.mjs) unless --dry-run. --check runs the quick suite without
// calibrating (AUTO on the shipped thresholds, measured) and writes nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, firefox } from 'playwright-core';
import { createServer } from '../web-demo/server.mjs';
import { readThresholds, writeThresholds } from './thresholds-file.mjs';
import { shownAutoVsBest } from './suite.mjs';

const RUNS = 9;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const BROWSERS = {
  chromium: () =>
    chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }),
  firefox: () => firefox.launch({ executablePath: '/usr/bin/firefox-esr', channel: 'moz-firefox' }),
};

const USAGE = `usage: node bench/calibrate-browsers.mjs [--browsers chromium,firefox] [--budget MS] [--dry-run] [--check] [--json DIR]
  (npm run calibrate:browsers) calibrate AUTO in each browser (the demo's ?calibrate=1: selector.calibrate)
  and run the quick suite there; writes each engine's set into thresholds.json and rebuilds the bundles
  --browsers   which browsers (default: chromium,firefox; Debian's, driven by Playwright)
  --budget MS  calibrate()'s budget in the page (default 4000)
  --dry-run    measure and print, write nothing
  --check      no calibration: the quick suite on the shipped thresholds (AUTO/best per row); writes nothing
  --json DIR   also write each browser's result document to DIR/<browser>.json
  --help       this text`;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { browsers: Object.keys(BROWSERS), budgetMs: 4000, dry: false, json: null, check: false, help: false };
  const value = (i, what) => {
    if (i >= argv.length || argv[i].startsWith('--')) throw new UsageError(`${argv[i - 1]} needs ${what}`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--browsers') opts.browsers = value(++i, 'a list of browsers').split(',').filter(Boolean);
    else if (a === '--budget') opts.budgetMs = Number(value(++i, 'a number of milliseconds'));
    else if (a === '--dry-run') opts.dry = true;
    else if (a === '--check') opts.check = opts.dry = true;
    else if (a === '--json') opts.json = value(++i, 'a folder');
    else throw new UsageError(`unknown option ${a}`);
  }
  for (const b of opts.browsers) if (!BROWSERS[b]) throw new UsageError(`unknown browser ${b} (known: ${Object.keys(BROWSERS).join(', ')})`);
  if (!(opts.budgetMs > 0)) throw new UsageError('--budget needs a number of milliseconds above 0');
  return opts;
}

/** One browser: the page's calibration run; returns its SuiteResult document. */
async function runIn(name, origin, budgetMs, check) {
  const browser = await BROWSERS[name]();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.log(`  ${name} page error: ${error.message}`));
    // 9 runs per backend, not the quick page's 3: AUTO/best compares medians of sub-millisecond
    // calls, which 3 runs in a browser leave to the noise of one GC or JIT pause.
    const suite = `quick=1&autorun=1&runs=${RUNS}`;
    await page.goto(check ? `${origin}/?${suite}` : `${origin}/?calibrate=1&${suite}&budget=${budgetMs}`);
    const table = page.getByTestId('results');
    await table.waitFor();
    // The quick suite after the calibration: minutes on a busy 2-core machine.
    await page.waitForFunction(() => document.getElementById('results').dataset.complete !== 'false', null, { timeout: 900_000, polling: 1000 });
    if ((await table.getAttribute('data-complete')) !== 'true') throw new Error(`${name}: ${await page.locator('#progress-label').textContent()}`);
    // The page's export is the suite's document (the same JSON the CLI writes).
    await page.evaluate(() => {
      window.__exported = null;
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob) => {
        window.__exported = blob.text();
        return original.call(URL, blob);
      };
    });
    await page.click('#export-json');
    return JSON.parse(await page.evaluate(() => window.__exported));
  } finally {
    await browser.close();
  }
}

const ratio = (v) => (typeof v === 'number' ? `${v.toFixed(2)}×` : '—');
// The paired estimate (the page's AUTO/best column), with the plain ratio of medians beside it.
const autoBest = (s) => {
  const shown = shownAutoVsBest(s);
  return shown.paired ? `${ratio(shown.value)} paired (AUTO/${s.autoPairedWith} ${ratio(s.autoVsRoutePaired)}; plain ${ratio(s.autoVsBest)})` : `${ratio(shown.value)} plain`;
};

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 1;
    return;
  }
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const thresholds = readThresholds();
  let wrote = 0;
  try {
    for (const name of opts.browsers) {
      console.log(opts.check ? `${name}: the quick suite on the shipped thresholds…` : `${name}: calibrating (budget ${opts.budgetMs} ms), then the quick suite…`);
      const doc = await runIn(name, origin, opts.budgetMs, opts.check);
      if (opts.json) {
        fs.mkdirSync(opts.json, { recursive: true });
        fs.writeFileSync(path.join(opts.json, `${name}.json`), `${JSON.stringify(doc, null, 2)}\n`);
      }
      if (opts.check) {
        console.log(`  ${doc.environment.engine}; thresholds ${doc.environment.thresholds}`);
        for (const s of doc.summary) if (s.autoVsBest !== undefined) console.log(`  ${s.title.padEnd(44)} AUTO/best ${autoBest(s)}  (${s.autoRoutedTo ?? '?'})`);
        continue;
      }
      const cal = doc.calibration;
      if (!cal?.engineKey) throw new Error(`${name}: the page did not calibrate (no WebAssembly?)`);
      console.log(`  engine ${cal.engineKey} (${doc.environment.engine}); calibrated in ${cal.ms.toFixed(0)} ms on ${cal.variant}; before: ${cal.thresholdsBefore}`);
      for (const s of doc.summary) {
        if (s.autoVsBest === undefined) continue;
        console.log(`  ${s.title.padEnd(44)} AUTO/best ${ratio(s.autoBeforeVsBest)} -> ${autoBest(s)}  (${s.autoRoutedBefore ?? '?'} -> ${s.autoRoutedTo ?? '?'})`);
      }
      for (const [op, note] of Object.entries(cal.notes ?? {})) console.log(`  ${op}: ${note}`);
      if (cal.engineKey === thresholds.defaultEngine.engine) {
        console.log(`  ${cal.engineKey} is the default set's engine (npm run calibrate writes it): not written`);
        continue;
      }
      thresholds.engines[cal.engineKey] = { engine: doc.environment.engine.replace(/^Mozilla\/5\.0 \([^)]*\) /, ''), operations: cal.thresholds };
      thresholds.measuredEngines[cal.engineKey] = {
        by: `node bench/calibrate-browsers.mjs (the demo's ?calibrate=1: selector.calibrate({ budgetMs: ${opts.budgetMs} }))`,
        date: doc.environment.date,
        engine: doc.environment.engine,
        machine: `${doc.environment.platform}, ${doc.environment.cores} cores`,
        variant: cal.variant,
        columns: cal.columns,
        points: cal.points,
        notes: cal.notes,
      };
      wrote++;
    }
  } finally {
    server.close();
  }
  if (opts.dry || wrote === 0) return;
  writeThresholds(thresholds);
  console.log('\nthresholds.json written; rebuilding the bundles so AUTO uses it');
  const bundled = spawnSync(process.execPath, [path.join(root, 'scripts/build-js.mjs')], { cwd: root, stdio: 'inherit' });
  if (bundled.status !== 0) {
    console.log('the bundles were not rebuilt: run npm run build:js');
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error?.stack ?? error);
  process.exitCode = 1;
});
