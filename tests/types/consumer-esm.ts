// The ES-module view of the package (node16 ESM and bundler resolution): named exports
// only, as dist/index.mjs has them.
import { BackendSelector, version, type BackendConfig } from 'multilingual-wasm';
import * as namespace from 'multilingual-wasm';
// @ts-expect-error dist/index.mjs has no default export (importing one fails at run time)
import mlw from 'multilingual-wasm';

const config: BackendConfig = { threads: 'auto', wasmUrl: { href: 'https://example.com/wasm/', toString: () => 'https://example.com/wasm/' } };
export const made: Promise<BackendSelector> = namespace.BackendSelector.create(config);
export const named: string = version;
void mlw;
