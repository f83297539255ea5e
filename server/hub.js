// @ts-check
// What every part of the server shares: the room, the limits, the open connections and the
// ways to send. A message goes out from here only — one phone gets its own view (its own
// vote), the facilitator's screens get the room's, never a participant's.
import { ERROR_MESSAGES } from '../common/protocol.js';
import { TokenBucket } from './rate-limit.js';

/** @typedef {import('ws').WebSocket} WebSocket */
/** @typedef {import('../common/protocol.js').ErrorCode} ErrorCode */
/** @typedef {import('../common/protocol.js').FacilitatorInfo} FacilitatorInfo */
/** @typedef {import('./room.js').Room} Room */
/** @typedef {import('./limits.js').Limits} Limits */

/**
 * @typedef {object} Connection
 * @property {'none' | 'participant' | 'facilitator' | 'watcher'} role
 * @property {string | null} token the phone's anonymous token, once joined
 * @property {TokenBucket} bucket
 * @property {number} dropped messages dropped in a row for going too fast
 * @property {number} lastTooFast when the last too-fast notice went out
 * @property {number} attempts wrong codes or secrets so far
 * @property {boolean} alive answered the last ping
 * @property {ReturnType<typeof setTimeout> | null} joinTimer
 * @property {string} address a salted hash of the address: the per-address limits' key
 * @property {string | null} device the same, or null when the device is not limited (the laptop itself)
 * @property {boolean} hostLane came in on the facilitator's reserved lane
 * @property {number} openedAt when it connected (ms), for making way for newer ones
 */

export class Hub {
  /**
   * @param {Room} room
   * @param {Readonly<Limits>} limits
   * @param {(code: string) => Promise<FacilitatorInfo>} facilitatorInfo
   */
  constructor(room, limits, facilitatorInfo) {
    this.room = room;
    this.limits = limits;
    this.facilitatorInfo = facilitatorInfo;
    /** @type {Map<WebSocket, Connection>} */
    this.connections = new Map();
    /** @type {WebSocket | null} */
    this.facilitator = null;
    this.roomUpdateQueued = false;
    this.countQueued = false;
    this.lastCountAt = -Infinity;
    /** Wrong room codes per address (its salted hash): a guesser slows only itself. @type {Map<string, TokenBucket>} */
    this.wrongCodes = new Map();
  }

  /** @param {string} address */
  wrongCodeBucket(address) {
    let bucket = this.wrongCodes.get(address);
    if (!bucket) {
      bucket = new TokenBucket(this.limits.wrongCodeBurst, this.limits.wrongCodesPerMinute / 60);
      this.wrongCodes.set(address, bucket);
    }
    return bucket;
  }

  /** Forget addresses whose guesses have long run back to full. */
  pruneWrongCodes() {
    for (const [address, bucket] of this.wrongCodes) {
      bucket.available();
      if (bucket.tokens >= bucket.capacity) this.wrongCodes.delete(address);
    }
  }

  /** @param {WebSocket} ws @param {object} message */
  send(ws, message) {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  }

  /**
   * @param {WebSocket} ws @param {ErrorCode} code
   * @param {{ ref?: string | undefined, detail?: string, retryAfterMs?: number }} [extra]
   */
  sendError(ws, code, extra = {}) {
    this.send(ws, {
      type: 'error',
      code,
      message: extra.detail ?? ERROR_MESSAGES[code],
      ...(extra.ref === undefined ? {} : { ref: extra.ref }),
      ...(extra.retryAfterMs === undefined ? {} : { retryAfterMs: extra.retryAfterMs }),
    });
  }

  /** @param {(ws: WebSocket, conn: Connection) => void} each */
  forPhones(each) {
    for (const [ws, conn] of this.connections) if (conn.role === 'participant' && conn.token) each(ws, conn);
  }

  /** The sockets of one phone (a token may briefly have two). @param {string} token */
  socketsOf(token) {
    return [...this.connections].filter(([, conn]) => conn.role === 'participant' && conn.token === token);
  }

  /** Every phone gets its own view (its own vote), never anyone else's. */
  broadcastPhones() {
    this.forPhones((ws, conn) => this.send(ws, this.room.phoneState(/** @type {string} */ (conn.token))));
  }

  /** The room changed: every phone and every facilitator screen hears of it. */
  changed() {
    this.broadcastPhones();
    this.queueRoomUpdate();
  }

  /** To the facilitator's screens: the hosting one and any watching (audience) one. @param {object} message */
  sendFacilitators(message) {
    for (const [ws, conn] of this.connections)
      if (conn.role === 'facilitator' || conn.role === 'watcher') this.send(ws, message);
  }

  // Ballots from many phones in one turn of the event loop become one projector update.
  queueRoomUpdate() {
    if (this.roomUpdateQueued) return;
    this.roomUpdateQueued = true;
    setImmediate(() => {
      this.roomUpdateQueued = false;
      for (const [ws, conn] of this.connections) {
        if (conn.role === 'facilitator') this.send(ws, this.room.roomState('host'));
        else if (conn.role === 'watcher') this.send(ws, this.room.roomState('watch'));
      }
    });
  }

  /** "12 of 18 voted" on the phones: a few times a second at most, however fast ballots come. */
  queuePhoneCounts() {
    if (this.countQueued || !this.room.vote || this.room.vote.phase !== 'open') return;
    this.countQueued = true;
    const wait = Math.max(0, this.lastCountAt + this.limits.countEveryMs - performance.now());
    setTimeout(() => {
      this.countQueued = false;
      this.lastCountAt = performance.now();
      const vote = this.room.vote;
      if (vote?.phase !== 'open') return;
      const count = { type: 'count', vote: vote.id, voted: vote.ballots.size, of: this.room.eligibleCount(vote) };
      this.forPhones((ws) => this.send(ws, count));
    }, wait).unref();
  }

  /** The join address changed: the facilitator's screens get the new one with its QR code. */
  sendJoinInfo() {
    const code = this.room.code;
    this.facilitatorInfo(code).then(
      (info) => {
        if (this.room.code === code)
          this.sendFacilitators({ type: 'join-info', room: info.room, joinUrl: info.joinUrl, qrSvg: info.qrSvg });
      },
      () => {},
    );
  }
}
