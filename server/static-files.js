// @ts-check
// Serves the production build (dist/) to the projector and the phones: GET and HEAD only,
// nothing outside the build folder, and no request is logged.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { BASE_HEADERS, contentSecurityPolicy, inlineScriptHashes } from './security-headers.js';

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
 * The file a GET asks for under `base`, or the refusal to send.
 * @param {string} base
 * @param {string | undefined} url
 * @returns {Promise<{ file: string, info: import('node:fs').Stats } | { status: number, text: string }>}
 */
async function findFile(base, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return { status: 400, text: 'The address is not valid.' };
  }
  // resolve() normalises "..": anything that lands outside the build is not there.
  let file = resolve(base, `.${pathname}`);
  if (pathname.includes('\0') || (file !== base && !file.startsWith(base + sep)))
    return { status: 404, text: 'Not found.' };
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  } else if (!info && extname(file) === '') {
    // Short addresses for typing on a phone: /phone serves phone.html.
    file = `${file}.html`;
    info = await stat(file).catch(() => null);
  }
  return info?.isFile() ? { file, info } : { status: 404, text: 'Not found.' };
}

/** A page's policy names its own inline scripts by hash; read once per version of the file. */
/** @type {Map<string, string>} */
const pagePolicies = new Map();
/** @param {string} file @param {import('node:fs').Stats} info @returns {Promise<string>} */
async function pagePolicy(file, info) {
  const key = `${file}\0${info.mtimeMs}`;
  let policy = pagePolicies.get(key);
  if (policy === undefined) {
    policy = contentSecurityPolicy(inlineScriptHashes(await readFile(file, 'utf8')));
    pagePolicies.set(key, policy);
  }
  return policy;
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
    const found = await findFile(base, req.url);
    if ('status' in found) {
      sendText(res, found.status, found.text);
      return;
    }
    const { file, info } = found;
    const type = extname(file).toLowerCase();
    res.writeHead(200, {
      ...BASE_HEADERS,
      ...(type === '.html' ? { 'Content-Security-Policy': await pagePolicy(file, info) } : {}),
      'Content-Type': CONTENT_TYPES[type] ?? 'application/octet-stream',
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
