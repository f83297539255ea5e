// @ts-check
// Serves the production build (dist/) to the projector and the phones: GET and HEAD only,
// nothing outside the build folder, and no request is logged.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { BASE_HEADERS } from './security-headers.js';

/** Content types by file extension (also used by the benchmark's server, tools/bench). */
/** @type {Readonly<Record<string, string>>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.wasm': 'application/wasm',
};

export { BASE_HEADERS } from './security-headers.js';

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 */
export function sendText(res, status, text) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/**
 * A request handler for the files under `root`.
 * @param {string} root
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createStaticHandler(root) {
  const base = resolve(root);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Only GET and HEAD are served here.');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      sendText(res, 400, 'The address is not valid.');
      return;
    }
    // resolve() normalises "..": anything that lands outside the build is not there.
    let file = resolve(base, `.${pathname}`);
    if (pathname.includes('\0') || (file !== base && !file.startsWith(base + sep))) {
      sendText(res, 404, 'Not found.');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    } else if (!info && extname(file) === '') {
      // Short addresses for typing on a phone: /phone serves phone.html.
      file = `${file}.html`;
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      sendText(res, 404, 'Not found.');
      return;
    }
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      // A LAN is fast and a rebuilt game must not mix with a cached one: always revalidate.
      'Cache-Control': 'no-cache',
      'Last-Modified': info.mtime.toUTCString(),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
