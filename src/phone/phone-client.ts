// The participant's side of the room: joins with the code, keeps the anonymous token the
// server handed out (in sessionStorage: a phone that sleeps or reloads comes back as the
// same phone, with its vote; nothing outlives the browser tab), votes, asks for a pause.
// It holds the phone's state; phone-view.ts draws it.

import {
  CLOSE,
  type ErrorCode,
  type PhoneMessage,
  PhoneMessageSchema,
  type PhoneState,
} from '../../common/protocol.js';
import { Emitter } from '../engine/emitter';
import { type ConnectionStatus, RoomSocket, type RoomSocketOptions } from '../room-client/room-socket';

/** Something worth telling a screen reader, as it happens. */
export type PhoneNews =
  | { readonly kind: 'new-vote'; readonly options: number }
  | { readonly kind: 'closed' }
  | { readonly kind: 'chosen'; readonly option: string }
  | { readonly kind: 'withdrawn' }
  | { readonly kind: 'counted'; readonly option: string }
  | { readonly kind: 'xcard-sent' }
  | { readonly kind: 'card'; readonly prompt: string }
  | { readonly kind: 'ended' }
  | { readonly kind: 'error'; readonly code: ErrorCode };

export interface PhoneEvents {
  /** The state changed: draw again. */
  change: undefined;
  news: PhoneNews;
}

/** Why the phone stopped trying, if it did. 'room-closed': the session ended (thank you);
 * 'removed': the facilitator took this phone out; 'elsewhere': it is open in a newer tab. */
export type Ended =
  | 'wrong-room'
  | 'room-full'
  | 'room-locked'
  | 'device-limit'
  | 'too-many-attempts'
  | 'room-closed'
  | 'removed'
  | 'elsewhere'
  | null;

/** Refusals after which this phone stops trying (until a new code is typed). */
const FINAL_ERRORS: ReadonlySet<ErrorCode> = new Set([
  'wrong-room',
  'room-full',
  'room-locked',
  'device-limit',
  'room-closed',
  'removed',
]);
/** Close codes that end it, and how. */
const FINAL_CLOSES: ReadonlyMap<number, Ended> = new Map<number, Ended>([
  [CLOSE.tooManyAttempts, 'too-many-attempts'],
  [CLOSE.roomClosed, 'room-closed'],
  [CLOSE.removed, 'removed'],
  [CLOSE.duplicate, 'elsewhere'],
]);

export interface TokenStore {
  get(room: string): string | null;
  set(room: string, token: string): void;
}

/** sessionStorage that never throws (private mode, storage off): then the token lives in memory. */
export function sessionTokenStore(storage: Storage | null): TokenStore {
  const memory = new Map<string, string>();
  const key = (room: string) => `de-dans-room-token:${room}`;
  return {
    get(room) {
      try {
        return storage?.getItem(key(room)) ?? memory.get(room) ?? null;
      } catch {
        return memory.get(room) ?? null;
      }
    },
    set(room, token) {
      memory.set(room, token);
      try {
        storage?.setItem(key(room), token);
      } catch {
        // memory only
      }
    },
  };
}

export class PhoneClient {
  readonly events = new Emitter<PhoneEvents>();
  status: ConnectionStatus = 'connecting';
  room: PhoneState | null = null;
  /** A vote sent and not yet confirmed (kept across a reconnect). */
  pending: { readonly vote: number; readonly option: number } | null = null;
  /** When a pause may be asked for again (ms since the page loaded), after asking. */
  xcardUntil = 0;
  xcardSent = false;
  /** The open vote's countdown: when it reaches zero (this page's clock), or the time left while held. */
  timer: { readonly vote: number; readonly endsAt: number | null; readonly heldMs: number } | null = null;
  lastError: ErrorCode | null = null;
  ended: Ended = null;
  private readonly socket: RoomSocket<PhoneMessage>;
  /** The pending vote may not have reached the room (the connection dropped): send it again. */
  private resend = false;
  /** The room has let this phone in on the current connection. */
  private joined = false;
  private rejoinTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly code: string,
    private readonly tokens: TokenStore,
    options: Pick<RoomSocketOptions<PhoneMessage>, 'url' | 'createSocket' | 'environment'>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.socket = new RoomSocket<PhoneMessage>({
      ...options,
      schema: PhoneMessageSchema,
      hello: () => {
        const token = this.tokens.get(code);
        return { type: 'join', room: code, ...(token ? { token } : {}) };
      },
      onMessage: (message) => this.receive(message),
      onStatus: (status, closeCode) => {
        this.status = status;
        if (status !== 'open') {
          this.resend = true;
          this.joined = false;
        }
        const ended = closeCode === undefined ? undefined : FINAL_CLOSES.get(closeCode);
        // A removed phone was told why before the close: keep that.
        if (ended && this.ended !== 'removed') this.ended = ended;
        this.events.emit('change', undefined);
      },
    });
  }

  start(): void {
    this.socket.start();
  }

  stop(): void {
    if (this.rejoinTimer) clearTimeout(this.rejoinTimer);
    this.rejoinTimer = null;
    this.socket.stop();
  }

  /** This phone's vote in the current choice, as the room has it (or as just sent). */
  get myVote(): number | null {
    const vote = this.room?.vote;
    if (this.pending && vote && this.pending.vote === vote.id) return this.pending.option;
    return this.room?.myVote ?? null;
  }

  vote(option: number): void {
    const vote = this.room?.vote;
    if (vote?.phase !== 'open') return;
    if (this.myVote === option && !this.pending) return; // already counted: nothing to send
    this.pending = { vote: vote.id, option };
    this.lastError = null;
    // Not connected: it goes out when the room is back (see takeState).
    if (!this.socket.send({ type: 'vote', vote: vote.id, option })) this.resend = true;
    this.events.emit('change', undefined);
  }

  /** Milliseconds left on the open vote's countdown, or null when none runs. */
  timerLeft(): number | null {
    const timer = this.timer;
    if (!timer || this.room?.vote?.id !== timer.vote || this.room.vote.phase !== 'open') return null;
    return timer.endsAt === null ? timer.heldMs : Math.max(0, timer.endsAt - this.now());
  }

  xcard(): void {
    if (this.now() < this.xcardUntil) return;
    this.lastError = null;
    this.socket.send({ type: 'xcard' });
  }

  private receive(message: PhoneMessage): void {
    switch (message.type) {
      case 'joined':
        this.joined = true;
        if (this.lastError === 'too-fast') this.lastError = null;
        this.tokens.set(this.code, message.token);
        return;
      case 'state':
        this.takeState(message);
        break;
      case 'count': {
        const vote = this.room?.vote;
        if (this.room && vote?.id === message.vote)
          this.room = { ...this.room, vote: { ...vote, voted: message.voted, of: message.of } };
        break;
      }
      case 'vote-ok': {
        if (this.pending?.vote === message.vote && this.pending.option === message.option) this.pending = null;
        if (this.room?.vote?.id === message.vote) {
          this.room = { ...this.room, myVote: message.option };
          this.events.emit('news', { kind: 'counted', option: this.room.vote?.options[message.option]?.text ?? '' });
        }
        break;
      }
      case 'xcard-ok':
        this.xcardSent = true;
        this.xcardUntil = this.now() + message.retryAfterMs;
        this.events.emit('news', { kind: 'xcard-sent' });
        break;
      case 'error':
        this.takeError(message.code, message.retryAfterMs);
        break;
    }
    this.events.emit('change', undefined);
  }

  private takeState(next: PhoneState): void {
    const before = this.room?.vote ?? null;
    const after = next.vote;
    if (next.card && next.card.prompt !== this.room?.card?.prompt)
      this.events.emit('news', { kind: 'card', prompt: next.card.prompt });
    if (next.ended && !this.room?.ended) this.events.emit('news', { kind: 'ended' });
    this.room = next;
    this.ended = next.ended ? 'room-closed' : null;
    const timer = after?.phase === 'open' ? after.timer : null;
    this.timer = after &&
      timer && {
        vote: after.id,
        endsAt: timer.running ? this.now() + timer.remainingMs : null,
        heldMs: timer.remainingMs,
      };
    if (after && (!before || before.id !== after.id))
      this.events.emit('news', { kind: 'new-vote', options: after.options.length });
    else if (after && before && before.phase === 'open' && after.phase !== 'open')
      this.events.emit('news', { kind: 'closed' });
    if (after?.phase === 'committed' && before?.phase !== 'committed' && after.chosen !== null) {
      this.events.emit('news', { kind: 'chosen', option: after.options[after.chosen]?.text ?? '' });
    }
    if (!after && before && before.phase !== 'committed') this.events.emit('news', { kind: 'withdrawn' });
    // A vote sent while the connection was down goes out now, if its choice is still open.
    const pending = this.pending;
    if (!pending) return;
    if (after?.id !== pending.vote || after.phase !== 'open' || next.myVote === pending.option) {
      this.pending = null;
    } else if (this.resend) {
      this.resend = false;
      this.socket.send({ type: 'vote', vote: pending.vote, option: pending.option });
    }
  }

  private takeError(code: ErrorCode, retryAfterMs?: number): void {
    if (code === 'duplicate-vote') {
      // Counted already: that is what the phone wanted.
      this.pending = null;
      return;
    }
    if (FINAL_ERRORS.has(code)) {
      this.ended = code as Ended;
      this.socket.stop();
    }
    if (code === 'too-fast' && !this.joined) {
      // The room is holding new phones back for a moment (someone is guessing codes): try again.
      this.socket.stop();
      this.status = 'reconnecting';
      this.lastError = code;
      this.rejoinTimer = setTimeout(
        () => {
          this.rejoinTimer = null;
          this.socket.start();
        },
        Math.max(1000, retryAfterMs ?? 0),
      );
      return;
    }
    if (code === 'xcard-too-soon' && retryAfterMs !== undefined) this.xcardUntil = this.now() + retryAfterMs;
    if (
      code === 'vote-closed' ||
      code === 'stale-vote' ||
      code === 'no-open-vote' ||
      code === 'bad-option' ||
      code === 'device-voted'
    )
      this.pending = null;
    this.lastError = code;
    this.events.emit('news', { kind: 'error', code });
  }
}
