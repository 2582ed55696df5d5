// The three charts (Chart.js, loaded as a classic script from the local copy: global Chart).
// Canvases live in fixed-height boxes and are created empty on load, so filling them
// after a run moves nothing on the page.
/* global Chart */

export const SERIES_COLORS = {
  js: '#8a8f98',
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

function logAxis(title, tick, extra = {}) {
  return {
    type: 'logarithmic',
    title: { display: true, text: title },
    // Label only 1-2-5 steps: the default log ticks crowd a short axis.
    ticks: {
      callback: (v) => {
        const m = v / 10 ** Math.floor(Math.log10(v));
        return [1, 2, 5].some((k) => Math.abs(m - k) < 1e-9) ? tick(Number(v.toPrecision(3))) : '';
      },
    },
    ...extra,
  };
}

function makeChart(id, yAxis, tooltipValue) {
  return new Chart(document.getElementById(id), {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { ticks: { autoSkip: false, maxRotation: 40 } }, y: yAxis },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${tooltipValue(c.parsed.y)}` } },
      },
    },
  });
}

export function createCharts() {
  themeDefaults();
  const charts = {
    speedup: makeChart(
      'chart-speedup',
      logAxis('× faster than JS', (v) => `${v}×`, {
        suggestedMin: 0.5,
        suggestedMax: 4,
        // The 1× line separates faster from slower than JS.
        grid: { color: (c) => (c.tick?.value === 1 ? css('--muted') : Chart.defaults.borderColor), lineWidth: (c) => (c.tick?.value === 1 ? 1.5 : 1) },
      }),
      (v) => `${v.toFixed(2)}×`,
    ),
    time: makeChart('chart-time', logAxis('median ms', (v) => `${v}`), formatMs),
    memory: makeChart('chart-memory', logAxis('bytes', formatBytes), formatBytes),
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    themeDefaults();
    for (const c of Object.values(charts)) {
      c.options.scales.x.ticks.color = Chart.defaults.color;
      c.update();
    }
  });
  return charts;
}

function setData(chart, labels, datasets) {
  chart.data.labels = labels;
  chart.data.datasets = datasets.map((d) => ({
    backgroundColor: SERIES_COLORS[d.key] ?? '#999',
    borderRadius: 3,
    maxBarThickness: 42,
    ...d,
  }));
  chart.update();
  // How many bars were drawn (tests and screen readers): non-null values only.
  const bars = datasets.reduce((n, d) => n + d.data.filter((v) => v !== null && v > 0).length, 0);
  chart.canvas.parentElement.dataset.bars = String(bars);
}

/** Fill every chart from a SuiteResult (and the worker's JS-heap samples, if any). */
export function drawCharts(charts, result, { variants, jsHeap }) {
  const ids = result.summary.map((s) => s.id);
  const labels = result.summary.map((s) => s.title);
  const find = (id, backend, variant) =>
    result.results.find((r) => r.id === id && r.backend === backend && (variant === undefined || r.variant === variant) && r.verified);
  const jsOf = (id) => find(id, 'js');

  setData(
    charts.speedup,
    labels,
    variants.map((v) => ({
      key: v,
      label: `WASM ${v}`,
      data: ids.map((id) => {
        const js = jsOf(id);
        const w = find(id, 'wasm', v);
        return js && w && w.medianMs > 0 ? js.medianMs / w.medianMs : null;
      }),
    })),
  );

  const timeSeries = [
    { key: 'js', label: 'JS', backend: 'js' },
    ...variants.map((v) => ({ key: v, label: `WASM ${v}`, backend: 'wasm', variant: v })),
    { key: 'native', label: 'native C++', backend: 'native' },
  ];
  setData(
    charts.time,
    labels,
    timeSeries
      .map((s) => ({ key: s.key, label: s.label, data: ids.map((id) => find(id, s.backend, s.variant)?.medianMs ?? null) }))
      .filter((d) => d.data.some((v) => v !== null)),
  );

  const memory = [
    { key: 'heap', label: 'peak WASM heap', data: result.summary.map((s) => s.peakHeapBytes || null) },
    { key: 'io', label: 'input + output', data: result.summary.map((s) => s.ioBytes || null) },
  ];
  if (jsHeap) memory.push({ key: 'jsHeap', label: 'JS heap (performance.memory)', data: ids.map((id) => jsHeap[id] ?? null) });
  setData(charts.memory, labels, memory);
}
