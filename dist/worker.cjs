/*! multilingual-wasm 0.1.0 | MIT */
"use strict";

// js/environment.js
var isNode = typeof process == "object" && process !== null && typeof process.versions?.node == "string" && typeof window > "u", denoVersion = typeof globalThis.Deno == "object" && globalThis.Deno !== null ? globalThis.Deno.version?.deno ?? "?" : null, bunVersion = isNode && typeof process.versions.bun == "string" ? process.versions.bun : null;
function nodeBuiltin(name) {
  return !isNode || typeof process.getBuiltinModule != "function" ? null : process.getBuiltinModule(name);
}
function denoPermissionDenied(name, target) {
  let permissions = globalThis.Deno?.permissions;
  if (!permissions || typeof permissions.querySync != "function") return null;
  let state;
  try {
    state = permissions.querySync(name === "env" ? { name, variable: target } : { name, path: target }).state;
  } catch {
    return null;
  }
  return state === "granted" ? null : `Deno denies ${name} access to ${target}; run with --allow-${name}${name === "read" ? `=${target}` : ""} (or -A)`;
}
function readEnv(name) {
  if (!(!isNode || denoPermissionDenied("env", name)))
    return process.env[name];
}
function engineName() {
  return denoVersion ? `Deno ${denoVersion} (V8 ${globalThis.Deno.version.v8})` : bunVersion ? `Bun ${bunVersion} (JavaScriptCore)` : isNode ? `Node.js ${process.versions.node} (V8 ${process.versions.v8})` : typeof navigator == "object" && navigator.userAgent ? navigator.userAgent : "unknown";
}

// js/locate.js
var VARIANT_FILES = Object.freeze({
  baseline: "mlw-baseline.wasm",
  simd: "mlw-simd.wasm",
  "simd-threads": "mlw-simd-threads.wasm"
}), givenUrls = null;
function useDefaultWasmUrls(urls) {
  givenUrls = urls && typeof urls == "object" ? { ...urls } : null;
}
function defaultWasmUrls() {
  let urls = {};
  for (let variant of Object.keys(VARIANT_FILES))
    try {
      urls[variant] = defaultWasmUrl(variant);
    } catch {
    }
  return urls;
}
function defaultWasmUrl(variant) {
  return givenUrls?.[variant] ? givenUrls[variant] : require("url").pathToFileURL(require("path").join(__dirname, "wasm", VARIANT_FILES[variant])).href;
}
var currentScriptSrc = typeof document == "object" && document?.currentScript?.src ? document.currentScript.src : null;
function scriptBase() {
  return currentScriptSrc || (typeof self == "object" && self?.location?.href ? self.location.href : null);
}
function threadsGlueLocation(wasmLocation2) {
  return wasmLocation2.replace(/\.wasm([?#].*)?$/, ".js$1");
}
function threadsFilesFindable(wasmLocation2) {
  return wasmLocation2.replace(/[?#].*$/, "").split(/[\\/]/).pop() === VARIANT_FILES["simd-threads"];
}

// js/errors.js
var MultilingualWasmError = class extends Error {
  constructor(message, options) {
    super(message, options), this.name = "MultilingualWasmError";
  }
}, InvalidArgumentError = class extends MultilingualWasmError {
  constructor(message, { operation, argument } = {}) {
    super(operation ? `${operation}: ${message}` : message), this.name = "InvalidArgumentError", this.operation = operation, this.argument = argument;
  }
}, UnknownOperationError = class extends MultilingualWasmError {
  constructor(name, suggestions = []) {
    let hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(", ")}?` : "";
    super(`unknown operation '${String(name)}'.${hint} selector.listOperations() lists them all.`), this.name = "UnknownOperationError", this.operation = String(name), this.suggestions = suggestions;
  }
}, WasmMemoryError = class extends MultilingualWasmError {
  constructor({ operation, neededBytes, limitBytes, option = "maxMemoryPages", allocationBytes = neededBytes }) {
    let mib = (b) => `${(b / 1048576).toFixed(1)} MiB`, pages = Math.ceil(neededBytes / 65536);
    super(
      `${operation}: needs ${mib(neededBytes)} more WebAssembly heap but the limit is ${mib(limitBytes)}; raise the '${option}' option (64 KiB pages, at least ${pages} more) or use a smaller input`
    ), this.name = "WasmMemoryError", this.operation = operation, this.neededBytes = neededBytes, this.allocationBytes = allocationBytes, this.limitBytes = limitBytes, this.option = option;
  }
}, TimeoutError = class extends MultilingualWasmError {
  constructor(operation, timeoutMs) {
    super(`${operation}: did not finish within ${timeoutMs} ms (timeoutMs); the worker was terminated`), this.name = "TimeoutError", this.operation = operation, this.timeoutMs = timeoutMs;
  }
}, JsonSyntaxError = class extends MultilingualWasmError {
  constructor(message, position) {
    super(`${message} at position ${position}`), this.name = "JsonSyntaxError", this.position = position;
  }
}, WasmUnavailableError = class extends MultilingualWasmError {
  constructor(reason) {
    super(`WebAssembly backend unavailable (${reason}); use preferBackend 'auto' to fall back to JS`), this.name = "WasmUnavailableError", this.reason = reason;
  }
}, CallerError = class {
  constructor(cause) {
    this.cause = cause;
  }
};

// js/wasm/status.js
var PAGE = 65536;
function memoryError(instance, operation, allocationBytes) {
  let limitBytes = instance.maxBytes, room = Math.max(0, limitBytes - instance.memory.buffer.byteLength), shortfall = Math.max(PAGE, Math.ceil((allocationBytes - room) / PAGE) * PAGE);
  return new WasmMemoryError({ operation, neededBytes: shortfall, limitBytes, allocationBytes });
}
function checkStatus(instance, operation, status) {
  let M = instance.module;
  if (status !== M.STATUS_OK)
    throw status === M.STATUS_OUT_OF_MEMORY ? memoryError(instance, operation, M.take_failed_allocation()) : new Error(`${operation}: kernel returned status ${status} for validated input`);
}

// js/wasm-array.js
var ELEMENT_TYPES = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array
], MAX_BYTES = 2 ** 32 - 2 ** 16, states = /* @__PURE__ */ new WeakMap(), counts = /* @__PURE__ */ new WeakMap(), heapViews = /* @__PURE__ */ new WeakMap();
function countsOf(owner) {
  let c = counts.get(owner);
  return c === void 0 && counts.set(owner, c = { arrays: 0, bytes: 0, live: /* @__PURE__ */ new Set() }), c;
}
function release(state) {
  if (state.freed) return;
  state.freed = !0, state.view = null, state.js = null;
  let c = countsOf(state.owner);
  c.arrays--, c.bytes -= state.bytes, c.live.delete(state), state.instance !== null && state.current() === state.instance && state.instance.module._free(state.ptr);
}
var finalizer = typeof FinalizationRegistry == "function" ? new FinalizationRegistry(release) : null;
function fail(operation, argument, message) {
  throw new InvalidArgumentError(argument ? `'${argument}' ${message}` : message, { operation, argument });
}
function unusable(state) {
  return state.freed ? "is a WasmArray that was freed (free() was called on it)" : state.instance !== null && state.current() !== state.instance ? "is a WasmArray whose WebAssembly instance its selector no longer uses (the selector was disposed, or rebuilt after a trap, or the simd-threads build took over): allocate it again" : null;
}
function heapView(state) {
  let buffer = state.instance.memory.buffer;
  return (state.view === null || state.buffer !== buffer) && (state.view = new state.Type(buffer, state.ptr, state.length), state.buffer = buffer, heapViews.set(state.view, state)), state.view;
}
var ArrayState = class {
  constructor(owner, instance, current, Type, length) {
    this.owner = owner, this.instance = instance, this.current = current, this.Type = Type, this.length = length, this.bytes = length * Type.BYTES_PER_ELEMENT, this.ptr = 0, this.view = null, this.buffer = null, this.js = null, this.freed = !1;
  }
}, WasmArray = class {
  constructor() {
    throw new TypeError("WasmArray: use selector.allocate(Type, length)");
  }
  /** A typed array view of the elements, current for the memory as it is now. */
  get array() {
    let state = stateOf(this, "WasmArray.array"), why = unusable(state);
    return why !== null && fail("WasmArray.array", null, `this ${why.slice(5)}`), state.instance === null ? state.js : heapView(state);
  }
  /** Number of elements. */
  get length() {
    return stateOf(this, "WasmArray.length").length;
  }
  /** The typed array constructor of the elements (Float64Array, Uint8Array, \u2026). */
  get type() {
    return stateOf(this, "WasmArray.type").Type;
  }
  get byteLength() {
    return stateOf(this, "WasmArray.byteLength").bytes;
  }
  /** True while the heap block is not freed. */
  get live() {
    let state = stateOf(this, "WasmArray.live");
    return unusable(state) === null;
  }
  /** True when the array lives in a WebAssembly heap (false: an ordinary typed array). */
  get resident() {
    return stateOf(this, "WasmArray.resident").instance !== null;
  }
  /** Free the heap block now (idempotent). Later use is an InvalidArgumentError. */
  free() {
    let state = stateOf(this, "WasmArray.free");
    state.freed || (finalizer?.unregister(state), release(state));
  }
  get [Symbol.toStringTag]() {
    return "WasmArray";
  }
};
function stateOf(value, operation) {
  let state = states.get(value);
  if (state === void 0) throw new TypeError(`${operation}: not a WasmArray`);
  return state;
}
function isWasmArray(value) {
  return value !== null && typeof value == "object" && states.has(value);
}
function wasmArrayTypeName(value) {
  return isWasmArray(value) ? states.get(value).Type.name : void 0;
}
function allocateArray(owner, instance, current, Type, length) {
  let operation = "allocate";
  ELEMENT_TYPES.includes(Type) || fail(operation, "Type", `must be a typed array constructor (${ELEMENT_TYPES.map((t) => t.name).join(", ")}), got ${typeof Type == "function" ? Type.name || "a function" : typeof Type}`), (typeof length != "number" || !Number.isInteger(length) || length < 0) && fail(operation, "length", `must be a non-negative integer, got ${typeof length == "number" ? length : typeof length}`), length * Type.BYTES_PER_ELEMENT > MAX_BYTES && fail(operation, "length", `is too large: ${length} elements of ${Type.name} exceed the 4 GiB heap`);
  let state = new ArrayState(owner, instance, current, Type, length);
  if (instance === null)
    state.js = new Type(length);
  else {
    let ptr = instance.module._malloc(Math.max(state.bytes, 1)) >>> 0;
    if (!ptr) throw memoryError(instance, operation, state.bytes);
    state.ptr = ptr, new Uint8Array(instance.memory.buffer, ptr, state.bytes).fill(0);
  }
  let array = Object.create(WasmArray.prototype);
  states.set(array, state);
  let c = countsOf(owner);
  return c.arrays++, c.bytes += state.bytes, c.live.add(state), finalizer?.register(array, state, state), array;
}
function moveResidentArrays(owner, from, to) {
  let moving = [...counts.get(owner)?.live ?? []].filter((state) => state.instance === from), M = to.module, ptrs = [];
  for (let state of moving) {
    let ptr = M._malloc(Math.max(state.bytes, 1)) >>> 0;
    if (!ptr) {
      for (let p of ptrs) M._free(p);
      return !1;
    }
    ptrs.push(ptr);
  }
  return moving.forEach((state, i) => {
    new Uint8Array(to.memory.buffer, ptrs[i], state.bytes).set(new Uint8Array(from.memory.buffer, state.ptr, state.bytes)), from.module._free(state.ptr), state.instance = to, state.ptr = ptrs[i], state.view = null, state.buffer = null;
  }), !0;
}
function residentMemory(owner) {
  let c = counts.get(owner);
  return { residentArrays: c?.arrays ?? 0, residentBytes: c?.bytes ?? 0 };
}
var caller = null;
function enterCall(owner) {
  let outer = caller;
  return caller = owner, outer;
}
function leaveCall(outer) {
  caller = outer;
}
function residentView(operation, argument, value) {
  let state = states.get(value), why = unusable(state);
  return why !== null && fail(operation, argument, why), state.owner !== caller && fail(operation, argument, caller === null ? "is a WasmArray, which only a call of its own selector can take (callAsync and workers cannot: pass wasmArray.array.slice())" : "is a WasmArray of another selector: pass it to the selector that allocated it, or pass wasmArray.array.slice()"), state.instance === null ? state.js : (residentsTaken++, heapView(state));
}
var residentsTaken = 0;
function residentCount() {
  return residentsTaken;
}
function sameMemory(view, from) {
  let state = heapViews.get(from);
  if (state !== void 0 && view !== from) {
    let address = (state instanceof ArrayState ? state.ptr : state.address) + (view.byteOffset - from.byteOffset);
    heapViews.set(view, { instance: state.instance, address, length: view.length, Type: view.constructor });
  }
  return view;
}
function residentAddress(view, instance) {
  let state = heapViews.get(view);
  return state === void 0 || state.instance !== instance ? -1 : state instanceof ArrayState ? state.ptr : state.address;
}
function liveView(view) {
  let state = heapViews.get(view);
  if (state === void 0) return view;
  let buffer = state.instance.memory.buffer;
  return view.buffer === buffer ? view : state instanceof ArrayState ? new state.Type(buffer, state.ptr, state.length) : new state.Type(buffer, state.address, state.length);
}

// js/boundary.js
function fail2(operation, argument, message) {
  throw new InvalidArgumentError(`'${argument}' ${message}`, { operation, argument });
}
var TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype), getter = (object, key) => Object.getOwnPropertyDescriptor(object, key).get, taTag = getter(TypedArrayPrototype, Symbol.toStringTag), taLength = getter(TypedArrayPrototype, "length"), taByteLength = getter(TypedArrayPrototype, "byteLength"), taByteOffset = getter(TypedArrayPrototype, "byteOffset"), taBuffer = getter(TypedArrayPrototype, "buffer"), taKeys = TypedArrayPrototype.keys, abByteLength = getter(ArrayBuffer.prototype, "byteLength"), abSlice = ArrayBuffer.prototype.slice, TYPED_ARRAYS = Object.freeze({
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array
});
function typedArrayName(value) {
  return taTag.call(value) ?? wasmArrayTypeName(value);
}
function arrayBufferByteLength(value) {
  if (value === null || typeof value != "object") return -1;
  try {
    return abByteLength.call(value);
  } catch {
    return -1;
  }
}
var made = [], top = 0;
function register(view, argument) {
  return remember(view, taByteLength.call(view), argument);
}
function remember(array, byteLength, argument) {
  return made[top] = array, made[top + 1] = byteLength, made[top + 2] = argument, top += 3, array;
}
function recordedByteLength() {
  return made[top - 2];
}
function viewMark() {
  return top;
}
function sealViews(mark, operation) {
  let end = top;
  top = mark;
  for (let i = mark; i < end; i += 3) {
    let view = made[i];
    if (made[i] = void 0, taByteLength.call(view) !== made[i + 1]) {
      for (let j = i + 3; j < end; j += 3) made[j] = void 0;
      fail2(operation, made[i + 2], "was detached or resized while the arguments were being read (by a getter or a Proxy): pass arrays that stay as they are during the call");
    }
  }
}
function firstChangedView(mark) {
  for (let i = mark; i < top; i += 3) if (taByteLength.call(made[i]) !== made[i + 1]) return i;
  return -1;
}
function dropViews(mark) {
  for (let i = mark; i < top; i += 3) made[i] = void 0;
  top = mark;
}
var detachedMessage = "is a view of a detached ArrayBuffer, or of a resizable buffer that no longer covers it";
function typedArrayView(operation, argument, value, names, expected) {
  let name = typedArrayName(value);
  return (name === void 0 || !names.includes(name)) && fail2(operation, argument, `must be ${expected}, got ${describe(value)}`), viewOf(operation, argument, value, name);
}
function viewOf(operation, argument, value, name) {
  if (taTag.call(value) === void 0 && isWasmArray(value)) return register(residentView(operation, argument, value), argument);
  let length = taLength.call(value);
  if (length === 0)
    try {
      taKeys.call(value);
    } catch {
      fail2(operation, argument, detachedMessage);
    }
  return register(new TYPED_ARRAYS[name](taBuffer.call(value), taByteOffset.call(value), length), argument);
}
function arrayOf(operation, argument, value, name) {
  return taTag.call(value) === void 0 ? viewOf(operation, argument, value, name) : recorded(operation, argument, value);
}
function uint8ArrayOf(operation, argument, value) {
  return taTag.call(value) === "Uint8Array" ? recorded(operation, argument, value) : void 0;
}
function recorded(operation, argument, value) {
  let byteLength = taByteLength.call(value);
  if (byteLength === 0)
    try {
      taKeys.call(value);
    } catch {
      fail2(operation, argument, detachedMessage);
    }
  return remember(value, byteLength, argument);
}
var lengthOf = (array) => taLength.call(array), byteOffsetOf = (array) => taByteOffset.call(array), byteLengthOf = (array) => taByteLength.call(array), typeOf = (array) => taTag.call(array);
function subarrayOf(array, start, end) {
  let Type = TYPED_ARRAYS[taTag.call(array)];
  return new Type(taBuffer.call(array), taByteOffset.call(array) + start * Type.BYTES_PER_ELEMENT, end - start);
}
function copyOf(array) {
  return new TYPED_ARRAYS[taTag.call(array)](array);
}
function arrayBufferView(operation, argument, value) {
  let length = arrayBufferByteLength(value);
  if (length < 0) return null;
  if (length === 0)
    try {
      abSlice.call(value, 0, 0);
    } catch {
      fail2(operation, argument, "is a detached ArrayBuffer");
    }
  return register(new Uint8Array(value, 0, length), argument);
}
function bufferOf(view) {
  return taBuffer.call(view);
}
function describe(value) {
  if (value === null) return "null";
  let type = typeof value;
  if (type === "number") return Number.isFinite(value) ? "number" : String(value);
  if (type !== "object" && type !== "function") return type;
  let resident = wasmArrayTypeName(value);
  if (resident !== void 0) return `WasmArray(${resident})`;
  let name = taTag.call(value);
  if (name !== void 0) {
    try {
      taKeys.call(value);
    } catch {
      return `${name} (detached or out of bounds)`;
    }
    return name;
  }
  if (arrayBufferByteLength(value) >= 0) return "ArrayBuffer";
  try {
    if (Array.isArray(value)) return "Array";
  } catch {
    return "a revoked Proxy";
  }
  if (type === "function") return "function";
  let proto;
  try {
    proto = Object.getPrototypeOf(value);
  } catch {
    return "a Proxy";
  }
  if (proto === null) return "object (null prototype)";
  let ctor = Object.getOwnPropertyDescriptor(proto, "constructor")?.value, ctorName = typeof ctor == "function" ? Object.getOwnPropertyDescriptor(ctor, "name")?.value : void 0;
  return typeof ctorName != "string" || ctorName === "" ? "object" : Object.hasOwn(TYPED_ARRAYS, ctorName) && ctor.prototype === proto ? `an object posing as a ${ctorName} (a Proxy or look-alike, not a typed array)` : ctorName;
}
function isArray(operation, argument, value) {
  try {
    return Array.isArray(value);
  } catch {
    fail2(operation, argument, "is a revoked Proxy");
  }
}
function readable(operation, argument, value) {
  return isArray(operation, argument, value), value;
}
function readOptions(operation, argument, value, known) {
  (value === null || typeof value != "object" || isArray(operation, argument, value) || taTag.call(value) !== void 0) && fail2(operation, argument, `must be an object, got ${describe(value)}`);
  let out = /* @__PURE__ */ Object.create(null);
  for (let key of Object.keys(value)) {
    if (!known.includes(key)) {
      let list = known.length ? ` (known: ${known.map((k) => `'${k}'`).join(", ")})` : "";
      fail2(operation, argument, `has unknown option '${key}'${list}`);
    }
    out[key] = value[key];
  }
  return out;
}
function arraySnapshot(value) {
  let length = value.length, out = new Array(length);
  for (let i = 0; i < length; i++) out[i] = value[i];
  return out;
}
function isHole(value, i) {
  try {
    return !(i in value);
  } catch {
    return !1;
  }
}

// thresholds.json
var defaultEngine = {
  engine: "v8-11",
  runtime: "Node 20"
};
var operations = {
  crypto_xor_encrypt: {
    wasmMinSize: 4096
  },
  crypto_xor_decrypt: {
    wasmMinSize: 4096
  },
  json_parse: {
    wasmMinSize: 9007199254740991,
    note: "WASM was not faster at any measured size (up to 2097279): AUTO answers with JS"
  },
  json_stringify: {
    wasmMinSize: 9007199254740991,
    note: "WASM was not faster at any measured size (up to 1): AUTO answers with JS"
  },
  json_validate: {
    wasmMinSize: 150
  },
  json_extract_numbers: {
    wasmMinSize: 292
  },
  crypto_sha256: {
    wasmMinSize: 9007199254740991,
    note: "WASM was not faster at any measured size (up to 4194304): AUTO answers with JS"
  },
  crypto_hash: {
    wasmMinSize: 1024
  },
  matrix_multiply: {
    wasmMinSize: 3375,
    threadsMinSize: 2744e3,
    maxThreads: 0
  },
  matrix_transpose: {
    wasmMinSize: 1024
  },
  matrix_determinant: {
    wasmMinSize: 0
  },
  image_blur: {
    wasmMinSize: 0,
    threadsMinSize: 802816,
    maxThreads: 0
  },
  image_grayscale: {
    wasmMinSize: 4096
  },
  numeric_fibonacci: {
    wasmMinSize: 9007199254740991,
    note: "WASM was not faster at any measured size (up to 8125): AUTO answers with JS"
  },
  numeric_fibonacci_recursive: {
    wasmMinSize: 11
  },
  numeric_factorial: {
    wasmMinSize: 1300
  },
  numeric_prime_factors: {
    wasmMinSize: 20
  },
  numeric_gcd: {
    wasmMinSize: 28
  },
  numeric_lcm: {
    wasmMinSize: 52
  },
  string_reverse: {
    wasmMinSize: 256
  },
  string_is_palindrome: {
    wasmMinSize: 1024
  },
  string_frequency: {
    wasmMinSize: 64
  },
  string_longest_substring: {
    wasmMinSize: 1024
  },
  science_monte_carlo_pi: {
    wasmMinSize: 512,
    threadsMinSize: 131072,
    maxThreads: 0
  },
  science_integrate: {
    wasmMinSize: 16
  },
  data_sort: {
    wasmMinSize: 1024
  },
  search_linear: {
    wasmMinSize: 9007199254740991,
    note: "WASM was not faster at any measured size (up to 1048576): AUTO answers with JS"
  },
  search_binary: {
    wasmMinSize: 9007199254740991,
    note: "WASM was not faster at any measured size (up to 1048576): AUTO answers with JS"
  },
  search_contains: {
    wasmMinSize: 65536
  },
  "data_sort:numbers": {
    wasmMinSize: 512
  },
  "data_sort:strings": {
    wasmMinSize: 128
  },
  "search_contains:strings": {
    wasmMinSize: 9007199254740991,
    note: "WASM was not faster at any measured size (up to 4194304): AUTO answers with JS"
  },
  "matrix_transpose:arrays": {
    wasmMinSize: 1048576,
    note: "arrays of arrays, measured 2026-12-02 07:47-08:13 UTC under load (load average 7-21 on 2 cores), four runs (this file's points, bench/matrix-forms.mjs): WASM 1.07-3x slower from 24x24 to 512x512 in each; at 1024x1024 and 2048x2048 0.79-0.92x in three of the four (1.53x and 1.04x in one): WASM from 1024x1024 on; {rows, cols, data} keeps its own threshold (matrix_transpose)"
  },
  "numeric_fibonacci:batch": {
    wasmMinSize: 64,
    itemMinSize: 0,
    itemMaxSize: 76.09375
  },
  "matrix_multiply:batch": {
    wasmMinSize: 16,
    itemMinSize: 216,
    itemMaxSize: 9007199254740991
  },
  "crypto_sha256:batch": {
    wasmMinSize: 16,
    itemMinSize: 0,
    itemMaxSize: 256
  }
}, engines = {
  "v8-15": {
    engine: "AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
    operations: {
      "numeric_fibonacci:batch": {
        wasmMinSize: 64,
        itemMinSize: 14.09375,
        itemMaxSize: 76.09375
      },
      "matrix_multiply:batch": {
        wasmMinSize: 16,
        itemMinSize: 216,
        itemMaxSize: 9007199254740991
      },
      "crypto_sha256:batch": {
        wasmMinSize: 1,
        itemMinSize: 0,
        itemMaxSize: 9007199254740991
      },
      numeric_fibonacci: {
        wasmMinSize: 9007199254740991
      },
      numeric_fibonacci_recursive: {
        wasmMinSize: 8
      },
      numeric_factorial: {
        wasmMinSize: 9007199254740991
      },
      numeric_prime_factors: {
        wasmMinSize: 20
      },
      numeric_gcd: {
        wasmMinSize: 9007199254740991
      },
      numeric_lcm: {
        wasmMinSize: 9007199254740991
      },
      matrix_multiply: {
        wasmMinSize: 5832
      },
      matrix_transpose: {
        wasmMinSize: 65536
      },
      matrix_determinant: {
        wasmMinSize: 64
      },
      string_reverse: {
        wasmMinSize: 4096
      },
      string_is_palindrome: {
        wasmMinSize: 262145
      },
      string_frequency: {
        wasmMinSize: 256
      },
      string_longest_substring: {
        wasmMinSize: 4096
      },
      crypto_xor_encrypt: {
        wasmMinSize: 4096
      },
      crypto_xor_decrypt: {
        wasmMinSize: 8192
      },
      crypto_hash: {
        wasmMinSize: 1048577
      },
      crypto_sha256: {
        wasmMinSize: 16
      },
      data_sort: {
        wasmMinSize: 512
      },
      json_parse: {
        wasmMinSize: 9007199254740991
      },
      json_validate: {
        wasmMinSize: 293
      },
      json_extract_numbers: {
        wasmMinSize: 593
      },
      json_stringify: {
        wasmMinSize: 9007199254740991
      },
      search_binary: {
        wasmMinSize: 9007199254740991
      },
      search_linear: {
        wasmMinSize: 131072
      },
      search_contains: {
        wasmMinSize: 524288
      },
      image_blur: {
        wasmMinSize: 64
      },
      image_grayscale: {
        wasmMinSize: 65536
      },
      science_monte_carlo_pi: {
        wasmMinSize: 512
      },
      science_integrate: {
        wasmMinSize: 4
      }
    }
  },
  "spidermonkey-153": {
    engine: "Gecko/20100101 Firefox/153.0",
    operations: {
      "numeric_fibonacci:batch": {
        wasmMinSize: 64,
        itemMinSize: 14.09375,
        itemMaxSize: 76.09375
      },
      "matrix_multiply:batch": {
        wasmMinSize: 4,
        itemMinSize: 64,
        itemMaxSize: 9007199254740991
      },
      "crypto_sha256:batch": {
        wasmMinSize: 4,
        itemMinSize: 0,
        itemMaxSize: 9007199254740991
      },
      numeric_fibonacci: {
        wasmMinSize: 9007199254740991
      },
      numeric_fibonacci_recursive: {
        wasmMinSize: 8
      },
      numeric_factorial: {
        wasmMinSize: 1300
      },
      numeric_prime_factors: {
        wasmMinSize: 20
      },
      numeric_gcd: {
        wasmMinSize: 9007199254740991
      },
      numeric_lcm: {
        wasmMinSize: 9007199254740991
      },
      matrix_multiply: {
        wasmMinSize: 1728
      },
      matrix_transpose: {
        wasmMinSize: 65536
      },
      matrix_determinant: {
        wasmMinSize: 1728
      },
      string_reverse: {
        wasmMinSize: 262145
      },
      string_is_palindrome: {
        wasmMinSize: 262145
      },
      string_frequency: {
        wasmMinSize: 64
      },
      string_longest_substring: {
        wasmMinSize: 4096
      },
      crypto_xor_encrypt: {
        wasmMinSize: 4096
      },
      crypto_xor_decrypt: {
        wasmMinSize: 4096
      },
      crypto_hash: {
        wasmMinSize: 256
      },
      crypto_sha256: {
        wasmMinSize: 16
      },
      data_sort: {
        wasmMinSize: 2048
      },
      json_parse: {
        wasmMinSize: 9007199254740991
      },
      json_validate: {
        wasmMinSize: 292
      },
      json_extract_numbers: {
        wasmMinSize: 292
      },
      json_stringify: {
        wasmMinSize: 9007199254740991
      },
      search_binary: {
        wasmMinSize: 9007199254740991
      },
      search_linear: {
        wasmMinSize: 9007199254740991
      },
      search_contains: {
        wasmMinSize: 524288
      },
      image_blur: {
        wasmMinSize: 64
      },
      image_grayscale: {
        wasmMinSize: 4194305
      },
      science_monte_carlo_pi: {
        wasmMinSize: 32
      },
      science_integrate: {
        wasmMinSize: 16
      }
    }
  },
  jsc: {
    engine: "Bun 1.4.5 (JavaScriptCore)",
    operations: {
      "numeric_fibonacci:batch": {
        wasmMinSize: 4,
        itemMinSize: 0,
        itemMaxSize: 76.09375
      },
      "matrix_multiply:batch": {
        wasmMinSize: 1,
        itemMinSize: 4096,
        itemMaxSize: 9007199254740991
      },
      "crypto_sha256:batch": {
        wasmMinSize: 9007199254740991,
        itemMinSize: 9007199254740991,
        itemMaxSize: 9007199254740991
      },
      numeric_fibonacci: {
        wasmMinSize: 9007199254740991
      },
      numeric_fibonacci_recursive: {
        wasmMinSize: 8
      },
      numeric_factorial: {
        wasmMinSize: 9007199254740991
      },
      numeric_prime_factors: {
        wasmMinSize: 20
      },
      numeric_gcd: {
        wasmMinSize: 52
      },
      numeric_lcm: {
        wasmMinSize: 9007199254740991
      },
      matrix_multiply: {
        wasmMinSize: 19683
      },
      matrix_transpose: {
        wasmMinSize: 65536
      },
      matrix_determinant: {
        wasmMinSize: 8e3
      },
      string_reverse: {
        wasmMinSize: 1024
      },
      string_is_palindrome: {
        wasmMinSize: 4096
      },
      string_frequency: {
        wasmMinSize: 64
      },
      string_longest_substring: {
        wasmMinSize: 4096
      },
      crypto_xor_encrypt: {
        wasmMinSize: 512
      },
      crypto_xor_decrypt: {
        wasmMinSize: 16384
      },
      crypto_hash: {
        wasmMinSize: 1024
      },
      crypto_sha256: {
        wasmMinSize: 9007199254740991
      },
      data_sort: {
        wasmMinSize: 4096
      },
      json_parse: {
        wasmMinSize: 9007199254740991
      },
      json_validate: {
        wasmMinSize: 150
      },
      json_extract_numbers: {
        wasmMinSize: 150
      },
      json_stringify: {
        wasmMinSize: 9007199254740991
      },
      search_binary: {
        wasmMinSize: 9007199254740991
      },
      search_linear: {
        wasmMinSize: 9007199254740991
      },
      search_contains: {
        wasmMinSize: 9007199254740991
      },
      image_blur: {
        wasmMinSize: 64
      },
      image_grayscale: {
        wasmMinSize: 9007199254740991
      },
      science_monte_carlo_pi: {
        wasmMinSize: 256
      },
      science_integrate: {
        wasmMinSize: 4
      }
    }
  },
  "deno-v8-15": {
    engine: "Deno 2.9.6 (V8 15.0.245.2-rusty)",
    operations: {
      "numeric_fibonacci:batch": {
        wasmMinSize: 64,
        itemMinSize: 14.09375,
        itemMaxSize: 76.09375
      },
      "matrix_multiply:batch": {
        wasmMinSize: 16,
        itemMinSize: 512,
        itemMaxSize: 9007199254740991
      },
      "crypto_sha256:batch": {
        wasmMinSize: 4,
        itemMinSize: 0,
        itemMaxSize: 256
      },
      numeric_fibonacci: {
        wasmMinSize: 9007199254740991
      },
      numeric_fibonacci_recursive: {
        wasmMinSize: 8
      },
      numeric_factorial: {
        wasmMinSize: 9007199254740991
      },
      numeric_prime_factors: {
        wasmMinSize: 20
      },
      numeric_gcd: {
        wasmMinSize: 9007199254740991
      },
      numeric_lcm: {
        wasmMinSize: 9007199254740991
      },
      matrix_multiply: {
        wasmMinSize: 5832
      },
      matrix_transpose: {
        wasmMinSize: 4096
      },
      matrix_determinant: {
        wasmMinSize: 8e3
      },
      string_reverse: {
        wasmMinSize: 9007199254740991
      },
      string_is_palindrome: {
        wasmMinSize: 262145
      },
      string_frequency: {
        wasmMinSize: 1024
      },
      string_longest_substring: {
        wasmMinSize: 262145
      },
      crypto_xor_encrypt: {
        wasmMinSize: 16384
      },
      crypto_xor_decrypt: {
        wasmMinSize: 16384
      },
      crypto_hash: {
        wasmMinSize: 1048577
      },
      crypto_sha256: {
        wasmMinSize: 9007199254740991
      },
      data_sort: {
        wasmMinSize: 1024
      },
      json_parse: {
        wasmMinSize: 9007199254740991
      },
      json_validate: {
        wasmMinSize: 9007199254740991
      },
      json_extract_numbers: {
        wasmMinSize: 262167
      },
      json_stringify: {
        wasmMinSize: 9007199254740991
      },
      search_binary: {
        wasmMinSize: 9007199254740991
      },
      search_linear: {
        wasmMinSize: 9007199254740991
      },
      search_contains: {
        wasmMinSize: 16384
      },
      image_blur: {
        wasmMinSize: 64
      },
      image_grayscale: {
        wasmMinSize: 262144
      },
      science_monte_carlo_pi: {
        wasmMinSize: 512
      },
      science_integrate: {
        wasmMinSize: 16
      }
    }
  }
};

// js/validate.js
var utf8 = new TextEncoder();
function toBytes(operation, argument, value) {
  if (typeof value == "string") {
    let encoded = utf8.encode(value);
    return bytesRead = encoded.length, encoded;
  }
  let bytes = uint8ArrayOf(operation, argument, value);
  return bytes === void 0 ? otherBytes(operation, argument, value) : (bytesRead = recordedByteLength(), bytes);
}
function otherBytes(operation, argument, value) {
  let name = typedArrayName(value), bytes = null;
  if (name === "Uint8Array") bytes = arrayOf(operation, argument, value, name);
  else if (name === "Uint8ClampedArray" || name === "Int8Array") {
    let view = viewOf(operation, argument, value, name);
    bytes = sameMemory(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), view);
  } else name === void 0 && (bytes = arrayBufferView(operation, argument, value));
  return bytes === null && fail2(operation, argument, `must be a Uint8Array or a string, got ${describe(value)}`), bytesRead = recordedByteLength(), bytes;
}
var bytesRead = 0;
function bytesLength() {
  return bytesRead;
}
var measured = { size: 0, kind: 0 };
function sized(input, size, kind = 0) {
  return measured.size = size, measured.kind = kind, input;
}
function toCount(operation, argument, value, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  return (typeof value != "number" || !Number.isInteger(value)) && fail2(operation, argument, `must be an integer, got ${typeof value == "number" ? value : describe(value)}`), (value < min || value > max) && fail2(operation, argument, `must be between ${min} and ${max}, got ${value}`), value;
}
function toFinite(operation, argument, value) {
  return (typeof value != "number" || !Number.isFinite(value)) && fail2(operation, argument, `must be a finite number, got ${typeof value == "number" ? value : describe(value)}`), value;
}
function arity(operation, args, min, max = min) {
  if (args.length < min || args.length > max) {
    let want = min === max ? `${min}` : `${min} to ${max}`;
    throw new InvalidArgumentError(`takes ${want} argument(s), got ${args.length}`, { operation });
  }
}

// js/fallbacks/crypto_xor.js
function cryptoXor(data, key, given, n = lengthOf(data), keyLen = lengthOf(key)) {
  if (n === 0) return given ?? new Uint8Array(0);
  let out = given;
  if (out === void 0 ? out = new Uint8Array(data) : out.set(data), keyLen <= 64 && n >= 256 && out.byteOffset % 4 === 0) {
    let period = keyLen * 4, pattern = new Uint8Array(period);
    for (let i = 0; i < period; i++) pattern[i] = key[i % keyLen];
    let words = n >>> 2, out32 = new Uint32Array(out.buffer, out.byteOffset, words), pat32 = new Uint32Array(pattern.buffer), periodWords = keyLen, p = 0;
    for (let w = 0; w < words; w++)
      out32[w] ^= pat32[p], ++p === periodWords && (p = 0);
    for (let i = words * 4; i < n; i++) out[i] ^= pattern[i % period];
    return out;
  }
  let k = 0;
  for (let i = 0; i < n; i++)
    out[i] ^= key[k], ++k === keyLen && (k = 0);
  return out;
}

// js/wasm/heap.js
var BIG_REQUEST = 2 ** 31 - 2 ** 24, STEP = 2 ** 31 - 2 ** 20;
function allocInSteps(M, bytes) {
  let step = M._malloc(STEP) >>> 0;
  return step && M._free(step), M._malloc(bytes) >>> 0;
}
var HeapScope = class {
  constructor(instance, operation) {
    this.instance = instance, this.operation = operation, this.pointers = [];
  }
  /** Allocate `bytes` (8-byte aligned); throws WasmMemoryError if the heap cannot grow. */
  alloc(bytes) {
    let M = this.instance.module, ptr = (bytes >= BIG_REQUEST ? allocInSteps(M, bytes) : M._malloc(Math.max(bytes, 1))) >>> 0;
    if (!ptr) throw memoryError(this.instance, this.operation, bytes);
    return this.pointers.push(ptr), ptr;
  }
  /**
   * The heap address of a typed array the kernel only reads: a view of a WasmArray in
   * this instance's heap (js/wasm-array.js) is passed as it is, anything else is copied
   * in. The kernel must not write there (see copyOwned).
   */
  copyIn(array) {
    let at = residentAddress(array, this.instance);
    return at >= 0 ? at : this.copyOwned(array);
  }
  /** Copy a typed array into a heap block of the call's own (which the kernel may overwrite). */
  copyOwned(array) {
    let bytes = byteLengthOf(liveView(array)), ptr = this.alloc(bytes), source = liveView(array);
    return new Uint8Array(this.instance.memory.buffer, ptr, bytes).set(new Uint8Array(bufferOf(source), byteOffsetOf(source), bytes)), ptr;
  }
  /**
   * An input view as it can be read now: the same view, or for a WasmArray's view whose
   * memory grew during this call (an allocation of the call), a view of the memory now.
   */
  live(view) {
    return liveView(view);
  }
  /** The heap address of `view` if it is a WasmArray's view in this heap, else -1. */
  addressOf(view) {
    return residentAddress(view, this.instance);
  }
  /** A fresh view of `length` elements of type `Type` at `ptr` (valid until the next allocation). */
  view(Type, ptr, length) {
    return new Type(this.instance.memory.buffer, ptr, length);
  }
  /** A copy, owned by JS, of `length` elements of type `Type` at `ptr`. */
  copyOut(Type, ptr, length) {
    return copyFromHeap(this.instance.memory.buffer, Type, ptr, length);
  }
  free() {
    let { _free } = this.instance.module;
    for (let ptr of this.pointers) _free(ptr);
    this.pointers.length = 0;
  }
};
function copyFromHeap(buffer, Type, ptr, length) {
  if (typeof SharedArrayBuffer == "function" && buffer instanceof SharedArrayBuffer) {
    let out = new Type(length);
    return out.set(new Type(buffer, ptr, length)), out;
  }
  return new Type(buffer.slice(ptr, ptr + length * Type.BYTES_PER_ELEMENT));
}
function withHeap(instance, operation, fn) {
  let scope = new HeapScope(instance, operation);
  try {
    return fn(scope, instance.module);
  } finally {
    scope.free();
  }
}

// js/wasm/crypto_xor.js
var XOR_CHUNK_BYTES = 1024 * 1024;
function cryptoXor2(instance, operation, data, key, out, n = lengthOf(data), keyLength = lengthOf(key)) {
  let result = out ?? new Uint8Array(n);
  return n === 0 ? result : withHeap(instance, operation, (heap, M) => {
    let dataAt = heap.addressOf(data), outAt = out === void 0 ? -1 : heap.addressOf(out), keyPtr = heap.copyIn(key);
    if (dataAt >= 0 && outAt >= 0)
      return M.crypto_xor(dataAt, n, keyPtr, keyLength, outAt, 0), result;
    let chunk = Math.min(n, XOR_CHUNK_BYTES), ptr = heap.alloc(chunk), window2 = heap.view(Uint8Array, ptr, chunk), source = heap.live(data), target = heap.live(result);
    for (let off = 0; off < n; off += chunk) {
      let len = Math.min(chunk, n - off), w = len === chunk ? window2 : window2.subarray(0, len);
      w.set(len === n ? source : subarrayOf(source, off, off + len)), M.crypto_xor(ptr, len, keyPtr, keyLength, ptr, off % keyLength), target.set(w, off);
    }
    return result;
  });
}

// js/fallbacks/crypto.js
function fnv1a32(bytes) {
  let h = 2166136261, n = lengthOf(bytes);
  for (let i = 0; i < n; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return h >>> 0;
}

// js/wasm/crypto.js
function fnv1a322(instance, operation, bytes) {
  return withHeap(instance, operation, (heap, M) => M.crypto_hash(heap.copyIn(bytes), lengthOf(bytes)) >>> 0);
}

// js/fallbacks/platform.js
var NodeBuffer = typeof Buffer == "function" && typeof Buffer.from == "function" ? Buffer : null, crypto, nodeCrypto = () => crypto ?? (crypto = nodeBuiltin("crypto")), hasNodeCrypto = isNode && typeof process.getBuiltinModule == "function", sha256Native = hasNodeCrypto ? (bytes) => nodeCrypto().createHash("sha256").update(bytes).digest("hex") : null, indexOfBytesNative = NodeBuffer && denoVersion === null ? (text, pattern) => NodeBuffer.from(bufferOf(text), byteOffsetOf(text), lengthOf(text)).indexOf(NodeBuffer.from(bufferOf(pattern), byteOffsetOf(pattern), lengthOf(pattern))) : null, PATHS = Object.freeze({
  sha256: "node:crypto",
  indexOfBytes: "Buffer#indexOf",
  includes: "String#includes",
  json: "JSON"
});

// js/fallbacks/crypto_sha256.js
var K = new Int32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
function compress(state, w, bytes, off) {
  for (let i = 0; i < 16; i++, off += 4)
    w[i] = bytes[off] << 24 | bytes[off + 1] << 16 | bytes[off + 2] << 8 | bytes[off + 3];
  for (let i = 16; i < 64; i++) {
    let x = w[i - 15], y = w[i - 2], s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3, s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
    w[i] = w[i - 16] + s0 + w[i - 7] + s1 | 0;
  }
  let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
  for (let i = 0; i < 64; i++) {
    let S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7), t1 = h + S1 + (e & f ^ ~e & g) + K[i] + w[i] | 0, t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ a & c ^ b & c) | 0;
    h = g, g = f, f = e, e = d + t1 | 0, d = c, c = b, b = a, a = t1 + t2 | 0;
  }
  state[0] = state[0] + a | 0, state[1] = state[1] + b | 0, state[2] = state[2] + c | 0, state[3] = state[3] + d | 0, state[4] = state[4] + e | 0, state[5] = state[5] + f | 0, state[6] = state[6] + g | 0, state[7] = state[7] + h | 0;
}
function sha256HexJs(bytes) {
  let state = new Int32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]), w = new Int32Array(64), n = lengthOf(bytes), full = Math.floor(n / 64);
  for (let i = 0; i < full; i++) compress(state, w, bytes, i * 64);
  let rest = n - full * 64, tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(subarrayOf(bytes, full * 64, n)), tail[rest] = 128;
  let view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(n / 536870912)), view.setUint32(tail.length - 4, n * 8 >>> 0);
  for (let off = 0; off < tail.length; off += 64) compress(state, w, tail, off);
  let hex = "";
  for (let i = 0; i < 8; i++) hex += (state[i] >>> 0).toString(16).padStart(8, "0");
  return hex;
}
var sha256Hex = sha256Native ?? sha256HexJs, sha256Path = sha256Native ? PATHS.sha256 : null;

// js/profiled.js
var profiled = /* @__PURE__ */ new WeakSet();
function markProfiled(instance) {
  profiled.add(instance);
}
function isProfiled(instance) {
  return profiled.has(instance);
}

// js/wasm/crypto_sha256.js
var HEX_LENGTH = 64, ascii = typeof TextDecoder == "function" ? new TextDecoder() : null, records = /* @__PURE__ */ new WeakMap();
function recordOf(instance) {
  let record = records.get(instance);
  if (record === void 0) {
    let M = instance.module, scratch = M._mlw_sha256_scratch() >>> 0;
    M._mlw_sha256_hex(scratch, 0, scratch), M._mlw_sha256_begin(), M._mlw_sha256_update(scratch, 0), M._mlw_sha256_finish(scratch, 0, scratch);
    let profiled2 = isProfiled(instance);
    record = {
      hash: profiled2 ? (...a) => M.crypto_sha256(...a) : (p, n, h) => M._mlw_sha256_hex(p, n, h),
      begin: profiled2 ? () => M.crypto_sha256_begin() : () => M._mlw_sha256_begin(),
      update: profiled2 ? (p, n) => M.crypto_sha256_update(p, n) : (p, n) => M._mlw_sha256_update(p, n),
      finish: profiled2 ? (p, n, h) => M.crypto_sha256_finish(p, n, h) : (p, n, h) => M._mlw_sha256_finish(p, n, h),
      hex: scratch,
      input: scratch + HEX_LENGTH,
      inputSize: M._mlw_sha256_scratch_input() >>> 0,
      // Browsers' TextDecoder does not read views of shared memory (the threads build's).
      decode: ascii === null || typeof SharedArrayBuffer == "function" && instance.memory.buffer instanceof SharedArrayBuffer ? null : ascii,
      buffer: null,
      // the memory's buffer the two views below are on (memory growth replaces it)
      inputView: null,
      hexView: null
    }, records.set(instance, record);
  }
  return record;
}
function viewsOn(record, buffer) {
  return record.buffer !== buffer && (record.buffer = buffer, record.inputView = new Uint8Array(buffer, record.input, record.inputSize), record.hexView = new Uint8Array(buffer, record.hex, HEX_LENGTH)), record;
}
function hexOf(record) {
  let view = record.hexView;
  return record.decode === null ? String.fromCharCode.apply(null, view) : record.decode.decode(view);
}
function streamed(record, bytes) {
  let { inputView, input, inputSize } = record, n = lengthOf(bytes);
  record.begin();
  let at = 0;
  for (; n - at > inputSize; at += inputSize)
    inputView.set(subarrayOf(bytes, at, at + inputSize)), record.update(input, inputSize / 64);
  inputView.set(at === 0 ? bytes : subarrayOf(bytes, at, n)), record.finish(input, n - at, record.hex);
}
function sha256Hex2(instance, operation, bytes) {
  let record = recordOf(instance), n = lengthOf(bytes);
  return residentAddress(bytes, instance) < 0 ? (viewsOn(record, instance.memory.buffer), n <= record.inputSize ? (record.inputView.set(bytes), record.hash(record.input, n, record.hex)) : streamed(record, bytes), hexOf(record)) : withHeap(instance, operation, (heap) => {
    let dataPtr = heap.copyIn(bytes);
    return record.hash(dataPtr, lengthOf(liveView(bytes)), record.hex), hexOf(viewsOn(record, instance.memory.buffer));
  });
}

// js/wasm/numeric.js
var HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function limbsToBigInt(limbs) {
  if (limbs.length === 0) return 0n;
  let bytes = new Uint8Array(limbs.buffer, limbs.byteOffset, limbs.length * 4), hex = "0x";
  for (let i = bytes.length - 1; i >= 0; i--) hex += HEX[bytes[i]];
  return BigInt(hex);
}
function split(big) {
  return [Number(big & 0xffffffffn), Number(big >> 32n)];
}
function exactLimbs(instance, operation, n, entry, capacityEntry) {
  return withHeap(instance, operation, (heap, M) => {
    let cap = M[capacityEntry](n), out = heap.alloc(cap * 4), lenAt = heap.alloc(4);
    checkStatus(instance, operation, M[entry](n, out, cap, lenAt));
    let len = heap.view(Uint32Array, lenAt, 1)[0];
    return limbsToBigInt(heap.view(Uint32Array, out, len));
  });
}
var fibonacciBig = (instance, operation, n) => exactLimbs(instance, operation, n, "numeric_fibonacci", "numeric_fibonacci_capacity"), factorialBig = (instance, operation, n) => exactLimbs(instance, operation, n, "numeric_factorial", "numeric_factorial_capacity");
function fibonacciRecursive(instance, n) {
  return instance.module.numeric_fibonacci_recursive(n);
}
function primeFactorsBig(instance, operation, n) {
  return withHeap(instance, operation, (heap, M) => {
    let out = heap.alloc(512), [lo, hi] = split(n), count = M.numeric_prime_factors(lo, hi, out), words = heap.view(Uint32Array, out, count * 2), result = new Array(count);
    for (let i = 0; i < count; i++) result[i] = BigInt(words[2 * i + 1]) << 32n | BigInt(words[2 * i]);
    return result;
  });
}
function gcdBig(instance, operation, a, b) {
  return withHeap(instance, operation, (heap, M) => {
    let out = heap.alloc(8);
    M.numeric_gcd(...split(a), ...split(b), out);
    let w = heap.view(Uint32Array, out, 2);
    return BigInt(w[1]) << 32n | BigInt(w[0]);
  });
}
function lcmBig(instance, operation, a, b) {
  return withHeap(instance, operation, (heap, M) => {
    let out = heap.alloc(16);
    return M.numeric_lcm(...split(a), ...split(b), out), limbsToBigInt(heap.view(Uint32Array, out, 4));
  });
}

// js/wasm/matrix.js
var typeOf2 = (input) => input.type === "f32" ? Float32Array : Float64Array;
function allocMatrix(heap, Type, rows2, cols) {
  return heap.alloc(rows2 * cols * Type.BYTES_PER_ELEMENT);
}
function fill(heap, ptr, input) {
  heap.view(typeOf2(input), ptr, input.rows * input.cols).set(heap.live(input.data));
}
function readOut(heap, ptr, like, rows2, cols) {
  let Type = typeOf2(like);
  if (like.form === "object") return { rows: rows2, cols, data: heap.copyOut(Type, ptr, rows2 * cols) };
  let view = heap.view(Type, ptr, rows2 * cols), out = new Array(rows2);
  for (let i = 0; i < rows2; i++) {
    let row = new Array(cols), base = i * cols;
    for (let j = 0; j < cols; j++) row[j] = view[base + j];
    out[i] = row;
  }
  return out;
}
function matrixMultiply(instance, operation, { a, b }, threads) {
  return withHeap(instance, operation, (heap, M) => {
    let Type = typeOf2(a), m = a.rows, k = a.cols, n = b.cols, pa = allocMatrix(heap, Type, m, k), pb = allocMatrix(heap, Type, k, n), pc = allocMatrix(heap, Type, m, n);
    fill(heap, pa, a), fill(heap, pb, b);
    let multiply2 = a.type === "f32" ? M.matrix_multiply_f32 : M.matrix_multiply_f64;
    return checkStatus(instance, operation, multiply2(pa, pb, pc, m, k, n, threads)), readOut(heap, pc, a, m, n);
  });
}
function matrixTranspose(instance, operation, { a }) {
  return withHeap(instance, operation, (heap, M) => {
    let Type = typeOf2(a), { rows: rows2, cols } = a, pa = allocMatrix(heap, Type, rows2, cols), pt = allocMatrix(heap, Type, cols, rows2);
    return fill(heap, pa, a), a.type === "f32" ? M.matrix_transpose_f32(pa, pt, rows2, cols) : M.matrix_transpose_f64(pa, pt, rows2, cols), readOut(heap, pt, a, cols, rows2);
  });
}
function matrixDeterminant(instance, operation, { a }) {
  return withHeap(instance, operation, (heap, M) => {
    let n = a.rows, pa = allocMatrix(heap, Float64Array, n, n);
    return heap.view(Float64Array, pa, n * n).set(heap.live(a.data)), M.matrix_determinant_f64(pa, n);
  });
}

// js/wasm/batch.js
var HEX_PAIRS = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  let hex = i.toString(16).padStart(2, "0");
  HEX_PAIRS[i] = hex.charCodeAt(0) | hex.charCodeAt(1) << 8;
}
var ascii2 = null;
function sha256Batch(instance, operation, items) {
  let count = items.length, total = 0;
  for (let i = 0; i < count; i++) total += lengthOf(items[i]);
  return withHeap(instance, operation, (heap, M) => {
    let dataPtr = heap.alloc(total), offsetsPtr = heap.alloc((count + 1) * 4), digestsPtr = heap.alloc(count * 32), arena = heap.view(Uint8Array, dataPtr, total), offsets = heap.view(Uint32Array, offsetsPtr, count + 1), at = 0;
    for (let i = 0; i < count; i++) {
      offsets[i] = at;
      let bytes = heap.live(items[i]);
      arena.set(bytes, at), at += lengthOf(bytes);
    }
    offsets[count] = at, checkStatus(instance, operation, M.crypto_sha256_batch(dataPtr, offsetsPtr, count, digestsPtr));
    let digests = heap.view(Uint8Array, digestsPtr, count * 32), pairs = new Uint16Array(count * 32);
    for (let j = 0; j < pairs.length; j++) pairs[j] = HEX_PAIRS[digests[j]];
    let text = (ascii2 ?? (ascii2 = new TextDecoder("latin1"))).decode(pairs), out = new Array(count);
    for (let i = 0; i < count; i++) out[i] = text.slice(64 * i, 64 * i + 64);
    return out;
  });
}
function fibonacciBatch(instance, operation, ns, safeMax) {
  let count = ns.length;
  return withHeap(instance, operation, (heap, M) => {
    let nsPtr = heap.alloc(count * 4);
    heap.view(Uint32Array, nsPtr, count).set(ns);
    let cap = M.numeric_fibonacci_batch_capacity(nsPtr, count), outPtr = heap.alloc(cap * 4), startsPtr = heap.alloc(count * 4), lensPtr = heap.alloc(count * 4);
    checkStatus(instance, operation, M.numeric_fibonacci_batch(nsPtr, count, outPtr, cap, startsPtr, lensPtr));
    let limbs = heap.view(Uint32Array, outPtr, cap), starts = heap.view(Uint32Array, startsPtr, count), lens = heap.view(Uint32Array, lensPtr, count), out = new Array(count);
    for (let i = 0; i < count; i++) {
      let s = starts[i];
      ns[i] <= safeMax ? out[i] = lens[i] === 0 ? 0 : limbs[s] + (lens[i] > 1 ? limbs[s + 1] * 4294967296 : 0) : out[i] = limbsToBigInt(limbs.subarray(s, s + lens[i]));
    }
    return out;
  });
}
function matrixMultiplyBatch(instance, operation, items) {
  let count = items.length, f32 = items[0].a.type === "f32", Type = f32 ? Float32Array : Float64Array, aTotal = 0, bTotal = 0, cTotal = 0;
  for (let i = 0; i < count; i++) {
    let { a, b } = items[i];
    aTotal += a.rows * a.cols, bTotal += b.rows * b.cols, cTotal += a.rows * b.cols;
  }
  let size = Type.BYTES_PER_ELEMENT;
  return withHeap(instance, operation, (heap, M) => {
    let pa = heap.alloc(aTotal * size), pb = heap.alloc(bTotal * size), pc = heap.alloc(cTotal * size), pd = heap.alloc(count * 12), va = heap.view(Type, pa, aTotal), vb = heap.view(Type, pb, bTotal), dims = heap.view(Uint32Array, pd, count * 3), ai = 0, bi = 0;
    for (let i = 0; i < count; i++) {
      let { a, b } = items[i];
      va.set(heap.live(a.data), ai), vb.set(heap.live(b.data), bi), ai += a.rows * a.cols, bi += b.rows * b.cols, dims[3 * i] = a.rows, dims[3 * i + 1] = a.cols, dims[3 * i + 2] = b.cols;
    }
    let multiply2 = f32 ? M.matrix_multiply_batch_f32 : M.matrix_multiply_batch_f64;
    checkStatus(instance, operation, multiply2(pa, pb, pc, pd, count));
    let out = new Array(count), vc = heap.view(Type, pc, cTotal), ci = 0;
    for (let i = 0; i < count; i++) {
      let { a, b } = items[i], n = a.rows * b.cols;
      if (a.form === "object") {
        let data = new Type(n);
        data.set(vc.subarray(ci, ci + n)), out[i] = { rows: a.rows, cols: b.cols, data };
      } else out[i] = readOut(heap, pc + ci * size, a, a.rows, b.cols);
      ci += n;
    }
    return out;
  });
}

// js/registry/crypto.js
var KEY = new Uint8Array([109, 108, 119, 33, 19, 55, 192, 222, 90, 165, 1, 254, 66, 153, 126, 128]);
function xorOut(name, options, data, n) {
  if (options === void 0) return;
  let { out } = readOptions(name, "options", options, ["out"]);
  if (out === void 0) return;
  let view = typedArrayView(name, "options.out", out, ["Uint8Array"], "a Uint8Array");
  view.length !== n && fail2(name, "options.out", `must have data's length ${n}, got ${view.length}`);
  let at = byteOffsetOf(data);
  return bufferOf(view) === bufferOf(data) && view.byteOffset !== at && view.byteOffset < at + n && at < view.byteOffset + view.length && fail2(name, "options.out", "must be data itself or not overlap it"), { view, array: out };
}
var returned = (out, result) => out === void 0 ? result : out.array;
function xorRow(name) {
  return {
    name,
    signature: "<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(data: Uint8Array | string, key: Uint8Array | string, options?: { out?: O }) => O",
    description: "XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt; options.out: write into this array (may be data itself) and return it",
    complexity: "O(n)",
    validate(args) {
      arity(name, args, 2, 3);
      let data = toBytes(name, "data", args[0]), n = bytesLength(), key = toBytes(name, "key", args[1]), keyLength = bytesLength();
      return keyLength === 0 && fail2(name, "key", "must not be empty"), sized({ data, key, out: xorOut(name, args[2], data, n), n, keyLength }, n);
    },
    js: ({ data, key, out, n, keyLength }) => returned(out, cryptoXor(data, key, out?.view, n, keyLength)),
    wasm: (instance, { data, key, out, n, keyLength }) => returned(out, cryptoXor2(instance, name, data, key, out?.view, n, keyLength)),
    sample: () => ["multilingual", "key"],
    sweep: (k) => ({ scales: k.geometric(16, 4 << 20), args: (n) => [k.randomBytes(n, 7), KEY] })
  };
}
function bytesRow(name, signature, description, jsFn, wasmFn, sweepFactor, jsPath = null, platform = null) {
  return {
    name,
    signature,
    description,
    complexity: "O(n)",
    validate(args) {
      arity(name, args, 1);
      let data = toBytes(name, "data", args[0]);
      return sized({ data }, bytesLength());
    },
    js: ({ data }) => jsFn(data),
    // The platform-native implementation the JS backend uses, if any (js/fallbacks/platform.js).
    jsPath: () => jsPath,
    platform,
    wasm: (instance, { data }) => wasmFn(instance, name, data),
    sample: () => ["abc"],
    sweep: (k) => ({ scales: k.geometric(16, 4 << 20, sweepFactor), args: (n) => [k.randomBytes(n, 13)] })
  };
}
var crypto_default = [
  xorRow("crypto_xor_encrypt"),
  xorRow("crypto_xor_decrypt"),
  bytesRow(
    "crypto_hash",
    "(data: Uint8Array | string) => number",
    "FNV-1a 32-bit of the bytes (UTF-8 for strings), unsigned; NOT cryptographic",
    fnv1a32,
    fnv1a322,
    4
  ),
  {
    ...bytesRow(
      "crypto_sha256",
      "(data: Uint8Array | string) => string",
      "SHA-256 of the bytes (UTF-8 for strings) as lowercase hex",
      sha256Hex,
      sha256Hex2,
      2,
      sha256Path,
      "node:crypto (OpenSSL) in Node, Deno and Bun; JS in browsers"
    ),
    // platformNatives: false: the package's own SHA-256 in JS.
    jsPure: ({ data }) => sha256HexJs(data),
    // callBatch (js/batch.js): one arena, one C++ loop.
    wasmBatch: (instance, inputs) => sha256Batch(instance, "crypto_sha256", inputs.map((x) => x.data)),
    // Batch threshold ('crypto_sha256:batch', js/calibrate.js calibrateBatch): counts at a
    // typical item (countAt: 64 bytes), then item sizes (bytes) at a fixed count.
    batchSweep: (k) => ({ countAt: 64, items: [16, 64, 256, 1024, 4096], item: (n, i) => [k.randomBytes(n, 100 + i % 32)], counts: [1, 4, 16, 64, 256, 1024] })
  }
];

// js/fallbacks/data.js
function dataSort({ kind, array }) {
  return kind === "typed" ? copyOf(array).sort() : kind === "numbers" ? Array.from(array.slice().sort()) : array.slice().sort();
}
function dataSortJs({ kind, array }) {
  let numeric = kind !== "strings" && typeof array[0] != "bigint", out = kind === "typed" ? copyOf(array) : array.slice(), end = out.length;
  if (numeric) {
    let k = 0;
    for (let i = 0; i < out.length; i++) out[i] === out[i] && (out[k++] = out[i]);
    for (let i = k; i < out.length; i++) out[i] = NaN;
    end = k;
  }
  return mergeSort(out, end, numeric ? lessNumber : lessPlain), kind === "numbers" ? Array.from(out) : out;
}
var lessPlain = (a, b) => a < b, lessNumber = (a, b) => a < b || a === 0 && b === 0 && 1 / a < 1 / b;
function mergeSort(a, n, less) {
  for (let lo = 0; lo < n; lo += 16) {
    let hi = Math.min(lo + 16, n);
    for (let i = lo + 1; i < hi; i++) {
      let x = a[i], j = i - 1;
      for (; j >= lo && less(x, a[j]); )
        a[j + 1] = a[j], j--;
      a[j + 1] = x;
    }
  }
  if (n <= 16) return;
  let src = a, dst = Array.isArray(a) ? new Array(n) : new a.constructor(n);
  for (let width = 16; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      let mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n), i = lo, j = mid, k = lo;
      for (; i < mid && j < hi; ) dst[k++] = less(src[j], src[i]) ? src[j++] : src[i++];
      for (; i < mid; ) dst[k++] = src[i++];
      for (; j < hi; ) dst[k++] = src[j++];
    }
    [src, dst] = [dst, src];
  }
  if (src !== a) for (let i = 0; i < n; i++) a[i] = src[i];
}
function dataFilter(array, predicate) {
  return array.filter(predicate);
}
function dataMap(array, fn) {
  return array.map(fn);
}
function dataReduce(array, fn, hasInitial, initial) {
  return hasInitial ? array.reduce(fn, initial) : array.reduce(fn);
}
function dataGroupBy(records2, key) {
  let groups = /* @__PURE__ */ new Map(), keyOf = typeof key == "function" ? key : (record) => record[key];
  return records2.forEach((record, i) => {
    let k = String(keyOf(record, i)), group = groups.get(k);
    group ? group.push(record) : groups.set(k, [record]);
  }), Object.fromEntries(groups);
}

// js/wasm/element_type.js
var CODES = Object.freeze({
  __proto__: null,
  Int8Array: 0,
  Uint8Array: 1,
  Uint8ClampedArray: 1,
  Int16Array: 2,
  Uint16Array: 3,
  Int32Array: 4,
  Uint32Array: 5,
  Float32Array: 6,
  Float64Array: 7,
  BigInt64Array: 8,
  BigUint64Array: 9
});
function elementTypeCode(array) {
  return CODES[typeOf(array)];
}

// js/wasm/data.js
function sortTyped(instance, operation, array) {
  return withHeap(instance, operation, (heap, M) => {
    let n = lengthOf(array), ptr = heap.copyOwned(array);
    return checkStatus(instance, operation, M.data_sort_typed(ptr, n, elementTypeCode(array))), heap.copyOut(TYPED_ARRAYS[typeOf(array)], ptr, n);
  });
}
function sortStrings(instance, operation, strings) {
  let n = strings.length, total = 0;
  for (let i = 0; i < n; i++) total += strings[i].length;
  return withHeap(instance, operation, (heap, M) => {
    let unitsPtr = heap.alloc(total * 2), offsetsPtr = heap.alloc((n + 1) * 4), orderPtr = heap.alloc(n * 4), units = heap.view(Uint16Array, unitsPtr, total), offsets = heap.view(Uint32Array, offsetsPtr, n + 1), at = 0;
    for (let i = 0; i < n; i++) {
      let s = strings[i];
      offsets[i] = at;
      for (let j = 0; j < s.length; j++) units[at + j] = s.charCodeAt(j);
      at += s.length;
    }
    offsets[n] = at, checkStatus(instance, operation, M.data_sort_strings(unitsPtr, offsetsPtr, n, orderPtr));
    let order = heap.view(Uint32Array, orderPtr, n), out = new Array(n);
    for (let k = 0; k < n; k++) out[k] = strings[order[k]];
    return out;
  });
}
function dataSort2(instance, operation, { kind, array }) {
  return kind === "typed" ? sortTyped(instance, operation, array) : kind === "numbers" ? Array.from(sortTyped(instance, operation, array)) : sortStrings(instance, operation, array);
}

// js/registry/data.js
var NUMBER_TYPED_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array"];
function rejectElement(operation, argument, array, items, i, expected) {
  items[i] === void 0 && isHole(array, i) && fail2(operation, argument, `has a hole at index ${i}; expected ${expected}`), fail2(operation, argument, `element ${i} is ${describe(items[i])}; expected ${expected}`);
}
function elementsOf(operation, argument, value, type, expected) {
  let items = arraySnapshot(value);
  for (let i = 0; i < items.length; i++)
    typeof items[i] !== type && rejectElement(operation, argument, value, items, i, expected);
  return items;
}
function toNumericArray(operation, argument, value) {
  let name = typedArrayName(value);
  if (name !== void 0 && NUMBER_TYPED_ARRAYS.includes(name)) return arrayOf(operation, argument, value, name);
  if (name === void 0 && isArray(operation, argument, value))
    return Float64Array.from(elementsOf(operation, argument, value, "number", "only numbers"));
  fail2(operation, argument, `must be a numeric typed array or an Array of numbers, got ${describe(value)}`);
}
var TYPED = 0, NUMBERS = 1, STRINGS = 2;
function validateSort(args) {
  let name = "data_sort";
  arity(name, args, 1);
  let value = args[0], typed = typedArrayName(value);
  if (typed !== void 0) {
    let array = arrayOf(name, "array", value, typed);
    return sized({ kind: "typed", array }, lengthOf(array), TYPED);
  }
  isArray(name, "array", value) || fail2(name, "array", `must be a typed array or an Array of numbers or of strings, got ${describe(value)}`);
  let items = arraySnapshot(value);
  if (items.length === 0) return sized({ kind: "numbers", array: new Float64Array(0) }, 0, NUMBERS);
  let first = typeof items[0];
  first !== "number" && first !== "string" && rejectElement(name, "array", value, items, 0, "numbers or strings");
  for (let i = 1; i < items.length; i++)
    typeof items[i] !== first && rejectElement(name, "array", value, items, i, `only ${first}s (mixed types are not sorted)`);
  return first === "number" ? sized({ kind: "numbers", array: Float64Array.from(items) }, items.length, NUMBERS) : sized({ kind: "strings", array: items }, items.length, STRINGS);
}
function toCallbackArray(operation, value) {
  let name = typedArrayName(value);
  if (name !== void 0) return viewOf(operation, "array", value, name);
  if (isArray(operation, "array", value)) return value;
  fail2(operation, "array", `must be an Array or a typed array, got ${describe(value)}`);
}
function toCallback(operation, argument, value) {
  return typeof value != "function" && fail2(operation, argument, `must be a function, got ${describe(value)}`), value;
}
var JS_ONLY = "JS-only: takes a JS callback";
var data_default = [
  {
    name: "data_sort",
    platform: "TypedArray#sort (numbers), Array#sort (strings)",
    jsPath: ({ kind }) => kind === "strings" ? "Array#sort" : "TypedArray#sort",
    jsPure: (input) => dataSortJs(input),
    signature: "<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(array: T) => T",
    description: "A new sorted array of the same type (input untouched): numeric order of TypedArray.prototype.sort (-0 before +0, NaN last) for typed arrays and number[]; UTF-16 code-unit order for string[]",
    complexity: "O(n\xB7w) radix (w = element bytes) for numbers; O(n log n \xB7 L) for strings",
    validate: validateSort,
    js: (input) => dataSort(input),
    wasm: (instance, input) => dataSort2(instance, "data_sort", input),
    sample: () => [new Float64Array([3, -0, 0, NaN, -1])],
    sweep: (k) => ({ scales: k.geometric(4, 1 << 20, 2), args: (n) => [k.randomFloats(n, 17)] }),
    // Typed arrays (radix vs TypedArray#sort), number[] (read into a Float64Array, answered
    // as number[]) and string[] (UTF-16 copy and a permutation vs Array#sort) cost
    // differently: each kind has its own thresholds.
    kinds: ["typed", "numbers", "strings"]
    // validateSort's kinds: TYPED, NUMBERS, STRINGS
  },
  {
    name: "data_filter",
    signature: "<T extends unknown[] | NumericTypedArray>(array: T, predicate: (value: ElementOf<T>, index: number, array: T) => unknown) => T",
    description: `Elements for which predicate is truthy (${JS_ONLY})`,
    complexity: "O(n)",
    validate(args) {
      arity("data_filter", args, 2);
      let array = toCallbackArray("data_filter", args[0]);
      return sized({ array, fn: toCallback("data_filter", "predicate", args[1]) }, array.length);
    },
    js: ({ array, fn }) => dataFilter(array, fn),
    sample: () => [[1, 2, 3], (x) => x > 1]
  },
  {
    name: "data_map",
    signature: "<A extends readonly unknown[] | NumericTypedArray, U = ElementOf<A>>(array: A, fn: (value: ElementOf<A>, index: number) => U) => A extends readonly unknown[] ? U[] : A",
    description: `fn applied to every element; a typed array maps to the same type (${JS_ONLY})`,
    complexity: "O(n)",
    validate(args) {
      arity("data_map", args, 2);
      let array = toCallbackArray("data_map", args[0]);
      return sized({ array, fn: toCallback("data_map", "fn", args[1]) }, array.length);
    },
    js: ({ array, fn }) => dataMap(array, fn),
    sample: () => [[1, 2, 3], (x) => x * 2]
  },
  {
    name: "data_reduce",
    signature: "<A extends readonly unknown[] | NumericTypedArray, R = ElementOf<A>>(array: A, fn: (acc: R, value: ElementOf<A>, index: number) => R, initial?: R) => R",
    description: `Left fold; without initial the first element starts it, and an empty array is an error (${JS_ONLY})`,
    complexity: "O(n)",
    validate(args) {
      arity("data_reduce", args, 2, 3);
      let array = toCallbackArray("data_reduce", args[0]), fn = toCallback("data_reduce", "fn", args[1]), hasInitial = args.length === 3;
      return !hasInitial && array.length === 0 && fail2("data_reduce", "array", "is empty and no initial value was given"), sized({ array, fn, hasInitial, initial: args[2] }, array.length);
    },
    js: ({ array, fn, hasInitial, initial }) => dataReduce(array, fn, hasInitial, initial),
    sample: () => [[1, 2, 3], (a, b) => a + b, 0]
  },
  {
    name: "data_group_by",
    signature: "<R>(records: R[], key: string | ((record: R, index: number) => PropertyKey)) => Record<string, R[]>",
    description: `Plain object of arrays keyed by String(record[key]) or String(key(record, i)); keys in order of first occurrence (integer-like keys follow JS property order) (${JS_ONLY})`,
    complexity: "O(n)",
    validate(args) {
      let name = "data_group_by";
      arity(name, args, 2);
      let [given, key] = args;
      isArray(name, "records", given) || fail2(name, "records", `must be an Array, got ${describe(given)}`);
      let records2 = arraySnapshot(given);
      if (typeof key == "string")
        for (let i = 0; i < records2.length; i++) {
          let r = records2[i];
          (r === null || typeof r != "object") && fail2(name, "records", `element ${i} is ${describe(r)}; with a property-name key every record must be an object`);
        }
      else typeof key != "function" && fail2(name, "key", `must be a property name (string) or a function, got ${describe(key)}`);
      return sized({ records: records2, key }, records2.length);
    },
    js: ({ records: records2, key }) => dataGroupBy(records2, key),
    sample: () => [[{ k: "a" }, { k: "b" }, { k: "a" }], "k"]
  }
];

// js/fallbacks/image_blur.js
function blurExpNeg(t) {
  let z = -t / 8, q = 1;
  for (let k = 14; k >= 1; k--) q = 1 + z / k * q;
  return q = q * q, q = q * q, q * q;
}
function gaussianWeights(radius) {
  let rr = radius * radius, w = new Float64Array(radius + 1), total = 0;
  for (let i = 0; i <= radius; i++)
    w[i] = blurExpNeg(2 * i * i / rr), total = i === 0 ? w[0] : total + 2 * w[i];
  let scale = 2 ** 20, out = new Int32Array(radius + 1), tails = 0;
  for (let i = 1; i <= radius; i++)
    out[i] = Math.floor(w[i] * scale / total + 0.5), tails += out[i];
  return out[0] = scale - 2 * tails, out;
}
function boxTable(r) {
  let d = 2 * r + 1, table = new Uint8Array(255 * d + 1);
  for (let x = 0; x < table.length; x++) table[x] = Math.floor((x + r) / d);
  return table;
}
function boxHorizontal(src, dst, w, h, r, table) {
  let last = w - 1;
  for (let y = 0; y < h; y++) {
    let row = y * w * 4, s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let i = -r; i <= r; i++) {
      let p = row + (i < 0 ? 0 : i > last ? last : i) * 4;
      s0 += src[p], s1 += src[p + 1], s2 += src[p + 2], s3 += src[p + 3];
    }
    for (let x = 0; x < w; x++) {
      let o = row + x * 4;
      dst[o] = table[s0], dst[o + 1] = table[s1], dst[o + 2] = table[s2], dst[o + 3] = table[s3];
      let a = row + (x + r + 1 < w ? x + r + 1 : last) * 4, s = row + (x - r > 0 ? x - r : 0) * 4;
      s0 += src[a] - src[s], s1 += src[a + 1] - src[s + 1], s2 += src[a + 2] - src[s + 2], s3 += src[a + 3] - src[s + 3];
    }
  }
}
function boxVertical(src, dst, w, h, r, table) {
  let n = w * 4, sums = new Int32Array(n);
  for (let i = -r; i <= r; i++) {
    let row = (i < 0 ? 0 : i > h - 1 ? h - 1 : i) * n;
    for (let j = 0; j < n; j++) sums[j] += src[row + j];
  }
  for (let y = 0; y < h; y++) {
    let out = y * n, add = (y + r + 1 < h ? y + r + 1 : h - 1) * n, sub = (y - r > 0 ? y - r : 0) * n;
    for (let j = 0; j < n; j++) {
      let s = sums[j];
      dst[out + j] = table[s], sums[j] = s + src[add + j] - src[sub + j];
    }
  }
}
function gaussianHorizontal(src, dst, w, h, r, W) {
  let n = w * 4, padded = new Uint8Array((w + 2 * r) * 4), w0 = W[0];
  for (let y = 0; y < h; y++) {
    let row = y * n;
    for (let x = -r; x < w + r; x++) {
      let p = row + (x < 0 ? 0 : x >= w ? w - 1 : x) * 4, q = (x + r) * 4;
      padded[q] = src[p], padded[q + 1] = src[p + 1], padded[q + 2] = src[p + 2], padded[q + 3] = src[p + 3];
    }
    for (let j = 0, c = r * 4; j < n; j++, c++) {
      let acc = 524288 + w0 * padded[c];
      for (let i = 1, d = 4; i <= r; i++, d += 4) acc += W[i] * (padded[c - d] + padded[c + d]);
      dst[row + j] = acc >>> 20;
    }
  }
}
function gaussianVertical(src, dst, w, h, r, W) {
  let n = w * 4, w0 = W[0], up = new Int32Array(r + 1), down = new Int32Array(r + 1);
  for (let y = 0; y < h; y++) {
    for (let i = 1; i <= r; i++)
      up[i] = (y - i > 0 ? y - i : 0) * n, down[i] = (y + i < h ? y + i : h - 1) * n;
    let row = y * n;
    for (let j = 0; j < n; j++) {
      let acc = 524288 + w0 * src[row + j];
      for (let i = 1; i <= r; i++) acc += W[i] * (src[up[i] + j] + src[down[i] + j]);
      dst[row + j] = acc >>> 20;
    }
  }
}
function imageBlur(data, width, height, kind, radius) {
  let out = new Uint8Array(data.length);
  if (radius === 0 || data.length === 0)
    return out.set(data), out;
  let tmp = new Uint8Array(data.length);
  if (kind === "gaussian") {
    let W = gaussianWeights(radius);
    gaussianHorizontal(data, tmp, width, height, radius, W), gaussianVertical(tmp, out, width, height, radius, W);
  } else {
    let table = boxTable(radius);
    boxHorizontal(data, tmp, width, height, radius, table), boxVertical(tmp, out, width, height, radius, table);
  }
  return out;
}

// js/fallbacks/image.js
function imageGrayscale(data) {
  let out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 4) {
    let y = 77 * data[i] + 150 * data[i + 1] + 29 * data[i + 2] + 128 >> 8;
    out[i] = y, out[i + 1] = y, out[i + 2] = y, out[i + 3] = data[i + 3];
  }
  return out;
}

// js/wasm/image_blur.js
var KIND_CODES = { box: 0, gaussian: 1 };
function imageBlur2(instance, operation, data, width, height, kind, radius, threads, out) {
  return withHeap(instance, operation, (heap, M) => {
    let inPtr = heap.copyIn(data), outAt = out === void 0 ? -1 : heap.addressOf(out), outPtr = outAt >= 0 ? outAt : heap.alloc(data.length);
    return checkStatus(instance, operation, M.image_blur(inPtr, outPtr, width, height, KIND_CODES[kind], radius, threads)), out === void 0 ? heap.copyOut(Uint8Array, outPtr, data.length) : (outAt < 0 && heap.live(out).set(heap.view(Uint8Array, outPtr, data.length)), out);
  });
}

// js/wasm/image.js
function imageGrayscale2(instance, operation, data) {
  return withHeap(instance, operation, (heap, M) => {
    let ptr = heap.copyOwned(data);
    return M.image_grayscale(ptr, ptr, data.length / 4), heap.copyOut(Uint8Array, ptr, data.length);
  });
}

// js/registry/image.js
var MAX_SIDE = 1 << 24, KINDS = ["box", "gaussian"], PIXEL_TYPES = ["Uint8ClampedArray", "Uint8Array"];
function toImage(operation, value) {
  (value === null || typeof value != "object" || typedArrayName(readable(operation, "image", value)) !== void 0) && fail2(operation, "image", `must be an ImageData-like {data, width, height}, got ${describe(value)}`);
  let { data: given, width, height } = value, data = typedArrayView(operation, "image.data", given, PIXEL_TYPES, "a Uint8ClampedArray or Uint8Array");
  return toCount(operation, "image.width", width, { max: MAX_SIDE }), toCount(operation, "image.height", height, { max: MAX_SIDE }), data.length !== width * height * 4 && fail2(operation, "image.data", `must hold width*height*4 = ${width * height * 4} bytes (RGBA), got ${data.length}`), { source: value, data, width, height };
}
function blurOut(image, value) {
  let view = typedArrayView("image_blur", "options.out", value, PIXEL_TYPES, "a Uint8ClampedArray or Uint8Array"), data = image.data;
  return view.length !== data.length && fail2("image_blur", "options.out", `must have the image's length ${data.length}, got ${view.length}`), bufferOf(view) === bufferOf(data) && view.byteOffset < data.byteOffset + data.length && data.byteOffset < view.byteOffset + view.length && fail2("image_blur", "options.out", "must not overlap the image data"), { view, array: value };
}
function asImage({ source, data, width, height }, bytes) {
  let out = data instanceof Uint8ClampedArray ? new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
  return typeof ImageData < "u" && source instanceof ImageData ? new ImageData(out, width, height) : { data: out, width, height };
}
var blur = {
  name: "image_blur",
  signature: "<I extends ImageLike, O extends Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array> = never>(image: I, radius: number, options?: { kind?: 'box' | 'gaussian'; out?: O }) => [O] extends [never] ? ImageOf<I> : { data: O; width: number; height: number }",
  description: `separable blur of RGBA pixels (all four channels), edges clamped; radius 0..${1e3}; box or gaussian (sigma = radius/2); options.out: write the pixels into this array (not overlapping the input) and return {data: out, width, height}`,
  complexity: "O(w\xB7h) box, O(w\xB7h\xB7r) gaussian",
  validate(args) {
    arity("image_blur", args, 2, 3);
    let image = toImage("image_blur", args[0]), radius = toCount("image_blur", "radius", args[1], { max: 1e3 }), kind = "box", out;
    if (args[2] !== void 0) {
      let options = readOptions("image_blur", "options", args[2], ["kind", "out"]);
      options.kind !== void 0 && (KINDS.includes(options.kind) || fail2("image_blur", "options.kind", `must be 'box' or 'gaussian', got ${typeof options.kind == "string" ? `'${options.kind}'` : describe(options.kind)}`), kind = options.kind), options.out !== void 0 && (out = blurOut(image, options.out));
    }
    return sized({ image, radius, kind, out }, image.data.length);
  },
  js: ({ image, radius, kind, out }) => {
    let pixels = imageBlur(image.data, image.width, image.height, kind, radius);
    return out === void 0 ? asImage(image, pixels) : (out.view.set(pixels), { data: out.array, width: image.width, height: image.height });
  },
  wasm: (instance, { image, radius, kind, out }, threads) => {
    let pixels = imageBlur2(instance, "image_blur", image.data, image.width, image.height, kind, radius, threads, out?.view);
    return out === void 0 ? asImage(image, pixels) : { data: out.array, width: image.width, height: image.height };
  },
  sample: () => [{ data: new Uint8ClampedArray(16).fill(7), width: 2, height: 2 }, 1],
  sweep: (k) => ({ scales: k.geometric(4, 1024, 1.6), args: (s) => [k.testImage(s, s, 5), 2, { kind: "box" }] })
}, grayscale = {
  name: "image_grayscale",
  signature: "<I extends ImageLike>(image: I) => ImageOf<I>",
  description: "RGBA -> RGBA with R = G = B = (77 R + 150 G + 29 B + 128) >> 8 (BT.601 luma), alpha kept",
  complexity: "O(w\xB7h)",
  validate(args) {
    arity("image_grayscale", args, 1);
    let image = toImage("image_grayscale", args[0]);
    return sized({ image }, image.data.length);
  },
  js: ({ image }) => asImage(image, imageGrayscale(image.data)),
  wasm: (instance, { image }) => asImage(image, imageGrayscale2(instance, "image_grayscale", image.data)),
  sample: () => [{ data: new Uint8ClampedArray(16).fill(7), width: 2, height: 2 }],
  sweep: (k) => ({ scales: k.geometric(4, 2048, 2), args: (s) => [k.testImage(s, s, 47)] })
}, image_default = [blur, grayscale];

// js/fallbacks/json_errors.js
var JSON_ERROR = Object.freeze({
  UNEXPECTED_END: 1,
  UNEXPECTED_CHARACTER: 2,
  EXPECTED_COMMA_OR_BRACKET: 3,
  EXPECTED_COMMA_OR_BRACE: 4,
  EXPECTED_COLON: 5,
  EXPECTED_PROPERTY_NAME: 6,
  BAD_ESCAPE: 7,
  BAD_UNICODE_ESCAPE: 8,
  CONTROL_CHARACTER: 9,
  NO_DIGIT_AFTER_MINUS: 10,
  NO_DIGIT_AFTER_POINT: 11,
  NO_DIGIT_IN_EXPONENT: 12,
  TRAILING_DATA: 13,
  UNTERMINATED_STRING: 14
}), WORDING = {
  1: () => "Unexpected end of JSON input",
  2: (c) => `Unexpected character ${c} where a JSON value was expected`,
  3: (c) => `Expected ',' or ']' after an array element, got ${c}`,
  4: (c) => `Expected ',' or '}' after a property value, got ${c}`,
  5: (c) => `Expected ':' after a property name, got ${c}`,
  6: (c) => `Expected a double-quoted property name, got ${c}`,
  7: (c) => `Bad escape character ${c} in string`,
  8: (c) => `Bad Unicode escape: expected a hex digit, got ${c}`,
  9: (c) => `Bad control character ${c} in string (escape it)`,
  10: (c) => `No digit after the minus sign, got ${c}`,
  11: (c) => `No digit after the decimal point, got ${c}`,
  12: (c) => `No digit in the exponent, got ${c}`,
  13: (c) => `Unexpected character ${c} after the JSON value`,
  14: () => "Unterminated string in JSON"
};
function show(text, position) {
  let c = text.charCodeAt(position);
  return c > 32 && c < 127 ? `'${text[position]}'` : `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}
function jsonSyntaxError(kind, text, position) {
  let word = WORDING[kind];
  if (!word) throw new Error(`internal: unknown JSON error kind ${kind}`);
  return new JsonSyntaxError(word(position < text.length ? show(text, position) : ""), position);
}
var VALUE_NAMES = { 0: "null", 1: "a boolean", 2: "a boolean", 4: "a string", 6: "an array", 7: "an object" };
function notANumberError(operation, field, tag, position) {
  return new InvalidArgumentError(
    `member ${JSON.stringify(field)} at position ${position} holds ${VALUE_NAMES[tag]}, not a number`,
    { operation, argument: "text" }
  );
}

// js/fallbacks/json_scan.js
var TAG = Object.freeze({ NULL: 0, FALSE: 1, TRUE: 2, NUMBER: 3, STRING: 4, ARRAY: 6, OBJECT: 7 }), isWs = (c) => c === 32 || c === 10 || c === 13 || c === 9, isDigit = (c) => c >= 48 && c <= 57, isHex = (c) => isDigit(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70, ESCAPES = { 34: '"', 92: "\\", 47: "/", 98: "\b", 102: "\f", 110: `
`, 114: "\r", 116: "	" }, Stop = class {
  constructor(result) {
    this.result = result;
  }
};
function scanJson(text, field) {
  let n = text.length, extract = field !== void 0, values = [], stack = [], i = 0, matched = !1, fail3 = (kind, position) => {
    throw new Stop({ error: { kind, position } });
  }, skipWs = () => {
    for (; i < n && isWs(text.charCodeAt(i)); ) i++;
  }, onValue = (tag) => {
    if (matched && tag !== TAG.NUMBER) throw new Stop({ mismatch: { tag, position: i } });
  }, string = (decode) => {
    let j = i + 1, out = "";
    for (; ; ) {
      let runStart = j, c = 0;
      for (; j < n && (c = text.charCodeAt(j), !(c === 34 || c === 92 || c < 32)); )
        j++;
      if (decode && j > runStart && (out += text.slice(runStart, j)), j >= n && fail3(JSON_ERROR.UNTERMINATED_STRING, n), c === 34)
        return i = j + 1, out;
      c < 32 && fail3(JSON_ERROR.CONTROL_CHARACTER, j), j + 1 >= n && fail3(JSON_ERROR.UNTERMINATED_STRING, n);
      let e = text.charCodeAt(j + 1);
      if (e === 117) {
        for (let k = 0; k < 4; k++)
          j + 2 + k >= n && fail3(JSON_ERROR.UNTERMINATED_STRING, n), isHex(text.charCodeAt(j + 2 + k)) || fail3(JSON_ERROR.BAD_UNICODE_ESCAPE, j + 2 + k);
        decode && (out += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16))), j += 6;
        continue;
      }
      let unit = ESCAPES[e];
      unit === void 0 && fail3(JSON_ERROR.BAD_ESCAPE, j + 1), decode && (out += unit), j += 2;
    }
  }, memberName = () => {
    i >= n && fail3(JSON_ERROR.UNEXPECTED_END, n), text.charCodeAt(i) !== 34 && fail3(JSON_ERROR.EXPECTED_PROPERTY_NAME, i), matched = !1;
    let name = string(extract);
    skipWs(), i >= n && fail3(JSON_ERROR.UNEXPECTED_END, n), text.charCodeAt(i) !== 58 && fail3(JSON_ERROR.EXPECTED_COLON, i), i++, skipWs(), matched = extract && name === field;
  }, literal = (word) => {
    for (let k = 0; k < word.length; k++)
      i + k >= n && fail3(JSON_ERROR.UNEXPECTED_END, n), text.charCodeAt(i + k) !== word.charCodeAt(k) && fail3(JSON_ERROR.UNEXPECTED_CHARACTER, i + k);
    i += word.length;
  }, number = () => {
    let start = i, j = i;
    if (text.charCodeAt(j) === 45 && (j++, j >= n && fail3(JSON_ERROR.UNEXPECTED_END, n), isDigit(text.charCodeAt(j)) || fail3(JSON_ERROR.NO_DIGIT_AFTER_MINUS, j)), text.charCodeAt(j) === 48) j++;
    else for (; j < n && isDigit(text.charCodeAt(j)); ) j++;
    if (j < n && text.charCodeAt(j) === 46)
      for (j++, j >= n && fail3(JSON_ERROR.UNEXPECTED_END, n), isDigit(text.charCodeAt(j)) || fail3(JSON_ERROR.NO_DIGIT_AFTER_POINT, j); j < n && isDigit(text.charCodeAt(j)); ) j++;
    if (j < n && (text.charCodeAt(j) | 32) === 101)
      for (j++, j < n && (text.charCodeAt(j) === 43 || text.charCodeAt(j) === 45) && j++, j >= n && fail3(JSON_ERROR.UNEXPECTED_END, n), isDigit(text.charCodeAt(j)) || fail3(JSON_ERROR.NO_DIGIT_IN_EXPONENT, j); j < n && isDigit(text.charCodeAt(j)); ) j++;
    i = j, matched && (values.push(Number(text.slice(start, j))), matched = !1);
  };
  try {
    for (skipWs(); ; ) {
      i >= n && fail3(JSON_ERROR.UNEXPECTED_END, n);
      let c = text.charCodeAt(i), opened = !1;
      if (c === 123 ? (onValue(TAG.OBJECT), matched = !1, stack.push(!0), i++, skipWs(), i < n && text.charCodeAt(i) === 125 ? (i++, stack.pop()) : (memberName(), opened = !0)) : c === 91 ? (onValue(TAG.ARRAY), matched = !1, stack.push(!1), i++, skipWs(), i < n && text.charCodeAt(i) === 93 ? (i++, stack.pop()) : opened = !0) : c === 34 ? (onValue(TAG.STRING), string(!1)) : c === 116 ? (onValue(TAG.TRUE), literal("true")) : c === 102 ? (onValue(TAG.TRUE), literal("false")) : c === 110 ? (onValue(TAG.NULL), literal("null")) : c === 45 || isDigit(c) ? (onValue(TAG.NUMBER), number()) : fail3(JSON_ERROR.UNEXPECTED_CHARACTER, i), !opened)
        for (; ; ) {
          if (skipWs(), stack.length === 0)
            return i < n && fail3(JSON_ERROR.TRAILING_DATA, i), extract ? { values } : { ok: !0 };
          i >= n && fail3(JSON_ERROR.UNEXPECTED_END, n);
          let d = text.charCodeAt(i), inObject = stack[stack.length - 1];
          if (d === 44) {
            i++, skipWs(), inObject && memberName();
            break;
          }
          if (d === (inObject ? 125 : 93)) {
            i++, stack.pop();
            continue;
          }
          fail3(inObject ? JSON_ERROR.EXPECTED_COMMA_OR_BRACE : JSON_ERROR.EXPECTED_COMMA_OR_BRACKET, i);
        }
    }
  } catch (stop) {
    if (stop instanceof Stop) return stop.result;
    throw stop;
  }
}

// js/fallbacks/json_walk.js
var T = { NULL: 0, FALSE: 1, TRUE: 2, NUMBER: 3, STRING: 4, KEY: 5, ARRAY: 6, OBJECT: 7, END: 8 }, LONG = 2 ** 28 - 1;
function resolve(key, value) {
  if (value !== null && (typeof value == "object" || typeof value == "bigint")) {
    let toJSON = value.toJSON;
    typeof toJSON == "function" && (value = toJSON.call(value, key));
  }
  if (value !== null && typeof value == "object") {
    if (value instanceof Number) return Number(value);
    if (value instanceof String) return String(value);
    if (value instanceof Boolean || typeof BigInt == "function" && value instanceof BigInt) return value.valueOf();
  }
  return value;
}
var skipped = (v) => v === void 0 || typeof v == "function" || typeof v == "symbol";
function walkToTape(value, operation) {
  let tape = [], numbers = [], strings = [], stack = [], onPath = /* @__PURE__ */ new Set(), pushString = (tag, s) => {
    s.length < LONG ? tape.push(tag + s.length * 16) : tape.push(tag + LONG * 16, s.length), strings.push(s);
  }, emit = (v) => {
    if (v === null) tape.push(T.NULL);
    else if (v === !0) tape.push(T.TRUE);
    else if (v === !1) tape.push(T.FALSE);
    else if (typeof v == "string") pushString(T.STRING, v);
    else if (typeof v == "number")
      Number.isFinite(v) ? (tape.push(T.NUMBER), numbers.push(v)) : tape.push(T.NULL);
    else if (typeof v == "bigint")
      fail2(operation, "value", "contains a BigInt, which JSON cannot represent");
    else if (onPath.has(v) && fail2(operation, "value", "is cyclic (an object contains itself), which JSON cannot represent"), onPath.add(v), Array.isArray(v))
      tape.push(T.ARRAY), stack.push({ obj: v, keys: null, index: 0, length: v.length });
    else {
      tape.push(T.OBJECT);
      let keys = Object.keys(v);
      stack.push({ obj: v, keys, index: 0, length: keys.length });
    }
  }, top2 = resolve("", value);
  if (skipped(top2)) return null;
  for (emit(top2); stack.length > 0; ) {
    let frame = stack[stack.length - 1];
    if (frame.index >= frame.length) {
      tape.push(T.END), onPath.delete(frame.obj), stack.pop();
      continue;
    }
    if (frame.keys === null) {
      let key = String(frame.index++), v = resolve(key, frame.obj[key]);
      skipped(v) ? tape.push(T.NULL) : emit(v);
    } else {
      let key = frame.keys[frame.index++], v = resolve(key, frame.obj[key]);
      if (skipped(v)) continue;
      pushString(T.KEY, key), emit(v);
    }
  }
  return { tape, numbers, strings };
}
function formatTapeInJs({ tape, numbers, strings }) {
  let out = [], open = [], num = 0, str = 0, afterKey = !1;
  for (let t = 0; t < tape.length; t++) {
    let tag = tape[t] % 16;
    if (tag === T.END) {
      out.push(open.pop() & 2 ? "}" : "]");
      continue;
    }
    switch (!afterKey && open.length > 0 && (open[open.length - 1] & 1 && out.push(","), open[open.length - 1] |= 1), afterKey = !1, tag) {
      case T.NULL:
        out.push("null");
        break;
      case T.FALSE:
        out.push("false");
        break;
      case T.TRUE:
        out.push("true");
        break;
      case T.NUMBER:
        out.push(String(numbers[num++]));
        break;
      case T.STRING:
      case T.KEY:
        (tape[t] - tag) / 16 === LONG && t++, out.push(JSON.stringify(strings[str++])), tag === T.KEY && (out.push(":"), afterKey = !0);
        break;
      case T.ARRAY:
        out.push("["), open.push(0);
        break;
      case T.OBJECT:
        out.push("{"), open.push(2);
        break;
    }
  }
  return out.join("");
}

// js/fallbacks/json_reader.js
var ESCAPES2 = { 34: '"', 92: "\\", 47: "/", 98: "\b", 102: "\f", 110: `
`, 114: "\r", 116: "	" }, REFUSED = /* @__PURE__ */ Symbol("refused");
function parseJsonJs(text) {
  let n = text.length, i = 0, skipSpace = () => {
    for (; ; ) {
      let c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  }, hex = (c) => c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1, string = () => {
    let start = ++i, out = "";
    for (; ; ) {
      if (i >= n) return REFUSED;
      let c = text.charCodeAt(i);
      if (c === 34)
        return out += text.slice(start, i++), out;
      if (c < 32) return REFUSED;
      if (c !== 92) {
        i++;
        continue;
      }
      out += text.slice(start, i);
      let e = text.charCodeAt(i + 1);
      if (e === 117) {
        let unit = 0;
        for (let k = 2; k < 6; k++) {
          let d = hex(text.charCodeAt(i + k));
          if (d < 0) return REFUSED;
          unit = unit * 16 + d;
        }
        out += String.fromCharCode(unit), i += 6;
      } else {
        let s = ESCAPES2[e];
        if (s === void 0) return REFUSED;
        out += s, i += 2;
      }
      start = i;
    }
  }, digits = () => {
    let start = i;
    for (; i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57; ) i++;
    return i - start;
  }, number = () => {
    let start = i;
    if (text.charCodeAt(i) === 45 && i++, text.charCodeAt(i) === 48) i++;
    else if (digits() === 0) return REFUSED;
    if (text.charCodeAt(i) === 46 && (i++, digits() === 0))
      return REFUSED;
    let e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      let sign = text.charCodeAt(i);
      if ((sign === 43 || sign === 45) && i++, digits() === 0) return REFUSED;
    }
    return Number(text.slice(start, i));
  }, word = (w, value) => text.startsWith(w, i) ? (i += w.length, value) : REFUSED, key = () => {
    if (skipSpace(), text.charCodeAt(i) !== 34) return REFUSED;
    let k = string();
    return k === REFUSED || (skipSpace(), text.charCodeAt(i) !== 58) ? REFUSED : (i++, k);
  }, containers = [], keys = [];
  for (; ; ) {
    skipSpace();
    let value, c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      i++, skipSpace();
      let object = c === 123;
      if (text.charCodeAt(i) === (object ? 125 : 93))
        i++, value = object ? {} : [];
      else {
        let k = object ? key() : null;
        if (k === REFUSED) return REFUSED;
        containers.push(object ? {} : []), keys.push(k);
        continue;
      }
    } else if (c === 34) value = string();
    else if (c === 45 || c >= 48 && c <= 57) value = number();
    else if (c === 116) value = word("true", !0);
    else if (c === 102) value = word("false", !1);
    else if (c === 110) value = word("null", null);
    else return REFUSED;
    if (value === REFUSED) return REFUSED;
    for (; ; ) {
      let top2 = containers.length - 1;
      if (top2 < 0)
        return skipSpace(), i === n ? value : REFUSED;
      let container = containers[top2], k = keys[top2];
      k === null ? container.push(value) : k === "__proto__" ? Object.defineProperty(container, k, { value, writable: !0, enumerable: !0, configurable: !0 }) : container[k] = value, skipSpace();
      let d = text.charCodeAt(i);
      if (d === 44) {
        if (i++, k !== null) {
          let next = key();
          if (next === REFUSED) return REFUSED;
          keys[top2] = next;
        }
        break;
      }
      if (d !== (k === null ? 93 : 125)) return REFUSED;
      i++, containers.pop(), keys.pop(), value = container;
    }
  }
}

// js/fallbacks/json.js
function syntaxErrorOf(text, original) {
  let found = scanJson(text);
  return found.error ? jsonSyntaxError(found.error.kind, text, found.error.position) : original;
}
function jsonParse(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw syntaxErrorOf(text, error);
  }
}
function jsonParseJs(text) {
  let value = parseJsonJs(text);
  if (value === REFUSED) throw syntaxErrorOf(text, new SyntaxError("json_parse: the JS parser refused the text"));
  return value;
}
function jsonValidate(text) {
  let found = scanJson(text);
  if (found.error) throw jsonSyntaxError(found.error.kind, text, found.error.position);
  return !0;
}
function jsonExtractNumbers(text, field, operation) {
  let found = scanJson(text, field);
  if (found.error) throw jsonSyntaxError(found.error.kind, text, found.error.position);
  if (found.mismatch) throw notANumberError(operation, field, found.mismatch.tag, found.mismatch.position);
  return Float64Array.from(found.values);
}
function jsonStringify(value, operation) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!isEngineRefusal(error)) throw error;
    let walked = walkToTape(value, operation);
    return walked === null ? void 0 : formatTapeInJs(walked);
  }
}
var REFUSAL = /circular|cyclic|bigint|call stack|recursion|string length|too long/i;
function isEngineRefusal(error) {
  return error instanceof TypeError || error instanceof RangeError || error?.name === "InternalError" ? REFUSAL.test(String(error.message)) : !1;
}

// js/wasm/json.js
var LONG2 = 2 ** 28 - 1, nodeBuffer = () => typeof Buffer == "function" && typeof Buffer.from == "function" ? Buffer : null, utf16Decoder = typeof TextDecoder == "function" ? new TextDecoder("utf-16le") : null;
function copyInUtf16(heap, text) {
  let ptr = heap.alloc(text.length * 2), buffer = heap.instance.memory.buffer, NodeBuffer4 = nodeBuffer();
  if (NodeBuffer4)
    NodeBuffer4.from(buffer, ptr, text.length * 2).write(text, 0, "utf16le");
  else {
    let units = new Uint16Array(buffer, ptr, text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  }
  return ptr;
}
function readUtf16(memory, ptr, length, wellFormed) {
  if (length === 0) return "";
  let NodeBuffer4 = nodeBuffer();
  if (NodeBuffer4) return NodeBuffer4.from(memory.buffer, ptr, length * 2).toString("utf16le");
  let units = new Uint16Array(memory.buffer, ptr, length);
  if (wellFormed && utf16Decoder) return utf16Decoder.decode(memory.buffer instanceof ArrayBuffer ? units : new Uint16Array(units));
  let parts = [];
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192)));
  return parts.join("");
}
function callKernel(heap, operation, call, read) {
  let resultPtr = call(), { memory } = heap.instance;
  if (!resultPtr) throw memoryError(heap.instance, operation, heap.instance.module.take_failed_allocation());
  try {
    return read(new Uint32Array(memory.buffer, resultPtr, 10).slice(), memory);
  } finally {
    heap.instance.module.json_free_result(resultPtr);
  }
}
function throwFailure(words, operation, text, heap) {
  if (words[0] === heap.instance.module.STATUS_SYNTAX_ERROR) throw jsonSyntaxError(words[1], text, words[2]);
  checkStatus(heap.instance, operation, words[0]);
}
function defineOwn(object, key, value) {
  Object.defineProperty(object, key, { value, writable: !0, enumerable: !0, configurable: !0 });
}
function materialize(tape, numbers, strings) {
  let stack = [], container = null, isArray2 = !1, key = "", t = 0, num = 0, at = 0;
  for (; ; ) {
    let word = tape[t++], value;
    switch (word & 15) {
      case 0:
        value = null;
        break;
      case 1:
        value = !1;
        break;
      case 2:
        value = !0;
        break;
      case 3:
        value = numbers[num++];
        break;
      case 4: {
        let length = word >>> 4;
        length === LONG2 && (length = tape[t++]), value = strings.slice(at, at += length);
        break;
      }
      case 5: {
        let length = word >>> 4;
        length === LONG2 && (length = tape[t++]), key = strings.slice(at, at += length);
        continue;
      }
      case 6:
        stack.push(container, key, isArray2), container = [], isArray2 = !0;
        continue;
      case 7:
        stack.push(container, key, isArray2), container = {}, isArray2 = !1;
        continue;
      default:
        value = container, isArray2 = stack.pop(), key = stack.pop(), container = stack.pop();
    }
    if (container === null) return value;
    isArray2 ? container.push(value) : key in Object.prototype ? defineOwn(container, key, value) : container[key] = value;
  }
}
var isWellFormed = (text) => typeof text.isWellFormed == "function" && text.isWellFormed();
function jsonParse2(instance, operation, text) {
  return withHeap(instance, operation, (heap, M) => {
    let textPtr = copyInUtf16(heap, text);
    return callKernel(heap, operation, () => M.json_parse(textPtr, text.length), (w, memory) => {
      w[0] !== M.STATUS_OK && throwFailure(w, operation, text, heap);
      let strings = readUtf16(memory, w[7], w[8], w[9] === 0 && isWellFormed(text));
      return materialize(new Uint32Array(memory.buffer, w[3], w[4]), new Float64Array(memory.buffer, w[5], w[6]), strings);
    });
  });
}
function jsonValidate2(instance, operation, text) {
  return withHeap(instance, operation, (heap, M) => {
    let textPtr = copyInUtf16(heap, text);
    return callKernel(heap, operation, () => M.json_validate(textPtr, text.length), (w) => (w[0] !== M.STATUS_OK && throwFailure(w, operation, text, heap), !0));
  });
}
function jsonExtractNumbers2(instance, operation, text, field) {
  return withHeap(instance, operation, (heap, M) => {
    let textPtr = copyInUtf16(heap, text), fieldPtr = copyInUtf16(heap, field);
    return callKernel(heap, operation, () => M.json_extract_numbers(textPtr, text.length, fieldPtr, field.length), (w, memory) => {
      if (w[0] === M.STATUS_INVALID_ARGUMENT) throw notANumberError(operation, field, w[9], w[2]);
      return w[0] !== M.STATUS_OK && throwFailure(w, operation, text, heap), copyFromHeap(memory.buffer, Float64Array, w[3], w[4]);
    });
  });
}
function jsonStringify2(instance, operation, value) {
  let walked;
  try {
    walked = walkToTape(value, operation);
  } catch (error) {
    throw new CallerError(error);
  }
  if (walked === null) return;
  let strings = walked.strings.join("");
  return withHeap(instance, operation, (heap, M) => {
    let tapePtr = heap.copyIn(Uint32Array.from(walked.tape)), numbersPtr = heap.copyIn(Float64Array.from(walked.numbers)), stringsPtr = copyInUtf16(heap, strings);
    return callKernel(heap, operation, () => M.json_stringify(tapePtr, walked.tape.length, numbersPtr, walked.numbers.length, stringsPtr, strings.length), (w, memory) => (w[0] !== M.STATUS_OK && throwFailure(w, operation, strings, heap), readUtf16(memory, w[3], w[4], !0)));
  });
}

// js/registry/json.js
function textArgument(operation, args, count) {
  return arity(operation, args, count), typeof args[0] != "string" && fail2(operation, "text", `must be a string, got ${describe(args[0])}`), args[0];
}
function textInput(operation, args) {
  let text = textArgument(operation, args, 1);
  return sized({ text }, text.length);
}
var jsonSweep = (...extra) => (k) => ({ scales: k.geometric(64, 2 << 20, 2), args: (n) => [k.jsonText(n, 3), ...extra] }), json_default = [
  {
    name: "json_parse",
    aliases: ["parse_json"],
    signature: "(text: string) => unknown",
    description: "JSON text -> the value JSON.parse gives (key order, duplicates, __proto__, surrogates, rounding); JsonSyntaxError with the position otherwise",
    complexity: "O(n), any nesting depth",
    validate: (args) => textInput("json_parse", args),
    js: ({ text }) => jsonParse(text),
    jsPath: () => "JSON.parse",
    platform: "JSON.parse",
    jsPure: ({ text }) => jsonParseJs(text),
    wasm: (instance, { text }) => jsonParse2(instance, "json_parse", text),
    sample: () => ['{"a":[1,2.5,"x",true,null]}'],
    sweep: jsonSweep()
  },
  {
    name: "json_validate",
    signature: "(text: string) => true",
    description: "true if the text is JSON (RFC 8259), else JsonSyntaxError with the position; builds no value",
    complexity: "O(n), O(depth) memory",
    validate: (args) => textInput("json_validate", args),
    js: ({ text }) => jsonValidate(text),
    wasm: (instance, { text }) => jsonValidate2(instance, "json_validate", text),
    sample: () => ['{"a":[1,2.5,"x",true,null]}'],
    sweep: jsonSweep()
  },
  {
    name: "json_extract_numbers",
    signature: "(text: string, field: string) => Float64Array",
    description: "the numbers of every object member named `field`, at any depth, in document order (duplicate members included); a member of that name holding a non-number is an InvalidArgumentError naming its position",
    complexity: "O(n), O(depth) memory",
    validate(args) {
      let text = textArgument("json_extract_numbers", args, 2);
      return typeof args[1] != "string" && fail2("json_extract_numbers", "field", `must be a string, got ${describe(args[1])}`), sized({ text, field: args[1] }, text.length);
    },
    js: ({ text, field }) => jsonExtractNumbers(text, field, "json_extract_numbers"),
    wasm: (instance, { text, field }) => jsonExtractNumbers2(instance, "json_extract_numbers", text, field),
    sample: () => ['[{"x":1},{"x":2.5}]', "x"],
    // Texts written by hand so that duplicate names (and their order) survive; some
    // members hold non-numbers, which is an error to agree on.
    sweep: jsonSweep("value")
  },
  {
    name: "json_stringify",
    aliases: ["stringify_json"],
    signature: "(value: unknown) => string | undefined",
    description: "the string JSON.stringify gives (toJSON, skipped members, escapes, number formatting); a cycle or a BigInt is an InvalidArgumentError; any depth",
    complexity: "O(size of the value)",
    validate(args) {
      return arity("json_stringify", args, 1), sized({ value: readable("json_stringify", "value", args[0]) }, 1);
    },
    js: ({ value }) => jsonStringify(value, "json_stringify"),
    jsPath: () => "JSON.stringify",
    platform: "JSON.stringify",
    wasm: (instance, { value }) => jsonStringify2(instance, "json_stringify", value),
    sample: () => [{ a: [1, 2.5, "x", !0, null] }],
    // JSON values and what JSON.stringify treats specially: undefined, functions and
    // symbols (skipped, or null in arrays), -0, non-finite numbers, toJSON, Dates, boxed
    // values, sparse arrays, null-prototype objects.
    // The recorded size is 1 for every value: growing values, threshold "always" or "never".
    sweep: (k) => ({ scales: k.geometric(64, 1 << 20, 8), args: (n) => [JSON.parse(k.jsonText(n, 67))] })
  }
];

// js/fallbacks/matrix.js
function toArrays(data, rows2, cols) {
  let out = new Array(rows2);
  for (let i = 0; i < rows2; i++) {
    let row = new Array(cols), base = i * cols;
    for (let j = 0; j < cols; j++) row[j] = data[base + j];
    out[i] = row;
  }
  return out;
}
function inFormOf(input, data, rows2, cols) {
  return input.form === "arrays" ? toArrays(data, rows2, cols) : { rows: rows2, cols, data };
}
function multiplyF64(a, b, m, k, n) {
  let c = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    let ci = i * n, ai = i * k, p = 0;
    for (; p + 4 <= k; p += 4) {
      let a0 = a[ai + p], a1 = a[ai + p + 1], a2 = a[ai + p + 2], a3 = a[ai + p + 3], b0 = p * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
      for (let j = 0; j < n; j++)
        c[ci + j] = c[ci + j] + a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
    }
    for (; p < k; p++) {
      let aip = a[ai + p], bp = p * n;
      for (let j = 0; j < n; j++) c[ci + j] += aip * b[bp + j];
    }
  }
  return c;
}
function multiplyF32(a, b, m, k, n) {
  let c = new Float32Array(m * n), f = Math.fround;
  for (let i = 0; i < m; i++) {
    let ci = i * n, ai = i * k, p = 0;
    for (; p + 4 <= k; p += 4) {
      let a0 = a[ai + p], a1 = a[ai + p + 1], a2 = a[ai + p + 2], a3 = a[ai + p + 3], b0 = p * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
      for (let j = 0; j < n; j++)
        c[ci + j] = f(f(f(c[ci + j] + f(a0 * b[b0 + j])) + f(a1 * b[b1 + j])) + f(a2 * b[b2 + j])) + f(a3 * b[b3 + j]);
    }
    for (; p < k; p++) {
      let aip = a[ai + p], bp = p * n;
      for (let j = 0; j < n; j++) c[ci + j] += f(aip * b[bp + j]);
    }
  }
  return c;
}
function matrixMultiply2({ a, b }) {
  let m = a.rows, k = a.cols, n = b.cols, c = a.type === "f32" ? multiplyF32(a.data, b.data, m, k, n) : multiplyF64(a.data, b.data, m, k, n);
  return inFormOf(a, c, m, n);
}
function matrixTranspose2({ a }) {
  let { rows: rows2, cols } = a, src = a.data;
  if (a.form === "arrays") {
    let out = new Array(cols);
    for (let j = 0; j < cols; j++) {
      let row = new Array(rows2);
      for (let i = 0; i < rows2; i++) row[i] = src[i * cols + j];
      out[j] = row;
    }
    return out;
  }
  let dst = new src.constructor(rows2 * cols);
  for (let i = 0; i < rows2; i++) for (let j = 0; j < cols; j++) dst[j * rows2 + i] = src[i * cols + j];
  return { rows: cols, cols: rows2, data: dst };
}
function determinantInPlace(m, n) {
  let negate = !1, det = 1;
  for (let c = 0; c < n; c++) {
    let pivotRow = c, best = Math.abs(m[c * n + c]);
    for (let r = c + 1; r < n; r++) {
      let v = Math.abs(m[r * n + c]);
      v > best && (best = v, pivotRow = r);
    }
    if (m[pivotRow * n + c] === 0) return 0;
    if (pivotRow !== c) {
      for (let j = 0; j < n; j++) {
        let t = m[c * n + j];
        m[c * n + j] = m[pivotRow * n + j], m[pivotRow * n + j] = t;
      }
      negate = !negate;
    }
    let pivot = m[c * n + c], pr = c * n;
    for (let r = c + 1; r < n; r++) {
      let row = r * n, f = m[row + c] / pivot;
      for (let j = c + 1; j < n; j++) m[row + j] = m[row + j] - f * m[pr + j];
    }
    det = det * pivot;
  }
  return negate ? -det : det;
}
function matrixDeterminant2({ a }) {
  let work = Float64Array.from(a.data);
  return determinantInPlace(work, a.rows);
}

// js/registry/matrix.js
var MAX_DIMENSION = 2 ** 30, MAX_ENTRIES = 2 ** 28, typeName = (type) => type === "f32" ? "Float32" : "Float64";
function badEntry(operation, argument, i, j, v) {
  typeof v != "number" && fail2(operation, argument, `entry [${i}][${j}] must be a number, got ${describe(v)}`), fail2(operation, argument, `entry [${i}][${j}] must be finite, got ${v}`);
}
function fromArrays(operation, argument, value) {
  let rows2 = value.length;
  rows2 === 0 && fail2(operation, argument, "has no rows: an empty array has no column count (use {rows: 0, cols, data} for an empty matrix)");
  let first = value[0];
  isArray(operation, `${argument}[0]`, first) || fail2(operation, argument, `row 0 must be an array of numbers, got ${describe(first)}`);
  let cols = first.length;
  cols === 0 && fail2(operation, argument, "row 0 is empty: rows need at least one entry"), (rows2 > MAX_DIMENSION || cols > MAX_DIMENSION) && fail2(operation, argument, `is too large (${rows2}\xD7${cols})`), rows2 * cols > MAX_ENTRIES && fail2(operation, argument, `has ${rows2}\xD7${cols} entries, more than ${MAX_ENTRIES}`);
  let data = new Float64Array(rows2 * cols);
  for (let i = 0; i < rows2; i++) {
    let row = i === 0 ? first : value[i];
    isArray(operation, `${argument}[${i}]`, row) || fail2(operation, argument, `row ${i} must be an array of numbers, got ${describe(row)}`);
    let length = i === 0 ? cols : row.length;
    length !== cols && fail2(operation, argument, `row ${i} has ${length} entries, expected ${cols}`);
    let base = i * cols;
    for (let j = 0; j < cols; j++) {
      let v = row[j];
      (typeof v != "number" || v - v !== 0) && badEntry(operation, argument, i, j, v), data[base + j] = v;
    }
  }
  return { form: "arrays", type: "f64", rows: rows2, cols, data };
}
function fromObject(operation, argument, value) {
  let { data: given, rows: givenRows, cols: givenCols } = value, data = typedArrayView(operation, `${argument}.data`, given, ["Float64Array", "Float32Array"], "a Float64Array or a Float32Array"), type = data instanceof Float32Array ? "f32" : "f64", rows2 = toCount(operation, `${argument}.rows`, givenRows, { max: MAX_DIMENSION }), cols = toCount(operation, `${argument}.cols`, givenCols, { max: MAX_DIMENSION });
  data.length !== rows2 * cols && fail2(operation, argument, `data has ${data.length} entries, expected rows*cols = ${rows2}*${cols} = ${rows2 * cols}`);
  let bad2 = firstNonFinite(data);
  return bad2 >= 0 && badEntry(operation, argument, Math.floor(bad2 / cols), bad2 % cols, data[bad2]), { form: "object", type, rows: rows2, cols, data };
}
function firstNonFinite(data) {
  let length = data.length, s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
  for (; i + 3 < length; i += 4)
    s0 += data[i] * 0, s1 += data[i + 1] * 0, s2 += data[i + 2] * 0, s3 += data[i + 3] * 0;
  for (; i < length; i++) s0 += data[i] * 0;
  if (s0 + s1 + s2 + s3 === 0) return -1;
  for (let j = 0; j < length; j++) {
    let v = data[j];
    if (v - v !== 0) return j;
  }
  return -1;
}
var OBJECT = 0, ARRAYS = 1;
function toMatrix(operation, argument, value) {
  if (isArray(operation, argument, value)) return fromArrays(operation, argument, value);
  if (value !== null && typeof value == "object" && typedArrayName(value) === void 0)
    return fromObject(operation, argument, value);
  fail2(operation, argument, `must be an array of arrays of numbers or {rows, cols, data}, got ${describe(value)}`);
}
var MATRIX_ANY = "Matrix | MatrixObject<Float32Array>";
var multiply = {
  name: "matrix_multiply",
  signature: `<A extends ${MATRIX_ANY}>(a: A, b: A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : Matrix) => A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>`,
  description: "Matrix product a\xB7b (m\xD7k \xB7 k\xD7n), f64 or f32; each entry summed in ascending k from +0 (identical on both backends); result in the form of a",
  complexity: "O(m\xB7k\xB7n)",
  validate(args) {
    arity("matrix_multiply", args, 2);
    let a = toMatrix("matrix_multiply", "a", args[0]), b = toMatrix("matrix_multiply", "b", args[1]);
    return a.type !== b.type && fail2("matrix_multiply", "b", `holds ${typeName(b.type)} entries but 'a' holds ${typeName(a.type)}: both must have the same element type`), b.rows !== a.cols && fail2("matrix_multiply", "b", `has ${b.rows} rows but 'a' has ${a.cols} columns: the inner dimensions must match`), a.rows * b.cols > MAX_ENTRIES && fail2("matrix_multiply", "b", `gives a ${a.rows}\xD7${b.cols} result, more than ${MAX_ENTRIES} entries`), sized({ a, b }, a.rows < 2 || b.cols < 2 ? 0 : a.rows * a.cols * b.cols);
  },
  js: (input) => matrixMultiply2(input),
  wasm: (instance, input, threads) => matrixMultiply(instance, "matrix_multiply", input, threads),
  // callBatch (js/batch.js): one arena, one C++ loop, for products of one element type
  // (null: a batch mixing f32 and f64 runs item by item).
  wasmBatch: (instance, inputs) => inputs.every((x) => x.a.type === inputs[0].a.type) ? matrixMultiplyBatch(instance, "matrix_multiply", inputs) : null,
  sample: () => [
    [
      [1, 2],
      [3, 4]
    ],
    [
      [5, 6],
      [7, 8]
    ]
  ],
  sweep: (k) => ({ scales: k.geometric(2, 256, 1.2), args: (n) => [k.randomMatrix(n, n, 11), k.randomMatrix(n, n, 29)] }),
  // Batch threshold ('matrix_multiply:batch', js/calibrate.js calibrateBatch): counts at a
  // typical item (countAt: 8\u00d78), then n\u00d7n products (size n\u00b3) at a fixed count.
  batchSweep: (k) => ({
    countAt: 8,
    items: [2, 3, 4, 6, 8, 12, 16, 24],
    item: (n, i) => [k.randomMatrix(n, n, 3 * (i % 32) + 1), k.randomMatrix(n, n, 3 * (i % 32) + 2)],
    counts: [1, 4, 16, 64, 256, 1024]
  })
};
var transpose = {
  name: "matrix_transpose",
  signature: "<A extends Matrix | MatrixObject<Float32Array>>(a: A) => A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>",
  description: "Transpose (rows become columns), f64 or f32; result in the form of a",
  complexity: "O(rows\xB7cols)",
  validate(args) {
    arity("matrix_transpose", args, 1);
    let a = toMatrix("matrix_transpose", "a", args[0]);
    return sized({ a }, a.rows * a.cols, a.form === "arrays" ? ARRAYS : OBJECT);
  },
  js: (input) => matrixTranspose2(input),
  wasm: (instance, input) => matrixTranspose(instance, "matrix_transpose", input),
  sample: () => [[[1, 2, 3]]],
  sweep: (k) => ({ scales: k.geometric(2, 2048, 2), args: (n) => [k.randomMatrix(n, n, 41)] }),
  // Arrays of arrays cost differently: both backends read them into a Float64Array and
  // build the nested result, and JS builds it straight from the source (one strided pass),
  // where WASM copies in, transposes, and then makes that same pass: it loses up to 512\u00d7512
  // and wins by about 10 % from 1024\u00d71024 (docs/performance.md, "Matrix input forms"),
  // while {rows, cols, data} gains from 32\u00d732 on.
  kinds: ["object", "arrays"]
  // validate's kinds: OBJECT, ARRAYS
}, determinant = {
  name: "matrix_determinant",
  signature: `(a: ${MATRIX_ANY}) => number`,
  description: "Determinant by LU with partial pivoting in double (first row with the largest |value| pivots; an exactly zero pivot gives 0); identical on both backends",
  complexity: "O(n\xB3)",
  validate(args) {
    arity("matrix_determinant", args, 1);
    let a = toMatrix("matrix_determinant", "a", args[0]);
    return a.rows !== a.cols && fail2("matrix_determinant", "a", `must be square, got ${a.rows}\xD7${a.cols}`), sized({ a }, a.rows * a.rows * a.rows);
  },
  js: (input) => matrixDeterminant2(input),
  wasm: (instance, input) => matrixDeterminant(instance, "matrix_determinant", input),
  sample: () => [
    [
      [2, 1],
      [1, 3]
    ]
  ],
  // O(n\u00b3): capped at 400\u00b2 so a call stays in the tens of milliseconds.
  sweep: (k) => ({ scales: k.geometric(2, 400, 1.6), args: (n) => [k.randomMatrix(n, n, 43)] })
}, matrix_default = [multiply, transpose, determinant];

// js/fallbacks/numeric.js
function fibonacciRecursive2(n) {
  return n < 2 ? n : fibonacciRecursive2(n - 1) + fibonacciRecursive2(n - 2);
}
function fibonacciBig2(n) {
  let a = 0n, b = 1n;
  for (let bit = 31 - Math.clz32(n); bit >= 0 && n > 0; bit--) {
    let c = a * (2n * b - a), d = a * a + b * b;
    n >>> bit & 1 ? (a = d, b = c + d) : (a = c, b = d);
  }
  return a;
}
function factorialBig2(n) {
  let acc = 1n, m = 1;
  for (let i = 2; i <= n; i++)
    m * i > 4294967295 && (acc *= BigInt(m), m = 1), m *= i;
  return acc * BigInt(m);
}
var BASES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];
function powMod(base, e, m) {
  let r = 1n % m;
  for (base %= m; e > 0n; )
    e & 1n && (r = r * base % m), base = base * base % m, e >>= 1n;
  return r;
}
function isPrime(n) {
  if (n < 2n) return !1;
  for (let p of BASES) if (n % p === 0n) return n === p;
  let d = n - 1n, s = 0;
  for (; !(d & 1n); )
    d >>= 1n, s++;
  outer: for (let a of BASES) {
    let x = powMod(a, d, n);
    if (!(x === 1n || x === n - 1n)) {
      for (let i = 1; i < s; i++)
        if (x = x * x % n, x === n - 1n) continue outer;
      return !1;
    }
  }
  return !0;
}
function gcdBig2(a, b) {
  for (; b; ) [a, b] = [b, a % b];
  return a;
}
var absDiff = (x, y) => x > y ? x - y : y - x;
function pollardBrent(n) {
  for (let c = 1n; ; c++) {
    let f = (x2) => (x2 * x2 + c) % n, y = 2n, x = 2n, ys = 2n, q = 1n, g = 1n, m = 128n;
    for (let r = 1n; g === 1n; r <<= 1n) {
      x = y;
      for (let i = 0n; i < r; i++) y = f(y);
      for (let k = 0n; k < r && g === 1n; k += m) {
        ys = y;
        let steps = r - k < m ? r - k : m;
        for (let i = 0n; i < steps; i++)
          y = f(y), q = q * absDiff(x, y) % n;
        g = gcdBig2(q, n);
      }
    }
    if (g === n)
      do
        ys = f(ys), g = gcdBig2(absDiff(x, ys), n);
      while (g === 1n);
    if (g !== n) return g;
  }
}
function factorInto(n, out) {
  if (n === 1n) return;
  if (isPrime(n)) {
    out.push(n);
    return;
  }
  let d = pollardBrent(n);
  factorInto(d, out), factorInto(n / d, out);
}
function primeFactorsBig2(n) {
  let out = [];
  for (; n > 1n && !(n & 1n); )
    out.push(2n), n >>= 1n;
  for (let p = 3; p < 1024; p += 2) {
    let bp = BigInt(p);
    if (bp * bp > n) break;
    for (; n % bp === 0n; )
      out.push(bp), n /= bp;
  }
  let rest = [];
  return n > 1n && (n < 1048576n ? rest.push(n) : factorInto(n, rest)), rest.sort((a, b) => a < b ? -1 : a > b ? 1 : 0), out.concat(rest);
}

// js/registry/numeric.js
var FIBONACCI_MAX_N = 2e4, FIBONACCI_RECURSIVE_MAX_N = 40, FACTORIAL_MAX_N = 5e3, U64_LIMIT = 1n << 64n;
function toInteger(operation, argument, value) {
  if (typeof value == "bigint")
    return (value <= -U64_LIMIT || value >= U64_LIMIT) && fail2(operation, argument, `must have magnitude below 2^64, got ${value}`), { value, big: !0 };
  if (typeof value == "number")
    return Number.isInteger(value) || fail2(operation, argument, `must be an integer, got ${value}`), Number.isSafeInteger(value) || fail2(operation, argument, `must be a safe integer (|n| <= 2^53 - 1) as a Number; pass a BigInt for larger values, got ${value}`), { value: BigInt(value), big: !1 };
  fail2(operation, argument, `must be an integer Number or a BigInt, got ${describe(value)}`);
}
var abs = (x) => x < 0n ? -x : x, bits = (x) => x < 4294967296n ? 32 - Math.clz32(Number(x)) : x.toString(16).length * 4, safeOrBig = (x) => x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x;
function fibonacciPair(steps) {
  let [a, b] = [1n, 1n];
  for (let i = 0; i < steps; i++) [a, b] = [b, a + b];
  return b <= BigInt(Number.MAX_SAFE_INTEGER) ? [Number(b), Number(a)] : [b, a];
}
var FACTOR_INPUTS = [360, 1000003, 2147483647, 600851475143, 9007199254740881, 18446744030759878681n];
function exactRow(name, max, safeMax, jsBig, wasmBig, description, complexity, facts) {
  return {
    name,
    signature: "(n: number) => number | bigint",
    description,
    complexity,
    validate(args) {
      arity(name, args, 1);
      let n = toCount(name, "n", args[0], { max });
      return sized({ n }, n);
    },
    js: ({ n }) => n <= safeMax ? Number(jsBig(n)) : jsBig(n),
    wasm: (instance, { n }) => {
      let v = wasmBig(instance, name, n);
      return n <= safeMax ? Number(v) : v;
    },
    sample: () => [10],
    ...facts
  };
}
function gcdLcmRow(name, description) {
  let isGcd = name === "numeric_gcd", finish = ({ big }, result) => big ? result : isGcd ? Number(result) : safeOrBig(result);
  return {
    name,
    signature: "(a: number | bigint, b: number | bigint) => number | bigint",
    description,
    complexity: "O(log min(a, b))",
    validate(args) {
      arity(name, args, 2);
      let a = toInteger(name, "a", args[0]), b = toInteger(name, "b", args[1]), x = abs(a.value), y = abs(b.value);
      return sized({ a: x, b: y, big: a.big || b.big }, bits(x > y ? x : y));
    },
    js: (input) => {
      let { a, b } = input, g = gcdBig2(a, b);
      return finish(input, isGcd ? g : a === 0n || b === 0n ? 0n : a / g * b);
    },
    wasm: (instance, input) => {
      let { a, b } = input;
      return finish(input, isGcd ? gcdBig(instance, name, a, b) : lcmBig(instance, name, a, b));
    },
    sample: () => [12, 18],
    // No heap that scales: a larger input is a longer Euclid chain.
    sweep: () => ({ scales: [5, 20, 40, 70, 90], args: fibonacciPair })
  };
}
var numeric_default = [
  exactRow(
    "numeric_fibonacci",
    FIBONACCI_MAX_N,
    78,
    fibonacciBig2,
    fibonacciBig,
    `exact F(n), F(0) = 0, n <= ${FIBONACCI_MAX_N}; a Number up to n = 78, a BigInt beyond`,
    "O(M(n) log n) by fast doubling",
    {
      // callBatch (js/batch.js): one arena, one C++ loop.
      wasmBatch: (instance, inputs) => fibonacciBatch(instance, "numeric_fibonacci", inputs.map((x) => x.n), 78),
      // No heap that scales: the largest n (a 4180-digit result).
      sweep: (k) => ({ scales: k.geometric(2, 2e4, 2.5), args: (n) => [n] }),
      // Batch threshold ('numeric_fibonacci:batch', js/calibrate.js calibrateBatch): counts
      // at a typical item (countAt: n 36-40), then item sizes (n) at a fixed count.
      batchSweep: () => ({ countAt: 40, items: [4, 16, 40, 78, 120, 300, 1e3], item: (n, i) => [Math.max(0, n - i % 5)], counts: [1, 4, 16, 64, 256, 1024] })
    }
  ),
  {
    name: "numeric_fibonacci_recursive",
    signature: "(n: number) => number",
    description: `F(n) by naive double recursion, n <= ${FIBONACCI_RECURSIVE_MAX_N}: the call-heavy benchmark workload`,
    complexity: "O(phi^n)",
    validate(args) {
      arity("numeric_fibonacci_recursive", args, 1);
      let n = toCount("numeric_fibonacci_recursive", "n", args[0], { max: FIBONACCI_RECURSIVE_MAX_N });
      return sized({ n }, n);
    },
    js: ({ n }) => fibonacciRecursive2(n),
    wasm: (instance, { n }) => fibonacciRecursive(instance, n),
    sample: () => [10],
    // Naive recursion: a bound must exist, but a huge n is not sent (an unbounded
    // implementation would run for ever instead of failing this row).
    sweep: (k) => ({ scales: k.geometric(2, 30, 1.3), args: (n) => [n] })
  },
  exactRow(
    "numeric_factorial",
    FACTORIAL_MAX_N,
    18,
    factorialBig2,
    factorialBig,
    `exact n!, n <= ${FACTORIAL_MAX_N}; a Number up to n = 18, a BigInt beyond`,
    "O(n^2) limb operations",
    {
      // No heap that scales: 1000! (JS 0.1 ms a call; 5000!, the bound, 4.6 ms).
      sweep: (k) => ({ scales: k.geometric(2, 5e3, 2.5), args: (n) => [n] })
    }
  ),
  {
    name: "numeric_prime_factors",
    signature: "(n: number | bigint) => number[] | bigint[]",
    description: "prime factors ascending with multiplicity; n >= 1 (1 -> []), a safe Number or a BigInt below 2^64",
    complexity: "O(n^(1/4)) expected (Pollard-Brent rho, Miller-Rabin)",
    validate(args) {
      arity("numeric_prime_factors", args, 1);
      let n = toInteger("numeric_prime_factors", "n", args[0]);
      return n.value < 1n && fail2("numeric_prime_factors", "n", `must be positive, got ${args[0]}`), sized(n, bits(n.value));
    },
    js: ({ value, big }) => {
      let f = primeFactorsBig2(value);
      return big ? f : f.map(Number);
    },
    wasm: (instance, { value, big }) => {
      let f = primeFactorsBig(instance, "numeric_prime_factors", value);
      return big ? f : f.map(Number);
    },
    sample: () => [360],
    // No heap that scales: a 53-bit input (JS 0.2 ms a call; the 64-bit semiprime, 36 ms,
    // would make the leak test's stream take half a minute).
    sweep: () => ({ scales: FACTOR_INPUTS.map((_, i) => i), args: (i) => [FACTOR_INPUTS[i]] })
  },
  gcdLcmRow("numeric_gcd", "greatest common divisor, >= 0; gcd(0, 0) = 0"),
  gcdLcmRow("numeric_lcm", "least common multiple, >= 0; 0 if either is 0; Numbers beyond 2^53 - 1 come back as a BigInt")
];

// js/fallbacks/science_expr.js
var ExprError = { None: 0, UnexpectedChar: 1, UnexpectedEnd: 2, UnknownName: 3, TooDeep: 4, NumberRange: 5, OutOfMemory: 6 }, CONST = 0, X = 1, ADD = 2, SUB = 3, MUL = 4, DIV = 5, POW = 6, NEG = 7, FUNCTIONS = { sin: 8, cos: 9, tan: 10, exp: 11, log: 12, sqrt: 13, abs: 14 }, isBlank = (c) => c === 32 || c === 9 || c === 10 || c === 13, isDigit2 = (c) => c >= 48 && c <= 57, isLetter = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90;
function charShown(text, position) {
  let cp = text.codePointAt(position);
  return cp < 32 || cp === 127 ? `\\u${cp.toString(16).padStart(4, "0")}` : String.fromCodePoint(cp);
}
function exprErrorMessage(code, position, text) {
  switch (code) {
    case ExprError.UnexpectedChar:
      return `unexpected '${charShown(text, position)}' at position ${position}`;
    case ExprError.UnexpectedEnd:
      return `unexpected end of expression at position ${position}`;
    case ExprError.UnknownName: {
      let end = position;
      for (; end < text.length && isLetter(text.charCodeAt(end)); ) end++;
      return `unknown name '${text.slice(position, end)}' at position ${position}`;
    }
    case ExprError.TooDeep:
      return `nesting deeper than 100 at position ${position}`;
    case ExprError.NumberRange:
      return `number out of range at position ${position}`;
    default:
      return `cannot compile the expression (error ${code}) at position ${position}`;
  }
}
var Fail = class {
  constructor(code, position) {
    this.code = code, this.position = position;
  }
};
function compileExpr(text) {
  let n = text.length, pos = 0, depth = 0, ops = [], consts = [], stack = 0, maxStack = 0, fail3 = (code2, at) => {
    throw new Fail(code2, at);
  }, code = () => pos < n ? text.charCodeAt(pos) : -1, skip = () => {
    for (; pos < n && isBlank(text.charCodeAt(pos)); ) pos++;
  }, unexpectedHere = () => pos >= n ? fail3(ExprError.UnexpectedEnd, n) : fail3(ExprError.UnexpectedChar, pos), enter = (where) => {
    ++depth > 100 && fail3(ExprError.TooDeep, where);
  }, emit = (op3, value = 0) => {
    ops.push(op3), consts.push(value), op3 === CONST || op3 === X ? ++stack > maxStack && (maxStack = stack) : op3 >= ADD && op3 <= POW && stack--;
  };
  function expr() {
    for (term(); ; ) {
      skip();
      let c = code();
      if (c !== 43 && c !== 45) return;
      pos++, skip(), term(), emit(c === 43 ? ADD : SUB);
    }
  }
  function term() {
    for (unary(); ; ) {
      skip();
      let c = code();
      if (c !== 42 && c !== 47) return;
      pos++, skip(), unary(), emit(c === 42 ? MUL : DIV);
    }
  }
  function unary() {
    if (code() === 45) {
      enter(pos), pos++, skip(), unary(), depth--, emit(NEG);
      return;
    }
    power();
  }
  function power() {
    primary(), skip(), code() === 94 && (enter(pos), pos++, skip(), unary(), depth--, emit(POW));
  }
  function primary() {
    pos >= n && fail3(ExprError.UnexpectedEnd, n);
    let c = code();
    if (isDigit2(c) || c === 46 && pos + 1 < n && isDigit2(text.charCodeAt(pos + 1))) return number();
    if (c === 40) return group();
    isLetter(c) || fail3(ExprError.UnexpectedChar, pos);
    let start = pos;
    for (; pos < n && isLetter(text.charCodeAt(pos)); ) pos++;
    let name = text.slice(start, pos);
    if (name === "x") return emit(X);
    if (name === "pi") return emit(CONST, Math.PI);
    if (name === "e") return emit(CONST, Math.E);
    Object.hasOwn(FUNCTIONS, name) || fail3(ExprError.UnknownName, start), skip(), code() !== 40 && unexpectedHere(), group(), emit(FUNCTIONS[name]);
  }
  function group() {
    enter(pos), pos++, skip(), expr(), skip(), code() !== 41 && unexpectedHere(), pos++, depth--;
  }
  function number() {
    let start = pos;
    for (; pos < n && isDigit2(text.charCodeAt(pos)); ) pos++;
    if (code() === 46)
      for (pos++; pos < n && isDigit2(text.charCodeAt(pos)); ) pos++;
    let c = code();
    if (c === 101 || c === 69) {
      let p = pos + 1;
      if (p < n && (text.charCodeAt(p) === 43 || text.charCodeAt(p) === 45) && p++, p < n && isDigit2(text.charCodeAt(p)))
        for (pos = p; pos < n && isDigit2(text.charCodeAt(pos)); ) pos++;
    }
    let v = Number(text.slice(start, pos));
    v === 1 / 0 && fail3(ExprError.NumberRange, start), emit(CONST, v);
  }
  try {
    skip(), expr(), skip(), pos < n && fail3(ExprError.UnexpectedChar, pos);
  } catch (e) {
    if (e instanceof Fail) return { error: e.code, position: e.position };
    throw e;
  }
  return { ops: Uint8Array.from(ops), consts: Float64Array.from(consts), maxStack };
}
function exprPow(base, exponent) {
  if (exponent === Math.floor(exponent) && Math.abs(exponent) <= 1024) {
    let n = Math.abs(exponent), result = 1, b = base;
    for (; n > 0; )
      n & 1 && (result = result * b), n >>= 1, n > 0 && (b = b * b);
    return exponent < 0 ? 1 / result : result;
  }
  return Math.pow(base, exponent);
}
function evaluateExpr({ ops, consts }, x, stack) {
  let sp = 0;
  for (let i = 0; i < ops.length; i++)
    switch (ops[i]) {
      case CONST:
        stack[sp++] = consts[i];
        break;
      case X:
        stack[sp++] = x;
        break;
      case ADD:
        sp--, stack[sp - 1] = stack[sp - 1] + stack[sp];
        break;
      case SUB:
        sp--, stack[sp - 1] = stack[sp - 1] - stack[sp];
        break;
      case MUL:
        sp--, stack[sp - 1] = stack[sp - 1] * stack[sp];
        break;
      case DIV:
        sp--, stack[sp - 1] = stack[sp - 1] / stack[sp];
        break;
      case POW:
        sp--, stack[sp - 1] = exprPow(stack[sp - 1], stack[sp]);
        break;
      case NEG:
        stack[sp - 1] = -stack[sp - 1];
        break;
      case 8:
        stack[sp - 1] = Math.sin(stack[sp - 1]);
        break;
      case 9:
        stack[sp - 1] = Math.cos(stack[sp - 1]);
        break;
      case 10:
        stack[sp - 1] = Math.tan(stack[sp - 1]);
        break;
      case 11:
        stack[sp - 1] = Math.exp(stack[sp - 1]);
        break;
      case 12:
        stack[sp - 1] = Math.log(stack[sp - 1]);
        break;
      case 13:
        stack[sp - 1] = Math.sqrt(stack[sp - 1]);
        break;
      case 14:
        stack[sp - 1] = Math.abs(stack[sp - 1]);
        break;
    }
  return stack[0];
}

// js/fallbacks/science.js
function scienceIntegrate(text, a, b, n) {
  let program = compileExpr(text);
  if (program.error) return program;
  let stack = new Float64Array(program.maxStack + 1), f = (x) => evaluateExpr(program, x, stack), h = (b - a) / n, odd = 0, even = 0;
  for (let i = 1; i < n; i += 2) odd = odd + f(a + i * h);
  for (let i = 2; i < n; i += 2) even = even + f(a + i * h);
  return { value: (f(a) + 4 * odd + 2 * even + f(a + n * h)) * h / 3 };
}

// js/fallbacks/science_monte_carlo_pi.js
function fmix32(h) {
  return h ^= h >>> 16, h = Math.imul(h, 2246822507), h ^= h >>> 13, h = Math.imul(h, 3266489909), h ^= h >>> 16, h >>> 0;
}
function blockHits(seed, block, count) {
  let base = Math.imul(block, 4), s0 = fmix32(seed + Math.imul(2654435769, base + 1 | 0) | 0), s1 = fmix32(seed + Math.imul(2654435769, base + 2 | 0) | 0), s2 = fmix32(seed + Math.imul(2654435769, base + 3 | 0) | 0), s3 = fmix32(seed + Math.imul(2654435769, base + 4 | 0) | 0), hits = 0;
  for (let k = 0; k < count; k++) {
    let m = Math.imul(s1, 5), u = Math.imul(m << 7 | m >>> 25, 9) >>> 8, t = s1 << 9;
    s2 ^= s0, s3 ^= s1, s1 ^= s2, s0 ^= s3, s2 ^= t, s3 = s3 << 11 | s3 >>> 21, m = Math.imul(s1, 5);
    let v = Math.imul(m << 7 | m >>> 25, 9) >>> 8;
    t = s1 << 9, s2 ^= s0, s3 ^= s1, s1 ^= s2, s0 ^= s3, s2 ^= t, s3 = s3 << 11 | s3 >>> 21, u * u + v * v <= 281474976710656 && hits++;
  }
  return hits;
}
function monteCarloPiHits(seed, samples, blockBegin, blockEnd) {
  let hits = 0;
  for (let b = blockBegin; b < blockEnd; b++) {
    let start = b * 65536;
    if (start >= samples) break;
    hits += blockHits(seed, b, Math.min(samples - start, 65536));
  }
  return hits;
}
function monteCarloPi(seed, samples) {
  let blocks = Math.ceil(samples / 65536);
  return 4 * monteCarloPiHits(seed, samples, 0, blocks) / samples;
}

// js/wasm/science.js
var utf82 = new TextEncoder();
function scienceIntegrate2(instance, operation, text, a, b, n) {
  return withHeap(instance, operation, (heap, M) => {
    let bytes = utf82.encode(text), textPtr = heap.copyIn(bytes), outPtr = heap.alloc(8), code = M.science_integrate(textPtr, bytes.length, a, b, n, outPtr), slot = heap.view(Float64Array, outPtr, 1)[0];
    if (code === ExprError.None) return { value: slot };
    if (code === ExprError.OutOfMemory)
      throw memoryError(instance, operation, M.take_failed_allocation());
    return { error: code, position: slot };
  });
}

// js/wasm/science_monte_carlo_pi.js
function monteCarloPi2(instance, seed, samples, threads) {
  return instance.module.science_monte_carlo_pi(seed, samples, threads);
}

// js/registry/science.js
var MAX_INTERVALS = 1e8;
var monteCarloPi3 = {
  name: "science_monte_carlo_pi",
  signature: "(samples: number, seed?: number) => number",
  description: `4\xB7hits/samples; xoshiro128** per block of 65536 samples, seeded from (seed, block); seed defaults to ${42}`,
  complexity: "O(samples)",
  validate(args) {
    arity("science_monte_carlo_pi", args, 1, 2);
    let samples = toCount("science_monte_carlo_pi", "samples", args[0], { min: 1, max: 4294967296 }), seed = args[1] === void 0 ? 42 : toCount("science_monte_carlo_pi", "seed", args[1], { max: 4294967295 });
    return sized({ samples, seed }, samples);
  },
  js: ({ samples, seed }) => monteCarloPi(seed, samples),
  wasm: (instance, { samples, seed }, threads) => monteCarloPi2(instance, seed, samples, threads),
  sample: () => [1e3, 1],
  // No heap that scales with the sample count; a larger input is more work per call.
  sweep: (k) => ({ scales: k.geometric(16, 1 << 20, 2), args: (n) => [n, 42] })
  // Monte Carlo splits whole 4-block groups: below 5 blocks it runs on one thread
  // whatever it is given, and the sweep includes those sizes on purpose.
};
function answer(text, result) {
  return result.error && fail2("science_integrate", "expr", exprErrorMessage(result.error, result.position, text)), result.value;
}
var integrate = {
  name: "science_integrate",
  signature: "(expr: string, a: number, b: number, n: number) => number",
  description: "composite Simpson's rule with n (even) intervals over an expression in x: numbers, + - * / ^, unary minus, parentheses, sin cos tan exp log sqrt abs, pi, e",
  complexity: "O(n \xB7 length(expr))",
  // libm and Math differ in the last bit of sin/cos/tan/exp/log and non-integer powers.
  parity: "identical without sin/cos/tan/exp/log or non-integer powers; otherwise |\u0394| \u2264 1e-12 \xB7 \u222B|terms|",
  validate(args) {
    arity("science_integrate", args, 4);
    let expr = args[0];
    typeof expr != "string" && fail2("science_integrate", "expr", `must be a string, got ${describe(expr)}`), expr.length > 1e4 && fail2("science_integrate", "expr", `must be at most ${1e4} characters, got ${expr.length}`);
    let a = toFinite("science_integrate", "a", args[1]), b = toFinite("science_integrate", "b", args[2]), n = toCount("science_integrate", "n", args[3], { min: 2, max: MAX_INTERVALS });
    return n % 2 !== 0 && fail2("science_integrate", "n", `must be even, got ${n}`), sized({ expr, a, b, n }, n);
  },
  js: ({ expr, a, b, n }) => answer(expr, scienceIntegrate(expr, a, b, n)),
  wasm: (instance, { expr, a, b, n }) => answer(expr, scienceIntegrate2(instance, "science_integrate", expr, a, b, n)),
  sample: () => ["x^2", 0, 1, 10],
  // No heap that scales; a larger input is more intervals of a longer expression.
  // + - * / ^ only: sin/exp may differ in the last bit between libm and Math (the sweep
  // refuses to calibrate on different answers).
  sweep: (k) => ({ scales: k.geometric(4, 1 << 20, 4), args: (n) => ["x^3 - 2*x^2 + 1/(x + 1)", 0, 2, n] })
}, science_default = [monteCarloPi3, integrate];

// js/fallbacks/search.js
function searchBinary(array, target) {
  let n = lengthOf(array), lo = 0, hi = n;
  for (; lo < hi; ) {
    let mid = lo + (hi - lo >>> 1);
    array[mid] < target ? lo = mid + 1 : hi = mid;
  }
  return lo < n && array[lo] === target ? lo : -1;
}
var typedIndexOf = Object.getPrototypeOf(Uint8Array.prototype).indexOf;
function searchLinear(array, target) {
  let holder = HOLDERS[typeOf(array)];
  return holder[0] = target, holder[0] !== target ? -1 : typedIndexOf.call(array, target);
}
var HOLDERS = Object.fromEntries(
  [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array].map((T2) => [T2.name, new T2(1)])
);
function searchLinearJs(array, target) {
  let n = lengthOf(array);
  for (let i = 0; i < n; i++) if (array[i] === target) return i;
  return -1;
}
var SHIFT = new Int32Array(256);
function indexOfBytes(text, pattern) {
  let n = lengthOf(text), m = lengthOf(pattern);
  if (m === 0) return 0;
  if (m > n) return -1;
  let shift = SHIFT.fill(m);
  for (let i = 0; i + 1 < m; i++) shift[pattern[i]] = m - 1 - i;
  let last = pattern[m - 1];
  for (let pos = 0; pos <= n - m; pos += shift[text[pos + m - 1]]) {
    if (text[pos + m - 1] !== last) continue;
    let j = 0;
    for (; j < m - 1 && text[pos + j] === pattern[j]; ) j++;
    if (j === m - 1) return pos;
  }
  return -1;
}
function indexOfString(text, pattern) {
  let n = text.length, m = pattern.length;
  if (m === 0) return 0;
  if (m > n) return -1;
  let shift = SHIFT.fill(m);
  for (let i = 0; i + 1 < m; i++) shift[pattern.charCodeAt(i) & 255] = m - 1 - i;
  let last = pattern.charCodeAt(m - 1);
  for (let pos = 0; pos <= n - m; ) {
    let c = text.charCodeAt(pos + m - 1);
    if (c === last) {
      let j = 0;
      for (; j < m - 1 && text.charCodeAt(pos + j) === pattern.charCodeAt(j); ) j++;
      if (j === m - 1) return pos;
    }
    pos += shift[c & 255];
  }
  return -1;
}
function searchContainsJs({ text, pattern, strings }) {
  return (strings ? indexOfString : indexOfBytes)(text, pattern) >= 0;
}
var NATIVE_FROM = 512, nativeBytesSearch = (n) => n >= NATIVE_FROM ? indexOfBytesNative : null;
function searchContains({ text, pattern, strings, n }) {
  return strings ? text.includes(pattern) : (nativeBytesSearch(n) ?? indexOfBytes)(text, pattern) >= 0;
}
function searchContainsPath({ strings, n }) {
  return strings ? PATHS.includes : nativeBytesSearch(n) === null ? null : PATHS.indexOfBytes;
}

// js/wasm/search.js
function searchBinary2(instance, operation, array, target) {
  return withHeap(instance, operation, (heap, M) => M.search_binary(heap.copyIn(array), lengthOf(array), elementTypeCode(array), target));
}
function searchLinear2(instance, operation, array, target) {
  return withHeap(instance, operation, (heap, M) => M.search_linear(heap.copyIn(array), lengthOf(array), elementTypeCode(array), target));
}
var isWellFormed2 = typeof String.prototype.isWellFormed == "function" ? (s) => s.isWellFormed() : (s) => !new RegExp("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]").test(s), encoder = new TextEncoder();
function copyUtf8In(heap, text) {
  if (!(heap.instance.memory.buffer instanceof ArrayBuffer)) {
    let bytes = encoder.encode(text);
    return [heap.copyOwned(bytes), bytes.length];
  }
  let capacity = text.length * 3, ptr = heap.alloc(capacity), { written } = encoder.encodeInto(text, heap.view(Uint8Array, ptr, capacity));
  return [ptr, written];
}
function copyUtf16In(heap, text) {
  let ptr = heap.alloc(text.length * 2), units = heap.view(Uint16Array, ptr, text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return ptr;
}
function searchContains2(instance, operation, { text, pattern, strings }) {
  return withHeap(instance, operation, (heap, M) => {
    if (!strings) return M.search_contains8(heap.copyIn(text), lengthOf(text), heap.copyIn(pattern), lengthOf(pattern)) >= 0;
    if (isWellFormed2(text) && isWellFormed2(pattern)) {
      let [t2, n] = copyUtf8In(heap, text), [p2, m] = copyUtf8In(heap, pattern);
      return M.search_contains8(t2, n, p2, m) >= 0;
    }
    let t = copyUtf16In(heap, text), p = copyUtf16In(heap, pattern);
    return M.search_contains16(t, text.length, p, pattern.length) >= 0;
  });
}

// js/registry/search.js
var BYTES = 0, STRINGS2 = 1;
function toTarget(operation, value) {
  return typeof value != "number" && fail2(operation, "target", `must be a number, got ${describe(value)}`), value;
}
var ARRAY_TYPE = "number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array";
function numericSearchRow(name, { description, complexity, js, jsPure, wasm, sorted, sweep: sweep2, platform = null }) {
  return {
    name,
    signature: `(array: ${ARRAY_TYPE}, target: number) => number`,
    description,
    complexity,
    validate(args) {
      arity(name, args, 2);
      let array = toNumericArray(name, "array", args[0]);
      return sized({ array, target: toTarget(name, args[1]) }, lengthOf(array));
    },
    js: ({ array, target }) => js(array, target),
    jsPath: platform === null ? void 0 : () => platform,
    platform,
    jsPure: jsPure && (({ array, target }) => jsPure(array, target)),
    wasm: (instance, { array, target }) => wasm(instance, name, array, target),
    sample: () => [new Float64Array([1, 2, 3, 5, 8]), 5],
    sweep: sweep2
  };
}
var search_default = [
  numericSearchRow("search_binary", {
    description: "Index of target in an ascending array, the first one among duplicates (lower bound), else -1; NaN is never found; -0 equals +0. Unsorted input: unspecified index or -1 (never an index holding another value), the same on both backends",
    complexity: "O(log n) on typed arrays (plain Arrays are checked at O(n); the WASM path copies the array: O(n))",
    js: searchBinary,
    wasm: searchBinary2,
    sorted: !0,
    sweep: (k) => ({ scales: k.geometric(4, 1 << 20, 2), args: (n) => [k.randomFloats(n, 19).sort(), 0.5] })
  }),
  numericSearchRow("search_linear", {
    platform: "TypedArray#indexOf",
    description: "First index i with array[i] === target, else -1 (as indexOf: NaN is never found, -0 equals +0)",
    complexity: "O(n)",
    js: searchLinear,
    jsPure: searchLinearJs,
    wasm: searchLinear2,
    sorted: !1,
    sweep: (k) => ({ scales: k.geometric(4, 1 << 20, 2), args: (n) => [k.randomFloats(n, 19), 2] })
  }),
  {
    name: "search_contains",
    signature: "(text: string | Uint8Array, pattern: string | Uint8Array) => boolean",
    description: "Whether pattern occurs in text: two strings compare as text.includes(pattern) (UTF-16 code units); otherwise both are taken as bytes (strings as UTF-8). An empty pattern is always found",
    complexity: "O(n/m) typical, O(n\xB7m) worst (Horspool; SIMD first/last-byte filter in the simd build)",
    validate(args) {
      let name = "search_contains";
      arity(name, args, 2);
      let [text, pattern] = args;
      if (typeof text == "string" && typeof pattern == "string") return sized({ text, pattern, strings: !0, n: 0 }, text.length, STRINGS2);
      let bytes = toBytes(name, "text", text), n = bytesLength();
      return sized({ text: bytes, pattern: toBytes(name, "pattern", pattern), strings: !1, n }, n, BYTES);
    },
    js: (input) => searchContains(input),
    jsPath: searchContainsPath,
    jsPure: (input) => searchContainsJs(input),
    platform: "String#includes for two strings; bytes: Buffer#indexOf from 512 bytes of text in Node and Bun, the package's JS below that, in Deno and in browsers",
    wasm: (instance, input) => searchContains2(instance, "search_contains", input),
    sample: () => ["the quick brown fox", "brown"],
    // Small alphabets, so patterns are often found; strings, bytes and a mix of both.
    sweep: (k) => ({ scales: k.geometric(16, 4 << 20, 2), args: (n) => [k.randomBytes(n, 23), "not-in-the-text"] }),
    // Two strings are searched by String#includes on JS, bytes by Buffer#indexOf or
    // Horspool: the crossovers differ, so each kind has its own thresholds.
    kinds: ["bytes", "strings"]
    // validate's kinds: BYTES, STRINGS
  }
];

// js/fallbacks/string.js
var isHigh = (u) => u >= 55296 && u <= 56319, isLow = (u) => u >= 56320 && u <= 57343, NodeBuffer2 = globalThis.Buffer, strictUtf16 = null;
try {
  strictUtf16 = new TextDecoder("utf-16le", { fatal: !0 });
} catch {
}
function fromCharCodes(units) {
  if (units.length <= 8192) return String.fromCharCode.apply(null, units);
  let parts = [];
  for (let i = 0; i < units.length; i += 8192)
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192)));
  return parts.join("");
}
function unitsToString(units) {
  if (units.length < 64) return String.fromCharCode.apply(null, units);
  if (NodeBuffer2) return NodeBuffer2.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
  if (strictUtf16)
    try {
      return strictUtf16.decode(units);
    } catch {
    }
  return fromCharCodes(units);
}
function stringReverse(s) {
  let n = s.length, out = new Uint16Array(n), o = 0, end = n;
  for (; end > 0; ) {
    let u = s.charCodeAt(end - 1);
    isLow(u) && end >= 2 && isHigh(s.charCodeAt(end - 2)) ? (out[o++] = s.charCodeAt(end - 2), out[o++] = u, end -= 2) : (out[o++] = u, end -= 1);
  }
  return unitsToString(out);
}
function stringIsPalindrome(s) {
  let i = 0, j = s.length;
  for (; i < j; ) {
    let f = s.codePointAt(i), lf = f > 65535 ? 2 : 1, u = s.charCodeAt(j - 1), b = u, lb = 1;
    if (isLow(u) && j >= 2 && isHigh(s.charCodeAt(j - 2)) && (b = s.codePointAt(j - 2), lb = 2), f !== b) return !1;
    i += lf, j -= lb;
  }
  return !0;
}
function stringFrequency(s) {
  let byCodePoint = /* @__PURE__ */ new Map(), n = s.length;
  for (let i = 0; i < n; ) {
    let cp = s.codePointAt(i);
    i += cp > 65535 ? 2 : 1, byCodePoint.set(cp, (byCodePoint.get(cp) ?? 0) + 1);
  }
  let counts2 = /* @__PURE__ */ new Map();
  for (let [cp, count] of byCodePoint) counts2.set(String.fromCodePoint(cp), count);
  return counts2;
}
function stringLongestSubstring(s, chars) {
  let set = /* @__PURE__ */ new Set();
  for (let i = 0; i < chars.length; ) {
    let cp = chars.codePointAt(i);
    set.add(cp), i += cp > 65535 ? 2 : 1;
  }
  let run2 = 0, best = 0;
  for (let i = 0; i < s.length; ) {
    let cp = s.codePointAt(i);
    i += cp > 65535 ? 2 : 1, set.has(cp) ? ++run2 > best && (best = run2) : run2 = 0;
  }
  return best;
}

// js/wasm/string.js
var NodeBuffer3 = globalThis.Buffer;
function copyStringIn(heap, s) {
  let ptr = heap.alloc(s.length * 2);
  if (NodeBuffer3)
    return NodeBuffer3.from(heap.instance.memory.buffer, ptr, s.length * 2).write(s, "utf16le"), ptr;
  let view = heap.view(Uint16Array, ptr, s.length);
  for (let i = 0; i < s.length; i++) view[i] = s.charCodeAt(i);
  return ptr;
}
function stringReverse2(instance, operation, s) {
  return withHeap(instance, operation, (heap, M) => {
    let inPtr = copyStringIn(heap, s), outPtr = heap.alloc(s.length * 2);
    return M.string_reverse(inPtr, s.length, outPtr), unitsToString(heap.view(Uint16Array, outPtr, s.length));
  });
}
function stringIsPalindrome2(instance, operation, s) {
  return withHeap(instance, operation, (heap, M) => M.string_is_palindrome(copyStringIn(heap, s), s.length));
}
function stringFrequency2(instance, operation, s) {
  return withHeap(instance, operation, (heap, M) => {
    let inPtr = copyStringIn(heap, s), cap = Math.min(s.length, 1114112), cps = heap.alloc(cap * 4), counts2 = heap.alloc(cap * 4), distinctAt = heap.alloc(4);
    checkStatus(instance, operation, M.string_frequency(inPtr, s.length, cps, counts2, cap, distinctAt));
    let distinct = heap.view(Uint32Array, distinctAt, 1)[0], cpView = heap.view(Uint32Array, cps, distinct), countView = heap.view(Uint32Array, counts2, distinct), result = /* @__PURE__ */ new Map();
    for (let i = 0; i < distinct; i++) result.set(String.fromCodePoint(cpView[i]), countView[i]);
    return result;
  });
}
function stringLongestSubstring2(instance, operation, s, chars) {
  return withHeap(instance, operation, (heap, M) => {
    let sPtr = copyStringIn(heap, s), cPtr = copyStringIn(heap, chars), out = heap.alloc(4);
    return checkStatus(instance, operation, M.string_longest_substring(sPtr, s.length, cPtr, chars.length, out)), heap.view(Uint32Array, out, 1)[0];
  });
}

// js/registry/string.js
function toText(operation, argument, value) {
  return typeof value != "string" && fail2(operation, argument, `must be a string, got ${describe(value)}`), value;
}
var sweep = (args) => (k) => ({ scales: k.geometric(4, 1 << 20, 4), args: (n) => args(k, n) });
function unaryRow(name, signature, description, jsFn, wasmFn, { sweepArgs }) {
  return {
    name,
    signature,
    description,
    complexity: "O(n)",
    validate(args) {
      arity(name, args, 1);
      let s = toText(name, "s", args[0]);
      return sized({ s }, s.length);
    },
    js: ({ s }) => jsFn(s),
    wasm: (instance, { s }) => wasmFn(instance, name, s),
    sample: () => ["abc\u{1F600}"],
    sweep: sweep(sweepArgs)
  };
}
var string_default = [
  unaryRow(
    "string_reverse",
    "(s: string) => string",
    "reversed by code point (surrogate pairs kept together, lone surrogates kept)",
    stringReverse,
    stringReverse2,
    { sweepArgs: (k, n) => [k.randomText(n, 53)] }
  ),
  unaryRow(
    "string_is_palindrome",
    "(s: string) => boolean",
    "equal to its code-point reversal; exact (no case folding, nothing skipped)",
    stringIsPalindrome,
    stringIsPalindrome2,
    {
      // Half the cases palindromes by construction (a text, a middle, its code-point reversal).
      // A palindrome: the full scan, the worst case.
      sweepArgs: (k, n) => {
        let half = k.randomText(n >> 1, 31);
        return [half + (n & 1 ? "x" : "") + [...half].reverse().join("")];
      }
    }
  ),
  unaryRow(
    "string_frequency",
    "(s: string) => Map<string, number>",
    "code point -> count, as a Map in order of first occurrence (a plain object would reorder digit keys)",
    stringFrequency,
    stringFrequency2,
    { sweepArgs: (k, n) => [k.randomText(n, 59)] }
  ),
  {
    name: "string_longest_substring",
    signature: "(s: string, chars: string) => number",
    description: "length in code points of the longest run of s made only of code points in chars",
    complexity: "O(n + m)",
    validate(args) {
      arity("string_longest_substring", args, 2);
      let s = toText("string_longest_substring", "s", args[0]);
      return sized({ s, chars: toText("string_longest_substring", "chars", args[1]) }, s.length);
    },
    js: ({ s, chars }) => stringLongestSubstring(s, chars),
    wasm: (instance, { s, chars }) => stringLongestSubstring2(instance, "string_longest_substring", s, chars),
    sample: () => ["aabxaaa", "ab"],
    sweep: sweep((k, n) => [k.randomText(n, 61, "abc"), "ab"])
  }
];

// js/registry/index.js
var FAMILIES = { numeric: numeric_default, matrix: matrix_default, string: string_default, crypto: crypto_default, data: data_default, json: json_default, search: search_default, image: image_default, science: science_default }, FAMILY_NAMES = Object.keys(FAMILIES), FAMILY_PREFIXES = FAMILY_NAMES.map((family) => `${family}_`), rows = Object.values(FAMILIES).flat(), operations2 = new Map(rows.map((row) => [row.name, row])), shortNames = /* @__PURE__ */ new Map(), ambiguous = /* @__PURE__ */ new Set();
for (let row of rows) {
  let prefix = FAMILY_PREFIXES.find((p) => row.name.startsWith(p)), shorts = [...row.aliases ?? []];
  prefix && shorts.push(row.name.slice(prefix.length));
  for (let s of shorts)
    operations2.has(s) || (shortNames.has(s) && shortNames.get(s) !== row ? ambiguous.add(s) : shortNames.set(s, row));
}
for (let s of ambiguous) shortNames.delete(s);
var CallPlan = class {
  constructor(row, id) {
    this.id = id, this.name = row.name, this.validate = snapshotting(row.name, row.validate), this.js = row.js, this.wasm = typeof row.wasm == "function" ? row.wasm : null, this.jsPath = typeof row.jsPath == "function" ? row.jsPath : null, this.jsPure = typeof row.jsPure == "function" ? row.jsPure : row.js, this.kindIds = [id], this.batchId = -1, this.row = row;
  }
}, policyKeys = [];
function snapshotting(name, validate) {
  return (args) => {
    let mark = viewMark(), input;
    try {
      input = validate(args);
    } catch (error) {
      throw dropViews(mark), error;
    }
    return sealViews(mark, name), input;
  };
}
var plans = rows.map((row, id) => new CallPlan(row, id));
for (let plan of plans) policyKeys.push({ id: plan.id, key: plan.name, plan, kind: plan.row.kinds?.[0] ?? null });
for (let plan of plans) {
  let { kinds } = plan.row;
  if (!(!Array.isArray(kinds) || kinds.length < 2))
    for (let k of kinds.slice(1))
      plan.kindIds.push(policyKeys.length), policyKeys.push({ id: policyKeys.length, key: `${plan.name}:${k}`, plan, kind: k });
}
for (let plan of plans)
  typeof plan.row.wasmBatch != "function" || plan.wasm === null || (plan.batchId = policyKeys.length, policyKeys.push({ id: policyKeys.length, key: `${plan.name}:batch`, plan, kind: "batch" }));
var planByName = /* @__PURE__ */ new Map();
for (let plan of plans) planByName.set(plan.name, plan);
for (let [s, row] of shortNames) planByName.set(s, plans[rows.indexOf(row)]);
function validated(plan, args) {
  let input = plan.validate(args), { size, kind } = measured, p = plan instanceof CallPlan ? plan : resolvePlan(plan.name);
  return { input, size, kind: p.row.kinds?.[kind] ?? null, id: p.kindIds[kind] };
}
var OPERATION_COUNT = plans.length;
function allPolicyKeys() {
  return policyKeys;
}
function policyIdOfKey(key) {
  let found = policyKeys.find((k) => k.key === key);
  return found ? found.id : resolvePlan(key).id;
}
function jsOf(plan, platformNatives) {
  return platformNatives ? plan.js : plan.jsPure;
}
function resolvePlan(name) {
  let plan = planByName.get(name);
  return plan !== void 0 ? plan : plans[rows.indexOf(resolveOperation(name))];
}
function allPlans() {
  return plans;
}
function editDistance(a, b) {
  let d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return d[b.length];
}
function resolveOperation(name) {
  if (typeof name == "string") {
    let row = operations2.get(name) ?? shortNames.get(name);
    if (row) return row;
  }
  if (typeof name != "string") throw new UnknownOperationError(`(${describe(name)}: an operation name is a string)`, []);
  let text = name, close = [...operations2.keys(), ...shortNames.keys()].map((c) => [c, editDistance(text, c)]).filter(([c, dist]) => dist <= Math.max(2, Math.floor(c.length / 4)) || c.includes(text)).sort((a, b) => a[1] - b[1]).slice(0, 3).map(([c]) => operations2.get(c)?.name ?? shortNames.get(c).name);
  throw new UnknownOperationError(text, [...new Set(close)]);
}
function describeOperations() {
  return rows.map((row) => {
    let prefix = FAMILY_PREFIXES.find((p) => row.name.startsWith(p)), aliases = [...row.aliases ?? []];
    return prefix && shortNames.get(row.name.slice(prefix.length)) === row && aliases.push(row.name.slice(prefix.length)), {
      name: row.name,
      family: prefix ? prefix.slice(0, -1) : "other",
      aliases: aliases.filter((a) => shortNames.get(a) === row),
      signature: row.signature,
      description: row.description,
      complexity: row.complexity,
      parity: row.parity ?? (typeof row.wasm == "function" ? "identical" : null),
      // The platform's native code the JS backend uses for it (the guide's hybrid mode), if any.
      platform: row.platform ?? null,
      wasm: typeof row.wasm == "function",
      jsOnly: typeof row.wasm != "function"
    };
  });
}

// js/thresholds.js
function engineKey(userAgent) {
  if (userAgent === void 0) {
    if (denoVersion) return `deno-${v8Key(globalThis.Deno.version?.v8)}`;
    if (bunVersion) return "jsc";
    if (isNode) return v8Key(process.versions.v8);
  }
  let ua = userAgent ?? (typeof navigator == "object" && typeof navigator.userAgent == "string" ? navigator.userAgent : ""), firefox = /Firefox\/(\d+)/.exec(ua);
  if (firefox) return `spidermonkey-${firefox[1]}`;
  let chrome = /Chrom(?:e|ium)\/(\d+)/.exec(ua);
  return chrome ? `v8-${Math.floor(Number(chrome[1]) / 10)}` : /AppleWebKit\//.test(ua) ? "jsc" : "unknown";
}
function v8Key(version) {
  let major = /^(\d+)\./.exec(String(version ?? ""));
  return major ? `v8-${major[1]}` : "unknown";
}
var isBatchKey = (key) => key.endsWith(":batch");
function over(rows2) {
  let out = {};
  for (let [name, row] of Object.entries(operations)) isBatchKey(name) || (out[name] = row);
  for (let [name, row] of Object.entries(rows2)) out[name] = { ...out[name], ...row };
  return out;
}
function shippedSet(key) {
  if (key === defaultEngine.engine) return { key, rows: operations };
  if (engines[key]) return { key, rows: over(engines[key].operations) };
  let deno = /^deno-(v8-\d+)$/.exec(key);
  if (deno) return shippedSet(deno[1]);
  let family = /^spidermonkey-(\d+)$/.exec(key);
  if (family) {
    let near = Object.keys(engines).map((k) => [k, /^spidermonkey-(\d+)$/.exec(k)]).filter(([, m]) => m).sort((a, b) => Math.abs(a[1][1] - family[1]) - Math.abs(b[1][1] - family[1]))[0];
    if (near) return { key: near[0], rows: over(engines[near[0]].operations) };
  }
  return null;
}
var DEFAULT_LABEL = `default (${defaultEngine.engine} measured in ${defaultEngine.runtime})`, ThresholdSet = class {
  constructor(given) {
    let set = shippedSet(engineKey());
    this.engine = engineKey(), this.shippedLabel = set ? set.key : DEFAULT_LABEL, this.rows = { ...set ? set.rows : operations }, this.label = this.shippedLabel, this.source = "thresholds.json", this.calibration = null, given && this.lay(given, `config (over ${this.shippedLabel})`, "thresholds: config");
  }
  /** Lay `given` (a validated thresholds object) over the rows; returns the merged rows of its operations. */
  lay(given, label, source) {
    let changed = {};
    for (let [name, row] of Object.entries(given)) changed[name] = this.rows[name] = { ...this.rows[name], ...row };
    return this.label = label, this.source = source, changed;
  }
}, FIELDS = {
  wasmMinSize: (v) => typeof v == "number" && v >= 0 && Number.isFinite(v) || "must be a finite number >= 0",
  threadsMinSize: (v) => typeof v == "number" && (v === -1 || v >= 0) && Number.isFinite(v) || "must be -1 (never) or a finite number >= 0",
  maxThreads: (v) => Number.isInteger(v) && v >= 0 && v <= 64 || "must be an integer from 0 (no cap) to 64",
  // thresholds.json's rows carry one; kept, never read by the policy (a row copied from the file passes).
  note: (v) => typeof v == "string" || "must be a string",
  // 'name:batch' rows only: the mean item size range in which the batch kernel beats JS
  // per item (js/batch.js); outside it a batch is held against the per-call threshold.
  // itemMaxSize 9007199254740991: no upper bound (calibrate() writes both).
  itemMinSize: (v) => typeof v == "number" && v >= 0 && Number.isFinite(v) || "must be a finite number >= 0",
  itemMaxSize: (v) => typeof v == "number" && v >= 0 && Number.isFinite(v) || "must be a finite number >= 0"
}, BATCH_ONLY = /* @__PURE__ */ new Set(["itemMinSize", "itemMaxSize"]), FIELD = new Map(Object.entries(FIELDS));
function checkThresholds(value) {
  if (value === null || typeof value != "object" || Array.isArray(value)) return "must be an object of per-operation thresholds";
  let copy = {};
  for (let key of Object.keys(value)) {
    let [name, kind, extra] = key.split(":"), row = operations2.get(name), batch = kind === "batch" && typeof row?.wasmBatch == "function";
    if (!row || typeof row.wasm != "function" || extra !== void 0 || kind !== void 0 && !batch && !row.kinds?.includes(kind))
      return `names an ${row ? typeof row.wasm != "function" ? "operation without a WASM kernel" : kind === "batch" ? "operation without a batch kernel (no batch threshold) in" : "unknown input kind of" : "unknown operation"} '${key}' (keys are canonical operation names with a WASM kernel, as listOperations() gives them)`;
    let entry = value[key];
    if (entry === null || typeof entry != "object" || Array.isArray(entry)) return `'${key}' must be an object such as { wasmMinSize: 4096 }`;
    let out = {};
    for (let field of Object.keys(entry)) {
      let check = FIELD.get(field);
      if (!check) return `'${key}' has an unknown field '${field}' (known: ${[...FIELD.keys()].join(", ")})`;
      if (BATCH_ONLY.has(field) && !batch) return `'${key}.${field}' belongs to a batch threshold ('name:batch' keys) only`;
      let v = entry[field], ok = check(v);
      if (ok !== !0) return `'${key}.${field}' ${ok}, got ${typeof v == "number" ? v : JSON.stringify(v) ?? typeof v}`;
      out[field] = v;
    }
    copy[key] = out;
  }
  return { value: copy };
}

// js/config.js
var BACKENDS = Object.freeze({ AUTO: "auto", JS: "js", WASM: "wasm" }), PAGE_BYTES = 65536, MIN_MEMORY_PAGES = 64, MAX_MEMORY_PAGES = 65536, DEFAULT_CONFIG = Object.freeze({
  preferBackend: "auto",
  simd: !0,
  threads: "auto",
  cache: !0,
  // 4 MiB initial. The guide starts at 64 MiB, but a new instance pays for zeroing its
  // initial memory (measured: a second selector ready in ~1.5 ms at 64 pages, 5-25 ms at
  // 1024), and the heap grows on demand up to maxMemoryPages anyway.
  memoryPages: 64,
  maxMemoryPages: 32768,
  // 2 GiB
  timeoutMs: 0,
  // 0 = no time limit
  wasmUrl: null,
  profileKernels: !1,
  // lastCallReport().kernelMs (js/profile.js)
  thresholds: null,
  // per-operation thresholds over the engine's shipped set (js/thresholds.js)
  // false: the JS backend runs only the package's own JS, never the platform's native code
  // (node:crypto, String#includes, TypedArray#sort/indexOf, JSON.parse; registry `jsPure`).
  platformNatives: !0
}), MAX_TIMEOUT_MS = 2 ** 31 - 1, CHECKS = {
  preferBackend: (v) => Object.values(BACKENDS).includes(v) || "must be one of 'auto', 'js', 'wasm'",
  simd: (v) => typeof v == "boolean" || "must be true or false",
  threads: (v) => v === !1 || v === "auto" || Number.isInteger(v) && v >= 1 && v <= 64 || "must be false, 'auto' or a thread count from 1 to 64",
  cache: (v) => typeof v == "boolean" || "must be true or false",
  memoryPages: (v) => Number.isInteger(v) && v >= MIN_MEMORY_PAGES && v <= MAX_MEMORY_PAGES || `must be an integer number of 64 KiB pages from ${MIN_MEMORY_PAGES} to ${MAX_MEMORY_PAGES}`,
  maxMemoryPages: (v) => Number.isInteger(v) && v >= MIN_MEMORY_PAGES && v <= MAX_MEMORY_PAGES || `must be an integer number of 64 KiB pages from ${MIN_MEMORY_PAGES} to ${MAX_MEMORY_PAGES}`,
  timeoutMs: (v) => typeof v == "number" && v >= 0 && v <= MAX_TIMEOUT_MS || `must be a number of milliseconds from 0 (no limit) to ${MAX_TIMEOUT_MS} (timers hold 2^31 - 1 ms, about 24.8 days)`,
  wasmUrl: (v) => v === null || typeof v == "string" || typeof URL == "function" && v instanceof URL || "must be a URL, a path string or null",
  profileKernels: (v) => typeof v == "boolean" || "must be true or false",
  platformNatives: (v) => typeof v == "boolean" || "must be true or false",
  // Returns { value }: the validated copy (read once), not the caller's object.
  thresholds: (v) => v === null || checkThresholds(v)
}, CHECK = new Map(Object.entries(CHECKS));
function describeValue(value) {
  return typeof value == "string" ? JSON.stringify(value) : typeof value == "bigint" ? `${value}n` : typeof value == "number" || typeof value == "boolean" || value == null ? String(value) : describe(value);
}
function validateConfig(config, source = "config") {
  if (config === void 0) return {};
  if (config === null || typeof config != "object" || Array.isArray(config))
    throw new InvalidArgumentError(`${source} must be an object, got ${config === null ? "null" : typeof config}`, { argument: "config" });
  let snapshot = {};
  for (let key of Object.keys(config)) {
    let check = CHECK.get(key);
    if (check === void 0)
      throw new InvalidArgumentError(`${source}: unknown option '${key}' (known options: ${[...CHECK.keys()].join(", ")})`, {
        argument: key
      });
    let value = config[key], ok = check(value);
    if (typeof ok == "string") throw new InvalidArgumentError(`${source}: option '${key}' ${ok}, got ${describeValue(value)}`, { argument: key });
    snapshot[key] = typeof ok == "object" ? ok.value : value;
  }
  return snapshot;
}
function resolveConfig(given) {
  let userConfig = validateConfig(given), sources = {}, config = { ...DEFAULT_CONFIG }, file = loadProjectConfig();
  if (file) {
    Object.assign(config, file.config);
    for (let key of Object.keys(file.config)) sources[key] = file.path;
  }
  let env = readEnv("MULTILINGUAL_WASM_BACKEND");
  env !== void 0 && env !== "" && (validateConfig({ preferBackend: env }, "MULTILINGUAL_WASM_BACKEND"), config.preferBackend = env, sources.preferBackend = "MULTILINGUAL_WASM_BACKEND");
  for (let [key, value] of Object.entries(userConfig))
    value !== void 0 && (config[key] = value, sources[key] = "constructor");
  if (config.maxMemoryPages < config.memoryPages)
    throw new InvalidArgumentError(
      `config: maxMemoryPages (${config.maxMemoryPages}) must be >= memoryPages (${config.memoryPages})`,
      { argument: "maxMemoryPages" }
    );
  return { config: Object.freeze(config), sources };
}
var projectConfigCache;
function loadProjectConfig({ cwd, reload = !1 } = {}) {
  if (!isNode) return null;
  if (!reload && cwd === void 0 && projectConfigCache !== void 0) return projectConfigCache;
  let fs = nodeBuiltin("fs"), path = nodeBuiltin("path");
  if (!fs || !path) return null;
  let dir;
  try {
    dir = path.resolve(cwd ?? process.cwd());
  } catch {
    return null;
  }
  let found = null;
  for (; ; ) {
    let own = path.join(dir, "multilingual.config.json");
    if (!denoPermissionDenied("read", own) && fs.existsSync(own)) {
      let data = readJson(fs, own), section = data?.wasm ?? data;
      found = { path: own, config: validateConfig(section, own) };
      break;
    }
    let pkg = path.join(dir, "package.json");
    if (!denoPermissionDenied("read", pkg) && fs.existsSync(pkg)) {
      let data = readJson(fs, pkg);
      if (data?.multilingual?.wasm !== void 0) {
        found = { path: pkg, config: validateConfig(data.multilingual.wasm, `${pkg} "multilingual.wasm"`) };
        break;
      }
    }
    let parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return cwd === void 0 && (projectConfigCache = found), found;
}
function readJson(fs, file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new InvalidArgumentError(`${file}: cannot read config (${error.message})`);
  }
}
function callOptions(nameOrOptions, defaultTimeoutMs) {
  if (typeof nameOrOptions != "object" || nameOrOptions === null) return { name: nameOrOptions, timeoutMs: defaultTimeoutMs };
  let options = validateCallOptions(nameOrOptions);
  return { name: options.name, timeoutMs: options.timeoutMs ?? defaultTimeoutMs };
}
function validateCallOptions(value) {
  let out = { name: void 0, timeoutMs: void 0 };
  for (let key of Object.keys(value)) {
    if (key !== "name" && key !== "timeoutMs")
      throw new InvalidArgumentError(`callAsync: unknown call option '${key}' (known: 'name', 'timeoutMs')`, { operation: "callAsync", argument: key });
    out[key] = value[key];
  }
  if (out.timeoutMs !== void 0) {
    let ok = CHECKS.timeoutMs(out.timeoutMs);
    if (ok !== !0)
      throw new InvalidArgumentError(`callAsync: option 'timeoutMs' ${ok}, got ${describeValue(out.timeoutMs)}`, { operation: "callAsync", argument: "timeoutMs" });
  }
  return out;
}

// js/features.js
var SIMD_PROBE = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  5,
  1,
  96,
  0,
  1,
  123,
  3,
  2,
  1,
  0,
  10,
  8,
  1,
  6,
  0,
  65,
  0,
  253,
  15,
  11
]), THREADS_PROBE = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  4,
  1,
  96,
  0,
  0,
  3,
  2,
  1,
  0,
  5,
  4,
  1,
  3,
  1,
  1,
  10,
  11,
  1,
  9,
  0,
  65,
  0,
  254,
  16,
  2,
  0,
  26,
  11
]), MVP_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
function validates(bytes) {
  try {
    return WebAssembly.validate(bytes);
  } catch {
    return !1;
  }
}
function hardwareConcurrency() {
  if (typeof navigator == "object" && navigator?.hardwareConcurrency > 0) return navigator.hardwareConcurrency;
  let os = nodeBuiltin("os");
  return os ? typeof os.availableParallelism == "function" ? os.availableParallelism() : os.cpus().length || 1 : 1;
}
var AUTO_THREADS_CAP = 4;
function autoThreads() {
  return Math.max(1, Math.min(hardwareConcurrency(), AUTO_THREADS_CAP));
}
function threadsUnavailableReason(features) {
  return !features.crossOriginIsolated && typeof globalThis.crossOriginIsolated == "boolean" ? "page is not cross-origin isolated (needs COOP/COEP headers)" : features.sharedArrayBuffer ? features.threads ? features.simd ? null : "the threads build needs SIMD, which does not validate" : "shared memory / atomics do not validate" : "no SharedArrayBuffer in this engine";
}
function detectFeatures() {
  let webassembly = typeof WebAssembly == "object" && WebAssembly !== null && typeof WebAssembly.instantiate == "function";
  if (!webassembly)
    return { webassembly: !1, mvp: !1, simd: !1, threads: !1, sharedArrayBuffer: !1, crossOriginIsolated: !1 };
  let sharedArrayBuffer = typeof SharedArrayBuffer == "function", crossOriginIsolated = typeof globalThis.crossOriginIsolated == "boolean" ? globalThis.crossOriginIsolated : sharedArrayBuffer;
  return {
    webassembly,
    mvp: validates(MVP_PROBE),
    simd: validates(SIMD_PROBE),
    threads: sharedArrayBuffer && crossOriginIsolated && validates(THREADS_PROBE),
    sharedArrayBuffer,
    crossOriginIsolated
  };
}
var VARIANT_SECTION = "mlw.variant";
function wasmShape(bytes) {
  let b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b.length < 8 || b[0] !== 0 || b[1] !== 97 || b[2] !== 115 || b[3] !== 109) throw new Error("not a WebAssembly module");
  let at = 8, u32 = () => {
    let result = 0, shift = 0;
    for (; ; ) {
      if (at >= b.length) throw new Error("truncated module");
      let byte = b[at++];
      if (result += (byte & 127) * 2 ** shift, !(byte & 128)) return result;
      shift += 7;
    }
  }, limitsShared = () => {
    let flags = b[at++];
    return u32(), flags & 1 && u32(), (flags & 2) !== 0;
  }, V128 = 123, sharedMemory = !1, simd = !1;
  for (; at < b.length; ) {
    let id = b[at++], size = u32(), end = at + size;
    if (end > b.length) throw new Error("truncated module");
    if (id === 1)
      for (let n = u32(); n > 0; n--) {
        at++;
        for (let k = 0; k < 2; k++) for (let m = u32(); m > 0; m--) b[at++] === V128 && (simd = !0);
      }
    else if (id === 2)
      for (let n = u32(); n > 0; n--) {
        let moduleName = u32();
        at += moduleName;
        let fieldName = u32();
        at += fieldName;
        let kind = b[at++];
        if (kind === 0) u32();
        else if (kind === 1)
          at++, limitsShared();
        else if (kind === 2)
          limitsShared() && (sharedMemory = !0);
        else if (kind === 3)
          b[at++] === V128 && (simd = !0), at++;
        else throw new Error(`unknown import kind ${kind}`);
      }
    else if (id === 5)
      for (let n = u32(); n > 0; n--) limitsShared() && (sharedMemory = !0);
    else if (id === 10)
      for (let n = u32(); n > 0; n--) {
        let bodySize = u32(), bodyEnd = at + bodySize;
        for (let m = u32(); m > 0; m--)
          u32(), b[at++] === V128 && (simd = !0);
        at = bodyEnd;
      }
    at = end;
  }
  return { sharedMemory, simd };
}

// js/worker-protocol.js
var PACKAGE_ERRORS = {
  MultilingualWasmError,
  InvalidArgumentError,
  UnknownOperationError,
  WasmMemoryError,
  TimeoutError,
  JsonSyntaxError,
  WasmUnavailableError
}, BUILTIN_ERRORS = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };
function serializeError(error) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), stack: "", fields: {} };
  let fields = {};
  for (let [key, value] of Object.entries(error))
    value === null || ["string", "number", "boolean", "undefined"].includes(typeof value) ? fields[key] = value : Array.isArray(value) && value.every((v) => typeof v == "string") && (fields[key] = [...value]);
  return { name: error.name, message: error.message, stack: error.stack ?? "", fields };
}
function deserializeError({ name, message, stack, fields }) {
  let Class = PACKAGE_ERRORS[name] ?? BUILTIN_ERRORS[name] ?? Error, error = new Error(message);
  return Object.setPrototypeOf(error, Class.prototype), Object.assign(error, fields), error.name !== name && (error.name = name), error.stack = `${stack}
    at (worker boundary)`, error;
}
function transferablesOf(result, batch = !1) {
  return batch ? [...new Set(result.flatMap((item) => transferablesOf(item)))] : ArrayBuffer.isView(result) && result.buffer instanceof ArrayBuffer ? [result.buffer] : result instanceof ArrayBuffer ? [result] : [];
}

// js/async.js
function defaultWorkerUrl() {
  return require("path").join(__dirname, "worker.cjs");
}
var poolSize = autoThreads;
function spawnWorker(onMessage2, onFailure) {
  if (isNode) {
    let { Worker: Worker2 } = nodeBuiltin("worker_threads"), w2 = new Worker2(defaultWorkerUrl());
    return w2.on("message", onMessage2), w2.on("error", onFailure), w2.on("exit", (code) => onFailure(new Error(`worker exited with code ${code}`))), { post: (m, transfer) => w2.postMessage(m, transfer), terminate: () => {
      w2.terminate();
    }, ref: () => w2.ref(), unref: () => w2.unref() };
  }
  if (typeof Worker != "function") throw new Error("this environment has no Worker");
  let w = new Worker(defaultWorkerUrl());
  return w.onmessage = (event) => onMessage2(event.data), w.onerror = (event) => {
    event.preventDefault?.(), onFailure(new Error(event.message || "worker script failed to load"));
  }, { post: (m, transfer) => w.postMessage(m, transfer), terminate: () => w.terminate(), ref() {
  }, unref() {
  } };
}
function workerInit(config) {
  let { wasmUrl } = config;
  return wasmUrl != null && (wasmUrl = String(wasmUrl), !isNode && typeof location == "object" && (wasmUrl = new URL(wasmUrl, location.href).href)), { type: "init", config: { ...config, wasmUrl }, wasmUrls: wasmUrl == null ? defaultWasmUrls() : null };
}
var WorkerPool = class {
  /** `onReport(report)` receives each finished call's report (for stats and lastCallReport). */
  constructor(config, onReport) {
    this.config = config, this.onReport = onReport, this.size = poolSize(), this.workers = /* @__PURE__ */ new Set(), this.queue = [], this.nextId = 1, this.disposed = !1;
  }
  /** Run `name(...args)` in a worker; see the header for the rules. */
  call(nameOrOptions, args, batch = !1) {
    return new Promise((resolve2, reject) => {
      let { name, timeoutMs } = callOptions(nameOrOptions, this.config.timeoutMs), row = resolveOperation(name);
      if (typeof row.wasm != "function")
        throw new InvalidArgumentError(`takes JS callbacks, which cannot be sent to a worker; use ${batch ? "callBatch" : "callFunction"} for it`, { operation: row.name });
      rejectWasmArrays(row.name, args, batch), this.queue.push({ id: this.nextId++, name: row.name, args: snapshotArgs(row.name, args, batch), timeoutMs, batch, resolve: resolve2, reject }), this._pump();
    });
  }
  /** callBatchAsync: the whole batch in one worker (selector.callBatch there), one time limit. */
  callBatch(name, argsList, options) {
    return new Promise((resolve2, reject) => {
      let operation = typeof name == "string" ? name : "callBatchAsync", { timeoutMs } = options === void 0 ? {} : readOptions(operation, "options", options, ["timeoutMs"]);
      if (!isArray(operation, "argsList", argsList))
        throw new InvalidArgumentError("'argsList' must be an array of argument lists", { operation, argument: "argsList" });
      resolve2(this.call(timeoutMs === void 0 ? name : { name, timeoutMs }, argsList, !0));
    });
  }
  _pump() {
    for (; this.queue.length > 0; ) {
      let idle = [...this.workers].find((w) => w.ready && !w.job);
      if (idle) {
        this._dispatch(idle, this.queue.shift());
        continue;
      }
      this.workers.size < this.size && ![...this.workers].some((w) => !w.ready) && this._start();
      break;
    }
    this._updateRefs();
  }
  _start() {
    let slot = { ready: !1, job: null, handle: null }, fail3 = (error) => this._onFailure(slot, error);
    try {
      slot.handle = spawnWorker((message) => this._onMessage(slot, message), fail3);
    } catch (error) {
      this._rejectQueued(new MultilingualWasmError(`callAsync: cannot start a worker (${error.message})`));
      return;
    }
    this.workers.add(slot), slot.handle.post(workerInit(this.config));
  }
  _dispatch(slot, job) {
    slot.job = job;
    try {
      slot.handle.post({ type: "call", id: job.id, name: job.name, args: job.args, batch: job.batch }, transferables(job.args, job.batch));
    } catch (error) {
      slot.job = null, job.reject(new MultilingualWasmError(`${job.name}: the arguments could not be posted to the worker (${error.message})`, { cause: error }));
      return;
    }
    job.timeoutMs > 0 && (job.timer = setTimeout(() => {
      slot.job === job && (this._retire(slot), job.reject(new TimeoutError(job.name, job.timeoutMs)), this._pump());
    }, job.timeoutMs));
  }
  _onMessage(slot, message) {
    if (message.type === "ready") {
      slot.ready = !0, this._pump();
      return;
    }
    let job = slot.job;
    !job || message.id !== job.id || (clearTimeout(job.timer), slot.job = null, message.ok ? (this.onReport?.({ ...message.report, worker: !0 }), job.resolve(message.result)) : job.reject(deserializeError(message.error)), this._pump());
  }
  _onFailure(slot, error) {
    this.workers.has(slot) && (this._retire(slot), slot.job ? (clearTimeout(slot.job.timer), slot.job.reject(new MultilingualWasmError(`${slot.job.name}: the worker failed (${error.message})`))) : slot.ready || this._rejectQueued(new MultilingualWasmError(`callAsync: the worker could not start (${error.message})`)), this._pump());
  }
  _retire(slot) {
    this.workers.delete(slot), slot.handle.terminate();
  }
  _rejectQueued(error) {
    for (let job of this.queue.splice(0)) job.reject(error);
  }
  // Node: a worker keeps the process alive only while it has work (or work waits for it).
  _updateRefs() {
    let waiting = this.queue.length > 0;
    for (let slot of this.workers)
      slot.job || !slot.ready && waiting ? slot.handle.ref() : slot.handle.unref();
  }
  /** Terminate every worker; calls still running or waiting reject. */
  dispose() {
    this.disposed = !0;
    let error = new MultilingualWasmError("callAsync: the selector was disposed before the call finished");
    for (let slot of [...this.workers])
      this._retire(slot), slot.job && (clearTimeout(slot.job.timer), slot.job.reject(error));
    this._rejectQueued(error);
  }
};
function snapshotArgs(name, args, batch) {
  try {
    return structuredClone(args);
  } catch (error) {
    throw error?.name !== "DataCloneError" ? error : (batch ? args.forEach((item, index) => {
      try {
        resolvePlan(name).validate(item);
      } catch (itemError) {
        throw itemError instanceof MultilingualWasmError && (itemError.index = index), itemError;
      }
    }) : resolvePlan(name).validate(args), new InvalidArgumentError(`arguments cannot be sent to a worker (${error.message})`, { operation: name }));
  }
}
function rejectWasmArrays(name, args, batch) {
  let visit = (value, depth, where) => {
    if (value === null || typeof value != "object" || ArrayBuffer.isView(value)) return;
    if (isWasmArray(value))
      throw new InvalidArgumentError(
        `'${where}' is a WasmArray, which lives in this selector's heap and cannot be sent to a worker: pass wasmArray.array.slice(), or use ${batch ? "callBatch" : "callFunction"}`,
        { operation: name, argument: where }
      );
    if (depth >= (batch ? 4 : 3)) return;
    let descriptors;
    try {
      descriptors = Object.getOwnPropertyDescriptors(value);
    } catch {
      return;
    }
    for (let [k, d] of Object.entries(descriptors))
      "value" in d && d.enumerable && visit(d.value, depth + 1, `${where}${Array.isArray(value) ? `[${k}]` : `.${k}`}`);
  };
  args.forEach((arg, i) => visit(arg, 0, batch ? `argsList[${i}]` : `argument ${i}`));
}
function transferables(args, batch = !1) {
  let found = /* @__PURE__ */ new Set(), visit = (value, depth) => {
    if (!(value === null || typeof value != "object")) {
      if (ArrayBuffer.isView(value))
        value.buffer instanceof ArrayBuffer && found.add(value.buffer);
      else if (value instanceof ArrayBuffer) found.add(value);
      else if (depth < 2) for (let v of Array.isArray(value) ? value : Object.values(value)) visit(v, depth + 1);
    }
  };
  for (let arg of args)
    if (batch && Array.isArray(arg)) for (let a of arg) visit(a, 0);
    else visit(arg, 0);
  return [...found];
}

// build/glue/mlw-glue.mjs
var on = (() => {
  var fr = typeof document < "u" && document.currentScript ? document.currentScript.src : void 0;
  return (function(D) {
    D = D || {};
    var u = typeof D < "u" ? D : {}, sr, Q;
    u.ready = new Promise(function(r, e) {
      sr = r, Q = e;
    });
    var cr = Object.assign({}, u), Sr = [], lr = typeof window == "object", L = typeof importScripts == "function", un = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string", A = "";
    function Or(r) {
      return A + r;
    }
    var Dr, Hr, z, Vr;
    (lr || L) && (L ? A = self.location.href : typeof document < "u" && document.currentScript && (A = document.currentScript.src), fr && (A = fr), A.indexOf("blob:") !== 0 ? A = A.substr(0, A.replace(/[?#].*/, "").lastIndexOf("/") + 1) : A = "", Dr = ((r) => {
      var e = new XMLHttpRequest();
      return e.open("GET", r, !1), e.send(null), e.responseText;
    }), L && (z = ((r) => {
      var e = new XMLHttpRequest();
      return e.open("GET", r, !1), e.responseType = "arraybuffer", e.send(null), new Uint8Array(e.response);
    })), Hr = ((r, e, n) => {
      var t = new XMLHttpRequest();
      t.open("GET", r, !0), t.responseType = "arraybuffer", t.onload = (() => {
        if (t.status == 200 || t.status == 0 && t.response) {
          e(t.response);
          return;
        }
        n();
      }), t.onerror = n, t.send(null);
    }), Vr = ((r) => document.title = r));
    var fn = u.print || console.log.bind(console), H = u.printErr || console.warn.bind(console);
    Object.assign(u, cr), cr = null;
    var x;
    typeof WebAssembly != "object" && X2("no native wasm support detected");
    var U, vr = !1, jr, Ir = new TextDecoder("utf8");
    function Mr(r, e) {
      if (r >>>= 0, !r) return "";
      for (var n = r + e, t = r; !(t >= n) && p[t >>> 0]; ) ++t;
      return Ir.decode(p.subarray(r >>> 0, t >>> 0));
    }
    function Nr(r, e, n, t) {
      if (n >>>= 0, !(t > 0)) return 0;
      for (var i = n, o = n + t - 1, f = 0; f < r.length; ++f) {
        var a = r.charCodeAt(f);
        if (a >= 55296 && a <= 57343) {
          var s = r.charCodeAt(++f);
          a = 65536 + ((a & 1023) << 10) | s & 1023;
        }
        if (a <= 127) {
          if (n >= o) break;
          e[n++ >>> 0] = a;
        } else if (a <= 2047) {
          if (n + 1 >= o) break;
          e[n++ >>> 0] = 192 | a >> 6, e[n++ >>> 0] = 128 | a & 63;
        } else if (a <= 65535) {
          if (n + 2 >= o) break;
          e[n++ >>> 0] = 224 | a >> 12, e[n++ >>> 0] = 128 | a >> 6 & 63, e[n++ >>> 0] = 128 | a & 63;
        } else {
          if (n + 3 >= o) break;
          e[n++ >>> 0] = 240 | a >> 18, e[n++ >>> 0] = 128 | a >> 12 & 63, e[n++ >>> 0] = 128 | a >> 6 & 63, e[n++ >>> 0] = 128 | a & 63;
        }
      }
      return e[n >>> 0] = 0, n - i;
    }
    function Lr(r, e, n) {
      return Nr(r, p, e, n);
    }
    function xr(r) {
      for (var e = 0, n = 0; n < r.length; ++n) {
        var t = r.charCodeAt(n);
        t >= 55296 && t <= 57343 && (t = 65536 + ((t & 1023) << 10) | r.charCodeAt(++n) & 1023), t <= 127 ? ++e : t <= 2047 ? e += 2 : t <= 65535 ? e += 3 : e += 4;
      }
      return e;
    }
    var Br = new TextDecoder("utf-16le");
    function Xr(r, e) {
      for (var n = r, t = n >> 1, i = t + e / 2; !(t >= i) && V[t >>> 0]; ) ++t;
      return n = t << 1, Br.decode(p.subarray(r >>> 0, n >>> 0));
      for (var o, f; !(f >= e / 2); ++f) {
        var a = W[r + f * 2 >>> 1];
        if (a == 0) break;
        o += String.fromCharCode(a);
      }
    }
    function qr(r, e, n) {
      if (n === void 0 && (n = 2147483647), n < 2) return 0;
      n -= 2;
      for (var t = e, i = n < r.length * 2 ? n / 2 : r.length, o = 0; o < i; ++o) {
        var f = r.charCodeAt(o);
        W[e >>> 1] = f, e += 2;
      }
      return W[e >>> 1] = 0, e - t;
    }
    function Gr(r) {
      return r.length * 2;
    }
    function Kr(r, e) {
      for (var n = 0, t = ""; !(n >= e / 4); ) {
        var i = P[r + n * 4 >>> 2];
        if (i == 0) break;
        if (++n, i >= 65536) {
          var o = i - 65536;
          t += String.fromCharCode(55296 | o >> 10, 56320 | o & 1023);
        } else t += String.fromCharCode(i);
      }
      return t;
    }
    function Yr(r, e, n) {
      if (e >>>= 0, n === void 0 && (n = 2147483647), n < 4) return 0;
      for (var t = e, i = t + n - 4, o = 0; o < r.length; ++o) {
        var f = r.charCodeAt(o);
        if (f >= 55296 && f <= 57343) {
          var a = r.charCodeAt(++o);
          f = 65536 + ((f & 1023) << 10) | a & 1023;
        }
        if (P[e >>> 2] = f, e += 4, e + 4 > i) break;
      }
      return P[e >>> 2] = 0, e - t;
    }
    function Zr(r) {
      for (var e = 0, n = 0; n < r.length; ++n) {
        var t = r.charCodeAt(n);
        t >= 55296 && t <= 57343 && ++n, e += 4;
      }
      return e;
    }
    var k, B, p, W, V, P, y, dr, _r;
    function pr(r) {
      k = r, u.HEAP8 = B = new Int8Array(r), u.HEAP16 = W = new Int16Array(r), u.HEAP32 = P = new Int32Array(r), u.HEAPU8 = p = new Uint8Array(r), u.HEAPU16 = V = new Uint16Array(r), u.HEAPU32 = y = new Uint32Array(r), u.HEAPF32 = dr = new Float32Array(r), u.HEAPF64 = _r = new Float64Array(r);
    }
    var hr = 4194304;
    u.wasmMemory ? U = u.wasmMemory : U = new WebAssembly.Memory({ initial: hr / 65536, maximum: 65536 }), U && (k = U.buffer), hr = k.byteLength, pr(k);
    var gr, $r = [], mr = [], Jr = [], Qr = !1;
    function zr() {
      er($r);
    }
    function re() {
      Qr = !0, er(mr);
    }
    function ee() {
      er(Jr);
    }
    function ne(r) {
      mr.unshift(r);
    }
    var j = 0, rr = null, I = null;
    function te(r) {
      j++;
    }
    function ie(r) {
      if (j--, j == 0 && (rr !== null && (clearInterval(rr), rr = null), I)) {
        var e = I;
        I = null, e();
      }
    }
    u.preloadedImages = {}, u.preloadedAudios = {};
    function X2(r) {
      r = "Aborted(" + r + ")", H(r), vr = !0, jr = 1, r += ". Build with -s ASSERTIONS=1 for more info.";
      var e = new WebAssembly.RuntimeError(r);
      throw Q(e), e;
    }
    var ae = "data:application/octet-stream;base64,";
    function yr(r) {
      return r.startsWith(ae);
    }
    var g;
    g = "mlw-baseline.wasm", yr(g) || (g = Or(g));
    function wr(r) {
      try {
        if (r == g && x) return new Uint8Array(x);
        if (z) return z(r);
        throw "both async and sync fetching of the wasm failed";
      } catch (e) {
        X2(e);
      }
    }
    function oe() {
      return !x && (lr || L) && typeof fetch == "function" ? fetch(g, { credentials: "same-origin" }).then(function(r) {
        if (!r.ok) throw "failed to load wasm binary file at '" + g + "'";
        return r.arrayBuffer();
      }).catch(function() {
        return wr(g);
      }) : Promise.resolve().then(function() {
        return wr(g);
      });
    }
    function ue() {
      var r = { a: Ze };
      function e(f, a) {
        var s = f.exports;
        u.asm = s, gr = u.asm.x, ne(u.asm.u), ie("wasm-instantiate");
      }
      te("wasm-instantiate");
      function n(f) {
        e(f.instance);
      }
      function t(f) {
        return oe().then(function(a) {
          return WebAssembly.instantiate(a, r);
        }).then(function(a) {
          return a;
        }).then(f, function(a) {
          H("failed to asynchronously prepare wasm: " + a), X2(a);
        });
      }
      function i() {
        return !x && typeof WebAssembly.instantiateStreaming == "function" && !yr(g) && typeof fetch == "function" ? fetch(g, { credentials: "same-origin" }).then(function(f) {
          var a = WebAssembly.instantiateStreaming(f, r);
          return a.then(n, function(s) {
            return H("wasm streaming compile failed: " + s), H("falling back to ArrayBuffer instantiation"), t(n);
          });
        }) : t(n);
      }
      if (u.instantiateWasm) try {
        var o = u.instantiateWasm(r, e);
        return o;
      } catch (f) {
        return H("Module.instantiateWasm callback failed with error: " + f), !1;
      }
      return i().catch(Q), {};
    }
    function er(r) {
      for (; r.length > 0; ) {
        var e = r.shift();
        if (typeof e == "function") {
          e(u);
          continue;
        }
        var n = e.func;
        typeof n == "number" ? e.arg === void 0 ? G(n)() : G(n)(e.arg) : n(e.arg === void 0 ? null : e.arg);
      }
    }
    var q = [];
    function G(r) {
      var e = q[r];
      return e || (r >= q.length && (q.length = r + 1), q[r] = e = gr.get(r)), e;
    }
    var K2 = {};
    function br(r) {
      for (; r.length; ) {
        var e = r.pop(), n = r.pop();
        n(e);
      }
    }
    function Y(r) {
      return this.fromWireType(y[r >>> 2]);
    }
    var S = {}, R = {}, Z = {}, fe = 48, se = 57;
    function ce(r) {
      if (r === void 0) return "_unknown";
      r = r.replace(/[^a-zA-Z0-9_]/g, "$");
      var e = r.charCodeAt(0);
      return e >= fe && e <= se ? "_" + r : r;
    }
    function Tr(r, e) {
      return r = ce(r), function() {
        return e.apply(this, arguments);
      };
    }
    function nr(r, e) {
      var n = Tr(e, function(t) {
        this.name = e, this.message = t;
        var i = new Error(t).stack;
        i !== void 0 && (this.stack = this.toString() + `
` + i.replace(/^Error(:[^\n]*)?\n/, ""));
      });
      return n.prototype = Object.create(r.prototype), n.prototype.constructor = n, n.prototype.toString = function() {
        return this.message === void 0 ? this.name : this.name + ": " + this.message;
      }, n;
    }
    var Ar = void 0;
    function Er(r) {
      throw new Ar(r);
    }
    function tr(r, e, n) {
      r.forEach(function(a) {
        Z[a] = e;
      });
      function t(a) {
        var s = n(a);
        s.length !== r.length && Er("Mismatched type converter count");
        for (var c = 0; c < r.length; ++c) w(r[c], s[c]);
      }
      var i = new Array(e.length), o = [], f = 0;
      e.forEach(function(a, s) {
        R.hasOwnProperty(a) ? i[s] = R[a] : (o.push(a), S.hasOwnProperty(a) || (S[a] = []), S[a].push(function() {
          i[s] = R[a], ++f, f === o.length && t(i);
        }));
      }), o.length === 0 && t(i);
    }
    function le(r) {
      var e = K2[r];
      delete K2[r];
      var n = e.rawConstructor, t = e.rawDestructor, i = e.fields, o = i.map(function(f) {
        return f.getterReturnType;
      }).concat(i.map(function(f) {
        return f.setterArgumentType;
      }));
      tr([r], o, function(f) {
        var a = {};
        return i.forEach(function(s, c) {
          var l = s.fieldName, v = f[c], d = s.getter, m = s.getterContext, F = f[c + i.length], T2 = s.setter, O = s.setterContext;
          a[l] = { read: function(N) {
            return v.fromWireType(d(m, N));
          }, write: function(N, ur) {
            var C = [];
            T2(O, N, F.toWireType(C, ur)), br(C);
          } };
        }), [{ name: e.name, fromWireType: function(s) {
          var c = {};
          for (var l in a) c[l] = a[l].read(s);
          return t(s), c;
        }, toWireType: function(s, c) {
          for (var l in a) if (!(l in c)) throw new TypeError('Missing field:  "' + l + '"');
          var v = n();
          for (l in a) a[l].write(v, c[l]);
          return s !== null && s.push(t, v), v;
        }, argPackAdvance: 8, readValueFromPointer: Y, destructorFunction: t }];
      });
    }
    function ve(r, e, n, t, i) {
    }
    function $(r) {
      switch (r) {
        case 1:
          return 0;
        case 2:
          return 1;
        case 4:
          return 2;
        case 8:
          return 3;
        default:
          throw new TypeError("Unknown type size: " + r);
      }
    }
    function de() {
      for (var r = new Array(256), e = 0; e < 256; ++e) r[e] = String.fromCharCode(e);
      Fr = r;
    }
    var Fr = void 0;
    function _(r) {
      for (var e = "", n = r; p[n >>> 0]; ) e += Fr[p[n++ >>> 0]];
      return e;
    }
    var Cr = void 0;
    function h(r) {
      throw new Cr(r);
    }
    function w(r, e, n = {}) {
      if (!("argPackAdvance" in e)) throw new TypeError("registerType registeredInstance requires argPackAdvance");
      var t = e.name;
      if (r || h('type "' + t + '" must have a positive integer typeid pointer'), R.hasOwnProperty(r)) {
        if (n.ignoreDuplicateRegistrations) return;
        h("Cannot register type '" + t + "' twice");
      }
      if (R[r] = e, delete Z[r], S.hasOwnProperty(r)) {
        var i = S[r];
        delete S[r], i.forEach(function(o) {
          o();
        });
      }
    }
    function _e(r, e, n, t, i) {
      var o = $(n);
      e = _(e), w(r, { name: e, fromWireType: function(f) {
        return !!f;
      }, toWireType: function(f, a) {
        return a ? t : i;
      }, argPackAdvance: 8, readValueFromPointer: function(f) {
        var a;
        if (n === 1) a = B;
        else if (n === 2) a = W;
        else if (n === 4) a = P;
        else throw new TypeError("Unknown boolean type size: " + e);
        return this.fromWireType(a[f >>> o]);
      }, destructorFunction: null });
    }
    function pe(r, e, n) {
      r = _(r), tr([], [e], function(t) {
        return t = t[0], u[r] = t.fromWireType(n), [];
      });
    }
    var ir = [], b = [{}, { value: void 0 }, { value: null }, { value: !0 }, { value: !1 }];
    function he(r) {
      r > 4 && --b[r].refcount === 0 && (b[r] = void 0, ir.push(r));
    }
    function ge() {
      for (var r = 0, e = 5; e < b.length; ++e) b[e] !== void 0 && ++r;
      return r;
    }
    function me() {
      for (var r = 5; r < b.length; ++r) if (b[r] !== void 0) return b[r];
      return null;
    }
    function ye() {
      u.count_emval_handles = ge, u.get_first_emval = me;
    }
    var Pr = { toValue: function(r) {
      return r || h("Cannot use deleted val. handle = " + r), b[r].value;
    }, toHandle: function(r) {
      switch (r) {
        case void 0:
          return 1;
        case null:
          return 2;
        case !0:
          return 3;
        case !1:
          return 4;
        default: {
          var e = ir.length ? ir.pop() : b.length;
          return b[e] = { refcount: 1, value: r }, e;
        }
      }
    } };
    function we(r, e) {
      e = _(e), w(r, { name: e, fromWireType: function(n) {
        var t = Pr.toValue(n);
        return he(n), t;
      }, toWireType: function(n, t) {
        return Pr.toHandle(t);
      }, argPackAdvance: 8, readValueFromPointer: Y, destructorFunction: null });
    }
    function be(r, e, n) {
      if (r[e].overloadTable === void 0) {
        var t = r[e];
        r[e] = function() {
          return r[e].overloadTable.hasOwnProperty(arguments.length) || h("Function '" + n + "' called with an invalid number of arguments (" + arguments.length + ") - expects one of (" + r[e].overloadTable + ")!"), r[e].overloadTable[arguments.length].apply(this, arguments);
        }, r[e].overloadTable = [], r[e].overloadTable[t.argCount] = t;
      }
    }
    function Ur(r, e, n) {
      u.hasOwnProperty(r) ? ((n === void 0 || u[r].overloadTable !== void 0 && u[r].overloadTable[n] !== void 0) && h("Cannot register public name '" + r + "' twice"), be(u, r, r), u.hasOwnProperty(n) && h("Cannot register multiple overloads of a function with the same number of arguments (" + n + ")!"), u[r].overloadTable[n] = e) : (u[r] = e, n !== void 0 && (u[r].numArguments = n));
    }
    function Te(r, e, n) {
      switch (e) {
        case 0:
          return function(t) {
            var i = n ? B : p;
            return this.fromWireType(i[t >>> 0]);
          };
        case 1:
          return function(t) {
            var i = n ? W : V;
            return this.fromWireType(i[t >>> 1]);
          };
        case 2:
          return function(t) {
            var i = n ? P : y;
            return this.fromWireType(i[t >>> 2]);
          };
        default:
          throw new TypeError("Unknown integer type: " + r);
      }
    }
    function Ae(r, e, n, t) {
      var i = $(n);
      e = _(e);
      function o() {
      }
      o.values = {}, w(r, { name: e, constructor: o, fromWireType: function(f) {
        return this.constructor.values[f];
      }, toWireType: function(f, a) {
        return a.value;
      }, argPackAdvance: 8, readValueFromPointer: Te(e, i, t), destructorFunction: null }), Ur(e, o);
    }
    function Wr(r) {
      var e = kr(r), n = _(e);
      return E(e), n;
    }
    function Ee(r, e) {
      var n = R[r];
      return n === void 0 && h(e + " has unknown type " + Wr(r)), n;
    }
    function Fe(r, e, n) {
      var t = Ee(r, "enum");
      e = _(e);
      var i = t.constructor, o = Object.create(t.constructor.prototype, { value: { value: n }, constructor: { value: Tr(t.name + "_" + e, function() {
      }) } });
      i.values[n] = o, i[e] = o;
    }
    function Ce(r, e) {
      switch (e) {
        case 2:
          return function(n) {
            return this.fromWireType(dr[n >>> 2]);
          };
        case 3:
          return function(n) {
            return this.fromWireType(_r[n >>> 3]);
          };
        default:
          throw new TypeError("Unknown float type: " + r);
      }
    }
    function Pe(r, e, n) {
      var t = $(n);
      e = _(e), w(r, { name: e, fromWireType: function(i) {
        return i;
      }, toWireType: function(i, o) {
        return o;
      }, argPackAdvance: 8, readValueFromPointer: Ce(e, t), destructorFunction: null });
    }
    function Ue(r, e, n, t, i) {
      var o = e.length;
      o < 2 && h("argTypes array size mismatch! Must at least get return value and 'this' types!");
      for (var f = e[1] !== null && n !== null, a = !1, s = 1; s < e.length; ++s) if (e[s] !== null && e[s].destructorFunction === void 0) {
        a = !0;
        break;
      }
      var c = e[0].name !== "void", l = o - 2, v = new Array(l), d = [], m = [];
      return function() {
        arguments.length !== l && h("function " + r + " called with " + arguments.length + " arguments, expected " + l + " args!"), m.length = 0;
        var F;
        d.length = f ? 2 : 1, d[0] = i, f && (F = e[1].toWireType(m, this), d[1] = F);
        for (var T2 = 0; T2 < l; ++T2) v[T2] = e[T2 + 2].toWireType(m, arguments[T2]), d.push(v[T2]);
        var O = t.apply(null, d);
        function N(ur) {
          if (a) br(m);
          else for (var C = f ? 1 : 2; C < e.length; C++) {
            var an = C === 1 ? F : v[C - 2];
            e[C].destructorFunction !== null && e[C].destructorFunction(an);
          }
          if (c) return e[0].fromWireType(ur);
        }
        return N(O);
      };
    }
    function We(r, e) {
      for (var n = [], t = 0; t < r; t++) n.push(P[(e >> 2) + t >>> 0]);
      return n;
    }
    function Re(r, e, n) {
      u.hasOwnProperty(r) || Er("Replacing nonexistant public symbol"), u[r].overloadTable !== void 0 && n !== void 0 ? u[r].overloadTable[n] = e : (u[r] = e, u[r].argCount = n);
    }
    function ke(r, e, n) {
      var t = u["dynCall_" + r];
      return n && n.length ? t.apply(null, [e].concat(n)) : t.call(null, e);
    }
    function Se(r, e, n) {
      return r.includes("j") ? ke(r, e, n) : G(e).apply(null, n);
    }
    function Oe(r, e) {
      var n = [];
      return function() {
        return n.length = 0, Object.assign(n, arguments), Se(r, e, n);
      };
    }
    function M(r, e) {
      r = _(r);
      function n() {
        return r.includes("j") ? Oe(r, e) : G(e);
      }
      var t = n();
      return typeof t != "function" && h("unknown function pointer with signature " + r + ": " + e), t;
    }
    var Rr = void 0;
    function De(r, e) {
      var n = [], t = {};
      function i(o) {
        if (!t[o] && !R[o]) {
          if (Z[o]) {
            Z[o].forEach(i);
            return;
          }
          n.push(o), t[o] = !0;
        }
      }
      throw e.forEach(i), new Rr(r + ": " + n.map(Wr).join([", "]));
    }
    function He(r, e, n, t, i, o) {
      var f = We(e, n);
      r = _(r), i = M(t, i), Ur(r, function() {
        De("Cannot call " + r + " due to unbound types", f);
      }, e - 1), tr([], f, function(a) {
        var s = [a[0], null].concat(a.slice(1));
        return Re(r, Ue(r, s, null, i, o), e - 1), [];
      });
    }
    function Ve(r, e, n) {
      switch (e) {
        case 0:
          return n ? function(i) {
            return B[i >>> 0];
          } : function(i) {
            return p[i >>> 0];
          };
        case 1:
          return n ? function(i) {
            return W[i >>> 1];
          } : function(i) {
            return V[i >>> 1];
          };
        case 2:
          return n ? function(i) {
            return P[i >>> 2];
          } : function(i) {
            return y[i >>> 2];
          };
        default:
          throw new TypeError("Unknown integer type: " + r);
      }
    }
    function je(r, e, n, t, i) {
      e = _(e), i === -1 && (i = 4294967295);
      var o = $(n), f = (v) => v;
      if (t === 0) {
        var a = 32 - 8 * n;
        f = ((v) => v << a >>> a);
      }
      var s = e.includes("unsigned"), c = (v, d) => {
      }, l;
      s ? l = function(v, d) {
        return c(d, this.name), d >>> 0;
      } : l = function(v, d) {
        return c(d, this.name), d;
      }, w(r, { name: e, fromWireType: f, toWireType: l, argPackAdvance: 8, readValueFromPointer: Ve(e, o, t !== 0), destructorFunction: null });
    }
    function Ie(r, e, n) {
      var t = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array], i = t[e];
      function o(f) {
        f = f >> 2;
        var a = y, s = a[f >>> 0], c = a[f + 1 >>> 0];
        return new i(k, c, s);
      }
      n = _(n), w(r, { name: n, fromWireType: o, argPackAdvance: 8, readValueFromPointer: o }, { ignoreDuplicateRegistrations: !0 });
    }
    function Me(r, e) {
      e = _(e);
      var n = e === "std::string";
      w(r, { name: e, fromWireType: function(t) {
        var i = y[t >>> 2], o;
        if (n) for (var f = t + 4, a = 0; a <= i; ++a) {
          var s = t + 4 + a;
          if (a == i || p[s >>> 0] == 0) {
            var c = s - f, l = Mr(f, c);
            o === void 0 ? o = l : (o += "\0", o += l), f = s + 1;
          }
        }
        else {
          for (var v = new Array(i), a = 0; a < i; ++a) v[a] = String.fromCharCode(p[t + 4 + a >>> 0]);
          o = v.join("");
        }
        return E(t), o;
      }, toWireType: function(t, i) {
        i instanceof ArrayBuffer && (i = new Uint8Array(i));
        var o, f = typeof i == "string";
        f || i instanceof Uint8Array || i instanceof Uint8ClampedArray || i instanceof Int8Array || h("Cannot pass non-string to std::string"), n && f ? o = (() => xr(i)) : o = (() => i.length);
        var a = o(), s = ar(4 + a + 1);
        if (s >>>= 0, y[s >>> 2] = a, n && f) Lr(i, s + 4, a + 1);
        else if (f) for (var c = 0; c < a; ++c) {
          var l = i.charCodeAt(c);
          l > 255 && (E(s), h("String has UTF-16 code units that do not fit in 8 bits")), p[s + 4 + c >>> 0] = l;
        }
        else for (var c = 0; c < a; ++c) p[s + 4 + c >>> 0] = i[c];
        return t !== null && t.push(E, s), s;
      }, argPackAdvance: 8, readValueFromPointer: Y, destructorFunction: function(t) {
        E(t);
      } });
    }
    function Ne(r, e, n) {
      n = _(n);
      var t, i, o, f, a;
      e === 2 ? (t = Xr, i = qr, f = Gr, o = (() => V), a = 1) : e === 4 && (t = Kr, i = Yr, f = Zr, o = (() => y), a = 2), w(r, { name: n, fromWireType: function(s) {
        for (var c = y[s >>> 2], l = o(), v, d = s + 4, m = 0; m <= c; ++m) {
          var F = s + 4 + m * e;
          if (m == c || l[F >>> a] == 0) {
            var T2 = F - d, O = t(d, T2);
            v === void 0 ? v = O : (v += "\0", v += O), d = F + e;
          }
        }
        return E(s), v;
      }, toWireType: function(s, c) {
        typeof c != "string" && h("Cannot pass non-string to C++ string type " + n);
        var l = f(c), v = ar(4 + l + e);
        return v >>>= 0, y[v >>> 2] = l >> a, i(c, v + 4, l + e), s !== null && s.push(E, v), v;
      }, argPackAdvance: 8, readValueFromPointer: Y, destructorFunction: function(s) {
        E(s);
      } });
    }
    function Le(r, e, n, t, i, o) {
      K2[r] = { name: _(e), rawConstructor: M(n, t), rawDestructor: M(i, o), fields: [] };
    }
    function xe(r, e, n, t, i, o, f, a, s, c) {
      K2[r].fields.push({ fieldName: _(e), getterReturnType: n, getter: M(t, i), getterContext: o, setterArgumentType: f, setter: M(a, s), setterContext: c });
    }
    function Be(r, e) {
      e = _(e), w(r, { isVoid: !0, name: e, argPackAdvance: 0, fromWireType: function() {
      }, toWireType: function(n, t) {
      } });
    }
    function Xe() {
      X2("");
    }
    function qe(r, e, n) {
      p.copyWithin(r >>> 0, e >>> 0, e + n >>> 0);
    }
    function Ge() {
      return 4294901760;
    }
    function Ke(r) {
      try {
        return U.grow(r - k.byteLength + 65535 >>> 16), pr(U.buffer), 1;
      } catch {
      }
    }
    function Ye(r) {
      var e = p.length;
      r = r >>> 0;
      var n = Ge();
      if (r > n) return !1;
      let t = (s, c) => s + (c - s % c) % c;
      for (var i = 1; i <= 4; i *= 2) {
        var o = e * (1 + 0.2 / i);
        o = Math.min(o, r + 100663296);
        var f = Math.min(n, t(Math.max(r, o), 65536)), a = Ke(f);
        if (a) return !0;
      }
      return !1;
    }
    Ar = u.InternalError = nr(Error, "InternalError"), de(), Cr = u.BindingError = nr(Error, "BindingError"), ye(), Rr = u.UnboundTypeError = nr(Error, "UnboundTypeError");
    var Ze = { i: le, p: ve, n: _e, e: pe, t: we, m: Ae, g: Fe, l: Pe, b: He, d: je, c: Ie, k: Me, h: Ne, j: Le, f: xe, o: Be, q: Xe, s: qe, r: Ye, a: U }, sn = ue(), $e = u.___wasm_call_ctors = function() {
      return ($e = u.___wasm_call_ctors = u.asm.u).apply(null, arguments);
    }, ar = u._malloc = function() {
      return (ar = u._malloc = u.asm.v).apply(null, arguments);
    }, E = u._free = function() {
      return (E = u._free = u.asm.w).apply(null, arguments);
    }, Je = u._mlw_sha256_scratch = function() {
      return (Je = u._mlw_sha256_scratch = u.asm.y).apply(null, arguments);
    }, Qe = u._mlw_sha256_scratch_input = function() {
      return (Qe = u._mlw_sha256_scratch_input = u.asm.z).apply(null, arguments);
    }, ze = u._mlw_sha256_hex = function() {
      return (ze = u._mlw_sha256_hex = u.asm.A).apply(null, arguments);
    }, rn = u._mlw_sha256_begin = function() {
      return (rn = u._mlw_sha256_begin = u.asm.B).apply(null, arguments);
    }, en = u._mlw_sha256_update = function() {
      return (en = u._mlw_sha256_update = u.asm.C).apply(null, arguments);
    }, nn = u._mlw_sha256_finish = function() {
      return (nn = u._mlw_sha256_finish = u.asm.D).apply(null, arguments);
    }, kr = u.___getTypeName = function() {
      return (kr = u.___getTypeName = u.asm.E).apply(null, arguments);
    }, tn = u.___embind_register_native_and_builtin_types = function() {
      return (tn = u.___embind_register_native_and_builtin_types = u.asm.F).apply(null, arguments);
    }, J;
    I = function r() {
      J || or(), J || (I = r);
    };
    function or(r) {
      if (r = r || Sr, j > 0 || (zr(), j > 0)) return;
      function e() {
        J || (J = !0, u.calledRun = !0, !vr && (re(), sr(u), ee()));
      }
      e();
    }
    return u.run = or, or(), D.ready;
  });
})(), cn = on;

// js/loader.js
var LoadFailure = class extends Error {
  constructor(step, detail) {
    super(`${step}: ${detail}`), this.name = "LoadFailure", this.reason = `${step}: ${detail}`;
  }
}, MemoryReserveFailure = class extends LoadFailure {
  constructor(option, pages, shared, error) {
    let gib = pages * PAGE_BYTES / 1073741824, message = `config: ${option} (${pages} pages, ${gib >= 1 ? `${gib.toFixed(2)} GiB` : `${pages * PAGE_BYTES / 2 ** 20} MiB`}) cannot be reserved by this engine: new WebAssembly.Memory(${shared ? "shared, " : ""}\u2026) threw ${error?.name ?? "Error"}: ${error?.message ?? error}${shared && option === "maxMemoryPages" ? " (a shared memory reserves its maximum up front)" : ""}; lower ${option}`;
    super("module-load-failed", message), this.option = option, this.message = message;
  }
  /** A fresh InvalidArgumentError for one caller (its stack is the caller's). */
  error() {
    return new InvalidArgumentError(this.message, { argument: this.option });
  }
};
function reserveMemory(initial, maximum, shared) {
  let make = (i, m) => new WebAssembly.Memory({ initial: i, maximum: m, ...shared ? { shared } : {} }), works = (i, m) => {
    try {
      return make(i, m), !0;
    } catch {
      return !1;
    }
  };
  try {
    return make(initial, maximum);
  } catch (error) {
    throw initial > MIN_MEMORY_PAGES && works(MIN_MEMORY_PAGES, maximum) ? new MemoryReserveFailure("memoryPages", initial, shared, error) : maximum > MIN_MEMORY_PAGES && works(MIN_MEMORY_PAGES, MIN_MEMORY_PAGES) ? new MemoryReserveFailure("maxMemoryPages", maximum, shared, error) : new LoadFailure("module-load-failed", `cannot reserve ${initial} pages of ${shared ? "shared " : ""}memory: ${error?.message ?? error}`);
  }
}
var CSP_REFUSAL = /Content Security Policy|blocked by CSP|'(wasm-)?unsafe-eval'/i, compiledModules = /* @__PURE__ */ new Map(), finishedCompiles = /* @__PURE__ */ new WeakSet();
function wasmLocation(variant, wasmUrl) {
  if (wasmUrl == null) return defaultWasmUrl(variant);
  let text = String(wasmUrl);
  return namesOneFile(text) ? text : text.endsWith("/") ? text + VARIANT_FILES[variant] : `${text}/${VARIANT_FILES[variant]}`;
}
function namesOneFile(wasmUrl) {
  return wasmUrl != null && /\.wasm([?#].*)?$/.test(String(wasmUrl));
}
async function identifyWasm(compiling, location2) {
  let compiled = await compiling, marks = WebAssembly.Module.customSections(compiled, VARIANT_SECTION);
  if (marks.length === 1) {
    let variant = new TextDecoder().decode(marks[0]);
    if (variant in VARIANT_FILES) return { variant, how: `its ${VARIANT_SECTION} section` };
  }
  let name = location2.replace(/[?#].*$/, "").split(/[\\/]/).pop(), known = Object.keys(VARIANT_FILES).find((variant) => VARIANT_FILES[variant] === name);
  if (known) return { variant: known, how: "its file name" };
  let shape;
  try {
    shape = wasmShape(await readWasmBytes(location2));
  } catch (error) {
    throw error instanceof LoadFailure ? error : new LoadFailure("module-load-failed", `cannot tell which build ${location2} is (${error.message})`);
  }
  return shape.sharedMemory ? { variant: "simd-threads", how: "its bytes: a shared memory" } : shape.simd ? { variant: "simd", how: "its bytes: v128 values, no shared memory" } : { variant: "baseline", how: "its bytes: no v128 values, no shared memory" };
}
function isFileLocation(location2) {
  return location2.startsWith("file:") || !/^[a-z][a-z0-9+.-]*:/i.test(location2);
}
function readLocalWasm(location2) {
  if (!isNode || !isFileLocation(location2)) return null;
  let fs = nodeBuiltin("fs"), { fileURLToPath } = nodeBuiltin("url"), file = location2.startsWith("file:") ? fileURLToPath(location2) : location2, denied = denoPermissionDenied("read", file);
  if (denied) throw new LoadFailure("wasm-file-missing", `${file} (${denied})`);
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new LoadFailure("wasm-file-missing", `${file} (${error.code ?? error.message})`);
  }
}
async function readWasmBytes(location2) {
  let local = readLocalWasm(location2);
  if (local) return local;
  if (typeof fetch != "function") throw new LoadFailure("wasm-file-missing", `${location2} (no fetch here)`);
  let response;
  try {
    response = await fetch(location2, { credentials: "same-origin" });
  } catch (error) {
    throw new LoadFailure("wasm-file-missing", `${location2} (${error.message})`);
  }
  if (!response.ok) throw new LoadFailure("wasm-file-missing", `${location2} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
function compileWasm(location2, { cache = !0 } = {}) {
  if (cache && compiledModules.has(location2)) return compiledModules.get(location2);
  let pending;
  try {
    let local = readLocalWasm(location2);
    pending = compileBytes(local ?? readWasmBytes(location2));
  } catch (error) {
    pending = Promise.reject(error);
  }
  return pending.then(() => finishedCompiles.add(pending), () => finishedCompiles.add(pending)), cache && (compiledModules.set(location2, pending), pending.catch(() => compiledModules.delete(location2))), pending;
}
function compileBytes(bytesOrPromise) {
  let compile = (bytes) => WebAssembly.compile(bytes).catch((error) => {
    throw CSP_REFUSAL.test(error.message) ? new LoadFailure("csp-blocked", error.message) : new LoadFailure("module-load-failed", `compile: ${error.message}`);
  });
  return bytesOrPromise instanceof Promise ? bytesOrPromise.then(compile) : compile(bytesOrPromise);
}
var WASM32_USABLE_PAGES = 65535, usablePages = (pages) => Math.min(pages, WASM32_USABLE_PAGES);
async function instantiateWasm(compiling, config) {
  let memoryPages = usablePages(config.memoryPages), maxMemoryPages = usablePages(config.maxMemoryPages), memory;
  try {
    memory = reserveMemory(memoryPages, maxMemoryPages, !1);
  } catch (error) {
    throw await compiling, error;
  }
  let rejectInstantiation, instantiationFailed = new Promise((_, reject) => {
    rejectInstantiation = reject;
  });
  instantiationFailed.catch(() => {
  });
  let created = cn({
    wasmMemory: memory,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    instantiateWasm(imports, receiveInstance) {
      return compiling.then(
        (compiled) => instantiateInto(compiled, imports, receiveInstance, rejectInstantiation),
        () => {
        }
        // reported by `await compiling` below
      ), {};
    }
  });
  await compiling;
  try {
    return { module: await Promise.race([created, instantiationFailed]), memory, maxBytes: maxMemoryPages * PAGE_BYTES, poolSize: 0, poolReady: Promise.resolve(0), terminate() {
    } };
  } catch (error) {
    throw error instanceof LoadFailure ? error : new LoadFailure("module-load-failed", `start-up: ${error?.message ?? error}`);
  }
}
function instantiateInto(compiled, imports, receiveInstance, reject) {
  let instance;
  try {
    instance = new WebAssembly.Instance(compiled, imports);
  } catch (error) {
    if (!(error instanceof RangeError)) {
      reject(new LoadFailure("module-load-failed", `instantiate: ${error.message}`));
      return;
    }
    WebAssembly.instantiate(compiled, imports).then(
      (asyncInstance) => receiveInstance(asyncInstance, compiled),
      (asyncError) => reject(new LoadFailure("module-load-failed", `instantiate: ${asyncError.message}`))
    );
    return;
  }
  try {
    receiveInstance(instance, compiled);
  } catch (error) {
    reject(new LoadFailure("module-load-failed", `instantiate: ${error?.message ?? error}`));
  }
}
var threadGlues = /* @__PURE__ */ new Map();
function keepingGlobalWorker(fn) {
  let had = Object.getOwnPropertyDescriptor(globalThis, "Worker");
  try {
    return fn();
  } finally {
    had ? Object.defineProperty(globalThis, "Worker", had) : delete globalThis.Worker;
  }
}
function loadThreadsGlue(glue) {
  if (threadGlues.has(glue)) return threadGlues.get(glue);
  let pending = (async () => {
    if (isNode) {
      let denied = denoPermissionDenied("read", glue);
      if (denied) throw new Error(denied);
      let factory = nodeBuiltin("module").createRequire(glue)(glue);
      if (typeof factory != "function") throw new Error(`${glue} did not export the module factory (a damaged file?)`);
      return factory;
    }
    if (typeof document == "object" && document?.createElement)
      await new Promise((resolve2, reject) => {
        let script = document.createElement("script");
        script.src = glue, script.async = !0, script.onload = resolve2, script.onerror = () => reject(new Error(`cannot load ${glue}`)), document.head.appendChild(script);
      });
    else if (typeof importScripts == "function")
      importScripts(glue);
    else
      throw new Error("no way to load the threads glue in this engine");
    if (typeof globalThis.createMlwModule != "function") throw new Error(`${glue} did not define createMlwModule`);
    return globalThis.createMlwModule;
  })();
  return threadGlues.set(glue, pending), pending.catch(() => threadGlues.delete(glue)), pending;
}
function threadsGluePlace(location2) {
  let glue = threadsGlueLocation(location2);
  if (isNode && isFileLocation(glue))
    return glue.startsWith("file:") ? nodeBuiltin("url").fileURLToPath(glue) : nodeBuiltin("path").resolve(glue);
  if (isNode) throw new LoadFailure("module-load-failed", `the threads build loads only from files in Node, not ${glue}`);
  let base = typeof self == "object" && self?.location?.href ? self.location.href : void 0;
  return base ? new URL(glue, base).href : glue;
}
function standInWorker(PThread) {
  let worker = {
    on() {
    },
    terminate() {
    },
    postMessage() {
      queueMicrotask(() => {
        PThread.unusedWorkers.splice(PThread.unusedWorkers.indexOf(worker), 1), worker.onmessage({ data: { cmd: "loaded" } });
      });
    }
  };
  return worker;
}
var POOL_LOAD_MS = 8e3;
async function instantiateThreadsWasm(compiling, location2, { poolSize: poolSize2, ...config }) {
  let memoryPages = usablePages(config.memoryPages), maxMemoryPages = usablePages(config.maxMemoryPages), glue, factory, failure = null;
  try {
    glue = threadsGluePlace(location2), factory = await loadThreadsGlue(glue);
  } catch (error) {
    failure = error instanceof LoadFailure ? error : new LoadFailure("module-load-failed", `threads glue: ${String(error?.message ?? error).split(`
`)[0]}`);
  }
  let memory;
  if (!failure)
    try {
      memory = reserveMemory(memoryPages, maxMemoryPages, !0);
    } catch (error) {
      failure = error;
    }
  if (failure)
    throw await compiling, failure;
  let place = (name) => isNode ? nodeBuiltin("path").join(nodeBuiltin("path").dirname(glue), name) : new URL(name, glue).href, rejectInstantiation, instantiationFailed = new Promise((_, reject) => {
    rejectInstantiation = reject;
  });
  instantiationFailed.catch(() => {
  });
  let module2 = null, moduleArg = {
    wasmMemory: memory,
    mlwPoolSize: 0,
    // the pool is built below, after the instance
    mainScriptUrlOrBlob: glue,
    locateFile: place,
    print: (text) => console.log(text),
    // parallelFor blocks its caller until its ranges are done, by design; a worker joins
    // the pool only once loaded, so that wait cannot deadlock. Emscripten warns about
    // any wait on a page's main thread; that one warning is expected here.
    printErr: (text) => {
      text.startsWith("Blocking on the main thread is very dangerous") || console.warn(text);
    },
    instantiateWasm(imports, receiveInstance) {
      return compiling.then(
        (compiled) => {
          moduleArg.PThread.unusedWorkers.push(standInWorker(moduleArg.PThread)), instantiateInto(compiled, imports, receiveInstance, rejectInstantiation);
        },
        () => {
        }
        // reported by `await compiling` below
      ), {};
    }
  };
  finishedCompiles.has(compiling) || await new Promise((resolve2) => typeof setImmediate == "function" ? setImmediate(resolve2) : setTimeout(resolve2, 0));
  let created = isNode ? keepingGlobalWorker(() => factory(moduleArg)) : factory(moduleArg);
  await compiling;
  try {
    module2 = await Promise.race([created, instantiationFailed]);
  } catch (error) {
    throw error instanceof LoadFailure ? error : new LoadFailure("module-load-failed", `start-up: ${error?.message ?? error}`);
  }
  let { PThread } = module2, WorkerClass = isNode ? nodeBuiltin("worker_threads").Worker : globalThis.Worker, loading = /* @__PURE__ */ new Map(), terminated = !1, startPool, started = new Promise((resolve2) => {
    startPool = resolve2;
  }), [schedule, unschedule] = typeof setImmediate == "function" ? [setImmediate, clearImmediate] : [setTimeout, clearTimeout], timer = schedule(startPool, 0), result = { poolFailure: null }, workerFile = place("mlw-simd-threads.worker.js"), retiring = /* @__PURE__ */ new Set(), retire = (worker) => retiring.delete(worker) ? (worker.terminate(), !0) : !1, failed = (worker, why) => {
    if (retire(worker)) return;
    let resolve2 = loading.get(worker);
    if (resolve2) {
      loading.delete(worker), result.poolFailure ?? (result.poolFailure = `a pool worker (${workerFile}) ${why}`);
      try {
        worker.terminate();
      } catch {
      }
      resolve2(0);
    }
  }, dropLoaded = (worker, why) => {
    if (terminated) return;
    let at = module2.PThread.unusedWorkers.indexOf(worker);
    if (!(at < 0)) {
      module2.PThread.unusedWorkers.splice(at, 1), result.poolFailure ?? (result.poolFailure = `a pool worker (${workerFile}) ${why}`);
      try {
        worker.terminate();
      } catch {
      }
    }
  }, describe2 = (event) => {
    let error = event?.error ?? event;
    return error?.message ? `${error.name ?? "Error"}: ${error.message}` : event?.message ? event.message : "could not be loaded (missing, or not a script?)";
  }, workerFileMissing = async () => {
    let why = null;
    if (isNode)
      try {
        nodeBuiltin("fs").accessSync(workerFile);
      } catch (error) {
        why = `${workerFile} is missing (${error.code ?? error.message})`;
      }
    else if (typeof fetch == "function")
      try {
        let response = await fetch(workerFile, { credentials: "same-origin" });
        await response.arrayBuffer();
        let type = response.headers.get("content-type") ?? "";
        response.status === 404 || response.status === 410 ? why = `${workerFile} is missing (HTTP ${response.status})` : response.ok && type && !/javascript|ecmascript/i.test(type) && (why = `${workerFile} is served as ${type}, not JavaScript`);
      } catch {
      }
    return why && (result.poolFailure ?? (result.poolFailure = `a pool worker cannot start: ${why}`)), why !== null;
  }, startWorker = (resolve2, attempt) => {
    let worker;
    try {
      worker = new WorkerClass(workerFile);
    } catch (error) {
      result.poolFailure ?? (result.poolFailure = `a pool worker (${workerFile}) could not be created (${error.message})`), resolve2(0);
      return;
    }
    loading.set(worker, resolve2);
    let stalled = setTimeout(() => {
      if (loading.has(worker)) {
        if (attempt > 0) {
          failed(worker, `did not finish loading within ${POOL_LOAD_MS / 1e3} s, twice`);
          return;
        }
        loading.delete(worker);
        try {
          worker.terminate();
        } catch {
        }
        if (terminated) return resolve2(0);
        startWorker(resolve2, attempt + 1);
      }
    }, POOL_LOAD_MS);
    stalled.unref?.(), PThread.loadWasmModuleToWorker(worker, () => {
      if (!(retire(worker) || !loading.has(worker))) {
        if (clearTimeout(stalled), loading.delete(worker), terminated) return resolve2(0);
        worker.unref?.(), PThread.unusedWorkers.push(worker), resolve2(1);
      }
    }), worker.onerror = (event) => {
      event?.preventDefault?.(), !retire(worker) && (loading.has(worker) ? failed(worker, `failed to start (${describe2(event)})`) : dropLoaded(worker, `failed after loading (${describe2(event)})`));
    }, worker.on?.("exit", (code) => {
      loading.has(worker) ? failed(worker, `exited with code ${code} before it loaded`) : dropLoaded(worker, `exited with code ${code}`);
    });
  }, poolReady = started.then(async () => terminated || await workerFileMissing() || terminated ? [] : Promise.all(
    Array.from({ length: poolSize2 }, () => new Promise((resolve2) => startWorker(resolve2, 0)))
  )).then((loaded) => loaded.reduce((a, b) => a + b, 0));
  return Object.assign(result, {
    module: module2,
    memory,
    maxBytes: maxMemoryPages * PAGE_BYTES,
    poolSize: poolSize2,
    poolReady,
    terminate() {
      if (!terminated) {
        terminated = !0, unschedule(timer), startPool();
        for (let [worker, resolve2] of loading)
          retiring.add(worker), resolve2(0);
        loading.clear(), retiring.size && setTimeout(() => [...retiring].forEach(retire), 2e3).unref?.(), PThread.terminateAllThreads();
      }
    }
  });
}

// js/policy.js
function enumNames(Enum) {
  let names = /* @__PURE__ */ new Map();
  for (let key of Object.keys(Enum)) Enum[key] instanceof Enum && names.set(Enum[key], key);
  return names;
}
var InstancePolicy = class {
  /** `rows`: thresholds.json's `operations` shape, by operation name (ThresholdSet.rows). */
  constructor(module2, rows2) {
    this.module = module2, this.granted = 1;
    let count = allPolicyKeys().length;
    this.wasmMinSize = new Float64Array(count), this.threadsFrom = new Float64Array(count).fill(1 / 0), this.hasRow = new Uint8Array(count), this.itemMinSize = new Float64Array(count), this.itemMaxSize = new Float64Array(count).fill(1 / 0), this.routeNames = enumNames(module2.Route), this.pathNames = enumNames(module2.KernelPath), this.singlePath = "scalar";
    for (let { id, key, plan } of allPolicyKeys()) {
      let row = rows2[key];
      if (row === void 0 || plan.wasm === null) continue;
      let { wasmMinSize = 0, threadsMinSize = -1, maxThreads = 0 } = row;
      module2.policy_set(id, wasmMinSize, threadsMinSize, maxThreads) && (this.hasRow[id] = 1), this.itemRange(id, row);
    }
  }
  /**
   * Give the instance its thread count and re-read the shortcut numbers (they depend on
   * it); returns the threads granted. Called at load and again when the threads build's
   * pool is up.
   */
  configure(threads) {
    this.granted = this.module.configure_instance(threads);
    for (let { id } of allPolicyKeys()) {
      let s = this.module.policy_shortcut(id);
      this.wasmMinSize[id] = s.wasmMinSize, this.threadsFrom[id] = s.threadsFrom;
    }
    return this.singlePath = this.decide(-1, 0).path, this.granted;
  }
  /** A batch threshold's item size range (the whole range for other ids). */
  itemRange(id, { itemMinSize = 0, itemMaxSize = 1 / 0 }) {
    this.itemMinSize[id] = itemMinSize, this.itemMaxSize[id] = itemMaxSize;
  }
  /** Hand one operation's thresholds to C++ (tests; thresholds.json rows at construction). */
  setThresholds(id, { wasmMinSize = 0, threadsMinSize = -1, maxThreads = 0, ...range }) {
    return this.module.policy_set(id, wasmMinSize, threadsMinSize, maxThreads) ? (this.hasRow[id] = 1, this.itemRange(id, range), this.configure(this.granted), !0) : !1;
  }
  /** The C++ policy's decision for one call: { wasm, path, threads }. */
  decide(id, size) {
    let d = this.module.policy_decide(id, size);
    return { wasm: this.routeNames.get(d.route) === "wasm", path: this.pathNames.get(d.path), threads: d.threads };
  }
};

// js/clock.js
var now = typeof performance == "object" ? performance.now.bind(performance) : Date.now;

// js/profile.js
var KERNEL = new RegExp(`^(${FAMILY_PREFIXES.join("|")})`), NOT_KERNEL = /_(free_result|capacity)$/;
function profileKernels(instance) {
  let clock = { ms: 0 };
  markProfiled(instance);
  let M = instance.module;
  for (let name of Object.keys(M)) {
    let kernel = M[name];
    typeof kernel != "function" || !KERNEL.test(name) || NOT_KERNEL.test(name) || (M[name] = function(...args) {
      let started = now();
      try {
        return kernel.apply(this, args);
      } finally {
        clock.ms += now() - started;
      }
    });
  }
  return clock;
}

// js/instance.js
var THREADS_LOADING = "loading: simd answers until the simd-threads workers are up (await warmUp() to wait for them)";
function requestedThreads(option) {
  return option === !1 ? 1 : option === "auto" ? autoThreads() : option;
}
var MAX_THREADS_INSTANCES = 4, threadsInstances = 0, THREADS_TAKEN = `simd-threads: ${MAX_THREADS_INSTANCES} selectors in this process already run a threads pool (at most ${MAX_THREADS_INSTANCES}: each is a set of worker threads); this one answers on simd. Share one selector (e.g. the package-level MatrixOperations\u2026 helpers or one BackendSelector passed around) or dispose() selectors no longer used`, VARIANTS = [
  {
    name: "simd-threads",
    needs: (f, c) => f.mvp && c.simd && f.simd && requestedThreads(c.threads) > 1 && threadsUnavailableReason(f) === null
  },
  { name: "simd", needs: (f, c) => f.mvp && c.simd && f.simd },
  { name: "baseline", needs: (f) => f.mvp }
].filter((v) => v.name in VARIANT_FILES), InstanceLifecycle = class {
  constructor(config, configSources, hooks = {}) {
    this.config = config, this.configSources = configSources, this._hooks = hooks, this._instance = null, this._policy = null, this._clock = null, this._policies = /* @__PURE__ */ new WeakMap(), this._clocks = /* @__PURE__ */ new WeakMap(), this._granted = /* @__PURE__ */ new WeakMap(), this._retired = /* @__PURE__ */ new WeakSet(), this._variant = null, this._reason = "loading", this._loadMs = null, this._features = null, this._location = null, this._disposed = !1, this._threads = { requested: this.config.threads, poolSize: 0, reason: null }, this._upgrade = null, this._pendingThreads = null, this._threadsPlace = !1, this._single = null, this._reserveFailure = null, this.ready = this._detect();
  }
  get instance() {
    return this._instance;
  }
  get policy() {
    return this._policy;
  }
  get clock() {
    return this._clock;
  }
  get variant() {
    return this._variant;
  }
  get reason() {
    return this._reason;
  }
  get loadMs() {
    return this._loadMs;
  }
  get features() {
    return this._features;
  }
  get location() {
    return this._location;
  }
  get disposed() {
    return this._disposed;
  }
  get pendingThreads() {
    return this._pendingThreads;
  }
  /**
   * The instance a call that runs on one thread uses: after the simd-threads takeover,
   * the simd instance that served before it, kept for that. The two builds run the same
   * kernels at the same speed, but every copy into or out of the threads build's heap is
   * slower (it is a SharedArrayBuffer, which V8 copies with relaxed atomic word moves
   * instead of memcpy: 1.5\u20133\u00d7 per byte), which made copy-bound calls (XOR, small matrices,
   * batches) up to 1.5\u00d7 slower on simd-threads. A call that takes a WasmArray stays on the
   * serving instance, whose heap holds it. null before the takeover, or without threads.
   */
  get single() {
    return this._single;
  }
  /**
   * The instance a call on `threads` threads runs on: `single` for one thread, unless the
   * call takes a WasmArray (`resident`: it lives in the serving instance's heap).
   */
  instanceFor(threads, resident) {
    return threads === 1 && this._single !== null && !resident ? this._single : this._instance;
  }
  /** The variant of `instance` (the serving one, or `single`). */
  variantOf(instance) {
    return instance === this._single ? "simd" : this._variant;
  }
  /** The kernel clock (profileKernels) of `instance`, or null. */
  clockOf(instance) {
    return this._clocks.get(instance) ?? null;
  }
  threadsStatus() {
    return { ...this._threads, granted: this._instance ? this._policy.granted : 1 };
  }
  grantedOf(instance) {
    return this._granted.get(instance);
  }
  /** After a trap: retire the instance and load a fresh one of the same variant. */
  rebuild() {
    return this._rebuildInstance(), this.ready;
  }
  /** Waits for the threads upgrade and for the serving instance's pool to be granted. */
  async settled() {
    await this.ready, await this._upgrade, this._instance && await this._granted.get(this._instance);
  }
  async _detect() {
    if (this.config.preferBackend === BACKENDS.JS) {
      this._reason = `preferBackend: js (${this.configSources.preferBackend ?? "default"})`;
      return;
    }
    let started = now(), features = detectFeatures();
    if (this._features = features, !features.webassembly) {
      this._reason = "no-webassembly";
      return;
    }
    let usable = VARIANTS.filter((v) => v.needs(features, this.config)), oneFile = namesOneFile(this.config.wasmUrl), named = null, oneFileCompiling;
    if (oneFile) {
      try {
        oneFileCompiling = compileWasm(String(this.config.wasmUrl), { cache: this.config.cache }), named = await identifyWasm(oneFileCompiling, String(this.config.wasmUrl));
      } catch (error) {
        this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message ?? error}`, this._threads.reason = "wasmUrl names one file, which did not load";
        return;
      }
      if (this._disposed) return;
      if (usable = usable.filter((v) => v.name === named.variant), usable.length === 0) {
        let why = named.variant === "simd-threads" ? this._whyNoThreads(features, null) : this.config.simd ? "no SIMD in this engine" : "simd: false";
        this._reason = `unsupported-platform: wasmUrl names the ${named.variant} build (by ${named.how}), which cannot run here with this config (${why}; features: ${JSON.stringify(features)})`;
        return;
      }
    }
    if (usable.length === 0) {
      this._reason = `unsupported-platform: no build variant runs here (features: ${JSON.stringify(features)})`;
      return;
    }
    this._threads.reason = named && named.variant !== "simd-threads" ? `wasmUrl names one file, the ${named.variant} build (by ${named.how}): no threads build to load` : this._whyNoThreads(features, usable[0].name);
    let upgradeTo = null;
    if (usable[0].name === "simd-threads" && usable[1]?.name === "simd" && !oneFile) {
      let location2 = wasmLocation("simd-threads", this.config.wasmUrl);
      this.config.wasmUrl == null && !threadsFilesFindable(location2) ? this._threads.reason = `simd-threads: its glue and worker cannot be found beside ${location2} (renamed by a bundler?); serve the package's dist/wasm/ folder and set wasmUrl to it` : this._takeThreadsPlace() ? (upgradeTo = location2, this._threads.reason = THREADS_LOADING) : this._threads.reason = THREADS_TAKEN, usable.shift();
    }
    for (let [i, { name: variant }] of usable.entries()) {
      if (variant === "simd-threads" && i + 1 < usable.length && !this._takeThreadsPlace()) {
        this._threads.reason = THREADS_TAKEN;
        continue;
      }
      try {
        let location2 = wasmLocation(variant, this.config.wasmUrl), instance = await this._load(variant, location2, { compiling: oneFileCompiling });
        if (this._disposed) {
          this._retire(instance);
          return;
        }
        this._serve(instance), this._variant = variant, this._location = location2, this._loadMs = now() - started, this._reason = `wasm: variant ${variant}`, upgradeTo !== null && (this._upgrade = this._upgradeToThreads(upgradeTo, instance));
        return;
      } catch (error) {
        if (this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message ?? error}`, this._reserveFailure = error instanceof MemoryReserveFailure ? error : null, upgradeTo !== null && (this._threads.reason = "simd-threads not loaded: the simd build it follows did not load"), (variant === "simd-threads" || upgradeTo !== null) && this._releaseThreadsPlace(), variant !== "simd-threads" || i + 1 === usable.length) return;
        this._threads.reason = `simd-threads failed to load (${this._reason})`;
      }
    }
  }
  /**
   * Load simd-threads beside the serving simd instance and swap it in once its workers are
   * up. Never rejects: a failure leaves simd serving and says why in status().threads.
   * Not installed if the simd instance was replaced meanwhile (a trap rebuilt it, or
   * dispose()).
   */
  async _upgradeToThreads(location2, serving) {
    let instance = null;
    if (await new Promise((resolve2) => setTimeout(resolve2, 0)), this._disposed) return this._releaseThreadsPlace();
    try {
      instance = await this._load("simd-threads", location2, { keepPoolSize: !0 }), this._pendingThreads = instance, this._disposed && this._retire(instance);
      let threads = await this._granted.get(instance);
      if (this._pendingThreads = null, this._disposed || this._instance !== serving) {
        this._retire(instance), this._disposed || (this._threads.reason = "simd-threads not installed: the simd instance was rebuilt meanwhile"), this._releaseThreadsPlace();
        return;
      }
      if (!(threads > 1)) {
        this._retire(instance), this._threads.reason = `simd-threads: its workers did not start (${instance.poolFailure ?? "none loaded"}); simd answers`, this._releaseThreadsPlace();
        return;
      }
      if (this._hooks.beforeTakeover && !this._hooks.beforeTakeover(serving, instance)) {
        this._retire(instance), this._threads.reason = "simd-threads not installed: the live WasmArrays do not fit in its heap; simd answers", this._releaseThreadsPlace();
        return;
      }
      this._serve(instance), this._variant = "simd-threads", this._location = location2, this._threads.poolSize = instance.poolSize, this._threads.reason = instance.poolFailure ? `fewer threads than asked: ${instance.poolFailure}` : null, this._reason = "wasm: variant simd-threads", this._single = serving;
    } catch (error) {
      this._pendingThreads = null, instance && this._retire(instance);
      let why = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message ?? error}`;
      this._disposed || (this._threads.reason = `simd-threads failed to load (${why})`), this._releaseThreadsPlace();
    }
  }
  /** Take one of the process's MAX_THREADS_INSTANCES places; false when none is free. */
  _takeThreadsPlace() {
    return this._threadsPlace ? !0 : threadsInstances >= MAX_THREADS_INSTANCES ? !1 : (threadsInstances++, this._threadsPlace = !0, !0);
  }
  _releaseThreadsPlace() {
    this._threadsPlace && (this._threadsPlace = !1, threadsInstances--);
  }
  /** Read, compile (cached) and instantiate one variant, then configure its policy. */
  async _load(variant, location2, { keepPoolSize = !1, compiling = compileWasm(location2, { cache: this.config.cache }) } = {}) {
    let threads = variant === "simd-threads" ? requestedThreads(this.config.threads) : 1, instance = variant === "simd-threads" ? await instantiateThreadsWasm(compiling, location2, { ...this.config, poolSize: threads - 1 }) : await instantiateWasm(compiling, this.config);
    this.config.profileKernels && this._clocks.set(instance, profileKernels(instance));
    let policy = new InstancePolicy(instance.module, this._hooks.thresholdRows());
    return policy.configure(1), this._policies.set(instance, policy), keepPoolSize || (this._threads.poolSize = instance.poolSize), instance.poolSize === 0 ? (this._granted.set(instance, Promise.resolve(policy.granted)), instance) : (this._granted.set(
      instance,
      instance.poolReady.then((workers) => this._retired.has(instance) ? 1 : (instance.poolFailure && this._instance === instance && (this._threads.reason = `fewer threads than asked: ${instance.poolFailure}`), policy.configure(workers + 1))).catch(() => 1)
    ), instance);
  }
  /** Why the threads build is not the choice, or null when it is. */
  _whyNoThreads(features, chosen) {
    return chosen === "simd-threads" ? null : this.config.threads === !1 ? "threads: false" : this.config.simd ? requestedThreads(this.config.threads) <= 1 ? `threads: ${this.config.threads} gives 1 thread here` : threadsUnavailableReason(features) ?? "not available" : "the threads build needs simd: true";
  }
  _rebuildInstance() {
    let broken = this._instance, single = this._single;
    this._single = null, this._instance = null, this._policy = null, this._clock = null, this._reason = "rebuilding: the previous instance trapped";
    let companion = single ? this._load("simd", wasmLocation("simd", this.config.wasmUrl)).catch(() => null) : null;
    this.ready = Promise.all([this._load(this._variant, this._location), companion]).then(([instance, companion2]) => {
      this._disposed ? (this._retire(instance), companion2 && this._retire(companion2)) : (this._serve(instance), this._single = companion2, this._reason = `wasm: variant ${this._variant} (rebuilt after a trap)`);
    }).catch(async (error) => {
      this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message}`, this._reserveFailure = error instanceof MemoryReserveFailure ? error : null;
      let orphan = await companion;
      orphan && this._retire(orphan);
    }), broken && this._retire(broken), single && this._retire(single);
  }
  /**
   * With no instance because the engine would not reserve the configured memory: a fresh
   * InvalidArgumentError naming the option and the size (what a preferBackend 'wasm' call
   * throws instead of WasmUnavailableError), else null.
   */
  configError() {
    return this._instance === null && this._reserveFailure !== null ? this._reserveFailure.error() : null;
  }
  /** Make `instance` the one that answers (with its policy). */
  _serve(instance) {
    this._reserveFailure = null, this._instance = instance, this._policy = this._policies.get(instance), this._clock = this._clocks.get(instance) ?? null;
  }
  /** End an instance for good (a trap, a replacement, dispose). */
  _retire(instance) {
    this._retired.add(instance), instance.terminate();
  }
  /** Release the WASM instances (and the threads place). */
  dispose() {
    this._disposed = !0, this._pendingThreads && this._retire(this._pendingThreads), this._pendingThreads = null, this._instance && this._retire(this._instance), this._single && this._retire(this._single), this._instance = null, this._single = null, this._policy = null, this._clock = null, this._releaseThreadsPlace(), this._reason = "disposed";
  }
};

// js/batch.js
function atIndex(error, index) {
  return error instanceof MultilingualWasmError && (error.index = index), error;
}
function eachItem(items, fn) {
  let out = new Array(items.length);
  for (let i = 0; i < items.length; i++)
    try {
      out[i] = fn(items[i], i);
    } catch (error) {
      throw atIndex(error, i);
    }
  return out;
}
function argumentLists(operation, argsList) {
  if (!isArray(operation, "argsList", argsList))
    throw new InvalidArgumentError(`'argsList' must be an array of argument lists, got ${describe(argsList)}`, { operation, argument: "argsList" });
  let lists = arraySnapshot(argsList);
  for (let i = 0; i < lists.length; i++) {
    if (!isArray(operation, `argsList[${i}]`, lists[i])) {
      let error = new InvalidArgumentError(`'argsList[${i}]' must be an array of arguments, got ${describe(lists[i])}`, { operation, argument: `argsList[${i}]` });
      throw atIndex(error, i);
    }
    lists[i] = arraySnapshot(lists[i]);
  }
  return lists;
}
function validateAll(plan, lists, into) {
  let mark = viewMark(), ends = new Array(lists.length), inputs = new Array(lists.length), size = 0;
  for (let i = 0; i < lists.length; i++) {
    try {
      inputs[i] = plan.row.validate(lists[i]);
    } catch (error) {
      throw dropViews(mark), atIndex(error, i);
    }
    size += measured.size, i === 0 && (into.kind = measured.kind), ends[i] = viewMark();
  }
  into.size = size;
  let changed = firstChangedView(mark);
  if (changed >= 0)
    try {
      sealViews(mark, plan.name);
    } catch (error) {
      throw atIndex(error, ends.findIndex((end) => changed < end));
    }
  return dropViews(mark), inputs;
}
function threshold(plan, policy, inputs, size, kind, source) {
  let count = inputs.length, mean = count === 0 ? 0 : size / count, b = plan.batchId;
  if (b >= 0 && policy.hasRow[b] === 1) {
    let lo = policy.itemMinSize[b], hi = policy.itemMaxSize[b], range = `items of mean size ${+mean.toPrecision(4)} in [${lo}, ${hi >= Number.MAX_SAFE_INTEGER ? "\u221E" : hi}]`;
    return mean >= lo && mean <= hi ? { id: b, measure: count, what: `batch of ${count} items`, which: `batch threshold, ${range}, ${source}` } : { id: plan.kindIds[kind], measure: mean, what: `mean item size ${+mean.toPrecision(4)}`, which: `per-call threshold: items outside the batch threshold's range, ${source}` };
  }
  let id = plan.kindIds[kind];
  return b >= 0 ? { id, measure: size, what: `batch size ${size}`, which: `per-call threshold against the total size: no batch threshold in this engine's set, ${source}` } : { id, measure: mean, what: `mean item size ${+mean.toPrecision(4)}`, which: `per-call threshold: each item crosses on its own, ${source}` };
}
function callBatch(selector2, name, argsList, options) {
  let last = selector2._last, outer = enterCall(selector2);
  try {
    return run(selector2, last, name, argsList, options);
  } catch (error) {
    throw last.failed(name, error), error;
  } finally {
    leaveCall(outer);
  }
}
function run(selector2, last, name, argsList, options) {
  var _a, _b;
  last.reset();
  let plan = resolvePlan(name);
  last.plan = plan, options !== void 0 && readOptions(plan.name, "options", options, []);
  let lists = argumentLists(plan.name, argsList), residents = residentCount(), sum = { size: 0, kind: 0 }, inputs = validateAll(plan, lists, sum), count = inputs.length, size = sum.size, requested = selector2.config.preferBackend, life = selector2._life, inst = life.instance, wasm = !1, reason, threads = 1;
  if (plan.wasm === null) reason = "js-only: the operation takes JS callbacks (the batch loops in JS)";
  else if (requested === BACKENDS.JS) reason = "preferBackend: js";
  else if (inst === null) {
    if (requested === BACKENDS.WASM)
      throw last.backend = BACKENDS.WASM, life.configError() ?? new WasmUnavailableError(life.reason === "loading" ? "callBatch: the module is still loading; await selector.ready first" : life.reason);
    reason = life.reason === "loading" ? "not-ready: WASM still loading" : `fallback: ${life.reason}`;
  } else {
    let policy = life.policy, forced = requested === BACKENDS.WASM, { id, measure, what, which } = threshold(plan, policy, inputs, size, sum.kind, selector2._thresholds.source), min = policy.wasmMinSize[id];
    if (measure < min && !forced) reason = `below-threshold: ${what} < ${min} (${which})`;
    else
      try {
        let d = policy.decide(id, measure);
        wasm = !0, threads = d.threads, forced ? reason = "preferBackend: wasm" : policy.hasRow[id] === 0 ? reason = "auto" : reason = `auto: ${what} >= ${min} (${which}), ${d.path}${d.threads > 1 ? ` on ${d.threads} threads` : ""}`;
      } catch (error) {
        if (selector2._rebuild(), forced) throw error;
        reason = `wasm-trap: ${error?.message ?? error} (policy); answered by JS`;
      }
  }
  let started = now(), results = null, crossings = "none", instance = life.instanceFor(threads, residentCount() !== residents);
  if (wasm) {
    last.backend = BACKENDS.WASM, last.variant = life.variantOf(instance);
    try {
      count > 0 && plan.row.wasmBatch && (results = plan.row.wasmBatch(instance, inputs, threads)), results !== null ? crossings = "once" : (crossings = "per item", results = eachItem(inputs, (input) => plan.wasm(instance, input, threads)));
    } catch (error) {
      reason = `${selector2._wasmFailed(plan, error, "the WebAssembly kernel failed on a batch")}; the batch was answered by JS`, wasm = !1, crossings = "none", results = null;
    }
  }
  if (!wasm) {
    last.backend = BACKENDS.JS;
    let js = jsOf(plan, selector2.config.platformNatives);
    results = eachItem(inputs, (input) => js(input));
  }
  let ms = now() - started;
  return ((_a = selector2._stats)[_b = plan.id] ?? (_a[_b] = new OperationStats())).add(wasm, ms), last.asyncReport = {
    operation: plan.name,
    backend: wasm ? BACKENDS.WASM : BACKENDS.JS,
    reason,
    variant: wasm ? life.variantOf(instance) : null,
    ms,
    batch: { count, totalSize: size, crossings }
  }, results;
}

// bench/checks.mjs
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function randomBytes(n, seed) {
  let next = rng(seed), out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = next() * 256 | 0;
  return out;
}
function randomFloats(n, seed) {
  return Float64Array.from(randomBytes(n * 2, seed).subarray(0, n), (b, i) => b / 256 + i * 1e-9);
}
function randomText(n, seed, alphabet = "abcdefghij klmnop\xE9") {
  let next = rng(seed), out = "";
  for (let i = 0; i < n; i++) out += alphabet[next() * alphabet.length | 0];
  return out;
}
var loremText = (n) => "lorem ipsum dolor sit amet, ".repeat(Math.ceil(n / 28)).slice(0, n);
function geometric(from, to, factor = 2) {
  let out = [];
  for (let x = from; x <= to; x = Math.ceil(x * factor)) out.push(x);
  return out;
}
function randomMatrix(rows2, cols, seed) {
  let next = rng(seed), data = new Float64Array(rows2 * cols);
  for (let i = 0; i < data.length; i++) data[i] = next() * 2 - 1;
  return { rows: rows2, cols, data };
}
var FLAT_VALUE = 77;
function testImage(width, height, seed) {
  let data = new Uint8ClampedArray(width * height * 4), next = rng(seed), flat = Math.floor(width / 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let p = (y * width + x) * 4;
      for (let c = 0; c < 4; c++) data[p + c] = x < flat ? FLAT_VALUE : next() * 256 | 0;
    }
  return { data, width, height };
}
function jsonText(bytes, seed) {
  let next = rng(seed), words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "caf\xE9", 'na\\"ive'], parts = [], size = 2;
  for (let id = 0; size < bytes; id++) {
    let record = {
      id,
      name: `${words[next() * words.length | 0]}-${id}`,
      value: Math.round(next() * 2e6 - 1e6) / 1e3,
      score: next() < 0.1 ? null : Math.round(next() * 1e9) / 1e6,
      active: next() < 0.5,
      tags: [words[next() * 8 | 0], words[next() * 8 | 0]],
      point: { x: Math.round(next() * 1e4) / 100, y: -Math.round(next() * 1e4) / 100, z: [1, 2.5, -3e-7] }
    }, text = JSON.stringify(record);
    parts.push(text), size += text.length + 1;
  }
  return `[${parts.join(",")}]`;
}

// js/calibrate.js
var KIT = Object.freeze({ geometric, jsonText, loremText, randomBytes, randomFloats, randomMatrix, randomText, testImage }), DEFAULT_BUDGET_MS = 500, BATCH_SHARE = 0.3, BATCH_COUNT = 64, MAX_BUDGET_MS = 6e5, NEVER = Number.MAX_SAFE_INTEGER;
function clockStep() {
  let step = 1 / 0;
  for (let i = 0; i < 5; i++) {
    let t0 = now(), t1 = now();
    for (; t1 === t0; ) t1 = now();
    step = Math.min(step, t1 - t0);
  }
  return step;
}
function crossover(points) {
  let constant = points.every((p) => p.size === points[0].size), best = { cost: 1 / 0, at: points.length };
  for (let at = 0; at <= points.length; at++) {
    if (constant ? at !== 0 && at !== points.length : at === points.length - 1) continue;
    let cost = 0;
    points.forEach((p, i) => {
      cost += Math.log((i < at ? p.a : p.b) / Math.min(p.a, p.b));
    }), cost <= best.cost + 1e-12 && (best = { cost, at });
  }
  let top2 = points.at(-1);
  return best.at < points.length && top2.b > 1.1 * top2.a ? points.length : best.at;
}
function batchRange(points) {
  let best = -1;
  if (points.forEach((p, i) => {
    p.b < p.a && (best < 0 || p.a / p.b > points[best].a / points[best].b) && (best = i);
  }), best < 0) return null;
  let from = best, to = best;
  for (; from > 0 && points[from - 1].b < points[from - 1].a; ) from--;
  for (; to + 1 < points.length && points[to + 1].b < points[to + 1].a; ) to++;
  return { itemMinSize: from === 0 ? 0 : points[from].size, itemMaxSize: to + 1 < points.length ? points[to].size : NEVER, from, to };
}
function calibrateBatch(row, kit, time, count = 256) {
  let sweep2 = row.batchSweep(kit), pools = /* @__PURE__ */ new Map(), listsOf = (scale, n) => {
    pools.has(scale) || pools.set(scale, Array.from({ length: 32 }, (_, i) => sweep2.item(scale, i)));
    let pool = pools.get(scale);
    return Array.from({ length: n }, (_, i) => pool[i % pool.length]);
  }, sizeOf = (scale) => validated(row, sweep2.item(scale, 0)).size, countSweep = (scale) => {
    let points2 = [];
    for (let n of sweep2.counts) {
      let t = time(listsOf(scale, n));
      if (t === null) return { points: points2, complete: !1 };
      points2.push({ size: n, ...t });
    }
    return { points: points2, complete: !0 };
  }, first = sweep2.countAt ?? sweep2.items[0];
  if (time(listsOf(first, count)) === null) return { row: null, items: [], counts: [], complete: !1 };
  let counts2 = sweep2.countAt === void 0 ? null : countSweep(sweep2.countAt);
  if (counts2 !== null && !counts2.complete && counts2.points.length < 3) return { row: null, items: [], counts: counts2.points, complete: !1 };
  for (let scale of [sweep2.items[sweep2.items.length >> 1], sweep2.items[0]])
    if (time(listsOf(scale, count)) === null) return { row: null, items: [], counts: counts2?.points ?? [], complete: !1 };
  let items = [];
  for (let scale of sweep2.items) {
    let lists = listsOf(scale, count), size = lists.reduce((sum, args) => sum + validated(row, args).size, 0) / count, t = time(lists);
    if (t === null) return { row: null, items, counts: counts2?.points ?? [], complete: !1 };
    items.push({ size, scale, ...t });
  }
  let range = batchRange(items);
  if (range === null) {
    let largest = items.at(-1).size;
    return { row: { wasmMinSize: NEVER, itemMinSize: NEVER, itemMaxSize: NEVER, note: `a batch of ${count} on WASM was not faster at any item size measured (up to ${largest}): per-call threshold` }, items, counts: counts2?.points ?? [], complete: !0 };
  }
  let at = counts2 === null ? null : sizeOf(sweep2.countAt);
  if (at === null || at < range.itemMinSize || at > range.itemMaxSize) {
    let mid = items[range.from + range.to >> 1];
    counts2 = countSweep(mid.scale), at = mid.size;
  }
  let points = counts2.points, cross = points.length >= 3 ? crossover(points) : points.length;
  if (!counts2.complete && cross >= points.length) return { row: null, items, counts: points, complete: !1 };
  let out = { wasmMinSize: cross === points.length ? NEVER : points[cross].size, itemMinSize: range.itemMinSize, itemMaxSize: range.itemMaxSize };
  return cross === points.length && (out.note = `WASM won at ${count} items in [${range.itemMinSize}, ${range.itemMaxSize}] but at no count measured at item size ${at}`), { row: out, items, counts: points, complete: counts2.complete, countsAt: at };
}
function readOptions2(options) {
  if (options === void 0) return { plans: null, budgetMs: DEFAULT_BUDGET_MS };
  if (options === null || typeof options != "object" || Array.isArray(options))
    throw new InvalidArgumentError("calibrate: options must be an object such as { operations, budgetMs }", { operation: "calibrate", argument: "options" });
  let plans2 = null, budgetMs = DEFAULT_BUDGET_MS;
  for (let key of Object.keys(options)) {
    let value = options[key];
    if (key === "operations") {
      if (value === void 0) continue;
      if (!Array.isArray(value)) throw new InvalidArgumentError("calibrate: option 'operations' must be an array of operation names", { operation: "calibrate", argument: "operations" });
      plans2 = value.map((name) => resolvePlan(name));
      let noKernel = plans2.find((plan) => plan.wasm === null);
      if (noKernel) throw new InvalidArgumentError(`calibrate: '${noKernel.name}' has no WASM kernel, so no threshold to measure`, { operation: "calibrate", argument: "operations" });
    } else if (key === "budgetMs") {
      if (value === void 0) continue;
      if (typeof value != "number" || !(value > 0) || value > MAX_BUDGET_MS)
        throw new InvalidArgumentError(`calibrate: option 'budgetMs' must be a number of milliseconds above 0 and at most ${MAX_BUDGET_MS}, got ${String(value)}`, { operation: "calibrate", argument: "budgetMs" });
      budgetMs = value;
    } else
      throw new InvalidArgumentError(`calibrate: unknown option '${key}' (known: 'operations', 'budgetMs')`, { operation: "calibrate", argument: key });
  }
  return { plans: plans2, budgetMs };
}
function timePair(plan, instance, args, batchMs, jsRun) {
  return timeSides(() => jsRun(plan.validate(args)), () => plan.wasm(instance, plan.validate(args), 1), batchMs);
}
function timeSides(js, wasm, batchMs) {
  let batch = (run2, reps2) => {
    let t0 = now();
    for (let i = 0; i < reps2; i++) run2();
    return now() - t0;
  }, reps = 1, slowest = Math.max(batch(js, 1), batch(wasm, 1));
  for (; reps < 2e4; ) {
    let longest = Math.max(batch(js, reps), batch(wasm, reps));
    if (longest >= batchMs) {
      slowest = longest / reps;
      break;
    }
    reps = Math.min(2e4, longest > 0 ? Math.max(reps * 2, Math.ceil(1.2 * batchMs * reps / longest)) : reps * 2);
  }
  let best = [1 / 0, 1 / 0];
  for (let round = 0; round < 5; round++)
    for (let side of round % 2 ? [1, 0] : [0, 1]) {
      let time = batch(side ? wasm : js, reps);
      best[side] = Math.min(best[side], Math.max(time, 1e-6) / reps);
    }
  return { a: best[0], b: best[1], slowest };
}
var NEAR_TIE = 0.04;
function walk(plan, instance, current, budgetMs, batchMs, jsRun) {
  let started = now(), end = started + budgetMs, upTo = started + budgetMs * 0.6, sweep2 = plan.row.sweep(KIT), points = [], wins = 0, warmed = !1, last = null, complete = !0, scales = current >= NEVER ? sweep2.scales.filter((_, i) => i % 3 === 0 || i === sweep2.scales.length - 1) : sweep2.scales;
  for (let [i, scale] of scales.entries()) {
    if (now() > upTo || last && Math.max(last.slowest * (scale / last.scale) ** 1.5, batchMs) * 12 > upTo - now()) {
      complete = !1;
      break;
    }
    let args = sweep2.args(scale), size = validated(plan, args).size;
    if (current < NEVER && size < current / 64 && i + 1 < scales.length) continue;
    if (!warmed) {
      let until = now() + Math.min(8, budgetMs / 5);
      for (; now() < until; )
        jsRun(plan.validate(args)), plan.wasm(instance, plan.validate(args), 1);
      warmed = !0;
    }
    let { a, b, slowest } = timePair(plan, instance, args, batchMs, jsRun);
    if (points.push({ size, a, b, args, slowest }), last = { scale, slowest }, wins = b < a ? wins + 1 : 0, wins >= 3) {
      complete = !1;
      break;
    }
  }
  for (let i = points.length - 1; i >= 0; i--) {
    let p = points[i];
    if (Math.max(p.slowest, batchMs) * 12 > end - now()) continue;
    let again = timePair(plan, instance, p.args, batchMs, jsRun);
    p.a = Math.min(p.a, again.a), p.b = Math.min(p.b, again.b);
  }
  for (let p of points) {
    if (Math.abs(p.a - p.b) > NEAR_TIE * Math.min(p.a, p.b) || Math.max(p.slowest, 5 * batchMs) * 12 > end - now()) continue;
    let fine = timePair(plan, instance, p.args, 5 * batchMs, jsRun);
    p.a = fine.a, p.b = fine.b;
  }
  return { points: points.map(({ size, a, b }) => ({ size, a, b })), complete };
}
function thresholdOf(points, complete, current) {
  if (points.length === 0) return { wasmMinSize: current, note: "no size measured within the budget: kept" };
  if (points.length < 3 && !complete) return { wasmMinSize: current, note: `only ${points.length} size(s) measured within the budget: kept` };
  let at = crossover(points);
  if (at < points.length) return { wasmMinSize: at === 0 && points[0].size <= current / 64 ? 0 : points[at].size };
  let largest = points.at(-1).size;
  if (complete) return { wasmMinSize: NEVER, note: `WASM was not faster at any measured size (up to ${largest})` };
  let [x, y, z] = points.slice(-3).map((p) => p.b / p.a);
  return points.length >= 3 && x > 1.5 && y > 1.5 && z > 1.5 && z >= 0.9 * x ? { wasmMinSize: NEVER, note: `JS faster by ${z.toFixed(1)}\xD7 up to ${largest}, not narrowing: never WASM` } : { wasmMinSize: Math.max(current, largest + 1), note: `JS faster up to ${largest} (budget reached)` };
}
async function calibrate(selector2, options, apply) {
  let { plans: asked, budgetMs } = readOptions2(options);
  await selector2.warmUp([]);
  let started = now(), instance = selector2._life.instanceFor(1, !1), result = {}, evidence = {};
  if (instance === null) return { result, calibration: null };
  let plans2 = asked ?? allPlans().filter((plan) => plan.wasm !== null && typeof plan.row.sweep == "function"), rows2 = selector2._thresholds.rows, deadline = started + budgetMs, step = clockStep(), batchMs = Math.max(0.1, 20 * step), notes = {}, spent = {}, batches = plans2.filter((plan) => plan.batchId >= 0 && typeof plan.row.batchSweep == "function"), batchEnd = started + budgetMs * (batches.length ? BATCH_SHARE : 0), batchEvidence = {}, batchBatchMs = Math.max(0.5, batchMs);
  for (let [i, plan] of batches.entries()) {
    let key = `${plan.name}:batch`, opStarted = now(), opEnd = opStarted + Math.max(0, (batchEnd - opStarted) / (batches.length - i)), jsRun = jsOf(plan, selector2.config.platformNatives), slowest = 0, time = (lists) => {
      if (now() + Math.max(slowest * 2, batchBatchMs) * 12 > opEnd) return null;
      let inputs = () => lists.map((args) => plan.validate(args)), t = timeSides(() => inputs().map(jsRun), () => plan.row.wasmBatch(instance, inputs(), 1), batchBatchMs);
      return slowest = t.slowest, { a: t.a, b: t.b };
    }, measured2;
    try {
      measured2 = calibrateBatch(plan.row, KIT, time, BATCH_COUNT);
    } catch (error) {
      notes[key] = `not measured: ${error?.name ?? "Error"}: ${error?.message ?? error}`;
      continue;
    }
    spent[key] = +(now() - opStarted).toFixed(1);
    let round = (p) => [p.size, +p.a.toPrecision(3), +p.b.toPrecision(3)];
    if (batchEvidence[key] = { items: measured2.items.map(round), countsAt: measured2.countsAt, counts: measured2.counts.map(round) }, measured2.row === null) {
      notes[key] = `the batch sweep did not fit the budget (${measured2.items.length} item sizes, ${measured2.counts.length} counts): kept`;
      continue;
    }
    let { note, ...row } = measured2.row;
    result[key] = row, note && (notes[key] = note);
  }
  for (let [i, plan] of plans2.entries()) {
    if (typeof plan.row.sweep != "function") continue;
    let opStarted = now(), share = Math.max(0, (deadline - opStarted) / (plans2.length - i)), current = rows2[plan.name]?.wasmMinSize ?? 0, walked;
    try {
      walked = walk(plan, instance, current, share, batchMs, jsOf(plan, selector2.config.platformNatives));
    } catch (error) {
      notes[plan.name] = `not measured: ${error?.name ?? "Error"}: ${error?.message ?? error}`;
      continue;
    }
    spent[plan.name] = +(now() - opStarted).toFixed(1);
    let { wasmMinSize, note } = thresholdOf(walked.points, walked.complete, current);
    result[plan.name] = { wasmMinSize }, note && (notes[plan.name] = note), evidence[plan.name] = walked.points.map((p) => [p.size, +p.a.toPrecision(3), +p.b.toPrecision(3)]);
  }
  let calibration = {
    variant: selector2.status().variant,
    budgetMs,
    ms: now() - started,
    clockStepMs: step,
    columns: ["size", "jsMs", "wasmMs"],
    points: evidence,
    // Batch thresholds: counts at the typical item, batches of BATCH_COUNT over item sizes.
    batchPoints: batchEvidence,
    notes,
    msByOperation: spent
  };
  return apply(result, calibration), { result, calibration };
}

// js/selector.js
var JS_ONLY2 = "js-only: the operation takes JS callbacks", NOT_READY = "loading: the module is not ready yet; await selector.ready (or create the selector with await BackendSelector.create(config)) before calling with preferBackend 'wasm'", CallRecord = class {
  constructor() {
    this.plan = null, this.backend = null, this.reason = null, this.size = 0, this.min = 0, this.path = null, this.variant = null, this.ms = 0, this.kernelMs = -1, this.jsPath = null, this.asyncReport = null, this.error = null, this.operation = null, this.thresholds = null, this.resolvedName = null, this.resolvedPlan = null;
  }
  /** Start recording a call (fields that a throwing call might not reach). */
  reset() {
    this.asyncReport = null, this.error = null, this.plan = null, this.backend = null, this.variant = null, this.kernelMs = -1, this.jsPath = null;
  }
  /** The call of `name` threw `error`: the report says so (what was tried, and why it failed). */
  failed(name, error) {
    this.asyncReport = null, this.plan === null && (this.operation = typeof name == "string" ? name : describe(name));
    let errorName = "Error", message = "";
    try {
      errorName = String(error?.name ?? "Error"), message = String(error?.message ?? error);
    } catch {
      message = `a thrown ${describe(error)}`;
    }
    this.error = { name: errorName, message }, this.reason = `threw ${this.error.name}: ${this.error.message}`, this.ms = 0;
  }
  report() {
    if (this.asyncReport) return { ...this.asyncReport };
    if (this.error !== null) {
      let backend = this.backend;
      return {
        operation: this.plan?.name ?? this.operation,
        backend,
        reason: this.reason,
        variant: backend === BACKENDS.WASM ? this.variant : null,
        ms: this.ms,
        error: { ...this.error }
      };
    }
    if (this.plan === null) return null;
    let reason = this.reason;
    reason === null && (reason = this.backend === BACKENDS.WASM ? `auto: size ${this.size} >= ${this.min}, ${this.path}` : `below-threshold: size ${this.size} < ${this.min} (${this.thresholds.source})`), this.jsPath !== null && (reason = `${reason}; js: ${this.jsPath}`);
    let report = { operation: this.plan.name, backend: this.backend, reason, variant: this.variant, ms: this.ms };
    return this.jsPath !== null && (report.jsPath = this.jsPath), this.kernelMs >= 0 && (report.kernelMs = this.kernelMs), report;
  }
}, OperationStats = class {
  constructor() {
    this.calls = 0, this.totalMs = 0, this.jsCalls = 0, this.jsMs = 0, this.wasmCalls = 0, this.wasmMs = 0;
  }
  add(wasm, ms) {
    this.calls++, this.totalMs += ms, wasm ? (this.wasmCalls++, this.wasmMs += ms) : (this.jsCalls++, this.jsMs += ms);
  }
  view() {
    let byBackend = {};
    return this.wasmCalls && (byBackend.wasm = { calls: this.wasmCalls, totalMs: this.wasmMs, meanMs: this.wasmMs / this.wasmCalls }), this.jsCalls && (byBackend.js = { calls: this.jsCalls, totalMs: this.jsMs, meanMs: this.jsMs / this.jsCalls }), { calls: this.calls, totalMs: this.totalMs, meanMs: this.calls ? this.totalMs / this.calls : 0, byBackend };
  }
}, BackendSelector = class _BackendSelector {
  /** Create a selector and start loading; `await selector.ready` before relying on WASM. */
  constructor(config = {}) {
    let { config: resolved, sources } = resolveConfig(config);
    this.config = resolved, this.configSources = sources, this._stats = new Array(OPERATION_COUNT).fill(null), this._thresholds = new ThresholdSet(this.config.thresholds), this._last = new CallRecord(), this._last.thresholds = this._thresholds, this._peakBytes = 0, this._disposed = !1, this._life = new InstanceLifecycle(this.config, this.configSources, {
      // Live WasmArrays move with the service when simd-threads takes over (js/wasm-array.js).
      beforeTakeover: (serving, next) => moveResidentArrays(this, serving, next),
      // Each new instance's policy gets the rows in force (after calibrate(), its result).
      thresholdRows: () => this._thresholds.rows
    }), this.ready = this._life.ready.then(() => this);
  }
  // Internal views of the life cycle, for the tests that must see internals.
  get _instance() {
    return this._life.instance;
  }
  get _policy() {
    return this._life.policy;
  }
  get _pendingThreads() {
    return this._life.pendingThreads;
  }
  _grantedOf(instance) {
    return this._life.grantedOf(instance);
  }
  /** `new BackendSelector(config)` and wait until it is ready. */
  static async create(config) {
    return new _BackendSelector(config).ready;
  }
  /** 'wasm' when calls can run on WebAssembly, else 'js'. */
  get backend() {
    return this._life.instance ? BACKENDS.WASM : BACKENDS.JS;
  }
  /** True once a WASM instance is loaded and usable. */
  isWasmAvailable() {
    return this._life.instance !== null;
  }
  /** What was decided and why, the features seen, and heap use. */
  status() {
    let life = this._life, inst = life.instance, heaps = inst ? life.single ? [inst, life.single] : [inst] : [], inUse = 0, peak = 0, heapBytes = 0;
    for (let h of heaps)
      inUse += h.module.heap_in_use(), peak += h.module.heap_peak ? h.module.heap_peak() : 0, heapBytes += h.memory.buffer.byteLength;
    return this._peakBytes = Math.max(this._peakBytes, inUse, peak), {
      backend: this.backend,
      requested: this.config.preferBackend,
      reason: life.reason,
      variant: life.variant,
      features: life.features ?? detectFeatures(),
      moduleLoaded: inst !== null,
      loadMs: life.loadMs,
      threads: life.threadsStatus(),
      wasmUrl: life.location ?? null,
      engine: engineName(),
      thresholds: this._thresholds.label,
      calibration: this._thresholds.calibration,
      memory: {
        bytes: inUse,
        peakBytes: this._peakBytes,
        heapBytes,
        ...residentMemory(this),
        // live WasmArrays: residentArrays, residentBytes
        maxBytes: inst ? inst.maxBytes : this.config.maxMemoryPages * 65536
      },
      config: { ...this.config }
    };
  }
  /** Every operation: canonical name, aliases, signature, whether a WASM kernel exists. */
  listOperations() {
    return describeOperations();
  }
  /** Which backend answered the last call, and why. */
  lastCallReport() {
    return this._last.report();
  }
  /**
   * Run an operation synchronously on the best backend; see lastCallReport(). The route
   * is decided inline (DESIGN.md's order: JS-only, preferBackend js, no instance,
   * preferBackend wasm, then thresholds.json): this is the per-call path of calls that
   * may take a microsecond, so it allocates nothing of its own but the argument list.
   */
  callFunction(name, ...args) {
    let outer = enterCall(this);
    try {
      return this._call(name, args);
    } catch (error) {
      throw this._last.failed(name, error), error;
    } finally {
      leaveCall(outer);
    }
  }
  _call(name, args) {
    var _a, _b;
    let last = this._last;
    last.reset();
    let plan;
    name === last.resolvedName ? plan = last.resolvedPlan : (plan = resolvePlan(name), typeof name == "string" && (last.resolvedName = name, last.resolvedPlan = plan)), last.plan = plan;
    let residents = residentCount(), input = plan.validate(args), measuredSize = measured.size, kind = measured.kind, requested = this.config.preferBackend, life = this._life, inst = life.instance, wasm = !1, reason = null, size = 0, min = 0, path = null, threads = 1;
    if (plan.wasm === null) reason = JS_ONLY2;
    else if (requested === BACKENDS.JS) reason = "preferBackend: js";
    else if (inst === null) {
      if (requested === BACKENDS.WASM)
        throw last.backend = BACKENDS.WASM, life.configError() ?? new WasmUnavailableError(life.reason === "loading" ? NOT_READY : life.reason);
      reason = life.reason === "loading" ? "not-ready: WASM still loading" : `fallback: ${life.reason}`;
    } else {
      let policy = life.policy, id = plan.kindIds[kind];
      size = measuredSize, min = policy.wasmMinSize[id];
      let forced = requested === BACKENDS.WASM;
      if (forced ? reason = "preferBackend: wasm" : policy.hasRow[id] === 0 && (reason = "auto"), !(size < min && !forced))
        if (size < policy.threadsFrom[id])
          wasm = !0, path = policy.singlePath;
        else
          try {
            let d = policy.decide(id, size);
            wasm = !0, threads = d.threads, path = d.path, reason === null && (reason = `auto: size ${size} >= ${min}, ${d.path}${d.threads > 1 ? ` on ${d.threads} threads` : ""}`);
          } catch (error) {
            if (this._rebuild(), forced) throw error;
            reason = `wasm-trap: ${error?.message ?? error} (policy); answered by JS`;
          }
    }
    last.backend = wasm ? BACKENDS.WASM : BACKENDS.JS;
    let instance = null, variant = null, clock = null;
    wasm && (instance = life.instanceFor(threads, residentCount() !== residents), variant = life.variantOf(instance), clock = life.clockOf(instance)), last.variant = variant;
    let started = now(), result;
    if (wasm) {
      clock !== null && (clock.ms = 0);
      try {
        result = plan.wasm(instance, input, threads);
      } catch (error) {
        reason = `${this._wasmFailed(plan, error, "the WebAssembly kernel failed")}; answered by JS`, wasm = !1, last.backend = BACKENDS.JS, result = jsOf(plan, this.config.platformNatives)(input);
      }
    } else
      result = jsOf(plan, this.config.platformNatives)(input);
    let ms = now() - started;
    return ((_a = this._stats)[_b = plan.id] ?? (_a[_b] = new OperationStats())).add(wasm, ms), last.reason = reason, last.jsPath = !wasm && plan.jsPath !== null && this.config.platformNatives ? plan.jsPath(input) : null, last.size = size, last.min = min, last.path = path, wasm || (last.variant = null), last.ms = ms, last.kernelMs = wasm && clock !== null ? clock.ms : -1, result;
  }
  /**
   * What a WASM path threw, for callFunction and callBatch alike: rethrows what is an
   * answer (the caller's own error, this package's errors; under preferBackend 'wasm' also
   * a memory error, or a trap as a MultilingualWasmError), else returns the report's words
   * ('wasm-memory: \u2026' / 'wasm-trap: \u2026') for JS to answer. A trap rebuilds the instance: it
   * can stop the module mid-update of its stack pointer or heap, so the old instance is
   * never used again, whichever backend was asked for.
   */
  _wasmFailed(plan, error, what) {
    if (error instanceof CallerError) throw error.cause;
    if (error instanceof MultilingualWasmError && error.name !== "WasmMemoryError") throw error;
    let kind = error?.name === "WasmMemoryError" ? "wasm-memory" : "wasm-trap";
    if (kind === "wasm-trap" && this._rebuild(), this.config.preferBackend === BACKENDS.WASM)
      throw kind === "wasm-memory" ? error : new MultilingualWasmError(
        `${plan.name}: ${what} (${error?.name ?? "Error"}: ${error?.message ?? error}) and gave no answer; the instance is being rebuilt (await selector.ready), or use preferBackend 'auto' to have JS answer instead`,
        { cause: error }
      );
    return `${kind}: ${error?.message ?? error}`;
  }
  /** A trap: the life cycle rebuilds the instance; `ready` waits for the new one. */
  _rebuild() {
    this.ready = this._life.rebuild().then(() => this);
  }
  /** Calls, total and mean milliseconds per operation (or for one), split by backend. */
  performanceStats(name) {
    if (name !== void 0) {
      let entry = this._stats[resolvePlan(name).id];
      return entry ? entry.view() : { calls: 0, totalMs: 0, meanMs: 0, byBackend: {} };
    }
    let all = {};
    for (let plan of allPlans()) {
      let entry = this._stats[plan.id];
      entry && (all[plan.name] = entry.view());
    }
    return all;
  }
  /**
   * Start a new heap high-water mark (status().memory.peakBytes) from what is in use now:
   * e.g. before one job, to see that job's peak alone.
   */
  resetPeakMemory() {
    let { instance, single } = this._life;
    instance?.module.heap_reset_peak(), single?.module.heap_reset_peak(), this._peakBytes = instance ? instance.module.heap_in_use() + (single ? single.module.heap_in_use() : 0) : 0;
  }
  /** Clear performanceStats(). */
  resetStats() {
    this._stats.fill(null);
  }
  /**
   * Load the module and run each named operation (default: all with a WASM kernel) once
   * on a tiny input, so the first real call pays no start-up cost. Also waits for the
   * threads build's worker pool, which loads after `ready`.
   */
  async warmUp(names) {
    await this.ready, await this._life.settled();
    let rows2 = (names ?? describeOperations().filter((op3) => op3.wasm).map((op3) => op3.name)).map(resolveOperation);
    for (let row of rows2)
      row.sample && this.callFunction(row.name, ...row.sample());
    return this;
  }
  /**
   * Run an operation in a worker; resolves to what callFunction would return. The first
   * argument may be { name, timeoutMs } to set a time limit for this call. Rules (pool,
   * time limits, cloning, JS-only operations): js/async.js.
   */
  callAsync(nameOrOptions, ...args) {
    return this._disposed ? Promise.reject(new MultilingualWasmError("callAsync: the selector was disposed")) : this._workerPool().call(nameOrOptions, args);
  }
  _workerPool() {
    return this._pool ?? (this._pool = new WorkerPool(this.config, (report) => {
      var _a, _b;
      ((_a = this._stats)[_b = resolvePlan(report.operation).id] ?? (_a[_b] = new OperationStats())).add(report.backend === BACKENDS.WASM, report.ms), this._last.asyncReport = report;
    }));
  }
  /** Release the WASM instance (and any workers). The selector answers on JS afterwards. */
  dispose() {
    this._pool?.dispose(), this._pool = null, this._disposed = !0, this._life.dispose();
  }
  /**
   * Measure AUTO's crossovers in this engine on the serving instance within
   * `budgetMs` (js/calibrate.js), apply them, and return them ({ [operation]:
   * { wasmMinSize } }, and for operations with a batch kernel { ['name:batch']:
   * { wasmMinSize, itemMinSize, itemMaxSize } } \u2014 the `thresholds` option's shape, to save
   * and pass back later).
   */
  async calibrate(options) {
    let { result } = await calibrate(this, options, (rows2, calibration) => {
      let changed = this._thresholds.lay(rows2, `calibrated in ${this._thresholds.engine} (over ${this._thresholds.shippedLabel})`, "thresholds: calibrated");
      this._thresholds.calibration = { engine: this._thresholds.engine, ...calibration };
      for (let [key, row] of Object.entries(changed)) this._life.policy?.setThresholds(policyIdOfKey(key), row);
    });
    return result;
  }
  /**
   * Run `name` once per argument list of `argsList`, as one call: results identical to
   * callFunction's, crossing into WASM once per batch where the operation has a batch
   * kernel (js/batch.js).
   */
  callBatch(name, argsList, options) {
    return callBatch(this, name, argsList, options);
  }
  /** callBatch in a worker; options.timeoutMs limits the whole batch (js/async.js). */
  callBatchAsync(name, argsList, options) {
    return this._disposed ? Promise.reject(new MultilingualWasmError("callBatchAsync: the selector was disposed")) : this._workerPool().callBatch(name, argsList, options);
  }
  /** A WasmArray of `length` elements of `Type` in this selector's heap (js/wasm-array.js). */
  allocate(Type, length) {
    return allocateArray(this, this._life.instance, () => this._life.instance, Type, length);
  }
};

// js/worker-entry.js
var port = isNode ? nodeBuiltin("worker_threads").parentPort : self, selector = null;
function reply(message, transfer = []) {
  try {
    port.postMessage(message, transfer);
  } catch (error) {
    port.postMessage({ type: "result", id: message.id, ok: !1, error: serializeError(new Error(`result cannot be sent back: ${error.message}`)) });
  }
}
async function onMessage(message) {
  if (message.type === "init") {
    useDefaultWasmUrls(message.wasmUrls), selector = new BackendSelector(message.config), await selector.ready, reply({ type: "ready", backend: selector.backend, reason: selector.status().reason });
    return;
  }
  if (message.type === "call") {
    let { id, name, args, batch } = message;
    try {
      let result = batch ? selector.callBatch(name, args) : selector.callFunction(name, ...args);
      reply({ type: "result", id, ok: !0, result, report: selector.lastCallReport() }, transferablesOf(result, batch));
    } catch (error) {
      reply({ type: "result", id, ok: !1, error: serializeError(error) });
    }
  }
}
isNode ? port.on("message", onMessage) : self.onmessage = (event) => onMessage(event.data);
