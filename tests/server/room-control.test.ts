// The facilitator's controls over real sockets: the lobby count, live counts and the
// countdown on the phones (tallies still hidden), phase-card prompts, the lock, removing a
// phone (by the number it shows) and a new code, the end reaching every phone, a new
// session, a read-only audience window, and a reloaded projector finding its open vote.
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE, PhoneMessageSchema, ProjectorMessageSchema } from '../../common/protocol.js';
import { Room } from '../../server/room.js';
import { device, Harness } from './harness';
import type { TestSocket } from './socket';

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

async function vote(phone: TestSocket, id: number, option: number) {
  phone.send({ type: 'vote', vote: id, option });
  return phone.next((m) => m.type === 'vote-ok' && m.option === option);
}

describe('lobby and live counts', () => {
  it('the projector counts phones (no names); during a vote projector and phones see "n of m voted", never the tallies', async () => {
    harness = await Harness.start();
    const projector = await harness.host();
    const phones = await Promise.all([1, 2, 3].map(() => harness.join()));
    const lobby = await projector.next((m) => m.type === 'room' && m.connected === 3);
    expect(JSON.stringify(lobby)).not.toMatch(/token|badge/);
    const id = await harness.openVote(projector);
    await vote(phones[0]!.socket, id, 1);
    await vote(phones[1]!.socket, id, 2);
    const room = await projector.next((m) => m.type === 'room' && m.vote?.voted === 2);
    expect(room.vote).toMatchObject({ voted: 2, of: 3, counts: null, top: null });
    const count = await phones[2]!.socket.next((m) => m.type === 'count' && m.voted === 2);
    expect(count).toEqual({ type: 'count', vote: id, voted: 2, of: 3 });
    // A phone that goes to sleep with its ballot still counts among "of".
    phones[0]!.socket.ws.terminate();
    await projector.next((m) => m.type === 'room' && m.connected === 2 && m.vote?.of === 3);
    for (const message of [...projector.unread(), ...phones[2]!.socket.unread()]) {
      expect(message.vote?.counts ?? null).toBeNull();
    }
  });

  it('the countdown reaches the phones as time left, held or off; the server never commits by itself', async () => {
    harness = await Harness.start();
    const projector = await harness.host();
    const phone = await harness.join();
    const id = await harness.openVote(projector);
    projector.send({ type: 'set-timer', vote: id, timer: { remainingMs: 30_000, running: true } });
    const running = await phone.socket.next((m) => m.type === 'state' && m.vote?.timer);
    expect(running.vote.timer.running).toBe(true);
    expect(running.vote.timer.remainingMs).toBeLessThanOrEqual(30_000);
    expect(running.vote.timer.remainingMs).toBeGreaterThan(25_000);
    projector.send({ type: 'set-timer', vote: id, timer: { remainingMs: 0, running: true } });
    await phone.socket.next((m) => m.type === 'state' && m.vote?.timer?.remainingMs === 0);
    expect(harness.server.room.vote?.phase).toBe('open');
    projector.send({ type: 'set-timer', vote: id, timer: { remainingMs: 12_000, running: false } });
    expect((await phone.socket.next((m) => m.type === 'state' && m.vote?.timer?.running === false)).vote.timer).toEqual(
      { remainingMs: 12_000, running: false },
    );
    projector.send({ type: 'set-timer', vote: id, timer: null });
    await phone.socket.next((m) => m.type === 'state' && m.vote?.timer === null);
    projector.send({ type: 'set-timer', vote: id + 1, timer: null });
    await projector.error('no-open-vote');
  });
});

describe('phase cards and the end', () => {
  it('a phase card’s prompt reaches the phones and goes away again', async () => {
    harness = await Harness.start();
    const projector = await harness.host();
    const phone = await harness.join();
    projector.send({ type: 'set-card', card: { title: 'Phase 1', prompt: 'When did you last pull back?' } });
    const state = await phone.socket.next((m) => m.type === 'state' && m.card);
    expect(state.card).toEqual({ title: 'Phase 1', prompt: 'When did you last pull back?' });
    projector.send({ type: 'set-card', card: null });
    await phone.socket.next((m) => m.type === 'state' && m.card === null);
    projector.send({ type: 'set-card', card: { title: '', prompt: 'x'.repeat(601) } });
    await projector.error('bad-message');
  });

  it('the end reaches every phone, then the room closes; a new session opens a fresh room with a new code', async () => {
    harness = await Harness.start();
    const projector = await harness.host();
    const phones = await Promise.all([1, 2].map(() => harness.join()));
    const oldCode = harness.code;
    projector.send({ type: 'end-session' });
    for (const phone of phones) {
      await phone.socket.next((m) => m.type === 'state' && m.ended === true);
      expect((await phone.socket.closed).code).toBe(CLOSE.roomClosed);
    }
    await projector.next((m) => m.type === 'room' && m.ended && m.connected === 0);
    const late = await harness.open();
    late.send({ type: 'join', room: oldCode });
    await late.error('room-closed');
    projector.send({ type: 'new-session' });
    const info = await projector.next((m) => m.type === 'join-info');
    expect(info.room).not.toBe(oldCode);
    expect(info.joinUrl).toContain(`room=${info.room}`);
    expect(info.qrSvg).toMatch(/^<svg/);
    await projector.next((m) => m.type === 'room' && !m.ended && m.room === info.room && m.joined === 0);
    const fresh = await harness.join();
    expect(fresh.state).toMatchObject({ ended: false, vote: null });
  });
});

describe('room control', () => {
  it('locked after the start: no new phone, but the phones in come back', async () => {
    harness = await Harness.start();
    const projector = await harness.host();
    const phone = await harness.join();
    projector.send({ type: 'set-locked', locked: true });
    await projector.next((m) => m.type === 'room' && m.locked);
    const newcomer = await harness.open();
    newcomer.send({ type: 'join', room: harness.code });
    await newcomer.error('room-locked');
    phone.socket.ws.terminate();
    await harness.join(undefined, phone.token);
    projector.send({ type: 'set-locked', locked: false });
    await projector.next((m) => m.type === 'room' && !m.locked);
    await harness.join();
  });

  it('a phone is removed by the number it shows: closed, its ballot taken back, not back with its token or device until the code changes', async () => {
    harness = await Harness.start({ limitLoopback: true });
    const projector = await harness.host();
    const calm = await harness.join(device(1));
    const loud = await harness.join(device(2));
    const id = await harness.openVote(projector);
    await vote(calm.socket, id, 0);
    await vote(loud.socket, id, 1);
    projector.send({ type: 'list-phones' });
    const list = await projector.next((m) => m.type === 'phones');
    expect(list.phones.map((p: { badge: string }) => p.badge).sort()).toEqual(
      [calm.state.badge, loud.state.badge].sort(),
    );
    expect(list.phones.every((p: { connected: boolean; strikes: number }) => p.connected && p.strikes === 0)).toBe(
      true,
    );
    projector.send({ type: 'remove-phone', badge: loud.state.badge });
    await loud.socket.error('removed');
    expect((await loud.socket.closed).code).toBe(CLOSE.removed);
    const after = await projector.next((m) => m.type === 'phones');
    expect(after.phones.map((p: { badge: string }) => p.badge)).toEqual([calm.state.badge]);
    await projector.next((m) => m.type === 'room' && m.vote?.voted === 1 && m.joined === 1);
    // Back with its token, or as a new phone from its device: refused.
    const again = await harness.open(device(2));
    again.send({ type: 'join', room: harness.code, token: loud.token });
    await again.error('removed');
    const asNew = await harness.open(device(2));
    asNew.send({ type: 'join', room: harness.code });
    await asNew.error('removed');
    projector.send({ type: 'remove-phone', badge: loud.state.badge });
    await projector.error('no-such-phone');
    // A new code: the old one is refused, the phones in carry on with their tokens.
    const oldCode = harness.code;
    projector.send({ type: 'rotate-code' });
    const info = await projector.next((m) => m.type === 'join-info');
    expect(info.room).not.toBe(oldCode);
    const stale = await harness.open(device(3));
    stale.send({ type: 'join', room: oldCode });
    await stale.error('wrong-room');
    calm.socket.ws.terminate();
    const back = await harness.rejoin(oldCode, calm.token, device(1));
    expect(back.state.myVote).toBe(0);
    // Only with the new code can that device join again, as a new phone.
    await harness.join(device(2));
    projector.send({ type: 'reveal', vote: id });
    expect((await projector.next((m) => m.type === 'room' && m.vote?.phase === 'revealed')).vote.counts).toEqual([
      1, 0, 0,
    ]);
  });

  it('phone numbers stay unique and valid in a room of a thousand', () => {
    const room = new Room({ maxParticipants: 1000 });
    const badges = Array.from({ length: 1000 }, () => {
      const joined = room.join(undefined, null);
      if (!joined.ok) throw new Error(joined.code);
      return room.phoneState(joined.token).badge;
    });
    expect(new Set(badges).size).toBe(1000);
    expect(badges.every((badge) => /^[1-9]\d{2,3}$/.test(badge))).toBe(true);
    expect(v.is(PhoneMessageSchema, room.phoneState([...room.participants.keys()][999]!))).toBe(true);
  });

  it('strikes count a phone’s broken or flooding messages, nothing about its votes or X-cards', async () => {
    harness = await Harness.start();
    const projector = await harness.host();
    const phone = await harness.join();
    phone.socket.sendRaw('not json');
    phone.socket.send({ type: 'open-vote', options: [{ text: 'x', locked: false }], mode: 'vote' });
    await phone.socket.error('not-facilitator');
    phone.socket.send({ type: 'xcard' });
    await phone.socket.next((m) => m.type === 'xcard-ok');
    projector.send({ type: 'list-phones' });
    expect((await projector.next((m) => m.type === 'phones')).phones).toEqual([
      { badge: phone.state.badge, connected: true, strikes: 2 },
    ]);
  });
});

describe('the facilitator’s screens', () => {
  it('an audience window watches: it hears the room and can command nothing', async () => {
    harness = await Harness.start();
    const projector = await harness.host();
    const audience = await harness.host('watch');
    await harness.join();
    expect((await audience.next((m) => m.type === 'room' && m.connected === 1)).role).toBe('watch');
    for (const command of [
      { type: 'open-vote', options: [{ text: 'x', locked: false }], mode: 'vote' },
      { type: 'list-phones' },
      { type: 'end-session' },
    ]) {
      audience.send(command);
      await audience.error('not-facilitator');
    }
    expect(harness.server.room.vote).toBeNull();
    // The projector is still the host: the watcher did not replace it.
    const id = await harness.openVote(projector);
    await audience.next((m) => m.type === 'room' && m.vote?.id === id);
  });

  it('a reloaded projector finds the same open vote, by its ref, with the ballots cast', async () => {
    harness = await Harness.start();
    const projector = await harness.host();
    const phone = await harness.join();
    const id = await harness.openVote(projector);
    await vote(phone.socket, id, 2);
    projector.ws.terminate();
    const { state } = await harness.hostWithState();
    expect(state.vote).toMatchObject({ id, ref: 'c1', phase: 'open', voted: 1, counts: null });
    expect(v.is(ProjectorMessageSchema, state)).toBe(true);
    expect(v.is(PhoneMessageSchema, phone.state)).toBe(true);
  });
});
