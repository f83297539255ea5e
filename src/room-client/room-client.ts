// The projector's side of the room: hosts it with the facilitator's secret and sends the
// facilitator's commands; hears the room's state (who is in, how many voted, the counts
// once revealed) and the anonymous X-cards. Thin on purpose: what a vote *means* is
// workshop mode's business (src/workshop/vote.ts); phone-vote-source.ts connects the two.
import { Emitter } from '../engine/emitter';
import {
  ProjectorMessageSchema,
  type ErrorMessage,
  type Lang,
  type ProjectorMessage,
  type RoomState,
  type VoteMode,
  type VoteOption,
} from '../../server/protocol.js';
import { RoomSocket, type ConnectionStatus, type RoomSocketOptions } from './room-socket';

export interface RoomClientEvents {
  status: ConnectionStatus;
  /** The room as it is now; sent on every change. */
  room: RoomState;
  /** Someone paused the game from a phone. Who is not known, to anyone. */
  xcard: { readonly total: number };
  /** The server refused a command (the message says why). */
  error: ErrorMessage;
}

export interface RoomAccess {
  /** The room's WebSocket address. */
  readonly url: string;
  readonly room: string;
  readonly secret: string;
}

export class RoomClient {
  readonly events = new Emitter<RoomClientEvents>();
  private readonly socket: RoomSocket<ProjectorMessage>;
  private current: RoomState | null = null;
  private currentStatus: ConnectionStatus = 'connecting';
  private closeCode: number | undefined;

  constructor(access: RoomAccess, options: Pick<RoomSocketOptions<ProjectorMessage>, 'createSocket' | 'environment'> = {}) {
    this.socket = new RoomSocket<ProjectorMessage>({
      ...options,
      url: access.url,
      schema: ProjectorMessageSchema,
      hello: () => ({ type: 'host', room: access.room, secret: access.secret }),
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

  // Every command returns whether it went out; when the connection is down it did not,
  // and the caller decides whether to send it again once the room is back.

  openVote(options: readonly VoteOption[], mode: VoteMode, prompt?: string): boolean {
    return this.socket.send({ type: 'open-vote', options, mode, ...(prompt ? { prompt } : {}) });
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

  private receive(message: ProjectorMessage): void {
    switch (message.type) {
      case 'room':
        this.current = message;
        this.events.emit('room', message);
        return;
      case 'xcard':
        this.events.emit('xcard', { total: message.total });
        return;
      case 'error':
        this.events.emit('error', message);
        return;
    }
  }
}
