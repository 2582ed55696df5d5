// Where are we running? Node built-ins are reached through process.getBuiltinModule
// (Node >= 20.16) rather than a static import, so browser bundlers never see them.

export const isNode =
  typeof process === 'object' && process !== null && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';

/** A Node built-in module ('fs', 'path', 'url', 'worker_threads', …), or null outside Node. */
export function nodeBuiltin(name) {
  if (!isNode || typeof process.getBuiltinModule !== 'function') return null;
  return process.getBuiltinModule(name);
}

/** A short description of the engine, for status() and benchmark reports. */
export function engineName() {
  if (isNode) return `Node.js ${process.versions.node} (V8 ${process.versions.v8})`;
  if (typeof navigator === 'object' && navigator.userAgent) return navigator.userAgent;
  return 'unknown';
}
