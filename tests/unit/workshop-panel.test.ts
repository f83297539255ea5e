// @vitest-environment happy-dom
// The vote on screen: counts typed by the facilitator stay hidden until revealed, keys do
// what the help says, a tie waits for the facilitator's pick, and a live source (phones)
// is told the mode, asked for the tally and told the choice — in that order.
import { afterEach, describe, expect, it } from 'vitest';
import type { Choice } from '../../src/engine';
import { loadAllStrings } from '../../src/ui/i18n';
import { workshopWords } from '../../src/workshop/strings';
import type { Decision, VoteRound } from '../../src/workshop/vote';
import { VotePanel } from '../../src/workshop/vote-panel';
import {
  HandCountSource,
  type VoteQuestion,
  type VoteSource,
  type VoteSourceListener,
} from '../../src/workshop/vote-source';
import type { Clock } from '../../src/workshop/vote-timer';

const STRINGS = await loadAllStrings();
const WORKSHOP_STRINGS = await workshopWords.loadAll();

const choices: Choice[] = [
  { index: 0, text: 'Call them back', step: 'pursue', locked: false, lockReason: null },
  { index: 1, text: 'Say what you need', step: 'ground', locked: true, lockReason: 'The pull is too strong.' },
  { index: 2, text: 'Leave it unread', step: 'withdraw', locked: false, lockReason: null },
];

class FakeClock implements Clock {
  t = 0;
  now() {
    return this.t;
  }
}

let panel: VotePanel | null = null;
let stopKeys: (() => void) | null = null;

afterEach(() => {
  panel?.destroy();
  stopKeys?.();
  document.body.replaceChildren();
});

function mount(source: VoteSource, mode: 'vote' | 'advise' = 'vote', clock: Clock = new FakeClock()) {
  const committed: { decision: Decision; round: VoteRound; timed: boolean }[] = [];
  const said: string[] = [];
  panel = new VotePanel({
    strings: WORKSHOP_STRINGS.en,
    ui: STRINGS.en,
    choices,
    questionId: 'c3-v1',
    mode,
    source,
    clock,
    timerSeconds: 60,
    onCommit: (decision, round, timed) => committed.push({ decision, round, timed }),
    say: (m) => said.push(m),
  });
  document.body.append(panel.element);
  const listener = (e: KeyboardEvent) => {
    if (panel?.handleKey(e)) e.preventDefault();
  };
  document.addEventListener('keydown', listener);
  stopKeys = () => document.removeEventListener('keydown', listener);
  panel.focus();
  return { committed, said, element: panel.element };
}

function press(key: string) {
  const target = (document.activeElement as HTMLElement | null) ?? document.body;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

function type(text: string) {
  const input = document.activeElement as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const numbers = (el: HTMLElement) => [...el.querySelectorAll('.ws-bar-number')].map((n) => n.textContent);

describe('a hand vote on screen', () => {
  it('keeps typed counts hidden, reveals after the last box and commits the winner', () => {
    const { committed, element } = mount(new HandCountSource());
    type('4');
    press('Enter');
    type('9'); // the locked option: votes allowed, cannot win
    press('Enter');
    type('2');
    expect(element.dataset.revealed).toBe('false');
    expect(element.querySelectorAll('.ws-count.masked')).toHaveLength(3);
    expect(numbers(element)).toEqual(['', '', '']);
    expect(element.querySelector('.ws-vote-status')?.textContent).toBe(WORKSHOP_STRINGS.en.tallyHidden);
    press('Enter'); // after the last box: reveal
    expect(element.dataset.revealed).toBe('true');
    expect(numbers(element)).toEqual(['4', '9', '2']);
    expect(element.querySelector('.ws-vote-status')?.textContent).toContain('The room chooses 1.');
    expect(element.querySelector('.ws-vote-status')?.textContent).toContain('out of reach');
    press('Enter'); // on the commit button: its own click
    (document.activeElement as HTMLButtonElement).click();
    expect(committed.map((c) => c.decision)).toEqual([{ index: 0, decidedBy: 'room', outcome: 'winner' }]);
    expect(committed[0]!.round.counts).toEqual([4, 9, 2]);
  });

  it('counts by clicking too: one more, one fewer, never below zero', () => {
    const { element } = mount(new HandCountSource());
    const more = element.querySelectorAll<HTMLButtonElement>('[data-action="count-more"]');
    const less = element.querySelectorAll<HTMLButtonElement>('[data-action="count-less"]');
    expect(more[2]!.getAttribute('aria-label')).toBe('One more vote for 3');
    more[2]!.click();
    more[2]!.click();
    less[2]!.click();
    less[0]!.click(); // nothing to take away
    expect(numbers(element)).toEqual(['', '', '']); // still hidden
    press('r');
    expect(numbers(element)).toEqual(['0', '0', '1']);
  });

  it('refuses a count that is not a whole number, and says why', () => {
    const { said, element } = mount(new HandCountSource());
    type('tw');
    expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true');
    expect(said).toContain(WORKSHOP_STRINGS.en.countInvalid);
    type('3');
    expect(document.activeElement?.hasAttribute('aria-invalid')).toBe(false);
    press('r');
    expect(numbers(element)).toEqual(['3', '0', '0']);
  });

  it('leaves a tie to the facilitator: only a tied option’s number commits', () => {
    const { committed, element } = mount(new HandCountSource());
    type('3');
    press('Enter');
    press('Enter');
    type('3');
    press('r');
    expect(element.dataset.outcome).toBe('tie');
    expect(element.querySelector('.ws-vote-status')?.textContent).toContain('A tie between 1 and 3.');
    press('2'); // locked, not tied
    expect(committed).toEqual([]);
    expect(element.querySelector('.ws-vote-status')?.textContent).toBe('Choose one of these: 1 or 3.');
    press('3');
    expect(committed.map((c) => c.decision)).toEqual([{ index: 2, decidedBy: 'facilitator', outcome: 'tie' }]);
  });

  it('in advise mode lets the facilitator go against the advice', () => {
    const { committed, element } = mount(new HandCountSource(), 'advise');
    type('8');
    press('r');
    expect(element.querySelector('.ws-vote-status')?.textContent).toContain('The room advises 1.');
    press('3');
    expect(committed.map((c) => c.decision)).toEqual([{ index: 2, decidedBy: 'facilitator', outcome: 'advice' }]);
    expect(committed[0]!.round.mode).toBe('advise');
  });

  it('runs the timer on the clock: start, pause, extend, off', () => {
    const clock = new FakeClock();
    const { committed, element } = mount(new HandCountSource(), 'vote', clock);
    const timer = () => element.querySelector('.ws-timer')?.textContent;
    expect(timer()).toBe('');
    press('t');
    expect(timer()).toBe('1:00');
    clock.t = 15_000;
    press('t'); // pause
    expect(timer()).toBe('0:45 (paused)');
    press('e');
    expect(timer()).toBe('1:15 (paused)');
    press('t'); // resume
    clock.t = 15_000 + 75_000;
    press('e');
    press('e');
    expect(timer()).toBe('1:00');
    press('u');
    expect(timer()).toBe('');
    type('1');
    press('r');
    press('Enter');
    (document.activeElement as HTMLButtonElement).click();
    expect(committed[0]!.timed).toBe(true);
  });
});

/** A source like the phones: counts arrive by themselves, fetched on reveal. */
class FakeLiveSource implements VoteSource {
  readonly kind = 'phones';
  readonly manual = false;
  readonly calls: string[] = [];
  private listener: VoteSourceListener | null = null;
  question: VoteQuestion | null = null;
  open(question: VoteQuestion) {
    this.question = question;
    this.calls.push(`open ${question.id}`);
  }
  close() {
    this.calls.push('close');
  }
  subscribe(listener: VoteSourceListener) {
    this.listener = listener;
    return () => (this.listener = null);
  }
  destroy() {}
  setMode(id: string, mode: string) {
    this.calls.push(`mode ${id} ${mode}`);
  }
  reveal(id: string): 'pending' | 'ready' {
    this.calls.push(`reveal ${id}`);
    return 'pending';
  }
  committed(id: string, index: number) {
    this.calls.push(`committed ${id} ${index}`);
  }
  deliver(counts: number[]) {
    this.listener?.({ type: 'counts', questionId: this.question!.id, counts });
    this.listener?.({ type: 'reveal', questionId: this.question!.id });
  }
}

describe('a vote from a live source', () => {
  it('shows no count boxes, tells the mode, fetches on reveal and reports the choice', () => {
    const source = new FakeLiveSource();
    const { committed, element } = mount(source);
    expect(element.querySelectorAll('.ws-count')).toHaveLength(0);
    expect(source.question?.options.map((o) => o.locked)).toEqual([false, true, false]);
    press('a');
    press('a');
    press('r');
    expect(element.dataset.revealed).toBe('false');
    expect(element.querySelector('.ws-vote-status')?.textContent).toBe(WORKSHOP_STRINGS.en.tallyPending);
    source.deliver([1, 0, 6]);
    expect(element.dataset.revealed).toBe('true');
    expect(numbers(element)).toEqual(['1', '0', '6']);
    press('Enter');
    (document.activeElement as HTMLButtonElement).click();
    expect(committed.map((c) => c.decision.index)).toEqual([2]);
    expect(source.calls).toEqual([
      'open c3-v1',
      'mode c3-v1 vote',
      'mode c3-v1 advise',
      'mode c3-v1 vote',
      'reveal c3-v1',
      'committed c3-v1 2',
      'close',
    ]);
  });
});
