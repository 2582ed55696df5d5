// The boundary against values that lie (issue: an airtight JS↔WASM boundary). One
// regression test per defect class, each on every backend and build variant: look-alike
// and Proxy typed arrays, getters that detach or shrink a buffer after it was read,
// detached and out-of-bounds buffers, arrays from another realm, JSON keys named like
// Object.prototype members, the caller's own exceptions, prototype-named option keys.
// Every case ends with the heap where it started and a correct call on the same selector.
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as mlw from 'multilingual-wasm';
import { VARIANTS, variantSelectors } from './variants.mjs';

const { BackendSelector, InvalidArgumentError, UnknownOperationError } = mlw;

/** name -> selector; every backend and build variant this machine runs. */
const selectors = {};

beforeAll(async () => {
  Object.assign(selectors, await variantSelectors());
}, 120_000);

afterAll(() => {
  for (const s of Object.values(selectors)) s.dispose();
});


const heapBytes = (s) => s.status().memory.bytes;

/**
 * Run `make()`'s call on every variant: each must throw `Class` with a message matching
 * `message` (the same message on all), leave the heap as it was, and answer a reference
 * call right afterwards on WASM without a rebuild.
 */
function rejectsEverywhere(name, make, Class, message) {
  const messages = new Set();
  for (const v of VARIANTS) {
    const s = selectors[v];
    const before = heapBytes(s);
    let error;
    try {
      s.callFunction(name, ...make());
    } catch (e) {
      error = e;
    }
    expect(error, `${v}: no error`).toBeInstanceOf(Class);
    expect(error.message, v).toMatch(message);
    messages.add(error.message);
    expect(heapBytes(s), `${v}: heap`).toBe(before);
    expect(s.callFunction('crypto_sha256', 'abc'), `${v}: next call`).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    if (v !== 'js' && v !== 'auto') expect(s.lastCallReport().backend).toBe('wasm');
  }
  expect([...messages], 'the same message on every backend').toHaveLength(1);
}

/** The answer of `make()`'s call on every variant; all equal; heap unchanged. */
function answerEverywhere(name, make) {
  const answers = [];
  for (const v of VARIANTS) {
    const s = selectors[v];
    const before = heapBytes(s);
    answers.push(s.callFunction(name, ...make()));
    expect(heapBytes(s), `${v}: heap`).toBe(before);
    if (v !== 'js' && v !== 'auto') expect(s.lastCallReport().backend, v).toBe('wasm');
  }
  for (const a of answers.slice(1)) expect(a).toEqual(answers[0]);
  return answers[0];
}

/** Operations taking bytes, with a call building its arguments around a bytes value. */
const BYTE_CALLS = [
  ['crypto_sha256', (b) => [b]],
  ['crypto_hash', (b) => [b]],
  ['crypto_xor_encrypt', (b) => [b, 'k']],
  ['search_contains', (b) => [b, new Uint8Array([1])]],
  ['search_contains', (b) => [new Uint8Array(64), b]],
  ['search_binary', (b) => [b, 1]],
  ['search_linear', (b) => [b, 1]],
  ['data_sort', (b) => [b]],
  ['image_blur', (b) => [{ data: b, width: 2, height: 2 }, 1]],
  ['image_grayscale', (b) => [{ data: b, width: 2, height: 2 }]],
];

function lookAlike(length) {
  // Claims 16 KiB over a 16-byte buffer (the old glue allocated byteLength, copied length).
  return Object.setPrototypeOf({ length, buffer: new ArrayBuffer(16), byteOffset: 0, byteLength: 16 }, Uint8Array.prototype);
}

function detached(length = 16) {
  const a = new Uint8Array(length);
  structuredClone(a.buffer, { transfer: [a.buffer] });
  return a;
}

function outOfBounds() {
  const buffer = new ArrayBuffer(32, { maxByteLength: 64 });
  const a = new Uint8Array(buffer, 0, 16);
  buffer.resize(8);
  return a;
}

describe('look-alike and Proxy typed arrays are not typed arrays', () => {
  for (const [name, call] of BYTE_CALLS) {
    it(`${name}: a look-alike with a typed array's prototype`, () => {
      rejectsEverywhere(name, () => call(lookAlike(16384)), InvalidArgumentError, /posing as a Uint8Array \(a Proxy or look-alike, not a typed array\)/);
    });
    it(`${name}: a Proxy around a typed array that lies about its length`, () => {
      const make = () => call(new Proxy(new Uint8Array(16), { get: (t, k) => (k === 'length' || k === 'byteLength' ? 16384 : Reflect.get(t, k)) }));
      rejectsEverywhere(name, make, InvalidArgumentError, /must be /);
    });
  }

  it('a Proxy as matrix data or image data is an InvalidArgumentError, not a TypeError', () => {
    rejectsEverywhere('matrix_multiply', () => [{ rows: 1, cols: 1, data: new Proxy(new Float64Array(1), {}) }, [[1]]], InvalidArgumentError, /'a\.data' must be a Float64Array or a Float32Array/);
    rejectsEverywhere('image_blur', () => [{ data: new Proxy(new Uint8ClampedArray(16), {}), width: 2, height: 2 }, 1], InvalidArgumentError, /'image\.data' must be a Uint8ClampedArray or Uint8Array/);
  });

  it('an own `length` on a real typed array is never read', () => {
    const a = new Uint8Array([1, 2, 3]);
    Object.defineProperty(a, 'length', { value: 1 << 20 });
    Object.defineProperty(a, 'byteLength', { value: 1 << 20 });
    expect(answerEverywhere('crypto_sha256', () => [a])).toBe(answerEverywhere('crypto_sha256', () => [new Uint8Array([1, 2, 3])]));
  });
});

describe('detached and out-of-bounds buffers', () => {
  for (const [name, call] of BYTE_CALLS) {
    it(`${name}: a view of a detached buffer`, () => {
      rejectsEverywhere(name, () => call(detached()), InvalidArgumentError, /is a view of a detached ArrayBuffer, or of a resizable buffer that no longer covers it/);
    });
    it(`${name}: a view that a resize left out of bounds`, () => {
      rejectsEverywhere(name, () => call(outOfBounds()), InvalidArgumentError, /is a view of a detached ArrayBuffer, or of a resizable buffer that no longer covers it/);
    });
  }

  it('a detached ArrayBuffer', () => {
    const make = () => {
      const b = new ArrayBuffer(8);
      structuredClone(b, { transfer: [b] });
      return [b];
    };
    rejectsEverywhere('crypto_sha256', make, InvalidArgumentError, /'data' is a detached ArrayBuffer/);
  });

  it('a detached matrix data or options.out names that argument', () => {
    rejectsEverywhere('matrix_transpose', () => [{ rows: 0, cols: 0, data: (() => { const d = new Float64Array(0); structuredClone(d.buffer, { transfer: [d.buffer] }); return d; })() }], InvalidArgumentError, /'a\.data' is a view of a detached/);
    rejectsEverywhere('crypto_xor_encrypt', () => [new Uint8Array(16), 'k', { out: detached() }], InvalidArgumentError, /'options\.out' is a view of a detached/);
  });

  it('a length-tracking view of a resizable buffer is read at its length at call time', () => {
    const buffer = new ArrayBuffer(4, { maxByteLength: 64 });
    const tracking = new Uint8Array(buffer);
    tracking.set([1, 2, 3, 4]);
    expect(answerEverywhere('crypto_sha256', () => [tracking])).toBe(answerEverywhere('crypto_sha256', () => [new Uint8Array([1, 2, 3, 4])]));
  });
});

describe('a getter that changes a buffer after it was read (time of check, time of use)', () => {
  it("matrix_multiply: b's getter shrinks a's data to nothing: no bytes of an earlier call come back", () => {
    // An earlier call leaves a secret in the heap.
    for (const v of VARIANTS) selectors[v].callFunction('crypto_xor_encrypt', 'the secret the heap held', 'k');
    const make = () => {
      const buffer = new ArrayBuffer(32, { maxByteLength: 32 });
      const a = { rows: 2, cols: 2, data: new Float64Array(buffer, 0, 4) };
      const b = { rows: 2, cols: 2, get data() { buffer.resize(0); return new Float64Array([1, 0, 0, 1]); } };
      return [a, b];
    };
    rejectsEverywhere('matrix_multiply', make, InvalidArgumentError, /'a\.data' was detached or resized while the arguments were being read/);
  });

  it('image_blur: an options.kind getter that shrinks the already-checked image', () => {
    const make = () => {
      const buffer = new ArrayBuffer(64 * 64 * 4, { maxByteLength: 64 * 64 * 4 });
      const image = { data: new Uint8ClampedArray(buffer, 0, 64 * 64 * 4), width: 64, height: 64 };
      return [image, 2, { get kind() { buffer.resize(4); return 'gaussian'; } }];
    };
    rejectsEverywhere('image_blur', make, InvalidArgumentError, /'image\.data' was detached or resized/);
  });

  it('a getter that detaches a buffer read earlier', () => {
    const make = () => {
      const data = new Uint8Array(64);
      return [data, 'k', { get out() { structuredClone(data.buffer, { transfer: [data.buffer] }); return undefined; } }];
    };
    rejectsEverywhere('crypto_xor_encrypt', make, InvalidArgumentError, /'data' was detached or resized/);
  });

  it('a getter that grows a length-tracking array read earlier', () => {
    // The caller's array is used as it is (js/boundary.js arrayOf): a length that changed
    // after validation would no longer match what was checked (options.out's length).
    const make = () => {
      const buffer = new ArrayBuffer(64, { maxByteLength: 4096 });
      const data = new Uint8Array(buffer);
      return [data, 'k', { get out() { buffer.resize(4096); return new Uint8Array(64); } }];
    };
    rejectsEverywhere('crypto_xor_encrypt', make, InvalidArgumentError, /'data' was detached or resized while the arguments were being read/);
  });

  it('every getter runs exactly once per call', () => {
    for (const v of VARIANTS) {
      const reads = { data: 0, width: 0, height: 0, kind: 0 };
      const pixels = new Uint8ClampedArray(16).fill(9);
      const image = {
        get data() { reads.data++; return pixels; },
        get width() { reads.width++; return 2; },
        get height() { reads.height++; return 2; },
      };
      selectors[v].callFunction('image_blur', image, 1, { get kind() { reads.kind++; return 'box'; } });
      expect(reads, v).toEqual({ data: 1, width: 1, height: 1, kind: 1 });
    }
  });

  it('matrix rows and entries behind getters and Proxies are read once each', () => {
    for (const v of VARIANTS) {
      let reads = 0;
      const row = new Proxy([1, 2], { get: (t, k) => { if (k === '0' || k === '1') reads++; return Reflect.get(t, k); } });
      expect(selectors[v].callFunction('matrix_multiply', [row], [[1], [1]])).toEqual([[3]]);
      expect(reads, v).toBe(2);
    }
  });
});

describe('typed arrays from another realm are typed arrays', () => {
  const other = vm.runInNewContext('({ u8: new Uint8Array([97, 98, 99]), f64: new Float64Array([3, 1, 2]), clamped: new Uint8ClampedArray(16).fill(200), buf: new Uint8Array([97, 98, 99]).buffer })');

  it('bytes, floats, pixels and ArrayBuffers from node:vm', () => {
    expect(answerEverywhere('crypto_sha256', () => [other.u8])).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(answerEverywhere('crypto_sha256', () => [other.buf])).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(Array.from(answerEverywhere('data_sort', () => [other.f64]))).toEqual([1, 2, 3]);
    expect(answerEverywhere('search_binary', () => [other.f64.slice().sort(), 2])).toBe(1);
    const blurred = answerEverywhere('image_blur', () => [{ data: other.clamped, width: 2, height: 2 }, 1]);
    expect(Array.from(blurred.data)).toEqual(new Array(16).fill(200));
  });
});

describe("JSON keys named like Object.prototype's members", () => {
  it('json_parse defines own data properties, even with an accessor on Object.prototype', () => {
    let setterRan = 0;
    Object.defineProperty(Object.prototype, 'mlwTrap', { set() { setterRan++; }, get() { return 'inherited'; }, configurable: true });
    try {
      for (const v of VARIANTS) {
        const value = selectors[v].callFunction('json_parse', '{"mlwTrap":1,"toString":2,"__proto__":3,"hasOwnProperty":4}');
        expect(Object.getOwnPropertyNames(value), v).toEqual(['mlwTrap', 'toString', '__proto__', 'hasOwnProperty']);
        expect(value.mlwTrap, v).toBe(1);
        expect(Object.getPrototypeOf(value), v).toBe(Object.prototype);
      }
      expect(setterRan).toBe(0);
    } finally {
      delete Object.prototype.mlwTrap;
    }
  });

  it('json_parse works under a frozen Object.prototype (child process)', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = `
      const mlw = await import('multilingual-wasm');
      const s = await mlw.BackendSelector.create({ preferBackend: 'wasm' });
      Object.freeze(Object.prototype);
      const v = s.callFunction('json_parse', '{"toString":1,"valueOf":[2],"constructor":{"a":3}}');
      const again = s.callFunction('json_parse', '{"a":1}');
      console.log(JSON.stringify([Object.keys(v), v.toString, v.valueOf, v.constructor, again, s.lastCallReport().backend, s.status().reason]));
      s.dispose();`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: process.cwd() });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([['toString', 'valueOf', 'constructor'], 1, [2], { a: 3 }, { a: 1 }, 'wasm', 'wasm: variant simd']);
  });
});

describe("the caller's own exceptions reach the caller as themselves", () => {
  it('a throwing toJSON in json_stringify: the same error object, no rebuild, the code ran once', () => {
    for (const v of VARIANTS) {
      const mine = new TypeError('mine');
      let runs = 0;
      let caught;
      try {
        selectors[v].callFunction('json_stringify', { a: { toJSON() { runs++; throw mine; } } });
      } catch (e) {
        caught = e;
      }
      expect(caught, v).toBe(mine);
      expect(runs, v).toBe(1);
      expect(selectors[v].isWasmAvailable(), v).toBe(v !== 'js');
      expect(selectors[v].callFunction('json_stringify', [1]), v).toBe('[1]');
    }
  });

  it('a throwing getter or Proxy trap in an argument', () => {
    for (const v of VARIANTS) {
      const mine = new Error('from a getter');
      expect(() => selectors[v].callFunction('image_grayscale', { get data() { throw mine; }, width: 1, height: 1 })).toThrow(mine);
      const trap = new RangeError('from a trap');
      expect(() => selectors[v].callFunction('matrix_multiply', new Proxy([[1]], { get() { throw trap; } }), [[1]])).toThrow(trap);
      expect(selectors[v].isWasmAvailable(), v).toBe(v !== 'js');
    }
  });
});

describe('names and options that are not what they seem', () => {
  it('an operation name that is not a string is an UnknownOperationError, not a TypeError', () => {
    for (const name of [Object.create(null), Symbol('x'), 42, null, new Proxy({}, {})]) {
      expect(() => selectors.auto.callFunction(name, 1)).toThrow(UnknownOperationError);
    }
  });

  it('prototype-named option keys are unknown options', () => {
    for (const key of ['hasOwnProperty', 'valueOf', 'toString', 'constructor', '__proto__']) {
      const options = JSON.parse(`{"${key}": 1}`); // an own property, even for __proto__
      rejectsEverywhere('image_blur', () => [{ data: new Uint8ClampedArray(16), width: 2, height: 2 }, 1, options], InvalidArgumentError, new RegExp(`'options' has unknown option '${key}'`));
      expect(() => new BackendSelector(JSON.parse(`{"${key}": 1}`))).toThrow(new RegExp(`unknown option '${key}'`));
    }
  });

  it('an inherited (polluted) option is never read', () => {
    Object.prototype.kind = 'gaussian';
    try {
      const box = selectors.js.callFunction('image_blur', { data: new Uint8ClampedArray(64).map((_, i) => i * 4), width: 4, height: 4 }, 1, {});
      const explicit = selectors.js.callFunction('image_blur', { data: new Uint8ClampedArray(64).map((_, i) => i * 4), width: 4, height: 4 }, 1, { kind: 'box' });
      expect(box).toEqual(explicit);
    } finally {
      delete Object.prototype.kind;
    }
  });

  it('config getters are read once: the validated value is the value used', () => {
    let reads = 0;
    const config = { get preferBackend() { reads++; return reads === 1 ? 'js' : 'bogus'; } };
    const s = new BackendSelector(config);
    expect(reads).toBe(1);
    expect(s.config.preferBackend).toBe('js');
    s.dispose();
  });

  it('config errors name the option in .argument', () => {
    try {
      new BackendSelector({ threads: 0 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.argument).toBe('threads');
    }
  });

  it('timeoutMs beyond what a timer holds is rejected, not taken as 1 ms', async () => {
    expect(() => new BackendSelector({ timeoutMs: 2 ** 31 })).toThrow(/timeoutMs' must be a number of milliseconds from 0 \(no limit\) to 2147483647/);
    await expect(selectors.js.callAsync({ name: 'crypto_hash', timeoutMs: 2 ** 40 }, 'a')).rejects.toThrow(InvalidArgumentError);
  });

  it('a misspelt call option is an error, not a call without a time limit', async () => {
    await expect(selectors.js.callAsync({ name: 'crypto_hash', timeout: 50 }, 'a')).rejects.toThrow(/unknown call option 'timeout'/);
  });
});

describe('callAsync takes its snapshot when it is called', () => {
  it('the same InvalidArgumentError as callFunction for a detached array; a look-alike is rejected too', async () => {
    // (Structured cloning turns a look-alike into a plain object, so its message differs.)
    await expect(selectors.auto.callAsync('crypto_sha256', lookAlike(64))).rejects.toThrow(InvalidArgumentError);
    for (const make of [() => detached()]) {
      let syncError;
      try {
        selectors.auto.callFunction('crypto_sha256', make());
      } catch (e) {
        syncError = e;
      }
      await expect(selectors.auto.callAsync('crypto_sha256', make())).rejects.toThrow(syncError.message);
    }
  });

  it("the caller's own getter error comes back as itself, and getters run once", async () => {
    const mine = new Error('mine');
    await expect(selectors.auto.callAsync('image_grayscale', { get data() { throw mine; }, width: 1, height: 1 })).rejects.toBe(mine);
    let reads = 0;
    const image = { get data() { reads++; return new Uint8ClampedArray(4); }, width: 1, height: 1 };
    await selectors.auto.callAsync('image_grayscale', image);
    expect(reads).toBe(1);
  });

  it('changes to the arguments after the call do not reach the worker', async () => {
    const data = new TextEncoder().encode('abc');
    const pending = selectors.auto.callAsync('crypto_sha256', data);
    data.fill(0);
    expect(await pending).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe("AUTO's size measure sees a product's shape", () => {
  it('dot products and matrix-vector products stay on JS at every size; 4×k·k×4 goes to WASM', () => {
    const auto = selectors.auto;
    for (const [m, k, n] of [[1, 100000, 1], [1, 2000, 2000], [2000, 2000, 1]]) {
      const a = { rows: m, cols: k, data: new Float64Array(m * k).fill(1) };
      const b = { rows: k, cols: n, data: new Float64Array(k * n).fill(1) };
      auto.callFunction('matrix_multiply', a, b);
      expect(auto.lastCallReport().backend, `${m}×${k}·${k}×${n}`).toBe('js');
    }
    const a = { rows: 4, cols: 4096, data: new Float64Array(4 * 4096).fill(1) };
    const b = { rows: 4096, cols: 4, data: new Float64Array(4096 * 4).fill(1) };
    auto.callFunction('matrix_multiply', a, b);
    expect(auto.lastCallReport().backend).toBe('wasm');
  });
});
