// A workshop server for one test with its sockets: phones (each from its own loopback
// address when asked, as separate devices are), the projector on its own lane, and
// cleanup afterwards. Real sockets throughout.
import * as v from 'valibot';
import { PhoneMessageSchema, ProjectorMessageSchema } from '../../common/protocol.js';
import { type Limits, type RunningRoomServer, startRoomServer } from '../../server/room-server.js';
import { hostLaneUrl } from '../../src/room-client/room-client';
import { TestSocket } from './socket';

/** A distinct loopback address per number: 127.0.1.1, 127.0.1.2, … (Linux routes all of 127/8). */
export const device = (n: number): string => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;

export class Harness {
  private readonly sockets: TestSocket[] = [];
  private constructor(readonly server: RunningRoomServer) {}

  static async start(limits: Partial<Limits> = {}, staticDir: string | null = null): Promise<Harness> {
    return new Harness(await startRoomServer({ host: '127.0.0.1', port: 0, limits, staticDir }));
  }

  get code(): string {
    return this.server.room.code;
  }

  track<T extends { socket: TestSocket } | TestSocket>(opened: T): T {
    this.sockets.push(opened instanceof TestSocket ? opened : opened.socket);
    return opened;
  }

  /** A socket that has not joined, from `from` (default 127.0.0.1). */
  async open(from?: string): Promise<TestSocket> {
    return this.track(await TestSocket.open(this.server.wsUrl, {}, from));
  }

  /** A phone that joined with the current code (or its token), from `from`. */
  async join(from?: string, token?: string) {
    return this.track(await TestSocket.join(this.server.wsUrl, this.code, token, from));
  }

  /** The projector, on the facilitator's lane, hosting (or watching). */
  async host(role: 'host' | 'watch' = 'host'): Promise<TestSocket> {
    return (await this.hostWithState(role)).socket;
  }

  /** The same, with the first room state it was sent. */
  async hostWithState(role: 'host' | 'watch' = 'host') {
    const socket = this.track(await TestSocket.open(hostLaneUrl(this.server.wsUrl, this.server.secret)));
    socket.send({ type: role, room: this.code, secret: this.server.secret });
    return { socket, state: await socket.next((m) => m.type === 'room') };
  }

  /** A phone that joins with this code (an old one, say) and its token. */
  async rejoin(code: string, token: string, from?: string) {
    return this.track(await TestSocket.join(this.server.wsUrl, code, token, from));
  }

  /** Open a vote and wait until the projector has it; returns its id. */
  async openVote(projector: TestSocket, options = ['a', 'b', 'c']): Promise<number> {
    projector.send({
      type: 'open-vote',
      options: options.map((text) => ({ text, locked: false })),
      mode: 'vote',
      ref: 'c1',
    });
    const room = await projector.next((m) => m.type === 'room' && m.vote?.phase === 'open');
    return room.vote.id as number;
  }

  /** Stop the server; every message any of its sockets received must match the protocol. */
  async close(): Promise<void> {
    const sockets = this.sockets.splice(0);
    for (const socket of sockets) socket.ws.terminate();
    await this.server.close();
    const off = sockets
      .flatMap((s) => s.received)
      .filter((m) => !v.is(PhoneMessageSchema, m) && !v.is(ProjectorMessageSchema, m));
    if (off.length > 0) throw new Error(`messages outside the protocol: ${JSON.stringify(off.slice(0, 3))}`);
  }
}

/** Open many sockets at once; how many opened and how many the server refused (by HTTP status). */
export async function openMany(url: string, count: number, from: (i: number) => string | undefined) {
  const results = await Promise.allSettled(Array.from({ length: count }, (_, i) => TestSocket.open(url, {}, from(i))));
  const opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const refused = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message)] : []));
  return { opened, refused };
}
