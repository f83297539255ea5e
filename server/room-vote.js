// @ts-check
// One vote of the room, as pure state and rules: the ballots (one per phone, and one per
// device), the reveal, the commit, the mode and the countdown. room.js holds the current
// vote and calls these; nothing here knows about sockets or timers.
import { topOptions } from '../common/vote-rules.js';

/** @typedef {import('../common/protocol.js').ErrorCode} ErrorCode */
/** @typedef {import('../common/vote-rules.js').VoteMode} VoteMode */
/** @typedef {import('../common/protocol.js').VotePhase} VotePhase */
/** @typedef {import('../common/protocol.js').VoteOption} VoteOption */
/** @typedef {import('../common/protocol.js').VoteTimerState} VoteTimerState */

/**
 * @typedef {object} Vote
 * @property {number} id
 * @property {string | null} ref the facilitator's own label for it
 * @property {string | undefined} prompt
 * @property {VoteOption[]} options
 * @property {VoteMode} mode
 * @property {VotePhase} phase
 * @property {Map<string, number>} ballots token → option; one ballot per phone
 * @property {Map<string, string>} deviceVoters device → the token that voted from it: one
 *   ballot per device (a second tab or a cleared browser cannot vote again). In memory for
 *   this vote only, like the ballots themselves.
 * @property {number} received ballots accepted, changes included
 * @property {number[] | null} counts
 * @property {number[] | null} top
 * @property {number | null} chosen
 * @property {{ remainingMs: number, running: boolean, at: number } | null} timer as last set, and when
 */

/** @typedef {{ ok: true } | { ok: false, code: ErrorCode }} Outcome */

/**
 * @param {number} id
 * @param {{ options: VoteOption[], prompt?: string | undefined, mode: VoteMode, ref?: string | undefined }} spec
 * @returns {Vote}
 */
export function newVote(id, spec) {
  return {
    id,
    ref: spec.ref ?? null,
    prompt: spec.prompt,
    options: spec.options.map((o) => ({ text: o.text, locked: o.locked })),
    mode: spec.mode,
    phase: 'open',
    ballots: new Map(),
    deviceVoters: new Map(),
    received: 0,
    counts: null,
    top: null,
    chosen: null,
    timer: null,
  };
}

/**
 * The vote a command names must be the current one.
 * @param {Vote | null} vote @param {number} voteId
 * @returns {ErrorCode | null}
 */
function mismatch(vote, voteId) {
  if (!vote || vote.id !== voteId) return vote && voteId < vote.id ? 'stale-vote' : 'no-open-vote';
  return null;
}

/**
 * A phone votes or changes its vote. The same option twice is refused as a duplicate: it
 * is counted once. A device (`null`: not limited, the laptop itself) votes through one
 * phone only.
 * @param {Vote | null} vote @param {string} token @param {string | null} device
 * @param {number} voteId @param {number} option
 * @returns {{ ok: true, receipt: number } | { ok: false, code: ErrorCode }}
 */
export function castVote(vote, token, device, voteId, option) {
  const wrong = mismatch(vote, voteId);
  if (wrong || !vote) return { ok: false, code: wrong ?? 'no-open-vote' };
  if (vote.phase !== 'open') return { ok: false, code: 'vote-closed' };
  if (option >= vote.options.length) return { ok: false, code: 'bad-option' };
  if (vote.ballots.get(token) === option) return { ok: false, code: 'duplicate-vote' };
  if (device !== null) {
    const voter = vote.deviceVoters.get(device);
    if (voter !== undefined && voter !== token) return { ok: false, code: 'device-voted' };
    vote.deviceVoters.set(device, token);
  }
  vote.ballots.set(token, option);
  vote.received += 1;
  return { ok: true, receipt: vote.received };
}

/** Take a removed phone's ballot back, while the vote is open. @param {Vote | null} vote @param {string} token */
export function withdrawBallot(vote, token) {
  if (vote?.phase !== 'open' || !vote.ballots.delete(token)) return;
  for (const [device, voter] of vote.deviceVoters) if (voter === token) vote.deviceVoters.delete(device);
}

/** @param {Vote | null} vote @param {number} voteId @returns {Outcome} */
export function reveal(vote, voteId) {
  const wrong = mismatch(vote, voteId);
  if (wrong || !vote) return { ok: false, code: wrong ?? 'no-open-vote' };
  if (vote.phase !== 'open') return { ok: false, code: 'already-revealed' };
  const counts = vote.options.map(() => 0);
  for (const option of vote.ballots.values()) counts[option] = (counts[option] ?? 0) + 1;
  vote.counts = counts;
  vote.top = topOptions(
    counts,
    vote.options.map((o) => o.locked),
  );
  vote.phase = 'revealed';
  vote.timer = null;
  return { ok: true };
}

/**
 * The facilitator commits the choice. In vote mode it must be an open option with the
 * most votes — with a tie, the facilitator picks among them; in advise mode any open one.
 * @param {Vote | null} vote @param {number} voteId @param {number} option @returns {Outcome}
 */
export function commit(vote, voteId, option) {
  const wrong = mismatch(vote, voteId);
  if (wrong || !vote) return { ok: false, code: wrong ?? 'no-open-vote' };
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
 * @param {Vote | null} vote @param {number} voteId @param {VoteMode} mode @returns {Outcome}
 */
export function setMode(vote, voteId, mode) {
  const wrong = mismatch(vote, voteId);
  if (wrong || !vote) return { ok: false, code: wrong ?? 'no-open-vote' };
  if (vote.phase === 'committed') return { ok: false, code: 'already-committed' };
  vote.mode = mode;
  return { ok: true };
}

/**
 * The countdown of an open vote, as the facilitator's screen runs it; null switches it off.
 * @param {Vote | null} vote @param {number} voteId @param {VoteTimerState | null} timer @param {number} now
 * @returns {Outcome}
 */
export function setTimer(vote, voteId, timer, now) {
  const wrong = mismatch(vote, voteId);
  if (wrong || !vote) return { ok: false, code: wrong ?? 'no-open-vote' };
  if (vote.phase !== 'open') return { ok: false, code: 'vote-closed' };
  vote.timer = timer && { remainingMs: timer.remainingMs, running: timer.running, at: now };
  return { ok: true };
}

/** The countdown as it stands at `now`. @param {Vote} vote @param {number} now @returns {VoteTimerState | null} */
export function timerAt(vote, now) {
  const timer = vote.timer;
  if (!timer || vote.phase !== 'open') return null;
  const remainingMs = timer.running ? Math.max(0, Math.round(timer.remainingMs - (now - timer.at))) : timer.remainingMs;
  return { remainingMs, running: timer.running };
}
