// The command lines' help says what the code does: the defaults it states are the ones the
// suite uses, every option the parser accepts is listed, and asking for help (or passing an
// unknown option) never starts work — `bench/calibrate.mjs` rewrites thresholds.json and
// the bundles, so a `--help` that ran it would be a harmful surprise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { USAGE, parseArgs } from '../../bench/cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = (args) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 30_000 });

// Every option parseArgs accepts (a value-taking one with a value), from the usage's own list.
const OPTIONS = ['--quick', '--json', '--runs', '--only', '--no-native', '--no-startup', '--variants', '--peers', '--calibrate'];

describe('multilingual-wasm bench --help', () => {
  it('lists every option parseArgs accepts, in the usage line and in the top-level help', () => {
    const top = node(['bin/multilingual-wasm.mjs', '--help']);
    expect(top.status).toBe(0);
    const usageLine = USAGE.split('\n')[0];
    for (const option of OPTIONS) {
      expect(usageLine).toContain(option);
      expect(top.stdout).toContain(option);
      const withValue = ['--json', '--runs', '--only', '--variants', '--calibrate'].includes(option) ? [option, option === '--only' || option === '--variants' ? 'a' : '1'] : [option];
      expect(() => parseArgs(withValue)).not.toThrow();
    }
    expect(() => parseArgs(['--not-an-option'])).toThrow(/unknown option/);
  });

  it('states the runs and budgets bench/suite.mjs uses', () => {
    const suite = fs.readFileSync(path.join(root, 'bench/suite.mjs'), 'utf8');
    const [, quickRuns, fullRuns] = suite.match(/Math\.max\(3, Math\.min\(quick \? (\d+) : (\d+),/);
    expect(USAGE).toContain(`default: ${fullRuns}, ${quickRuns} with --quick`);
    expect(USAGE).toContain('down to 3');
    const [, quickBudget, fullBudget] = suite.match(/const budgetMs = quick \? (\d+) : (\d+);/);
    expect(USAGE).toContain(`about ${Number(fullBudget) / 1000} s, ${Number(quickBudget) / 1000} s with --quick`);
  });
});

describe('node bench/calibrate.mjs', () => {
  it('--help prints the usage and measures nothing', () => {
    const before = fs.readFileSync(path.join(root, 'thresholds.json'), 'utf8');
    const run = node(['bench/calibrate.mjs', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/usage: node bench\/calibrate\.mjs \[--dry-run\] \[--only op,op\]/);
    expect(run.stdout).not.toMatch(/calibrat(ing|ed) /);
    expect(fs.readFileSync(path.join(root, 'thresholds.json'), 'utf8')).toBe(before);
  });

  it('an unknown option is an error with the usage, before any measurement', () => {
    const run = node(['bench/calibrate.mjs', '--budget', '100']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unknown option --budget/);
    expect(run.stderr).toMatch(/usage: node bench\/calibrate\.mjs/);
    expect(node(['bench/calibrate.mjs', '--only']).stderr).toMatch(/--only needs a list of operations/);
  });
});

describe('node bench/calibrate-browsers.mjs', () => {
  it('--help prints the usage and starts no browser', () => {
    const before = fs.readFileSync(path.join(root, 'thresholds.json'), 'utf8');
    const run = node(['bench/calibrate-browsers.mjs', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/usage: node bench\/calibrate-browsers\.mjs \[--browsers chromium,firefox\]/);
    for (const option of ['--browsers', '--budget', '--dry-run', '--check', '--json']) expect(run.stdout).toContain(option);
    expect(fs.readFileSync(path.join(root, 'thresholds.json'), 'utf8')).toBe(before);
  });

  it('an unknown option or a missing value is an error with the usage', () => {
    const run = node(['bench/calibrate-browsers.mjs', '--runs', '3']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unknown option --runs/);
    expect(run.stderr).toMatch(/usage: node bench\/calibrate-browsers\.mjs/);
    expect(node(['bench/calibrate-browsers.mjs', '--budget']).stderr).toMatch(/--budget needs a number of milliseconds/);
  });
});
