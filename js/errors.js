// The error family. Both backends throw these same classes with the same messages,
// because argument checks are written once (js/validate.js) and kernel-side failures are
// mapped here from the C++ status codes.

/** Base class of every error this package throws on purpose. */
export class MultilingualWasmError extends Error {
  constructor(message, options) {
    super(message, options);
    // Set explicitly: minified bundles rename classes.
    this.name = 'MultilingualWasmError';
  }
}

/** Wrong type, size, shape, or a value that is not allowed (NaN, negative, …). */
export class InvalidArgumentError extends MultilingualWasmError {
  constructor(message, { operation, argument } = {}) {
    super(operation ? `${operation}: ${message}` : message);
    this.name = 'InvalidArgumentError';
    this.operation = operation;
    this.argument = argument;
  }
}

/** The name resolves to no operation; `suggestions` lists close names. */
export class UnknownOperationError extends MultilingualWasmError {
  constructor(name, suggestions = []) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '';
    super(`unknown operation '${String(name)}'.${hint} selector.listOperations() lists them all.`);
    this.name = 'UnknownOperationError';
    this.operation = String(name);
    this.suggestions = suggestions;
  }
}

/**
 * The job does not fit in the WebAssembly heap under the configured limit. `neededBytes`
 * is the shortfall (how much more the limit must allow); `allocationBytes` the size of
 * the allocation that failed.
 */
export class WasmMemoryError extends MultilingualWasmError {
  constructor({ operation, neededBytes, limitBytes, option = 'maxMemoryPages', allocationBytes = neededBytes }) {
    const mib = (b) => `${(b / 1048576).toFixed(1)} MiB`;
    const pages = Math.ceil(neededBytes / 65536);
    super(
      `${operation}: needs ${mib(neededBytes)} more WebAssembly heap but the limit is ${mib(limitBytes)}; ` +
        `raise the '${option}' option (64 KiB pages, at least ${pages} more) or use a smaller input`,
    );
    this.name = 'WasmMemoryError';
    this.operation = operation;
    this.neededBytes = neededBytes;
    this.allocationBytes = allocationBytes;
    this.limitBytes = limitBytes;
    this.option = option;
  }
}

/** A call run with `timeoutMs` did not finish in time; its worker was terminated. */
export class TimeoutError extends MultilingualWasmError {
  constructor(operation, timeoutMs) {
    super(`${operation}: did not finish within ${timeoutMs} ms (timeoutMs); the worker was terminated`);
    this.name = 'TimeoutError';
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}

/** Invalid JSON text; `position` is the UTF-16 index in the text, like JSON.parse's. */
export class JsonSyntaxError extends MultilingualWasmError {
  constructor(message, position) {
    super(`${message} at position ${position}`);
    this.name = 'JsonSyntaxError';
    this.position = position;
  }
}

/** WASM was demanded (preferBackend: 'wasm') but is not available; `reason` says why. */
export class WasmUnavailableError extends MultilingualWasmError {
  constructor(reason) {
    super(`WebAssembly backend unavailable (${reason}); use preferBackend 'auto' to fall back to JS`);
    this.name = 'WasmUnavailableError';
    this.reason = reason;
  }
}

/**
 * Internal, never reaches the caller: wraps an exception raised by the caller's own code
 * (a getter, toJSON, a Proxy trap) while a WASM path was preparing its input, so the
 * selector passes `cause` on as it is instead of taking it for a trap of the kernel.
 */
export class CallerError {
  constructor(cause) {
    this.cause = cause;
  }
}
