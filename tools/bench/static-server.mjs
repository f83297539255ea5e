// @ts-check
// A small static file server on loopback for the benchmark and the offline test: several
// folders under one origin, gzip (level 9, as a pre-compressing host would send it) when the
// browser asks for it, a log of every request, and a close() that really cuts every
// connection (so "the network is gone" can be made true, not only emulated).

import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../../server/static-files.js';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.svg']);

/**
 * @typedef {object} StaticServer
 * @property {string} url  ends in "/"
 * @property {{ path: string, bytes: number, gzip: boolean }[]} log  every answered request
 * @property {() => Promise<void>} close
 */

/**
 * Serve `mounts` (URL prefix → folder, e.g. { '/': 'dist', '/peer/': 'peer' }) on 127.0.0.1.
 * @param {Record<string, string>} mounts
 * @param {{ gzip?: boolean }} [options]
 * @returns {Promise<StaticServer>}
 */
export async function serveStatic(mounts, options = {}) {
  const useGzip = options.gzip ?? true;
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => /** @type {const} */ ([prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)]))
    .sort((a, b) => b[0].length - a[0].length);
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  /** @type {StaticServer['log']} */
  const log = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(mount ? 405 : 404).end();
      return;
    }
    const [prefix, dir] = mount;
    let file = join(dir, path.slice(prefix.length));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      /** @type {Buffer} */
      let body = await readFile(file);
      const ext = extname(file);
      /** @type {Record<string, string>} */
      const headers = { 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      const gzip = useGzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) {
        let packed = gzipped.get(file);
        if (!packed) {
          packed = gzipSync(body, { level: 9 });
          gzipped.set(file, packed);
        }
        body = packed;
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      log.push({ path, bytes: body.length, gzip });
    } catch {
      res.writeHead(404).end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((/** @type {(v?: unknown) => void} */ ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    log,
    close: () =>
      new Promise((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}
