/*! multilingual-wasm 0.1.0 | MIT */
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// js/index.js
var index_exports = {};
__export(index_exports, {
  Backend: () => Backend,
  BackendSelector: () => BackendSelector,
  CryptoOperations: () => CryptoOperations,
  DEFAULT_CONFIG: () => DEFAULT_CONFIG,
  DataOperations: () => DataOperations,
  ImageOperations: () => ImageOperations,
  InvalidArgumentError: () => InvalidArgumentError,
  JsonOperations: () => JsonOperations,
  JsonSyntaxError: () => JsonSyntaxError,
  MatrixOperations: () => MatrixOperations,
  MultilingualWasmError: () => MultilingualWasmError,
  NumericOperations: () => NumericOperations,
  ScienceOperations: () => ScienceOperations,
  SearchOperations: () => SearchOperations,
  StringOperations: () => StringOperations,
  TimeoutError: () => TimeoutError,
  UnknownOperationError: () => UnknownOperationError,
  WasmMemoryError: () => WasmMemoryError,
  WasmUnavailableError: () => WasmUnavailableError,
  clearModuleCache: () => clearModuleCache,
  detectFeatures: () => detectFeatures,
  getDefaultSelector: () => getDefaultSelector,
  listOperations: () => listOperations,
  loadProjectConfig: () => loadProjectConfig,
  ready: () => ready,
  validateConfig: () => validateConfig,
  version: () => version
});
module.exports = __toCommonJS(index_exports);

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
  constructor({ operation, neededBytes, limitBytes, option = "maxMemoryPages" }) {
    let mib = (b) => `${(b / 1048576).toFixed(1)} MiB`, pages = Math.ceil(neededBytes / 65536);
    super(
      `${operation}: needs ${mib(neededBytes)} more WebAssembly heap but the limit is ${mib(limitBytes)}; raise the '${option}' option (64 KiB pages, at least ${pages} more) or use a smaller input`
    ), this.name = "WasmMemoryError", this.operation = operation, this.neededBytes = neededBytes, this.limitBytes = limitBytes, this.option = option;
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
};

// js/environment.js
var isNode = typeof process == "object" && process !== null && typeof process.versions?.node == "string" && typeof window > "u";
function nodeBuiltin(name) {
  return !isNode || typeof process.getBuiltinModule != "function" ? null : process.getBuiltinModule(name);
}
function engineName() {
  return isNode ? `Node.js ${process.versions.node} (V8 ${process.versions.v8})` : typeof navigator == "object" && navigator.userAgent ? navigator.userAgent : "unknown";
}

// js/config.js
var BACKENDS = Object.freeze({ AUTO: "auto", JS: "js", WASM: "wasm" }), PAGE_BYTES = 65536, MIN_MEMORY_PAGES = 64, MAX_MEMORY_PAGES = 65536, DEFAULT_CONFIG = Object.freeze({
  preferBackend: "auto",
  simd: !0,
  threads: "auto",
  cache: !0,
  memoryPages: 1024,
  // 64 MiB initial, as the guide's default
  maxMemoryPages: 32768,
  // 2 GiB
  timeoutMs: 0,
  // 0 = no time limit
  wasmUrl: null
}), CHECKS = {
  preferBackend: (v) => Object.values(BACKENDS).includes(v) || "must be one of 'auto', 'js', 'wasm'",
  simd: (v) => typeof v == "boolean" || "must be true or false",
  threads: (v) => v === !1 || v === "auto" || Number.isInteger(v) && v >= 1 && v <= 64 || "must be false, 'auto' or a thread count from 1 to 64",
  cache: (v) => typeof v == "boolean" || "must be true or false",
  memoryPages: (v) => Number.isInteger(v) && v >= MIN_MEMORY_PAGES && v <= MAX_MEMORY_PAGES || `must be an integer number of 64 KiB pages from ${MIN_MEMORY_PAGES} to ${MAX_MEMORY_PAGES}`,
  maxMemoryPages: (v) => Number.isInteger(v) && v >= MIN_MEMORY_PAGES && v <= MAX_MEMORY_PAGES || `must be an integer number of 64 KiB pages from ${MIN_MEMORY_PAGES} to ${MAX_MEMORY_PAGES}`,
  timeoutMs: (v) => Number.isFinite(v) && v >= 0 || "must be a number of milliseconds >= 0 (0 = no limit)",
  wasmUrl: (v) => v === null || typeof v == "string" || typeof URL == "function" && v instanceof URL || "must be a URL, a path string or null"
};
function validateConfig(config, source = "config") {
  if (config === void 0) return {};
  if (config === null || typeof config != "object" || Array.isArray(config))
    throw new InvalidArgumentError(`${source} must be an object, got ${config === null ? "null" : typeof config}`);
  for (let [key, value] of Object.entries(config)) {
    let check = CHECKS[key];
    if (!check)
      throw new InvalidArgumentError(
        `${source}: unknown option '${key}' (known options: ${Object.keys(CHECKS).join(", ")})`
      );
    let ok = check(value);
    if (ok !== !0) throw new InvalidArgumentError(`${source}: option '${key}' ${ok}, got ${JSON.stringify(value)}`);
  }
  return config;
}
function resolveConfig(userConfig) {
  validateConfig(userConfig);
  let sources = {}, config = { ...DEFAULT_CONFIG }, file = loadProjectConfig();
  if (file) {
    Object.assign(config, file.config);
    for (let key of Object.keys(file.config)) sources[key] = file.path;
  }
  let env = isNode ? process.env.MULTILINGUAL_WASM_BACKEND : void 0;
  env !== void 0 && env !== "" && (validateConfig({ preferBackend: env }, "MULTILINGUAL_WASM_BACKEND"), config.preferBackend = env, sources.preferBackend = "MULTILINGUAL_WASM_BACKEND");
  for (let [key, value] of Object.entries(userConfig ?? {}))
    value !== void 0 && (config[key] = value, sources[key] = "constructor");
  if (config.maxMemoryPages < config.memoryPages)
    throw new InvalidArgumentError(
      `config: maxMemoryPages (${config.maxMemoryPages}) must be >= memoryPages (${config.memoryPages})`
    );
  return { config: Object.freeze(config), sources };
}
var projectConfigCache;
function loadProjectConfig({ cwd, reload = !1 } = {}) {
  if (!isNode) return null;
  if (!reload && cwd === void 0 && projectConfigCache !== void 0) return projectConfigCache;
  let fs = nodeBuiltin("fs"), path = nodeBuiltin("path");
  if (!fs || !path) return null;
  let dir = path.resolve(cwd ?? process.cwd()), found = null;
  for (; ; ) {
    let own = path.join(dir, "multilingual.config.json");
    if (fs.existsSync(own)) {
      let data = readJson(fs, own), section = data?.wasm ?? data;
      found = { path: own, config: validateConfig(section, own) };
      break;
    }
    let pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
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

// build/glue/mlw-glue.mjs
var createMlwModule = (() => {
  var _scriptDir = typeof document < "u" && document.currentScript ? document.currentScript.src : void 0;
  return (function(createMlwModule2) {
    createMlwModule2 = createMlwModule2 || {};
    var Module = typeof createMlwModule2 < "u" ? createMlwModule2 : {}, readyPromiseResolve, readyPromiseReject;
    Module.ready = new Promise(function(resolve, reject) {
      readyPromiseResolve = resolve, readyPromiseReject = reject;
    });
    var moduleOverrides = Object.assign({}, Module), arguments_ = [], ENVIRONMENT_IS_WEB = typeof window == "object", ENVIRONMENT_IS_WORKER = typeof importScripts == "function", ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string", scriptDirectory = "";
    function locateFile(path) {
      return scriptDirectory + path;
    }
    var read_, readAsync, readBinary, setWindowTitle;
    (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) && (ENVIRONMENT_IS_WORKER ? scriptDirectory = self.location.href : typeof document < "u" && document.currentScript && (scriptDirectory = document.currentScript.src), _scriptDir && (scriptDirectory = _scriptDir), scriptDirectory.indexOf("blob:") !== 0 ? scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1) : scriptDirectory = "", read_ = ((url) => {
      var xhr = new XMLHttpRequest();
      return xhr.open("GET", url, !1), xhr.send(null), xhr.responseText;
    }), ENVIRONMENT_IS_WORKER && (readBinary = ((url) => {
      var xhr = new XMLHttpRequest();
      return xhr.open("GET", url, !1), xhr.responseType = "arraybuffer", xhr.send(null), new Uint8Array(xhr.response);
    })), readAsync = ((url, onload, onerror) => {
      var xhr = new XMLHttpRequest();
      xhr.open("GET", url, !0), xhr.responseType = "arraybuffer", xhr.onload = (() => {
        if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
          onload(xhr.response);
          return;
        }
        onerror();
      }), xhr.onerror = onerror, xhr.send(null);
    }), setWindowTitle = ((title) => document.title = title));
    var out = Module.print || console.log.bind(console), err = Module.printErr || console.warn.bind(console);
    Object.assign(Module, moduleOverrides), moduleOverrides = null;
    var wasmBinary;
    typeof WebAssembly != "object" && abort("no native wasm support detected");
    var wasmMemory, ABORT = !1, EXITSTATUS, UTF8Decoder = new TextDecoder("utf8");
    function UTF8ToString(ptr, maxBytesToRead) {
      if (ptr >>>= 0, !ptr) return "";
      for (var maxPtr = ptr + maxBytesToRead, end = ptr; !(end >= maxPtr) && HEAPU8[end >>> 0]; ) ++end;
      return UTF8Decoder.decode(HEAPU8.subarray(ptr >>> 0, end >>> 0));
    }
    function stringToUTF8Array(str, heap, outIdx, maxBytesToWrite) {
      if (outIdx >>>= 0, !(maxBytesToWrite > 0)) return 0;
      for (var startIdx = outIdx, endIdx = outIdx + maxBytesToWrite - 1, i = 0; i < str.length; ++i) {
        var u = str.charCodeAt(i);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++ >>> 0] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++ >>> 0] = 192 | u >> 6, heap[outIdx++ >>> 0] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++ >>> 0] = 224 | u >> 12, heap[outIdx++ >>> 0] = 128 | u >> 6 & 63, heap[outIdx++ >>> 0] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++ >>> 0] = 240 | u >> 18, heap[outIdx++ >>> 0] = 128 | u >> 12 & 63, heap[outIdx++ >>> 0] = 128 | u >> 6 & 63, heap[outIdx++ >>> 0] = 128 | u & 63;
        }
      }
      return heap[outIdx >>> 0] = 0, outIdx - startIdx;
    }
    function stringToUTF8(str, outPtr, maxBytesToWrite) {
      return stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
    }
    function lengthBytesUTF8(str) {
      for (var len = 0, i = 0; i < str.length; ++i) {
        var u = str.charCodeAt(i);
        u >= 55296 && u <= 57343 && (u = 65536 + ((u & 1023) << 10) | str.charCodeAt(++i) & 1023), u <= 127 ? ++len : u <= 2047 ? len += 2 : u <= 65535 ? len += 3 : len += 4;
      }
      return len;
    }
    var UTF16Decoder = new TextDecoder("utf-16le");
    function UTF16ToString(ptr, maxBytesToRead) {
      for (var endPtr = ptr, idx = endPtr >> 1, maxIdx = idx + maxBytesToRead / 2; !(idx >= maxIdx) && HEAPU16[idx >>> 0]; ) ++idx;
      return endPtr = idx << 1, UTF16Decoder.decode(HEAPU8.subarray(ptr >>> 0, endPtr >>> 0));
      for (var str = "", i = 0; !(i >= maxBytesToRead / 2); ++i) {
        var codeUnit = HEAP16[ptr + i * 2 >>> 1];
        if (codeUnit == 0) break;
        str += String.fromCharCode(codeUnit);
      }
      return str;
    }
    function stringToUTF16(str, outPtr, maxBytesToWrite) {
      if (maxBytesToWrite === void 0 && (maxBytesToWrite = 2147483647), maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      for (var startPtr = outPtr, numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length, i = 0; i < numCharsToWrite; ++i) {
        var codeUnit = str.charCodeAt(i);
        HEAP16[outPtr >>> 1] = codeUnit, outPtr += 2;
      }
      return HEAP16[outPtr >>> 1] = 0, outPtr - startPtr;
    }
    function lengthBytesUTF16(str) {
      return str.length * 2;
    }
    function UTF32ToString(ptr, maxBytesToRead) {
      for (var i = 0, str = ""; !(i >= maxBytesToRead / 4); ) {
        var utf32 = HEAP32[ptr + i * 4 >>> 2];
        if (utf32 == 0) break;
        if (++i, utf32 >= 65536) {
          var ch = utf32 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        } else
          str += String.fromCharCode(utf32);
      }
      return str;
    }
    function stringToUTF32(str, outPtr, maxBytesToWrite) {
      if (outPtr >>>= 0, maxBytesToWrite === void 0 && (maxBytesToWrite = 2147483647), maxBytesToWrite < 4) return 0;
      for (var startPtr = outPtr, endPtr = startPtr + maxBytesToWrite - 4, i = 0; i < str.length; ++i) {
        var codeUnit = str.charCodeAt(i);
        if (codeUnit >= 55296 && codeUnit <= 57343) {
          var trailSurrogate = str.charCodeAt(++i);
          codeUnit = 65536 + ((codeUnit & 1023) << 10) | trailSurrogate & 1023;
        }
        if (HEAP32[outPtr >>> 2] = codeUnit, outPtr += 4, outPtr + 4 > endPtr) break;
      }
      return HEAP32[outPtr >>> 2] = 0, outPtr - startPtr;
    }
    function lengthBytesUTF32(str) {
      for (var len = 0, i = 0; i < str.length; ++i) {
        var codeUnit = str.charCodeAt(i);
        codeUnit >= 55296 && codeUnit <= 57343 && ++i, len += 4;
      }
      return len;
    }
    var buffer, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
    function updateGlobalBufferAndViews(buf) {
      buffer = buf, Module.HEAP8 = HEAP8 = new Int8Array(buf), Module.HEAP16 = HEAP16 = new Int16Array(buf), Module.HEAP32 = HEAP32 = new Int32Array(buf), Module.HEAPU8 = HEAPU8 = new Uint8Array(buf), Module.HEAPU16 = HEAPU16 = new Uint16Array(buf), Module.HEAPU32 = HEAPU32 = new Uint32Array(buf), Module.HEAPF32 = HEAPF32 = new Float32Array(buf), Module.HEAPF64 = HEAPF64 = new Float64Array(buf);
    }
    var INITIAL_MEMORY = 16777216;
    Module.wasmMemory ? wasmMemory = Module.wasmMemory : wasmMemory = new WebAssembly.Memory({ initial: INITIAL_MEMORY / 65536, maximum: 65536 }), wasmMemory && (buffer = wasmMemory.buffer), INITIAL_MEMORY = buffer.byteLength, updateGlobalBufferAndViews(buffer);
    var wasmTable, __ATPRERUN__ = [], __ATINIT__ = [], __ATPOSTRUN__ = [], runtimeInitialized = !1;
    function preRun() {
      callRuntimeCallbacks(__ATPRERUN__);
    }
    function initRuntime() {
      runtimeInitialized = !0, callRuntimeCallbacks(__ATINIT__);
    }
    function postRun() {
      callRuntimeCallbacks(__ATPOSTRUN__);
    }
    function addOnInit(cb) {
      __ATINIT__.unshift(cb);
    }
    var runDependencies = 0, runDependencyWatcher = null, dependenciesFulfilled = null;
    function addRunDependency(id) {
      runDependencies++;
    }
    function removeRunDependency(id) {
      if (runDependencies--, runDependencies == 0 && (runDependencyWatcher !== null && (clearInterval(runDependencyWatcher), runDependencyWatcher = null), dependenciesFulfilled)) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null, callback();
      }
    }
    Module.preloadedImages = {}, Module.preloadedAudios = {};
    function abort(what) {
      what = "Aborted(" + what + ")", err(what), ABORT = !0, EXITSTATUS = 1, what += ". Build with -s ASSERTIONS=1 for more info.";
      var e = new WebAssembly.RuntimeError(what);
      throw readyPromiseReject(e), e;
    }
    var dataURIPrefix = "data:application/octet-stream;base64,";
    function isDataURI(filename) {
      return filename.startsWith(dataURIPrefix);
    }
    var wasmBinaryFile;
    wasmBinaryFile = "mlw-baseline.wasm", isDataURI(wasmBinaryFile) || (wasmBinaryFile = locateFile(wasmBinaryFile));
    function getBinary(file) {
      try {
        if (file == wasmBinaryFile && wasmBinary)
          return new Uint8Array(wasmBinary);
        if (readBinary)
          return readBinary(file);
        throw "both async and sync fetching of the wasm failed";
      } catch (err2) {
        abort(err2);
      }
    }
    function getBinaryPromise() {
      return !wasmBinary && (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) && typeof fetch == "function" ? fetch(wasmBinaryFile, { credentials: "same-origin" }).then(function(response) {
        if (!response.ok)
          throw "failed to load wasm binary file at '" + wasmBinaryFile + "'";
        return response.arrayBuffer();
      }).catch(function() {
        return getBinary(wasmBinaryFile);
      }) : Promise.resolve().then(function() {
        return getBinary(wasmBinaryFile);
      });
    }
    function createWasm() {
      var info = { a: asmLibraryArg };
      function receiveInstance(instance, module2) {
        var exports3 = instance.exports;
        Module.asm = exports3, wasmTable = Module.asm.o, addOnInit(Module.asm.n), removeRunDependency("wasm-instantiate");
      }
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result) {
        receiveInstance(result.instance);
      }
      function instantiateArrayBuffer(receiver) {
        return getBinaryPromise().then(function(binary) {
          return WebAssembly.instantiate(binary, info);
        }).then(function(instance) {
          return instance;
        }).then(receiver, function(reason) {
          err("failed to asynchronously prepare wasm: " + reason), abort(reason);
        });
      }
      function instantiateAsync() {
        return !wasmBinary && typeof WebAssembly.instantiateStreaming == "function" && !isDataURI(wasmBinaryFile) && typeof fetch == "function" ? fetch(wasmBinaryFile, { credentials: "same-origin" }).then(function(response) {
          var result = WebAssembly.instantiateStreaming(response, info);
          return result.then(receiveInstantiationResult, function(reason) {
            return err("wasm streaming compile failed: " + reason), err("falling back to ArrayBuffer instantiation"), instantiateArrayBuffer(receiveInstantiationResult);
          });
        }) : instantiateArrayBuffer(receiveInstantiationResult);
      }
      if (Module.instantiateWasm)
        try {
          var exports2 = Module.instantiateWasm(info, receiveInstance);
          return exports2;
        } catch (e) {
          return err("Module.instantiateWasm callback failed with error: " + e), !1;
        }
      return instantiateAsync().catch(readyPromiseReject), {};
    }
    function callRuntimeCallbacks(callbacks) {
      for (; callbacks.length > 0; ) {
        var callback = callbacks.shift();
        if (typeof callback == "function") {
          callback(Module);
          continue;
        }
        var func = callback.func;
        typeof func == "number" ? callback.arg === void 0 ? getWasmTableEntry(func)() : getWasmTableEntry(func)(callback.arg) : func(callback.arg === void 0 ? null : callback.arg);
      }
    }
    var wasmTableMirror = [];
    function getWasmTableEntry(funcPtr) {
      var func = wasmTableMirror[funcPtr];
      return func || (funcPtr >= wasmTableMirror.length && (wasmTableMirror.length = funcPtr + 1), wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr)), func;
    }
    function __embind_register_bigint(primitiveType, name, size, minRange, maxRange) {
    }
    function getShiftFromSize(size) {
      switch (size) {
        case 1:
          return 0;
        case 2:
          return 1;
        case 4:
          return 2;
        case 8:
          return 3;
        default:
          throw new TypeError("Unknown type size: " + size);
      }
    }
    function embind_init_charCodes() {
      for (var codes = new Array(256), i = 0; i < 256; ++i)
        codes[i] = String.fromCharCode(i);
      embind_charCodes = codes;
    }
    var embind_charCodes = void 0;
    function readLatin1String(ptr) {
      for (var ret = "", c = ptr; HEAPU8[c >>> 0]; )
        ret += embind_charCodes[HEAPU8[c++ >>> 0]];
      return ret;
    }
    var awaitingDependencies = {}, registeredTypes = {}, typeDependencies = {}, char_0 = 48, char_9 = 57;
    function makeLegalFunctionName(name) {
      if (name === void 0)
        return "_unknown";
      name = name.replace(/[^a-zA-Z0-9_]/g, "$");
      var f = name.charCodeAt(0);
      return f >= char_0 && f <= char_9 ? "_" + name : name;
    }
    function createNamedFunction(name, body) {
      return name = makeLegalFunctionName(name), function() {
        return body.apply(this, arguments);
      };
    }
    function extendError(baseErrorType, errorName) {
      var errorClass = createNamedFunction(errorName, function(message) {
        this.name = errorName, this.message = message;
        var stack = new Error(message).stack;
        stack !== void 0 && (this.stack = this.toString() + `
` + stack.replace(/^Error(:[^\n]*)?\n/, ""));
      });
      return errorClass.prototype = Object.create(baseErrorType.prototype), errorClass.prototype.constructor = errorClass, errorClass.prototype.toString = function() {
        return this.message === void 0 ? this.name : this.name + ": " + this.message;
      }, errorClass;
    }
    var BindingError = void 0;
    function throwBindingError(message) {
      throw new BindingError(message);
    }
    var InternalError = void 0;
    function throwInternalError(message) {
      throw new InternalError(message);
    }
    function whenDependentTypesAreResolved(myTypes, dependentTypes, getTypeConverters) {
      myTypes.forEach(function(type) {
        typeDependencies[type] = dependentTypes;
      });
      function onComplete(typeConverters2) {
        var myTypeConverters = getTypeConverters(typeConverters2);
        myTypeConverters.length !== myTypes.length && throwInternalError("Mismatched type converter count");
        for (var i = 0; i < myTypes.length; ++i)
          registerType(myTypes[i], myTypeConverters[i]);
      }
      var typeConverters = new Array(dependentTypes.length), unregisteredTypes = [], registered = 0;
      dependentTypes.forEach(function(dt, i) {
        registeredTypes.hasOwnProperty(dt) ? typeConverters[i] = registeredTypes[dt] : (unregisteredTypes.push(dt), awaitingDependencies.hasOwnProperty(dt) || (awaitingDependencies[dt] = []), awaitingDependencies[dt].push(function() {
          typeConverters[i] = registeredTypes[dt], ++registered, registered === unregisteredTypes.length && onComplete(typeConverters);
        }));
      }), unregisteredTypes.length === 0 && onComplete(typeConverters);
    }
    function registerType(rawType, registeredInstance, options = {}) {
      if (!("argPackAdvance" in registeredInstance))
        throw new TypeError("registerType registeredInstance requires argPackAdvance");
      var name = registeredInstance.name;
      if (rawType || throwBindingError('type "' + name + '" must have a positive integer typeid pointer'), registeredTypes.hasOwnProperty(rawType)) {
        if (options.ignoreDuplicateRegistrations)
          return;
        throwBindingError("Cannot register type '" + name + "' twice");
      }
      if (registeredTypes[rawType] = registeredInstance, delete typeDependencies[rawType], awaitingDependencies.hasOwnProperty(rawType)) {
        var callbacks = awaitingDependencies[rawType];
        delete awaitingDependencies[rawType], callbacks.forEach(function(cb) {
          cb();
        });
      }
    }
    function __embind_register_bool(rawType, name, size, trueValue, falseValue) {
      var shift = getShiftFromSize(size);
      name = readLatin1String(name), registerType(rawType, { name, fromWireType: function(wt) {
        return !!wt;
      }, toWireType: function(destructors, o) {
        return o ? trueValue : falseValue;
      }, argPackAdvance: 8, readValueFromPointer: function(pointer) {
        var heap;
        if (size === 1)
          heap = HEAP8;
        else if (size === 2)
          heap = HEAP16;
        else if (size === 4)
          heap = HEAP32;
        else
          throw new TypeError("Unknown boolean type size: " + name);
        return this.fromWireType(heap[pointer >>> shift]);
      }, destructorFunction: null });
    }
    var emval_free_list = [], emval_handle_array = [{}, { value: void 0 }, { value: null }, { value: !0 }, { value: !1 }];
    function __emval_decref(handle) {
      handle > 4 && --emval_handle_array[handle].refcount === 0 && (emval_handle_array[handle] = void 0, emval_free_list.push(handle));
    }
    function count_emval_handles() {
      for (var count = 0, i = 5; i < emval_handle_array.length; ++i)
        emval_handle_array[i] !== void 0 && ++count;
      return count;
    }
    function get_first_emval() {
      for (var i = 5; i < emval_handle_array.length; ++i)
        if (emval_handle_array[i] !== void 0)
          return emval_handle_array[i];
      return null;
    }
    function init_emval() {
      Module.count_emval_handles = count_emval_handles, Module.get_first_emval = get_first_emval;
    }
    var Emval = { toValue: function(handle) {
      return handle || throwBindingError("Cannot use deleted val. handle = " + handle), emval_handle_array[handle].value;
    }, toHandle: function(value) {
      switch (value) {
        case void 0:
          return 1;
        case null:
          return 2;
        case !0:
          return 3;
        case !1:
          return 4;
        default: {
          var handle = emval_free_list.length ? emval_free_list.pop() : emval_handle_array.length;
          return emval_handle_array[handle] = { refcount: 1, value }, handle;
        }
      }
    } };
    function simpleReadValueFromPointer(pointer) {
      return this.fromWireType(HEAPU32[pointer >>> 2]);
    }
    function __embind_register_emval(rawType, name) {
      name = readLatin1String(name), registerType(rawType, { name, fromWireType: function(handle) {
        var rv = Emval.toValue(handle);
        return __emval_decref(handle), rv;
      }, toWireType: function(destructors, value) {
        return Emval.toHandle(value);
      }, argPackAdvance: 8, readValueFromPointer: simpleReadValueFromPointer, destructorFunction: null });
    }
    function floatReadValueFromPointer(name, shift) {
      switch (shift) {
        case 2:
          return function(pointer) {
            return this.fromWireType(HEAPF32[pointer >>> 2]);
          };
        case 3:
          return function(pointer) {
            return this.fromWireType(HEAPF64[pointer >>> 3]);
          };
        default:
          throw new TypeError("Unknown float type: " + name);
      }
    }
    function __embind_register_float(rawType, name, size) {
      var shift = getShiftFromSize(size);
      name = readLatin1String(name), registerType(rawType, { name, fromWireType: function(value) {
        return value;
      }, toWireType: function(destructors, value) {
        return value;
      }, argPackAdvance: 8, readValueFromPointer: floatReadValueFromPointer(name, shift), destructorFunction: null });
    }
    function runDestructors(destructors) {
      for (; destructors.length; ) {
        var ptr = destructors.pop(), del = destructors.pop();
        del(ptr);
      }
    }
    function craftInvokerFunction(humanName, argTypes, classType, cppInvokerFunc, cppTargetFunc) {
      var argCount = argTypes.length;
      argCount < 2 && throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
      for (var isClassMethodFunc = argTypes[1] !== null && classType !== null, needsDestructorStack = !1, i = 1; i < argTypes.length; ++i)
        if (argTypes[i] !== null && argTypes[i].destructorFunction === void 0) {
          needsDestructorStack = !0;
          break;
        }
      var returns = argTypes[0].name !== "void", expectedArgCount = argCount - 2, argsWired = new Array(expectedArgCount), invokerFuncArgs = [], destructors = [];
      return function() {
        arguments.length !== expectedArgCount && throwBindingError("function " + humanName + " called with " + arguments.length + " arguments, expected " + expectedArgCount + " args!"), destructors.length = 0;
        var thisWired;
        invokerFuncArgs.length = isClassMethodFunc ? 2 : 1, invokerFuncArgs[0] = cppTargetFunc, isClassMethodFunc && (thisWired = argTypes[1].toWireType(destructors, this), invokerFuncArgs[1] = thisWired);
        for (var i2 = 0; i2 < expectedArgCount; ++i2)
          argsWired[i2] = argTypes[i2 + 2].toWireType(destructors, arguments[i2]), invokerFuncArgs.push(argsWired[i2]);
        var rv = cppInvokerFunc.apply(null, invokerFuncArgs);
        function onDone(rv2) {
          if (needsDestructorStack)
            runDestructors(destructors);
          else
            for (var i3 = isClassMethodFunc ? 1 : 2; i3 < argTypes.length; i3++) {
              var param = i3 === 1 ? thisWired : argsWired[i3 - 2];
              argTypes[i3].destructorFunction !== null && argTypes[i3].destructorFunction(param);
            }
          if (returns)
            return argTypes[0].fromWireType(rv2);
        }
        return onDone(rv);
      };
    }
    function ensureOverloadTable(proto, methodName, humanName) {
      if (proto[methodName].overloadTable === void 0) {
        var prevFunc = proto[methodName];
        proto[methodName] = function() {
          return proto[methodName].overloadTable.hasOwnProperty(arguments.length) || throwBindingError("Function '" + humanName + "' called with an invalid number of arguments (" + arguments.length + ") - expects one of (" + proto[methodName].overloadTable + ")!"), proto[methodName].overloadTable[arguments.length].apply(this, arguments);
        }, proto[methodName].overloadTable = [], proto[methodName].overloadTable[prevFunc.argCount] = prevFunc;
      }
    }
    function exposePublicSymbol(name, value, numArguments) {
      Module.hasOwnProperty(name) ? ((numArguments === void 0 || Module[name].overloadTable !== void 0 && Module[name].overloadTable[numArguments] !== void 0) && throwBindingError("Cannot register public name '" + name + "' twice"), ensureOverloadTable(Module, name, name), Module.hasOwnProperty(numArguments) && throwBindingError("Cannot register multiple overloads of a function with the same number of arguments (" + numArguments + ")!"), Module[name].overloadTable[numArguments] = value) : (Module[name] = value, numArguments !== void 0 && (Module[name].numArguments = numArguments));
    }
    function heap32VectorToArray(count, firstElement) {
      for (var array = [], i = 0; i < count; i++)
        array.push(HEAP32[(firstElement >> 2) + i >>> 0]);
      return array;
    }
    function replacePublicSymbol(name, value, numArguments) {
      Module.hasOwnProperty(name) || throwInternalError("Replacing nonexistant public symbol"), Module[name].overloadTable !== void 0 && numArguments !== void 0 ? Module[name].overloadTable[numArguments] = value : (Module[name] = value, Module[name].argCount = numArguments);
    }
    function dynCallLegacy(sig, ptr, args) {
      var f = Module["dynCall_" + sig];
      return args && args.length ? f.apply(null, [ptr].concat(args)) : f.call(null, ptr);
    }
    function dynCall(sig, ptr, args) {
      return sig.includes("j") ? dynCallLegacy(sig, ptr, args) : getWasmTableEntry(ptr).apply(null, args);
    }
    function getDynCaller(sig, ptr) {
      var argCache = [];
      return function() {
        return argCache.length = 0, Object.assign(argCache, arguments), dynCall(sig, ptr, argCache);
      };
    }
    function embind__requireFunction(signature, rawFunction) {
      signature = readLatin1String(signature);
      function makeDynCaller() {
        return signature.includes("j") ? getDynCaller(signature, rawFunction) : getWasmTableEntry(rawFunction);
      }
      var fp = makeDynCaller();
      return typeof fp != "function" && throwBindingError("unknown function pointer with signature " + signature + ": " + rawFunction), fp;
    }
    var UnboundTypeError = void 0;
    function getTypeName(type) {
      var ptr = ___getTypeName(type), rv = readLatin1String(ptr);
      return _free(ptr), rv;
    }
    function throwUnboundTypeError(message, types) {
      var unboundTypes = [], seen = {};
      function visit(type) {
        if (!seen[type] && !registeredTypes[type]) {
          if (typeDependencies[type]) {
            typeDependencies[type].forEach(visit);
            return;
          }
          unboundTypes.push(type), seen[type] = !0;
        }
      }
      throw types.forEach(visit), new UnboundTypeError(message + ": " + unboundTypes.map(getTypeName).join([", "]));
    }
    function __embind_register_function(name, argCount, rawArgTypesAddr, signature, rawInvoker, fn) {
      var argTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
      name = readLatin1String(name), rawInvoker = embind__requireFunction(signature, rawInvoker), exposePublicSymbol(name, function() {
        throwUnboundTypeError("Cannot call " + name + " due to unbound types", argTypes);
      }, argCount - 1), whenDependentTypesAreResolved([], argTypes, function(argTypes2) {
        var invokerArgsArray = [argTypes2[0], null].concat(argTypes2.slice(1));
        return replacePublicSymbol(name, craftInvokerFunction(name, invokerArgsArray, null, rawInvoker, fn), argCount - 1), [];
      });
    }
    function integerReadValueFromPointer(name, shift, signed) {
      switch (shift) {
        case 0:
          return signed ? function(pointer) {
            return HEAP8[pointer >>> 0];
          } : function(pointer) {
            return HEAPU8[pointer >>> 0];
          };
        case 1:
          return signed ? function(pointer) {
            return HEAP16[pointer >>> 1];
          } : function(pointer) {
            return HEAPU16[pointer >>> 1];
          };
        case 2:
          return signed ? function(pointer) {
            return HEAP32[pointer >>> 2];
          } : function(pointer) {
            return HEAPU32[pointer >>> 2];
          };
        default:
          throw new TypeError("Unknown integer type: " + name);
      }
    }
    function __embind_register_integer(primitiveType, name, size, minRange, maxRange) {
      name = readLatin1String(name), maxRange === -1 && (maxRange = 4294967295);
      var shift = getShiftFromSize(size), fromWireType = (value) => value;
      if (minRange === 0) {
        var bitshift = 32 - 8 * size;
        fromWireType = ((value) => value << bitshift >>> bitshift);
      }
      var isUnsignedType = name.includes("unsigned"), checkAssertions = (value, toTypeName) => {
      }, toWireType;
      isUnsignedType ? toWireType = function(destructors, value) {
        return checkAssertions(value, this.name), value >>> 0;
      } : toWireType = function(destructors, value) {
        return checkAssertions(value, this.name), value;
      }, registerType(primitiveType, { name, fromWireType, toWireType, argPackAdvance: 8, readValueFromPointer: integerReadValueFromPointer(name, shift, minRange !== 0), destructorFunction: null });
    }
    function __embind_register_memory_view(rawType, dataTypeIndex, name) {
      var typeMapping = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array], TA = typeMapping[dataTypeIndex];
      function decodeMemoryView(handle) {
        handle = handle >> 2;
        var heap = HEAPU32, size = heap[handle >>> 0], data = heap[handle + 1 >>> 0];
        return new TA(buffer, data, size);
      }
      name = readLatin1String(name), registerType(rawType, { name, fromWireType: decodeMemoryView, argPackAdvance: 8, readValueFromPointer: decodeMemoryView }, { ignoreDuplicateRegistrations: !0 });
    }
    function __embind_register_std_string(rawType, name) {
      name = readLatin1String(name);
      var stdStringIsUTF8 = name === "std::string";
      registerType(rawType, { name, fromWireType: function(value) {
        var length = HEAPU32[value >>> 2], str;
        if (stdStringIsUTF8)
          for (var decodeStartPtr = value + 4, i = 0; i <= length; ++i) {
            var currentBytePtr = value + 4 + i;
            if (i == length || HEAPU8[currentBytePtr >>> 0] == 0) {
              var maxRead = currentBytePtr - decodeStartPtr, stringSegment = UTF8ToString(decodeStartPtr, maxRead);
              str === void 0 ? str = stringSegment : (str += "\0", str += stringSegment), decodeStartPtr = currentBytePtr + 1;
            }
          }
        else {
          for (var a = new Array(length), i = 0; i < length; ++i)
            a[i] = String.fromCharCode(HEAPU8[value + 4 + i >>> 0]);
          str = a.join("");
        }
        return _free(value), str;
      }, toWireType: function(destructors, value) {
        value instanceof ArrayBuffer && (value = new Uint8Array(value));
        var getLength, valueIsOfTypeString = typeof value == "string";
        valueIsOfTypeString || value instanceof Uint8Array || value instanceof Uint8ClampedArray || value instanceof Int8Array || throwBindingError("Cannot pass non-string to std::string"), stdStringIsUTF8 && valueIsOfTypeString ? getLength = (() => lengthBytesUTF8(value)) : getLength = (() => value.length);
        var length = getLength(), ptr = _malloc(4 + length + 1);
        if (ptr >>>= 0, HEAPU32[ptr >>> 2] = length, stdStringIsUTF8 && valueIsOfTypeString)
          stringToUTF8(value, ptr + 4, length + 1);
        else if (valueIsOfTypeString)
          for (var i = 0; i < length; ++i) {
            var charCode = value.charCodeAt(i);
            charCode > 255 && (_free(ptr), throwBindingError("String has UTF-16 code units that do not fit in 8 bits")), HEAPU8[ptr + 4 + i >>> 0] = charCode;
          }
        else
          for (var i = 0; i < length; ++i)
            HEAPU8[ptr + 4 + i >>> 0] = value[i];
        return destructors !== null && destructors.push(_free, ptr), ptr;
      }, argPackAdvance: 8, readValueFromPointer: simpleReadValueFromPointer, destructorFunction: function(ptr) {
        _free(ptr);
      } });
    }
    function __embind_register_std_wstring(rawType, charSize, name) {
      name = readLatin1String(name);
      var decodeString, encodeString, getHeap, lengthBytesUTF, shift;
      charSize === 2 ? (decodeString = UTF16ToString, encodeString = stringToUTF16, lengthBytesUTF = lengthBytesUTF16, getHeap = (() => HEAPU16), shift = 1) : charSize === 4 && (decodeString = UTF32ToString, encodeString = stringToUTF32, lengthBytesUTF = lengthBytesUTF32, getHeap = (() => HEAPU32), shift = 2), registerType(rawType, { name, fromWireType: function(value) {
        for (var length = HEAPU32[value >>> 2], HEAP = getHeap(), str, decodeStartPtr = value + 4, i = 0; i <= length; ++i) {
          var currentBytePtr = value + 4 + i * charSize;
          if (i == length || HEAP[currentBytePtr >>> shift] == 0) {
            var maxReadBytes = currentBytePtr - decodeStartPtr, stringSegment = decodeString(decodeStartPtr, maxReadBytes);
            str === void 0 ? str = stringSegment : (str += "\0", str += stringSegment), decodeStartPtr = currentBytePtr + charSize;
          }
        }
        return _free(value), str;
      }, toWireType: function(destructors, value) {
        typeof value != "string" && throwBindingError("Cannot pass non-string to C++ string type " + name);
        var length = lengthBytesUTF(value), ptr = _malloc(4 + length + charSize);
        return ptr >>>= 0, HEAPU32[ptr >>> 2] = length >> shift, encodeString(value, ptr + 4, length + charSize), destructors !== null && destructors.push(_free, ptr), ptr;
      }, argPackAdvance: 8, readValueFromPointer: simpleReadValueFromPointer, destructorFunction: function(ptr) {
        _free(ptr);
      } });
    }
    function __embind_register_void(rawType, name) {
      name = readLatin1String(name), registerType(rawType, { isVoid: !0, name, argPackAdvance: 0, fromWireType: function() {
      }, toWireType: function(destructors, o) {
      } });
    }
    function _emscripten_memcpy_big(dest, src, num) {
      HEAPU8.copyWithin(dest >>> 0, src >>> 0, src + num >>> 0);
    }
    function _emscripten_get_heap_max() {
      return 4294901760;
    }
    function emscripten_realloc_buffer(size) {
      try {
        return wasmMemory.grow(size - buffer.byteLength + 65535 >>> 16), updateGlobalBufferAndViews(wasmMemory.buffer), 1;
      } catch {
      }
    }
    function _emscripten_resize_heap(requestedSize) {
      var oldSize = HEAPU8.length;
      requestedSize = requestedSize >>> 0;
      var maxHeapSize = _emscripten_get_heap_max();
      if (requestedSize > maxHeapSize)
        return !1;
      let alignUp = (x, multiple) => x + (multiple - x % multiple) % multiple;
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignUp(Math.max(requestedSize, overGrownHeapSize), 65536)), replacement = emscripten_realloc_buffer(newSize);
        if (replacement)
          return !0;
      }
      return !1;
    }
    embind_init_charCodes(), BindingError = Module.BindingError = extendError(Error, "BindingError"), InternalError = Module.InternalError = extendError(Error, "InternalError"), init_emval(), UnboundTypeError = Module.UnboundTypeError = extendError(Error, "UnboundTypeError");
    var asmLibraryArg = { k: __embind_register_bigint, j: __embind_register_bool, i: __embind_register_emval, f: __embind_register_float, g: __embind_register_function, c: __embind_register_integer, b: __embind_register_memory_view, e: __embind_register_std_string, d: __embind_register_std_wstring, m: __embind_register_void, h: _emscripten_memcpy_big, l: _emscripten_resize_heap, a: wasmMemory }, asm = createWasm(), ___wasm_call_ctors = Module.___wasm_call_ctors = function() {
      return (___wasm_call_ctors = Module.___wasm_call_ctors = Module.asm.n).apply(null, arguments);
    }, ___getTypeName = Module.___getTypeName = function() {
      return (___getTypeName = Module.___getTypeName = Module.asm.p).apply(null, arguments);
    }, ___embind_register_native_and_builtin_types = Module.___embind_register_native_and_builtin_types = function() {
      return (___embind_register_native_and_builtin_types = Module.___embind_register_native_and_builtin_types = Module.asm.q).apply(null, arguments);
    }, _malloc = Module._malloc = function() {
      return (_malloc = Module._malloc = Module.asm.r).apply(null, arguments);
    }, _free = Module._free = function() {
      return (_free = Module._free = Module.asm.s).apply(null, arguments);
    }, calledRun;
    dependenciesFulfilled = function runCaller() {
      calledRun || run(), calledRun || (dependenciesFulfilled = runCaller);
    };
    function run(args) {
      if (args = args || arguments_, runDependencies > 0 || (preRun(), runDependencies > 0))
        return;
      function doRun() {
        calledRun || (calledRun = !0, Module.calledRun = !0, !ABORT && (initRuntime(), readyPromiseResolve(Module), postRun()));
      }
      doRun();
    }
    return Module.run = run, run(), createMlwModule2.ready;
  });
})(), mlw_glue_default = createMlwModule;

// js/locate.js
var VARIANT_FILES = Object.freeze({
  baseline: "mlw-baseline.wasm",
  simd: "mlw-simd.wasm"
});
function defaultWasmUrl(variant) {
  return require("url").pathToFileURL(require("path").join(__dirname, "wasm", VARIANT_FILES[variant])).href;
}
var currentScriptSrc = typeof document == "object" && document?.currentScript?.src ? document.currentScript.src : null;

// js/loader.js
var LoadFailure = class extends Error {
  constructor(step, detail) {
    super(`${step}: ${detail}`), this.name = "LoadFailure", this.reason = `${step}: ${detail}`;
  }
}, compiledModules = /* @__PURE__ */ new Map();
function clearModuleCache() {
  compiledModules.clear();
}
function wasmLocation(variant, wasmUrl) {
  if (wasmUrl == null) return defaultWasmUrl(variant);
  let text = String(wasmUrl);
  return text.endsWith(".wasm") ? text : text.endsWith("/") ? text + VARIANT_FILES[variant] : `${text}/${VARIANT_FILES[variant]}`;
}
function isFileLocation(location) {
  return location.startsWith("file:") || !/^[a-z][a-z0-9+.-]*:/i.test(location);
}
async function readWasmBytes(location) {
  if (isNode && isFileLocation(location)) {
    let fs = nodeBuiltin("fs"), { fileURLToPath } = nodeBuiltin("url"), file = location.startsWith("file:") ? fileURLToPath(location) : location;
    try {
      return await fs.promises.readFile(file);
    } catch (error) {
      throw new LoadFailure("wasm-file-missing", `${file} (${error.code ?? error.message})`);
    }
  }
  if (typeof fetch != "function") throw new LoadFailure("wasm-file-missing", `${location} (no fetch here)`);
  let response;
  try {
    response = await fetch(location, { credentials: "same-origin" });
  } catch (error) {
    throw new LoadFailure("wasm-file-missing", `${location} (${error.message})`);
  }
  if (!response.ok) throw new LoadFailure("wasm-file-missing", `${location} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
function compileWasm(location, { cache = !0 } = {}) {
  if (cache && compiledModules.has(location)) return compiledModules.get(location);
  let pending = (async () => {
    let bytes = await readWasmBytes(location);
    try {
      return await WebAssembly.compile(bytes);
    } catch (error) {
      throw new LoadFailure("module-load-failed", `compile: ${error.message}`);
    }
  })();
  return cache && (compiledModules.set(location, pending), pending.catch(() => compiledModules.delete(location))), pending;
}
async function instantiateWasm(compiled, { memoryPages, maxMemoryPages }) {
  let memory;
  try {
    memory = new WebAssembly.Memory({ initial: memoryPages, maximum: maxMemoryPages });
  } catch (error) {
    throw new LoadFailure("module-load-failed", `cannot reserve ${memoryPages} pages of memory: ${error.message}`);
  }
  let rejectInstantiation, instantiationFailed = new Promise((_, reject) => {
    rejectInstantiation = reject;
  }), created = mlw_glue_default({
    wasmMemory: memory,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    instantiateWasm(imports, receiveInstance) {
      return WebAssembly.instantiate(compiled, imports).then(
        (instance) => receiveInstance(instance, compiled),
        (error) => rejectInstantiation(new LoadFailure("module-load-failed", `instantiate: ${error.message}`))
      ), {};
    }
  });
  try {
    return { module: await Promise.race([created, instantiationFailed]), memory, maxBytes: maxMemoryPages * PAGE_BYTES };
  } catch (error) {
    throw error instanceof LoadFailure ? error : new LoadFailure("module-load-failed", `start-up: ${error?.message ?? error}`);
  }
}

// js/fallbacks/crypto_xor.js
function cryptoXor(data, key) {
  let n = data.length, out = new Uint8Array(n), keyLen = key.length;
  if (n === 0) return out;
  if (keyLen <= 64 && n >= 256) {
    let period = keyLen * 4, pattern = new Uint8Array(period);
    for (let i = 0; i < period; i++) pattern[i] = key[i % keyLen];
    let words = n >>> 2;
    out.set(data);
    let out32 = new Uint32Array(out.buffer, 0, words), pat32 = new Uint32Array(pattern.buffer), periodWords = keyLen, p = 0;
    for (let w = 0; w < words; w++)
      out32[w] ^= pat32[p], ++p === periodWords && (p = 0);
    for (let i = words * 4; i < n; i++) out[i] ^= pattern[i % period];
    return out;
  }
  let k = 0;
  for (let i = 0; i < n; i++)
    out[i] = data[i] ^ key[k], ++k === keyLen && (k = 0);
  return out;
}

// js/wasm/heap.js
var HeapScope = class {
  constructor(instance, operation) {
    this.instance = instance, this.operation = operation, this.pointers = [];
  }
  /** Allocate `bytes` (8-byte aligned); throws WasmMemoryError if the heap cannot grow. */
  alloc(bytes) {
    let ptr = this.instance.module._malloc(Math.max(bytes, 1));
    if (!ptr)
      throw new WasmMemoryError({
        operation: this.operation,
        neededBytes: bytes,
        limitBytes: this.instance.maxBytes
      });
    return this.pointers.push(ptr), ptr;
  }
  /** Copy a typed array into the heap; returns its address. */
  copyIn(array) {
    let ptr = this.alloc(array.byteLength);
    return new Uint8Array(this.instance.memory.buffer, ptr, array.byteLength).set(
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
    ), ptr;
  }
  /** A fresh view of `length` elements of type `Type` at `ptr` (valid until the next allocation). */
  view(Type, ptr, length) {
    return new Type(this.instance.memory.buffer, ptr, length);
  }
  /** A copy, owned by JS, of `length` elements of type `Type` at `ptr`. */
  copyOut(Type, ptr, length) {
    return new Type(this.instance.memory.buffer, ptr, length).slice();
  }
  free() {
    let { _free } = this.instance.module;
    for (let ptr of this.pointers) _free(ptr);
    this.pointers.length = 0;
  }
};
function withHeap(instance, operation, fn) {
  let scope = new HeapScope(instance, operation);
  try {
    return fn(scope, instance.module);
  } finally {
    scope.free();
  }
}

// js/wasm/crypto_xor.js
function cryptoXor2(instance, operation, data, key) {
  return withHeap(instance, operation, (heap, M) => {
    let dataPtr = heap.copyIn(data), keyPtr = heap.copyIn(key);
    return M.crypto_xor(dataPtr, data.length, keyPtr, key.length, dataPtr), heap.copyOut(Uint8Array, dataPtr, data.length);
  });
}

// js/validate.js
var utf8 = new TextEncoder();
function describe(value) {
  return value === null ? "null" : Array.isArray(value) ? "Array" : ArrayBuffer.isView(value) ? value.constructor.name : typeof value == "object" ? value.constructor?.name ?? "object" : typeof value == "number" && !Number.isFinite(value) ? String(value) : typeof value;
}
function fail(operation, argument, message) {
  throw new InvalidArgumentError(`'${argument}' ${message}`, { operation, argument });
}
function toBytes(operation, argument, value) {
  if (value instanceof Uint8Array) return value;
  if (typeof value == "string") return utf8.encode(value);
  if (value instanceof Uint8ClampedArray || value instanceof Int8Array)
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  fail(operation, argument, `must be a Uint8Array or a string, got ${describe(value)}`);
}
function arity(operation, args, min, max = min) {
  if (args.length < min || args.length > max) {
    let want = min === max ? `${min}` : `${min} to ${max}`;
    throw new InvalidArgumentError(`takes ${want} argument(s), got ${args.length}`, { operation });
  }
}

// js/registry/crypto.js
function xorRow(name) {
  return {
    name,
    signature: "(data: Uint8Array | string, key: Uint8Array | string) => Uint8Array",
    description: "XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt",
    complexity: "O(n)",
    validate(args) {
      arity(name, args, 2);
      let data = toBytes(name, "data", args[0]), key = toBytes(name, "key", args[1]);
      return key.length === 0 && fail(name, "key", "must not be empty"), { data, key };
    },
    size: ({ data }) => data.length,
    js: ({ data, key }) => cryptoXor(data, key),
    wasm: (instance, { data, key }) => cryptoXor2(instance, name, data, key)
  };
}
var crypto_default = [xorRow("crypto_xor_encrypt"), xorRow("crypto_xor_decrypt")];

// js/registry/data.js
var data_default = [];

// js/registry/image.js
var image_default = [];

// js/registry/json.js
var json_default = [];

// js/registry/matrix.js
var matrix_default = [];

// js/registry/numeric.js
var numeric_default = [];

// js/registry/science.js
var science_default = [];

// js/registry/search.js
var search_default = [];

// js/registry/string.js
var string_default = [];

// js/registry/index.js
var FAMILY_PREFIXES = ["numeric_", "matrix_", "string_", "crypto_", "data_", "json_", "search_", "image_", "science_"], rows = [...numeric_default, ...matrix_default, ...string_default, ...crypto_default, ...data_default, ...json_default, ...search_default, ...image_default, ...science_default], operations = new Map(rows.map((row) => [row.name, row])), shortNames = /* @__PURE__ */ new Map(), ambiguous = /* @__PURE__ */ new Set();
for (let row of rows) {
  let prefix = FAMILY_PREFIXES.find((p) => row.name.startsWith(p)), shorts = [...row.aliases ?? []];
  prefix && shorts.push(row.name.slice(prefix.length));
  for (let s of shorts)
    operations.has(s) || (shortNames.has(s) && shortNames.get(s) !== row ? ambiguous.add(s) : shortNames.set(s, row));
}
for (let s of ambiguous) shortNames.delete(s);
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
    let row = operations.get(name) ?? shortNames.get(name);
    if (row) return row;
  }
  let text = String(name), close = [...operations.keys(), ...shortNames.keys()].map((c) => [c, editDistance(text, c)]).filter(([c, dist]) => dist <= Math.max(2, Math.floor(c.length / 4)) || c.includes(text)).sort((a, b) => a[1] - b[1]).slice(0, 3).map(([c]) => operations.get(c)?.name ?? shortNames.get(c).name);
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
      wasm: typeof row.wasm == "function",
      jsOnly: typeof row.wasm != "function"
    };
  });
}

// thresholds.json
var thresholds_default = {
  $comment: "Per-operation size thresholds for AUTO, measured by `npm run calibrate` (bench/calibrate.mjs). Below wasmMinSize AUTO answers with JS because WASM's call overhead would not pay off. 'size' is the unit each registry row's size() returns. Read by js/ (routing) and by the C++ policy (threads). An operation missing here always runs on WASM under AUTO.",
  measured: null,
  operations: {}
};

// js/selector.js
var now = typeof performance == "object" ? () => performance.now() : () => Date.now(), VARIANTS = [
  { name: "simd", needs: (f, c) => f.mvp && c.simd && f.simd },
  { name: "baseline", needs: (f) => f.mvp }
].filter((v) => v.name in VARIANT_FILES), BackendSelector = class _BackendSelector {
  /** Create a selector and start loading; `await selector.ready` before relying on WASM. */
  constructor(config = {}) {
    let { config: resolved, sources } = resolveConfig(config);
    this.config = resolved, this.configSources = sources, this._instance = null, this._variant = null, this._reason = "loading", this._loadMs = null, this._features = null, this._stats = /* @__PURE__ */ new Map(), this._lastReport = null, this._peakBytes = 0, this._disposed = !1, this.ready = this._detect().then(() => this);
  }
  /** `new BackendSelector(config)` and wait until it is ready. */
  static async create(config) {
    return new _BackendSelector(config).ready;
  }
  /** 'wasm' when calls can run on WebAssembly, else 'js'. */
  get backend() {
    return this._instance ? BACKENDS.WASM : BACKENDS.JS;
  }
  /** True once a WASM instance is loaded and usable. */
  isWasmAvailable() {
    return this._instance !== null;
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
    let usable = VARIANTS.filter((v) => v.needs(features, this.config));
    if (usable.length === 0) {
      this._reason = `unsupported-platform: no build variant runs here (features: ${JSON.stringify(features)})`;
      return;
    }
    let variant = usable[0].name;
    try {
      let location = wasmLocation(variant, this.config.wasmUrl), compiled = await compileWasm(location, { cache: this.config.cache }), instance = await instantiateWasm(compiled, this.config);
      if (this._disposed) return;
      this._instance = instance, this._variant = variant, this._location = location, this._loadMs = now() - started, this._reason = `wasm: variant ${variant}`;
    } catch (error) {
      this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message ?? error}`;
    }
  }
  /** What was decided and why, the features seen, and heap use. */
  status() {
    let inst = this._instance, inUse = inst ? inst.module.heap_in_use() : 0;
    return this._peakBytes = Math.max(this._peakBytes, inUse), {
      backend: this.backend,
      requested: this.config.preferBackend,
      reason: this._reason,
      variant: this._variant,
      features: this._features ?? detectFeatures(),
      moduleLoaded: inst !== null,
      loadMs: this._loadMs,
      wasmUrl: this._location ?? null,
      engine: engineName(),
      memory: {
        bytes: inUse,
        peakBytes: this._peakBytes,
        heapBytes: inst ? inst.memory.buffer.byteLength : 0,
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
    return this._lastReport ? { ...this._lastReport } : null;
  }
  /** Decide where a validated call runs: [backend, reason]. */
  _route(row, input) {
    let requested = this.config.preferBackend;
    if (typeof row.wasm != "function") return [BACKENDS.JS, "js-only: the operation takes JS callbacks"];
    if (requested === BACKENDS.JS) return [BACKENDS.JS, "preferBackend: js"];
    if (!this._instance) {
      if (requested === BACKENDS.WASM) throw new WasmUnavailableError(this._reason);
      return [BACKENDS.JS, this._reason === "loading" ? "not-ready: WASM still loading" : `fallback: ${this._reason}`];
    }
    if (requested === BACKENDS.WASM) return [BACKENDS.WASM, "preferBackend: wasm"];
    let min = thresholds_default.operations[row.name]?.wasmMinSize;
    if (min !== void 0) {
      let size = row.size(input);
      return size < min ? [BACKENDS.JS, `below-threshold: size ${size} < ${min} (thresholds.json)`] : [BACKENDS.WASM, `auto: size ${size} >= ${min}`];
    }
    return [BACKENDS.WASM, "auto"];
  }
  /** Run an operation synchronously on the best backend; see lastCallReport(). */
  callFunction(name, ...args) {
    let row = resolveOperation(name), input = row.validate(args), [backend, reason] = this._route(row, input), started = now(), result;
    if (backend === BACKENDS.WASM)
      try {
        result = row.wasm(this._instance, input);
      } catch (error) {
        if (error instanceof MultilingualWasmError && error.name !== "WasmMemoryError" || this.config.preferBackend === BACKENDS.WASM) throw error;
        let what = error?.name === "WasmMemoryError" ? "wasm-memory" : "wasm-trap";
        what === "wasm-trap" && this._rebuildInstance(), backend = BACKENDS.JS, reason = `${what}: ${error?.message ?? error}; answered by JS`, result = row.js(input);
      }
    else
      result = row.js(input);
    let ms = now() - started;
    return this._record(row.name, backend, ms), this._instance && (this._peakBytes = Math.max(this._peakBytes, this._instance.module.heap_in_use())), this._lastReport = { operation: row.name, backend, reason, variant: backend === BACKENDS.WASM ? this._variant : null, ms }, result;
  }
  _rebuildInstance() {
    let broken = this._instance;
    this._instance = null, this._reason = "rebuilding: the previous instance trapped";
    let compiled = compileWasm(this._location, { cache: this.config.cache });
    this.ready = compiled.then((module2) => instantiateWasm(module2, this.config)).then((instance) => {
      this._disposed || (this._instance = instance, this._reason = `wasm: variant ${this._variant} (rebuilt after a trap)`);
    }).catch((error) => {
      this._reason = error instanceof LoadFailure ? error.reason : `module-load-failed: ${error?.message}`;
    }).then(() => this);
  }
  _record(name, backend, ms) {
    var _a;
    let entry = this._stats.get(name);
    entry || (entry = { calls: 0, totalMs: 0, byBackend: {} }, this._stats.set(name, entry)), entry.calls++, entry.totalMs += ms;
    let b = (_a = entry.byBackend)[backend] ?? (_a[backend] = { calls: 0, totalMs: 0 });
    b.calls++, b.totalMs += ms;
  }
  /** Calls, total and mean milliseconds per operation (or for one), split by backend. */
  performanceStats(name) {
    let view = (entry) => ({
      calls: entry.calls,
      totalMs: entry.totalMs,
      meanMs: entry.calls ? entry.totalMs / entry.calls : 0,
      byBackend: Object.fromEntries(
        Object.entries(entry.byBackend).map(([k, v]) => [k, { calls: v.calls, totalMs: v.totalMs, meanMs: v.totalMs / v.calls }])
      )
    });
    if (name !== void 0) {
      let row = resolveOperation(name), entry = this._stats.get(row.name);
      return entry ? view(entry) : { calls: 0, totalMs: 0, meanMs: 0, byBackend: {} };
    }
    return Object.fromEntries([...this._stats].map(([k, v]) => [k, view(v)]));
  }
  /** Clear performanceStats(). */
  resetStats() {
    this._stats.clear();
  }
  /**
   * Load the module and run each named operation (default: all with a WASM kernel) once
   * on a tiny input, so the first real call pays no start-up cost.
   */
  async warmUp(names) {
    await this.ready;
    let rows2 = (names ?? describeOperations().filter((op) => op.wasm).map((op) => op.name)).map(resolveOperation);
    for (let row of rows2)
      row.sample && this.callFunction(row.name, ...row.sample());
    return this;
  }
  /** Release the WASM instance (and any workers). The selector answers on JS afterwards. */
  dispose() {
    this._disposed = !0, this._instance = null, this._reason = "disposed";
  }
};

// js/index.js
var Backend = BACKENDS, version = "0.1.0", defaultSelector = null;
function getDefaultSelector() {
  return defaultSelector ?? (defaultSelector = new BackendSelector()), defaultSelector;
}
function ready() {
  return getDefaultSelector().ready;
}
function listOperations() {
  return describeOperations();
}
var camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
function familyHelpers(prefix) {
  let helpers = {};
  for (let op of describeOperations()) {
    if (!op.name.startsWith(prefix)) continue;
    let name = op.name;
    helpers[camel(name.slice(prefix.length))] = (...args) => getDefaultSelector().callFunction(name, ...args);
  }
  return Object.freeze(helpers);
}
var NumericOperations = familyHelpers("numeric_"), MatrixOperations = familyHelpers("matrix_"), StringOperations = familyHelpers("string_"), CryptoOperations = familyHelpers("crypto_"), DataOperations = familyHelpers("data_"), JsonOperations = familyHelpers("json_"), SearchOperations = familyHelpers("search_"), ImageOperations = familyHelpers("image_"), ScienceOperations = familyHelpers("science_");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Backend,
  BackendSelector,
  CryptoOperations,
  DEFAULT_CONFIG,
  DataOperations,
  ImageOperations,
  InvalidArgumentError,
  JsonOperations,
  JsonSyntaxError,
  MatrixOperations,
  MultilingualWasmError,
  NumericOperations,
  ScienceOperations,
  SearchOperations,
  StringOperations,
  TimeoutError,
  UnknownOperationError,
  WasmMemoryError,
  WasmUnavailableError,
  clearModuleCache,
  detectFeatures,
  getDefaultSelector,
  listOperations,
  loadProjectConfig,
  ready,
  validateConfig,
  version
});
