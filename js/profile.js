// profileKernels: how long a call spent inside the C++ kernels, apart from validation,
// copies into and out of the heap, and building the JS result. The embind functions that
// run kernels are wrapped once per instance; a WASM call's lastCallReport() then carries
// kernelMs, the sum over the kernel calls it made (XOR, for instance, makes one per 1 MiB
// chunk). Off by default: two clock reads per kernel call are nothing on a large call but
// a few percent of a 2 µs one.
import { FAMILY_PREFIXES } from './registry/index.js';
import { now } from './clock.js';
import { markProfiled } from './profiled.js';


// Every family's exports, minus the helpers that only size or free a result.
const KERNEL = new RegExp(`^(${FAMILY_PREFIXES.join('|')})`);
const NOT_KERNEL = /_(free_result|capacity)$/;

/**
 * Wrap the instance's kernel exports so that they add their time to the returned clock's
 * `ms` (the caller keeps the clock; nothing is written onto the instance).
 */
export function profileKernels(instance) {
  const clock = { ms: 0 };
  markProfiled(instance);
  const M = instance.module;
  for (const name of Object.keys(M)) {
    const kernel = M[name];
    if (typeof kernel !== 'function' || !KERNEL.test(name) || NOT_KERNEL.test(name)) continue;
    M[name] = function timedKernel(...args) {
      const started = now();
      try {
        return kernel.apply(this, args);
      } finally {
        clock.ms += now() - started;
      }
    };
  }
  return clock;
}
