// selector.callAsync: worker pool, time limits, error classes across the boundary,
// concurrency, and no worker keeping Node alive.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BackendSelector,
  InvalidArgumentError,
  MultilingualWasmError,
  TimeoutError,
  UnknownOperationError,
  WasmMemoryError,
  WasmUnavailableError,
} from 'multilingual-wasm';

// Horspool's worst case: every position matches the last byte and m-2 more before
// failing. About half a second on either backend here, far beyond the 50 ms limits.
// A call that takes well over 100 ms on every backend (F(40) by naive recursion: about
// 0.4 s on WASM, 1 s on JS). (A worst case for a byte search no longer is one: the JS
// backend searches bytes with Buffer#indexOf.)
const SLOW = 'numeric_fibonacci_recursive';
const SLOW_ARGS = [40];
const SLOW_ANSWER = 102334155;

const selectors = [];
async function make(config) {
  const s = await BackendSelector.create(config);
  selectors.push(s);
  return s;
}
afterAll(() => selectors.forEach((s) => s.dispose()));

let auto;
beforeAll(async () => {
  auto = await make();
});

describe('callAsync results', () => {
  it('equal callFunction results, on the backend the config asks for', async () => {
    for (const preferBackend of ['wasm', 'js']) {
      const s = await make({ preferBackend });
      const calls = [
        ['crypto_xor_encrypt', 'hello async', 'k3y'],
        ['data_sort', new Float64Array([3, -0, NaN, 0, -1])],
        ['data_sort', ['b', 'a', '\u{1F600}', '']],
        ['data_sort', [5, 1, 4]],
        ['search_binary', new Int32Array([1, 3, 3, 7]), 3],
        ['search_linear', [4, 2, 2], 2],
        ['search_contains', 'a needle in a haystack', 'needle'],
      ];
      for (const [name, ...args] of calls) {
        const got = await s.callAsync(name, ...args);
        expect(got).toEqual(s.callFunction(name, ...args));
        expect(s.lastCallReport()).toMatchObject({ operation: name, backend: preferBackend });
      }
      const report = (await s.callAsync('data_sort', [2, 1]), s.lastCallReport());
      expect(report.worker).toBe(true);
    }
  });

  it("never detaches the caller's buffers", async () => {
    const data = new Uint8Array(4096).fill(7);
    const out = await auto.callAsync('crypto_xor_encrypt', data, new Uint8Array([1]));
    expect(data.byteLength).toBe(4096);
    expect(data[0]).toBe(7);
    expect(out[0]).toBe(6);
  });

  it('1000 concurrent calls all return the right answers', async () => {
    const calls = Array.from({ length: 1000 }, (_, i) => {
      const data = new Uint8Array(64).map((_, j) => (i + j) & 255);
      return auto.callAsync('crypto_xor_encrypt', data, new Uint8Array([i & 255, 0x5a])).then((out) => [i, data, out]);
    });
    const results = await Promise.all(calls);
    for (const [i, data, out] of results) {
      const want = data.map((b, j) => b ^ (j % 2 === 0 ? i & 255 : 0x5a));
      expect(out).toEqual(want);
    }
    expect(auto.performanceStats('crypto_xor_encrypt').calls).toBeGreaterThanOrEqual(1000);
  });
});

describe('callAsync errors keep their class, message and fields', () => {
  it('InvalidArgumentError from validation in the worker', async () => {
    const sync = (() => {
      try {
        auto.callFunction('data_sort', [1, 'x']);
      } catch (error) {
        return error;
      }
    })();
    const error = await auto.callAsync('data_sort', [1, 'x']).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toBeInstanceOf(MultilingualWasmError);
    expect(error.name).toBe('InvalidArgumentError');
    expect(error.message).toBe(sync.message);
    expect(error.operation).toBe('data_sort');
    expect(error.argument).toBe('array');
  });

  it('WasmMemoryError with its numbers', async () => {
    const s = await make({ preferBackend: 'wasm', memoryPages: 256, maxMemoryPages: 256 });
    const big = new Float64Array(1 << 21); // 16 MiB: more than the whole heap
    const error = await s.callAsync('data_sort', big).catch((e) => e);
    expect(error).toBeInstanceOf(WasmMemoryError);
    // neededBytes is the shortfall (issue 10 item 10); the failed allocation is kept too.
    expect(error.allocationBytes).toBe(big.byteLength);
    expect(error.neededBytes).toBeGreaterThan(0);
    expect(error.neededBytes).toBeLessThanOrEqual(big.byteLength);
    expect(error.limitBytes).toBe(256 * 65536);
    expect(error.option).toBe('maxMemoryPages');
    expect(error.message).toMatch(/^data_sort: needs \d+\.\d MiB more WebAssembly heap/);
  });

  it('WasmUnavailableError with its reason', async () => {
    const nowhere = path.join(os.tmpdir(), 'mlw-no-such-dir', 'x.wasm');
    const s = await make({ preferBackend: 'wasm', wasmUrl: nowhere });
    const sync = (() => {
      try {
        s.callFunction('data_sort', [1]);
      } catch (error) {
        return error;
      }
    })();
    const error = await s.callAsync('data_sort', [1]).catch((e) => e);
    expect(error).toBeInstanceOf(WasmUnavailableError);
    expect(error.message).toBe(sync.message);
    expect(error.reason).toBe(sync.reason);
    expect(error.reason).toMatch(/^wasm-file-missing: .*mlw-no-such-dir/);
  });

  it('UnknownOperationError with suggestions', async () => {
    const error = await auto.callAsync('data_srot', [1]).catch((e) => e);
    expect(error).toBeInstanceOf(UnknownOperationError);
    expect(error.suggestions).toContain('data_sort');
  });

  it('JS-only operations (callbacks) reject with InvalidArgumentError instead of crossing', async () => {
    for (const [name, args] of [
      ['data_filter', [[1, 2], (x) => x > 1]],
      ['data_map', [[1], (x) => x]],
      ['data_reduce', [[1], (a, b) => a + b, 0]],
      ['data_group_by', [[{ k: 1 }], 'k']],
    ]) {
      const error = await auto.callAsync(name, ...args).catch((e) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(`${name}: takes JS callbacks, which cannot be sent to a worker; use callFunction for it`);
    }
  });

  it('arguments that cannot be cloned reject with InvalidArgumentError', async () => {
    // Where callFunction rejects the value itself, callAsync gives callFunction's error.
    const error = await auto.callAsync('data_sort', [() => 1]).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe("data_sort: 'array' element 0 is function; expected numbers or strings");
    // A value callFunction takes but a worker cannot receive (a Proxy of an array of arrays).
    const proxied = await auto.callAsync('matrix_transpose', new Proxy([[1, 2]], {})).catch((e) => e);
    expect(proxied).toBeInstanceOf(InvalidArgumentError);
    expect(proxied.message).toMatch(/^matrix_transpose: arguments cannot be sent to a worker \(/);
  });
});

describe('time limits', () => {
  const MARGIN_MS = 250; // message latency + timer jitter on a loaded 2-core machine

  for (const preferBackend of ['js', 'wasm']) {
    it(`timeoutMs 50 (config) on ${preferBackend}: TimeoutError within the margin, then a fresh worker answers`, async () => {
      const s = await make({ preferBackend, timeoutMs: 50 });
      // Pool started, without the 50 ms limit: a worker's first call includes its start-up.
      expect(await s.callAsync({ name: 'data_sort', timeoutMs: 0 }, [2, 1])).toEqual([1, 2]);
      const started = performance.now();
      const error = await s.callAsync(SLOW, ...SLOW_ARGS).catch((e) => e);
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ operation: SLOW, timeoutMs: 50 });
      expect(elapsed).toBeGreaterThanOrEqual(49);
      expect(elapsed).toBeLessThan(50 + MARGIN_MS);
      expect(await s.callAsync('crypto_xor_encrypt', 'ab', 'c')).toEqual(new Uint8Array([2, 1]));
      expect(await s.callAsync('search_contains', 'abc', 'bc')).toBe(true);
    });
  }

  it('the options form sets a limit for one call; other calls are unlimited', async () => {
    const error = await auto.callAsync({ name: SLOW, timeoutMs: 50 }, ...SLOW_ARGS).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await expect(auto.callAsync(SLOW, ...SLOW_ARGS)).resolves.toBe(SLOW_ANSWER);
    await expect(auto.callAsync({ name: 'search_contains', timeoutMs: -1 }, 'a', 'b')).rejects.toThrow(InvalidArgumentError);
  });

  it('a timeout only ends its own call: concurrent calls on other workers finish', async () => {
    const s = await make({ timeoutMs: 0 });
    const slow = s.callAsync({ name: SLOW, timeoutMs: 50 }, ...SLOW_ARGS);
    const quick = Array.from({ length: 20 }, (_, i) => s.callAsync('data_sort', [i, -i]));
    await expect(slow).rejects.toThrow(TimeoutError);
    expect(await Promise.all(quick)).toEqual(Array.from({ length: 20 }, (_, i) => [-i, i]));
  });
});

describe('dispose and process exit', () => {
  it('dispose() rejects running calls and later callAsync calls', async () => {
    const s = await BackendSelector.create();
    const running = s.callAsync(SLOW, ...SLOW_ARGS);
    await new Promise((r) => setTimeout(r, 100));
    s.dispose();
    await expect(running).rejects.toThrow(/disposed/);
    await expect(s.callAsync('data_sort', [1])).rejects.toThrow(/disposed/);
  });

  it('a bundle whose worker entry is missing rejects calls (no hang) and still answers callFunction', async () => {
    const lonely = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-noworker-'));
    const dist = new URL('../../dist/', import.meta.url);
    fs.copyFileSync(new URL('index.mjs', dist), path.join(lonely, 'index.mjs'));
    fs.cpSync(new URL('wasm', dist), path.join(lonely, 'wasm'), { recursive: true });
    const mod = await import(path.join(lonely, 'index.mjs'));
    const s = await mod.BackendSelector.create();
    const error = await s.callAsync('data_sort', [2, 1]).catch((e) => e);
    expect(error).toBeInstanceOf(mod.MultilingualWasmError);
    expect(error.message).toMatch(/^callAsync: the worker could not start/);
    expect(s.callFunction('data_sort', [2, 1])).toEqual([1, 2]);
    s.dispose();
  });

  // A worker left idle (no dispose) must not keep Node running: both module formats.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-async-'));
  const pkg = path.resolve(new URL('../..', import.meta.url).pathname);
  const scripts = {
    'esm.mjs': `import { BackendSelector } from ${JSON.stringify(path.join(pkg, 'dist/index.mjs'))};
      const s = new BackendSelector();
      const out = await s.callAsync('data_sort', [3, 1, 2]);
      console.log(JSON.stringify(out));`,
    'cjs.cjs': `const { BackendSelector } = require(${JSON.stringify(path.join(pkg, 'dist/index.cjs'))});
      const s = new BackendSelector();
      s.callAsync('data_sort', [3, 1, 2]).then((out) => console.log(JSON.stringify(out)));`,
  };
  it.each(Object.keys(scripts))('%s: Node exits by itself after callAsync without dispose()', (file) => {
    fs.writeFileSync(path.join(dir, file), scripts[file]);
    const started = Date.now();
    const r = spawnSync(process.execPath, [path.join(dir, file)], { encoding: 'utf8', timeout: 20000 });
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('[1,2,3]');
    expect(Date.now() - started).toBeLessThan(20000);
  });
});
