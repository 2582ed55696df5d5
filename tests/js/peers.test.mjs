// bench --peers (bench/peers.mjs): a peer's wrong answer is reported, a missing peer is
// skipped with a notice, the product check's tolerance catches a wrong entry.
// No timing assertions: speed is reported by `npm run bench:peers`, never asserted here.
import { describe, expect, it } from 'vitest';
import * as api from 'multilingual-wasm';
import { randomMatrix } from '../../bench/checks.mjs';
import { parseArgs } from '../../bench/cli.mjs';
import { formatPeers, matrixWithinBound, runPeers } from '../../bench/peers.mjs';

const hasWasm = (await api.BackendSelector.create({ preferBackend: 'wasm' })).isWasmAvailable();
const missing = (name) => Promise.reject(Object.assign(new Error(`Cannot find package '${name}'`), { code: 'ERR_MODULE_NOT_FOUND' }));

describe('bench --peers', () => {
  it('is an option of the CLI', () => {
    expect(parseArgs(['--peers', '--quick']).peers).toBe(true);
    expect(parseArgs([]).peers).toBe(false);
  });

  it('the product check accepts our own product and rejects one wrong entry', () => {
    const n = 40;
    const a = randomMatrix(n, n, 1);
    const b = randomMatrix(n, n, 2);
    const js = new api.BackendSelector({ preferBackend: 'js' });
    const c = js.callFunction('matrix_multiply', a, b).data;
    expect(matrixWithinBound(c, c, a.data, b.data, n, 2 ** -53)).toBeNull();
    const wrong = c.slice();
    wrong[n * 7 + 3] += 1e-6;
    expect(matrixWithinBound(wrong, c, a.data, b.data, n, 2 ** -53)).toMatch(/C\[7\]\[3\]/);
    // f32: an error far above the f32 bound is caught too.
    const c32 = Float32Array.from(c);
    c32[5] += 0.05;
    expect(matrixWithinBound(c32, c, a.data, b.data, n, 2 ** -24)).toMatch(/C\[0\]\[5\]/);
  });

  it.skipIf(!hasWasm)('times and checks the installed peers; a missing one is skipped with a notice', async () => {
    const notices = [];
    const doc = await runPeers({
      api, quick: true, only: ['peers-sha256-1kb', 'peers-hash-1kb', 'peers-matmul-f64'],
      importer: (name) => (name === 'hash-wasm' ? import(name) : missing(name)),
      notice: (t) => notices.push(t),
    });
    expect(notices.some((t) => t.includes('ml-matrix') && t.includes('skipped'))).toBe(true);
    expect(doc.rows.some((r) => r.library.startsWith('ml-matrix'))).toBe(false);
    const sha = doc.rows.filter((r) => r.id === 'peers-sha256-1kb');
    expect(sha.map((r) => r.role)).toEqual(expect.arrayContaining(['ours', 'peer', 'native']));
    for (const r of doc.rows) expect(r, `${r.id} ${r.library}: ${r.error}`).toMatchObject({ verified: true });
    expect(formatPeers(doc)).toContain('hash-wasm');
  });

  it.skipIf(!hasWasm)('a peer that answers wrong is reported as failed, never hidden', async () => {
    const liar = async () => ({ init() {}, update() {}, digest: () => '00'.repeat(32) });
    const fake = { createSHA256: liar, createXXHash32: liar, createXXHash64: liar, createXXHash3: liar, createCRC32: liar };
    const doc = await runPeers({
      api, quick: true, only: ['peers-sha256-1kb', 'peers-hash-1kb'],
      importer: (name) => (name === 'hash-wasm' ? Promise.resolve(fake) : missing(name)),
    });
    const peerRows = doc.rows.filter((r) => r.role === 'peer');
    expect(peerRows.length).toBe(5);
    for (const r of peerRows) {
      expect(r.verified).toBe(false);
      expect(r.error).toBeTruthy();
    }
    expect(doc.rows.filter((r) => r.role !== 'peer').every((r) => r.verified)).toBe(true);
    expect(formatPeers(doc)).toContain('FAILED');
  });
});
