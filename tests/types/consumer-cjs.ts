// The CommonJS view of the package (node16, a CommonJS project): require() gives the
// exports object of dist/index.cjs.
import mlw = require('multilingual-wasm');

export const made: Promise<mlw.BackendSelector> = mlw.BackendSelector.create({ preferBackend: mlw.Backend.WASM });
export const ops: string[] = mlw.listOperations().map((op) => op.name);
