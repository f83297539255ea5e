// A test client over a real WebSocket: send frames, wait for the message you expect, and
// see how the server closed the connection.
import WebSocket from 'ws';

// Loosely typed on purpose: the tests check messages field by field, including wrong ones.
// biome-ignore lint/suspicious/noExplicitAny: tests read whatever the server sent and assert on it
type Message = Record<string, any>;

interface Waiter {
  readonly predicate: (message: Message) => boolean;
  readonly resolve: (message: Message) => void;
}

export class TestSocket {
  /** Received and not yet taken by `next`. */
  private readonly inbox: Message[] = [];
  private readonly waiters: Waiter[] = [];
  /** Every message this socket received, taken or not. */
  readonly received: Message[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Message;
      this.received.push(message);
      const waiter = this.waiters.findIndex((w) => w.predicate(message));
      if (waiter >= 0) this.waiters.splice(waiter, 1)[0]!.resolve(message);
      else this.inbox.push(message);
    });
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  /** `from`: the loopback address to connect from (127.0.0.2, …), to play another device. */
  static open(url: string, headers: Record<string, string> = {}, from?: string): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers, ...(from ? { localAddress: from } : {}) });
      const socket = new TestSocket(ws);
      ws.once('open', () => resolve(socket));
      ws.once('error', reject);
    });
  }

  /** Opens, joins with `room` (and `token`), and waits for the first state. */
  static async join(
    url: string,
    room: string,
    token?: string,
    from?: string,
  ): Promise<{ socket: TestSocket; token: string; state: Message }> {
    const socket = await TestSocket.open(url, {}, from);
    socket.send({ type: 'join', room, ...(token ? { token } : {}) });
    const joined = await socket.next((m) => m.type === 'joined');
    const state = await socket.next((m) => m.type === 'state');
    return { socket, token: joined.token as string, state };
  }

  /** Opens and hosts the room with the facilitator's secret; waits for the first room state. */
  static async host(url: string, room: string, secret: string): Promise<{ socket: TestSocket; state: Message }> {
    const socket = await TestSocket.open(url);
    socket.send({ type: 'host', room, secret });
    const state = await socket.next((m) => m.type === 'room');
    return { socket, state };
  }

  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }

  sendRaw(data: string | Buffer, options: { binary?: boolean } = {}): void {
    this.ws.send(data, { binary: options.binary ?? typeof data !== 'string' });
  }

  /** The first message (received or still to come) that matches. */
  next(predicate: (message: Message) => boolean = () => true, timeoutMs = 3000): Promise<Message> {
    const index = this.inbox.findIndex(predicate);
    if (index >= 0) return Promise.resolve(this.inbox.splice(index, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(`no matching message within ${timeoutMs} ms; unread: ${JSON.stringify(this.inbox).slice(0, 600)}`),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        predicate,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** The next error with this code. */
  error(code: string, timeoutMs?: number): Promise<Message> {
    return this.next((m) => m.type === 'error' && m.code === code, timeoutMs);
  }

  /** Every message received so far and not taken. */
  unread(): Message[] {
    return [...this.inbox];
  }

  /** Forget everything received so far. */
  clear(): void {
    this.inbox.length = 0;
  }

  close(): Promise<{ code: number; reason: string }> {
    this.ws.close();
    return this.closed;
  }
}
