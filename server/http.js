// @ts-check
// The server's HTTP side: the facilitator's room information (to the laptop itself only),
// the production build for the projector and the phones, and the WebSocket upgrade to the
// room. Every answer carries the security headers (security-headers.js).

import { FACILITATOR_INFO_PATH, ROOM_PATH } from '../common/protocol.js';
import { isLoopbackAddress } from './connections.js';
import { BASE_HEADERS } from './security-headers.js';
import { createStaticHandler, sendText } from './static-files.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('../common/protocol.js').FacilitatorInfo} FacilitatorInfo */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Only the laptop itself may read the facilitator's secret: the request must come from
 * loopback, name a loopback host (no DNS rebinding) and not come from another site.
 * @param {IncomingMessage} req
 */
function isFromThisLaptop(req) {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return false;
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (!LOOPBACK_HOSTS.has(host)) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * A browser connecting from a page on another site is refused; tools without an Origin
 * header (tests, the load test) are let through — they still need the code or the secret.
 * @param {IncomingMessage} req
 */
export function isSameOrigin(req) {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host.toLowerCase() === (req.headers.host ?? '').toLowerCase();
  } catch {
    return false;
  }
}

/**
 * @param {import('node:stream').Duplex} socket
 * @param {number} status
 * @param {string} reason
 */
function refuseUpgrade(socket, status, reason) {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
  );
}

/**
 * The request handler.
 * @param {string | null} staticDir the build to serve, or null (the room only)
 * @param {() => Promise<FacilitatorInfo>} facilitatorInfo
 * @returns {(req: IncomingMessage, res: ServerResponse) => void}
 */
export function createRequestHandler(staticDir, facilitatorInfo) {
  const serveStatic = staticDir ? createStaticHandler(staticDir) : null;
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === FACILITATOR_INFO_PATH) {
      if (!isFromThisLaptop(req)) {
        sendText(
          res,
          403,
          'The room secret is only given to the laptop running the workshop: open http://localhost on it.',
        );
        return;
      }
      facilitatorInfo().then(
        (body) => {
          res.writeHead(200, {
            ...BASE_HEADERS,
            'Content-Type': 'application/json; charset=utf-8',
            'Cache-Control': 'no-store',
          });
          res.end(JSON.stringify(body));
        },
        () => sendText(res, 500, 'The room information could not be prepared.'),
      );
      return;
    }
    if (!serveStatic) {
      sendText(res, 404, 'Not found.');
      return;
    }
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'The file could not be read.');
      else res.destroy();
    });
  };
}

/**
 * The upgrade handler: the room's path only, same origin only, then the admission rules.
 * @param {import('ws').WebSocketServer} wss
 * @param {import('./connections.js').Connections} connections
 * @returns {(req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => void}
 */
export function createUpgradeHandler(wss, connections) {
  return (req, socket, head) => {
    socket.on('error', () => {});
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== ROOM_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!isSameOrigin(req)) return refuseUpgrade(socket, 403, 'Forbidden');
    const admission = connections.admit(req);
    if (!admission.ok) return refuseUpgrade(socket, admission.status, admission.reason);
    wss.handleUpgrade(req, socket, head, (ws) => connections.accept(ws, req, admission.hostLane));
  };
}
