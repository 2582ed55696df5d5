// File names line up across the layers (docs/CONTRIBUTING.md, "Layout"): every family
// has its `<family>` file on every layer; any other file is `<family>_<part>`, the part
// named after one of the family's operations (or one of the helpers listed below) and
// spelt the same on every layer that has it; the rest are the few shared files listed
// below, each with its reason. A new file that fits none of these fails here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILY_NAMES, operations } from '../../js/registry/index.js';

const root = new URL('../../', import.meta.url);

/** Each layer: its folder, how a file name gives its stem, and whether parts may exist. */
const LAYERS = {
  core: { dir: 'cpp/core', stem: /^(.+)\.(?:hpp|cpp)$/, family: (f) => [`${f}.hpp`, `${f}.cpp`], parts: true },
  gtest: { dir: 'tests/cpp', stem: /^(.+)_test\.cpp$/, family: (f) => [`${f}_test.cpp`], parts: true },
  bindings: { dir: 'cpp/bindings', stem: /^(.+)_bindings\.cpp$/, family: (f) => [`${f}_bindings.cpp`], parts: true },
  fallbacks: { dir: 'js/fallbacks', stem: /^(.+)\.js$/, family: (f) => [`${f}.js`], parts: true },
  wasm: { dir: 'js/wasm', stem: /^(.+)\.js$/, family: (f) => [`${f}.js`], parts: true, wasmOnly: true },
  // One registry file per family: the rows of a family live together, never in a part.
  registry: { dir: 'js/registry', stem: /^(.+)\.js$/, family: (f) => [`${f}.js`], parts: false },
};

/** Files that belong to no one family, per layer, and why. */
const SHARED = {
  core: {
    alloc: 'every allocation of every kernel',
    batch: 'the batch entry points of several families (issue 14)',
    element_type: 'typed-array element codes of the data_ and search_ kernels',
    parallel: 'parallelFor, for every threaded kernel',
    policy: 'the backend policy',
    status: 'the Status codes of every kernel',
  },
  gtest: {
    alloc_failure: "every kernel's out-of-memory paths",
    batch: 'core/batch',
    parallel: 'core/parallel',
    policy: 'core/policy',
  },
  bindings: {
    batch: 'core/batch',
    heap: 'malloc/free and heap facts for js/wasm/heap.js',
    policy: 'core/policy',
    status: 'the one export of the Status codes',
    testing: 'hooks the tests use (fault injection)',
  },
  fallbacks: { platform: "the platform's native code several families' fallbacks use" },
  wasm: {
    batch: 'core/batch',
    element_type: 'core/element_type',
    heap: 'HeapScope / withHeap, for every glue file',
    status: 'the one Status -> error mapping',
  },
  registry: {
    index: 'the list of families and name resolution',
    'bad-inputs': "the helper of every row's badInputs",
    'test-facts': 'the names of the row facts the build leaves out of the bundles',
  },
};

/** Parts that are not an operation: helpers of one family, each with where it lives and why. */
const HELPERS = {
  crypto_sha256_multi: 'C++: SHA-256 of four messages at once, the batch kernel (issue 14)',
  crypto_sha256_rounds: 'C++: the round macros the single and the multi-message SHA-256 share',
  json_buffer: 'C++: the growable buffer of the JSON kernels',
  json_reader: "JS: json_parse in the package's own JS, for platformNatives: false",
  json_errors: 'JS: the wording of JSON errors, shared by both backends',
  json_scan: "JS: the scanner that finds JSON.parse's refusals as the C++ parser does",
  json_walk: "JS: json_stringify's walk of a JS value, shared by both backends",
  numeric_bigint: 'C++: the limb arithmetic of the exact numeric_ kernels',
  science_expr: "C++ and its JS twin: the expression language of science_integrate",
};

const rows = [...operations.values()];
const familyOf = (name) => FAMILY_NAMES.find((f) => name.startsWith(`${f}_`));
const filesOf = (layer) => readdirSync(new URL(LAYERS[layer].dir, root)).filter((f) => !f.startsWith('.'));
const stemsOf = (layer) => new Set(filesOf(layer).map((f) => f.match(LAYERS[layer].stem)?.[1] ?? `(unmatched ${f})`));

/** A part `<family>_<p>` names an operation when p is the operation's short name or its leading words (xor of xor_encrypt). */
function operationOf(stem) {
  const family = familyOf(stem);
  if (!family) return undefined;
  const part = stem.slice(family.length + 1);
  return rows.find((row) => {
    if (familyOf(row.name) !== family) return false;
    const short = row.name.slice(family.length + 1);
    return short === part || short.startsWith(`${part}_`);
  });
}

describe('file names line up across the layers', () => {
  it('every family has its file on every layer (the wasm glue: families with a WASM kernel)', () => {
    const missing = [];
    for (const family of FAMILY_NAMES) {
      const hasWasm = rows.some((row) => familyOf(row.name) === family && typeof row.wasm === 'function');
      for (const layer of Object.values(LAYERS)) {
        if (layer.wasmOnly && !hasWasm) continue;
        for (const file of layer.family(family)) {
          if (!existsSync(new URL(`${layer.dir}/${file}`, root))) missing.push(`${layer.dir}/${file}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every other file is a part named after an operation of its family, a listed helper, or a listed shared file', () => {
    const stray = [];
    for (const layer of Object.keys(LAYERS)) {
      for (const stem of stemsOf(layer)) {
        if (FAMILY_NAMES.includes(stem) || stem in SHARED[layer]) continue;
        const isPart = LAYERS[layer].parts && (stem in HELPERS || operationOf(stem));
        if (!isPart) stray.push(`${LAYERS[layer].dir}: ${stem}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('a part is the same part on every layer: glue, fallback, binding and GoogleTest parts have their kernel part, a kernel part with a header its GoogleTest', () => {
    const core = stemsOf('core');
    const gtest = stemsOf('gtest');
    const fallbacks = stemsOf('fallbacks');
    const wasm = stemsOf('wasm');
    const loose = [];
    for (const layer of ['gtest', 'bindings', 'fallbacks', 'wasm']) {
      for (const stem of stemsOf(layer)) {
        if (!FAMILY_NAMES.includes(stem) && operationOf(stem) && !core.has(stem)) loose.push(`${LAYERS[layer].dir}: ${stem} has no cpp/core/${stem}.*`);
      }
    }
    for (const stem of core) {
      if (operationOf(stem) && filesOf('core').includes(`${stem}.hpp`) && !gtest.has(stem)) loose.push(`cpp/core/${stem}.hpp has no tests/cpp/${stem}_test.cpp`);
    }
    // An operation's two implementations sit in files of the same name.
    for (const stem of new Set([...fallbacks, ...wasm])) {
      const row = !FAMILY_NAMES.includes(stem) && operationOf(stem);
      if (row && typeof row.wasm === 'function' && fallbacks.has(stem) !== wasm.has(stem)) loose.push(`${stem}: in only one of js/fallbacks, js/wasm`);
    }
    expect(loose).toEqual([]);
  });

  it("a family's registry file imports its implementations only from its own family's files (or shared ones)", () => {
    const foreign = [];
    for (const family of FAMILY_NAMES) {
      const text = readFileSync(new URL(`js/registry/${family}.js`, root), 'utf8');
      for (const [, layer, stem] of text.matchAll(/from '\.\.\/(fallbacks|wasm)\/([\w-]+)\.js'/g)) {
        const own = stem === family || stem.startsWith(`${family}_`);
        if (!own && !(stem in SHARED[layer])) foreign.push(`js/registry/${family}.js imports js/${layer}/${stem}.js`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('the lists above name only files that exist (so they cannot hide a stale entry)', () => {
    const stale = [];
    for (const layer of Object.keys(LAYERS)) {
      const stems = stemsOf(layer);
      for (const stem of Object.keys(SHARED[layer])) if (!stems.has(stem)) stale.push(`${LAYERS[layer].dir}: ${stem}`);
    }
    const everywhere = new Set(Object.keys(LAYERS).flatMap((layer) => [...stemsOf(layer)]));
    for (const helper of Object.keys(HELPERS)) if (!everywhere.has(helper)) stale.push(`helper ${helper}`);
    expect(stale).toEqual([]);
  });
});
