// Types of the public API. The operation signatures below the marker are generated from
// the registry rows by scripts/gen-dts.mjs, so they cannot drift from the code.

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
  /** Initial linear memory in 64 KiB pages (default 64 = 4 MiB; grows on demand up to maxMemoryPages). */
  memoryPages?: number;
  /** Linear memory limit in 64 KiB pages (default 32768 = 2 GiB). */
  maxMemoryPages?: number;
  /** Time limit for callAsync in ms; 0 = none (default). */
  timeoutMs?: number;
  /** Folder holding the mlw-*.wasm files, or one .wasm file (default: next to the bundle). */
  wasmUrl?: string | URL | null;
  /** Time the C++ kernels of each WASM call: lastCallReport().kernelMs (default false). */
  profileKernels?: boolean;
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
  engine: string;
  memory: { bytes: number; peakBytes: number; heapBytes: number; maxBytes: number };
  config: Required<BackendConfig>;
}

export interface CallReport {
  operation: string;
  backend: 'wasm' | 'js';
  reason: string;
  variant: Variant | null;
  /** The whole call: validation, copies, kernel, result. */
  ms: number;
  /** With profileKernels, on WASM calls: the time inside the C++ kernels alone (no copies, no validation). */
  kernelMs?: number;
}

export interface BackendStats { calls: number; totalMs: number; meanMs: number }
export interface OperationStats extends BackendStats { byBackend: { js?: BackendStats; wasm?: BackendStats } }

export interface OperationInfo {
  name: string;
  family: string;
  aliases: string[];
  signature: string;
  description: string;
  complexity: string;
  wasm: boolean;
  jsOnly: boolean;
}

export interface MatrixObject<T extends Float64Array | Float32Array = Float64Array> { rows: number; cols: number; data: T }
export type Matrix = number[][] | MatrixObject<Float64Array>;
export interface ImageLike { data: Uint8ClampedArray | Uint8Array; width: number; height: number }

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
  callFunction<N extends OperationName>(name: N, ...args: Parameters<OperationMap[N]>): ReturnType<OperationMap[N]>;
  callFunction(name: string, ...args: unknown[]): unknown;
  /** callFunction in a worker; `{ name, timeoutMs }` sets a time limit for this call (TimeoutError). */
  callAsync<N extends OperationName>(name: N | { name: N; timeoutMs?: number }, ...args: Parameters<OperationMap[N]>): Promise<ReturnType<OperationMap[N]>>;
  callAsync(name: string | { name: string; timeoutMs?: number }, ...args: unknown[]): Promise<unknown>;
  performanceStats(): Record<string, OperationStats>;
  performanceStats(name: string): OperationStats;
  resetStats(): void;
  /** Start a new heap high-water mark (status().memory.peakBytes) from what is in use now. */
  resetPeakMemory(): void;
  /** Waits for ready and for the threads build to take over (if it loads), then runs each named operation once on a tiny input (default: every WASM operation; [] = none). */
  warmUp(names?: string[]): Promise<BackendSelector>;
  dispose(): void;
}

export declare class MultilingualWasmError extends Error {}
export declare class InvalidArgumentError extends MultilingualWasmError { operation?: string; argument?: string }
export declare class UnknownOperationError extends MultilingualWasmError { operation: string; suggestions: string[] }
export declare class WasmMemoryError extends MultilingualWasmError { operation: string; neededBytes: number; limitBytes: number; option: string }
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
  crypto_xor_encrypt: (data: Uint8Array | string, key: Uint8Array | string, options?: { out?: Uint8Array }) => Uint8Array;
  xor_encrypt: (data: Uint8Array | string, key: Uint8Array | string, options?: { out?: Uint8Array }) => Uint8Array;
  /** XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt; options.out: write into this array (may be data itself) and return it (O(n); WASM + JS) */
  crypto_xor_decrypt: (data: Uint8Array | string, key: Uint8Array | string, options?: { out?: Uint8Array }) => Uint8Array;
  xor_decrypt: (data: Uint8Array | string, key: Uint8Array | string, options?: { out?: Uint8Array }) => Uint8Array;
  /** FNV-1a 32-bit of the bytes (UTF-8 for strings), unsigned; NOT cryptographic (O(n); WASM + JS) */
  crypto_hash: (data: Uint8Array | string) => number;
  hash: (data: Uint8Array | string) => number;
  /** SHA-256 of the bytes (UTF-8 for strings) as lowercase hex (O(n); WASM + JS) */
  crypto_sha256: (data: Uint8Array | string) => string;
  sha256: (data: Uint8Array | string) => string;
  /** A new sorted array of the same type (input untouched): numeric order of TypedArray.prototype.sort (-0 before +0, NaN last) for typed arrays and number[]; UTF-16 code-unit order for string[] (O(n·w) radix (w = element bytes) for numbers; O(n log n · L) for strings; WASM + JS) */
  data_sort: <T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(array: T) => T;
  sort: <T extends Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | number[] | string[]>(array: T) => T;
  /** Elements for which predicate is truthy (JS-only: takes a JS callback) (O(n); JS only) */
  data_filter: <T extends unknown[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array>(array: T, predicate: (value: any, index: number, array: T) => unknown) => T;
  filter: <T extends unknown[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array>(array: T, predicate: (value: any, index: number, array: T) => unknown) => T;
  /** fn applied to every element; a typed array maps to the same type (JS-only: takes a JS callback) (O(n); JS only) */
  data_map: (array: unknown[] | ArrayLike<number>, fn: (value: any, index: number) => unknown) => unknown[] | ArrayLike<number>;
  map: (array: unknown[] | ArrayLike<number>, fn: (value: any, index: number) => unknown) => unknown[] | ArrayLike<number>;
  /** Left fold; without initial the first element starts it, and an empty array is an error (JS-only: takes a JS callback) (O(n); JS only) */
  data_reduce: (array: unknown[] | ArrayLike<number>, fn: (acc: any, value: any, index: number) => any, initial?: any) => any;
  reduce: (array: unknown[] | ArrayLike<number>, fn: (acc: any, value: any, index: number) => any, initial?: any) => any;
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
  search_binary: (array: number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array, target: number) => number;
  binary: (array: number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array, target: number) => number;
  /** First index i with array[i] === target, else -1 (as indexOf: NaN is never found, -0 equals +0) (O(n); WASM + JS) */
  search_linear: (array: number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array, target: number) => number;
  linear: (array: number[] | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array, target: number) => number;
  /** Whether pattern occurs in text: two strings compare as text.includes(pattern) (UTF-16 code units); otherwise both are taken as bytes (strings as UTF-8). An empty pattern is always found (O(n/m) typical, O(n·m) worst (Horspool; SIMD first/last-byte filter in the simd build); WASM + JS) */
  search_contains: (text: string | Uint8Array, pattern: string | Uint8Array) => boolean;
  contains: (text: string | Uint8Array, pattern: string | Uint8Array) => boolean;
  /** separable blur of RGBA pixels (all four channels), edges clamped; radius 0..1000; box or gaussian (sigma = radius/2) (O(w·h) box, O(w·h·r) gaussian; WASM + JS) */
  image_blur: (image: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }, radius: number, options?: { kind?: 'box' | 'gaussian' }) => { data: Uint8ClampedArray | Uint8Array; width: number; height: number };
  blur: (image: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }, radius: number, options?: { kind?: 'box' | 'gaussian' }) => { data: Uint8ClampedArray | Uint8Array; width: number; height: number };
  /** RGBA -> RGBA with R = G = B = (77 R + 150 G + 29 B + 128) >> 8 (BT.601 luma), alpha kept (O(w·h); WASM + JS) */
  image_grayscale: (image: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }) => { data: Uint8ClampedArray | Uint8Array; width: number; height: number };
  grayscale: (image: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }) => { data: Uint8ClampedArray | Uint8Array; width: number; height: number };
  /** 4·hits/samples; xoshiro128** per block of 65536 samples, seeded from (seed, block); seed defaults to 42 (O(samples); WASM + JS) */
  science_monte_carlo_pi: (samples: number, seed?: number) => number;
  monte_carlo_pi: (samples: number, seed?: number) => number;
  /** composite Simpson's rule with n (even) intervals over an expression in x: numbers, + - * / ^, unary minus, parentheses, sin cos tan exp log sqrt abs, pi, e (O(n · length(expr)); WASM + JS) */
  science_integrate: (expr: string, a: number, b: number, n: number) => number;
  integrate: (expr: string, a: number, b: number, n: number) => number;
}
export type OperationName = keyof OperationMap;

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
