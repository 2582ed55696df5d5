// Every row's badInputs (js/registry/*.js) through both backends: the documented class,
// the same message from 'js' and 'wasm', never a WebAssembly trap, the WASM heap back
// where it was, and the row's sample() afterwards still right.
import { beforeAll, describe, expect, it } from 'vitest';
import * as mlw from 'multilingual-wasm';
import * as kit from '../../bench/checks.mjs';
import { operations } from '../../js/registry/index.js';

const { BackendSelector, UnknownOperationError } = mlw;

let js;
let wasm;
let auto;
const present = new Map(mlw.listOperations().map((op) => [op.name, op]));
const BAD_INPUTS = Object.fromEntries([...operations].map(([name, row]) => [name, row.badInputs?.(kit) ?? []]));
const reference = new Map(); // name -> the JS answer to its sample()

beforeAll(async () => {
  js = await BackendSelector.create({ preferBackend: 'js' });
  wasm = await BackendSelector.create({ preferBackend: 'wasm' });
  auto = await BackendSelector.create();
  for (const name of present.keys()) reference.set(name, js.callFunction(name, ...operations.get(name).sample()));
});

/** The error `selector` throws for `name(...args)`; fails the test if it returns. */
function errorFrom(selector, name, args) {
  let result;
  try {
    result = selector.callFunction(name, ...args);
  } catch (error) {
    return error;
  }
  throw new Error(`${name}: expected an error from preferBackend '${selector.config.preferBackend}', got a result (${describeResult(result)})`);
}

function describeResult(value) {
  try {
    const text = JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : text.slice(0, 120);
  } catch {
    return typeof value;
  }
}

function checkError(error, { error: expected, message }) {
  const allowed = [expected].flat();
  expect(error).not.toBeInstanceOf(WebAssembly.RuntimeError);
  expect(allowed, `${error.name}: ${error.message}`).toContain(error.name);
  expect(error).toBeInstanceOf(mlw[error.name]); // the exported class, not a look-alike
  expect(error.message).toMatch(message);
  // Helpful, not a dump of the input (some inputs are 100 MB).
  expect(error.message.length).toBeLessThan(1000);
}

function checkReference(name) {
  const { sample } = operations.get(name);
  expect(wasm.callFunction(name, ...sample())).toEqual(reference.get(name));
  expect(wasm.lastCallReport().backend).toBe(present.get(name).wasm ? 'wasm' : 'js');
  expect(auto.callFunction(name, ...sample())).toEqual(reference.get(name));
}

describe('the bad inputs of every row', () => {
  const total = Object.values(BAD_INPUTS).reduce((n, rows) => n + rows.length, 0);

  it(`hold at least 150 bad inputs (${total} in all)`, () => {
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it('every operation in listOperations() has some, and the registry is what the package lists', () => {
    expect([...operations.keys()]).toEqual([...present.keys()]);
    expect([...present.keys()].filter((name) => BAD_INPUTS[name].length === 0)).toEqual([]);
  });
});

for (const [name, rows] of Object.entries(BAD_INPUTS)) {
  describe(name, () => {
    for (const row of rows) {
      it(`${row.what}: ${[row.error].flat().join(' or ')}, same message from both backends`, () => {
        const args = row.args();
        const heapBefore = wasm.status().memory.bytes;
        const fromJs = errorFrom(js, name, args);
        const fromWasm = errorFrom(wasm, name, args);
        checkError(fromJs, row);
        checkError(fromWasm, row);
        expect(fromWasm.name).toBe(fromJs.name);
        expect(fromWasm.message).toBe(fromJs.message);
        expect(wasm.status().memory.bytes).toBe(heapBefore);
        if (!row.huge) {
          const fromAuto = errorFrom(auto, name, args);
          expect([fromAuto.name, fromAuto.message]).toEqual([fromJs.name, fromJs.message]);
        }
        checkReference(name);
      });
    }
  });
}

describe('unknown operations', () => {
  const names = ['matrix_multiplyy', 'crypto_xor', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', null, undefined, 42, {}, Symbol.iterator];
  it.each(names.map((n) => [String(n), n]))('%s: UnknownOperationError from both backends', (_, name) => {
    const errors = [js, wasm, auto].map((s) => {
      try {
        s.callFunction(name, 'x');
      } catch (error) {
        return error;
      }
      throw new Error('no error');
    });
    for (const error of errors) {
      expect(error).toBeInstanceOf(UnknownOperationError);
      expect(error.message).toMatch(/^unknown operation '.*'\..* selector\.listOperations\(\) lists them all\.$/s);
    }
    expect(new Set(errors.map((e) => e.message)).size).toBe(1);
  });

  it("suggests the close name: 'data_srot' -> data_sort", () => {
    expect(() => wasm.callFunction('data_srot', [1])).toThrow(/Did you mean 'data_sort'/);
  });
});
