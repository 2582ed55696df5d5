// memoryPages / maxMemoryPages, jobs that do not fit, allocation failure inside a
// kernel, and inputs of 100 MB and 100 000 levels of nesting on both backends.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendSelector, MultilingualWasmError, WasmMemoryError } from 'multilingual-wasm';
import * as kit from '../../bench/checks.mjs';
import { operations } from '../../js/registry/index.js';

const { DEEP, MB100, big } = kit;
const PAGE = 65536;
const MiB = 1 << 20;
const selectors = [];
/** How many heaps status().memory counts: simd-threads keeps the simd one too, for one-thread calls. */
const heaps = (s) => (s.status().variant === 'simd-threads' ? 2 : 1);
async function make(config) {
  // warmUp([]): with threads, the simd-threads instance takes over from simd once its
  // workers are up; wait for it, so a test's heap readings all come from one instance.
  const s = await (await BackendSelector.create(config)).warmUp([]);
  selectors.push(s);
  return s;
}
afterAll(() => selectors.forEach((s) => s.dispose()));

const ops = new BackendSelector({ preferBackend: 'js' }).listOperations();
/** The row's largeInput: valid arguments of about `bytes` bytes (js/registry/*.js). */
const largeInput = (name, bytes) => operations.get(name).largeInput(bytes, kit);
const present = new Set(ops.map((op) => op.name));
let js;
beforeAll(async () => {
  js = await make({ preferBackend: 'js' });
});

/**
 * Deep equality without recursion (results can be nested 100 000 deep) and with typed
 * arrays compared as bytes (toEqual walks large ones element by element, for seconds).
 * Returns the path of the first difference, or null.
 */
function firstDifference(got, want) {
  const bytes = (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  const stack = [[got, want, '$']];
  while (stack.length) {
    const [a, b, path] = stack.pop();
    if (Object.is(a, b)) continue;
    if (ArrayBuffer.isView(b)) {
      if (!ArrayBuffer.isView(a) || a.constructor !== b.constructor || !bytes(a).equals(bytes(b))) return path;
      continue;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return path;
    if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return path;
    if (a instanceof Map) {
      if (a.size !== b.size) return path;
      for (const [k, v] of b) stack.push([a.get(k), v, `${path}.get(${String(k)})`]);
      continue;
    }
    const keys = Object.keys(b);
    if (Object.keys(a).length !== keys.length) return path;
    for (const k of keys) stack.push([a[k], b[k], `${path}.${k}`]);
  }
  return null;
}
const expectSame = (got, want) => expect(firstDifference(got, want), 'first difference at').toBeNull();

describe('memoryPages', () => {
  it.each([64, 65, 256, 1024])('memoryPages %i loads and the heap starts at memoryPages x 64 KiB', async (pages) => {
    const s = await make({ memoryPages: pages, maxMemoryPages: Math.max(pages, 512) });
    expect(s.backend).toBe('wasm');
    expect(s.status().memory).toMatchObject({ heapBytes: pages * PAGE * heaps(s), maxBytes: Math.max(pages, 512) * PAGE });
    // Nothing but the runtime's own bookkeeping (the threads build keeps a few hundred bytes).
    expect(s.status().memory.bytes).toBeLessThan(4096);
  });

  it('the default is 64 pages (4 MiB) growable to 32768 (2 GiB)', async () => {
    const s = await make();
    expect(s.status().memory).toMatchObject({ heapBytes: 64 * PAGE * heaps(s), maxBytes: 32768 * PAGE });
  });

  it('the heap grows for a large job, up to maxMemoryPages and no further', async () => {
    const s = await make({ preferBackend: 'wasm', memoryPages: 64, maxMemoryPages: 512 });
    const baseline = s.status().memory.bytes;
    const args = largeInput('data_sort', 8 * MiB);
    expectSame(s.callFunction('data_sort', ...args), js.callFunction('data_sort', ...args));
    const { heapBytes, maxBytes, bytes, peakBytes } = s.status().memory;
    expect(heapBytes).toBeGreaterThan(8 * MiB);
    expect(heapBytes).toBeLessThanOrEqual(maxBytes);
    expect(bytes).toBe(baseline);
    expect(peakBytes).toBeGreaterThanOrEqual(0);
  });
});

describe('resetPeakMemory', () => {
  it('starts a new high-water mark: a later small job shows its own peak, not an earlier large one', async () => {
    const s = await make({ preferBackend: 'wasm', threads: false });
    const args = largeInput('data_sort', 8 * MiB);
    s.callFunction('data_sort', ...args);
    const { peakBytes: bigPeak, bytes } = s.status().memory;
    expect(bigPeak).toBeGreaterThan(8 * MiB);
    s.resetPeakMemory();
    expect(s.status().memory.peakBytes).toBe(bytes);
    s.callFunction('data_sort', new Float64Array(1000).map((_, i) => (i * 7919) % 1000));
    const small = s.status().memory.peakBytes - bytes;
    expect(small).toBeGreaterThanOrEqual(8000); // the 1000 doubles went through the heap
    expect(small).toBeLessThan(MiB);
  });

  it('is harmless without WASM', async () => {
    const s = await make({ preferBackend: 'js' });
    s.resetPeakMemory();
    expect(s.status().memory.peakBytes).toBe(0);
  });
});

describe('a job that does not fit under maxMemoryPages', () => {
  const LIMIT_PAGES = 64; // 4 MiB, of which the stack and static data take about 1 MiB
  // numeric_ and science_ larger inputs mean more work, not more heap: nothing to overflow.
  const wasmOps = ops.filter((op) => op.wasm && !/^(numeric|science)_/.test(op.name));
  // These copy their whole input into the heap, so 8 MiB cannot fit in 4. An operation
  // that streams its input through a fixed buffer (crypto_xor: 1 MiB chunks; crypto_sha256:
  // 64 KiB pieces through a static scratch area) fits, and the right answer is then the
  // right outcome (STREAMS: it must fit).
  const MUST_FAIL = new Set(['data_sort', 'search_binary', 'search_linear', 'search_contains']);
  const STREAMS = new Set(['crypto_xor_encrypt', 'crypto_xor_decrypt', 'crypto_sha256']);

  it.each(wasmOps.map((op) => [op.name]))(
    "%s: WasmMemoryError under 'wasm' naming need, limit and option; JS answer under 'auto'; still usable",
    async (name) => {
      const args = largeInput(name, 8 * MiB);
      const want = js.callFunction(name, ...args);
      const tight = await make({ preferBackend: 'wasm', memoryPages: LIMIT_PAGES, maxMemoryPages: LIMIT_PAGES });
      const before = tight.status().memory.bytes;
      let error = null;
      try {
        expectSame(tight.callFunction(name, ...args), want);
      } catch (e) {
        error = e;
      }
      if (STREAMS.has(name)) expect(error).toBeNull();
      if (MUST_FAIL.has(name) || error) {
        expect(error).toBeInstanceOf(WasmMemoryError);
        expect(error.message).toMatch(
          new RegExp(`^${name}: needs \\d+\\.\\d MiB more WebAssembly heap but the limit is 4\\.0 MiB; raise the 'maxMemoryPages' option \\(64 KiB pages, at least \\d+ more\\)`),
        );
        expect(error).toMatchObject({ operation: name, limitBytes: LIMIT_PAGES * PAGE, option: 'maxMemoryPages' });
        expect(error.neededBytes).toBeGreaterThan(0);
      }
      expect(tight.status().memory.bytes).toBe(before);
      expect(tight.status().memory.heapBytes).toBeLessThanOrEqual(heaps(tight) * LIMIT_PAGES * PAGE);
      // The instance stays usable: a reference call on WASM right after.
      const { sample } = operations.get(name);
      expect(tight.callFunction(name, ...sample())).toEqual(js.callFunction(name, ...sample()));
      expect(tight.lastCallReport().backend).toBe('wasm');

      const tightAuto = await make({ memoryPages: LIMIT_PAGES, maxMemoryPages: LIMIT_PAGES });
      expectSame(tightAuto.callFunction(name, ...args), want);
      // AUTO may not even try WASM for this size (thresholds.json); if it does, it says why JS answered.
      const report = tightAuto.lastCallReport();
      if (error && !report.reason.startsWith('below-threshold')) {
        expect(report).toMatchObject({ backend: 'js', reason: expect.stringMatching(/^wasm-memory: .*'maxMemoryPages'.*; answered by JS(; js: [^;]+)?$/) });
      }
      expect(tightAuto.backend).toBe('wasm'); // a memory error is no reason to rebuild or give up WASM
    },
  );
});

describe('allocation failure inside a kernel', () => {
  it('data_sort: the radix scratch cannot be had although the input fits -> WasmMemoryError, heap restored, no abort', async () => {
    const s = await make({ preferBackend: 'wasm', memoryPages: 64, maxMemoryPages: 64 });
    const baseline = s.status().memory.bytes;
    // Find an input that fits in the heap (search_linear only copies it in) while the
    // sort's equally large scratch buffer does not.
    let found = null;
    for (let mib = 0.5; mib <= 3.5 && !found; mib += 0.125) {
      const array = largeInput('data_sort', Math.floor((mib * MiB) / 8) * 8)[0];
      let sortFailed = false;
      try {
        s.callFunction('data_sort', array);
      } catch (error) {
        expect(error).toBeInstanceOf(WasmMemoryError);
        sortFailed = true;
      }
      if (!sortFailed) continue;
      let copyFits = true;
      try {
        s.callFunction('search_linear', array, 1e9);
      } catch (error) {
        expect(error).toBeInstanceOf(WasmMemoryError);
        copyFits = false;
      }
      if (copyFits) found = array;
    }
    expect(found, 'an input that is copied in but cannot be sorted').not.toBeNull();
    expect(s.status().memory.bytes).toBe(baseline);
    // Still a working instance: the same array on a bigger heap, and small sorts here.
    const roomy = await make({ preferBackend: 'wasm', memoryPages: 64, maxMemoryPages: 256 });
    expectSame(roomy.callFunction('data_sort', found), found.slice().sort());
    for (let i = 0; i < 3; i++) expect(Array.from(s.callFunction('data_sort', new Int32Array([5, -3, 9, 0])))).toEqual([-3, 0, 5, 9]);
    const auto = await make({ memoryPages: 64, maxMemoryPages: 64 });
    expectSame(auto.callFunction('data_sort', found), found.slice().sort());
    expect(auto.lastCallReport().reason).toMatch(/^wasm-memory: data_sort: needs/);
  });
});

// ---------------------------------------------------------------- huge inputs
// 100 MB strings and 100 000 levels of nesting. What each operation must do, on each
// backend: `expect` checks the JS answer; the WASM answer must equal it, except that a
// WasmMemoryError is acceptable on WASM where `wasmMayNotFit` (never a trap, never a
// crash, never another answer). `errorOk` lists inputs where a documented limit may
// reject the input instead, with a package error (never a RangeError from a stack).
const deepArray = () => '['.repeat(DEEP) + ']'.repeat(DEEP);
const deepObject = () => '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP);
function depth(value, step) {
  let d = 0;
  for (let v = value; v !== undefined && typeof v === 'object'; v = step(v)) d++;
  return d;
}
const HUGE = [
  { op: 'crypto_xor_encrypt', what: '100 MB string data', args: () => [big(), 'key'], expect: (r) => r.length === MB100 && r[0] === (0x61 ^ 0x6b) },
  { op: 'crypto_xor_decrypt', what: '100 MB string key', args: () => ['short data', big()], expect: (r) => r.length === 10 },
  { op: 'search_contains', what: '100 MB text, absent pattern', args: () => [big(), 'ab'], expect: (r) => r === false },
  { op: 'search_contains', what: '100 MB text, pattern at the end', args: () => [big() + 'b', 'aab'], expect: (r) => r === true },
  { op: 'search_contains', what: '100 MB pattern, short text', args: () => ['aaa', big()], expect: (r) => r === false },
  { op: 'data_sort', what: 'a 100 MB string among short ones', args: () => [['b', big(), 'a']], expect: (r) => r[0] === 'a' && r[1].length === MB100 && r[2] === 'b' },
  { op: 'json_parse', what: '100 MB string literal', args: () => ['"' + big() + '"'], expect: (r) => r.length === MB100 },
  { op: 'json_parse', what: '100 MB of whitespace around a number', args: () => [' '.repeat(MB100 / 2) + '42' + ' '.repeat(MB100 / 2)], expect: (r) => r === 42 },
  { op: 'json_parse', what: 'arrays nested 100 000 deep', args: () => [deepArray()], expect: (r) => depth(r, (v) => v[0]) === DEEP },
  { op: 'json_parse', what: 'objects nested 100 000 deep', args: () => [deepObject()], expect: (r) => depth(r, (v) => v.a) === DEEP },
  { op: 'json_stringify', what: '100 MB string', args: () => [big()], expect: (r) => r.length === MB100 + 2 },
  {
    op: 'json_stringify',
    what: 'arrays nested 100 000 deep (JSON.stringify itself overflows its stack here)',
    args: () => [JSON.parse(deepArray())],
    expect: (r) => r === deepArray(),
    errorOk: true,
  },
  { op: 'string_reverse', what: '100 MB string', args: () => [big()], expect: (r) => r === big() },
  { op: 'string_is_palindrome', what: '100 MB string', args: () => [big()], expect: (r) => r === true },
  { op: 'string_frequency', what: '100 MB string', args: () => [big()], expect: (r) => (r instanceof Map ? r.get('a') : r.a) === MB100 },
  { op: 'string_longest_substring', what: '100 MB string', args: () => [big(), 'a'], expect: (r) => r === MB100 },
  { op: 'crypto_hash', what: '100 MB string', args: () => [big()], expect: (r) => Number.isInteger(r) && r >= 0 && r < 2 ** 32 },
  { op: 'crypto_sha256', what: '100 MB string', args: () => [big()], expect: (r) => r === createHash('sha256').update(big()).digest('hex') },
  // The expression grammar may document a length limit (an InvalidArgumentError naming it).
  { op: 'science_integrate', what: 'expression padded to 100 MB', args: () => ['x' + ' '.repeat(MB100), 0, 1, 2], expect: (r) => Math.abs(r - 0.5) < 1e-12, errorOk: true },
  {
    op: 'science_integrate',
    what: 'expression nested 100 000 parentheses deep',
    args: () => ['('.repeat(DEEP) + 'x' + ')'.repeat(DEEP), 0, 1, 2],
    expect: (r) => Math.abs(r - 0.5) < 1e-12,
    errorOk: true,
  },
].map((c) => ({ wasmMayNotFit: true, errorOk: false, ...c }));

describe('100 MB strings and 100 000-deep nesting on both backends', () => {
  let wasm;
  let baseline;
  beforeAll(async () => {
    wasm = await make({ preferBackend: 'wasm' });
    baseline = wasm.status().memory.bytes;
  });

  for (const c of HUGE) {
    it.skipIf(!present.has(c.op))(`${c.op}: ${c.what}${c.errorOk ? ' (or a documented limit)' : ''}`, () => {
      const args = c.args();
      const outcome = (selector) => {
        try {
          return { result: selector.callFunction(c.op, ...args) };
        } catch (error) {
          expect(error, `${error?.name}: ${error?.message}`).toBeInstanceOf(MultilingualWasmError);
          return { error };
        }
      };
      const fromJs = outcome(js);
      if (fromJs.error) expect(c.errorOk, `JS: ${fromJs.error.message}`).toBe(true);
      else expect(c.expect(fromJs.result), 'the JS answer').toBe(true);
      const fromWasm = outcome(wasm);
      if (fromWasm.error instanceof WasmMemoryError && c.wasmMayNotFit) return;
      if (fromJs.error) {
        expect(fromWasm.error?.message).toBe(fromJs.error.message);
      } else {
        expect(fromWasm.error?.message).toBeUndefined();
        expectSame(fromWasm.result, fromJs.result);
      }
      expect(wasm.status().memory.bytes).toBe(baseline);
    });
  }
});
