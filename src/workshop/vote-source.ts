// Where the room's votes come from. The workshop's vote logic (vote.ts) only ever sees
// counts; a VoteSource is what delivers them. Built in: hands in the air, counted by the
// facilitator and typed in on the projector screen (HandCountSource). Later, phones:
// the room server's projector client (issue 6) implements the same interface and is
// handed to the workshop instead — the vote logic, the screen and the session record
// stay as they are.
//
// The contract, for whoever writes a source:
// - `open(question)` is called when a vote opens on the projector (one per choice point,
//   and again when the facilitator replays a vote). The source starts collecting for
//   that question and forgets earlier ones; `question.id` is unique per vote.
// - It emits `counts` with the *total* per option — one number per entry of
//   `question.options`, in that order, locked options included (they may get votes but
//   never win). Emit as often as counts change; every event replaces the last.
// - It may emit `reveal` when its side asks to show the tally (a phone host's button);
//   the facilitator's own reveal key works whatever the source.
// - It may emit `pause` for an anonymous X-card: the projector shows a calm pause screen
//   and tells the facilitator, without saying who. It can come at any time, even while
//   no vote is open.
// - `close()` is called when the vote is committed or abandoned; counts after it are ignored.
// - `manual` says whether the facilitator types the counts (hands) or they arrive on
//   their own (phones); the screen shows input fields only for a manual source.
// - `destroy()` when the workshop ends: let go of sockets and timers.
//
// A live source may also answer four optional calls (hands need none of them):
// - `setMode(questionId, mode)` right after `open` and whenever the facilitator switches
//   between vote and advise (A), so phones can say which it is.
// - `reveal(questionId)` when the facilitator reveals (R). 'ready': the counts delivered so
//   far are final, show them. 'pending': they are on their way — the source then emits
//   `counts` and `reveal`, and the screen says it is fetching them until it does.
// - `committed(questionId, index)` once the choice is made (before `close`): the option's
//   story `index`, so phones can show what the room chose.
// - `resumed()` when the facilitator ends the pause screen an X-card opened.
import type { VoteMode } from '../../common/vote-rules.js';

export interface VoteQuestion {
  /** Unique per vote, e.g. "c12" for the 13th choice, "c12-r1" for a replay of it. */
  readonly id: string;
  readonly options: readonly { readonly index: number; readonly text: string; readonly locked: boolean }[];
}

export type VoteSourceEvent =
  | { readonly type: 'counts'; readonly questionId: string; readonly counts: readonly number[] }
  | { readonly type: 'reveal'; readonly questionId: string }
  | { readonly type: 'pause' };

export type VoteSourceListener = (event: VoteSourceEvent) => void;

export interface VoteSource {
  /** A short stable name for the session record: "hands", "phones". */
  readonly kind: string;
  /** True when the facilitator types the counts in (then the screen shows input fields). */
  readonly manual: boolean;
  open(question: VoteQuestion): void;
  close(): void;
  /** Listen to the source; returns a function that stops listening. */
  subscribe(listener: VoteSourceListener): () => void;
  destroy(): void;
  setMode?(questionId: string, mode: VoteMode): void;
  reveal?(questionId: string): 'pending' | 'ready';
  committed?(questionId: string, index: number): void;
  resumed?(): void;
}

/** A source whose counts the facilitator types in on the projector screen. */
export interface ManualVoteSource extends VoteSource {
  readonly manual: true;
  /** The facilitator typed a count for the option at `position` (0-based, as shown). */
  setCount(position: number, count: number): void;
  /** The facilitator signals an X-card raised in the room (key X). */
  requestPause(): void;
}

export function isManual(source: VoteSource): source is ManualVoteSource {
  return source.manual && typeof (source as Partial<ManualVoteSource>).setCount === 'function';
}

/** Hands in the air: the facilitator counts and types; this passes the counts on. */
export class HandCountSource implements ManualVoteSource {
  readonly kind = 'hands';
  readonly manual = true as const;
  private readonly listeners = new Set<VoteSourceListener>();
  private question: VoteQuestion | null = null;
  private counts: number[] = [];

  open(question: VoteQuestion): void {
    this.question = question;
    this.counts = question.options.map(() => 0);
  }

  close(): void {
    this.question = null;
    this.counts = [];
  }

  setCount(position: number, count: number): void {
    const question = this.question;
    if (!question || position < 0 || position >= this.counts.length) return;
    this.counts[position] = count;
    this.emit({ type: 'counts', questionId: question.id, counts: [...this.counts] });
  }

  requestPause(): void {
    this.emit({ type: 'pause' });
  }

  subscribe(listener: VoteSourceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.listeners.clear();
    this.close();
  }

  private emit(event: VoteSourceEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
