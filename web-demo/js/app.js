// The demo page: status of the runtime, controls, the suite in a Web Worker, results
// table, charts and export. Uses the package only through its public ESM entry.
import { BackendSelector } from '/dist/index.mjs';
import { WORKLOADS } from '/bench/workloads.mjs';
import { formatScaling, shownAutoVsBest } from '/bench/suite.mjs';
import { createCharts, drawCharts, formatBytes, formatMs } from './charts.js';
import { download, toCsv, toJson } from './export.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const forced = ['js', 'wasm'].includes(params.get('backend')) ? params.get('backend') : null;
const GROUP_TITLES = { guide: 'The guide’s workloads', sweep: 'Size sweeps', extra: 'More operations' };

let lastResult = null;
let charts = null;

function yesNo(el, value, detail = '') {
  el.textContent = `${value ? 'yes' : 'no'}${detail ? ` ${detail}` : ''}`;
  el.className = value ? 'yes' : 'no';
}

async function showStatus() {
  const selector = await BackendSelector.create(forced ? { preferBackend: forced } : {});
  // With threads, simd serves from ready on and simd-threads takes over once its workers
  // are up: warmUp([]) waits for that, so the panel shows what calls will run on.
  await selector.warmUp([]);
  const st = selector.status();
  const panel = document.querySelector('[data-testid="status"]');
  $('st-backend').textContent = st.backend;
  $('st-backend').className = `pill ${st.backend}`;
  $('st-variant').textContent = st.variant ?? '—';
  yesNo($('st-simd'), st.features.simd, st.variant === 'simd' || st.variant === 'simd-threads' ? '(in use)' : '');
  const threadsActive = st.variant === 'simd-threads';
  yesNo($('st-threads'), threadsActive, threadsActive ? '' : st.features.threads ? '(no threads build)' : '(needs SharedArrayBuffer)');
  yesNo($('st-coi'), globalThis.crossOriginIsolated === true);
  $('st-load').textContent = st.loadMs === null ? '—' : formatMs(st.loadMs);
  $('st-thresholds').textContent = st.thresholds ?? '—';
  $('st-reason').firstElementChild.textContent = st.reason;
  Object.assign(panel.dataset, {
    ready: 'true',
    backend: st.backend,
    variant: st.variant ?? '',
    reason: st.reason,
    crossOriginIsolated: String(globalThis.crossOriginIsolated === true),
  });
  selector.dispose();
  return st;
}

function buildControls(st, probe) {
  const list = $('workload-list');
  const quick = params.get('quick') === '1';
  const only = params.get('only')?.split(',') ?? null;
  for (const group of ['guide', 'sweep', 'extra']) {
    const items = WORKLOADS.filter((w) => w.group === group);
    if (!items.length) continue;
    const box = document.createElement('div');
    box.className = 'group';
    box.innerHTML = `<h3>${GROUP_TITLES[group]}</h3>`;
    for (const w of items) {
      const label = document.createElement('label');
      label.innerHTML = `<input type="checkbox" name="workload"> <span></span>`;
      label.querySelector('input').value = w.id;
      // Quick mode leaves out what the suite marks as too slow for a quick run.
      // ?only=id,id: just those (tests and the calibration script keep runs short).
      label.querySelector('input').checked = only ? only.includes(w.id) : group !== 'extra' && (!quick || w.quick);
      label.querySelector('span').textContent = w.title;
      box.append(label);
    }
    list.append(box);
  }
  document.querySelector(`input[name=size][value=${quick ? 'quick' : 'full'}]`).checked = true;
  // ?runs=N sets the runs per backend (the calibration script asks for more than the quick 3).
  if (quick) $('runs').value = 3;
  if (params.has('runs')) $('runs').value = Math.max(1, Math.min(50, Number(params.get('runs')) || 3));
  $('calibrate').checked = params.get('calibrate') === '1';
  $('peers-toggle').checked = params.get('peers') === '1';

  // Variants as the suite's worker loads them (probed there: it is where they run). One
  // it cannot load is shown, unticked and disabled, with the worker's reason.
  for (const v of probe.wanted) {
    const why = probe.unavailable[v];
    const label = document.createElement('label');
    label.innerHTML = `<input type="checkbox" name="variant"> WASM <span></span>`;
    const box = label.querySelector('input');
    box.value = v;
    box.checked = !why;
    box.disabled = Boolean(why);
    label.querySelector('span').textContent = why ? `${v} (unavailable)` : v;
    if (why) label.title = `${v} does not load in the suite's worker: ${why}`;
    label.dataset.variant = v;
    label.dataset.available = String(!why);
    $('variant-list').append(label);
  }
  const wasmBox = document.querySelector('input[name=backend][value=wasm]');
  const jsBox = document.querySelector('input[name=backend][value=js]');
  if (st.backend !== 'wasm') {
    wasmBox.checked = false;
    wasmBox.disabled = true;
    wasmBox.parentElement.title = `WebAssembly unavailable: ${st.reason}`;
  }
  if (forced === 'js') wasmBox.checked = false;
  if (forced === 'wasm' && st.backend === 'wasm') jsBox.checked = false;
}

function selectedOptions() {
  const values = (name) => [...document.querySelectorAll(`input[name=${name}]:checked:not(:disabled)`)].map((i) => i.value);
  const backends = values('backend');
  let variants = values('variant');
  if (backends.includes('wasm') && variants.length === 0) variants = [document.querySelector('input[name=variant]:not(:disabled)')?.value].filter(Boolean);
  return {
    workloads: values('workload'),
    quick: document.querySelector('input[name=size]:checked').value === 'quick',
    runs: Math.max(1, Math.min(50, Number($('runs').value) || 3)),
    backends,
    variants: backends.includes('wasm') ? variants : [],
    // AUTO is timed beside the WASM contestants (bench/suite.mjs).
    auto: backends.includes('wasm'),
    // ?calibrate=1&budget=MS (default 2000): calibrate() before the suite.
    ...($('calibrate').checked && backends.includes('wasm') ? { calibrate: { budgetMs: Number(params.get('budget')) || 2000 } } : {}),
    // ?peers=1: after the suite, the peers table (suite-worker.js runPeers).
    ...($('peers-toggle').checked && backends.includes('wasm') ? { peers: true } : {}),
  };
}

function headerRow(options) {
  const cols = ['Workload'];
  if (options.backends.includes('js')) cols.push('JS');
  for (const v of options.variants) cols.push(`WASM ${v}`);
  // WASM / native only with native timings (from the CLI): a live run never has them, and
  // an always-empty column would push the table past the width of a laptop screen.
  if (options.native) cols.push('native C++');
  // One column: AUTO / best above AUTO's own time (a table that fits a laptop screen).
  if (options.auto) cols.push('AUTO / best');
  cols.push('Speedup vs JS', ...(options.native ? ['WASM / native'] : []), 'Guide', 'Verified');
  $('results-head').replaceChildren(
    ...cols.map((c, i) => {
      const th = document.createElement('th');
      th.textContent = c;
      th.scope = 'col';
      if (i > 0) th.className = 'num';
      if (c === 'Guide') th.title = 'the speedup over Python the guide expects for this workload';
      if (c === 'JS') th.title = 'the JS backend; where it ran the platform’s own code (JSON.parse, String#includes, …), the package’s own JS (pure JS) below';
      if (c === 'AUTO / best') th.title = 'AUTO’s time over the fastest of JS, pure JS and the WASM build AUTO serves (1.00× = AUTO picked the faster; after a calibration: before → after), and below it AUTO’s median time. Paired estimate: AUTO/route, the median ratio of alternating batches of AUTO and the contestant of the route it took, × route/best from the medians (“unpaired”: the plain ratio of medians)';
      return th;
    }),
  );
  return cols.length;
}

// Same two lines before and after the run, so filling a row does not change its height.
function rowHeader(title, detail) {
  const th = document.createElement('th');
  th.scope = 'row';
  th.innerHTML = '<span></span><span class="range"></span>';
  th.firstElementChild.textContent = title;
  th.lastElementChild.textContent = detail;
  return th;
}

function placeholderRows(options) {
  const width = headerRow(options);
  const rows = WORKLOADS.filter((w) => options.workloads.includes(w.id)).map((w) => {
    const tr = document.createElement('tr');
    tr.dataset.id = w.id;
    tr.append(rowHeader(options.quick && w.quickTitle ? w.quickTitle : w.title, `${w.operation} · measuring…`));
    for (let i = 1; i < width; i++) {
      const td = document.createElement('td');
      td.className = 'num pending';
      td.textContent = '…';
      tr.append(td);
    }
    return tr;
  });
  $('results-body').replaceChildren(...rows);
}

/** min–max with the unit once when both share it ('15.06–24.22 ms'): narrower columns. */
function formatRange(min, max) {
  const [a, b] = [formatMs(min), formatMs(max)];
  const unit = / (ms|µs)$/.exec(a)?.[1];
  return unit && b.endsWith(` ${unit}`) ? `${a.slice(0, -unit.length - 1)}–${b}` : `${a}–${b}`;
}

function timeCell(r) {
  const td = document.createElement('td');
  td.className = 'num';
  if (!r) {
    td.textContent = '—';
  } else if (!r.verified) {
    td.className = 'num bad';
    td.textContent = 'failed';
    td.title = r.error ?? 'not verified';
  } else {
    td.innerHTML = '<span class="median"></span><span class="range"></span>';
    td.firstElementChild.textContent = formatMs(r.medianMs);
    td.lastElementChild.textContent = formatRange(r.minMs, r.maxMs);
  }
  return td;
}

/**
 * The JS time; where the JS backend ran the platform's own code (JSON.parse,
 * String#includes, …) it is named, and the package's own JS (platformNatives: false),
 * timed beside it, is shown below.
 */
function jsCell(r, pure) {
  const td = timeCell(r);
  if (!r?.verified || !r.jsPath || r.jsPath === 'js') return td;
  // Two lines like every cell (no row grows when the results replace the placeholders):
  // the pure-JS time takes the place of the range, which moves into the tooltip.
  const range = td.lastElementChild;
  td.title = `the JS backend ran ${r.jsPath}; its runs ${range.textContent}`;
  range.dataset.testid = 'pure-js';
  range.textContent = pure?.verified ? `pure JS ${formatMs(pure.medianMs)}` : `[${r.jsPath}]`;
  if (pure) range.title = pure.verified ? `the package's own JS (platformNatives: false), median; ${r.jsPath} above` : `pure JS failed: ${pure.error ?? 'not verified'}`;
  if (pure && !pure.verified) range.classList.add('bad');
  return td;
}

/** AUTO / best (and before → after when the run calibrated AUTO first), over AUTO's time. */
function autoBestCell(s, auto) {
  const td = document.createElement('td');
  td.className = 'num';
  td.dataset.testid = 'auto-best';
  const r = (v) => `${v.toFixed(2)}×`;
  if (typeof s.autoVsBest !== 'number') {
    td.textContent = '—';
    td.title = s.autoMs === undefined ? 'JS-only operation (AUTO answers with JS)' : auto?.error ?? 'not timed';
    return td;
  }
  // The paired estimate where the workload has one (bench/suite.mjs), else the plain ratio.
  const shown = shownAutoVsBest(s);
  td.innerHTML = '<span class="median"></span><span class="range"></span>';
  td.firstElementChild.textContent = typeof s.autoBeforeVsBest === 'number' ? `${r(s.autoBeforeVsBest)} → ${r(shown.value)}` : r(shown.value);
  td.lastElementChild.textContent = `AUTO ${formatMs(auto.medianMs)}${shown.paired ? '' : ', unpaired'}`;
  td.dataset.value = String(shown.value);
  td.dataset.paired = String(shown.paired);
  if (shown.value > 1.25) td.firstElementChild.classList.add('over'); // issue 17's target: at most 1.25× with the shipped thresholds
  const pairedText = shown.paired
    ? `paired: AUTO/${s.autoPairedWith} ${r(s.autoVsRoutePaired)} over ${s.autoPairs} pairs × route/best ${s.routePairedWith ? `${r(Math.max(1, s.routeVsBestPaired))} (paired with ${s.routePairedWith}: ${r(s.routeVsBestPaired)})` : r(s.autoChoiceVsBest)}; plain ratio of medians ${r(s.autoVsBest)}`
    : 'plain ratio of medians (no paired measurement)';
  td.title = `AUTO ran on ${s.autoRoutedTo ?? '?'} (${s.autoVariant ?? ''})${s.autoRoutedBefore ? `; with the shipped thresholds it went to ${s.autoRoutedBefore}` : ''}; ${pairedText}`;
  return td;
}

function fillTable(result, options) {
  headerRow(options);
  const rows = result.summary.map((s) => {
    const mine = result.results.filter((r) => r.id === s.id);
    const w = WORKLOADS.find((x) => x.id === s.id);
    const tr = document.createElement('tr');
    tr.dataset.id = s.id;
    tr.append(rowHeader(s.title, `${w?.operation ?? ''} · in+out ${formatBytes(s.ioBytes)}`));
    if (options.backends.includes('js')) tr.append(jsCell(mine.find((r) => r.backend === 'js'), mine.find((r) => r.backend === 'js-pure')));
    for (const v of options.variants) tr.append(timeCell(mine.find((r) => r.backend === 'wasm' && r.variant === v)));
    if (options.native) tr.append(timeCell(mine.find((r) => r.backend === 'native')));
    if (options.auto) tr.append(autoBestCell(s, mine.find((r) => r.backend === 'auto')));
    const speed = document.createElement('td');
    speed.className = 'num strong';
    speed.textContent = s.speedupVsJs ? `${s.speedupVsJs.toFixed(2)}×` : '—';
    const native = document.createElement('td');
    native.className = 'num';
    native.textContent = s.wasmVsNative ? `${s.wasmVsNative.toFixed(2)}×` : '—';
    native.title = s.wasmVsNative
      ? `WASM time / native C++ time${s.kernelVsNative ? `; the simd kernel alone (no copies, lastCallReport().kernelMs): ${s.kernelVsNative.toFixed(2)}×` : ''}`
      : 'native C++ timings come from the CLI (npx multilingual-wasm bench --native)';
    const guide = document.createElement('td');
    guide.className = 'num muted';
    guide.textContent = w?.guide ? `${w.guide.speedup}×` : '—';
    guide.title = w?.guide ? `the speedup over Python the guide expects for this workload` : '';
    const ok = mine.length > 0 && mine.every((r) => r.verified);
    const verified = document.createElement('td');
    verified.className = `num ${ok ? 'good' : 'bad'}`;
    verified.textContent = ok ? '✓' : '✗';
    verified.dataset.verified = String(ok);
    if (!ok) verified.title = mine.filter((r) => !r.verified).map((r) => `${r.backend} ${r.variant ?? ''}: ${r.error}`).join('\n');
    tr.append(speed, ...(options.native ? [native] : []), guide, verified);
    return tr;
  });
  $('results-body').replaceChildren(...rows);
  // The threads build's parallel efficiency on the threaded workloads (simd-threads and
  // simd both timed), as the CLI prints it; in the environment panel, below the charts,
  // so the table and charts keep their place.
  const scaling = formatScaling(result);
  $('scaling').textContent = scaling;
  $('scaling').hidden = scaling === '';
}

function setBusy(busy) {
  for (const fieldset of document.querySelectorAll('#controls fieldset')) fieldset.disabled = busy;
  $('run').disabled = busy;
  $('run').textContent = busy ? 'Running…' : 'Run benchmark';
  $('export-json').disabled = busy || !lastResult;
  $('export-csv').disabled = busy || !lastResult;
  document.querySelector('#controls').classList.toggle('busy', busy);
}

function run() {
  const options = selectedOptions();
  const table = $('results');
  if (!options.workloads.length || !options.backends.length) {
    $('progress-label').textContent = 'Pick at least one workload and one backend.';
    return;
  }
  table.dataset.complete = 'false';
  placeholderRows(options);
  setBusy(true);
  const progress = $('progress');
  progress.value = 0;
  $('progress-label').textContent = 'Starting worker…';
  const worker = startWorker();
  const started = performance.now();
  worker.onmessage = ({ data }) => {
    if (data.type === 'ready') {
      worker.postMessage({ type: 'run', options, pageHasWebAssembly: typeof WebAssembly === 'object' });
    } else if (data.type === 'progress') {
      const { done, total, workload, phase } = data.progress;
      progress.max = total || 1;
      progress.value = done;
      const title = WORKLOADS.find((w) => w.id === workload)?.title ?? workload;
      $('progress-label').textContent = workload ? `${done}/${total} · ${title} · ${phase}` : `${done}/${total}${phase ? ` · ${phase}` : ''}`;
    } else if (data.type === 'done') {
      worker.terminate();
      showResult(data.result, data.jsHeap);
      progress.value = progress.max;
      $('progress-label').textContent = `Done in ${((performance.now() - started) / 1000).toFixed(1)} s`;
      table.dataset.complete = 'true';
      setBusy(false);
    } else if (data.type === 'error') {
      worker.terminate();
      $('progress-label').textContent = `Failed: ${data.message.split('\n')[0]}`;
      table.dataset.complete = 'error';
      setBusy(false);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    $('progress-label').textContent = `Worker failed to start: ${event.message ?? 'see the console'}`;
    table.dataset.complete = 'error';
    setBusy(false);
  };
}

// Classic, not module: see suite-worker.js (the threads build loads with importScripts).
const startWorker = () => new Worker(new URL('./suite-worker.js', import.meta.url));

/**
 * Which of the variants this engine could run load in the suite's worker. The page's own
 * status says what the page gets; the worker is a different global, so it is asked.
 */
function probeWorker(st) {
  const wanted = [];
  if (st.variant === 'simd-threads') wanted.push('simd-threads');
  if (st.features?.simd) wanted.push('simd');
  if (st.features?.mvp) wanted.push('baseline');
  if (st.backend !== 'wasm' || !wanted.length) return Promise.resolve({ wanted, unavailable: {} });
  return new Promise((resolve) => {
    const worker = startWorker();
    const finish = (unavailable) => {
      worker.terminate();
      resolve({ wanted, unavailable });
    };
    worker.onmessage = ({ data }) => {
      if (data.type === 'ready') worker.postMessage({ type: 'probe', variants: wanted, pageHasWebAssembly: true });
      else if (data.type === 'probed') finish(data.unavailable);
      else if (data.type === 'error') finish(Object.fromEntries(wanted.map((v) => [v, data.message.split('\n')[0]])));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(Object.fromEntries(wanted.map((v) => [v, `the suite's worker failed to start: ${event.message ?? 'see the console'}`])));
    };
  });
}

/** Which columns a saved document needs: its backends, WASM variants, native results. */
function optionsOf(result) {
  const backends = [...new Set(result.results.map((r) => r.backend))];
  const variants = [...new Set(result.results.filter((r) => r.backend === 'wasm').map((r) => r.variant))];
  return { backends, variants, native: backends.includes('native'), auto: backends.includes('auto') };
}

/** Show a SuiteResult: from a run here, or a JSON file saved by this page or the CLI. */
function showResult(result, jsHeap) {
  lastResult = result;
  const options = optionsOf(result);
  fillTable(result, options);
  drawCharts(charts, result, { variants: options.variants, jsHeap });
  $('jsheap-note').textContent = jsHeap
    ? 'JS heap: performance.memory in the suite’s worker.'
    : 'JS heap: not exposed to workers by this browser (performance.memory).';
  $('env').textContent = JSON.stringify(result.environment, null, 2);
  showCalibration(result);
  showPeers(result.peers);
}

const WHO = { native: 'platform / best native', 'ours-native': 'ours, native', ours: 'ours', peer: 'peer' };

/** The peers table of a run here (or of a CLI document run with --peers). */
function showPeers(doc) {
  const box = $('peers-box');
  box.hidden = !doc;
  if (!doc) return;
  $('peers-notes').replaceChildren(...doc.notices.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  let last = null;
  $('peers-body').replaceChildren(...doc.rows.map((r) => {
    const tr = document.createElement('tr');
    tr.dataset.id = r.id;
    tr.dataset.role = r.role;
    tr.dataset.verified = String(r.verified);
    const ratio = r.vsOurs === null ? '—' : `${r.vsOurs >= 10 ? r.vsOurs.toFixed(0) : r.vsOurs.toFixed(2)}×`;
    const cells = [
      r.id === last ? '' : r.title,
      WHO[r.role] ?? r.role,
      `${r.library}${r.what ? `: ${r.what}` : ''}`,
      String(r.threads ?? ''),
      r.medianMs === null ? '—' : `${formatMs(r.medianMs)} (${formatRange(r.minMs, r.maxMs)})`,
      ratio,
      r.verified ? 'ok' : `FAILED: ${r.error ?? 'not timed'}`,
    ];
    last = r.id;
    for (const text of cells) tr.append(Object.assign(document.createElement('td'), { textContent: text }));
    return tr;
  }));
}

/** A run that calibrated AUTO: show the thresholds and keep them for this page (localStorage). */
function showCalibration(result) {
  const box = $('calibration');
  box.hidden = !result.calibration;
  if (!result.calibration) return;
  const { thresholds, thresholdsBefore, ms, budgetMs, engineKey } = result.calibration;
  $('calibration-summary').textContent = `${engineKey ?? '?'} in ${formatMs(ms)} (budget ${budgetMs} ms; before: ${thresholdsBefore})`;
  $('calibration-json').textContent = JSON.stringify(result.calibration, null, 2);
  try {
    localStorage.setItem('mlw-thresholds', JSON.stringify(thresholds));
  } catch {
    // storage blocked (private mode, a sandboxed frame): shown, not kept
  }
}

async function openFile(file) {
  try {
    const result = JSON.parse(await file.text());
    if (result?.schema !== 'multilingual-wasm-bench/1' || !Array.isArray(result.results) || !Array.isArray(result.summary)) {
      throw new Error('not a multilingual-wasm-bench/1 document');
    }
    showResult(result, null);
    $('results').dataset.complete = 'true';
    $('progress-label').textContent = `Showing ${file.name} (${result.environment?.engine ?? 'unknown engine'})`;
    setBusy(false);
  } catch (error) {
    $('progress-label').textContent = `Cannot open ${file.name}: ${error.message}`;
  }
}

async function main() {
  charts = createCharts();
  const st = await showStatus();
  buildControls(st, await probeWorker(st));
  headerRow(selectedOptions());
  $('controls').addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
  $('export-json').addEventListener('click', () => download(`mlw-bench-${stamp()}.json`, 'application/json', toJson(lastResult)));
  $('export-csv').addEventListener('click', () => download(`mlw-bench-${stamp()}.csv`, 'text/csv', toCsv(lastResult)));
  $('open-json').addEventListener('change', (event) => {
    const [file] = event.target.files;
    if (file) openFile(file);
    event.target.value = '';
  });
  $('run').disabled = false;
  if (params.get('autorun') === '1') run();
}

main();
