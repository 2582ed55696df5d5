// What crosses between a selector and its workers: errors (rebuilt on the calling side
// as the same classes, with the same message and fields) and the transfer list of a
// result (only buffers the worker owns outright, never the caller's).
import {
  InvalidArgumentError,
  JsonSyntaxError,
  MultilingualWasmError,
  TimeoutError,
  UnknownOperationError,
  WasmMemoryError,
  WasmUnavailableError,
} from './errors.js';

const PACKAGE_ERRORS = {
  MultilingualWasmError,
  InvalidArgumentError,
  UnknownOperationError,
  WasmMemoryError,
  TimeoutError,
  JsonSyntaxError,
  WasmUnavailableError,
};
const BUILTIN_ERRORS = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };

/** A structured-cloneable description of `error`. */
export function serializeError(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), stack: '', fields: {} };
  const fields = {};
  // Own enumerable fields (operation, argument, position, suggestions, …), cloneable ones only.
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) fields[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) fields[key] = [...value];
  }
  return { name: error.name, message: error.message, stack: error.stack ?? '', fields };
}

/** The error `serializeError` described, as an instance of the same class. */
export function deserializeError({ name, message, stack, fields }) {
  const Class = PACKAGE_ERRORS[name] ?? BUILTIN_ERRORS[name] ?? Error;
  // Not constructed through Class: the package's constructors build their message from
  // their arguments, and the message must be exactly the one the worker produced.
  const error = new Error(message);
  Object.setPrototypeOf(error, Class.prototype);
  Object.assign(error, fields);
  if (error.name !== name) error.name = name;
  error.stack = `${stack}\n    at (worker boundary)`;
  return error;
}

/** Buffers of a result that may be transferred instead of copied (the worker drops them). */
export function transferablesOf(result, batch = false) {
  // A batch's results (each owns its buffers; a Set: the same buffer is listed once).
  if (batch) return [...new Set(result.flatMap((item) => transferablesOf(item)))];
  if (ArrayBuffer.isView(result) && result.buffer instanceof ArrayBuffer) return [result.buffer];
  if (result instanceof ArrayBuffer) return [result];
  return [];
}
