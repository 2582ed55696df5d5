// thresholds.json as the calibration scripts read and write it (bench/calibrate.mjs in
// Node, bench/calibrate-browsers.mjs for Chromium and Firefox): one file, a set per engine.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const THRESHOLDS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../thresholds.json');

export function readThresholds(file = THRESHOLDS_FILE) {
  const thresholds = JSON.parse(fs.readFileSync(file, 'utf8'));
  thresholds.operations ??= {};
  thresholds.engines ??= {};
  thresholds.measuredEngines ??= {};
  return thresholds;
}

/** Indented JSON with each operation's measured points on one line (small, mergeable diffs). */
export function compactJson(value) {
  return `${JSON.stringify(value, null, 2).replace(/\[\s*((?:\[[^\[\]]*\],?\s*)+)\]/g, (_, inner) => {
    const rows = inner.match(/\[[^\[\]]*\]/g).map((row) => JSON.stringify(JSON.parse(row)));
    return `[${rows.join(', ')}]`;
  })}\n`;
}

export function writeThresholds(thresholds, file = THRESHOLDS_FILE) {
  fs.writeFileSync(file, compactJson(thresholds));
}
