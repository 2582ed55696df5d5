// Where are we running? Node built-ins are reached through process.getBuiltinModule
// (Node >= 20.16) rather than a static import, so browser bundlers never see them.
// Deno 2 and Bun present themselves as Node (process.versions.node, node: built-ins,
// worker_threads) and take the Node paths; what differs is named where it matters.

export const isNode =
  typeof process === 'object' && process !== null && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined';

/** Deno's version string when running under Deno, else null. */
export const denoVersion = typeof globalThis.Deno === 'object' && globalThis.Deno !== null ? globalThis.Deno.version?.deno ?? '?' : null;

/** Bun's version string when running under Bun, else null. */
export const bunVersion = isNode && typeof process.versions.bun === 'string' ? process.versions.bun : null;

/** A Node built-in module ('fs', 'path', 'url', 'worker_threads', …), or null outside Node. */
export function nodeBuiltin(name) {
  if (!isNode || typeof process.getBuiltinModule !== 'function') return null;
  return process.getBuiltinModule(name);
}

/**
 * Deno only: why the program may not read `path` ('read') or the environment variable
 * `path` ('env'), or null when it may (and always null elsewhere). Asked without a
 * prompt, so a program run with Deno's default permissions is never stopped by one:
 * the package then goes without (no config file, no environment variable) or answers
 * with JS, and status() says which flag would change that.
 */
export function denoPermissionDenied(name, target) {
  const permissions = globalThis.Deno?.permissions;
  if (!permissions || typeof permissions.querySync !== 'function') return null;
  let state;
  try {
    state = permissions.querySync(name === 'env' ? { name, variable: target } : { name, path: target }).state;
  } catch {
    return null; // an older Deno: let the access itself say
  }
  if (state === 'granted') return null;
  return `Deno denies ${name} access to ${target}; run with --allow-${name}${name === 'read' ? `=${target}` : ''} (or -A)`;
}

/** process.env[name] where this program may read it, else undefined (Deno's permissions). */
export function readEnv(name) {
  if (!isNode || denoPermissionDenied('env', name)) return undefined;
  return process.env[name];
}

/** A short description of the engine, for status() and benchmark reports. */
export function engineName() {
  if (denoVersion) return `Deno ${denoVersion} (V8 ${globalThis.Deno.version.v8})`;
  if (bunVersion) return `Bun ${bunVersion} (JavaScriptCore)`;
  if (isNode) return `Node.js ${process.versions.node} (V8 ${process.versions.v8})`;
  if (typeof navigator === 'object' && navigator.userAgent) return navigator.userAgent;
  return 'unknown';
}
