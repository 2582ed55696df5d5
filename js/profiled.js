// Which instances profileKernels (js/profile.js) wrapped. A module of its own, with no
// imports, so that a js/wasm/ path can ask without importing the registry (js/profile.js
// reads it) and closing an import cycle through it.
const profiled = new WeakSet();

/** Remember that `instance`'s kernels are wrapped (js/profile.js). */
export function markProfiled(instance) {
  profiled.add(instance);
}

/** Whether profileKernels wrapped `instance`'s kernels: a path that calls a raw export instead of its embind twin asks. */
export function isProfiled(instance) {
  return profiled.has(instance);
}
