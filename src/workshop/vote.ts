// Deciding together, as pure data: the counts for each option of one choice, whether
// they are shown yet, and who decides. No DOM and no clock — the workshop screen and
// any vote source (hands counted by the facilitator, later phones) feed it counts, and
// it answers what the room decided, or that the facilitator must pick.
//
// Counts stay hidden until the facilitator reveals them (so the first hands up don't steer
// the rest); only a revealed vote can be committed. Who may be chosen then is the room's
// rule, shared with the room server: common/vote-rules.js.
import type { VoteOption } from '../../common/protocol.js';
import { committable, lockedLeads as lockedLeadsIn, topOptions, type VoteMode } from '../../common/vote-rules.js';

/** One option as a round sees it: a vote option's lock, and its place among the story's choices. */
export type RoundOption = Pick<VoteOption, 'locked'> & { readonly index: number };

/** What the counts say, once revealed. Indices are the options' `index`. */
export type Outcome =
  /** One open option has the most votes: the room decided. */
  | { readonly kind: 'winner'; readonly index: number }
  /** Open options share the top count: the facilitator picks among `candidates`. */
  | { readonly kind: 'tie'; readonly candidates: readonly number[] }
  /** No open option got a vote: the facilitator picks among every open option. */
  | { readonly kind: 'no-votes'; readonly candidates: readonly number[] }
  /** Advise mode: `advised` are the room's favourites; the facilitator picks any of `candidates`. */
  | { readonly kind: 'advice'; readonly advised: readonly number[]; readonly candidates: readonly number[] };

export interface VoteRound {
  readonly options: readonly RoundOption[];
  /** One count per option, in the order of `options`. */
  readonly counts: readonly number[];
  readonly revealed: boolean;
  readonly mode: VoteMode;
}

/** How a committed choice came about, for the session record and the debrief. */
export interface Decision {
  readonly index: number;
  readonly decidedBy: 'room' | 'facilitator';
  readonly outcome: Outcome['kind'];
}

export type CommitRefusal =
  /** The counts are still hidden: reveal first. */
  | 'not-revealed'
  /** The facilitator has to pick (a tie, no votes, or advise mode) and did not. */
  | 'pick-needed'
  /** The pick is not among the options the facilitator may choose from. */
  | 'not-a-candidate';

export type CommitResult =
  | { readonly ok: true; readonly decision: Decision }
  | { readonly ok: false; readonly refusal: CommitRefusal };

/** The most a hand count can be: a room, not a stadium (and a typo guard). */
export const MAX_COUNT = 999;

export function openRound(options: readonly RoundOption[], mode: VoteMode): VoteRound {
  if (!options.some((o) => !o.locked)) throw new Error('A vote needs at least one option that can be taken.');
  return { options, counts: options.map(() => 0), revealed: false, mode };
}

/** Set the count of the option at position `position` (0-based, as shown). */
export function setCount(round: VoteRound, position: number, count: number): VoteRound {
  if (position < 0 || position >= round.options.length) return round;
  const counts = [...round.counts];
  counts[position] = clampCount(count);
  return { ...round, counts };
}

/** Replace every count at once (a live source such as phones delivers totals). */
export function setCounts(round: VoteRound, counts: readonly number[]): VoteRound {
  return { ...round, counts: round.options.map((_, i) => clampCount(counts[i] ?? 0)) };
}

export function reveal(round: VoteRound): VoteRound {
  return { ...round, revealed: true };
}

export function hide(round: VoteRound): VoteRound {
  return { ...round, revealed: false };
}

export function setMode(round: VoteRound, mode: VoteMode): VoteRound {
  return { ...round, mode };
}

export function totalVotes(round: VoteRound): number {
  return round.counts.reduce((sum, n) => sum + n, 0);
}

/** What the counts decide, whether revealed or not (the screen shows it only once revealed). */
export function outcome(round: VoteRound): Outcome {
  const locked = round.options.map((o) => o.locked);
  const indices = (positions: readonly number[]) => positions.flatMap((p) => round.options[p]?.index ?? []);
  const candidates = indices(committable(round.counts, locked, round.mode));
  const leaders = indices(topOptions(round.counts, locked));
  const anyVotes = round.counts.some((n, i) => n > 0 && !locked[i]);
  if (round.mode === 'advise') return { kind: 'advice', advised: anyVotes ? leaders : [], candidates };
  const [winner] = leaders;
  if (!anyVotes) return { kind: 'no-votes', candidates };
  if (winner === undefined || leaders.length > 1) return { kind: 'tie', candidates: leaders };
  return { kind: 'winner', index: winner };
}

/**
 * True when a locked option got more votes than any open one: the room reached for a
 * step that was out of reach. The screen says so; the debrief can ask about it.
 */
export function lockedLeads(round: VoteRound): boolean {
  return lockedLeadsIn(
    round.counts,
    round.options.map((o) => o.locked),
  );
}

/** Does this round need the facilitator to pick an option before it can be committed? */
export function needsPick(round: VoteRound): boolean {
  return outcome(round).kind !== 'winner';
}

/**
 * Commit the vote. `pick` is the facilitator's choice (an option's `index`); it is needed
 * for a tie, for no votes and in advise mode, and ignored when the room has a winner.
 */
export function commit(round: VoteRound, pick?: number): CommitResult {
  if (!round.revealed) return { ok: false, refusal: 'not-revealed' };
  const result = outcome(round);
  if (result.kind === 'winner')
    return { ok: true, decision: { index: result.index, decidedBy: 'room', outcome: 'winner' } };
  if (pick === undefined) return { ok: false, refusal: 'pick-needed' };
  if (!result.candidates.includes(pick)) return { ok: false, refusal: 'not-a-candidate' };
  return { ok: true, decision: { index: pick, decidedBy: 'facilitator', outcome: result.kind } };
}

/**
 * A count as the facilitator typed it: digits only, at most MAX_COUNT. Empty means 0;
 * anything else (letters, a minus sign, a fraction) is null — the screen says why.
 */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= MAX_COUNT ? n : null;
}

function clampCount(n: number): number {
  if (!Number.isFinite(n) || n < 0) return 0;
  return Math.min(MAX_COUNT, Math.floor(n));
}
