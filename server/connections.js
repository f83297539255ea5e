// @ts-check
// The sockets: who may open one (per-address and per-room caps, the facilitator's own
// lane, making way for newer sockets when idle ones fill the room), and every frame's
// checks — rate, size, binary, schema, role — before it reaches the command table. A bad
// frame gets a clear error back and changes nothing. Nothing about participants is logged.
import { createHmac, randomBytes } from 'node:crypto';
import {
  CLOSE,
  ClientMessageSchema,
  ERROR_MESSAGES,
  FACILITATOR_ONLY,
  HOST_LANE_PARAM,
  PARTICIPANT_ONLY,
  parseMessage,
} from '../common/protocol.js';
import { COMMANDS, settle } from './commands.js';
import { TokenBucket } from './rate-limit.js';

/** @typedef {import('ws').WebSocket} WebSocket */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('../common/protocol.js').ClientMessage} ClientMessage */
/** @typedef {import('./hub.js').Hub} Hub */
/** @typedef {import('./hub.js').Connection} Connection */
/** @typedef {{ ok: true, hostLane: boolean } | { ok: false, status: number, reason: string }} Admission */

/** @type {ReadonlySet<string>} */
const FACILITATOR_COMMANDS = new Set(FACILITATOR_ONLY);
/** @type {ReadonlySet<string>} */
const PARTICIPANT_COMMANDS = new Set(PARTICIPANT_ONLY);

/** @param {string | undefined} address */
export function isLoopbackAddress(address) {
  return address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));
}

/** @param {import('ws').RawData} data */
function asBuffer(data) {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

export class Connections {
  /** @param {Hub} hub */
  constructor(hub) {
    this.hub = hub;
    // Addresses are told apart by a hash with a salt that dies with the server: the address
    // itself is never kept, and the hash means nothing outside this session.
    this.salt = randomBytes(16);
  }

  /** @param {IncomingMessage} req */
  addressOf(req) {
    return createHmac('sha256', this.salt)
      .update(req.socket.remoteAddress ?? '')
      .digest('base64url')
      .slice(0, 16);
  }

  /** Is this address held to the per-address and per-device limits? @param {IncomingMessage} req */
  limited(req) {
    return this.hub.limits.limitLoopback || !isLoopbackAddress(req.socket.remoteAddress);
  }

  /**
   * May this upgrade become a socket? The facilitator's lane (the secret in the address) has
   * its own few places; everyone else shares the room's, at most a few per address. When the
   * room is full, the oldest socket that never joined makes way: idle sockets cannot keep a
   * phone out.
   * @param {IncomingMessage} req @returns {Admission}
   */
  admit(req) {
    const { limits, room, connections } = this.hub;
    const key = new URL(req.url ?? '/', 'http://localhost').searchParams.get(HOST_LANE_PARAM);
    const all = [...connections];
    if (key !== null && room.isSecret(key)) {
      const lane = all.filter(([, conn]) => conn.hostLane).length;
      return lane < limits.maxHostSockets
        ? { ok: true, hostLane: true }
        : { ok: false, status: 503, reason: 'Service Unavailable' };
    }
    if (this.limited(req)) {
      const address = this.addressOf(req);
      const fromHere = all.filter(([, conn]) => conn.address === address && !conn.hostLane).length;
      if (fromHere >= limits.maxSocketsPerAddress) return { ok: false, status: 429, reason: 'Too Many Connections' };
    }
    const pool = all.filter(([, conn]) => !conn.hostLane);
    if (pool.length < limits.maxConnections) return { ok: true, hostLane: false };
    const idle = pool.filter(([, conn]) => conn.role === 'none').sort((a, b) => a[1].openedAt - b[1].openedAt)[0];
    if (!idle) return { ok: false, status: 503, reason: 'Room Full' };
    const [oldest, conn] = idle;
    settle(conn);
    connections.delete(oldest);
    oldest.close(CLOSE.evicted, 'the room is full: join at once when you connect');
    return { ok: true, hostLane: false };
  }

  /** @param {WebSocket} ws @param {IncomingMessage} req @param {boolean} hostLane */
  accept(ws, req, hostLane) {
    const { limits } = this.hub;
    const address = this.addressOf(req);
    /** @type {Connection} */
    const conn = {
      role: 'none',
      token: null,
      bucket: new TokenBucket(limits.burst, limits.perSecond),
      dropped: 0,
      lastTooFast: -Infinity,
      attempts: 0,
      alive: true,
      joinTimer: setTimeout(() => ws.close(CLOSE.joinTimeout, 'join the room first'), limits.joinTimeoutMs),
      address,
      device: this.limited(req) ? address : null,
      hostLane,
      openedAt: performance.now(),
    };
    this.hub.connections.set(ws, conn);
    ws.on('message', (data, isBinary) => this.onFrame(ws, data, isBinary));
    ws.on('pong', () => {
      conn.alive = true;
    });
    // ws reports a frame over maxPayload (and other protocol errors) here, then closes the
    // socket itself with the matching code; the room carries on. Nothing is logged.
    ws.on('error', () => {});
    ws.on('close', () => this.onClose(ws, conn));
  }

  /** @param {WebSocket} ws @param {Connection} conn */
  onClose(ws, conn) {
    const hub = this.hub;
    settle(conn);
    if (hub.connections.get(ws) === conn) hub.connections.delete(ws);
    if (conn.role === 'participant' && conn.token) {
      hub.room.connection(conn.token, -1);
      hub.queueRoomUpdate();
      hub.queuePhoneCounts();
    }
    if (hub.facilitator === ws) hub.facilitator = null;
  }

  /** A frame this phone should not have sent: the facilitator may see it counted. @param {Connection} conn */
  strike(conn) {
    if (conn.role === 'participant' && conn.token) this.hub.room.strike(conn.token);
  }

  /** @param {WebSocket} ws @param {import('ws').RawData} data @param {boolean} isBinary */
  onFrame(ws, data, isBinary) {
    const hub = this.hub;
    const conn = hub.connections.get(ws);
    if (!conn) return;
    if (!conn.bucket.take()) return this.tooFast(ws, conn);
    conn.dropped = 0;
    const bytes = asBuffer(data);
    const cap = conn.role === 'facilitator' ? hub.limits.maxFacilitatorMessageBytes : hub.limits.maxMessageBytes;
    if (bytes.length > cap) {
      this.strike(conn);
      return hub.sendError(ws, 'too-big', { detail: `${ERROR_MESSAGES['too-big']} The limit is ${cap} bytes.` });
    }
    if (isBinary) {
      this.strike(conn);
      return hub.sendError(ws, 'bad-message', {
        detail: `${ERROR_MESSAGES['bad-message']} Send JSON text, not binary.`,
      });
    }
    const parsed = parseMessage(ClientMessageSchema, bytes.toString('utf8'));
    if (!parsed.ok) {
      this.strike(conn);
      return hub.sendError(ws, parsed.code, { detail: parsed.detail, ref: parsed.ref });
    }
    this.dispatch(ws, conn, parsed.message);
  }

  /** @param {WebSocket} ws @param {Connection} conn */
  tooFast(ws, conn) {
    conn.dropped += 1;
    this.strike(conn);
    if (conn.dropped >= this.hub.limits.floodCloseAfter) {
      ws.close(CLOSE.policy, 'too many messages');
      return;
    }
    // One notice a second at most: a flood must not be answered with a flood.
    const now = performance.now();
    if (now - conn.lastTooFast >= 1000) {
      conn.lastTooFast = now;
      this.hub.sendError(ws, 'too-fast', { retryAfterMs: conn.bucket.retryAfterMs() });
    }
  }

  /** @param {WebSocket} ws @param {Connection} conn @param {ClientMessage} message */
  dispatch(ws, conn, message) {
    const hub = this.hub;
    if (FACILITATOR_COMMANDS.has(message.type) && conn.role !== 'facilitator') {
      this.strike(conn);
      return hub.sendError(ws, 'not-facilitator', { ref: message.type });
    }
    if (PARTICIPANT_COMMANDS.has(message.type) && conn.role !== 'participant') {
      return hub.sendError(ws, conn.role === 'none' ? 'not-joined' : 'not-participant', { ref: message.type });
    }
    const handler = /** @type {(hub: Hub, ws: WebSocket, conn: Connection, message: ClientMessage) => void} */ (
      COMMANDS[message.type]
    );
    handler(hub, ws, conn, message);
  }

  /** A phone that went to sleep without closing its socket is noticed by the missed ping;
   * its token and vote stay in the room for when it wakes. */
  heartbeat() {
    for (const [ws, conn] of this.hub.connections) {
      if (!conn.alive) {
        ws.terminate();
        continue;
      }
      conn.alive = false;
      ws.ping();
    }
    this.hub.pruneWrongCodes();
  }
}
