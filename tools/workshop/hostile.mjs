// @ts-check
// A hostile guest for the load test: one device in the room that does everything the
// server must hold — while a hundred phones vote. From its own address it opens socket after
// socket with one token, holds idle sockets past its cap, guesses the code, floods, sends
// junk and oversized frames and facilitator commands, votes again through a second identity,
// and plays X-cards from several. Its one real ballot per choice (it is a phone in the room
// too) is counted like any other; the load test checks nothing else got through.
import { Client, delay } from './ws-client.mjs';

/** @typedef {import('./ws-client.mjs').Message} Message */

/**
 * @typedef {object} HostileStats
 * @property {number} rounds
 * @property {number} refusedSockets upgrades refused (per-address cap, full room)
 * @property {number} duplicateCloses its own sockets closed for going past one token's cap
 * @property {number} wrongCodes wrong codes answered as such
 * @property {number} heldGuesses guesses answered "too fast" (its address is held back)
 * @property {number} floodCloses flooding sockets closed by the server
 * @property {number} refused junk, oversized and facilitator commands refused
 * @property {number} deviceVoted second-identity ballots refused
 * @property {number} xcards X-cards it played
 * @property {number} ballots its own ballots the room counted
 */

/**
 * @param {{ url: string, code: string, from: string }} where
 */
export function runHostile(where) {
  /** @type {HostileStats} */
  const stats = {
    rounds: 0,
    refusedSockets: 0,
    duplicateCloses: 0,
    wrongCodes: 0,
    heldGuesses: 0,
    floodCloses: 0,
    refused: 0,
    deviceVoted: 0,
    xcards: 0,
    ballots: 0,
  };
  /** vote id → the option the room acknowledged for its real identity */
  const ballots = new Map();
  let stopped = false;
  const wrong = where.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';

  /** A socket from the hostile device, or null when the server refused it. @param {string} [token] */
  async function identity(token) {
    const client = new Client(where.url, where.from);
    try {
      await client.open();
    } catch {
      stats.refusedSockets += 1;
      return null;
    }
    client.send({ type: 'join', room: where.code, ...(token ? { token } : {}) });
    const answer = await client.next((m) => m.type === 'joined' || m.type === 'error', 5000).catch(() => null);
    if (answer?.type !== 'joined') {
      client.close();
      return null;
    }
    return { client, token: /** @type {string} */ (answer.token) };
  }

  /** One round of everything, each part on its own sockets. */
  async function round(/** @type {{ client: Client, token: string }} */ second) {
    // One token, socket after socket: past its cap of two, each newer one closes the oldest.
    const copies = [];
    for (let i = 0; i < 4; i++) {
      const copy = await identity(second.token);
      if (copy) copies.push(copy);
    }
    const closes = await Promise.all(
      copies.slice(0, -2).map((c) => Promise.race([c.client.closed, delay(2000).then(() => 0)])),
    );
    stats.duplicateCloses += closes.filter((code) => code === 4006).length;
    // Let go of them (and wait until the server has), so the next attack has its places.
    await Promise.all(
      copies.map((c) => {
        c.client.close();
        return c.client.closed;
      }),
    );
    // Idle sockets past the per-address cap.
    const idle = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const client = new Client(where.url, where.from);
        return client.open().then(
          () => client,
          () => null,
        );
      }),
    );
    stats.refusedSockets += idle.filter((c) => c === null).length;
    await Promise.all(
      idle.map((client) => {
        client?.close();
        return client?.closed;
      }),
    );
    // Guessing the code until held back, then junk, then a flood.
    const guesser = new Client(where.url, where.from);
    if (
      await guesser.open().then(
        () => true,
        () => false,
      )
    ) {
      for (let i = 0; i < 4; i++) {
        guesser.send({ type: 'join', room: wrong });
        const answer = await guesser.next((m) => m.type === 'error', 3000).catch(() => null);
        if (answer?.code === 'wrong-room') stats.wrongCodes += 1;
        if (answer?.code === 'too-fast') stats.heldGuesses += 1;
      }
      guesser.close();
      await guesser.closed;
    }
    const junk = await identity(second.token);
    if (junk) {
      for (const frame of ['{not json', JSON.stringify({ type: 'vote', vote: 1, option: 99 }), 'x'.repeat(4000)])
        junk.client.ws?.send(frame);
      for (const type of ['reveal', 'end-session', 'rotate-code', 'list-phones']) junk.client.send({ type, vote: 1 });
      junk.client.send({ type: 'remove-phone', badge: '123' });
      const errors = await Promise.all(
        Array.from({ length: 8 }, () => junk.client.next((m) => m.type === 'error', 3000).catch(() => null)),
      );
      stats.refused += errors.filter(Boolean).length;
      // A flood, batch after batch, until the server closes the socket.
      let code = 0;
      for (let batch = 0; batch < 20 && code === 0; batch++) {
        for (let i = 0; i < 200; i++) junk.client.send({ type: 'xcard' });
        code = await Promise.race([junk.client.closed, delay(200).then(() => 0)]);
      }
      if (code === 1008) stats.floodCloses += 1;
      junk.client.close();
    }
    stats.rounds += 1;
  }

  let running = Promise.resolve();
  /** @type {{ client: Client, token: string } | null} */
  let main = null;
  /** @type {{ client: Client, token: string } | null} */
  let third = null;

  return {
    stats,
    ballots,
    /** Join (its real identity and a second one), then attack until stopped. */
    async start() {
      main = await identity();
      const second = await identity();
      if (!main || !second) throw new Error('the hostile guest could not join');
      // A third identity plays X-cards and votes a second time; a fourth is refused outright.
      third = await identity();
      if (!third) throw new Error('the hostile guest could not take a third identity');
      if (await identity()) throw new Error('one device took a fourth identity');
      const xcarder = third;
      running = (async () => {
        while (!stopped) {
          xcarder.client.send({ type: 'xcard' });
          stats.xcards += 1;
          await round(second);
          await delay(50);
        }
      })();
    },
    /**
     * Its real ballot in this vote, and a second identity's attempt (refused). Resolves once
     * the room has answered both, so the load test can count what was acknowledged.
     * @param {number} voteId @param {number} option
     */
    async vote(voteId, option) {
      if (!main) return;
      main.client.send({ type: 'vote', vote: voteId, option });
      const answer = await main.client.next(
        (m) => (m.type === 'vote-ok' && m.vote === voteId) || (m.type === 'error' && m.ref === 'vote'),
        10_000,
      );
      if (answer.type === 'vote-ok') {
        ballots.set(voteId, option);
        stats.ballots += 1;
      }
      if (!third) return;
      third.client.send({ type: 'vote', vote: voteId, option: 0 });
      const refusal = await third.client.next(
        (m) => (m.type === 'error' && m.ref === 'vote') || m.type === 'vote-ok',
        10_000,
      );
      if (refusal.code === 'device-voted') stats.deviceVoted += 1;
      if (refusal.type === 'vote-ok') throw new Error('a second identity on one device voted twice');
    },
    async stop() {
      stopped = true;
      await running;
      main?.client.close();
      third?.client.close();
    },
  };
}
