// The charts (Chart.js, loaded as a classic script from the local copy: global Chart):
// speedup, time and memory, each as horizontal bars with the workload names as labels,
// the guide's workloads and the size sweeps in separate charts. Canvases live in
// fixed-height boxes and are created empty on load, so filling them after a run moves
// nothing on the page.
/* global Chart */

export const SERIES_COLORS = {
  js: '#8a8f98',
  'js-pure': '#c9ccd1',
  baseline: '#2a9d8f',
  simd: '#654ff0',
  'simd-threads': '#e76f51',
  native: '#3a86ff',
  heap: '#654ff0',
  io: '#f4a261',
  jsHeap: '#8a8f98',
};

const css = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function themeDefaults() {
  Chart.defaults.color = css('--muted') || '#555';
  Chart.defaults.borderColor = css('--grid') || '#ddd';
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
}

const BYTES = ['B', 'KB', 'MB', 'GB'];
export function formatBytes(n) {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  let i = 0;
  while (n >= 1024 && i < BYTES.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n >= 100 || i === 0 ? n.toFixed(0) : n.toFixed(1)} ${BYTES[i]}`;
}

export const formatMs = (ms) =>
  ms === null || ms === undefined ? '—' : ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`;

function logAxis(title, tick, extra = {}, steps = [1, 2, 5]) {
  return {
    type: 'logarithmic',
    title: { display: true, text: title },
    // Label only 1-2-5 steps (or decades): the default log ticks crowd a short axis.
    ticks: {
      maxRotation: 0,
      callback: (v) => {
        const m = v / 10 ** Math.floor(Math.log10(v));
        return steps.some((k) => Math.abs(m - k) < 1e-9) ? tick(Number(v.toPrecision(3))) : '';
      },
    },
    ...extra,
  };
}

// The 1× line of the speedup charts: left of it WASM is slower than JS, right of it faster.
const oneLine = {
  id: 'mlwOneLine',
  afterDatasetsDraw(chart, _args, options) {
    if (!options.enabled) return;
    const { ctx, chartArea, scales } = chart;
    const x = scales.x.getPixelForValue(1);
    if (!(x >= chartArea.left && x <= chartArea.right)) return;
    ctx.save();
    ctx.strokeStyle = css('--text') || '#222';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top);
    ctx.lineTo(x, chartArea.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    // The label on a card-coloured patch, on whichever side of the line has room.
    const label = '1× = as fast as JS';
    ctx.font = `600 11px ${Chart.defaults.font.family}`;
    const width = ctx.measureText(label).width;
    const left = x + 4 + width <= chartArea.right ? x + 4 : x - 4 - width;
    ctx.fillStyle = css('--card') || '#fff';
    ctx.fillRect(left - 2, chartArea.top + 1, width + 4, 14);
    ctx.fillStyle = css('--text') || '#222';
    ctx.textAlign = 'left';
    ctx.fillText(label, left, chartArea.top + 12);
    ctx.restore();
  },
};

// Horizontal bars: workload names are the labels of the vertical axis (readable at any
// width, no rotation); values on the horizontal, logarithmic axis; every series' value
// for the workload under the pointer in the tooltip.
function makeChart(canvas, xAxis, tooltipValue, { one = false } = {}) {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [] },
    plugins: [oneLine],
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', axis: 'y', intersect: false },
      scales: {
        x: { position: 'top', ...xAxis },
        y: { ticks: { autoSkip: false, crossAlign: 'far', callback: shortLabel } },
      },
      plugins: {
        mlwOneLine: { enabled: one },
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.parsed.x === null ? '—' : tooltipValue(c.parsed.x)}` } },
      },
    },
  });
}

// Long titles wrap onto two lines at a word boundary instead of eating the plot.
function shortLabel(value) {
  const text = String(this.getLabelForValue(value));
  const limit = window.innerWidth < 560 ? 16 : 26;
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : text;
}

const CHARTS = {
  speedup: { axis: () => logAxis('× faster than JS', (v) => `${v}×`, { suggestedMin: 0.1, suggestedMax: 10 }), value: (v) => `${v.toFixed(2)}×`, one: true },
  time: { axis: () => logAxis('median ms', (v) => `${v}`), value: formatMs },
  memory: { axis: () => logAxis('bytes', formatBytes, {}, [1]), value: formatBytes },
};

/** Per measure, two charts: the guide's (and extra) workloads, and the size sweeps apart. */
export function createCharts() {
  themeDefaults();
  const charts = {};
  for (const [name, spec] of Object.entries(CHARTS)) {
    charts[name] = {
      main: makeChart(document.getElementById(`chart-${name}`), spec.axis(), spec.value, spec),
      sweep: makeChart(document.getElementById(`chart-${name}-sweep`), spec.axis(), spec.value, spec),
    };
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    themeDefaults();
    for (const pair of Object.values(charts)) {
      for (const c of Object.values(pair)) {
        c.options.scales.x.ticks.color = Chart.defaults.color;
        c.options.scales.y.ticks.color = Chart.defaults.color;
        c.update();
      }
    }
  });
  return charts;
}

function setData(chart, labels, datasets) {
  chart.data.labels = labels;
  chart.data.datasets = datasets.map((d) => ({
    backgroundColor: SERIES_COLORS[d.key] ?? '#999',
    borderRadius: 2,
    maxBarThickness: 14,
    categoryPercentage: 0.85,
    barPercentage: 0.95,
    ...d,
  }));
  chart.update();
  // How many bars were drawn (non-null values only).
  return datasets.reduce((n, d) => n + d.data.filter((v) => v !== null && v > 0).length, 0);
}

/** Fills both charts of a measure; `series(rows)` gives the datasets for those summary rows. */
function fillPair(pair, summary, series) {
  const main = summary.filter((s) => s.group !== 'sweep');
  const sweeps = summary.filter((s) => s.group === 'sweep');
  const mainBars = setData(pair.main, main.map((s) => s.title), series(main));
  const sweepBars = setData(pair.sweep, sweeps.map((s) => s.title.replace(/^sweep:\s*/, '')), series(sweeps));
  // Bars drawn (tests and screen readers): the sweeps' box its own, the main box the
  // measure's total over both charts.
  const sweepBox = pair.sweep.canvas.closest('.chart-box');
  pair.main.canvas.closest('.chart-box').dataset.bars = String(mainBars + sweepBars);
  sweepBox.dataset.bars = String(sweepBars);
  sweepBox.hidden = sweeps.length === 0;
}

/** Fill every chart from a SuiteResult (and the worker's JS-heap samples, if any). */
export function drawCharts(charts, result, { variants, jsHeap }) {
  const find = (id, backend, variant) =>
    result.results.find((r) => r.id === id && r.backend === backend && (variant === undefined || r.variant === variant) && r.verified);

  fillPair(charts.speedup, result.summary, (rows) =>
    variants.map((v) => ({
      key: v,
      label: `WASM ${v}`,
      data: rows.map(({ id }) => {
        const js = find(id, 'js');
        const w = find(id, 'wasm', v);
        return js && w && w.medianMs > 0 ? js.medianMs / w.medianMs : null;
      }),
    })),
  );

  const timeSeries = [
    { key: 'js', label: 'JS', backend: 'js' },
    { key: 'js-pure', label: 'pure JS', backend: 'js-pure' },
    ...variants.map((v) => ({ key: v, label: `WASM ${v}`, backend: 'wasm', variant: v })),
    { key: 'native', label: 'native C++', backend: 'native' },
  ];
  fillPair(charts.time, result.summary, (rows) =>
    timeSeries
      .map((s) => ({ key: s.key, label: s.label, data: rows.map(({ id }) => find(id, s.backend, s.variant)?.medianMs ?? null) }))
      .filter((d) => d.data.some((v) => v !== null)),
  );

  fillPair(charts.memory, result.summary, (rows) => {
    const memory = [
      { key: 'heap', label: 'peak WASM heap', data: rows.map((s) => s.peakHeapBytes || null) },
      { key: 'io', label: 'input + output', data: rows.map((s) => s.ioBytes || null) },
    ];
    if (jsHeap) memory.push({ key: 'jsHeap', label: 'JS heap (performance.memory)', data: rows.map(({ id }) => jsHeap[id] ?? null) });
    return memory;
  });
}
