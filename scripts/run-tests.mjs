// `npm test`: every suite, then one summary line "N passed, N failed".
//   native GoogleTest via ctest (needs cmake + libgtest-dev; skipped with a notice if absent)
//   Vitest (tests/js)
//   the packed package (tests/package: npm pack + install, CLI, examples, tsc, publint, attw)
//   Playwright in Chromium and Firefox (tests/browser), when those browsers are installed
// Flags: --no-cpp, --no-browser, --no-package, --sanitize (also run the native suite under ASan+UBSan),
//        --fuzz S (also run each libFuzzer target in tests/fuzz for S seconds; one test each).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const fuzzSeconds = args.has('--fuzz') ? Number(argv[argv.indexOf('--fuzz') + 1]) : 0;
const totals = { passed: 0, failed: 0, skipped: 0 };
const suites = [];

function run(cmd, argv, opts = {}) {
  console.log(`\n$ ${cmd} ${argv.join(' ')}`);
  return spawnSync(cmd, argv, { cwd: root, stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', ...opts });
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function count(name, passed, failed, skipped = 0, crashed = false) {
  totals.passed += passed;
  totals.failed += failed + (crashed ? 1 : 0);
  totals.skipped += skipped;
  suites.push(`${name}: ${passed} passed, ${failed + (crashed ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

function ctestSuite(name, flag) {
  const r = run('bash', ['scripts/test-cpp.sh', ...(flag ? [flag] : [])], { capture: true });
  process.stdout.write(r.stdout ?? '');
  const m = /(\d+)% tests passed, (\d+) tests failed out of (\d+)/.exec(r.stdout ?? '');
  if (m) count(name, Number(m[3]) - Number(m[2]), Number(m[2]), 0, r.status !== 0 && Number(m[2]) === 0);
  else count(name, 0, 0, 0, true);
}

if (!args.has('--no-cpp')) {
  if (has('cmake') && (fs.existsSync('/usr/include/gtest/gtest.h') || fs.existsSync('/usr/local/include/gtest/gtest.h'))) {
    ctestSuite('C++ (ctest)');
    if (args.has('--sanitize')) ctestSuite('C++ ASan+UBSan (ctest)', '--sanitize');
  } else {
    console.log('\nC++ tests skipped: cmake or GoogleTest missing (apt-get install -y cmake g++ libgtest-dev)');
  }
}

if (fuzzSeconds > 0) {
  if (has('clang++')) {
    const targets = fs.readdirSync(path.join(root, 'tests/fuzz')).filter((f) => f.endsWith('_fuzz.cpp'));
    let passed = 0;
    let failed = 0;
    for (const t of targets) {
      const r = run('bash', ['scripts/fuzz.sh', t.replace(/_fuzz\.cpp$/, ''), String(fuzzSeconds)]);
      if (r.status === 0) passed++;
      else failed++;
    }
    count('libFuzzer', passed, failed);
  } else {
    console.log('\nFuzzing skipped: clang++ missing (apt-get install -y clang libclang-rt-14-dev)');
  }
}

function vitestSuite(name, extra = []) {
  const report = path.join(os.tmpdir(), `mlw-vitest-${process.pid}-${suites.length}.json`);
  const r = run('npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (fs.existsSync(report)) {
    const j = JSON.parse(fs.readFileSync(report, 'utf8'));
    count(name, j.numPassedTests, j.numFailedTests, j.numPendingTests + j.numTodoTests, r.status !== 0 && j.numFailedTests === 0);
    fs.rmSync(report);
  } else count(name, 0, 0, 0, true);
}

vitestSuite('Vitest');

// The packed package as a user installs it (npm pack, offline install, CLI, examples,
// TypeScript consumers, publint, arethetypeswrong).
if (!args.has('--no-package')) vitestSuite('Packed package', ['--config', 'tests/package/vitest.config.mjs']);

if (!args.has('--no-browser') && fs.existsSync(path.join(root, 'playwright.config.mjs'))) {
  if (has('chromium') || has('firefox-esr')) {
    const report = path.join(os.tmpdir(), `mlw-pw-${process.pid}.json`);
    const r = run('npx', ['playwright', 'test', '--reporter=list,json'], { env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report } });
    if (fs.existsSync(report)) {
      const s = JSON.parse(fs.readFileSync(report, 'utf8')).stats;
      count('Playwright', s.expected + s.flaky, s.unexpected, s.skipped, r.status !== 0 && s.unexpected === 0);
      fs.rmSync(report);
    } else count('Playwright', 0, 0, 0, true);
  } else {
    console.log('\nBrowser tests skipped: neither chromium nor firefox-esr is installed (apt-get install -y chromium firefox-esr)');
  }
}

console.log('\n' + suites.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
