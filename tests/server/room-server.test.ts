// The workshop server over real sockets on loopback: every rule of the room, and every way
// a message can be wrong — each refused with a clear error, the room unharmed afterwards.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE, FacilitatorInfoSchema, PhoneMessageSchema, ProjectorMessageSchema } from '../../common/protocol.js';
import { type Limits, type RunningRoomServer, startRoomServer } from '../../server/room-server.js';
import { TestSocket } from './socket';

const opened: TestSocket[] = [];
async function join(server: RunningRoomServer, token?: string) {
  const joined = await TestSocket.join(server.wsUrl, server.code, token);
  opened.push(joined.socket);
  return joined;
}
async function host(server: RunningRoomServer) {
  const hosted = await TestSocket.host(server.wsUrl, server.code, server.secret);
  opened.push(hosted.socket);
  return hosted.socket;
}
async function open(server: RunningRoomServer, headers?: Record<string, string>) {
  const socket = await TestSocket.open(server.wsUrl, headers);
  opened.push(socket);
  return socket;
}

/** Open a vote from the projector and wait until the phones have it. */
async function openVote(
  facilitator: TestSocket,
  phones: TestSocket[],
  options: string[],
  mode: 'vote' | 'advise' = 'vote',
  locked: number[] = [],
) {
  facilitator.send({
    type: 'open-vote',
    options: options.map((text, i) => ({ text, locked: locked.includes(i) })),
    mode,
    prompt: 'What now?',
  });
  const states = await Promise.all(phones.map((p) => p.next((m) => m.type === 'state' && m.vote?.phase === 'open')));
  const room = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'open');
  return { id: room.vote.id as number, states };
}

/** A vote from a phone, acknowledged. */
async function vote(phone: TestSocket, id: number, option: number) {
  phone.send({ type: 'vote', vote: id, option });
  return phone.next((m) => m.type === 'vote-ok' && m.vote === id && m.option === option);
}

/** The room still works: a fresh phone joins and votes, and the projector counts it. */
async function roomStillWorks(server: RunningRoomServer, facilitator: TestSocket) {
  const { socket, state } = await join(server);
  const current = state.vote;
  if (current?.phase === 'open') {
    const before = server.room.vote!.ballots.size;
    await vote(socket, current.id, 0);
    await facilitator.next((m) => m.type === 'room' && m.vote?.voted === before + 1);
  } else {
    await facilitator.next((m) => m.type === 'room' && m.connected >= 1);
  }
}

// Nothing about participants may be logged: watch every console channel for the whole file.
const consoleCalls: unknown[][] = [];
beforeAll(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push([method, ...args]));
  }
});
afterAll(() => {
  vi.restoreAllMocks();
  expect(consoleCalls).toEqual([]);
});

let server: RunningRoomServer;
beforeEach(async () => {
  server = await startRoomServer({ host: '127.0.0.1', port: 0, limits: { xcardCooldownMs: 60_000 } });
});
/** A fresh server with other limits for one test. */
async function restart(limits: Partial<Limits>) {
  await server.close();
  server = await startRoomServer({ host: '127.0.0.1', port: 0, limits });
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.ws.terminate()));
  await server.close();
});

describe('joining', () => {
  it('a phone joins with the room code, gets an anonymous token and the room state', async () => {
    const facilitator = await host(server);
    const { token, state } = await join(server);
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(state).toEqual({
      type: 'state',
      lang: 'nl',
      paused: false,
      ended: false,
      badge: expect.stringMatching(/^[1-9][0-9]{2}$/),
      card: null,
      vote: null,
      myVote: null,
    });
    const room = await facilitator.next((m) => m.type === 'room' && m.connected === 1);
    expect(room).toMatchObject({ joined: 1, connected: 1, vote: null });
  });

  it('the room code is case-insensitive, as typed on a phone', async () => {
    const socket = await open(server);
    socket.send({ type: 'join', room: server.code.toLowerCase() });
    await socket.next((m) => m.type === 'joined');
  });

  it('a wrong room is refused, and a connection guessing codes is closed', async () => {
    const facilitator = await host(server);
    const guesser = await open(server);
    const wrong = server.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    guesser.send({ type: 'join', room: wrong });
    const error = await guesser.error('wrong-room');
    expect(error.message).toBe('There is no room with this code.');
    expect(error.ref).toBe('join');
    for (let i = 1; i < 5; i++) guesser.send({ type: 'join', room: wrong });
    expect((await guesser.closed).code).toBe(CLOSE.tooManyAttempts);
    expect(server.room.participants.size).toBe(0);
    await roomStillWorks(server, facilitator);
  });

  it('the facilitator needs the secret: a wrong one is refused', async () => {
    const socket = await open(server);
    socket.send({ type: 'host', room: server.code, secret: 'guess' });
    await socket.error('wrong-secret');
    socket.send({ type: 'open-vote', options: [{ text: 'a', locked: false }], mode: 'vote' });
    await socket.error('not-facilitator');
    expect(server.room.vote).toBeNull();
  });

  it('a newer projector takes over; the old one is told', async () => {
    const first = await host(server);
    await host(server);
    expect((await first.closed).code).toBe(CLOSE.replaced);
  });

  it('refuses new phones beyond the cap, but a returning phone always gets back in', async () => {
    await restart({ maxParticipants: 2 });
    const a = await join(server);
    await join(server);
    const third = await open(server);
    third.send({ type: 'join', room: server.code });
    expect((await third.error('room-full')).message).toBe('The room is full.');
    await a.socket.close();
    const back = await join(server, a.token);
    expect(back.token).toBe(a.token);
  });

  it('one device cannot become phone after phone (tab after tab) to vote many times', async () => {
    // The laptop itself is exempt in a workshop; here loopback stands in for a phone on the Wi-Fi.
    await restart({ limitLoopback: true, maxPhonesPerDevice: 2 });
    const first = await join(server);
    await join(server);
    const third = await open(server);
    third.send({ type: 'join', room: server.code });
    expect((await third.error('device-limit')).message).toMatch(/browser tab it joined in before/);
    // The device's own phones still come back.
    await first.socket.close();
    expect((await join(server, first.token)).token).toBe(first.token);
    expect(server.room.participants.size).toBe(2);
  });

  it('guessing codes from many connections holds new phones back, never the phones already in', async () => {
    await restart({ wrongCodeBurst: 3, wrongCodesPerMinute: 1 });
    const member = await join(server);
    const wrong = server.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 3; i++) {
      const guesser = await open(server);
      guesser.send({ type: 'join', room: wrong });
      await guesser.error('wrong-room');
    }
    // The room's patience is used up: a new phone, even with the right code, waits…
    const newcomer = await open(server);
    newcomer.send({ type: 'join', room: server.code });
    const held = await newcomer.error('too-fast');
    expect(held.retryAfterMs).toBeGreaterThan(10_000);
    // …and a guess is not even checked.
    newcomer.send({ type: 'join', room: wrong });
    await newcomer.error('too-fast');
    // A phone that was already in comes straight back.
    await member.socket.close();
    expect((await join(server, member.token)).token).toBe(member.token);
  });

  it('a connection that never joins is closed after the join timeout', async () => {
    await restart({ joinTimeoutMs: 200 });
    const idle = await open(server);
    expect((await idle.closed).code).toBe(CLOSE.joinTimeout);
  });

  it('a browser page from another site cannot open the room', async () => {
    await expect(TestSocket.open(server.wsUrl, { Origin: 'http://evil.example' })).rejects.toThrow(/403/);
    const same = await open(server, { Origin: server.url.replace(/\/$/, '') });
    same.send({ type: 'join', room: server.code });
    await same.next((m) => m.type === 'joined');
  });
});

describe('voting', () => {
  it('a phone votes; the projector sees that someone voted, never what, until the reveal', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    const { id, states } = await openVote(facilitator, [phone.socket], ['Call her', 'Wait']);
    expect(states[0]).toMatchObject({
      vote: {
        id,
        options: [
          { text: 'Call her', locked: false },
          { text: 'Wait', locked: false },
        ],
        prompt: 'What now?',
        mode: 'vote',
        counts: null,
      },
      myVote: null,
    });
    const ok = await vote(phone.socket, id, 1);
    expect(ok.receipt).toBe(1);
    const room = await facilitator.next((m) => m.type === 'room' && m.vote?.voted === 1);
    expect(room.vote).toMatchObject({ counts: null, top: null, received: 1 });
    facilitator.send({ type: 'reveal', vote: id });
    const revealed = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    expect(revealed.vote).toMatchObject({ counts: [0, 1], top: [1] });
    const phoneSees = await phone.socket.next((m) => m.type === 'state' && m.vote?.phase === 'revealed');
    expect(phoneSees).toMatchObject({ vote: { counts: [0, 1] }, myVote: 1 });
  });

  it('a phone can change its vote until the reveal; it counts once', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    const { id } = await openVote(facilitator, [phone.socket], ['a', 'b', 'c']);
    await vote(phone.socket, id, 0);
    await vote(phone.socket, id, 2);
    await facilitator.next((m) => m.type === 'room' && m.vote?.received === 2 && m.vote.voted === 1);
    facilitator.send({ type: 'reveal', vote: id });
    const revealed = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    expect(revealed.vote.counts).toEqual([0, 0, 1]);
    phone.socket.send({ type: 'vote', vote: id, option: 0 });
    expect((await phone.socket.error('vote-closed')).ref).toBe('vote');
    expect(server.room.vote?.counts).toEqual([0, 0, 1]);
  });

  it('a duplicate vote is refused and counted once, also from a second connection of the same phone', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    const other = await join(server);
    const { id } = await openVote(facilitator, [phone.socket, other.socket], ['a', 'b']);
    await vote(phone.socket, id, 0);
    phone.socket.send({ type: 'vote', vote: id, option: 0 });
    expect((await phone.socket.error('duplicate-vote')).message).toMatch(/counts once/);
    const twin = await join(server, phone.token);
    expect(twin.state.myVote).toBe(0);
    twin.socket.send({ type: 'vote', vote: id, option: 0 });
    await twin.socket.error('duplicate-vote');
    await vote(other.socket, id, 1);
    facilitator.send({ type: 'reveal', vote: id });
    const revealed = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    expect(revealed.vote).toMatchObject({ counts: [1, 1], voted: 2, top: [0, 1] });
  });

  it('a phone that slept comes back with its token and keeps its vote; a late joiner joins the current vote', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    const { id } = await openVote(facilitator, [phone.socket], ['a', 'b']);
    await vote(phone.socket, id, 1);
    await phone.socket.close();
    await facilitator.next((m) => m.type === 'room' && m.connected === 0 && m.vote?.voted === 1);
    const back = await join(server, phone.token);
    expect(back.token).toBe(phone.token);
    expect(back.state).toMatchObject({ vote: { id, phase: 'open' }, myVote: 1 });
    const late = await join(server);
    expect(late.state).toMatchObject({
      vote: { id, phase: 'open', options: [{ text: 'a' }, { text: 'b' }] },
      myVote: null,
    });
    await vote(late.socket, id, 0);
    facilitator.send({ type: 'reveal', vote: id });
    const revealed = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    expect(revealed.vote.counts).toEqual([1, 1]);
    expect(revealed).toMatchObject({ joined: 2, connected: 2 });
  });

  it('an unknown token (from before a restart) is treated as a new phone', async () => {
    const stranger = await join(server, 'x'.repeat(24));
    expect(stranger.token).not.toBe('x'.repeat(24));
  });

  it('refuses a vote for an old choice, a missing option, or with no vote open', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    phone.socket.send({ type: 'vote', vote: 1, option: 0 });
    await phone.socket.error('no-open-vote');
    const first = await openVote(facilitator, [phone.socket], ['a', 'b']);
    const second = await openVote(facilitator, [phone.socket], ['c', 'd']);
    phone.socket.send({ type: 'vote', vote: first.id, option: 0 });
    await phone.socket.error('stale-vote');
    phone.socket.send({ type: 'vote', vote: second.id, option: 5 });
    await phone.socket.error('bad-option');
    await vote(phone.socket, second.id, 1);
  });
});

describe('reveal and commit', () => {
  it('in vote mode the room decides: only a top option can be committed', async () => {
    const facilitator = await host(server);
    const a = await join(server);
    const b = await join(server);
    const { id } = await openVote(facilitator, [a.socket, b.socket], ['x', 'y', 'z']);
    await vote(a.socket, id, 2);
    await vote(b.socket, id, 2);
    facilitator.send({ type: 'commit', vote: id, option: 2 });
    await facilitator.error('not-revealed');
    facilitator.send({ type: 'reveal', vote: id });
    await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    facilitator.send({ type: 'reveal', vote: id });
    await facilitator.error('already-revealed');
    facilitator.send({ type: 'commit', vote: id, option: 0 });
    expect((await facilitator.error('not-a-top-option')).message).toMatch(/tie is yours/);
    facilitator.send({ type: 'commit', vote: id, option: 2 });
    const committed = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'committed');
    expect(committed.vote.chosen).toBe(2);
    const phoneSees = await a.socket.next((m) => m.type === 'state' && m.vote?.phase === 'committed');
    expect(phoneSees.vote).toMatchObject({ chosen: 2, counts: [0, 0, 2] });
    facilitator.send({ type: 'commit', vote: id, option: 2 });
    await facilitator.error('already-committed');
  });

  it('a tie goes to the facilitator, who picks among the tied options', async () => {
    const facilitator = await host(server);
    const a = await join(server);
    const b = await join(server);
    const { id } = await openVote(facilitator, [a.socket, b.socket], ['x', 'y', 'z']);
    await vote(a.socket, id, 0);
    await vote(b.socket, id, 1);
    facilitator.send({ type: 'reveal', vote: id });
    const revealed = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    expect(revealed.vote.top).toEqual([0, 1]);
    facilitator.send({ type: 'commit', vote: id, option: 2 });
    await facilitator.error('not-a-top-option');
    facilitator.send({ type: 'commit', vote: id, option: 1 });
    await facilitator.next((m) => m.type === 'room' && m.vote?.chosen === 1);
  });

  it('with no votes at all every option is tied: the facilitator decides', async () => {
    const facilitator = await host(server);
    const { id } = await openVote(facilitator, [], ['x', 'y']);
    facilitator.send({ type: 'reveal', vote: id });
    const revealed = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    expect(revealed.vote).toMatchObject({ counts: [0, 0], top: [0, 1] });
  });

  it('a locked option can get votes but is never on top and cannot be committed', async () => {
    const facilitator = await host(server);
    const a = await join(server);
    const b = await join(server);
    const { id, states } = await openVote(
      facilitator,
      [a.socket, b.socket],
      ['open', 'locked', 'also open'],
      'vote',
      [1],
    );
    expect(states[0]!.vote.options[1]).toEqual({ text: 'locked', locked: true });
    await vote(a.socket, id, 1);
    await vote(b.socket, id, 1);
    facilitator.send({ type: 'reveal', vote: id });
    const revealed = await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    expect(revealed.vote).toMatchObject({ counts: [0, 2, 0], top: [0, 2] });
    facilitator.send({ type: 'commit', vote: id, option: 1 });
    expect((await facilitator.error('option-locked')).message).toMatch(/cannot be taken/);
    facilitator.send({ type: 'commit', vote: id, option: 2 });
    await facilitator.next((m) => m.type === 'room' && m.vote?.chosen === 2);
  });

  it('in advise mode the room advises and the facilitator may commit any option', async () => {
    const facilitator = await host(server);
    const a = await join(server);
    const { id } = await openVote(facilitator, [a.socket], ['x', 'y'], 'advise');
    await vote(a.socket, id, 0);
    facilitator.send({ type: 'reveal', vote: id });
    await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    facilitator.send({ type: 'commit', vote: id, option: 1 });
    const phoneSees = await a.socket.next((m) => m.type === 'state' && m.vote?.phase === 'committed');
    expect(phoneSees).toMatchObject({ vote: { mode: 'advise', chosen: 1, counts: [1, 0] }, myVote: 0 });
  });

  it('the facilitator can switch to advise mode before the commit; the phones are told', async () => {
    const facilitator = await host(server);
    const a = await join(server);
    const b = await join(server);
    const { id } = await openVote(facilitator, [a.socket, b.socket], ['x', 'y']);
    await vote(a.socket, id, 0);
    await vote(b.socket, id, 0);
    facilitator.send({ type: 'reveal', vote: id });
    await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    facilitator.send({ type: 'set-mode', vote: id, mode: 'advise' });
    await a.socket.next((m) => m.type === 'state' && m.vote?.mode === 'advise');
    facilitator.send({ type: 'commit', vote: id, option: 1 });
    await facilitator.next((m) => m.type === 'room' && m.vote?.chosen === 1);
    facilitator.send({ type: 'set-mode', vote: id, mode: 'vote' });
    await facilitator.error('already-committed');
  });

  it('the room language and the pause reach every phone', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    facilitator.send({ type: 'set-lang', lang: 'en' });
    await phone.socket.next((m) => m.type === 'state' && m.lang === 'en');
    facilitator.send({ type: 'close-vote' });
    await phone.socket.next((m) => m.type === 'state' && m.vote === null);
  });
});

describe('the X-card', () => {
  it('pauses the room and tells the facilitator, without saying who; one phone cannot repeat it at once; a second right after is folded in', async () => {
    const facilitator = await host(server);
    const a = await join(server);
    const b = await join(server);
    a.socket.send({ type: 'xcard' });
    const ok = await a.socket.next((m) => m.type === 'xcard-ok');
    expect(ok.retryAfterMs).toBe(60_000);
    const event = await facilitator.next((m) => m.type === 'xcard');
    expect(event).toEqual({ type: 'xcard', total: 1, paused: true, recent: 1 });
    await b.socket.next((m) => m.type === 'state' && m.paused === true);
    await facilitator.next((m) => m.type === 'room' && m.paused && m.xcards === 1);
    a.socket.send({ type: 'xcard' });
    const tooSoon = await a.socket.error('xcard-too-soon');
    expect(tooSoon.retryAfterMs).toBeGreaterThan(50_000);
    // Another phone a moment later: heard and counted, but the same pause and no second alert.
    b.socket.send({ type: 'xcard' });
    await b.socket.next((m) => m.type === 'xcard-ok');
    await facilitator.next((m) => m.type === 'room' && m.xcards === 2 && m.pauses === 1);
    expect(facilitator.unread().filter((m) => m.type === 'xcard')).toEqual([]);
    facilitator.send({ type: 'set-paused', paused: false });
    await a.socket.next((m) => m.type === 'state' && m.paused === false);
  });
});

describe('refusals: each gets a clear error and leaves the room unharmed', () => {
  it('facilitator-only commands from a phone', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    const { id } = await openVote(facilitator, [phone.socket], ['a', 'b']);
    const commands = [
      { type: 'open-vote', options: [{ text: 'hijack', locked: false }], mode: 'vote' },
      { type: 'reveal', vote: id },
      { type: 'commit', vote: id, option: 0 },
      { type: 'set-mode', vote: id, mode: 'advise' },
      { type: 'close-vote' },
      { type: 'set-lang', lang: 'en' },
      { type: 'set-paused', paused: true },
    ];
    for (const command of commands) {
      phone.socket.send(command);
      const error = await phone.socket.error('not-facilitator');
      expect(error).toMatchObject({ ref: command.type, message: 'Only the facilitator can do this.' });
    }
    expect(server.room.vote).toMatchObject({ id, phase: 'open', options: [{ text: 'a' }, { text: 'b' }] });
    expect(server.room.lang).toBe('nl');
    expect(server.room.paused).toBe(false);
    phone.socket.send({ type: 'host', room: server.code, secret: server.secret });
    await phone.socket.error('already-joined');
    await roomStillWorks(server, facilitator);
  });

  it('phone commands before joining, and from the projector', async () => {
    const facilitator = await host(server);
    const stranger = await open(server);
    stranger.send({ type: 'vote', vote: 1, option: 0 });
    await stranger.error('not-joined');
    stranger.send({ type: 'xcard' });
    await stranger.error('not-joined');
    facilitator.send({ type: 'xcard' });
    await facilitator.error('not-participant');
    expect(server.room.paused).toBe(false);
  });

  it('malformed messages', async () => {
    // A generous burst: this test sends many bad frames quickly, and is not about the rate.
    await restart({ burst: 100 });
    const facilitator = await host(server);
    const phone = await join(server);
    const { id } = await openVote(facilitator, [phone.socket], ['a', 'b']);
    const cases: [string | Buffer, string, RegExp][] = [
      ['not json at all', 'bad-json', /not valid JSON/],
      ['{"type":"vote","vote":', 'bad-json', /not valid JSON/],
      ['null', 'bad-message', /protocol/],
      ['[1,2,3]', 'bad-message', /protocol/],
      ['{"type":"launch-missiles"}', 'bad-message', /At "type"/],
      [JSON.stringify({ type: 'vote', vote: id, option: '1' }), 'bad-message', /At "option"/],
      [JSON.stringify({ type: 'vote', vote: id, option: 1.5 }), 'bad-message', /At "option"/],
      [JSON.stringify({ type: 'vote', vote: id, option: -1 }), 'bad-message', /At "option"/],
      [JSON.stringify({ type: 'vote', vote: id, option: 1, who: 'me' }), 'bad-message', /At "who"/],
      [JSON.stringify({ type: 'join', room: '../../etc' }), 'bad-message', /At "room"/],
      [Buffer.from(JSON.stringify({ type: 'vote', vote: id, option: 1 })), 'bad-message', /not binary/],
    ];
    for (const [frame, code, message] of cases) {
      phone.socket.sendRaw(frame);
      const error = await phone.socket.error(code);
      expect(error.message, String(frame)).toMatch(message);
    }
    // Malformed option lists from the projector are refused the same way.
    facilitator.send({ type: 'open-vote', options: [], mode: 'vote' });
    expect((await facilitator.error('bad-message')).message).toMatch(/At "options"/);
    const option = { text: 'a', locked: false };
    facilitator.send({ type: 'open-vote', options: [option], mode: 'democracy' });
    expect((await facilitator.error('bad-message')).message).toMatch(/At "mode"/);
    facilitator.send({ type: 'open-vote', options: Array.from({ length: 10 }, () => option), mode: 'vote' });
    expect((await facilitator.error('bad-message')).message).toMatch(/At "options"/);
    facilitator.send({ type: 'open-vote', options: ['a'], mode: 'vote' });
    expect((await facilitator.error('bad-message')).message).toMatch(/At "options.0"/);
    facilitator.send({ type: 'open-vote', options: [{ text: 'a', locked: true }], mode: 'vote' });
    expect((await facilitator.error('bad-message')).message).toMatch(/at least one option must be open/);
    facilitator.send({ type: 'open-vote', options: [{ text: '   ', locked: false }], mode: 'vote' });
    await facilitator.error('bad-message');
    expect(server.room.vote).toMatchObject({ id, phase: 'open' });
    await vote(phone.socket, id, 1);
    await roomStillWorks(server, facilitator);
  });

  it('oversized messages: over the limit is refused, over the hard cap closes that connection', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    const { id } = await openVote(facilitator, [phone.socket], ['a', 'b']);
    phone.socket.send({ type: 'vote', vote: id, option: 0, padding: 'x'.repeat(2000) });
    expect((await phone.socket.error('too-big')).message).toMatch(/limit is 1024 bytes/);
    await vote(phone.socket, id, 0);
    const bully = await join(server);
    bully.socket.sendRaw('x'.repeat(100 * 1024));
    expect((await bully.socket.closed).code).toBe(CLOSE.tooBig);
    await roomStillWorks(server, facilitator);
    expect(server.room.vote?.ballots.size).toBe(2);
  });

  it('flooding: messages beyond the rate are dropped with a notice, a flood closes the connection', async () => {
    const facilitator = await host(server);
    const flooder = await join(server);
    const { id } = await openVote(facilitator, [flooder.socket], ['a', 'b']);
    for (let i = 0; i < 400; i++) flooder.socket.send({ type: 'vote', vote: id, option: i % 2 });
    const notice = await flooder.socket.error('too-fast');
    expect(notice.retryAfterMs).toBeGreaterThan(0);
    expect((await flooder.socket.closed).code).toBe(CLOSE.policy);
    // Only the burst got through; the phone still has exactly one ballot.
    expect(server.room.vote!.received).toBeLessThanOrEqual(10);
    expect(server.room.vote!.ballots.size).toBe(1);
    await roomStillWorks(server, facilitator);
    expect(server.room.vote!.ballots.size).toBe(2);
  });

  it('the projector is never held back: a run of commands faster than any phone may send all land', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    // A resumed session or quick taps: 40 commands in one go, four times a phone's burst.
    for (let i = 0; i < 20; i++) {
      facilitator.send({ type: 'set-paused', paused: true });
      facilitator.send({ type: 'set-paused', paused: false });
    }
    const { id } = await openVote(facilitator, [phone.socket], ['a', 'b']);
    await vote(phone.socket, id, 1);
    expect(facilitator.unread().filter((m) => m.type === 'error')).toEqual([]);
    expect(server.room.vote?.ballots.size).toBe(1);
  });

  it('every message the server sent in these tests matches the protocol', async () => {
    const facilitator = await host(server);
    const phone = await join(server);
    const { id } = await openVote(facilitator, [phone.socket], ['a', 'b']);
    await vote(phone.socket, id, 0);
    phone.socket.send({ type: 'vote', vote: id, option: 0 });
    phone.socket.send({ type: 'xcard' });
    facilitator.send({ type: 'reveal', vote: id });
    await facilitator.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    await phone.socket.next((m) => m.type === 'state' && m.vote?.phase === 'revealed');
    for (const m of phone.socket.unread())
      expect(v.safeParse(PhoneMessageSchema, m).success, JSON.stringify(m)).toBe(true);
    for (const m of facilitator.unread())
      expect(v.safeParse(ProjectorMessageSchema, m).success, JSON.stringify(m)).toBe(true);
  });
});

describe('HTTP', () => {
  function get(
    url: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
    return new Promise((resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('hands the code, secret and QR code to the laptop itself only', async () => {
    const info = await get(`${server.url}api/facilitator`);
    expect(info.status).toBe(200);
    expect(info.headers['cache-control']).toBe('no-store');
    const parsed = v.parse(FacilitatorInfoSchema, JSON.parse(info.body));
    expect(parsed).toMatchObject({
      room: server.code,
      secret: server.secret,
      joinUrl: `${server.url}phone.html?room=${server.code}`,
    });
    expect(parsed.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // A page on another site, or a name that resolves to this laptop (DNS rebinding): refused.
    expect((await get(`${server.url}api/facilitator`, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await get(`${server.url}api/facilitator`, { Host: `attacker.example:${server.port}` })).status).toBe(403);
  });

  it('serves the build, and nothing outside it', async () => {
    const dir = mkdtempSync(joinPath(tmpdir(), 'room-static-'));
    try {
      mkdirSync(joinPath(dir, 'dist', 'assets'), { recursive: true });
      writeFileSync(joinPath(dir, 'dist', 'index.html'), '<!doctype html><title>game</title>');
      writeFileSync(joinPath(dir, 'dist', 'phone.html'), '<!doctype html><title>phone</title>');
      writeFileSync(joinPath(dir, 'dist', 'assets', 'a.js'), 'export {};');
      writeFileSync(joinPath(dir, 'secret.txt'), 'outside');
      await server.close();
      server = await startRoomServer({ host: '127.0.0.1', port: 0, staticDir: joinPath(dir, 'dist') });
      const index = await get(server.url);
      expect(index).toMatchObject({ status: 200, body: '<!doctype html><title>game</title>' });
      expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(index.headers['x-content-type-options']).toBe('nosniff');
      expect((await get(`${server.url}phone.html?room=ABC`)).body).toContain('phone');
      expect((await get(`${server.url}phone`)).body).toContain('phone');
      expect((await get(`${server.url}assets/a.js`)).headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect((await get(`${server.url}../secret.txt`)).body).not.toContain('outside');
      expect((await get(`${server.url}%2e%2e/secret.txt`)).status).toBe(404);
      expect((await get(`${server.url}assets/%2e%2e%2f%2e%2e%2fsecret.txt`)).status).toBe(404);
      expect((await get(`${server.url}missing.js`)).status).toBe(404);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
