// What one hostile phone (or machine) can no longer do to the room, over real sockets on
// loopback — each attacker from its own loopback address, as a device on the Wi-Fi would
// be: hold many sockets with one token or from one address, fill the room with idle
// sockets, guess codes so that others wait, pause the game again and again from many
// identities, or vote again through fresh identities on one device.
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../common/protocol.js';
import type { Limits } from '../../server/room-server.js';
import { hostLaneUrl } from '../../src/room-client/room-client';
import { device, Harness, openMany } from './harness';
import { TestSocket } from './socket';

let harness: Harness;
async function start(limits: Partial<Limits> = {}) {
  harness = await Harness.start({ limitLoopback: true, ...limits });
  return harness;
}
afterEach(async () => {
  await harness?.close();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sockets per phone and per address', () => {
  it('one token opens at most its cap of sockets: each newer one closes the oldest', async () => {
    const room = await start({ maxSocketsPerToken: 2, maxSocketsPerAddress: 100 });
    const first = await room.join(device(1));
    const again: TestSocket[] = [];
    for (let i = 0; i < 12; i++) again.push((await room.join(device(1), first.token)).socket);
    expect((await first.socket.closed).code).toBe(CLOSE.duplicate);
    const closed = await Promise.all(again.slice(0, -2).map((s) => s.closed));
    expect(closed.every((c) => c.code === CLOSE.duplicate)).toBe(true);
    expect(again.slice(-2).every((s) => s.ws.readyState === s.ws.OPEN)).toBe(true);
    expect(room.server.room.participants.get(first.token)?.connections).toBe(2);
    expect(room.server.room.participants.size).toBe(1);
  });

  it('one address opens at most its cap of sockets; 40 more are refused with 429', async () => {
    const room = await start({ maxSocketsPerAddress: 6 });
    const { opened, refused } = await openMany(room.server.wsUrl, 46, () => device(2));
    for (const s of opened) room.track(s);
    expect(opened).toHaveLength(6);
    expect(refused).toHaveLength(40);
    expect(refused.every((r) => r.includes('429'))).toBe(true);
    // Another device is not held back by it.
    await room.join(device(3));
  });
});

describe('a full room', () => {
  it('idle sockets fill every place: the projector still connects, and a phone with the right code still joins', async () => {
    const room = await start({ maxConnections: 12, maxSocketsPerAddress: 4 });
    const idle = await openMany(room.server.wsUrl, 12, (i) => device(10 + Math.floor(i / 4)));
    for (const s of idle.opened) room.track(s);
    expect(idle.opened).toHaveLength(12);
    const projector = await room.host();
    const phone = await room.join(device(20));
    expect(phone.state.type).toBe('state');
    // The oldest socket that never joined made way for the phone.
    const evicted = await Promise.race(idle.opened.map((s) => s.closed));
    expect(evicted.code).toBe(CLOSE.evicted);
    await projector.next((m) => m.type === 'room' && m.connected === 1);
  });

  it('every place taken by joined phones: a new phone is refused, the projector comes back on its own lane', async () => {
    const room = await start({ maxConnections: 4, maxHostSockets: 2 });
    for (let i = 0; i < 4; i++) await room.join(device(30 + i));
    await expect(TestSocket.open(room.server.wsUrl, {}, device(40))).rejects.toThrow(/503/);
    const projector = await room.host();
    // A reload: the new projector takes over, the old one is told.
    const reloaded = await room.host();
    expect((await projector.closed).code).toBe(CLOSE.replaced);
    expect(reloaded.unread()).toEqual([]);
    reloaded.send({ type: 'list-phones' });
    expect((await reloaded.next((m) => m.type === 'phones')).phones).toHaveLength(4);
    // The lane needs the secret: a wrong one is just another socket in a full room.
    await expect(TestSocket.open(hostLaneUrl(room.server.wsUrl, 'guess'), {}, device(41))).rejects.toThrow(/503/);
  });
});

describe('guessing the code', () => {
  it('a guessing address slows only itself: 30 real phones from other addresses all join at once', async () => {
    const room = await start({ wrongCodeBurst: 5, wrongCodesPerMinute: 5 });
    const wrong = room.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    let guesses = 0;
    let held = false;
    while (!held) {
      const guesser = await room.open(device(50));
      for (let i = 0; i < 4 && !held; i++) {
        guesser.send({ type: 'join', room: wrong });
        const answer = await guesser.next((m) => m.type === 'error');
        guesses += 1;
        held = answer.code === 'too-fast';
      }
    }
    expect(guesses).toBe(6); // five wrong codes, then held
    // Held: even the right code waits, from that address.
    const again = await room.open(device(50));
    again.send({ type: 'join', room: room.code });
    expect((await again.error('too-fast')).retryAfterMs).toBeGreaterThan(0);
    // Everyone else joins at once, while the guesser keeps trying.
    const keepGuessing = await room.open(device(50));
    const joins = Array.from({ length: 30 }, (_, i) => room.join(device(60 + i)));
    for (let i = 0; i < 4; i++) keepGuessing.send({ type: 'join', room: wrong });
    const phones = await Promise.all(joins);
    expect(phones.every((p) => p.state.type === 'state')).toBe(true);
    expect(phones.flatMap((p) => p.socket.unread()).filter((m) => m.type === 'error')).toEqual([]);
    expect(room.server.room.participants.size).toBe(30);
  });
});

describe('the X-card, room-wide', () => {
  it('a burst of X-cards from many identities is one pause and one alert to the facilitator', async () => {
    const room = await start();
    const projector = await room.host();
    const phones = await Promise.all(Array.from({ length: 10 }, (_, i) => room.join(device(100 + i))));
    for (const phone of phones) phone.socket.send({ type: 'xcard' });
    await Promise.all(phones.map((p) => p.socket.next((m) => m.type === 'xcard-ok')));
    const state = await projector.next((m) => m.type === 'room' && m.xcards === 10);
    expect(state).toMatchObject({ paused: true, pauses: 1 });
    const alerts = [...projector.unread().filter((m) => m.type === 'xcard')];
    expect(alerts).toEqual([{ type: 'xcard', total: 1, paused: true, recent: 1 }]);
    // Every phone sees the one pause.
    await Promise.all(phones.map((p) => p.socket.next((m) => m.type === 'state' && m.paused)));
  });

  it('a real pause goes through at once; when pauses keep coming the facilitator is alerted and decides', async () => {
    const room = await start({ xcardBurstMs: 100, xcardAutoPauses: 2, xcardRepeatAlertMs: 60_000 });
    const projector = await room.host();
    const phones = await Promise.all(Array.from({ length: 4 }, (_, i) => room.join(device(120 + i))));
    const play = async (n: number) => {
      phones[n]!.socket.send({ type: 'xcard' });
      await phones[n]!.socket.next((m) => m.type === 'xcard-ok');
    };
    const resume = async () => {
      projector.clear();
      projector.send({ type: 'set-paused', paused: false });
      await projector.next((m) => m.type === 'room' && !m.paused);
      await wait(150); // past the burst
    };
    await play(0);
    expect(await projector.next((m) => m.type === 'xcard')).toMatchObject({ paused: true, total: 1 });
    await resume();
    await play(1);
    expect(await projector.next((m) => m.type === 'xcard')).toMatchObject({ paused: true, total: 2, recent: 2 });
    await resume();
    // The third pause in five minutes: the facilitator hears it, the game runs on.
    await play(2);
    expect(await projector.next((m) => m.type === 'xcard')).toEqual({
      type: 'xcard',
      total: 3,
      paused: false,
      recent: 3,
    });
    const state = await projector.next((m) => m.type === 'room' && m.xcards === 3);
    expect(state).toMatchObject({ paused: false, pauses: 2 });
    // And it is not repeated at every press.
    await wait(150);
    await play(3);
    await projector.next((m) => m.type === 'room' && m.xcards === 4);
    expect(projector.unread().filter((m) => m.type === 'xcard')).toEqual([]);
  });
});

describe('one ballot per device per choice', () => {
  it('a second tab (a new identity) on the same device cannot vote again; other devices can', async () => {
    const room = await start();
    const projector = await room.host();
    const tab1 = await room.join(device(140));
    const tab2 = await room.join(device(140));
    const other = await room.join(device(141));
    const id = await room.openVote(projector);
    tab1.socket.send({ type: 'vote', vote: id, option: 0 });
    await tab1.socket.next((m) => m.type === 'vote-ok');
    tab2.socket.send({ type: 'vote', vote: id, option: 1 });
    expect((await tab2.socket.error('device-voted')).ref).toBe('vote');
    other.socket.send({ type: 'vote', vote: id, option: 1 });
    await other.socket.next((m) => m.type === 'vote-ok');
    // The first tab may still change its own vote.
    tab1.socket.send({ type: 'vote', vote: id, option: 2 });
    await tab1.socket.next((m) => m.type === 'vote-ok' && m.option === 2);
    projector.send({ type: 'reveal', vote: id });
    const revealed = await projector.next((m) => m.type === 'room' && m.vote?.phase === 'revealed');
    expect(revealed.vote.counts).toEqual([0, 1, 1]);
    // And a fourth identity from that device is refused outright.
    await room.join(device(140));
    const fourth = await room.open(device(140));
    fourth.send({ type: 'join', room: room.code });
    await fourth.error('device-limit');
  });
});
