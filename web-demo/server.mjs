#!/usr/bin/env node
// The demo's static server (`npm start`). Serves the page from web-demo/, the package as
// a user gets it (dist/), the benchmark suite (bench/), the charting library and the
// browser peers (hash-wasm, TF.js WASM) from node_modules — nothing is bundled, so a fresh clone works right after `npm install`.
//
// Headers: COOP same-origin + COEP require-corp make the page cross-origin isolated
// (SharedArrayBuffer, so the threads build can run); a strict CSP proves the package
// needs no eval. Options: --port N (or $PORT, default 8080; 0 = any free port),
// --no-isolation (or MLW_NO_ISOLATION=1) serves without COOP/COEP.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// URL prefix -> folder on disk. Anything else is 404, so the repository is not exposed.
const MOUNTS = [
  ['/dist/', 'dist'],
  ['/bench/', 'bench'],
  ['/web-demo/', 'web-demo'],
  ['/vendor/chart.js/', 'node_modules/chart.js/dist'],
  // The peers the demo's optional peers table runs in the browser (devDependencies: a
  // copy without them shows that table's notices instead).
  ['/vendor/hash-wasm/', 'node_modules/hash-wasm'],
  ['/vendor/tfjs-core/', 'node_modules/@tensorflow/tfjs-core'],
  ['/vendor/tfjs-backend-wasm/', 'node_modules/@tensorflow/tfjs-backend-wasm'],
];

export const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'";

function resolveFile(urlPath) {
  if (urlPath === '/' || urlPath === '/index.html') return path.join(root, 'web-demo/index.html');
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    const base = path.join(root, dir);
    const file = path.normalize(path.join(base, urlPath.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + path.sep)) return null; // ../ escapes
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) return path.join(file, 'index.html');
    return file;
  }
  return null;
}

/** Create (not start) the server. */
export function createServer({ isolation = true } = {}) {
  return http.createServer((req, res) => {
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-cache',
    };
    if (isolation) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400, headers).end('bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(urlPath);
    fs.readFile(file ?? '', (error, body) => {
      if (error) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${urlPath}\n`);
        return;
      }
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
}

function parseArgs(argv) {
  const opts = { port: Number(process.env.PORT ?? 8080), isolation: !/^(1|true|yes)$/i.test(process.env.MLW_NO_ISOLATION ?? '') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-isolation') opts.isolation = false;
    else if (argv[i] === '--port') opts.port = Number(argv[++i]);
    else if (argv[i].startsWith('--port=')) opts.port = Number(argv[i].slice(7));
    else throw new Error(`unknown option ${argv[i]} (known: --port N, --no-isolation)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error(`bad port ${opts.port}`);
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(root, 'dist/index.mjs'))) {
    console.error('dist/index.mjs is missing: run `npm run build` first');
    process.exit(1);
  }
  const server = createServer(opts);
  server.listen(opts.port, '127.0.0.1', () => {
    const { port } = server.address();
    console.log(`multilingual-wasm demo: http://127.0.0.1:${port}/`);
    console.log(opts.isolation ? '  cross-origin isolated (COOP same-origin, COEP require-corp)' : '  served WITHOUT COOP/COEP: not cross-origin isolated');
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
