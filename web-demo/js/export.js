// Export a SuiteResult as JSON (exactly the CLI's --json document) or CSV (one line per
// result, with the environment repeated on each line so a row stands on its own).

// backend 'js' (jsPath: the platform's code it ran, if any) and 'js-pure' (the package's own JS beside it).
const RESULT_COLUMNS = ['id', 'title', 'operation', 'backend', 'variant', 'runs', 'medianMs', 'minMs', 'maxMs', 'verified', 'error', 'peakHeapBytes', 'inputBytes', 'outputBytes', 'routedTo', 'jsPath'];
// From the workload's summary, on AUTO's lines: AUTO / min(JS, AUTO's WASM variant), AUTO's
// route priced with the contestants' times, with a calibration the shipped route; then the
// paired estimate (bench/suite.mjs pairedRatios): AUTO/best and AUTO/route from alternating
// batches of AUTO and its route's contestant, the number of pairs and the route paired with.
const AUTO_COLUMNS = ['autoVsBest', 'autoChoiceVsBest', 'autoBeforeVsBest', 'autoVsBestPaired', 'autoVsRoutePaired', 'autoPairs', 'autoPairedWith', 'routeVsBestPaired', 'routePairedWith'];
const ENV_COLUMNS = ['engine', 'platform', 'cores', 'version', 'crossOriginIsolated', 'date', 'quick', 'thresholds'];

function cell(value) {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(result) {
  const env = result.environment ?? {};
  const summary = new Map((result.summary ?? []).map((s) => [s.id, s]));
  const lines = [[...RESULT_COLUMNS, ...AUTO_COLUMNS, ...ENV_COLUMNS.map((c) => `env.${c}`)].join(',')];
  for (const r of result.results) {
    const auto = r.backend === 'auto' ? summary.get(r.id) ?? {} : {};
    lines.push([...RESULT_COLUMNS.map((c) => cell(r[c])), ...AUTO_COLUMNS.map((c) => cell(auto[c])), ...ENV_COLUMNS.map((c) => cell(env[c]))].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function toJson(result) {
  return JSON.stringify(result, null, 2) + '\n';
}

/** Offer `text` as a file download (no server round trip; allowed by the page's CSP). */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
