// The facilitator's side of the room: hosts it with the facilitator's secret and sends the
// facilitator's commands (votes, timer, phase cards, lock, removing a phone, a new code,
// the end); hears the room's state (who is in, how many voted, the counts once revealed)
// and the anonymous X-cards. A second window (the audience view) may `watch`: it hears the
// room and commands nothing. Thin on purpose: what a vote *means* is workshop mode's
// business (src/workshop/vote.ts); phone-vote-source.ts connects the two.

import type { Lang } from '../../common/language.js';
import {
  type ErrorMessage,
  HOST_LANE_PARAM,
  type JoinInfo,
  type PhaseCard,
  type PhoneEntry,
  type ProjectorMessage,
  ProjectorMessageSchema,
  type RoomState,
  type VoteOption,
  type VoteTimerState,
  type XCardAlert,
} from '../../common/protocol.js';
import type { VoteMode } from '../../common/vote-rules.js';
import { Emitter } from '../engine/emitter';
import { type ConnectionStatus, RoomSocket, type RoomSocketOptions } from './room-socket';

export interface RoomClientEvents {
  status: ConnectionStatus;
  /** The room as it is now; sent on every change. */
  room: RoomState;
  /** Someone paused the game from a phone (a burst is one alert). Who is not known, to anyone. */
  xcard: XCardAlert;
  /** The phones by number, as asked with `listPhones()` (host only). */
  phones: readonly PhoneEntry[];
  /** The join address and QR code changed (a new code, a new session). */
  joinInfo: JoinInfo;
  /** The server refused a command (the message says why). */
  error: ErrorMessage;
}

export interface RoomAccess {
  /** The room's WebSocket address. */
  readonly url: string;
  readonly room: string;
  readonly secret: string;
}

export type RoomRole = 'host' | 'watch';

export interface RoomClientOptions extends Pick<RoomSocketOptions<ProjectorMessage>, 'createSocket' | 'environment'> {
  /** 'host' (default) commands the room; 'watch' only listens (an audience window). */
  readonly role?: RoomRole;
}

/** The room's address on the facilitator's own lane: let in even when the room is full. */
export function hostLaneUrl(url: string, secret: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${HOST_LANE_PARAM}=${encodeURIComponent(secret)}`;
}

export class RoomClient {
  readonly events = new Emitter<RoomClientEvents>();
  readonly role: RoomRole;
  private readonly socket: RoomSocket<ProjectorMessage>;
  private current: RoomState | null = null;
  private currentStatus: ConnectionStatus = 'connecting';
  private closeCode: number | undefined;
  private code: string;
  private latestJoinInfo: JoinInfo | null = null;
  private latestPhones: readonly PhoneEntry[] = [];

  constructor(access: RoomAccess, options: RoomClientOptions = {}) {
    this.role = options.role ?? 'host';
    this.code = access.room;
    this.socket = new RoomSocket<ProjectorMessage>({
      ...options,
      url: hostLaneUrl(access.url, access.secret),
      schema: ProjectorMessageSchema,
      // The code may have been rotated since the page loaded: come back with the current one.
      hello: () => ({ type: this.role, room: this.code, secret: access.secret }),
      onMessage: (message) => this.receive(message),
      onStatus: (status, code) => {
        this.currentStatus = status;
        this.closeCode = code;
        this.events.emit('status', status);
      },
    });
  }

  start(): void {
    this.socket.start();
  }

  stop(): void {
    this.socket.stop();
  }

  /** The last room state heard, or null before the first. */
  get state(): RoomState | null {
    return this.current;
  }

  get status(): ConnectionStatus {
    return this.currentStatus;
  }

  /** Why the connection closed for good (see CLOSE in the protocol), if it did. */
  get finalCloseCode(): number | undefined {
    return this.closeCode;
  }

  /** The join address after the last change of code (null: still the page's FacilitatorInfo). */
  get joinInfo(): JoinInfo | null {
    return this.latestJoinInfo;
  }

  /** The phones as last listed. */
  get phones(): readonly PhoneEntry[] {
    return this.latestPhones;
  }

  // Every command returns whether it went out; when the connection is down it did not,
  // and the caller decides whether to send it again once the room is back.

  /** `ref`: the workshop's id for the question, handed back in the room state's vote. */
  openVote(options: readonly VoteOption[], mode: VoteMode, prompt?: string, ref?: string): boolean {
    return this.socket.send({
      type: 'open-vote',
      options,
      mode,
      ...(prompt ? { prompt } : {}),
      ...(ref ? { ref } : {}),
    });
  }

  reveal(vote: number): boolean {
    return this.socket.send({ type: 'reveal', vote });
  }

  commit(vote: number, option: number): boolean {
    return this.socket.send({ type: 'commit', vote, option });
  }

  setMode(vote: number, mode: VoteMode): boolean {
    return this.socket.send({ type: 'set-mode', vote, mode });
  }

  closeVote(): boolean {
    return this.socket.send({ type: 'close-vote' });
  }

  setLang(lang: Lang): boolean {
    return this.socket.send({ type: 'set-lang', lang });
  }

  setPaused(paused: boolean): boolean {
    return this.socket.send({ type: 'set-paused', paused });
  }

  /** The open vote's countdown for the phones (time left now, running or held); null: off.
   * Send it again whenever it starts, holds, changes or stops — not every second. */
  setTimer(vote: number, timer: VoteTimerState | null): boolean {
    return this.socket.send({ type: 'set-timer', vote, timer });
  }

  /** A phase card's prompt on the phones; null takes it away. */
  setCard(card: PhaseCard | null): boolean {
    return this.socket.send({ type: 'set-card', card });
  }

  /** Lock the room (no new phones; those in come and go) or open it again. */
  setLocked(locked: boolean): boolean {
    return this.socket.send({ type: 'set-locked', locked });
  }

  /** Ask for the phones by number: the answer comes as the `phones` event. */
  listPhones(): boolean {
    return this.socket.send({ type: 'list-phones' });
  }

  /** Remove the phone that shows this number. Rotate the code too, or it may rejoin from
   * another device with the code on the screen. */
  removePhone(badge: string): boolean {
    return this.socket.send({ type: 'remove-phone', badge });
  }

  /** A new room code; `joinInfo` follows with the new address and QR code. */
  rotateCode(): boolean {
    return this.socket.send({ type: 'rotate-code' });
  }

  /** End the session: the phones say thank you and the room closes. */
  endSession(): boolean {
    return this.socket.send({ type: 'end-session' });
  }

  /** A fresh room for the next session (new code, no phones); `joinInfo` follows. */
  newSession(): boolean {
    return this.socket.send({ type: 'new-session' });
  }

  private receive(message: ProjectorMessage): void {
    switch (message.type) {
      case 'room':
        this.code = message.room;
        this.current = message;
        this.events.emit('room', message);
        return;
      case 'xcard':
        this.events.emit('xcard', message);
        return;
      case 'phones':
        this.latestPhones = message.phones;
        this.events.emit('phones', message.phones);
        return;
      case 'join-info':
        this.latestJoinInfo = message;
        this.events.emit('joinInfo', message);
        return;
      case 'error':
        this.events.emit('error', message);
        return;
    }
  }
}
