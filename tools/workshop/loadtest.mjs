#!/usr/bin/env node
// @ts-check
// Load test for the workshop room, over loopback, ending by itself: a projector and 100
// simulated phones vote through 10 choices. Phones join late, change their votes, send
// duplicates, drop (a phone going to sleep) and come back with their token. After each
// reveal the projector's counts must equal, exactly, the votes the phones were told were
// counted; a returning phone must find its own vote kept. Reports the latency from a
// phone's vote to the projector seeing it counted (p50/p95).
//
// Every phone connects from its own loopback address, as devices on a Wi-Fi do, and a
// hostile guest (hostile.mjs) attacks the room all along from one more.
//
// Usage: node tools/workshop/loadtest.mjs [--phones 100] [--choices 10] [--seed 1] [--no-hostile]
// Exits with 1 when any count is off or anything unexpected happened.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { HOST_LANE_PARAM } from '../../common/protocol.js';
import { seededRandom } from '../../common/seeded-random.js';
import { runHostile } from './hostile.mjs';
import { Client, delay, deviceAddress } from './ws-client.mjs';

/**
 * The session is compressed from ninety minutes into seconds, so one phone sends in a
 * second what it would send in a quarter of an hour: the per-connection rate limit is
 * loosened accordingly. Everything else is the server as it runs in a workshop.
 */
const LOAD_TEST_LIMITS = { burst: 60, perSecond: 60, limitLoopback: true };
/** The hostile guest's device, apart from every phone's. */
const HOSTILE_ADDRESS = '127.0.250.250';

/**
 * @typedef {object} Tally
 * @property {number[]} counts
 * @property {number} voted
 */

/**
 * @typedef {object} LoadTestOptions
 * @property {number} [phones]
 * @property {number} [choices]
 * @property {number} [seed]
 * @property {number} [initialShare] the share of phones in the room before the first choice
 * @property {boolean} [hostile] a hostile guest in the room (default: yes; see hostile.mjs)
 * @property {(line: string) => void} [log]
 */

/**
 * @typedef {object} LoadTestReport
 * @property {boolean} ok every count exact, every kept vote found, nothing unexpected
 * @property {number} phones
 * @property {number} choices
 * @property {number} ballots votes the server acknowledged (changes included)
 * @property {number} duplicates duplicate votes refused
 * @property {number} joins first joins
 * @property {number} drops sockets dropped without a goodbye
 * @property {number} reconnects returns with a token
 * @property {string[]} problems what went wrong, if anything
 * @property {{ count: number, p50: number, p95: number, max: number }} latencyMs vote → projector
 * @property {number} durationMs
 * @property {number} xcardAlerts X-card alerts the projector got
 * @property {import('./hostile.mjs').HostileStats | null} hostile what the hostile guest tried, and how it was held
 */

/** @param {number[]} sorted @param {number} q */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * Run the load test against a fresh server on its own thread.
 * @param {LoadTestOptions} [options]
 * @returns {Promise<LoadTestReport>}
 */
export async function runLoadTest(options = {}) {
  const phoneCount = options.phones ?? 100;
  const choiceCount = options.choices ?? 10;
  const random = seededRandom(options.seed ?? 1);
  const log = options.log ?? (() => {});
  const started = performance.now();
  /** @param {number} n */
  const pick = (n) => Math.floor(random() * n);

  const worker = new Worker(new URL('./server-worker.mjs', import.meta.url), {
    workerData: { limits: LOAD_TEST_LIMITS },
  });
  /** @type {{ url: string, code: string, secret: string }} */
  const where = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });

  /** @type {string[]} */
  const problems = [];
  const stats = { ballots: 0, duplicates: 0, joins: 0, drops: 0, reconnects: 0 };
  /** @type {number[]} */
  const latencies = [];

  // The projector: notes when it first saw each number of received ballots, per vote, so a
  // phone's acknowledged ballot (its receipt number) can be timed to the projector.
  // Every phone from its own address, as on a Wi-Fi; the projector on the facilitator's lane.
  const projector = new Client(`${where.url}?${HOST_LANE_PARAM}=${encodeURIComponent(where.secret)}`);
  let xcardAlerts = 0;
  /** @type {Map<number, { received: number, at: number }[]>} */
  const seenAt = new Map();
  /** @type {{ vote: number, receipt: number, sentAt: number }[]} */
  const awaitingProjector = [];
  projector.onMessage = (message) => {
    if (message.type === 'error') problems.push(`projector got an error: ${message.code} ${message.message}`);
    if (message.type === 'xcard') xcardAlerts += 1;
    if (message.type !== 'room' || !message.vote) return;
    const at = performance.now();
    const list = seenAt.get(message.vote.id) ?? [];
    list.push({ received: message.vote.received, at });
    seenAt.set(message.vote.id, list);
    for (let i = awaitingProjector.length - 1; i >= 0; i--) {
      const entry = /** @type {(typeof awaitingProjector)[number]} */ (awaitingProjector[i]);
      if (entry.vote === message.vote.id && entry.receipt <= message.vote.received) {
        latencies.push(at - entry.sentAt);
        awaitingProjector.splice(i, 1);
      }
    }
  };
  /** A ballot was acknowledged: time it to the projector, now or when it gets there. */
  const trackLatency = (/** @type {number} */ vote, /** @type {number} */ receipt, /** @type {number} */ sentAt) => {
    // The projector may have been told before the phone's acknowledgement arrived.
    const seen = seenAt.get(vote)?.find((s) => s.received >= receipt);
    if (seen) latencies.push(seen.at - sentAt);
    else awaitingProjector.push({ vote, receipt, sentAt });
  };
  await projector.open();
  projector.send({ type: 'host', room: where.code, secret: where.secret });
  await projector.next((m) => m.type === 'room');

  /**
   * A simulated phone. `myVote` is what the server acknowledged for the current vote —
   * the ground truth the projector's counts are checked against.
   */
  class Phone {
    /** @param {number} id */
    constructor(id) {
      this.id = id;
      this.client = new Client(where.url, deviceAddress(id));
      /** @type {string | undefined} */
      this.token = undefined;
      /** @type {number | null} */
      this.myVote = null;
      /** @type {number | null} */
      this.voteId = null;
      this.connected = false;
      this.client.onMessage = (message) => {
        if (message.type === 'error' && message.code !== 'duplicate-vote') {
          problems.push(`phone ${this.id} got an error: ${message.code} ${message.message}`);
        }
      };
    }

    /** Join (or come back) and check the room kept this phone's vote. */
    async connect() {
      await this.client.open();
      this.client.send({ type: 'join', room: where.code, ...(this.token ? { token: this.token } : {}) });
      const joined = await this.client.next((m) => m.type === 'joined');
      if (this.token) {
        stats.reconnects += 1;
        if (joined.token !== this.token) problems.push(`phone ${this.id} came back but was given a new token`);
      } else stats.joins += 1;
      this.token = joined.token;
      const state = await this.client.next((m) => m.type === 'state');
      this.connected = true;
      if (state.vote?.id !== this.voteId && this.voteId !== null && state.vote) {
        // A new vote opened while this phone was away: its old vote belongs to the old one.
        this.myVote = null;
      }
      if (state.vote && state.vote.id === this.voteId && state.myVote !== this.myVote) {
        problems.push(
          `phone ${this.id} came back to vote ${state.vote.id} and found ${state.myVote}, not its own ${this.myVote}`,
        );
      }
      this.voteId = state.vote?.id ?? null;
      return state;
    }

    /** @param {number} voteId */
    async awaitVote(voteId) {
      const state = await this.client.next((m) => m.type === 'state' && m.vote?.id === voteId);
      this.voteId = voteId;
      this.myVote = state.myVote;
    }

    /** @param {number} option */
    async vote(option) {
      const voteId = /** @type {number} */ (this.voteId);
      const sentAt = performance.now();
      this.client.send({ type: 'vote', vote: voteId, option });
      const answer = await this.client.next(
        (m) => (m.type === 'vote-ok' && m.vote === voteId && m.option === option) || m.type === 'error',
      );
      if (answer.type === 'error') {
        if (answer.code === 'duplicate-vote' && this.myVote === option) {
          stats.duplicates += 1;
          return;
        }
        problems.push(`phone ${this.id}: vote refused with ${answer.code}`);
        return;
      }
      stats.ballots += 1;
      this.myVote = option;
      trackLatency(voteId, answer.receipt, sentAt);
    }

    drop() {
      stats.drops += 1;
      this.connected = false;
      this.client.drop();
    }
  }

  const hostile =
    options.hostile === false ? null : runHostile({ url: where.url, code: where.code, from: HOSTILE_ADDRESS });
  await hostile?.start();
  const phones = Array.from({ length: phoneCount }, (_, i) => new Phone(i + 1));
  const initial = Math.round(phoneCount * (options.initialShare ?? 0.7));
  await Promise.all(phones.slice(0, initial).map((p) => p.connect()));
  let nextLate = initial;
  // Late joiners arrive spread over the first part of the session.
  const latePerChoice = Math.ceil((phoneCount - initial) / Math.max(1, Math.ceil(choiceCount * 0.6)));

  let lastVoteId = 0;
  for (let choice = 1; choice <= choiceCount; choice++) {
    const optionCount = 2 + pick(3);
    const options = Array.from({ length: optionCount }, (_, i) => ({
      text: `Choice ${choice}, option ${i + 1}`,
      locked: false,
    }));
    const present = phones.filter((p) => p.connected);
    projector.send({ type: 'open-vote', options, mode: choice % 4 === 0 ? 'advise' : 'vote' });
    const opened = await projector.next((m) => m.type === 'room' && m.vote?.phase === 'open' && m.vote.id > lastVoteId);
    const voteId = /** @type {number} */ (opened.vote.id);
    lastVoteId = voteId;
    await Promise.all(present.map((p) => p.awaitVote(voteId)));

    const late = phones.slice(nextLate, nextLate + latePerChoice);
    nextLate += late.length;
    /** Phones that sleep through this whole vote and come back after it. */
    const sleepers = present.filter(() => random() < 0.05);

    const hostileVote = hostile
      ?.vote(voteId, pick(optionCount))
      .catch((error) => void problems.push(`hostile guest: ${error.message}`));
    const scripts = phones.map(async (phone) => {
      if (sleepers.includes(phone)) {
        phone.drop();
        return;
      }
      if (late.includes(phone)) {
        await delay(pick(40));
        await phone.connect();
        if (phone.voteId !== voteId) problems.push(`late phone ${phone.id} did not join the open vote`);
      } else if (!phone.connected) return;
      await delay(pick(30));
      await phone.vote(pick(optionCount));
      if (random() < 0.15) await phone.vote(/** @type {number} */ (phone.myVote)); // a double tap
      if (random() < 0.3) await phone.vote(pick(optionCount));
      if (random() < 0.15) {
        phone.drop();
        await delay(5 + pick(40));
        await phone.connect();
        if (random() < 0.5) await phone.vote(pick(optionCount));
      }
    });
    await Promise.all([...scripts, hostileVote]);

    // Every phone's acknowledged vote, summed: what the projector must show. The hostile
    // guest is a phone in the room too: its one acknowledged ballot counts.
    const expected = options.map(() => 0);
    const hostileBallot = hostile?.ballots.get(voteId);
    if (hostileBallot !== undefined) expected[hostileBallot] = (expected[hostileBallot] ?? 0) + 1;
    for (const phone of phones) {
      if (phone.voteId === voteId && phone.myVote !== null) expected[phone.myVote] = (expected[phone.myVote] ?? 0) + 1;
    }
    projector.send({ type: 'reveal', vote: voteId });
    const revealed = await projector.next(
      (m) => m.type === 'room' && m.vote?.id === voteId && m.vote.phase === 'revealed',
    );
    if (JSON.stringify(revealed.vote.counts) !== JSON.stringify(expected)) {
      problems.push(
        `choice ${choice}: the projector counted ${JSON.stringify(revealed.vote.counts)}, the phones cast ${JSON.stringify(expected)}`,
      );
    }
    const voters = expected.reduce((a, b) => a + b, 0);
    if (revealed.vote.voted !== voters)
      problems.push(
        `choice ${choice}: ${revealed.vote.voted} phones voted by the projector's count, ${voters} by the phones'`,
      );
    const chosen = revealed.vote.top[0];
    projector.send({ type: 'commit', vote: voteId, option: chosen });
    const connectedNow = phones.filter((p) => p.connected);
    await Promise.all(
      connectedNow.map((p) =>
        p.client.next((m) => m.type === 'state' && m.vote?.id === voteId && m.vote.phase === 'committed'),
      ),
    );
    log(`choice ${choice}: ${voters} votes, counts ${JSON.stringify(revealed.vote.counts)} exact`);

    // The sleepers wake up after the vote, to a committed choice they did not vote in.
    await Promise.all(sleepers.map((p) => p.connect()));
  }

  const sorted = [...latencies].sort((a, b) => a - b);
  if (awaitingProjector.length > 0) problems.push(`${awaitingProjector.length} votes were never seen by the projector`);
  await hostile?.stop();
  for (const phone of phones) phone.client.close();
  projector.close();
  worker.postMessage('close');
  await new Promise((resolve) => worker.once('exit', resolve));

  return {
    ok: problems.length === 0,
    phones: phoneCount,
    choices: choiceCount,
    ...stats,
    problems,
    latencyMs: {
      count: sorted.length,
      p50: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      max: sorted[sorted.length - 1] ?? NaN,
    },
    durationMs: performance.now() - started,
    xcardAlerts,
    hostile: hostile?.stats ?? null,
  };
}

/** @param {import('./hostile.mjs').HostileStats} h @param {number} alerts */
function hostileLine(h, alerts) {
  return [
    `  hostile guest     ${h.rounds} rounds: ${h.refusedSockets} sockets refused, ${h.duplicateCloses} closed past one token's cap,`,
    `                    ${h.wrongCodes} wrong codes then ${h.heldGuesses} guesses held, ${h.floodCloses} floods closed, ${h.refused} bad messages refused,`,
    `                    ${h.deviceVoted} second-identity ballots refused, ${h.ballots} own ballots counted, ${h.xcards} X-cards → ${alerts} alerts`,
  ].join('\n');
}

/** @param {LoadTestReport} report */
export function formatReport(report) {
  const ms = (/** @type {number} */ n) => `${n.toFixed(1)} ms`;
  return [
    `${report.phones} phones, ${report.choices} choices, ${(report.durationMs / 1000).toFixed(1)} s`,
    `  ballots counted   ${report.ballots} (duplicates refused: ${report.duplicates})`,
    `  joins ${report.joins} · drops ${report.drops} · reconnects ${report.reconnects}`,
    `  vote → projector  p50 ${ms(report.latencyMs.p50)} · p95 ${ms(report.latencyMs.p95)} · max ${ms(report.latencyMs.max)} (${report.latencyMs.count} votes)`,
    ...(report.hostile ? [hostileLine(report.hostile, report.xcardAlerts)] : []),
    report.ok ? '  every count exact' : `  PROBLEMS:\n    ${report.problems.slice(0, 20).join('\n    ')}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      phones: { type: 'string', default: '100' },
      choices: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      quiet: { type: 'boolean', default: false },
      'no-hostile': { type: 'boolean', default: false },
    },
  });
  const report = await runLoadTest({
    phones: Number(values.phones),
    choices: Number(values.choices),
    seed: Number(values.seed),
    hostile: !values['no-hostile'],
    log: values.quiet ? () => {} : (line) => console.log(line),
  });
  console.log(formatReport(report));
  process.exit(report.ok ? 0 : 1);
}
