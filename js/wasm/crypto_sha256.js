// WASM side of crypto_sha256. The call's fixed cost is most of a small call (1 KB is
// ~3 µs of hashing), so the path is lean: an input up to the module's scratch size
// (64 KiB, cpp/bindings/crypto_bindings.cpp) is copied into a static area of the
// instance instead of a heap block of its own (no malloc, no free, nothing that can
// fail), the kernel is a raw export instead of an embind function, and C++ writes the
// digest as 64 ASCII hex characters that become the string in one decode. A larger
// input is streamed through the same area, 64 KiB at a time (no heap block the size of
// the input: no WasmMemoryError for a large message). WasmArray views (read where they
// are) go through a HeapScope with the one-shot kernel. With profileKernels on, the
// same path calls the embind twins (crypto_sha256, crypto_sha256_begin/update/finish),
// which js/profile.js times. `bytes` may be the caller's own array: read through
// lengthOf/subarrayOf, never its own properties (js/boundary.js).
import { withHeap } from './heap.js';
import { liveView, residentAddress } from '../wasm-array.js';
import { isProfiled } from '../profiled.js';
import { lengthOf, subarrayOf } from '../boundary.js';

const HEX_LENGTH = 64;
// UTF-8 (the hex digits are ASCII): V8's fastest decoder for short ASCII text, measured
// 0.14 µs for 64 bytes against 0.33 µs for String.fromCharCode.apply.
const ascii = typeof TextDecoder === 'function' ? new TextDecoder() : null;
const records = new WeakMap(); // instance -> its scratch area and kernel

function recordOf(instance) {
  let record = records.get(instance);
  if (record === undefined) {
    const M = instance.module;
    const scratch = M._mlw_sha256_scratch() >>> 0;
    // The glue's first call of a raw export replaces Module._name by the export itself:
    // one call with 0 bytes (the digest of nothing, into the area's own hex field) so
    // that what is kept is the export, not the glue's stub. With profileKernels on, the
    // embind twin that js/profile.js wraps is kept instead, so kernelMs counts the call.
    M._mlw_sha256_hex(scratch, 0, scratch);
    // (The same first call through each stub: begin, an empty update, a finish.)
    M._mlw_sha256_begin();
    M._mlw_sha256_update(scratch, 0);
    M._mlw_sha256_finish(scratch, 0, scratch);
    // The kernels are looked up on the module at each call (a property read), not kept:
    // what the module holds is what runs (tests/js/internal/faults.test.mjs replaces them).
    const profiled = isProfiled(instance);
    record = {
      hash: profiled ? (...a) => M.crypto_sha256(...a) : (p, n, h) => M._mlw_sha256_hex(p, n, h),
      begin: profiled ? () => M.crypto_sha256_begin() : () => M._mlw_sha256_begin(),
      update: profiled ? (p, n) => M.crypto_sha256_update(p, n) : (p, n) => M._mlw_sha256_update(p, n),
      finish: profiled ? (p, n, h) => M.crypto_sha256_finish(p, n, h) : (p, n, h) => M._mlw_sha256_finish(p, n, h),
      hex: scratch,
      input: scratch + HEX_LENGTH,
      inputSize: M._mlw_sha256_scratch_input() >>> 0,
      // Browsers' TextDecoder does not read views of shared memory (the threads build's).
      decode: ascii === null || (typeof SharedArrayBuffer === 'function' && instance.memory.buffer instanceof SharedArrayBuffer) ? null : ascii,
      buffer: null, // the memory's buffer the two views below are on (memory growth replaces it)
      inputView: null,
      hexView: null,
    };
    records.set(instance, record);
  }
  return record;
}

/** The record's views made on `buffer` if they are on an older one. */
function viewsOn(record, buffer) {
  if (record.buffer !== buffer) {
    record.buffer = buffer;
    record.inputView = new Uint8Array(buffer, record.input, record.inputSize);
    record.hexView = new Uint8Array(buffer, record.hex, HEX_LENGTH);
  }
  return record;
}

function hexOf(record) {
  const view = record.hexView;
  return record.decode === null ? String.fromCharCode.apply(null, view) : record.decode.decode(view);
}

/** A message longer than the scratch area, through it piece by piece (whole blocks, then the rest). */
function streamed(record, bytes) {
  const { inputView, input, inputSize } = record;
  const n = lengthOf(bytes);
  record.begin();
  let at = 0;
  for (; n - at > inputSize; at += inputSize) {
    inputView.set(subarrayOf(bytes, at, at + inputSize));
    record.update(input, inputSize / 64);
  }
  inputView.set(at === 0 ? bytes : subarrayOf(bytes, at, n));
  record.finish(input, n - at, record.hex);
}

export function sha256Hex(instance, operation, bytes) {
  const record = recordOf(instance);
  const n = lengthOf(bytes);
  if (residentAddress(bytes, instance) < 0) {
    viewsOn(record, instance.memory.buffer);
    if (n <= record.inputSize) {
      record.inputView.set(bytes);
      record.hash(record.input, n, record.hex);
    } else {
      streamed(record, bytes);
    }
    return hexOf(record);
  }
  return withHeap(instance, operation, (heap) => {
    const dataPtr = heap.copyIn(bytes);
    record.hash(dataPtr, lengthOf(liveView(bytes)), record.hex);
    return hexOf(viewsOn(record, instance.memory.buffer));
  });
}
