// `bun bench/calibrate-engine.mjs [--budget MS] [--dry-run]` (also `deno run -A …`, `node …`):
// selector.calibrate({ budgetMs }) in the runtime that runs this file, written into
// thresholds.json as that engine's set (engines['jsc'] in Bun, …; the evidence under
// measuredEngines). The set of the default engine (Node 20's V8 11) is npm run calibrate's:
// this script does not write it. Rebuild the bundles afterwards (npm run build:js).
import { BackendSelector } from '../dist/index.mjs';
import { readThresholds, writeThresholds } from './thresholds-file.mjs';

const argv = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const at = argv.indexOf('--budget');
const budgetMs = at >= 0 ? Number(argv[at + 1]) : 4000;
const selector = await BackendSelector.create();
await selector.warmUp([]);
const before = selector.status().thresholds;
const thresholds = await selector.calibrate({ budgetMs });
const { engine, calibration } = selector.status();
selector.dispose();
console.log(`${engine}: calibrated ${calibration.engine} in ${calibration.ms.toFixed(0)} ms on ${calibration.variant} (before: ${before})`);
for (const [op, { wasmMinSize, itemMinSize, itemMaxSize }] of Object.entries(thresholds)) {
  const range = itemMinSize === undefined ? '' : ` items, item size [${itemMinSize}, ${itemMaxSize >= Number.MAX_SAFE_INTEGER ? '∞' : itemMaxSize}]`;
  console.log(`  ${op.padEnd(28)} ${wasmMinSize}${range}${calibration.notes[op] ? `  (${calibration.notes[op]})` : ''}`);
}
for (const [op, note] of Object.entries(calibration.notes)) if (!thresholds[op]) console.log(`  ${op.padEnd(28)} kept  (${note})`);
const file = readThresholds();
if (calibration.engine === file.defaultEngine.engine) console.log(`${calibration.engine} is the default set's engine (npm run calibrate writes it): not written`);
else if (!argv.includes('--dry-run')) {
  file.engines[calibration.engine] = { engine, operations: thresholds };
  file.measuredEngines[calibration.engine] = {
    by: `bench/calibrate-engine.mjs (selector.calibrate({ budgetMs: ${budgetMs} }))`,
    date: new Date().toISOString(),
    engine,
    variant: calibration.variant,
    columns: calibration.columns,
    points: calibration.points,
    // Batch thresholds ('name:batch'), measured when the budget held them (js/calibrate.js).
    batchPoints: calibration.batchPoints,
    notes: calibration.notes,
  };
  writeThresholds(file);
  console.log(`thresholds.json: engines['${calibration.engine}'] written; run npm run build:js`);
}
