// WASM side of the json_ family. Text crosses as UTF-16 code units (a JS string's own
// units: positions match JSON.parse's and lone surrogates survive); the parser answers
// with a tape (tags, numbers, string data) that materialize() turns into JS values in
// one iterative pass. See cpp/bindings/json_bindings.cpp for the result layout.
import { CallerError } from '../errors.js';
import { jsonSyntaxError, notANumberError } from '../fallbacks/json_errors.js';
import { walkToTape } from '../fallbacks/json_walk.js';
import { copyFromHeap, withHeap } from './heap.js';
import { checkStatus, memoryError } from './status.js';

const LONG = 2 ** 28 - 1;
// Node's Buffer converts UTF-16 natively (and keeps lone surrogates); elsewhere, loops.
// Looked up per call, so a test can take it away and exercise the browser path.
const nodeBuffer = () => (typeof Buffer === 'function' && typeof Buffer.from === 'function' ? Buffer : null);
const utf16Decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

/** Copy the code units of `text` into the heap; returns the address. */
function copyInUtf16(heap, text) {
  const ptr = heap.alloc(text.length * 2);
  const buffer = heap.instance.memory.buffer;
  const NodeBuffer = nodeBuffer();
  if (NodeBuffer) {
    NodeBuffer.from(buffer, ptr, text.length * 2).write(text, 0, 'utf16le');
  } else {
    const units = new Uint16Array(buffer, ptr, text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  }
  return ptr;
}

/** `length` UTF-16 units at `ptr` as a string; `wellFormed` allows TextDecoder. */
function readUtf16(memory, ptr, length, wellFormed) {
  if (length === 0) return '';
  const NodeBuffer = nodeBuffer();
  if (NodeBuffer) return NodeBuffer.from(memory.buffer, ptr, length * 2).toString('utf16le');
  const units = new Uint16Array(memory.buffer, ptr, length);
  // TextDecoder would turn a lone surrogate into U+FFFD: only when there can be none.
  // Browsers' TextDecoder refuses views of shared memory (the simd-threads build): decode
  // a private copy there (a memcpy, far cheaper than the decode).
  if (wellFormed && utf16Decoder) return utf16Decoder.decode(memory.buffer instanceof ArrayBuffer ? units : new Uint16Array(units));
  const parts = [];
  for (let i = 0; i < length; i += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192)));
  return parts.join('');
}

/** Run a json_* kernel returning a result record; `read(words)` runs before it is freed. */
function callKernel(heap, operation, call, read) {
  const resultPtr = call();
  const { memory } = heap.instance;
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
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Tape -> JS values, in one pass with an explicit stack (any depth). */
export function materialize(tape, numbers, strings) {
  const stack = [];
  let container = null;
  let isArray = false;
  let key = '';
  let t = 0;
  let num = 0;
  let at = 0;
  for (;;) {
    const word = tape[t++];
    let value;
    switch (word & 15) {
      case 0: value = null; break;
      case 1: value = false; break;
      case 2: value = true; break;
      case 3: value = numbers[num++]; break;
      case 4: {
        let length = word >>> 4;
        if (length === LONG) length = tape[t++];
        value = strings.slice(at, (at += length));
        break;
      }
      case 5: {
        let length = word >>> 4;
        if (length === LONG) length = tape[t++];
        key = strings.slice(at, (at += length));
        continue;
      }
      case 6:
        stack.push(container, key, isArray);
        container = [];
        isArray = true;
        continue;
      case 7:
        stack.push(container, key, isArray);
        container = {};
        isArray = false;
        continue;
      default: // 8: the end of the current container
        value = container;
        isArray = stack.pop();
        key = stack.pop();
        container = stack.pop();
    }
    if (container === null) return value;
    if (isArray) container.push(value);
    // JSON.parse defines own data properties (CreateDataProperty). Assignment does the same
    // only for a name that nothing on Object.prototype answers to: '__proto__' would set the
    // prototype, an accessor there would run its setter, a frozen Object.prototype (a common
    // hardening) would refuse 'toString'. `in` on Object.prototype runs no user code (its
    // own prototype is null and cannot change).
    else if (key in Object.prototype) defineOwn(container, key, value);
    else container[key] = value;
  }
}

const isWellFormed = (text) => typeof text.isWellFormed === 'function' && text.isWellFormed();

export function jsonParse(instance, operation, text) {
  return withHeap(instance, operation, (heap, M) => {
    const textPtr = copyInUtf16(heap, text);
    return callKernel(heap, operation, () => M.json_parse(textPtr, text.length), (w, memory) => {
      if (w[0] !== M.STATUS_OK) throwFailure(w, operation, text, heap);
      const strings = readUtf16(memory, w[7], w[8], w[9] === 0 && isWellFormed(text));
      return materialize(new Uint32Array(memory.buffer, w[3], w[4]), new Float64Array(memory.buffer, w[5], w[6]), strings);
    });
  });
}

export function jsonValidate(instance, operation, text) {
  return withHeap(instance, operation, (heap, M) => {
    const textPtr = copyInUtf16(heap, text);
    return callKernel(heap, operation, () => M.json_validate(textPtr, text.length), (w) => {
      if (w[0] !== M.STATUS_OK) throwFailure(w, operation, text, heap);
      return true;
    });
  });
}

export function jsonExtractNumbers(instance, operation, text, field) {
  return withHeap(instance, operation, (heap, M) => {
    const textPtr = copyInUtf16(heap, text);
    const fieldPtr = copyInUtf16(heap, field);
    const call = () => M.json_extract_numbers(textPtr, text.length, fieldPtr, field.length);
    return callKernel(heap, operation, call, (w, memory) => {
      if (w[0] === M.STATUS_INVALID_ARGUMENT) throw notANumberError(operation, field, w[9], w[2]);
      if (w[0] !== M.STATUS_OK) throwFailure(w, operation, text, heap);
      return copyFromHeap(memory.buffer, Float64Array, w[3], w[4]);
    });
  });
}

export function jsonStringify(instance, operation, value) {
  // The walk runs the caller's code (toJSON, getters, Proxy traps) on the JS side, before
  // anything is allocated in the heap; what that code throws is the caller's own error.
  let walked;
  try {
    walked = walkToTape(value, operation);
  } catch (error) {
    throw new CallerError(error);
  }
  if (walked === null) return undefined;
  const strings = walked.strings.join('');
  return withHeap(instance, operation, (heap, M) => {
    const tapePtr = heap.copyIn(Uint32Array.from(walked.tape));
    const numbersPtr = heap.copyIn(Float64Array.from(walked.numbers));
    const stringsPtr = copyInUtf16(heap, strings);
    const call = () =>
      M.json_stringify(tapePtr, walked.tape.length, numbersPtr, walked.numbers.length, stringsPtr, strings.length);
    return callKernel(heap, operation, call, (w, memory) => {
      if (w[0] !== M.STATUS_OK) throwFailure(w, operation, strings, heap);
      // The output escapes lone surrogates, so it is always well-formed.
      return readUtf16(memory, w[3], w[4], true);
    });
  });
}
