// @ts-check
// One workshop room, as pure state and rules: who joined (anonymous tokens and a number
// each, nothing else), the lock, the current vote (room-vote.js), the X-card (with a
// room-wide limit, xcard-limit.js), phase cards, removing a phone, a new code, the end.
// No sockets and no timers here, so every rule is tested directly; the server carries the
// messages.
//
// Privacy: a participant is a random token, a random number and a ballot — no address, no
// name, no device. It all lives in memory and is gone when the server stops.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../common/protocol.js';
import * as ballot from './room-vote.js';
import { XCardLimiter } from './xcard-limit.js';

/** @typedef {import('../common/protocol.js').ErrorCode} ErrorCode */
/** @typedef {import('../common/language.js').Lang} Lang */
/** @typedef {import('../common/vote-rules.js').VoteMode} VoteMode */
/** @typedef {import('../common/protocol.js').VoteOption} VoteOption */
/** @typedef {import('../common/protocol.js').VoteTimerState} VoteTimerState */
/** @typedef {import('../common/protocol.js').PhaseCard} PhaseCard */
/** @typedef {import('../common/protocol.js').PhoneState} PhoneState */
/** @typedef {import('../common/protocol.js').RoomState} RoomState */
/** @typedef {import('../common/protocol.js').PhoneEntry} PhoneEntry */
/** @typedef {import('./room-vote.js').Vote} Vote */
/** @typedef {import('./room-vote.js').Outcome} Outcome */
/** @typedef {import('./xcard-limit.js').XCardLimits} XCardLimits */

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
 * @property {string} badge the number the phone shows, so the facilitator can name it
 * @property {number} connections open sockets with this token (a phone may briefly have two)
 * @property {number} lastXCard when this phone last paused the game (ms), or -Infinity
 * @property {number} strikes frames refused or dropped for breaking the protocol or flooding
 */

/**
 * @typedef {object} RoomOptions
 * @property {string} [code]
 * @property {string} [secret]
 * @property {number} [maxParticipants]
 * @property {number} [maxPhonesPerDevice] new tokens one device may take (a second tab, a cleared browser)
 * @property {number} [xcardCooldownMs] how long one phone waits between two pauses
 * @property {XCardLimits} [xcardLimits] the room-wide X-card limit
 * @property {Lang} [lang]
 * @property {() => number} [now]
 */

/** @typedef {{ ok: true, token: string, returning: boolean } | { ok: false, code: ErrorCode }} JoinOutcome */

export class Room {
  /** @param {RoomOptions} [options] */
  constructor(options = {}) {
    this.options = options;
    this.secretDigest = digest(options.secret ?? newSecret());
    this.maxParticipants = options.maxParticipants ?? 200;
    this.maxPhonesPerDevice = options.maxPhonesPerDevice ?? 3;
    this.xcardCooldownMs = options.xcardCooldownMs ?? 30_000;
    this.now = options.now ?? Date.now;
    /** @type {Lang} */
    this.lang = options.lang ?? 'nl';
    this.code = options.code ?? newRoomCode();
    this.paused = false;
    this.locked = false;
    this.ended = false;
    /** @type {PhaseCard | null} */
    this.card = null;
    /** @type {Map<string, Participant>} */
    this.participants = new Map();
    /** @type {Map<string, string>} badge → token */
    this.badges = new Map();
    /**
     * New tokens per device, so one phone cannot open tab after tab and vote many times.
     * Keyed by a salted hash of the address (see connections.js), never the address itself.
     * @type {Map<string, number>}
     */
    this.phonesPerDevice = new Map();
    /** @type {Set<string>} tokens of removed phones: never let back in */
    this.revoked = new Set();
    /** @type {Set<string>} devices of removed phones: not with this code (a new code lifts it) */
    this.bannedDevices = new Set();
    this.xcardLimit = new XCardLimiter(options.xcardLimits, this.now);
    /** @type {Vote | null} */
    this.vote = null;
    /** Vote ids keep counting across sessions, so no phone mistakes a new vote for an old one. */
    this.lastVoteId = 0;
  }

  /** A fresh room for the next session: a new code, no phones, no vote, unlocked. */
  newSession() {
    this.rotateCode();
    this.paused = false;
    this.locked = false;
    this.ended = false;
    this.card = null;
    this.participants.clear();
    this.badges.clear();
    this.phonesPerDevice.clear();
    this.revoked.clear();
    this.xcardLimit = new XCardLimiter(this.options.xcardLimits, this.now);
    this.vote = null;
  }

  get xcards() {
    return this.xcardLimit.total;
  }

  /** @param {string} code as typed: case does not matter */
  isCode(code) {
    return code.toUpperCase() === this.code;
  }

  /** A token the room gave out, in or removed: it proves the phone was let in before. @param {string | undefined} token */
  knows(token) {
    return token !== undefined && (this.participants.has(token) || this.revoked.has(token));
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
   * @returns {JoinOutcome}
   */
  join(token, device = null) {
    if (this.ended) return { ok: false, code: 'room-closed' };
    if (token !== undefined && this.revoked.has(token)) {
      if (device !== null) this.bannedDevices.add(device);
      return { ok: false, code: 'removed' };
    }
    if (token !== undefined && this.participants.has(token)) return { ok: true, token, returning: true };
    if (device !== null && this.bannedDevices.has(device)) return { ok: false, code: 'removed' };
    if (this.locked) return { ok: false, code: 'room-locked' };
    if (this.participants.size >= this.maxParticipants) return { ok: false, code: 'room-full' };
    if (device !== null) {
      const taken = this.phonesPerDevice.get(device) ?? 0;
      if (taken >= this.maxPhonesPerDevice) return { ok: false, code: 'device-limit' };
      this.phonesPerDevice.set(device, taken + 1);
    }
    const fresh = newToken();
    const badge = this.freeBadge();
    this.participants.set(fresh, { badge, connections: 0, lastXCard: -Infinity, strikes: 0 });
    this.badges.set(badge, fresh);
    return { ok: true, token: fresh, returning: false };
  }

  /** A random number no phone in the room has: three digits, four once 600 are taken (so a free one is found at once). */
  freeBadge() {
    for (;;) {
      const badge = String(this.badges.size < 600 ? randomInt(100, 1000) : randomInt(1000, 10_000));
      if (!this.badges.has(badge)) return badge;
    }
  }

  /** @param {string} token @param {1 | -1} delta */
  connection(token, delta) {
    const participant = this.participants.get(token);
    if (participant) participant.connections = Math.max(0, participant.connections + delta);
  }

  /** A refused or dropped frame from this phone. @param {string} token */
  strike(token) {
    const participant = this.participants.get(token);
    if (participant) participant.strikes += 1;
  }

  connectedCount() {
    let connected = 0;
    for (const participant of this.participants.values()) if (participant.connections > 0) connected++;
    return connected;
  }

  /** Phones that can vote in `vote`: connected now, or asleep with a ballot in it. @param {Vote} vote */
  eligibleCount(vote) {
    let eligible = 0;
    for (const [token, participant] of this.participants)
      if (participant.connections > 0 || vote.ballots.has(token)) eligible++;
    return eligible;
  }

  /**
   * Remove the phone with this number: its token is void, its ballot in the open vote taken
   * back. Returns its token so the server can close its sockets and ban their devices.
   * @param {string} badge @returns {string | null}
   */
  remove(badge) {
    const token = this.badges.get(badge);
    if (token === undefined) return null;
    this.badges.delete(badge);
    this.participants.delete(token);
    this.revoked.add(token);
    ballot.withdrawBallot(this.vote, token);
    return token;
  }

  /** @param {string} device */
  banDevice(device) {
    this.bannedDevices.add(device);
  }

  /** A new code: phones already in keep their tokens; a removed phone's device may join again with it. */
  rotateCode() {
    let code = newRoomCode();
    while (code === this.code) code = newRoomCode();
    this.code = code;
    this.bannedDevices.clear();
  }

  /** The session is over: no more joins, no more votes. */
  end() {
    this.ended = true;
    this.paused = false;
    this.card = null;
    if (this.vote && this.vote.phase !== 'committed') this.vote = null;
  }

  /** @param {string} badge */
  hasBadge(badge) {
    return this.badges.has(badge);
  }

  /** @returns {PhoneEntry[]} in number order */
  phoneList() {
    return [...this.participants.values()]
      .map((p) => ({ badge: p.badge, connected: p.connections > 0, strikes: p.strikes }))
      .sort((a, b) => Number(a.badge) - Number(b.badge));
  }

  // ------------------------------------------------------------------ the vote

  /**
   * Open a new vote; any earlier one that was not committed is dropped.
   * @param {{ options: VoteOption[], prompt?: string | undefined, mode: VoteMode, ref?: string | undefined }} spec
   */
  openVote(spec) {
    this.lastVoteId += 1;
    this.vote = ballot.newVote(this.lastVoteId, spec);
    return this.vote;
  }

  closeVote() {
    this.vote = null;
  }

  /**
   * @param {string} token @param {number} voteId @param {number} option
   * @param {string | null} [device] the device it comes from (null: not limited)
   * @returns {{ ok: true, receipt: number } | { ok: false, code: ErrorCode }}
   */
  castVote(token, voteId, option, device = null) {
    if (!this.participants.has(token)) return { ok: false, code: 'not-joined' };
    if (this.ended) return { ok: false, code: 'room-closed' };
    return ballot.castVote(this.vote, token, device, voteId, option);
  }

  /** @param {number} voteId */
  reveal(voteId) {
    return ballot.reveal(this.vote, voteId);
  }

  /** @param {number} voteId @param {number} option */
  commit(voteId, option) {
    return ballot.commit(this.vote, voteId, option);
  }

  /** @param {number} voteId @param {VoteMode} mode */
  setMode(voteId, mode) {
    return ballot.setMode(this.vote, voteId, mode);
  }

  /** @param {number} voteId @param {VoteTimerState | null} timer */
  setTimer(voteId, timer) {
    return ballot.setTimer(this.vote, voteId, timer, this.now());
  }

  // ------------------------------------------------------------------ the X-card

  /**
   * A phone asks for a pause. Anonymous: the room only learns that someone did. One phone
   * waits `xcardCooldownMs` between two; room-wide, a burst is one pause and one alert.
   * @param {string} token
   * @returns {{ ok: true, retryAfterMs: number, alert: boolean } | { ok: false, code: ErrorCode, retryAfterMs: number }}
   */
  xcard(token) {
    const participant = this.participants.get(token);
    if (!participant) return { ok: false, code: 'not-joined', retryAfterMs: 0 };
    if (this.ended) return { ok: false, code: 'room-closed', retryAfterMs: 0 };
    const now = this.now();
    const wait = participant.lastXCard + this.xcardCooldownMs - now;
    if (wait > 0) return { ok: false, code: 'xcard-too-soon', retryAfterMs: Math.ceil(wait) };
    participant.lastXCard = now;
    const verdict = this.xcardLimit.play(this.paused);
    if (verdict.pause) this.paused = true;
    return { ok: true, retryAfterMs: this.xcardCooldownMs, alert: verdict.alert };
  }

  // ------------------------------------------------------------------ what each side sees

  /** What one phone may see: the options, its own vote, how many voted, and counts only
   * after the reveal. @param {string} token @returns {PhoneState} */
  phoneState(token) {
    const vote = this.vote;
    return {
      type: 'state',
      lang: this.lang,
      paused: this.paused,
      ended: this.ended,
      badge: this.participants.get(token)?.badge ?? '100',
      card: this.card,
      vote: vote && {
        id: vote.id,
        ...(vote.prompt === undefined ? {} : { prompt: vote.prompt }),
        options: vote.options,
        mode: vote.mode,
        phase: vote.phase,
        counts: vote.counts,
        chosen: vote.chosen,
        voted: vote.ballots.size,
        of: this.eligibleCount(vote),
        timer: ballot.timerAt(vote, this.now()),
      },
      myVote: vote?.ballots.get(token) ?? null,
    };
  }

  /** What the projector may see: how many voted while open, never who voted what.
   * @param {'host' | 'watch'} role @returns {RoomState} */
  roomState(role) {
    const vote = this.vote;
    return {
      type: 'room',
      room: this.code,
      role,
      lang: this.lang,
      paused: this.paused,
      locked: this.locked,
      ended: this.ended,
      connected: this.connectedCount(),
      joined: this.participants.size,
      maxParticipants: this.maxParticipants,
      xcards: this.xcardLimit.total,
      pauses: this.xcardLimit.pauses,
      card: this.card,
      vote: vote && {
        id: vote.id,
        ref: vote.ref,
        mode: vote.mode,
        phase: vote.phase,
        optionCount: vote.options.length,
        options: vote.options.map((o) => ({ text: o.text, locked: o.locked })),
        voted: vote.ballots.size,
        of: this.eligibleCount(vote),
        received: vote.received,
        counts: vote.counts,
        top: vote.top,
        chosen: vote.chosen,
        timer: ballot.timerAt(vote, this.now()),
      },
    };
  }
}
