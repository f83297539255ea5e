// The rules of deciding together: majorities, ties, nobody voting, advise mode, locked
// options, hidden tallies — and the timer, on a clock the test turns by hand.
import { describe, expect, it } from 'vitest';
import {
  commit,
  hide,
  lockedLeads,
  needsPick,
  openRound,
  outcome,
  parseCount,
  type RoundOption,
  reveal,
  setCount,
  setCounts,
  setMode,
  totalVotes,
} from '../../src/workshop/vote';
import { HandCountSource, type VoteSourceEvent } from '../../src/workshop/vote-source';
import { type Clock, formatRemaining, VoteTimer } from '../../src/workshop/vote-timer';

const three: RoundOption[] = [
  { index: 0, locked: false },
  { index: 1, locked: false },
  { index: 2, locked: false },
];
const withLock: RoundOption[] = [
  { index: 0, locked: true },
  { index: 1, locked: false },
  { index: 2, locked: false },
];

const counted = (options: RoundOption[], counts: number[], mode: 'vote' | 'advise' = 'vote') =>
  reveal(setCounts(openRound(options, mode), counts));

describe('a vote', () => {
  it('starts hidden at zero for every option', () => {
    const round = openRound(three, 'vote');
    expect(round.counts).toEqual([0, 0, 0]);
    expect(round.revealed).toBe(false);
  });

  it('refuses a choice point where nothing can be taken', () => {
    expect(() => openRound([{ index: 0, locked: true }], 'vote')).toThrow(/at least one option/);
  });

  it('is won by the open option with the most votes', () => {
    const round = counted(three, [2, 7, 4]);
    expect(outcome(round)).toEqual({ kind: 'winner', index: 1 });
    expect(needsPick(round)).toBe(false);
    expect(commit(round)).toEqual({ ok: true, decision: { index: 1, decidedBy: 'room', outcome: 'winner' } });
  });

  it('ignores a facilitator pick when the room has a clear winner', () => {
    const result = commit(counted(three, [2, 7, 4]), 0);
    expect(result.ok && result.decision.index).toBe(1);
  });

  it('cannot be committed while the tally is hidden', () => {
    const hidden = setCounts(openRound(three, 'vote'), [1, 5, 0]);
    expect(commit(hidden)).toEqual({ ok: false, refusal: 'not-revealed' });
    expect(commit(hide(reveal(hidden)))).toEqual({ ok: false, refusal: 'not-revealed' });
  });

  it('sends a tie to the facilitator, who picks only among the tied options', () => {
    const round = counted(three, [5, 2, 5]);
    expect(outcome(round)).toEqual({ kind: 'tie', candidates: [0, 2] });
    expect(needsPick(round)).toBe(true);
    expect(commit(round)).toEqual({ ok: false, refusal: 'pick-needed' });
    expect(commit(round, 1)).toEqual({ ok: false, refusal: 'not-a-candidate' });
    expect(commit(round, 2)).toEqual({ ok: true, decision: { index: 2, decidedBy: 'facilitator', outcome: 'tie' } });
  });

  it('with no votes at all lets the facilitator pick any open option', () => {
    const round = counted(withLock, [0, 0, 0]);
    expect(outcome(round)).toEqual({ kind: 'no-votes', candidates: [1, 2] });
    expect(commit(round, 0)).toEqual({ ok: false, refusal: 'not-a-candidate' }); // locked
    expect(commit(round, 1)).toEqual({
      ok: true,
      decision: { index: 1, decidedBy: 'facilitator', outcome: 'no-votes' },
    });
    expect(totalVotes(round)).toBe(0);
  });

  it('never lets a locked option win, even with the most votes', () => {
    const round = counted(withLock, [9, 3, 1]);
    expect(outcome(round)).toEqual({ kind: 'winner', index: 1 });
    expect(lockedLeads(round)).toBe(true);
    expect(lockedLeads(counted(withLock, [2, 3, 1]))).toBe(false);
  });

  it('treats votes only for a locked option as no votes for anything takeable', () => {
    const round = counted(withLock, [6, 0, 0]);
    expect(outcome(round)).toEqual({ kind: 'no-votes', candidates: [1, 2] });
    expect(lockedLeads(round)).toBe(true);
  });

  it('in advise mode takes the room as advice and the facilitator decides, also against it', () => {
    const round = counted(three, [1, 8, 2], 'advise');
    expect(outcome(round)).toEqual({ kind: 'advice', advised: [1], candidates: [0, 1, 2] });
    expect(commit(round)).toEqual({ ok: false, refusal: 'pick-needed' });
    expect(commit(round, 0)).toEqual({ ok: true, decision: { index: 0, decidedBy: 'facilitator', outcome: 'advice' } });
  });

  it('in advise mode reports a split advice, and none when nobody raised a hand', () => {
    expect(outcome(counted(three, [4, 4, 1], 'advise'))).toEqual({
      kind: 'advice',
      advised: [0, 1],
      candidates: [0, 1, 2],
    });
    expect(outcome(counted(withLock, [0, 0, 0], 'advise'))).toEqual({
      kind: 'advice',
      advised: [],
      candidates: [1, 2],
    });
  });

  it('switches between vote and advise without losing the counts', () => {
    const advised = setMode(counted(three, [3, 1, 0]), 'advise');
    expect(advised.counts).toEqual([3, 1, 0]);
    expect(outcome(setMode(advised, 'vote'))).toEqual({ kind: 'winner', index: 0 });
  });

  it('keeps counts whole and in range whatever arrives', () => {
    let round = openRound(three, 'vote');
    round = setCount(round, 0, -4);
    round = setCount(round, 1, 2.7);
    round = setCount(round, 2, 5000);
    round = setCount(round, 7, 3); // no such option: nothing changes
    expect(round.counts).toEqual([0, 2, 999]);
    expect(setCounts(round, [1]).counts).toEqual([1, 0, 0]);
    expect(setCounts(round, [Number.NaN, 1, 2]).counts).toEqual([0, 1, 2]);
  });

  it('reads typed counts: digits only, empty is zero', () => {
    expect(parseCount('12')).toBe(12);
    expect(parseCount(' 7 ')).toBe(7);
    expect(parseCount('')).toBe(0);
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('2.5')).toBeNull();
    expect(parseCount('twee')).toBeNull();
    expect(parseCount('1000')).toBeNull();
  });
});

/** A clock the test moves by hand. */
class FakeClock implements Clock {
  t = 1_000;
  now() {
    return this.t;
  }
  advance(ms: number) {
    this.t += ms;
  }
}

describe('the vote timer', () => {
  it('is off until started, and counts down on the clock', () => {
    const clock = new FakeClock();
    const timer = new VoteTimer(clock);
    expect(timer.status).toBe('off');
    expect(timer.remainingMs()).toBe(0);
    timer.start(60_000);
    clock.advance(15_000);
    expect(timer.status).toBe('running');
    expect(timer.remainingMs()).toBe(45_000);
  });

  it('stands still while paused and goes on from there', () => {
    const clock = new FakeClock();
    const timer = new VoteTimer(clock);
    timer.start(30_000);
    clock.advance(10_000);
    timer.pause();
    clock.advance(120_000);
    expect(timer.status).toBe('paused');
    expect(timer.remainingMs()).toBe(20_000);
    timer.resume();
    clock.advance(5_000);
    expect(timer.remainingMs()).toBe(15_000);
  });

  it('runs out, says so, and never goes below zero', () => {
    const clock = new FakeClock();
    const timer = new VoteTimer(clock);
    timer.start(10_000);
    clock.advance(12_000);
    expect(timer.status).toBe('expired');
    expect(timer.remainingMs()).toBe(0);
    timer.pause(); // nothing left to pause
    expect(timer.status).toBe('expired');
  });

  it('extends while running, while paused, and after running out', () => {
    const clock = new FakeClock();
    const timer = new VoteTimer(clock);
    timer.start(10_000);
    clock.advance(4_000);
    timer.extend(30_000);
    expect(timer.remainingMs()).toBe(36_000);

    timer.pause();
    timer.extend(30_000);
    expect(timer.status).toBe('paused');
    expect(timer.remainingMs()).toBe(66_000);

    timer.resume();
    clock.advance(70_000);
    expect(timer.status).toBe('expired');
    timer.extend(30_000);
    expect(timer.status).toBe('running');
    clock.advance(10_000);
    expect(timer.remainingMs()).toBe(20_000);
  });

  it('can be switched off at any moment, and an off timer is not extended', () => {
    const clock = new FakeClock();
    const timer = new VoteTimer(clock);
    timer.start(10_000);
    timer.off();
    expect(timer.status).toBe('off');
    timer.extend(30_000);
    expect(timer.status).toBe('off');
    expect(timer.remainingMs()).toBe(0);
    timer.resume();
    expect(timer.status).toBe('off');
  });

  it('shows minutes and seconds, rounding up', () => {
    expect(formatRemaining(65_000)).toBe('1:05');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(400)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});

describe('hands counted by the facilitator', () => {
  it('passes typed counts on as totals for the open question, and a pause request', () => {
    const source = new HandCountSource();
    const events: VoteSourceEvent[] = [];
    const stop = source.subscribe((e) => events.push(e));
    source.setCount(0, 3); // no question open: ignored
    source.open({
      id: 'c0',
      options: [
        { index: 0, text: 'a', locked: false },
        { index: 1, text: 'b', locked: true },
      ],
    });
    source.setCount(1, 4);
    source.setCount(0, 2);
    source.setCount(5, 1); // no such option: ignored
    source.requestPause();
    stop();
    source.setCount(0, 9); // nobody listens any more
    expect(events).toEqual([
      { type: 'counts', questionId: 'c0', counts: [0, 4] },
      { type: 'counts', questionId: 'c0', counts: [2, 4] },
      { type: 'pause' },
    ]);
    expect(source.manual).toBe(true);
  });
});
