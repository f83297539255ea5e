// Phones as workshop mode's vote source (src/workshop/vote-source.ts). The workshop opens
// a question; this opens the same vote in the room, and the phones show it. The server
// keeps the counts to itself until the facilitator reveals — so nobody, the projector
// included, can watch votes come in and guess who pressed what — and only then are they
// handed to the workshop's own vote logic, which decides as it does for hands.
//
// The workshop screen talks to a source through the VoteSource interface plus four
// optional calls this source answers (see the bottom of vote-source.ts): `reveal` (the
// facilitator wants the tally: fetch it), `committed` (tell the phones what was chosen),
// `setMode` (vote or advise) and `resumed` (the pause is over).
//
// Everything the workshop asked for is kept as *wanted* state and re-sent whenever the
// room is reachable again, so a projector that loses the Wi-Fi for a moment loses nothing.
import type { RoomState, VoteOption } from '../../common/protocol.js';
import type { VoteMode } from '../../common/vote-rules.js';
import type { VoteQuestion, VoteSource, VoteSourceEvent, VoteSourceListener } from '../workshop/vote-source';
import type { RoomClient } from './room-client';

export type RevealAnswer = 'pending' | 'ready';
type RoomVote = NonNullable<RoomState['vote']>;

interface Wanted {
  readonly question: VoteQuestion;
  mode: VoteMode;
  /** The server's id for this vote, once the room opened it. */
  voteId: number | null;
  /** The last room vote id before we asked to open ours: the next one is ours. */
  openedAfter: number;
  reveal: boolean;
  /** The counts went to the workshop (once). */
  delivered: boolean;
  /** The option's position among the question's options, once committed. */
  commit: number | null;
}

export class PhoneVoteSource implements VoteSource {
  readonly kind = 'phones';
  readonly manual = false;
  private readonly listeners = new Set<VoteSourceListener>();
  private wanted: Wanted | null = null;
  private lastVoteId = 0;
  /** Commands already sent on this connection, so a state update does not repeat them. */
  private sent = new Set<string>();
  private queued = false;
  /** A vote of the room was already taken up as one of this page's questions. */
  private boundAny = false;
  private readonly unsubscribe: (() => void)[];

  constructor(
    private readonly client: RoomClient,
    private readonly options: { readonly stopClientOnDestroy?: boolean } = {},
  ) {
    this.unsubscribe = [
      client.events.on('room', () => this.reconcile()),
      client.events.on('status', (status) => {
        // A new connection knows nothing of what the last one sent.
        if (status !== 'open') this.sent.clear();
      }),
      // Only a pause the room took: when pauses keep coming the server holds them back and the
      // facilitator's screen shows the alert (RoomClient's `xcard` event, paused: false).
      client.events.on('xcard', (alert) => {
        if (alert.paused) this.emit({ type: 'pause' });
      }),
    ];
  }

  open(question: VoteQuestion): void {
    this.wanted = {
      question,
      mode: 'vote',
      voteId: null,
      openedAfter: Math.max(this.lastVoteId, this.client.state?.vote?.id ?? 0),
      reveal: false,
      delivered: false,
      commit: null,
    };
    this.sent.clear();
    this.queueReconcile();
  }

  /** The facilitator switched vote ↔ advise (also called right after `open`). */
  setMode(questionId: string, mode: VoteMode): void {
    if (this.wanted?.question.id !== questionId) return;
    this.wanted.mode = mode;
    this.queueReconcile();
  }

  /**
   * The facilitator wants the tally. 'pending': the counts are on their way; this source
   * emits `counts` and then `reveal` when they arrive. 'ready': they are already there.
   */
  reveal(questionId: string): RevealAnswer {
    const wanted = this.wanted;
    if (!wanted || wanted.question.id !== questionId || wanted.delivered) return 'ready';
    wanted.reveal = true;
    this.reconcile();
    return wanted.delivered ? 'ready' : 'pending';
  }

  /** The workshop committed the option with this story `index`: the phones are told. */
  committed(questionId: string, index: number): void {
    const wanted = this.wanted;
    if (!wanted || wanted.question.id !== questionId) return;
    const position = wanted.question.options.findIndex((o) => o.index === index);
    if (position < 0) return;
    wanted.commit = position;
    this.reconcile();
  }

  /** The pause is over: the phones stop showing it. */
  resumed(): void {
    this.client.setPaused(false);
  }

  close(): void {
    const wanted = this.wanted;
    // Abandoned (a jump, a replay) rather than committed: take it off the phones. A
    // committed vote stays on them ("the room chose …") until the next one opens.
    if (wanted && wanted.commit === null) this.client.closeVote();
    if (wanted?.commit === null || wanted?.voteId === null) this.wanted = null;
    // A commit not yet through stays wanted until the room has it or a new vote opens.
    this.reconcile();
  }

  subscribe(listener: VoteSourceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    for (const stop of this.unsubscribe) stop();
    this.listeners.clear();
    this.wanted = null;
    // The workshop is over: so is this projector's connection to the room.
    if (this.options.stopClientOnDestroy) this.client.stop();
  }

  private emit(event: VoteSourceEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private queueReconcile(): void {
    if (this.queued) return;
    this.queued = true;
    // Let a synchronous setMode right after open ride along with the open.
    queueMicrotask(() => {
      this.queued = false;
      this.reconcile();
    });
  }

  /** Send whatever the room lacks of what the workshop wants; deliver what the room has. */
  private reconcile(): void {
    const state = this.client.state;
    const wanted = this.wanted;
    const roomVote = state?.vote ?? null;
    if (roomVote) this.lastVoteId = Math.max(this.lastVoteId, roomVote.id);
    if (!wanted || !state || this.client.status !== 'open') return;

    if (wanted.voteId === null) {
      // Ours once the room opened it — or, for the first question of a projector page that
      // was reloaded in the middle of a vote, the room's open vote on this very question:
      // the phones' votes stand. Only then: a later question with the same options must
      // not take over a vote this page just committed (its state may still say revealed).
      const reloaded = !this.boundAny && roomVote !== null && sameQuestion(roomVote, wanted.question);
      if (roomVote && (roomVote.id > wanted.openedAfter || reloaded)) {
        wanted.voteId = roomVote.id;
        this.boundAny = true;
      } else {
        this.once('open', () =>
          this.client.openVote(
            wanted.question.options.map((o): VoteOption => ({ text: o.text, locked: o.locked })),
            wanted.mode,
            undefined,
            // The question's id comes back with the room's vote: a reloaded projector knows it by it.
            wanted.question.id,
          ),
        );
        return;
      }
    }
    const id = wanted.voteId;
    // Another projector replaced our vote: nothing here is ours to change any more.
    if (!roomVote || roomVote.id !== id) return;

    if (roomVote.mode !== wanted.mode && roomVote.phase !== 'committed')
      this.once(`mode-${wanted.mode}`, () => this.client.setMode(id, wanted.mode));
    if ((wanted.reveal || wanted.commit !== null) && roomVote.phase === 'open')
      this.once('reveal', () => this.client.reveal(id));
    if (roomVote.counts && wanted.reveal && !wanted.delivered) {
      wanted.delivered = true;
      this.emit({ type: 'counts', questionId: wanted.question.id, counts: roomVote.counts });
      this.emit({ type: 'reveal', questionId: wanted.question.id });
    }
    const commit = wanted.commit;
    // Sent after any mode change on the same socket, so the room judges it in the right mode.
    if (commit !== null && roomVote.phase === 'revealed')
      this.once(`commit-${commit}`, () => this.client.commit(id, commit));
  }

  /** Send a command at most once per connection (until the room state says otherwise). */
  private once(key: string, send: () => boolean): void {
    if (this.sent.has(key)) return;
    if (send()) this.sent.add(key);
  }
}

/** A room vote not yet committed on this question: opened with its id, or with exactly its
 * options (text and lock, in order) — a reloaded page may number its questions anew. */
function sameQuestion(roomVote: RoomVote, question: VoteQuestion): boolean {
  if (roomVote.phase === 'committed') return false;
  if (roomVote.ref === question.id) return true;
  return (
    roomVote.options.length === question.options.length &&
    roomVote.options.every((o, i) => o.text === question.options[i]?.text && o.locked === question.options[i]?.locked)
  );
}
