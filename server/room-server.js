// @ts-check
// The workshop server: an HTTP server for the game's production build and the phone page,
// and one WebSocket room on it. Every frame is size-checked, rate-limited and validated
// against the protocol's schemas before it reaches the room; a bad frame gets a clear
// error back and changes nothing. Nothing about participants is logged.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import QRCode from 'qrcode';
import { WebSocketServer } from 'ws';
import { reachableHosts } from './addresses.js';
import {
  CLOSE,
  ClientMessageSchema,
  ERROR_MESSAGES,
  FACILITATOR_INFO_PATH,
  FACILITATOR_ONLY,
  PARTICIPANT_ONLY,
  PROTOCOL_VERSION,
  ROOM_PATH,
  parseMessage,
} from './protocol.js';
import { TokenBucket } from './rate-limit.js';
import { Room, newSecret } from './room.js';
import { BASE_HEADERS, createStaticHandler, sendText } from './static-files.js';

/** @typedef {import('ws').WebSocket} WebSocket */
/** @typedef {import('./protocol.js').ClientMessage} ClientMessage */
/** @typedef {import('./protocol.js').ErrorCode} ErrorCode */
/** @typedef {import('./protocol.js').FacilitatorInfo} FacilitatorInfo */
/** @typedef {import('./protocol.js').Lang} Lang */

/**
 * @typedef {object} Limits
 * @property {number} maxParticipants phones per session (a returning phone always gets back in)
 * @property {number} maxPhonesPerDevice new phones (tokens) one device may become: a second tab, a cleared browser
 * @property {boolean} limitLoopback apply the per-device limit to the laptop itself too (tests; the load test runs on loopback)
 * @property {number} wrongCodeBurst wrong room codes the whole room tolerates at once…
 * @property {number} wrongCodesPerMinute …and per minute after that, against guessing from many connections
 * @property {number} maxConnections open sockets at once, phones and projector together
 * @property {number} maxMessageBytes a phone's (or a not-yet-joined) frame; larger is refused, the connection kept
 * @property {number} maxFacilitatorMessageBytes the projector's frame (it sends the option texts)
 * @property {number} maxPayloadBytes the hard cap: a larger frame closes the connection (1009)
 * @property {number} burst messages a connection may send at once
 * @property {number} perSecond messages a connection may send per second after the burst
 * @property {number} floodCloseAfter messages dropped in a row before a flooding connection is closed
 * @property {number} maxAttempts wrong room codes or secrets per connection before it is closed
 * @property {number} joinTimeoutMs a connection that neither joins nor hosts is closed after this
 * @property {number} heartbeatMs ping interval; a socket that misses one ping is dropped (its phone keeps its vote)
 * @property {number} xcardCooldownMs one phone's wait between two pauses
 */

/** @type {Readonly<Limits>} */
export const DEFAULT_LIMITS = Object.freeze({
  maxParticipants: 200,
  maxPhonesPerDevice: 3,
  limitLoopback: false,
  wrongCodeBurst: 30,
  wrongCodesPerMinute: 30,
  maxConnections: 260,
  maxMessageBytes: 1024,
  maxFacilitatorMessageBytes: 16 * 1024,
  maxPayloadBytes: 64 * 1024,
  burst: 10,
  perSecond: 5,
  floodCloseAfter: 100,
  maxAttempts: 5,
  joinTimeoutMs: 15_000,
  heartbeatMs: 20_000,
  xcardCooldownMs: 30_000,
});

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
 * @typedef {object} Connection
 * @property {'none' | 'participant' | 'facilitator'} role
 * @property {string | null} token the phone's anonymous token, once joined
 * @property {TokenBucket} bucket
 * @property {number} dropped messages dropped in a row for going too fast
 * @property {number} lastTooFast when the last too-fast notice went out
 * @property {number} attempts wrong codes or secrets so far
 * @property {boolean} alive answered the last ping
 * @property {ReturnType<typeof setTimeout> | null} joinTimer
 * @property {string | null} device a salted hash of the address, or null for the laptop itself
 */

/**
 * @typedef {object} RunningRoomServer
 * @property {string} url the server's base address, ending in "/"
 * @property {string} wsUrl the room's WebSocket address
 * @property {number} port
 * @property {Room} room
 * @property {string} code
 * @property {string} secret
 * @property {() => Promise<FacilitatorInfo>} facilitatorInfo
 * @property {() => Promise<void>} close
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** @type {ReadonlySet<string>} */
const FACILITATOR_COMMANDS = new Set(FACILITATOR_ONLY);
/** @type {ReadonlySet<string>} */
const PARTICIPANT_COMMANDS = new Set(PARTICIPANT_ONLY);

/** @param {string | undefined} address */
function isLoopbackAddress(address) {
  return address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));
}

/**
 * Only the laptop itself may read the facilitator's secret: the request must come from
 * loopback, name a loopback host (no DNS rebinding) and not come from another site.
 * @param {import('node:http').IncomingMessage} req
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
 * @param {import('node:http').IncomingMessage} req
 */
function isSameOrigin(req) {
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
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}

/** @param {import('ws').RawData} data */
function asBuffer(data) {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

/**
 * Start the workshop server and open its room.
 * @param {RoomServerOptions} [options]
 * @returns {Promise<RunningRoomServer>}
 */
export async function startRoomServer(options = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bindHost = options.host ?? '127.0.0.1';
  const secret = options.secret ?? newSecret();
  const room = new Room({
    ...(options.code === undefined ? {} : { code: options.code }),
    secret,
    maxParticipants: limits.maxParticipants,
    maxPhonesPerDevice: limits.maxPhonesPerDevice,
    xcardCooldownMs: limits.xcardCooldownMs,
    lang: options.lang ?? 'nl',
  });
  const serveStatic = options.staticDir ? createStaticHandler(options.staticDir) : null;

  /** @type {Map<WebSocket, Connection>} */
  const connections = new Map();
  // Guessing the code from many connections at once: the room as a whole tolerates only so
  // many wrong codes. Phones coming back with their token are never held up by it.
  const wrongCodes = new TokenBucket(limits.wrongCodeBurst, limits.wrongCodesPerMinute / 60);
  // Devices are told apart by a hash of their address with a salt that dies with the server:
  // the address itself is never kept, and the hash means nothing outside this session.
  const salt = randomBytes(16);
  /** @param {import('node:http').IncomingMessage} req @returns {string | null} */
  const deviceOf = (req) => {
    const address = req.socket.remoteAddress ?? '';
    if (!limits.limitLoopback && isLoopbackAddress(address)) return null;
    return createHmac('sha256', salt).update(address).digest('base64url').slice(0, 16);
  };
  /** @type {WebSocket | null} */
  let facilitator = null;
  /** @type {FacilitatorInfo | null} */
  let info = null;
  let port = 0;

  // ------------------------------------------------------------------ sending

  /** @param {WebSocket} ws @param {object} message */
  function send(ws, message) {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  }

  /**
   * @param {WebSocket} ws @param {ErrorCode} code
   * @param {{ ref?: string | undefined, detail?: string, retryAfterMs?: number }} [extra]
   */
  function sendError(ws, code, extra = {}) {
    send(ws, {
      type: 'error',
      code,
      message: extra.detail ?? ERROR_MESSAGES[code],
      ...(extra.ref === undefined ? {} : { ref: extra.ref }),
      ...(extra.retryAfterMs === undefined ? {} : { retryAfterMs: extra.retryAfterMs }),
    });
  }

  /** Every phone gets its own view (its own vote), never anyone else's. */
  function broadcastPhones() {
    for (const [ws, conn] of connections) {
      if (conn.role === 'participant' && conn.token) send(ws, room.phoneState(conn.token));
    }
  }

  // Ballots from many phones in one turn of the event loop become one projector update.
  let roomUpdateQueued = false;
  function queueRoomUpdate() {
    if (roomUpdateQueued) return;
    roomUpdateQueued = true;
    setImmediate(() => {
      roomUpdateQueued = false;
      if (facilitator) send(facilitator, room.roomState());
    });
  }

  // ------------------------------------------------------------------ handling

  /** @param {WebSocket} ws @param {Connection} conn */
  function wrongAttempt(ws, conn) {
    conn.attempts += 1;
    if (conn.attempts >= limits.maxAttempts) ws.close(CLOSE.tooManyAttempts, 'too many wrong room codes or secrets');
  }

  /** @param {WebSocket} ws @param {Connection} conn @param {ClientMessage} message */
  function handle(ws, conn, message) {
    if (FACILITATOR_COMMANDS.has(message.type) && conn.role !== 'facilitator') {
      sendError(ws, 'not-facilitator', { ref: message.type });
      return;
    }
    if (PARTICIPANT_COMMANDS.has(message.type) && conn.role !== 'participant') {
      sendError(ws, conn.role === 'none' ? 'not-joined' : 'not-participant', { ref: message.type });
      return;
    }
    switch (message.type) {
      case 'join': {
        if (conn.role !== 'none') return sendError(ws, 'already-joined', { ref: 'join' });
        const returning = message.token !== undefined && room.participants.has(message.token);
        if (!returning && !wrongCodes.available()) {
          // Under a guessing attack new phones wait a moment and the code is not even checked,
          // so guessing gets nowhere; phones already in (with their token) carry on.
          return sendError(ws, 'too-fast', { ref: 'join', retryAfterMs: wrongCodes.retryAfterMs() });
        }
        if (!room.isCode(message.room)) {
          wrongCodes.take();
          sendError(ws, 'wrong-room', { ref: 'join' });
          return wrongAttempt(ws, conn);
        }
        const joined = room.join(message.token, conn.device);
        if (!joined.ok) return sendError(ws, joined.code, { ref: 'join' });
        settle(conn);
        conn.role = 'participant';
        conn.token = joined.token;
        room.connection(joined.token, 1);
        send(ws, { type: 'joined', token: joined.token });
        send(ws, room.phoneState(joined.token));
        queueRoomUpdate();
        return;
      }
      case 'host': {
        if (conn.role !== 'none') return sendError(ws, 'already-joined', { ref: 'host' });
        if (!room.isCode(message.room)) {
          sendError(ws, 'wrong-room', { ref: 'host' });
          return wrongAttempt(ws, conn);
        }
        if (!room.isSecret(message.secret)) {
          sendError(ws, 'wrong-secret', { ref: 'host' });
          return wrongAttempt(ws, conn);
        }
        settle(conn);
        conn.role = 'facilitator';
        // A reloaded projector takes over; the old tab is told why it lost the room.
        if (facilitator && facilitator !== ws) facilitator.close(CLOSE.replaced, 'another projector took over the room');
        facilitator = ws;
        send(ws, room.roomState());
        return;
      }
      case 'vote': {
        const token = /** @type {string} */ (conn.token);
        const cast = room.castVote(token, message.vote, message.option);
        if (!cast.ok) return sendError(ws, cast.code, { ref: 'vote' });
        send(ws, { type: 'vote-ok', vote: message.vote, option: message.option, receipt: cast.receipt });
        queueRoomUpdate();
        return;
      }
      case 'xcard': {
        const asked = room.xcard(/** @type {string} */ (conn.token));
        if (!asked.ok) return sendError(ws, asked.code, { ref: 'xcard', retryAfterMs: asked.retryAfterMs });
        send(ws, { type: 'xcard-ok', retryAfterMs: asked.retryAfterMs });
        if (facilitator) send(facilitator, { type: 'xcard', total: room.xcards });
        broadcastPhones();
        queueRoomUpdate();
        return;
      }
      case 'open-vote': {
        room.openVote(message);
        broadcastPhones();
        queueRoomUpdate();
        return;
      }
      case 'reveal': {
        const revealed = room.reveal(message.vote);
        if (!revealed.ok) return sendError(ws, revealed.code, { ref: 'reveal' });
        broadcastPhones();
        queueRoomUpdate();
        return;
      }
      case 'commit': {
        const committed = room.commit(message.vote, message.option);
        if (!committed.ok) return sendError(ws, committed.code, { ref: 'commit' });
        broadcastPhones();
        queueRoomUpdate();
        return;
      }
      case 'set-mode': {
        const changed = room.setMode(message.vote, message.mode);
        if (!changed.ok) return sendError(ws, changed.code, { ref: 'set-mode' });
        broadcastPhones();
        queueRoomUpdate();
        return;
      }
      case 'close-vote': {
        room.closeVote();
        broadcastPhones();
        queueRoomUpdate();
        return;
      }
      case 'set-lang': {
        room.lang = message.lang;
        broadcastPhones();
        queueRoomUpdate();
        return;
      }
      case 'set-paused': {
        room.paused = message.paused;
        broadcastPhones();
        queueRoomUpdate();
        return;
      }
    }
  }

  /** @param {Connection} conn */
  function settle(conn) {
    if (conn.joinTimer) clearTimeout(conn.joinTimer);
    conn.joinTimer = null;
  }

  /** @param {WebSocket} ws @param {import('ws').RawData} data @param {boolean} isBinary */
  function onFrame(ws, data, isBinary) {
    const conn = connections.get(ws);
    if (!conn) return;
    if (!conn.bucket.take()) {
      conn.dropped += 1;
      if (conn.dropped >= limits.floodCloseAfter) {
        ws.close(CLOSE.policy, 'too many messages');
        return;
      }
      // One notice a second at most: a flood must not be answered with a flood.
      const now = performance.now();
      if (now - conn.lastTooFast >= 1000) {
        conn.lastTooFast = now;
        sendError(ws, 'too-fast', { retryAfterMs: conn.bucket.retryAfterMs() });
      }
      return;
    }
    conn.dropped = 0;
    const bytes = asBuffer(data);
    const cap = conn.role === 'facilitator' ? limits.maxFacilitatorMessageBytes : limits.maxMessageBytes;
    if (bytes.length > cap) return sendError(ws, 'too-big', { detail: `${ERROR_MESSAGES['too-big']} The limit is ${cap} bytes.` });
    if (isBinary) return sendError(ws, 'bad-message', { detail: `${ERROR_MESSAGES['bad-message']} Send JSON text, not binary.` });
    const parsed = parseMessage(ClientMessageSchema, bytes.toString('utf8'));
    if (!parsed.ok) return sendError(ws, parsed.code, { detail: parsed.detail, ref: parsed.ref });
    handle(ws, conn, parsed.message);
  }

  /** @param {WebSocket} ws @param {import('node:http').IncomingMessage} req */
  function onConnection(ws, req) {
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
      device: deviceOf(req),
    };
    connections.set(ws, conn);
    ws.on('message', (data, isBinary) => onFrame(ws, data, isBinary));
    ws.on('pong', () => {
      conn.alive = true;
    });
    // ws reports a frame over maxPayload (and other protocol errors) here, then closes the
    // socket itself with the matching code; the room carries on. Nothing is logged.
    ws.on('error', () => {});
    ws.on('close', () => {
      settle(conn);
      connections.delete(ws);
      if (conn.role === 'participant' && conn.token) {
        room.connection(conn.token, -1);
        queueRoomUpdate();
      }
      if (facilitator === ws) facilitator = null;
    });
  }

  // ------------------------------------------------------------------ HTTP

  async function facilitatorInfo() {
    if (info) return info;
    const hosts = options.publicHost ? [options.publicHost] : reachableHosts(bindHost);
    const addresses = hosts.map((host) => `http://${host}:${port}/`);
    const joinUrl = `${addresses[0]}phone.html?room=${room.code}`;
    const qrSvg = await QRCode.toString(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    info = { protocol: PROTOCOL_VERSION, room: room.code, secret, joinUrl, addresses, qrSvg };
    return info;
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes, perMessageDeflate: false });
  wss.on('connection', onConnection);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === FACILITATOR_INFO_PATH) {
      if (!isFromThisLaptop(req)) {
        sendText(res, 403, 'The room secret is only given to the laptop running the workshop: open http://localhost on it.');
        return;
      }
      facilitatorInfo().then(
        (body) => {
          res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
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
  });

  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => {});
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== ROOM_PATH) return refuseUpgrade(socket, 404, 'Not Found');
    if (!isSameOrigin(req)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (connections.size >= limits.maxConnections) return refuseUpgrade(socket, 503, 'Room Full');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  // A phone that went to sleep without closing its socket is noticed by the missed ping;
  // its token and vote stay in the room for when it wakes.
  const heartbeat = setInterval(() => {
    for (const [ws, conn] of connections) {
      if (!conn.alive) {
        ws.terminate();
        continue;
      }
      conn.alive = false;
      ws.ping();
    }
  }, limits.heartbeatMs);
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
  const urlHost = bindHost === '0.0.0.0' || bindHost === '::' ? 'localhost' : bindHost.includes(':') ? `[${bindHost}]` : bindHost;

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
      for (const [ws, conn] of connections) {
        settle(conn);
        ws.close(CLOSE.roomClosed, 'the workshop has ended');
      }
      wss.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
