// The browser clients' logic against the real server over loopback (Node's `ws` standing
// in for the browser's WebSocket): phones as workshop mode's vote source, and the phone's
// own client keeping its token and its vote across a dropped connection.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type RunningRoomServer, startRoomServer } from '../../server/room-server.js';
import { PhoneClient, sessionTokenStore } from '../../src/phone/phone-client';
import { PhoneVoteSource } from '../../src/room-client/phone-vote-source';
import { RoomClient } from '../../src/room-client/room-client';
import type { VoteQuestion, VoteSourceEvent } from '../../src/workshop/vote-source';
import { TestSocket } from './socket';

let server: RunningRoomServer;
const cleanup: (() => void)[] = [];
beforeEach(async () => {
  server = await startRoomServer({ host: '127.0.0.1', port: 0 });
});
afterEach(async () => {
  for (const stop of cleanup.splice(0)) stop();
  await server.close();
});

/** Wait until `check` holds, polling; fails with `what` after a few seconds. */
async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A projector: the room client, its vote source, every event the source emitted, and its sockets (to cut). */
async function projector() {
  const sockets: WebSocket[] = [];
  const client = new RoomClient(
    { url: server.wsUrl, room: server.code, secret: server.secret },
    {
      createSocket: (url) => {
        const ws = new WebSocket(url);
        sockets.push(ws);
        return ws as unknown as globalThis.WebSocket;
      },
    },
  );
  const source = new PhoneVoteSource(client);
  const events: VoteSourceEvent[] = [];
  source.subscribe((event) => events.push(event));
  client.start();
  cleanup.push(() => {
    source.destroy();
    client.stop();
  });
  await until(() => client.status === 'open' && client.state !== null, 'the projector to host');
  return { client, source, events, sockets };
}

async function phone() {
  const joined = await TestSocket.join(server.wsUrl, server.code);
  cleanup.push(() => joined.socket.ws.terminate());
  return joined.socket;
}

function question(id: string, texts: string[], locked: number[] = []): VoteQuestion {
  // Story indices on purpose unlike positions: the source must map between them.
  return { id, options: texts.map((text, i) => ({ index: i * 2, text, locked: locked.includes(i) })) };
}

describe('PhoneVoteSource (workshop mode ⇄ room)', () => {
  it('opens the vote on the phones, holds the counts back until the reveal, then commits', async () => {
    const { source, events } = await projector();
    const a = await phone();
    const b = await phone();
    source.open(question('c1', ['Stay', 'Go']));
    source.setMode('c1', 'vote');
    const seen = await a.next((m) => m.type === 'state' && m.vote?.phase === 'open');
    expect(seen.vote.options).toEqual([
      { text: 'Stay', locked: false },
      { text: 'Go', locked: false },
    ]);
    await b.next((m) => m.type === 'state' && m.vote?.phase === 'open');
    const id = seen.vote.id as number;
    a.send({ type: 'vote', vote: id, option: 1 });
    b.send({ type: 'vote', vote: id, option: 1 });
    await until(() => server.room.vote?.ballots.size === 2, 'both ballots');
    // Nothing about the ballots reaches workshop mode before the reveal.
    expect(events).toEqual([]);

    expect(source.reveal('c1')).toBe('pending');
    await until(() => events.some((e) => e.type === 'reveal'), 'the reveal');
    expect(events).toEqual([
      { type: 'counts', questionId: 'c1', counts: [0, 2] },
      { type: 'reveal', questionId: 'c1' },
    ]);
    expect(source.reveal('c1')).toBe('ready');

    source.committed('c1', 2); // story index 2 is the second option
    source.close();
    const committed = await a.next((m) => m.type === 'state' && m.vote?.phase === 'committed');
    expect(committed.vote.chosen).toBe(1);
    // A committed vote stays on the phones until the next one opens.
    expect(server.room.vote?.phase).toBe('committed');
  });

  it('switches to advise mode, so the facilitator may commit what the room did not pick', async () => {
    const { source, events } = await projector();
    const a = await phone();
    source.open(question('c2', ['Stay', 'Go']));
    source.setMode('c2', 'advise');
    const seen = await a.next((m) => m.type === 'state' && m.vote?.phase === 'open');
    expect(seen.vote.mode).toBe('advise');
    a.send({ type: 'vote', vote: seen.vote.id, option: 0 });
    await until(() => server.room.vote?.ballots.size === 1, 'the ballot');
    source.reveal('c2');
    await until(() => events.some((e) => e.type === 'reveal'), 'the reveal');
    source.committed('c2', 2);
    await a.next((m) => m.type === 'state' && m.vote?.chosen === 1);
  });

  it('takes an abandoned vote off the phones', async () => {
    const { source } = await projector();
    const a = await phone();
    source.open(question('c3', ['Stay', 'Go']));
    await a.next((m) => m.type === 'state' && m.vote?.phase === 'open');
    source.close();
    await a.next((m) => m.type === 'state' && m.vote === null);
  });

  it('passes an X-card on as a pause, and the resume back to the phones', async () => {
    const { source, events } = await projector();
    const a = await phone();
    a.send({ type: 'xcard' });
    await until(() => events.some((e) => e.type === 'pause'), 'the pause');
    expect(events).toEqual([{ type: 'pause' }]);
    await a.next((m) => m.type === 'state' && m.paused === true);
    source.resumed();
    await a.next((m) => m.type === 'state' && m.paused === false);
  });

  it('loses nothing when the projector drops: an open and a reveal asked while away go through once', async () => {
    const { client, source, events, sockets } = await projector();
    const a = await phone();
    sockets.at(-1)!.terminate();
    await until(() => client.status !== 'open', 'the drop');
    const before = server.room.lastVoteId;
    source.open(question('c4', ['Stay', 'Go']));
    const seen = await a.next((m) => m.type === 'state' && m.vote?.phase === 'open', 5000);
    expect(server.room.lastVoteId).toBe(before + 1);
    a.send({ type: 'vote', vote: seen.vote.id, option: 0 });
    await until(() => server.room.vote?.ballots.size === 1, 'the ballot');

    sockets.at(-1)!.terminate();
    await until(() => client.status !== 'open', 'the second drop');
    expect(source.reveal('c4')).toBe('pending');
    await until(() => events.some((e) => e.type === 'reveal'), 'the reveal after reconnecting', 6000);
    expect(events).toEqual([
      { type: 'counts', questionId: 'c4', counts: [1, 0] },
      { type: 'reveal', questionId: 'c4' },
    ]);
    // Opened once, not once per connection.
    expect(server.room.lastVoteId).toBe(before + 1);
  });

  it('a projector reloaded in the middle of a vote takes that vote back: the phones’ votes stand', async () => {
    const first = await projector();
    const a = await phone();
    first.source.open(question('c7', ['Stay', 'Go']));
    const seen = await a.next((m) => m.type === 'state' && m.vote?.phase === 'open');
    a.send({ type: 'vote', vote: seen.vote.id, option: 1 });
    await until(() => server.room.vote?.ballots.size === 1, 'the ballot');
    const opened = server.room.lastVoteId;

    // The page reloads: a new client and source, which know nothing of the vote, ask for
    // the same question again (the session resumed at the same choice).
    first.source.destroy();
    first.client.stop();
    const again = await projector();
    again.source.open(question('c7-after-reload', ['Stay', 'Go']));
    expect(again.source.reveal('c7-after-reload')).toBe('pending');
    await until(() => again.events.some((e) => e.type === 'reveal'), 'the reveal');
    expect(again.events).toEqual([
      { type: 'counts', questionId: 'c7-after-reload', counts: [0, 1] },
      { type: 'reveal', questionId: 'c7-after-reload' },
    ]);
    expect(server.room.lastVoteId).toBe(opened); // no second vote, no re-voting

    // The next question is a new vote, as ever — even with the same options, and even
    // before this projector has heard that the last one was committed.
    again.source.committed('c7-after-reload', 2);
    again.source.close();
    await a.next((m) => m.type === 'state' && m.vote?.phase === 'committed');
    again.source.open(question('c8', ['Stay', 'Go']));
    await a.next((m) => m.type === 'state' && m.vote?.phase === 'open' && m.vote.id === opened + 1);
  });
});

describe('PhoneClient', () => {
  it('keeps its token and its vote across a dropped connection, and sends a vote made while away', async () => {
    const { source } = await projector();
    const sockets: WebSocket[] = [];
    const client = new PhoneClient(server.code, sessionTokenStore(null), {
      url: server.wsUrl,
      createSocket: (url) => {
        const ws = new WebSocket(url);
        sockets.push(ws);
        return ws as unknown as globalThis.WebSocket;
      },
    });
    client.start();
    cleanup.push(() => client.stop());
    source.open(question('c5', ['Stay', 'Go', 'Wait']));
    await until(() => client.room?.vote?.phase === 'open', 'the vote on the phone');
    client.vote(2);
    await until(() => client.room?.myVote === 2 && client.pending === null, 'the vote counted');
    const token = [...server.room.participants.keys()][0];

    sockets.at(-1)!.terminate();
    await until(() => client.status !== 'open', 'the drop');
    client.vote(0); // the phone changes its mind while the connection is down
    expect(client.myVote).toBe(0);
    await until(() => client.status === 'open' && client.pending === null, 'the reconnect', 6000);
    expect(client.room?.myVote).toBe(0);
    expect([...server.room.participants.keys()]).toEqual([token]);
    expect([...server.room.vote!.ballots.values()]).toEqual([0]);
  });

  it('waits and tries again when the room is holding new phones back', async () => {
    await server.close();
    server = await startRoomServer({
      host: '127.0.0.1',
      port: 0,
      limits: { wrongCodeBurst: 1, wrongCodesPerMinute: 60 },
    });
    const guesser = await TestSocket.open(server.wsUrl);
    cleanup.push(() => guesser.ws.terminate());
    guesser.send({ type: 'join', room: server.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' });
    await guesser.error('wrong-room');
    const client = new PhoneClient(server.code, sessionTokenStore(null), {
      url: server.wsUrl,
      createSocket: (url) => new WebSocket(url) as unknown as globalThis.WebSocket,
    });
    client.start();
    cleanup.push(() => client.stop());
    await until(() => client.lastError === 'too-fast', 'being held back');
    expect(client.ended).toBeNull();
    await until(() => client.room !== null, 'getting in on the next try', 5000);
    expect(server.room.participants.size).toBe(1);
  });

  it('stops and says why when the code is wrong', async () => {
    const wrong = server.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    const client = new PhoneClient(wrong, sessionTokenStore(null), {
      url: server.wsUrl,
      createSocket: (url) => new WebSocket(url) as unknown as globalThis.WebSocket,
    });
    client.start();
    cleanup.push(() => client.stop());
    await until(() => client.ended === 'wrong-room', 'the refusal');
    expect(client.lastError).toBe('wrong-room');
    expect(client.status).toBe('closed');
  });
});
