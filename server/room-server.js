// @ts-check
// The workshop server: an HTTP server for the game's production build and the phone page,
// and one WebSocket room on it. The parts, by job: limits.js (every number), http.js (pages,
// the facilitator's information, the upgrade), connections.js (who may connect, every
// frame's checks), commands.js (what each message does), hub.js (sending), room.js (the
// room's rules). Nothing about participants is logged.
import { createServer } from 'node:http';
import QRCode from 'qrcode';
import { WebSocketServer } from 'ws';
import { CLOSE, PROTOCOL_VERSION, ROOM_PATH } from '../common/protocol.js';
import { reachableHosts } from './addresses.js';
import { Connections } from './connections.js';
import { createRequestHandler, createUpgradeHandler } from './http.js';
import { Hub } from './hub.js';
import { DEFAULT_LIMITS } from './limits.js';
import { newSecret, Room } from './room.js';

export { DEFAULT_LIMITS };

/** @typedef {import('./limits.js').Limits} Limits */
/** @typedef {import('../common/protocol.js').FacilitatorInfo} FacilitatorInfo */
/** @typedef {import('../common/language.js').Lang} Lang */

/**
 * @typedef {object} RoomServerOptions
 * @property {string} [host] interface to bind: '0.0.0.0' for the local network, '127.0.0.1' for tests
 * @property {number} [port] 0 picks a free port
 * @property {string | null} [staticDir] the production build to serve; null serves the room only
 * @property {Partial<Limits>} [limits]
 * @property {string} [code] a fixed room code (tests); otherwise random
 * @property {string} [secret] a fixed facilitator secret (tests); otherwise random
 * @property {Lang} [lang] the room's language until the projector sets it
 * @property {string} [publicHost] the host name phones use, when the automatic choice is wrong
 */

/**
 * @typedef {object} RunningRoomServer
 * @property {string} url the server's base address, ending in "/"
 * @property {string} wsUrl the room's WebSocket address
 * @property {number} port
 * @property {Room} room
 * @property {string} code the room code it started with (see room.code after a rotation)
 * @property {string} secret
 * @property {() => Promise<FacilitatorInfo>} facilitatorInfo
 * @property {() => Promise<void>} close
 */

/**
 * The room, with the limits' numbers for its rules.
 * @param {RoomServerOptions} options @param {Readonly<Limits>} limits @param {string} secret
 */
function openRoom(options, limits, secret) {
  return new Room({
    ...(options.code === undefined ? {} : { code: options.code }),
    secret,
    maxParticipants: limits.maxParticipants,
    maxPhonesPerDevice: limits.maxPhonesPerDevice,
    xcardCooldownMs: limits.xcardCooldownMs,
    xcardLimits: {
      burstMs: limits.xcardBurstMs,
      autoPauses: limits.xcardAutoPauses,
      autoPauseWindowMs: limits.xcardAutoPauseWindowMs,
      repeatAlertMs: limits.xcardRepeatAlertMs,
    },
    lang: options.lang ?? 'nl',
  });
}

/**
 * The facilitator's information for a room code: the join address and its QR code, made once
 * per code (the last one only: a rotated code's QR is not needed again).
 * @param {string[]} hosts where phones reach the laptop
 * @param {() => number} port the port, once listening
 * @param {string} secret
 * @returns {(code: string) => Promise<FacilitatorInfo>}
 */
function joinInfoFor(hosts, port, secret) {
  /** @type {Map<string, Promise<FacilitatorInfo>>} */
  const made = new Map();
  return (code) => {
    let info = made.get(code);
    if (!info) {
      const addresses = hosts.map((host) => `http://${host}:${port()}/`);
      const joinUrl = `${addresses[0]}phone.html?room=${code}`;
      info = QRCode.toString(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((qrSvg) => ({
        protocol: PROTOCOL_VERSION,
        room: code,
        secret,
        joinUrl,
        addresses,
        qrSvg,
      }));
      made.clear();
      made.set(code, info);
    }
    return info;
  };
}

/**
 * Start the workshop server and open its room.
 * @param {RoomServerOptions} [options]
 * @returns {Promise<RunningRoomServer>}
 */
export async function startRoomServer(options = {}) {
  const limits = Object.freeze({ ...DEFAULT_LIMITS, ...options.limits });
  const bindHost = options.host ?? '127.0.0.1';
  const secret = options.secret ?? newSecret();
  const room = openRoom(options, limits, secret);
  let port = 0;

  const infoFor = joinInfoFor(options.publicHost ? [options.publicHost] : reachableHosts(bindHost), () => port, secret);
  const facilitatorInfo = () => infoFor(room.code);

  const hub = new Hub(room, limits, infoFor);
  const connections = new Connections(hub);
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes, perMessageDeflate: false });
  const server = createServer(createRequestHandler(options.staticDir ?? null, facilitatorInfo));
  server.on('upgrade', createUpgradeHandler(wss, connections));
  const heartbeat = setInterval(() => connections.heartbeat(), limits.heartbeatMs);
  heartbeat.unref();

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindHost, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the workshop server has no port');
  port = address.port;
  const urlHost =
    bindHost === '0.0.0.0' || bindHost === '::' ? 'localhost' : bindHost.includes(':') ? `[${bindHost}]` : bindHost;

  return {
    url: `http://${urlHost}:${port}/`,
    wsUrl: `ws://${urlHost}:${port}${ROOM_PATH}`,
    port,
    room,
    code: room.code,
    secret,
    facilitatorInfo,
    async close() {
      clearInterval(heartbeat);
      for (const [ws, conn] of hub.connections) {
        if (conn.joinTimer) clearTimeout(conn.joinTimer);
        ws.close(CLOSE.roomClosed, 'the workshop has ended');
      }
      wss.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
