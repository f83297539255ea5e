// A WebSocket to the workshop room that keeps itself alive: it says hello (join or host)
// on every connection, checks every message against the protocol, and comes back after a
// drop — with back-off, and at once when a phone wakes up or finds its network again.
// Shared by the phone page and the projector's room client.
import type * as v from 'valibot';
import { CLOSE, parseMessage, ROOM_PATH } from '../../common/protocol.js';

export type ConnectionStatus =
  /** Opening the first connection. */
  | 'connecting'
  /** Connected and greeted. */
  | 'open'
  /** Lost; trying again. */
  | 'reconnecting'
  /** Over for good: the room ended, another projector took over, or we stopped. */
  | 'closed';

export interface RoomSocketOptions<M> {
  readonly url: string;
  /** What every server message must match; anything else is dropped. */
  readonly schema: v.GenericSchema<unknown, M>;
  /** The first message on every connection (join or host). */
  readonly hello: () => object;
  readonly onMessage: (message: M) => void;
  readonly onStatus: (status: ConnectionStatus, closeCode?: number) => void;
  /** Injectable for tests. */
  readonly createSocket?: (url: string) => WebSocket;
  /** The page, for waking up on visibility and network changes; absent outside a browser. */
  readonly environment?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };
}

/** Close codes after which trying again cannot help. */
const FINAL_CLOSES: ReadonlySet<number> = new Set([
  CLOSE.replaced,
  CLOSE.tooManyAttempts,
  CLOSE.roomClosed,
  CLOSE.removed,
  CLOSE.duplicate,
]);
/** WebSocket.OPEN, spelled out: Node (tests, tools) has no global WebSocket to read it from. */
const OPEN = 1;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 5000;

/** The room's WebSocket address on the server that served this page. */
export function roomUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${ROOM_PATH}`;
}

export class RoomSocket<M> {
  private socket: WebSocket | null = null;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private everOpened = false;
  private readonly wake = (): void => {
    if (this.options.environment?.document?.visibilityState === 'hidden') return;
    if (!this.socket && !this.stopped) this.retryNow();
  };

  constructor(private readonly options: RoomSocketOptions<M>) {}

  start(): void {
    this.stopped = false;
    this.options.environment?.addEventListener('online', this.wake);
    this.options.environment?.document?.addEventListener('visibilitychange', this.wake);
    this.connect();
  }

  /** Send a message now; false when there is no open connection. */
  send(message: object): boolean {
    if (this.socket?.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  get isOpen(): boolean {
    return this.socket?.readyState === OPEN;
  }

  /** Close for good (leaving the page, ending the workshop). */
  stop(): void {
    this.stopped = true;
    this.options.environment?.removeEventListener('online', this.wake);
    this.options.environment?.document?.removeEventListener('visibilitychange', this.wake);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'bye');
    this.options.onStatus('closed');
  }

  private connect(): void {
    this.options.onStatus(this.everOpened ? 'reconnecting' : 'connecting');
    let socket: WebSocket;
    try {
      socket = (this.options.createSocket ?? ((url) => new WebSocket(url)))(this.options.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.everOpened = true;
      this.retryMs = FIRST_RETRY_MS;
      socket.send(JSON.stringify(this.options.hello()));
      this.options.onStatus('open');
    });
    socket.addEventListener('message', (event: MessageEvent) => {
      if (this.socket !== socket || typeof event.data !== 'string') return;
      const parsed = parseMessage(this.options.schema, event.data);
      // A server that speaks another version of the protocol: ignore what we cannot read.
      if (parsed.ok) this.options.onMessage(parsed.message);
    });
    socket.addEventListener('close', (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      if (FINAL_CLOSES.has(event.code)) {
        this.stopped = true;
        this.options.onStatus('closed', event.code);
        return;
      }
      this.scheduleRetry();
    });
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.options.onStatus('reconnecting');
    // Jitter, so a room full of phones waking together does not knock all at once.
    const wait = this.retryMs * (0.75 + Math.random() * 0.5);
    this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs * 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, wait);
  }

  private retryNow(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryMs = FIRST_RETRY_MS;
    this.connect();
  }
}
