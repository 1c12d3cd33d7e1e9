/**
 * A tiny static file server for the exported site (no dependency):
 *   tsx scripts/serve.ts [dir=out] [port=4321] [--gzip]
 * Directories serve their index.html (trailing-slash export), unknown paths
 * the export's 404.html with status 404. Honours BASE_PATH like next.config.js.
 * --gzip (or GZIP=1): text files sent gzipped to clients that accept it, as
 * static hosts do (compressed once per file and kept), so that page audits such
 * as `npm run lighthouse` measure what a deployed site sends.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const gzip = process.argv.includes('--gzip') || process.env.GZIP === '1';
const root = resolve(positional[0] ?? 'out');
const port = Number(positional[1] ?? process.env.PORT ?? 4321);
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.svg', '.map', '.webmanifest']);
const gzipped = new Map<string, { mtime: number; body: Buffer }>();

/** The file gzipped, compressed once per version of the file. */
function gzippedBody(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const kept = gzipped.get(file);
  if (kept && kept.mtime === mtime) return kept.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtime, body });
  return body;
}
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

if (!existsSync(root)) {
  console.error(`serve: ${root} does not exist; run "npm run build" first`);
  process.exit(1);
}

/** Maps a URL path to a file under root, or null (also for any escape attempt). */
export function resolveFile(urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (base) {
    if (p !== base && !p.startsWith(`${base}/`)) return null;
    p = p.slice(base.length) || '/';
  }
  const file = normalize(join(root, p));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  if (existsSync(file)) return file;
  if (existsSync(`${file}.html`)) return `${file}.html`;
  return null;
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const file = resolveFile(url);
  if (file && statSync(file).isDirectory() === false) {
    // a directory asked for without its trailing slash: redirect, as static hosts do
    const path = url.split('?')[0];
    if (!path.endsWith('/') && file.endsWith(`${sep}index.html`) && !path.endsWith('index.html')) {
      res.writeHead(308, { Location: `${path}/${url.slice(path.length)}` });
      res.end();
      return;
    }
    const ext = extname(file).toLowerCase();
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzippedBody(file);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return;
  }
  const notFound = join(root, '404.html');
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  if (existsSync(notFound) && req.method !== 'HEAD') createReadStream(notFound).pipe(res);
  else res.end('404 Not Found');
});

server.listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}/`));
