// @ts-check
// The command table: one handler per message type, run once the frame has passed the size,
// rate and schema checks (connections.js) and the sender's role fits the command. Each
// handler changes the room through room.js and tells whoever needs to know.
import { CLOSE } from '../common/protocol.js';
import { TokenBucket } from './rate-limit.js';

/** @typedef {import('ws').WebSocket} WebSocket */
/** @typedef {import('../common/protocol.js').ClientMessage} ClientMessage */
/** @typedef {import('./hub.js').Hub} Hub */
/** @typedef {import('./hub.js').Connection} Connection */
/**
 * @template {ClientMessage['type']} T
 * @typedef {(hub: Hub, ws: WebSocket, conn: Connection, message: Extract<ClientMessage, { type: T }>) => void} Handler
 */

/** @param {WebSocket} ws @param {Connection} conn @param {Hub} hub */
function wrongAttempt(hub, ws, conn) {
  conn.attempts += 1;
  if (conn.attempts >= hub.limits.maxAttempts) ws.close(CLOSE.tooManyAttempts, 'too many wrong room codes or secrets');
}

/** @param {Connection} conn */
export function settle(conn) {
  if (conn.joinTimer) clearTimeout(conn.joinTimer);
  conn.joinTimer = null;
}

/** @type {Handler<'join'>} */
function join(hub, ws, conn, message) {
  const { room } = hub;
  if (conn.role !== 'none') return hub.sendError(ws, 'already-joined', { ref: 'join' });
  // A token the room gave out proves more than the code: it is let in after a new code too.
  if (!room.knows(message.token)) {
    const guesses = hub.wrongCodeBucket(conn.address);
    // An address that keeps guessing waits, and its codes are not even checked meanwhile;
    // every other address joins as ever.
    if (!guesses.available())
      return hub.sendError(ws, 'too-fast', { ref: 'join', retryAfterMs: guesses.retryAfterMs() });
    if (!room.isCode(message.room)) {
      guesses.take();
      hub.sendError(ws, 'wrong-room', { ref: 'join' });
      return wrongAttempt(hub, ws, conn);
    }
  }
  const joined = room.join(message.token, conn.device);
  if (!joined.ok) return hub.sendError(ws, joined.code, { ref: 'join' });
  settle(conn);
  // One phone, at most its cap of sockets: the newest stays, the oldest makes way.
  const others = hub.socketsOf(joined.token);
  for (const [old, oldConn] of others.slice(0, Math.max(0, others.length - hub.limits.maxSocketsPerToken + 1))) {
    // Let go of it at once, so the cap holds at every moment, not only once it has closed.
    oldConn.role = 'none';
    oldConn.token = null;
    room.connection(joined.token, -1);
    old.close(CLOSE.duplicate, 'this phone is open in a newer tab or connection');
  }
  conn.role = 'participant';
  conn.token = joined.token;
  room.connection(joined.token, 1);
  hub.send(ws, { type: 'joined', token: joined.token });
  hub.send(ws, room.phoneState(joined.token));
  hub.queueRoomUpdate();
  hub.queuePhoneCounts();
}

/**
 * @param {Hub} hub @param {WebSocket} ws @param {Connection} conn
 * @param {Extract<ClientMessage, { type: 'host' | 'watch' }>} message
 * @param {'facilitator' | 'watcher'} role
 */
function facilitatorHello(hub, ws, conn, message, role) {
  const { room } = hub;
  if (conn.role !== 'none') return hub.sendError(ws, 'already-joined', { ref: message.type });
  if (!room.isCode(message.room)) {
    hub.sendError(ws, 'wrong-room', { ref: message.type });
    return wrongAttempt(hub, ws, conn);
  }
  if (!room.isSecret(message.secret)) {
    hub.sendError(ws, 'wrong-secret', { ref: message.type });
    return wrongAttempt(hub, ws, conn);
  }
  settle(conn);
  conn.role = role;
  if (role === 'facilitator') {
    conn.bucket = new TokenBucket(hub.limits.facilitatorBurst, hub.limits.facilitatorPerSecond);
    // A reloaded projector takes over; the old tab is told why it lost the room.
    if (hub.facilitator && hub.facilitator !== ws)
      hub.facilitator.close(CLOSE.replaced, 'another projector took over the room');
    hub.facilitator = ws;
  }
  hub.send(ws, room.roomState(role === 'facilitator' ? 'host' : 'watch'));
}

/** @type {Handler<'vote'>} */
function vote(hub, ws, conn, message) {
  const cast = hub.room.castVote(/** @type {string} */ (conn.token), message.vote, message.option, conn.device);
  if (!cast.ok) return hub.sendError(ws, cast.code, { ref: 'vote' });
  hub.send(ws, { type: 'vote-ok', vote: message.vote, option: message.option, receipt: cast.receipt });
  hub.queueRoomUpdate();
  hub.queuePhoneCounts();
}

/** @type {Handler<'xcard'>} */
function xcard(hub, ws, conn) {
  const { room } = hub;
  const wasPaused = room.paused;
  const asked = room.xcard(/** @type {string} */ (conn.token));
  if (!asked.ok) return hub.sendError(ws, asked.code, { ref: 'xcard', retryAfterMs: asked.retryAfterMs });
  hub.send(ws, { type: 'xcard-ok', retryAfterMs: asked.retryAfterMs });
  if (asked.alert && hub.facilitator) {
    hub.send(hub.facilitator, {
      type: 'xcard',
      total: room.xcards,
      paused: room.paused,
      recent: room.xcardLimit.recent(),
    });
  }
  if (room.paused !== wasPaused) hub.broadcastPhones();
  hub.queueRoomUpdate();
}

/**
 * A facilitator command whose outcome is ok or a refusal; on ok everyone hears of it.
 * @template {ClientMessage['type']} T
 * @param {(hub: Hub, message: Extract<ClientMessage, { type: T }>) => import('./room-vote.js').Outcome} act
 * @returns {Handler<T>}
 */
function roomCommand(act) {
  return (hub, ws, _conn, message) => {
    const outcome = act(hub, message);
    if (!outcome.ok) return hub.sendError(ws, outcome.code, { ref: message.type });
    hub.changed();
  };
}
const OK = /** @type {const} */ ({ ok: true });

/** @typedef {import('./room.js').Room} Room */
/**
 * A facilitator command `set-<field>` that sets one field of the room to the message's value
 * of the same name; everyone hears of it. The message is typed by the room's field, so the
 * command table checks each `set-` message against the field it sets.
 * @template {'lang' | 'paused' | 'card' | 'locked'} K
 * @param {K} field
 * @returns {(hub: Hub, ws: WebSocket, conn: Connection, message: { [F in K]: Room[F] }) => void}
 */
function setRoom(field) {
  return (hub, _ws, _conn, message) => {
    hub.room[field] = message[field];
    hub.changed();
  };
}

/** @type {Handler<'remove-phone'>} */
function removePhone(hub, ws, _conn, message) {
  const token = hub.room.remove(message.badge);
  if (token === null) return hub.sendError(ws, 'no-such-phone', { ref: 'remove-phone' });
  for (const [socket, conn] of hub.socketsOf(token)) {
    if (conn.device !== null) hub.room.banDevice(conn.device);
    hub.sendError(socket, 'removed');
    socket.close(CLOSE.removed, 'the facilitator removed this phone');
    conn.token = null;
    conn.role = 'none';
  }
  hub.send(ws, { type: 'phones', phones: hub.room.phoneList() });
  hub.changed();
  hub.queuePhoneCounts();
}

/** Close every phone of the session that is over: they say thank you. @param {Hub} hub */
function closePhones(hub) {
  hub.forPhones((socket) => socket.close(CLOSE.roomClosed, 'the session has ended'));
}

/** @type {{ [T in ClientMessage['type']]: Handler<T> }} */
export const COMMANDS = {
  join,
  host: (hub, ws, conn, message) => facilitatorHello(hub, ws, conn, message, 'facilitator'),
  watch: (hub, ws, conn, message) => facilitatorHello(hub, ws, conn, message, 'watcher'),
  vote,
  xcard,
  'open-vote': roomCommand((hub, m) => {
    hub.room.openVote(m);
    return OK;
  }),
  reveal: roomCommand((hub, m) => hub.room.reveal(m.vote)),
  commit: roomCommand((hub, m) => hub.room.commit(m.vote, m.option)),
  'set-mode': roomCommand((hub, m) => hub.room.setMode(m.vote, m.mode)),
  'set-timer': roomCommand((hub, m) => hub.room.setTimer(m.vote, m.timer)),
  'close-vote': roomCommand((hub) => {
    hub.room.closeVote();
    return OK;
  }),
  'set-lang': setRoom('lang'),
  'set-paused': setRoom('paused'),
  'set-card': setRoom('card'),
  'set-locked': setRoom('locked'),
  'list-phones': (hub, ws) => hub.send(ws, { type: 'phones', phones: hub.room.phoneList() }),
  'remove-phone': removePhone,
  'rotate-code': (hub) => {
    hub.room.rotateCode();
    hub.queueRoomUpdate();
    hub.sendJoinInfo();
  },
  'end-session': (hub) => {
    hub.room.end();
    hub.broadcastPhones();
    closePhones(hub);
    hub.queueRoomUpdate();
  },
  'new-session': (hub) => {
    hub.room.end();
    hub.broadcastPhones();
    closePhones(hub);
    hub.room.newSession();
    hub.queueRoomUpdate();
    hub.sendJoinInfo();
  },
};
