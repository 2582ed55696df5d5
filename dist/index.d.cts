// Types of the public API. The operation signatures below the marker are generated from
// the registry rows by scripts/gen-dts.mjs, so they cannot drift from the code.
// Self-contained: only ECMAScript's own globals (no DOM, no @types/node), so a project
// with `types: []` or `lib: ["es2020"]` type-checks against it.

/** A URL object (WHATWG URL in browsers and Node) or anything else with an href. */
export interface UrlLike { readonly href: string; toString(): string }

export type BackendName = 'auto' | 'js' | 'wasm';
export declare const Backend: { readonly AUTO: 'auto'; readonly JS: 'js'; readonly WASM: 'wasm' };
export type Variant = 'baseline' | 'simd' | 'simd-threads';

/** Options; every one may also come from package.json "multilingual": { "wasm": {…} } or multilingual.config.json. */
export interface BackendConfig {
  /** 'auto' (default) picks per call; 'js' never loads WASM; 'wasm' runs every call on WASM or throws WasmUnavailableError. */
  preferBackend?: BackendName;
  /** Use the SIMD build where the engine supports it (default true). */
  simd?: boolean;
  /** false, a thread count, or 'auto' (threads build; needs SharedArrayBuffer / cross-origin isolation). */
  threads?: false | number | 'auto';
  /** Reuse the compiled WebAssembly.Module across selectors (default true). */
  cache?: boolean;
  /**
   * Initial linear memory in 64 KiB pages, 64–65536 (default 64 = 4 MiB; grows on demand up to
   * maxMemoryPages). A size this engine will not reserve: status().reason names it, and
   * preferBackend 'wasm' calls throw an InvalidArgumentError with `.argument` 'memoryPages'.
   */
  memoryPages?: number;
  /**
   * Linear memory limit in 64 KiB pages, 64–65536 (default 32768 = 2 GiB). The threads build's
   * shared memory reserves it up front: a size this engine will not reserve is reported like
   * memoryPages's (`.argument` 'maxMemoryPages'; simd then serves).
   */
  maxMemoryPages?: number;
  /** Time limit for callAsync in ms; 0 = none (default). */
  timeoutMs?: number;
  /**
   * Folder holding the mlw-*.wasm files, or one .wasm file (default: next to the bundle).
   * One file loads only its own variant (told by its `mlw.variant` section, name or bytes).
   */
  wasmUrl?: string | UrlLike | null;
  /** Time the C++ kernels of each WASM call: lastCallReport().kernelMs (default false). */
  profileKernels?: boolean;
  /**
   * AUTO's thresholds over the set shipped for this engine, per operation and field (e.g.
   * what calibrate() returned, saved and passed back). Default null: the shipped set alone.
   */
  thresholds?: Thresholds | null;
  /**
   * false: the JS backend runs only the package's own JS, never the platform's native code
   * (node:crypto, String#includes, Buffer#indexOf, TypedArray#sort/indexOf, JSON.parse;
   * JSON.stringify stays). Same answers and errors, slower. AUTO's shipped thresholds were
   * measured with the natives: calibrate() measures this configuration's. Default true.
   */
  platformNatives?: boolean;
}

/** Per operation (canonical name with a WASM kernel, 'name:kind' for an input kind, 'name:batch' for a batch threshold): thresholds.json's `operations` shape. */
export type Thresholds = Record<string, OperationThresholds>;
export interface OperationThresholds {
  /** Below this size AUTO answers with JS (9007199254740991 = never WASM). */
  wasmMinSize?: number;
  /** From this size the call gets the instance's threads (-1 = never). */
  threadsMinSize?: number;
  /** At most this many threads (0 = no cap). */
  maxThreads?: number;
  /** A remark (thresholds.json's rows carry one); not read by the policy. */
  note?: string;
  /** Batch thresholds ('name:batch' keys) only: the mean item size from which their wasmMinSize (an item count) applies. */
  itemMinSize?: number;
  /** Batch thresholds ('name:batch' keys) only: the mean item size up to which their wasmMinSize applies (none: no upper bound). */
  itemMaxSize?: number;
}

export interface CalibrateOptions {
  /** Operations to calibrate (canonical names with a WASM kernel; default: all of them). */
  operations?: string[];
  /** Time for the measurements in ms (default 500; more measures more sizes). */
  budgetMs?: number;
}

/** What the last calibrate() measured (status().calibration). */
export interface Calibration {
  /** The engine it ran in: 'v8-15', 'spidermonkey-153', 'jsc', … */
  engine: string;
  variant: Variant | null;
  budgetMs: number;
  ms: number;
  columns: ['size', 'jsMs', 'wasmMs'];
  /** Per operation: [size, JS ms, WASM ms] per measured size. */
  points: Record<string, Array<[number, number, number]>>;
  /** Per operation, when the threshold is not a measured crossover (kept, budget reached, never). */
  notes: Record<string, string>;
  msByOperation: Record<string, number>;
}

export interface Features {
  webassembly: boolean;
  /** The engine validates a minimal module (what the baseline variant needs). */
  mvp: boolean;
  simd: boolean;
  threads: boolean;
  sharedArrayBuffer: boolean;
  crossOriginIsolated: boolean;
}

export interface SelectorStatus {
  backend: 'wasm' | 'js';
  requested: BackendName;
  /** The detection-flow step that decided: 'wasm: variant simd', 'no-webassembly', 'wasm-file-missing: …', 'unsupported-platform: …', 'module-load-failed: …', 'preferBackend: js (…)'. */
  reason: string;
  variant: Variant | null;
  features: Features;
  moduleLoaded: boolean;
  loadMs: number | null;
  /**
   * Threads: `requested` is the option; `granted` the threads kernels may use now;
   * `poolSize` the workers (granted - 1); `reason` why the threads build is not in use
   * (null when it is; 'loading: …' while simd serves and the simd-threads build boots its
   * workers in the background, see warmUp()).
   */
  threads: { requested: false | number | 'auto'; granted: number; poolSize: number; reason: string | null };
  wasmUrl: string | null;
  /** The runtime: 'Node.js 22.… (V8 …)', 'Deno 2.… (V8 …)', 'Bun 1.… (JavaScriptCore)', or a browser's user agent. */
  engine: string;
  /**
   * Which thresholds AUTO uses: the set shipped for this engine ('v8-11', 'v8-15',
   * 'spidermonkey-153', …), 'default (v8-11 measured in Node 20)' when none matches,
   * 'config (over …)' with the thresholds option, 'calibrated in … (over …)' after calibrate().
   */
  thresholds: string;
  /** What the last calibrate() measured, or null. */
  calibration: Calibration | null;
  /**
   * Heap use; `residentArrays` / `residentBytes`: this selector's live WasmArrays (allocate()).
   * With simd-threads serving, `bytes`, `peakBytes` and `heapBytes` add up its heap and that of
   * the simd instance kept for calls that run on one thread; `maxBytes` is each heap's limit.
   */
  memory: { bytes: number; peakBytes: number; heapBytes: number; maxBytes: number; residentArrays: number; residentBytes: number };
  config: Required<BackendConfig>;
}

export interface CallReport {
  operation: string;
  /** null when the call threw before a backend was chosen (validation, unknown name). */
  backend: 'wasm' | 'js' | null;
  reason: string;
  /**
   * The build that answered: with simd-threads serving, 'simd' for a call that ran on one
   * thread (the simd instance kept for those), 'simd-threads' for a threaded call or one on
   * its WasmArrays.
   */
  variant: Variant | null;
  /** The whole call: validation, copies, kernel, result. */
  ms: number;
  /** With profileKernels, on WASM calls: the time inside the C++ kernels alone (no copies, no validation). */
  kernelMs?: number;
  /** On JS answers that used the platform's own native code: which ('node:crypto', 'Buffer#indexOf', 'String#includes', 'JSON.parse', 'TypedArray#sort', …). */
  jsPath?: string;
  /** When the call threw: the error's class name and message (the report describes that call). */
  error?: { name: string; message: string };
  /** callBatch / callBatchAsync: the items, their total size (what AUTO compared with the threshold), how the batch crossed into WASM. */
  batch?: { count: number; totalSize: number; crossings: 'once' | 'per item' | 'none' };
  /** callAsync / callBatchAsync: answered in a worker. */
  worker?: boolean;
}

export type TypedArray = NumericTypedArray | BigInt64Array | BigUint64Array;
export type TypedArrayConstructor =
  | Int8ArrayConstructor | Uint8ArrayConstructor | Uint8ClampedArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor
  | Int32ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor
  | BigInt64ArrayConstructor | BigUint64ArrayConstructor;

/**
 * A typed array that lives in one selector's WebAssembly heap (selector.allocate). Pass it
 * wherever its typed array is accepted, and as `options.out` (XOR, image_blur): a call
 * whose inputs and output are WasmArrays copies nothing. Without WASM (JS backend, or
 * before `ready`) it is backed by an ordinary typed array. When the simd-threads build takes
 * over from simd, live arrays move into its heap with it. Using it after free(), with
 * another selector, after that selector's dispose() or a rebuild of its instance, or in
 * callAsync/callBatchAsync (workers do not share the heap) is an InvalidArgumentError.
 */
export declare class WasmArray<T extends TypedArray = TypedArray> {
  private constructor();
  /** A view of the elements, made afresh after memory growth: never a detached one. Throws InvalidArgumentError once freed. */
  readonly array: T;
  readonly length: number;
  /** The typed array constructor of the elements. */
  readonly type: TypedArrayConstructor;
  readonly byteLength: number;
  /** False once freed, or once its selector no longer uses the instance it lives in. */
  readonly live: boolean;
  /** True when it lives in a WebAssembly heap (false: an ordinary typed array). */
  readonly resident: boolean;
  /** Free the heap block now (idempotent). A FinalizationRegistry frees forgotten arrays too. */
  free(): void;
}

/** callBatch options (none yet: an unknown key is an InvalidArgumentError). */
export interface BatchOptions {}
/** callBatchAsync options: `timeoutMs` limits the whole batch (TimeoutError). */
export interface BatchAsyncOptions { timeoutMs?: number }

export interface BackendStats { calls: number; totalMs: number; meanMs: number }
export interface OperationStats extends BackendStats { byBackend: { js?: BackendStats; wasm?: BackendStats } }

export interface OperationInfo {
  name: string;
  family: string;
  aliases: string[];
  signature: string;
  description: string;
  complexity: string;
  /** How JS and WASM answers compare: 'identical', or the documented tolerance. */
  parity: string | null;
  /** The platform's native code the JS backend uses for it, if any ('node:crypto (OpenSSL) in Node, Deno and Bun; JS in browsers'). */
  platform: string | null;
  wasm: boolean;
  jsOnly: boolean;
}

export interface MatrixObject<T extends Float64Array | Float32Array = Float64Array> { rows: number; cols: number; data: T }
export type Matrix = number[][] | MatrixObject<Float64Array>;
export interface ImageLike { data: Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array>; width: number; height: number }
/** An image of the same pixel array type as `I` (a WasmArray's element type for a WasmArray). */
export interface ImageOf<I extends ImageLike> { data: I['data'] extends WasmArray<infer T> ? T : I['data']; width: number; height: number }
export type NumericTypedArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
/** The element type of an array or typed array. */
export type ElementOf<A> = A extends readonly (infer E)[] ? E : A extends BigInt64Array | BigUint64Array ? bigint : number;

export declare class BackendSelector {
  constructor(config?: BackendConfig);
  static create(config?: BackendConfig): Promise<BackendSelector>;
  /**
   * Resolves (never rejects) once the detection flow has decided. With threads, simd
   * serves from here on and simd-threads takes over once its workers are up (warmUp()).
   */
  ready: Promise<BackendSelector>;
  readonly config: Readonly<Required<BackendConfig>>;
  readonly backend: 'wasm' | 'js';
  isWasmAvailable(): boolean;
  status(): SelectorStatus;
  lastCallReport(): CallReport | null;
  listOperations(): OperationInfo[];
  // One overload per operation (generated below, in `interface BackendSelector`): the
  // result has the input's form. These last ones take a name known only at run time;
  // a known operation's name must match its own overload.
  callFunction<S extends string>(name: S & (S extends OperationName ? never : S), ...args: unknown[]): unknown;
  /** callFunction in a worker; `{ name, timeoutMs }` sets a time limit for this call (TimeoutError). */
  callAsync<S extends string>(name: (S & (S extends OperationName ? never : S)) | { name: S & (S extends OperationName ? never : S); timeoutMs?: number }, ...args: unknown[]): Promise<unknown>;
  performanceStats(): Record<string, OperationStats>;
  performanceStats(name: string): OperationStats;
  resetStats(): void;
  /** Start a new heap high-water mark (status().memory.peakBytes) from what is in use now. */
  resetPeakMemory(): void;
  /** Waits for ready and for the threads build to take over (if it loads), then runs each named operation once on a tiny input (default: every WASM operation; [] = none). */
  warmUp(names?: string[]): Promise<BackendSelector>;
  /**
   * Measure AUTO's crossovers in this engine on the serving instance within budgetMs,
   * apply them, and return them (save them and pass them back as the thresholds option).
   * Resolves to {} without a WASM instance.
   */
  calibrate(options?: CalibrateOptions): Promise<Thresholds>;
  dispose(): void;
  /**
   * `name` once per argument list, as one call: results identical to callFunction's (the
   * first failing item throws its error with `.index`). AUTO routes the whole batch by its
   * total size; crypto_sha256, numeric_fibonacci and matrix_multiply cross into WASM once
   * per batch (one arena, one C++ loop), other WASM operations once per item, JS-only ones
   * loop in JS. lastCallReport().batch describes it. Typed per operation below.
   */
  callBatch<S extends string>(name: S & (S extends OperationName ? never : S), argsList: ReadonlyArray<readonly unknown[]>, options?: BatchOptions): unknown[];
  /** callBatch in a worker; `options.timeoutMs` limits the whole batch. WasmArrays cannot be sent. */
  callBatchAsync<S extends string>(name: S & (S extends OperationName ? never : S), argsList: ReadonlyArray<readonly unknown[]>, options?: BatchAsyncOptions): Promise<unknown[]>;
  /** A zeroed WasmArray of `length` elements of `Type` in this selector's heap (an ordinary typed array without WASM). */
  allocate<C extends TypedArrayConstructor>(Type: C, length: number): WasmArray<InstanceType<C>>;
}

export declare class MultilingualWasmError extends Error {}
export declare class InvalidArgumentError extends MultilingualWasmError { operation?: string; argument?: string }
export declare class UnknownOperationError extends MultilingualWasmError { operation: string; suggestions: string[] }
export declare class WasmMemoryError extends MultilingualWasmError {
  operation: string;
  /** The shortfall: how much more heap the limit must allow (whole 64 KiB pages). */
  neededBytes: number;
  /** The size of the allocation that failed. */
  allocationBytes: number;
  limitBytes: number;
  option: string;
}
export declare class TimeoutError extends MultilingualWasmError { operation: string; timeoutMs: number }
export declare class JsonSyntaxError extends MultilingualWasmError { position: number }
export declare class WasmUnavailableError extends MultilingualWasmError { reason: string }

export declare const version: string;
export declare const DEFAULT_CONFIG: Readonly<Required<BackendConfig>>;
export declare function detectFeatures(): Features;
export declare function validateConfig(config: BackendConfig, source?: string): BackendConfig;
export declare function loadProjectConfig(options?: { cwd?: string; reload?: boolean }): { path: string; config: BackendConfig } | null;
export declare function clearModuleCache(): void;
export declare function getDefaultSelector(): BackendSelector;
export declare function ready(): Promise<BackendSelector>;
export declare function listOperations(): OperationInfo[];

export interface TimingStats { medianMs: number; meanMs: number; minMs: number; maxMs: number }
export interface BenchmarkResult {
  name: string;
  runs: number;
  /** Medians over `runs` interleaved calls, after one warm-up call each. */
  jsMs: number;
  wasmMs: number | null;
  speedup: number | null;
  variant: Variant | null;
  js: TimingStats;
  wasm: TimingStats | null;
  /** Why WASM was not timed (module not loaded, or no WASM kernel for the operation). */
  wasmUnavailable?: string;
}
/** The guide's built-in benchmark: prints "name: / JS: x ms / WASM: y ms / Speedup: z×" and returns the numbers. */
export declare function benchmark(
  name: string,
  args?: unknown[],
  options?: { runs?: number; print?: boolean | ((line: string) => void); config?: BackendConfig },
): Promise<BenchmarkResult>;

// ---- generated below ----
export interface OperationMap {
  /** exact F(n), F(0) = 0, n <= 20000; a Number up to n = 78, a BigInt beyond (O(M(n) log n) by fast doubling; WASM + JS) */
  numeric_fibonacci: (n: number) => number | bigint;
  fibonacci: (n: number) => number | bigint;
  /** F(n) by naive double recursion, n <= 40: the call-heavy benchmark workload (O(phi^n); WASM + JS) */
  numeric_fibonacci_recursive: (n: number) => number;
  fibonacci_recursive: (n: number) => number;
  /** exact n!, n <= 5000; a Number up to n = 18, a BigInt beyond (O(n^2) limb operations; WASM + JS) */
  numeric_factorial: (n: number) => number | bigint;
  factorial: (n: number) => number | bigint;
  /** prime factors ascending with multiplicity; n >= 1 (1 -> []), a safe Number or a BigInt below 2^64 (O(n^(1/4)) expected (Pollard-Brent rho, Miller-Rabin); WASM + JS) */
  numeric_prime_factors: (n: number | bigint) => number[] | bigint[];
  prime_factors: (n: number | bigint) => number[] | bigint[];
  /** greatest common divisor, >= 0; gcd(0, 0) = 0 (O(log min(a, b)); WASM + JS) */
  numeric_gcd: (a: number | bigint, b: number | bigint) => number | bigint;
  gcd: (a: number | bigint, b: number | bigint) => number | bigint;
  /** least common multiple, >= 0; 0 if either is 0; Numbers beyond 2^53 - 1 come back as a BigInt (O(log min(a, b)); WASM + JS) */
  numeric_lcm: (a: number | bigint, b: number | bigint) => number | bigint;
  lcm: (a: number | bigint, b: number | bigint) => number | bigint;
  /** Matrix product a·b (m×k · k×n), f64 or f32; each entry summed in ascending k from +0 (identical on both backends); result in the form of a (O(m·k·n); WASM + JS) */
  matrix_multiply: <A extends Matrix | MatrixObject<Float32Array>>(a: A, b: A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : Matrix) => A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>;
  multiply: <A extends Matrix | MatrixObject<Float32Array>>(a: A, b: A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : Matrix) => A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>;
  /** Transpose (rows become columns), f64 or f32; result in the form of a (O(rows·cols); WASM + JS) */
  matrix_transpose: <A extends Matrix | MatrixObject<Float32Array>>(a: A) => A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>;
  transpose: <A extends Matrix | MatrixObject<Float32Array>>(a: A) => A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>;
  /** Determinant by LU with partial pivoting in double (first row with the largest |value| pivots; an exactly zero pivot gives 0); identical on both backends (O(n³); WASM + JS) */
  matrix_determinant: (a: Matrix | MatrixObject<Float32Array>) => number;
  determinant: (a: Matrix | MatrixObject<Float32Array>) => number;
  /** reversed by code point (surrogate pairs kept together, lone surrogates kept) (O(n); WASM + JS) */
  string_reverse: (s: string) => string;
  reverse: (s: string) => string;
  /** equal to its code-point reversal; exact (no case folding, nothing skipped) (O(n); WASM + JS) */
  string_is_palindrome: (s: string) => boolean;
  is_palindrome: (s: string) => boolean;
  /** code point -> count, as a Map in order of first occurrence (a plain object would reorder digit keys) (O(n); WASM + JS) */
  string_frequency: (s: string) => Map<string, number>;
  frequency: (s: string) => Map<string, number>;
  /** length in code points of the longest run of s made only of code points in chars (O(n + m); WASM + JS) */
  string_longest_substring: (s: string, chars: string) => number;
  longest_substring: (s: string, chars: string) => number;
  /** XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt; options.out: write into this array (may be data itself) and return it (O(n); WASM + JS) */
  crypto_xor_encrypt: <O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(data: Uint8Array | WasmArray<Uint8Array> | string, key: Uint8Array | WasmArray<Uint8Array> | string, options?: { out?: O }) => O;
  xor_encrypt: <O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(data: Uint8Array | WasmArray<Uint8Array> | string, key: Uint8Array | WasmArray<Uint8Array> | string, options?: { out?: O }) => O;
  /** XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt; options.out: write into this array (may be data itself) and return it (O(n); WASM + JS) */
  crypto_xor_decrypt: <O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(data: Uint8Array | WasmArray<Uint8Array> | string, key: Uint8Array | WasmArray<Uint8Array> | string, options?: { out?: O }) => O;
  xor_decrypt: <O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(data: Uint8Array | WasmArray<Uint8Array> | string, key: Uint8Array | WasmArray<Uint8Array> | string, options?: { out?: O }) => O;
  /** FNV-1a 32-bit of the bytes (UTF-8 for strings), unsigned; NOT cryptographic (O(n); WASM + JS) */
  crypto_hash: (data: Uint8Array | WasmArray<Uint8Array> | string) => number;
  hash: (data: Uint8Array | WasmArray<Uint8Array> | string) => number;
  /** SHA-256 of the bytes (UTF-8 for strings) as lowercase hex (O(n); WASM + JS) */
  crypto_sha256: (data: Uint8Array | WasmArray<Uint8Array> | string) => string;
  sha256: (data: Uint8Array | WasmArray<Uint8Array> | string) => string;
  /** A new sorted array of the same type (input untouched): numeric order of TypedArray.prototype.sort (-0 before +0, NaN last) for typed arrays and number[]; UTF-16 code-unit order for string[] (O(n·w) radix (w = element bytes) for numbers; O(n log n · L) for strings; WASM + JS) */
  data_sort: <T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(array: T) => T;
  sort: <T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(array: T) => T;
  /** Elements for which predicate is truthy (JS-only: takes a JS callback) (O(n); JS only) */
  data_filter: <T extends unknown[] | NumericTypedArray>(array: T, predicate: (value: ElementOf<T>, index: number, array: T) => unknown) => T;
  filter: <T extends unknown[] | NumericTypedArray>(array: T, predicate: (value: ElementOf<T>, index: number, array: T) => unknown) => T;
  /** fn applied to every element; a typed array maps to the same type (JS-only: takes a JS callback) (O(n); JS only) */
  data_map: <A extends readonly unknown[] | NumericTypedArray, U = ElementOf<A>>(array: A, fn: (value: ElementOf<A>, index: number) => U) => A extends readonly unknown[] ? U[] : A;
  map: <A extends readonly unknown[] | NumericTypedArray, U = ElementOf<A>>(array: A, fn: (value: ElementOf<A>, index: number) => U) => A extends readonly unknown[] ? U[] : A;
  /** Left fold; without initial the first element starts it, and an empty array is an error (JS-only: takes a JS callback) (O(n); JS only) */
  data_reduce: <A extends readonly unknown[] | NumericTypedArray, R = ElementOf<A>>(array: A, fn: (acc: R, value: ElementOf<A>, index: number) => R, initial?: R) => R;
  reduce: <A extends readonly unknown[] | NumericTypedArray, R = ElementOf<A>>(array: A, fn: (acc: R, value: ElementOf<A>, index: number) => R, initial?: R) => R;
  /** Plain object of arrays keyed by String(record[key]) or String(key(record, i)); keys in order of first occurrence (integer-like keys follow JS property order) (JS-only: takes a JS callback) (O(n); JS only) */
  data_group_by: <R>(records: R[], key: string | ((record: R, index: number) => PropertyKey)) => Record<string, R[]>;
  group_by: <R>(records: R[], key: string | ((record: R, index: number) => PropertyKey)) => Record<string, R[]>;
  /** JSON text -> the value JSON.parse gives (key order, duplicates, __proto__, surrogates, rounding); JsonSyntaxError with the position otherwise (O(n), any nesting depth; WASM + JS) */
  json_parse: (text: string) => unknown;
  parse_json: (text: string) => unknown;
  parse: (text: string) => unknown;
  /** true if the text is JSON (RFC 8259), else JsonSyntaxError with the position; builds no value (O(n), O(depth) memory; WASM + JS) */
  json_validate: (text: string) => true;
  validate: (text: string) => true;
  /** the numbers of every object member named `field`, at any depth, in document order (duplicate members included); a member of that name holding a non-number is an InvalidArgumentError naming its position (O(n), O(depth) memory; WASM + JS) */
  json_extract_numbers: (text: string, field: string) => Float64Array;
  extract_numbers: (text: string, field: string) => Float64Array;
  /** the string JSON.stringify gives (toJSON, skipped members, escapes, number formatting); a cycle or a BigInt is an InvalidArgumentError; any depth (O(size of the value); WASM + JS) */
  json_stringify: (value: unknown) => string | undefined;
  stringify_json: (value: unknown) => string | undefined;
  stringify: (value: unknown) => string | undefined;
  /** Index of target in an ascending array, the first one among duplicates (lower bound), else -1; NaN is never found; -0 equals +0. Unsorted input: unspecified index or -1 (never an index holding another value), the same on both backends (O(log n) on typed arrays (plain Arrays are checked at O(n); the WASM path copies the array: O(n)); WASM + JS) */
  search_binary: (array: number[] | Int8Array | WasmArray<Int8Array> | Uint8Array | WasmArray<Uint8Array> | Uint8ClampedArray | WasmArray<Uint8ClampedArray> | Int16Array | WasmArray<Int16Array> | Uint16Array | WasmArray<Uint16Array> | Int32Array | WasmArray<Int32Array> | Uint32Array | WasmArray<Uint32Array> | Float32Array | WasmArray<Float32Array> | Float64Array | WasmArray<Float64Array>, target: number) => number;
  binary: (array: number[] | Int8Array | WasmArray<Int8Array> | Uint8Array | WasmArray<Uint8Array> | Uint8ClampedArray | WasmArray<Uint8ClampedArray> | Int16Array | WasmArray<Int16Array> | Uint16Array | WasmArray<Uint16Array> | Int32Array | WasmArray<Int32Array> | Uint32Array | WasmArray<Uint32Array> | Float32Array | WasmArray<Float32Array> | Float64Array | WasmArray<Float64Array>, target: number) => number;
  /** First index i with array[i] === target, else -1 (as indexOf: NaN is never found, -0 equals +0) (O(n); WASM + JS) */
  search_linear: (array: number[] | Int8Array | WasmArray<Int8Array> | Uint8Array | WasmArray<Uint8Array> | Uint8ClampedArray | WasmArray<Uint8ClampedArray> | Int16Array | WasmArray<Int16Array> | Uint16Array | WasmArray<Uint16Array> | Int32Array | WasmArray<Int32Array> | Uint32Array | WasmArray<Uint32Array> | Float32Array | WasmArray<Float32Array> | Float64Array | WasmArray<Float64Array>, target: number) => number;
  linear: (array: number[] | Int8Array | WasmArray<Int8Array> | Uint8Array | WasmArray<Uint8Array> | Uint8ClampedArray | WasmArray<Uint8ClampedArray> | Int16Array | WasmArray<Int16Array> | Uint16Array | WasmArray<Uint16Array> | Int32Array | WasmArray<Int32Array> | Uint32Array | WasmArray<Uint32Array> | Float32Array | WasmArray<Float32Array> | Float64Array | WasmArray<Float64Array>, target: number) => number;
  /** Whether pattern occurs in text: two strings compare as text.includes(pattern) (UTF-16 code units); otherwise both are taken as bytes (strings as UTF-8). An empty pattern is always found (O(n/m) typical, O(n·m) worst (Horspool; SIMD first/last-byte filter in the simd build); WASM + JS) */
  search_contains: (text: string | Uint8Array | WasmArray<Uint8Array>, pattern: string | Uint8Array | WasmArray<Uint8Array>) => boolean;
  contains: (text: string | Uint8Array | WasmArray<Uint8Array>, pattern: string | Uint8Array | WasmArray<Uint8Array>) => boolean;
  /** separable blur of RGBA pixels (all four channels), edges clamped; radius 0..1000; box or gaussian (sigma = radius/2); options.out: write the pixels into this array (not overlapping the input) and return {data: out, width, height} (O(w·h) box, O(w·h·r) gaussian; WASM + JS) */
  image_blur: <I extends ImageLike, O extends Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array> = never>(image: I, radius: number, options?: { kind?: 'box' | 'gaussian'; out?: O }) => [O] extends [never] ? ImageOf<I> : { data: O; width: number; height: number };
  blur: <I extends ImageLike, O extends Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array> = never>(image: I, radius: number, options?: { kind?: 'box' | 'gaussian'; out?: O }) => [O] extends [never] ? ImageOf<I> : { data: O; width: number; height: number };
  /** RGBA -> RGBA with R = G = B = (77 R + 150 G + 29 B + 128) >> 8 (BT.601 luma), alpha kept (O(w·h); WASM + JS) */
  image_grayscale: <I extends ImageLike>(image: I) => ImageOf<I>;
  grayscale: <I extends ImageLike>(image: I) => ImageOf<I>;
  /** 4·hits/samples; xoshiro128** per block of 65536 samples, seeded from (seed, block); seed defaults to 42 (O(samples); WASM + JS) */
  science_monte_carlo_pi: (samples: number, seed?: number) => number;
  monte_carlo_pi: (samples: number, seed?: number) => number;
  /** composite Simpson's rule with n (even) intervals over an expression in x: numbers, + - * / ^, unary minus, parentheses, sin cos tan exp log sqrt abs, pi, e (O(n · length(expr)); WASM + JS) */
  science_integrate: (expr: string, a: number, b: number, n: number) => number;
  integrate: (expr: string, a: number, b: number, n: number) => number;
}
export type OperationName = keyof OperationMap;

export interface BackendSelector {
  callFunction(name: 'numeric_fibonacci', n: number): number | bigint;
  callAsync(name: 'numeric_fibonacci' | { name: 'numeric_fibonacci'; timeoutMs?: number }, n: number): Promise<number | bigint>;
  callBatch(name: 'numeric_fibonacci', argsList: ReadonlyArray<Parameters<OperationMap['numeric_fibonacci']>>, options?: BatchOptions): Array<number | bigint>;
  callBatchAsync(name: 'numeric_fibonacci', argsList: ReadonlyArray<Parameters<OperationMap['numeric_fibonacci']>>, options?: BatchAsyncOptions): Promise<Array<number | bigint>>;
  callFunction(name: 'fibonacci', n: number): number | bigint;
  callAsync(name: 'fibonacci' | { name: 'fibonacci'; timeoutMs?: number }, n: number): Promise<number | bigint>;
  callBatch(name: 'fibonacci', argsList: ReadonlyArray<Parameters<OperationMap['fibonacci']>>, options?: BatchOptions): Array<number | bigint>;
  callBatchAsync(name: 'fibonacci', argsList: ReadonlyArray<Parameters<OperationMap['fibonacci']>>, options?: BatchAsyncOptions): Promise<Array<number | bigint>>;
  callFunction(name: 'numeric_fibonacci_recursive', n: number): number;
  callAsync(name: 'numeric_fibonacci_recursive' | { name: 'numeric_fibonacci_recursive'; timeoutMs?: number }, n: number): Promise<number>;
  callBatch(name: 'numeric_fibonacci_recursive', argsList: ReadonlyArray<Parameters<OperationMap['numeric_fibonacci_recursive']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'numeric_fibonacci_recursive', argsList: ReadonlyArray<Parameters<OperationMap['numeric_fibonacci_recursive']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'fibonacci_recursive', n: number): number;
  callAsync(name: 'fibonacci_recursive' | { name: 'fibonacci_recursive'; timeoutMs?: number }, n: number): Promise<number>;
  callBatch(name: 'fibonacci_recursive', argsList: ReadonlyArray<Parameters<OperationMap['fibonacci_recursive']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'fibonacci_recursive', argsList: ReadonlyArray<Parameters<OperationMap['fibonacci_recursive']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'numeric_factorial', n: number): number | bigint;
  callAsync(name: 'numeric_factorial' | { name: 'numeric_factorial'; timeoutMs?: number }, n: number): Promise<number | bigint>;
  callBatch(name: 'numeric_factorial', argsList: ReadonlyArray<Parameters<OperationMap['numeric_factorial']>>, options?: BatchOptions): Array<number | bigint>;
  callBatchAsync(name: 'numeric_factorial', argsList: ReadonlyArray<Parameters<OperationMap['numeric_factorial']>>, options?: BatchAsyncOptions): Promise<Array<number | bigint>>;
  callFunction(name: 'factorial', n: number): number | bigint;
  callAsync(name: 'factorial' | { name: 'factorial'; timeoutMs?: number }, n: number): Promise<number | bigint>;
  callBatch(name: 'factorial', argsList: ReadonlyArray<Parameters<OperationMap['factorial']>>, options?: BatchOptions): Array<number | bigint>;
  callBatchAsync(name: 'factorial', argsList: ReadonlyArray<Parameters<OperationMap['factorial']>>, options?: BatchAsyncOptions): Promise<Array<number | bigint>>;
  callFunction(name: 'numeric_prime_factors', n: number | bigint): number[] | bigint[];
  callAsync(name: 'numeric_prime_factors' | { name: 'numeric_prime_factors'; timeoutMs?: number }, n: number | bigint): Promise<number[] | bigint[]>;
  callBatch(name: 'numeric_prime_factors', argsList: ReadonlyArray<Parameters<OperationMap['numeric_prime_factors']>>, options?: BatchOptions): Array<number[] | bigint[]>;
  callBatchAsync(name: 'numeric_prime_factors', argsList: ReadonlyArray<Parameters<OperationMap['numeric_prime_factors']>>, options?: BatchAsyncOptions): Promise<Array<number[] | bigint[]>>;
  callFunction(name: 'prime_factors', n: number | bigint): number[] | bigint[];
  callAsync(name: 'prime_factors' | { name: 'prime_factors'; timeoutMs?: number }, n: number | bigint): Promise<number[] | bigint[]>;
  callBatch(name: 'prime_factors', argsList: ReadonlyArray<Parameters<OperationMap['prime_factors']>>, options?: BatchOptions): Array<number[] | bigint[]>;
  callBatchAsync(name: 'prime_factors', argsList: ReadonlyArray<Parameters<OperationMap['prime_factors']>>, options?: BatchAsyncOptions): Promise<Array<number[] | bigint[]>>;
  callFunction(name: 'numeric_gcd', a: number | bigint, b: number | bigint): number | bigint;
  callAsync(name: 'numeric_gcd' | { name: 'numeric_gcd'; timeoutMs?: number }, a: number | bigint, b: number | bigint): Promise<number | bigint>;
  callBatch(name: 'numeric_gcd', argsList: ReadonlyArray<Parameters<OperationMap['numeric_gcd']>>, options?: BatchOptions): Array<number | bigint>;
  callBatchAsync(name: 'numeric_gcd', argsList: ReadonlyArray<Parameters<OperationMap['numeric_gcd']>>, options?: BatchAsyncOptions): Promise<Array<number | bigint>>;
  callFunction(name: 'gcd', a: number | bigint, b: number | bigint): number | bigint;
  callAsync(name: 'gcd' | { name: 'gcd'; timeoutMs?: number }, a: number | bigint, b: number | bigint): Promise<number | bigint>;
  callBatch(name: 'gcd', argsList: ReadonlyArray<Parameters<OperationMap['gcd']>>, options?: BatchOptions): Array<number | bigint>;
  callBatchAsync(name: 'gcd', argsList: ReadonlyArray<Parameters<OperationMap['gcd']>>, options?: BatchAsyncOptions): Promise<Array<number | bigint>>;
  callFunction(name: 'numeric_lcm', a: number | bigint, b: number | bigint): number | bigint;
  callAsync(name: 'numeric_lcm' | { name: 'numeric_lcm'; timeoutMs?: number }, a: number | bigint, b: number | bigint): Promise<number | bigint>;
  callBatch(name: 'numeric_lcm', argsList: ReadonlyArray<Parameters<OperationMap['numeric_lcm']>>, options?: BatchOptions): Array<number | bigint>;
  callBatchAsync(name: 'numeric_lcm', argsList: ReadonlyArray<Parameters<OperationMap['numeric_lcm']>>, options?: BatchAsyncOptions): Promise<Array<number | bigint>>;
  callFunction(name: 'lcm', a: number | bigint, b: number | bigint): number | bigint;
  callAsync(name: 'lcm' | { name: 'lcm'; timeoutMs?: number }, a: number | bigint, b: number | bigint): Promise<number | bigint>;
  callBatch(name: 'lcm', argsList: ReadonlyArray<Parameters<OperationMap['lcm']>>, options?: BatchOptions): Array<number | bigint>;
  callBatchAsync(name: 'lcm', argsList: ReadonlyArray<Parameters<OperationMap['lcm']>>, options?: BatchAsyncOptions): Promise<Array<number | bigint>>;
  callFunction<A extends Matrix | MatrixObject<Float32Array>>(name: 'matrix_multiply', a: A, b: A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : Matrix): A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>;
  callAsync<A extends Matrix | MatrixObject<Float32Array>>(name: 'matrix_multiply' | { name: 'matrix_multiply'; timeoutMs?: number }, a: A, b: A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : Matrix): Promise<A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>>;
  callBatch(name: 'matrix_multiply', argsList: ReadonlyArray<Parameters<OperationMap['matrix_multiply']>>, options?: BatchOptions): Array<ReturnType<OperationMap['matrix_multiply']>>;
  callBatchAsync(name: 'matrix_multiply', argsList: ReadonlyArray<Parameters<OperationMap['matrix_multiply']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['matrix_multiply']>>>;
  callFunction<A extends Matrix | MatrixObject<Float32Array>>(name: 'multiply', a: A, b: A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : Matrix): A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>;
  callAsync<A extends Matrix | MatrixObject<Float32Array>>(name: 'multiply' | { name: 'multiply'; timeoutMs?: number }, a: A, b: A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : Matrix): Promise<A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>>;
  callBatch(name: 'multiply', argsList: ReadonlyArray<Parameters<OperationMap['multiply']>>, options?: BatchOptions): Array<ReturnType<OperationMap['multiply']>>;
  callBatchAsync(name: 'multiply', argsList: ReadonlyArray<Parameters<OperationMap['multiply']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['multiply']>>>;
  callFunction<A extends Matrix | MatrixObject<Float32Array>>(name: 'matrix_transpose', a: A): A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>;
  callAsync<A extends Matrix | MatrixObject<Float32Array>>(name: 'matrix_transpose' | { name: 'matrix_transpose'; timeoutMs?: number }, a: A): Promise<A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>>;
  callBatch(name: 'matrix_transpose', argsList: ReadonlyArray<Parameters<OperationMap['matrix_transpose']>>, options?: BatchOptions): Array<ReturnType<OperationMap['matrix_transpose']>>;
  callBatchAsync(name: 'matrix_transpose', argsList: ReadonlyArray<Parameters<OperationMap['matrix_transpose']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['matrix_transpose']>>>;
  callFunction<A extends Matrix | MatrixObject<Float32Array>>(name: 'transpose', a: A): A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>;
  callAsync<A extends Matrix | MatrixObject<Float32Array>>(name: 'transpose' | { name: 'transpose'; timeoutMs?: number }, a: A): Promise<A extends number[][] ? number[][] : A extends MatrixObject<Float32Array> ? MatrixObject<Float32Array> : MatrixObject<Float64Array>>;
  callBatch(name: 'transpose', argsList: ReadonlyArray<Parameters<OperationMap['transpose']>>, options?: BatchOptions): Array<ReturnType<OperationMap['transpose']>>;
  callBatchAsync(name: 'transpose', argsList: ReadonlyArray<Parameters<OperationMap['transpose']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['transpose']>>>;
  callFunction(name: 'matrix_determinant', a: Matrix | MatrixObject<Float32Array>): number;
  callAsync(name: 'matrix_determinant' | { name: 'matrix_determinant'; timeoutMs?: number }, a: Matrix | MatrixObject<Float32Array>): Promise<number>;
  callBatch(name: 'matrix_determinant', argsList: ReadonlyArray<Parameters<OperationMap['matrix_determinant']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'matrix_determinant', argsList: ReadonlyArray<Parameters<OperationMap['matrix_determinant']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'determinant', a: Matrix | MatrixObject<Float32Array>): number;
  callAsync(name: 'determinant' | { name: 'determinant'; timeoutMs?: number }, a: Matrix | MatrixObject<Float32Array>): Promise<number>;
  callBatch(name: 'determinant', argsList: ReadonlyArray<Parameters<OperationMap['determinant']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'determinant', argsList: ReadonlyArray<Parameters<OperationMap['determinant']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'string_reverse', s: string): string;
  callAsync(name: 'string_reverse' | { name: 'string_reverse'; timeoutMs?: number }, s: string): Promise<string>;
  callBatch(name: 'string_reverse', argsList: ReadonlyArray<Parameters<OperationMap['string_reverse']>>, options?: BatchOptions): Array<string>;
  callBatchAsync(name: 'string_reverse', argsList: ReadonlyArray<Parameters<OperationMap['string_reverse']>>, options?: BatchAsyncOptions): Promise<Array<string>>;
  callFunction(name: 'reverse', s: string): string;
  callAsync(name: 'reverse' | { name: 'reverse'; timeoutMs?: number }, s: string): Promise<string>;
  callBatch(name: 'reverse', argsList: ReadonlyArray<Parameters<OperationMap['reverse']>>, options?: BatchOptions): Array<string>;
  callBatchAsync(name: 'reverse', argsList: ReadonlyArray<Parameters<OperationMap['reverse']>>, options?: BatchAsyncOptions): Promise<Array<string>>;
  callFunction(name: 'string_is_palindrome', s: string): boolean;
  callAsync(name: 'string_is_palindrome' | { name: 'string_is_palindrome'; timeoutMs?: number }, s: string): Promise<boolean>;
  callBatch(name: 'string_is_palindrome', argsList: ReadonlyArray<Parameters<OperationMap['string_is_palindrome']>>, options?: BatchOptions): Array<boolean>;
  callBatchAsync(name: 'string_is_palindrome', argsList: ReadonlyArray<Parameters<OperationMap['string_is_palindrome']>>, options?: BatchAsyncOptions): Promise<Array<boolean>>;
  callFunction(name: 'is_palindrome', s: string): boolean;
  callAsync(name: 'is_palindrome' | { name: 'is_palindrome'; timeoutMs?: number }, s: string): Promise<boolean>;
  callBatch(name: 'is_palindrome', argsList: ReadonlyArray<Parameters<OperationMap['is_palindrome']>>, options?: BatchOptions): Array<boolean>;
  callBatchAsync(name: 'is_palindrome', argsList: ReadonlyArray<Parameters<OperationMap['is_palindrome']>>, options?: BatchAsyncOptions): Promise<Array<boolean>>;
  callFunction(name: 'string_frequency', s: string): Map<string, number>;
  callAsync(name: 'string_frequency' | { name: 'string_frequency'; timeoutMs?: number }, s: string): Promise<Map<string, number>>;
  callBatch(name: 'string_frequency', argsList: ReadonlyArray<Parameters<OperationMap['string_frequency']>>, options?: BatchOptions): Array<Map<string, number>>;
  callBatchAsync(name: 'string_frequency', argsList: ReadonlyArray<Parameters<OperationMap['string_frequency']>>, options?: BatchAsyncOptions): Promise<Array<Map<string, number>>>;
  callFunction(name: 'frequency', s: string): Map<string, number>;
  callAsync(name: 'frequency' | { name: 'frequency'; timeoutMs?: number }, s: string): Promise<Map<string, number>>;
  callBatch(name: 'frequency', argsList: ReadonlyArray<Parameters<OperationMap['frequency']>>, options?: BatchOptions): Array<Map<string, number>>;
  callBatchAsync(name: 'frequency', argsList: ReadonlyArray<Parameters<OperationMap['frequency']>>, options?: BatchAsyncOptions): Promise<Array<Map<string, number>>>;
  callFunction(name: 'string_longest_substring', s: string, chars: string): number;
  callAsync(name: 'string_longest_substring' | { name: 'string_longest_substring'; timeoutMs?: number }, s: string, chars: string): Promise<number>;
  callBatch(name: 'string_longest_substring', argsList: ReadonlyArray<Parameters<OperationMap['string_longest_substring']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'string_longest_substring', argsList: ReadonlyArray<Parameters<OperationMap['string_longest_substring']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'longest_substring', s: string, chars: string): number;
  callAsync(name: 'longest_substring' | { name: 'longest_substring'; timeoutMs?: number }, s: string, chars: string): Promise<number>;
  callBatch(name: 'longest_substring', argsList: ReadonlyArray<Parameters<OperationMap['longest_substring']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'longest_substring', argsList: ReadonlyArray<Parameters<OperationMap['longest_substring']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(name: 'crypto_xor_encrypt', data: Uint8Array | WasmArray<Uint8Array> | string, key: Uint8Array | WasmArray<Uint8Array> | string, options?: { out?: O }): O;
  callAsync<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(name: 'crypto_xor_encrypt' | { name: 'crypto_xor_encrypt'; timeoutMs?: number }, data: Uint8Array | string, key: Uint8Array | string, options?: { out?: O }): Promise<O>;
  callBatch(name: 'crypto_xor_encrypt', argsList: ReadonlyArray<Parameters<OperationMap['crypto_xor_encrypt']>>, options?: BatchOptions): Array<ReturnType<OperationMap['crypto_xor_encrypt']>>;
  callBatchAsync(name: 'crypto_xor_encrypt', argsList: ReadonlyArray<Parameters<OperationMap['crypto_xor_encrypt']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['crypto_xor_encrypt']>>>;
  callFunction<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(name: 'xor_encrypt', data: Uint8Array | WasmArray<Uint8Array> | string, key: Uint8Array | WasmArray<Uint8Array> | string, options?: { out?: O }): O;
  callAsync<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(name: 'xor_encrypt' | { name: 'xor_encrypt'; timeoutMs?: number }, data: Uint8Array | string, key: Uint8Array | string, options?: { out?: O }): Promise<O>;
  callBatch(name: 'xor_encrypt', argsList: ReadonlyArray<Parameters<OperationMap['xor_encrypt']>>, options?: BatchOptions): Array<ReturnType<OperationMap['xor_encrypt']>>;
  callBatchAsync(name: 'xor_encrypt', argsList: ReadonlyArray<Parameters<OperationMap['xor_encrypt']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['xor_encrypt']>>>;
  callFunction<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(name: 'crypto_xor_decrypt', data: Uint8Array | WasmArray<Uint8Array> | string, key: Uint8Array | WasmArray<Uint8Array> | string, options?: { out?: O }): O;
  callAsync<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(name: 'crypto_xor_decrypt' | { name: 'crypto_xor_decrypt'; timeoutMs?: number }, data: Uint8Array | string, key: Uint8Array | string, options?: { out?: O }): Promise<O>;
  callBatch(name: 'crypto_xor_decrypt', argsList: ReadonlyArray<Parameters<OperationMap['crypto_xor_decrypt']>>, options?: BatchOptions): Array<ReturnType<OperationMap['crypto_xor_decrypt']>>;
  callBatchAsync(name: 'crypto_xor_decrypt', argsList: ReadonlyArray<Parameters<OperationMap['crypto_xor_decrypt']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['crypto_xor_decrypt']>>>;
  callFunction<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(name: 'xor_decrypt', data: Uint8Array | WasmArray<Uint8Array> | string, key: Uint8Array | WasmArray<Uint8Array> | string, options?: { out?: O }): O;
  callAsync<O extends Uint8Array | WasmArray<Uint8Array> = Uint8Array>(name: 'xor_decrypt' | { name: 'xor_decrypt'; timeoutMs?: number }, data: Uint8Array | string, key: Uint8Array | string, options?: { out?: O }): Promise<O>;
  callBatch(name: 'xor_decrypt', argsList: ReadonlyArray<Parameters<OperationMap['xor_decrypt']>>, options?: BatchOptions): Array<ReturnType<OperationMap['xor_decrypt']>>;
  callBatchAsync(name: 'xor_decrypt', argsList: ReadonlyArray<Parameters<OperationMap['xor_decrypt']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['xor_decrypt']>>>;
  callFunction(name: 'crypto_hash', data: Uint8Array | WasmArray<Uint8Array> | string): number;
  callAsync(name: 'crypto_hash' | { name: 'crypto_hash'; timeoutMs?: number }, data: Uint8Array | string): Promise<number>;
  callBatch(name: 'crypto_hash', argsList: ReadonlyArray<Parameters<OperationMap['crypto_hash']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'crypto_hash', argsList: ReadonlyArray<Parameters<OperationMap['crypto_hash']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'hash', data: Uint8Array | WasmArray<Uint8Array> | string): number;
  callAsync(name: 'hash' | { name: 'hash'; timeoutMs?: number }, data: Uint8Array | string): Promise<number>;
  callBatch(name: 'hash', argsList: ReadonlyArray<Parameters<OperationMap['hash']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'hash', argsList: ReadonlyArray<Parameters<OperationMap['hash']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'crypto_sha256', data: Uint8Array | WasmArray<Uint8Array> | string): string;
  callAsync(name: 'crypto_sha256' | { name: 'crypto_sha256'; timeoutMs?: number }, data: Uint8Array | string): Promise<string>;
  callBatch(name: 'crypto_sha256', argsList: ReadonlyArray<Parameters<OperationMap['crypto_sha256']>>, options?: BatchOptions): Array<string>;
  callBatchAsync(name: 'crypto_sha256', argsList: ReadonlyArray<Parameters<OperationMap['crypto_sha256']>>, options?: BatchAsyncOptions): Promise<Array<string>>;
  callFunction(name: 'sha256', data: Uint8Array | WasmArray<Uint8Array> | string): string;
  callAsync(name: 'sha256' | { name: 'sha256'; timeoutMs?: number }, data: Uint8Array | string): Promise<string>;
  callBatch(name: 'sha256', argsList: ReadonlyArray<Parameters<OperationMap['sha256']>>, options?: BatchOptions): Array<string>;
  callBatchAsync(name: 'sha256', argsList: ReadonlyArray<Parameters<OperationMap['sha256']>>, options?: BatchAsyncOptions): Promise<Array<string>>;
  callFunction<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(name: 'data_sort', array: T): T;
  callAsync<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(name: 'data_sort' | { name: 'data_sort'; timeoutMs?: number }, array: T): Promise<T>;
  callBatch(name: 'data_sort', argsList: ReadonlyArray<Parameters<OperationMap['data_sort']>>, options?: BatchOptions): Array<ReturnType<OperationMap['data_sort']>>;
  callBatchAsync(name: 'data_sort', argsList: ReadonlyArray<Parameters<OperationMap['data_sort']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['data_sort']>>>;
  callFunction<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(name: 'sort', array: T): T;
  callAsync<T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(name: 'sort' | { name: 'sort'; timeoutMs?: number }, array: T): Promise<T>;
  callBatch(name: 'sort', argsList: ReadonlyArray<Parameters<OperationMap['sort']>>, options?: BatchOptions): Array<ReturnType<OperationMap['sort']>>;
  callBatchAsync(name: 'sort', argsList: ReadonlyArray<Parameters<OperationMap['sort']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['sort']>>>;
  callFunction<T extends unknown[] | NumericTypedArray>(name: 'data_filter', array: T, predicate: (value: ElementOf<T>, index: number, array: T) => unknown): T;
  callBatch(name: 'data_filter', argsList: ReadonlyArray<Parameters<OperationMap['data_filter']>>, options?: BatchOptions): Array<ReturnType<OperationMap['data_filter']>>;
  callFunction<T extends unknown[] | NumericTypedArray>(name: 'filter', array: T, predicate: (value: ElementOf<T>, index: number, array: T) => unknown): T;
  callBatch(name: 'filter', argsList: ReadonlyArray<Parameters<OperationMap['filter']>>, options?: BatchOptions): Array<ReturnType<OperationMap['filter']>>;
  callFunction<A extends readonly unknown[] | NumericTypedArray, U = ElementOf<A>>(name: 'data_map', array: A, fn: (value: ElementOf<A>, index: number) => U): A extends readonly unknown[] ? U[] : A;
  callBatch(name: 'data_map', argsList: ReadonlyArray<Parameters<OperationMap['data_map']>>, options?: BatchOptions): Array<ReturnType<OperationMap['data_map']>>;
  callFunction<A extends readonly unknown[] | NumericTypedArray, U = ElementOf<A>>(name: 'map', array: A, fn: (value: ElementOf<A>, index: number) => U): A extends readonly unknown[] ? U[] : A;
  callBatch(name: 'map', argsList: ReadonlyArray<Parameters<OperationMap['map']>>, options?: BatchOptions): Array<ReturnType<OperationMap['map']>>;
  callFunction<A extends readonly unknown[] | NumericTypedArray, R = ElementOf<A>>(name: 'data_reduce', array: A, fn: (acc: R, value: ElementOf<A>, index: number) => R, initial?: R): R;
  callBatch(name: 'data_reduce', argsList: ReadonlyArray<Parameters<OperationMap['data_reduce']>>, options?: BatchOptions): Array<ReturnType<OperationMap['data_reduce']>>;
  callFunction<A extends readonly unknown[] | NumericTypedArray, R = ElementOf<A>>(name: 'reduce', array: A, fn: (acc: R, value: ElementOf<A>, index: number) => R, initial?: R): R;
  callBatch(name: 'reduce', argsList: ReadonlyArray<Parameters<OperationMap['reduce']>>, options?: BatchOptions): Array<ReturnType<OperationMap['reduce']>>;
  callFunction<R>(name: 'data_group_by', records: R[], key: string | ((record: R, index: number) => PropertyKey)): Record<string, R[]>;
  callBatch(name: 'data_group_by', argsList: ReadonlyArray<Parameters<OperationMap['data_group_by']>>, options?: BatchOptions): Array<ReturnType<OperationMap['data_group_by']>>;
  callFunction<R>(name: 'group_by', records: R[], key: string | ((record: R, index: number) => PropertyKey)): Record<string, R[]>;
  callBatch(name: 'group_by', argsList: ReadonlyArray<Parameters<OperationMap['group_by']>>, options?: BatchOptions): Array<ReturnType<OperationMap['group_by']>>;
  callFunction(name: 'json_parse', text: string): unknown;
  callAsync(name: 'json_parse' | { name: 'json_parse'; timeoutMs?: number }, text: string): Promise<unknown>;
  callBatch(name: 'json_parse', argsList: ReadonlyArray<Parameters<OperationMap['json_parse']>>, options?: BatchOptions): Array<unknown>;
  callBatchAsync(name: 'json_parse', argsList: ReadonlyArray<Parameters<OperationMap['json_parse']>>, options?: BatchAsyncOptions): Promise<Array<unknown>>;
  callFunction(name: 'parse_json', text: string): unknown;
  callAsync(name: 'parse_json' | { name: 'parse_json'; timeoutMs?: number }, text: string): Promise<unknown>;
  callBatch(name: 'parse_json', argsList: ReadonlyArray<Parameters<OperationMap['parse_json']>>, options?: BatchOptions): Array<unknown>;
  callBatchAsync(name: 'parse_json', argsList: ReadonlyArray<Parameters<OperationMap['parse_json']>>, options?: BatchAsyncOptions): Promise<Array<unknown>>;
  callFunction(name: 'parse', text: string): unknown;
  callAsync(name: 'parse' | { name: 'parse'; timeoutMs?: number }, text: string): Promise<unknown>;
  callBatch(name: 'parse', argsList: ReadonlyArray<Parameters<OperationMap['parse']>>, options?: BatchOptions): Array<unknown>;
  callBatchAsync(name: 'parse', argsList: ReadonlyArray<Parameters<OperationMap['parse']>>, options?: BatchAsyncOptions): Promise<Array<unknown>>;
  callFunction(name: 'json_validate', text: string): true;
  callAsync(name: 'json_validate' | { name: 'json_validate'; timeoutMs?: number }, text: string): Promise<true>;
  callBatch(name: 'json_validate', argsList: ReadonlyArray<Parameters<OperationMap['json_validate']>>, options?: BatchOptions): Array<true>;
  callBatchAsync(name: 'json_validate', argsList: ReadonlyArray<Parameters<OperationMap['json_validate']>>, options?: BatchAsyncOptions): Promise<Array<true>>;
  callFunction(name: 'validate', text: string): true;
  callAsync(name: 'validate' | { name: 'validate'; timeoutMs?: number }, text: string): Promise<true>;
  callBatch(name: 'validate', argsList: ReadonlyArray<Parameters<OperationMap['validate']>>, options?: BatchOptions): Array<true>;
  callBatchAsync(name: 'validate', argsList: ReadonlyArray<Parameters<OperationMap['validate']>>, options?: BatchAsyncOptions): Promise<Array<true>>;
  callFunction(name: 'json_extract_numbers', text: string, field: string): Float64Array;
  callAsync(name: 'json_extract_numbers' | { name: 'json_extract_numbers'; timeoutMs?: number }, text: string, field: string): Promise<Float64Array>;
  callBatch(name: 'json_extract_numbers', argsList: ReadonlyArray<Parameters<OperationMap['json_extract_numbers']>>, options?: BatchOptions): Array<Float64Array>;
  callBatchAsync(name: 'json_extract_numbers', argsList: ReadonlyArray<Parameters<OperationMap['json_extract_numbers']>>, options?: BatchAsyncOptions): Promise<Array<Float64Array>>;
  callFunction(name: 'extract_numbers', text: string, field: string): Float64Array;
  callAsync(name: 'extract_numbers' | { name: 'extract_numbers'; timeoutMs?: number }, text: string, field: string): Promise<Float64Array>;
  callBatch(name: 'extract_numbers', argsList: ReadonlyArray<Parameters<OperationMap['extract_numbers']>>, options?: BatchOptions): Array<Float64Array>;
  callBatchAsync(name: 'extract_numbers', argsList: ReadonlyArray<Parameters<OperationMap['extract_numbers']>>, options?: BatchAsyncOptions): Promise<Array<Float64Array>>;
  callFunction(name: 'json_stringify', value: unknown): string | undefined;
  callAsync(name: 'json_stringify' | { name: 'json_stringify'; timeoutMs?: number }, value: unknown): Promise<string | undefined>;
  callBatch(name: 'json_stringify', argsList: ReadonlyArray<Parameters<OperationMap['json_stringify']>>, options?: BatchOptions): Array<string | undefined>;
  callBatchAsync(name: 'json_stringify', argsList: ReadonlyArray<Parameters<OperationMap['json_stringify']>>, options?: BatchAsyncOptions): Promise<Array<string | undefined>>;
  callFunction(name: 'stringify_json', value: unknown): string | undefined;
  callAsync(name: 'stringify_json' | { name: 'stringify_json'; timeoutMs?: number }, value: unknown): Promise<string | undefined>;
  callBatch(name: 'stringify_json', argsList: ReadonlyArray<Parameters<OperationMap['stringify_json']>>, options?: BatchOptions): Array<string | undefined>;
  callBatchAsync(name: 'stringify_json', argsList: ReadonlyArray<Parameters<OperationMap['stringify_json']>>, options?: BatchAsyncOptions): Promise<Array<string | undefined>>;
  callFunction(name: 'stringify', value: unknown): string | undefined;
  callAsync(name: 'stringify' | { name: 'stringify'; timeoutMs?: number }, value: unknown): Promise<string | undefined>;
  callBatch(name: 'stringify', argsList: ReadonlyArray<Parameters<OperationMap['stringify']>>, options?: BatchOptions): Array<string | undefined>;
  callBatchAsync(name: 'stringify', argsList: ReadonlyArray<Parameters<OperationMap['stringify']>>, options?: BatchAsyncOptions): Promise<Array<string | undefined>>;
  callFunction(name: 'search_binary', array: number[] | Int8Array | WasmArray<Int8Array> | Uint8Array | WasmArray<Uint8Array> | Uint8ClampedArray | WasmArray<Uint8ClampedArray> | Int16Array | WasmArray<Int16Array> | Uint16Array | WasmArray<Uint16Array> | Int32Array | WasmArray<Int32Array> | Uint32Array | WasmArray<Uint32Array> | Float32Array | WasmArray<Float32Array> | Float64Array | WasmArray<Float64Array>, target: number): number;
  callAsync(name: 'search_binary' | { name: 'search_binary'; timeoutMs?: number }, array: number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array, target: number): Promise<number>;
  callBatch(name: 'search_binary', argsList: ReadonlyArray<Parameters<OperationMap['search_binary']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'search_binary', argsList: ReadonlyArray<Parameters<OperationMap['search_binary']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'binary', array: number[] | Int8Array | WasmArray<Int8Array> | Uint8Array | WasmArray<Uint8Array> | Uint8ClampedArray | WasmArray<Uint8ClampedArray> | Int16Array | WasmArray<Int16Array> | Uint16Array | WasmArray<Uint16Array> | Int32Array | WasmArray<Int32Array> | Uint32Array | WasmArray<Uint32Array> | Float32Array | WasmArray<Float32Array> | Float64Array | WasmArray<Float64Array>, target: number): number;
  callAsync(name: 'binary' | { name: 'binary'; timeoutMs?: number }, array: number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array, target: number): Promise<number>;
  callBatch(name: 'binary', argsList: ReadonlyArray<Parameters<OperationMap['binary']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'binary', argsList: ReadonlyArray<Parameters<OperationMap['binary']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'search_linear', array: number[] | Int8Array | WasmArray<Int8Array> | Uint8Array | WasmArray<Uint8Array> | Uint8ClampedArray | WasmArray<Uint8ClampedArray> | Int16Array | WasmArray<Int16Array> | Uint16Array | WasmArray<Uint16Array> | Int32Array | WasmArray<Int32Array> | Uint32Array | WasmArray<Uint32Array> | Float32Array | WasmArray<Float32Array> | Float64Array | WasmArray<Float64Array>, target: number): number;
  callAsync(name: 'search_linear' | { name: 'search_linear'; timeoutMs?: number }, array: number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array, target: number): Promise<number>;
  callBatch(name: 'search_linear', argsList: ReadonlyArray<Parameters<OperationMap['search_linear']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'search_linear', argsList: ReadonlyArray<Parameters<OperationMap['search_linear']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'linear', array: number[] | Int8Array | WasmArray<Int8Array> | Uint8Array | WasmArray<Uint8Array> | Uint8ClampedArray | WasmArray<Uint8ClampedArray> | Int16Array | WasmArray<Int16Array> | Uint16Array | WasmArray<Uint16Array> | Int32Array | WasmArray<Int32Array> | Uint32Array | WasmArray<Uint32Array> | Float32Array | WasmArray<Float32Array> | Float64Array | WasmArray<Float64Array>, target: number): number;
  callAsync(name: 'linear' | { name: 'linear'; timeoutMs?: number }, array: number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array, target: number): Promise<number>;
  callBatch(name: 'linear', argsList: ReadonlyArray<Parameters<OperationMap['linear']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'linear', argsList: ReadonlyArray<Parameters<OperationMap['linear']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'search_contains', text: string | Uint8Array | WasmArray<Uint8Array>, pattern: string | Uint8Array | WasmArray<Uint8Array>): boolean;
  callAsync(name: 'search_contains' | { name: 'search_contains'; timeoutMs?: number }, text: string | Uint8Array, pattern: string | Uint8Array): Promise<boolean>;
  callBatch(name: 'search_contains', argsList: ReadonlyArray<Parameters<OperationMap['search_contains']>>, options?: BatchOptions): Array<boolean>;
  callBatchAsync(name: 'search_contains', argsList: ReadonlyArray<Parameters<OperationMap['search_contains']>>, options?: BatchAsyncOptions): Promise<Array<boolean>>;
  callFunction(name: 'contains', text: string | Uint8Array | WasmArray<Uint8Array>, pattern: string | Uint8Array | WasmArray<Uint8Array>): boolean;
  callAsync(name: 'contains' | { name: 'contains'; timeoutMs?: number }, text: string | Uint8Array, pattern: string | Uint8Array): Promise<boolean>;
  callBatch(name: 'contains', argsList: ReadonlyArray<Parameters<OperationMap['contains']>>, options?: BatchOptions): Array<boolean>;
  callBatchAsync(name: 'contains', argsList: ReadonlyArray<Parameters<OperationMap['contains']>>, options?: BatchAsyncOptions): Promise<Array<boolean>>;
  callFunction<I extends ImageLike, O extends Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array> = never>(name: 'image_blur', image: I, radius: number, options?: { kind?: 'box' | 'gaussian'; out?: O }): [O] extends [never] ? ImageOf<I> : { data: O; width: number; height: number };
  callAsync<I extends ImageLike, O extends Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array> = never>(name: 'image_blur' | { name: 'image_blur'; timeoutMs?: number }, image: I, radius: number, options?: { kind?: 'box' | 'gaussian'; out?: O }): Promise<[O] extends [never] ? ImageOf<I> : { data: O; width: number; height: number }>;
  callBatch(name: 'image_blur', argsList: ReadonlyArray<Parameters<OperationMap['image_blur']>>, options?: BatchOptions): Array<ReturnType<OperationMap['image_blur']>>;
  callBatchAsync(name: 'image_blur', argsList: ReadonlyArray<Parameters<OperationMap['image_blur']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['image_blur']>>>;
  callFunction<I extends ImageLike, O extends Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array> = never>(name: 'blur', image: I, radius: number, options?: { kind?: 'box' | 'gaussian'; out?: O }): [O] extends [never] ? ImageOf<I> : { data: O; width: number; height: number };
  callAsync<I extends ImageLike, O extends Uint8ClampedArray | Uint8Array | WasmArray<Uint8ClampedArray> | WasmArray<Uint8Array> = never>(name: 'blur' | { name: 'blur'; timeoutMs?: number }, image: I, radius: number, options?: { kind?: 'box' | 'gaussian'; out?: O }): Promise<[O] extends [never] ? ImageOf<I> : { data: O; width: number; height: number }>;
  callBatch(name: 'blur', argsList: ReadonlyArray<Parameters<OperationMap['blur']>>, options?: BatchOptions): Array<ReturnType<OperationMap['blur']>>;
  callBatchAsync(name: 'blur', argsList: ReadonlyArray<Parameters<OperationMap['blur']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['blur']>>>;
  callFunction<I extends ImageLike>(name: 'image_grayscale', image: I): ImageOf<I>;
  callAsync<I extends ImageLike>(name: 'image_grayscale' | { name: 'image_grayscale'; timeoutMs?: number }, image: I): Promise<ImageOf<I>>;
  callBatch(name: 'image_grayscale', argsList: ReadonlyArray<Parameters<OperationMap['image_grayscale']>>, options?: BatchOptions): Array<ReturnType<OperationMap['image_grayscale']>>;
  callBatchAsync(name: 'image_grayscale', argsList: ReadonlyArray<Parameters<OperationMap['image_grayscale']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['image_grayscale']>>>;
  callFunction<I extends ImageLike>(name: 'grayscale', image: I): ImageOf<I>;
  callAsync<I extends ImageLike>(name: 'grayscale' | { name: 'grayscale'; timeoutMs?: number }, image: I): Promise<ImageOf<I>>;
  callBatch(name: 'grayscale', argsList: ReadonlyArray<Parameters<OperationMap['grayscale']>>, options?: BatchOptions): Array<ReturnType<OperationMap['grayscale']>>;
  callBatchAsync(name: 'grayscale', argsList: ReadonlyArray<Parameters<OperationMap['grayscale']>>, options?: BatchAsyncOptions): Promise<Array<ReturnType<OperationMap['grayscale']>>>;
  callFunction(name: 'science_monte_carlo_pi', samples: number, seed?: number): number;
  callAsync(name: 'science_monte_carlo_pi' | { name: 'science_monte_carlo_pi'; timeoutMs?: number }, samples: number, seed?: number): Promise<number>;
  callBatch(name: 'science_monte_carlo_pi', argsList: ReadonlyArray<Parameters<OperationMap['science_monte_carlo_pi']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'science_monte_carlo_pi', argsList: ReadonlyArray<Parameters<OperationMap['science_monte_carlo_pi']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'monte_carlo_pi', samples: number, seed?: number): number;
  callAsync(name: 'monte_carlo_pi' | { name: 'monte_carlo_pi'; timeoutMs?: number }, samples: number, seed?: number): Promise<number>;
  callBatch(name: 'monte_carlo_pi', argsList: ReadonlyArray<Parameters<OperationMap['monte_carlo_pi']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'monte_carlo_pi', argsList: ReadonlyArray<Parameters<OperationMap['monte_carlo_pi']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'science_integrate', expr: string, a: number, b: number, n: number): number;
  callAsync(name: 'science_integrate' | { name: 'science_integrate'; timeoutMs?: number }, expr: string, a: number, b: number, n: number): Promise<number>;
  callBatch(name: 'science_integrate', argsList: ReadonlyArray<Parameters<OperationMap['science_integrate']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'science_integrate', argsList: ReadonlyArray<Parameters<OperationMap['science_integrate']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
  callFunction(name: 'integrate', expr: string, a: number, b: number, n: number): number;
  callAsync(name: 'integrate' | { name: 'integrate'; timeoutMs?: number }, expr: string, a: number, b: number, n: number): Promise<number>;
  callBatch(name: 'integrate', argsList: ReadonlyArray<Parameters<OperationMap['integrate']>>, options?: BatchOptions): Array<number>;
  callBatchAsync(name: 'integrate', argsList: ReadonlyArray<Parameters<OperationMap['integrate']>>, options?: BatchAsyncOptions): Promise<Array<number>>;
}

/** numeric operations on the default selector. */
export declare const NumericOperations: {
  fibonacci: OperationMap['numeric_fibonacci'];
  fibonacciRecursive: OperationMap['numeric_fibonacci_recursive'];
  factorial: OperationMap['numeric_factorial'];
  primeFactors: OperationMap['numeric_prime_factors'];
  gcd: OperationMap['numeric_gcd'];
  lcm: OperationMap['numeric_lcm'];
};
/** matrix operations on the default selector. */
export declare const MatrixOperations: {
  multiply: OperationMap['matrix_multiply'];
  transpose: OperationMap['matrix_transpose'];
  determinant: OperationMap['matrix_determinant'];
};
/** string operations on the default selector. */
export declare const StringOperations: {
  reverse: OperationMap['string_reverse'];
  isPalindrome: OperationMap['string_is_palindrome'];
  frequency: OperationMap['string_frequency'];
  longestSubstring: OperationMap['string_longest_substring'];
};
/** crypto operations on the default selector. */
export declare const CryptoOperations: {
  xorEncrypt: OperationMap['crypto_xor_encrypt'];
  xorDecrypt: OperationMap['crypto_xor_decrypt'];
  hash: OperationMap['crypto_hash'];
  sha256: OperationMap['crypto_sha256'];
};
/** data operations on the default selector. */
export declare const DataOperations: {
  sort: OperationMap['data_sort'];
  filter: OperationMap['data_filter'];
  map: OperationMap['data_map'];
  reduce: OperationMap['data_reduce'];
  groupBy: OperationMap['data_group_by'];
};
/** json operations on the default selector. */
export declare const JsonOperations: {
  parse: OperationMap['json_parse'];
  validate: OperationMap['json_validate'];
  extractNumbers: OperationMap['json_extract_numbers'];
  stringify: OperationMap['json_stringify'];
};
/** search operations on the default selector. */
export declare const SearchOperations: {
  binary: OperationMap['search_binary'];
  linear: OperationMap['search_linear'];
  contains: OperationMap['search_contains'];
};
/** image operations on the default selector. */
export declare const ImageOperations: {
  blur: OperationMap['image_blur'];
  grayscale: OperationMap['image_grayscale'];
};
/** science operations on the default selector. */
export declare const ScienceOperations: {
  monteCarloPi: OperationMap['science_monte_carlo_pi'];
  integrate: OperationMap['science_integrate'];
};
