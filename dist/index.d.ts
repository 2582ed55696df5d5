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
  /** Initial linear memory in 64 KiB pages (default 1024 = 64 MiB). */
  memoryPages?: number;
  /** Linear memory limit in 64 KiB pages (default 32768 = 2 GiB). */
  maxMemoryPages?: number;
  /** Time limit for callAsync in ms; 0 = none (default). */
  timeoutMs?: number;
  /** Folder holding the mlw-*.wasm files, or one .wasm file (default: next to the bundle). */
  wasmUrl?: string | URL | null;
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
  ms: number;
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
  /** Resolves (never rejects) once the detection flow has decided. */
  ready: Promise<BackendSelector>;
  readonly config: Readonly<Required<BackendConfig>>;
  readonly backend: 'wasm' | 'js';
  isWasmAvailable(): boolean;
  status(): SelectorStatus;
  lastCallReport(): CallReport | null;
  listOperations(): OperationInfo[];
  callFunction<N extends OperationName>(name: N, ...args: Parameters<OperationMap[N]>): ReturnType<OperationMap[N]>;
  callFunction(name: string, ...args: unknown[]): unknown;
  performanceStats(): Record<string, OperationStats>;
  performanceStats(name: string): OperationStats;
  resetStats(): void;
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

// ---- generated below ----
export interface OperationMap {
  /** XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt (O(n); WASM + JS) */
  crypto_xor_encrypt: (data: Uint8Array | string, key: Uint8Array | string) => Uint8Array;
  xor_encrypt: (data: Uint8Array | string, key: Uint8Array | string) => Uint8Array;
  /** XOR with a repeating key (not encryption in any modern sense); decrypt = encrypt (O(n); WASM + JS) */
  crypto_xor_decrypt: (data: Uint8Array | string, key: Uint8Array | string) => Uint8Array;
  xor_decrypt: (data: Uint8Array | string, key: Uint8Array | string) => Uint8Array;
}
export type OperationName = keyof OperationMap;

/** numeric operations on the default selector. */
export declare const NumericOperations: {
};
/** matrix operations on the default selector. */
export declare const MatrixOperations: {
};
/** string operations on the default selector. */
export declare const StringOperations: {
};
/** crypto operations on the default selector. */
export declare const CryptoOperations: {
  xorEncrypt: OperationMap['crypto_xor_encrypt'];
  xorDecrypt: OperationMap['crypto_xor_decrypt'];
};
/** data operations on the default selector. */
export declare const DataOperations: {
};
/** json operations on the default selector. */
export declare const JsonOperations: {
};
/** search operations on the default selector. */
export declare const SearchOperations: {
};
/** image operations on the default selector. */
export declare const ImageOperations: {
};
/** science operations on the default selector. */
export declare const ScienceOperations: {
};
