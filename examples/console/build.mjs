#!/usr/bin/env node
// Bundles the console page with esbuild (minified, for current browsers) into dist/app.js and,
// with --serve, serves the folder: `npm run example:console` → http://localhost:8081.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Builds dist/app.js; resolves with esbuild's result (its warnings, the output size). */
export function buildConsole() {
  return build({
    entryPoints: [join(here, 'app.ts')],
    outfile: join(here, 'dist/app.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2023',
    metafile: true,
    logLevel: 'warning',
  });
}

/** Serves index.html and dist/ from this folder (GET only); resolves with the listening server. */
export function serveConsole(port = 8081) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const file = path === '' ? 'index.html' : path;
    if (request.method !== 'GET' || !(file === 'index.html' || file.startsWith('dist/'))) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(here, file));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildConsole();
  if (process.argv.includes('--serve')) {
    const server = await serveConsole(Number(process.env.PORT ?? 8081));
    console.log(`console example on http://localhost:${server.address().port} (Ctrl-C stops it)`);
  }
}
