// @ts-check
// One workshop room, as pure state and rules: who joined (anonymous tokens only), the
// current vote and its ballots, the reveal, the commit, the X-card. No sockets and no
// timers here, so every rule is tested directly; room-server.js carries the messages.
//
// Privacy: a participant is a random token and a ballot, nothing else — no address, no
// name, no device. It all lives in memory and is gone when the server stops.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH, topOptions } from './protocol.js';

/** @typedef {import('./protocol.js').ErrorCode} ErrorCode */
/** @typedef {import('./protocol.js').Lang} Lang */
/** @typedef {import('./protocol.js').VoteMode} VoteMode */
/** @typedef {import('./protocol.js').VotePhase} VotePhase */
/** @typedef {import('./protocol.js').VoteOption} VoteOption */
/** @typedef {import('./protocol.js').PhoneState} PhoneState */
/** @typedef {import('./protocol.js').RoomState} RoomState */

/** A short code for the projector and the QR link, from a cryptographic random source. */
export function newRoomCode() {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** The facilitator's secret: 256 random bits, never shown on the projector. */
export function newSecret() {
  return randomBytes(32).toString('base64url');
}

/** A phone's anonymous token: 144 random bits, so one phone cannot guess another's. */
export function newToken() {
  return randomBytes(18).toString('base64url');
}

/** @param {string} text */
function digest(text) {
  return createHash('sha256').update(text).digest();
}

/**
 * @typedef {object} Participant
 * @property {number} connections open sockets with this token (a phone may briefly have two)
 * @property {number} lastXCard when this phone last paused the game (ms), or -Infinity
 */

/**
 * @typedef {object} Vote
 * @property {number} id
 * @property {string | undefined} prompt
 * @property {VoteOption[]} options
 * @property {VoteMode} mode
 * @property {VotePhase} phase
 * @property {Map<string, number>} ballots token → option; one ballot per phone
 * @property {number} received ballots accepted, changes included
 * @property {number[] | null} counts
 * @property {number[] | null} top
 * @property {number | null} chosen
 */

/** @typedef {{ ok: true } | { ok: false, code: ErrorCode, retryAfterMs?: number }} Outcome */

/**
 * @typedef {object} RoomOptions
 * @property {string} [code]
 * @property {string} [secret]
 * @property {number} [maxParticipants]
 * @property {number} [maxPhonesPerDevice] new tokens one device may take (a second tab, a cleared browser)
 * @property {number} [xcardCooldownMs] how long one phone waits between two pauses
 * @property {Lang} [lang]
 * @property {() => number} [now]
 */

export class Room {
  /** @param {RoomOptions} [options] */
  constructor(options = {}) {
    this.code = options.code ?? newRoomCode();
    this.secretDigest = digest(options.secret ?? newSecret());
    this.maxParticipants = options.maxParticipants ?? 200;
    this.maxPhonesPerDevice = options.maxPhonesPerDevice ?? 3;
    /**
     * New tokens per device, so one phone cannot open tab after tab and vote many times.
     * Keyed by a salted hash of the address (see room-server.js), never the address itself,
     * and not linked to any token: who voted what stays unknowable.
     * @type {Map<string, number>}
     */
    this.phonesPerDevice = new Map();
    this.xcardCooldownMs = options.xcardCooldownMs ?? 30_000;
    this.now = options.now ?? Date.now;
    /** @type {Lang} */
    this.lang = options.lang ?? 'nl';
    this.paused = false;
    this.xcards = 0;
    /** @type {Map<string, Participant>} */
    this.participants = new Map();
    /** @type {Vote | null} */
    this.vote = null;
    this.lastVoteId = 0;
  }

  /** @param {string} code as typed: case does not matter */
  isCode(code) {
    return code.toUpperCase() === this.code;
  }

  /**
   * Constant-time comparison (of digests, so the lengths match too): the secret cannot be
   * found a character at a time.
   * @param {string} secret
   */
  isSecret(secret) {
    return timingSafeEqual(digest(secret), this.secretDigest);
  }

  /**
   * A phone joins, or comes back with the token it was given. An unknown token (say, from
   * before a server restart) is treated as a first visit.
   * @param {string | undefined} token
   * @param {string | null} [device] an opaque key for the device, or null when not limited (the laptop itself)
   * @returns {{ ok: true, token: string, returning: boolean } | { ok: false, code: ErrorCode }}
   */
  join(token, device = null) {
    if (token !== undefined && this.participants.has(token)) return { ok: true, token, returning: true };
    if (this.participants.size >= this.maxParticipants) return { ok: false, code: 'room-full' };
    if (device !== null) {
      const taken = this.phonesPerDevice.get(device) ?? 0;
      if (taken >= this.maxPhonesPerDevice) return { ok: false, code: 'device-limit' };
      this.phonesPerDevice.set(device, taken + 1);
    }
    const fresh = newToken();
    this.participants.set(fresh, { connections: 0, lastXCard: -Infinity });
    return { ok: true, token: fresh, returning: false };
  }

  /** @param {string} token @param {1 | -1} delta */
  connection(token, delta) {
    const participant = this.participants.get(token);
    if (participant) participant.connections = Math.max(0, participant.connections + delta);
  }

  connectedCount() {
    let connected = 0;
    for (const participant of this.participants.values()) if (participant.connections > 0) connected++;
    return connected;
  }

  /**
   * Open a new vote; any earlier one that was not committed is dropped.
   * @param {{ options: VoteOption[], prompt?: string | undefined, mode: VoteMode }} spec
   */
  openVote(spec) {
    this.lastVoteId += 1;
    this.vote = {
      id: this.lastVoteId,
      prompt: spec.prompt,
      options: spec.options.map((o) => ({ text: o.text, locked: o.locked })),
      mode: spec.mode,
      phase: 'open',
      ballots: new Map(),
      received: 0,
      counts: null,
      top: null,
      chosen: null,
    };
    return this.vote;
  }

  closeVote() {
    this.vote = null;
  }

  /**
   * A phone votes or changes its vote. The same option twice is refused as a duplicate:
   * it is counted once.
   * @param {string} token @param {number} voteId @param {number} option
   * @returns {{ ok: true, receipt: number } | { ok: false, code: ErrorCode }}
   */
  castVote(token, voteId, option) {
    const vote = this.vote;
    if (!vote) return { ok: false, code: 'no-open-vote' };
    if (voteId !== vote.id) return { ok: false, code: voteId < vote.id ? 'stale-vote' : 'no-open-vote' };
    if (vote.phase !== 'open') return { ok: false, code: 'vote-closed' };
    if (option >= vote.options.length) return { ok: false, code: 'bad-option' };
    if (vote.ballots.get(token) === option) return { ok: false, code: 'duplicate-vote' };
    vote.ballots.set(token, option);
    vote.received += 1;
    return { ok: true, receipt: vote.received };
  }

  /** @param {number} voteId @returns {Outcome} */
  reveal(voteId) {
    const vote = this.vote;
    if (!vote || vote.id !== voteId) return { ok: false, code: vote && voteId < vote.id ? 'stale-vote' : 'no-open-vote' };
    if (vote.phase !== 'open') return { ok: false, code: 'already-revealed' };
    const counts = vote.options.map(() => 0);
    for (const option of vote.ballots.values()) counts[option] = (counts[option] ?? 0) + 1;
    vote.counts = counts;
    vote.top = topOptions(counts, vote.options.map((o) => o.locked));
    vote.phase = 'revealed';
    return { ok: true };
  }

  /**
   * The facilitator commits the choice. In vote mode it must be an open option with the
   * most votes — with a tie, the facilitator picks among them; in advise mode any open one.
   * @param {number} voteId @param {number} option @returns {Outcome}
   */
  commit(voteId, option) {
    const vote = this.vote;
    if (!vote || vote.id !== voteId) return { ok: false, code: vote && voteId < vote.id ? 'stale-vote' : 'no-open-vote' };
    if (vote.phase === 'open') return { ok: false, code: 'not-revealed' };
    if (vote.phase === 'committed') return { ok: false, code: 'already-committed' };
    if (option >= vote.options.length) return { ok: false, code: 'bad-option' };
    if (vote.options[option]?.locked) return { ok: false, code: 'option-locked' };
    if (vote.mode === 'vote' && !(vote.top ?? []).includes(option)) return { ok: false, code: 'not-a-top-option' };
    vote.chosen = option;
    vote.phase = 'committed';
    return { ok: true };
  }

  /**
   * The facilitator switches vote ↔ advise, any time before the commit.
   * @param {number} voteId @param {VoteMode} mode @returns {Outcome}
   */
  setMode(voteId, mode) {
    const vote = this.vote;
    if (!vote || vote.id !== voteId) return { ok: false, code: vote && voteId < vote.id ? 'stale-vote' : 'no-open-vote' };
    if (vote.phase === 'committed') return { ok: false, code: 'already-committed' };
    vote.mode = mode;
    return { ok: true };
  }

  /**
   * A phone asks for a pause. Anonymous: the room only learns that someone did.
   * @param {string} token
   * @returns {{ ok: true, retryAfterMs: number } | { ok: false, code: ErrorCode, retryAfterMs: number }}
   */
  xcard(token) {
    const participant = this.participants.get(token);
    if (!participant) return { ok: false, code: 'not-joined', retryAfterMs: 0 };
    const now = this.now();
    const wait = participant.lastXCard + this.xcardCooldownMs - now;
    if (wait > 0) return { ok: false, code: 'xcard-too-soon', retryAfterMs: Math.ceil(wait) };
    participant.lastXCard = now;
    this.xcards += 1;
    this.paused = true;
    return { ok: true, retryAfterMs: this.xcardCooldownMs };
  }

  /** What one phone may see: the options, its own vote, and counts only after the reveal.
   * @param {string} token @returns {PhoneState} */
  phoneState(token) {
    const vote = this.vote;
    return {
      type: 'state',
      lang: this.lang,
      paused: this.paused,
      vote: vote && {
        id: vote.id,
        ...(vote.prompt === undefined ? {} : { prompt: vote.prompt }),
        options: vote.options,
        mode: vote.mode,
        phase: vote.phase,
        counts: vote.counts,
        chosen: vote.chosen,
      },
      myVote: vote?.ballots.get(token) ?? null,
    };
  }

  /** What the projector may see: how many voted while open, never who voted what.
   * @returns {RoomState} */
  roomState() {
    const vote = this.vote;
    return {
      type: 'room',
      room: this.code,
      lang: this.lang,
      paused: this.paused,
      connected: this.connectedCount(),
      joined: this.participants.size,
      maxParticipants: this.maxParticipants,
      xcards: this.xcards,
      vote: vote && {
        id: vote.id,
        mode: vote.mode,
        phase: vote.phase,
        optionCount: vote.options.length,
        options: vote.options.map((o) => ({ text: o.text, locked: o.locked })),
        voted: vote.ballots.size,
        received: vote.received,
        counts: vote.counts,
        top: vote.top,
        chosen: vote.chosen,
      },
    };
  }
}
