// @vitest-environment happy-dom
// The small parts of touch-first play on their own: the gate that keeps unseen choices from
// being taken, the message overlay, the memory of lines read, the endings found kept with
// the preferences, the meters updated in place, and a tap on the text during the reveal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Beat, Meters } from '../../src/engine/types';
import { readPreferences, writePreferences } from '../../src/persistence/preferences';
import { READ_LIMIT, ReadLines } from '../../src/persistence/read-lines';
import { danceMove } from '../../src/stage/dance-moves';
import { CHOICE_DWELL_MS, ChoiceGate } from '../../src/ui/choice-gate';
import { MetersView } from '../../src/ui/meters-view';
import { MAX_NOTICES, Notices } from '../../src/ui/notices';
import { StoryView } from '../../src/ui/story-view';
import { en } from '../../src/ui/strings/en';
import { endingWords } from '../../src/ui/strings/ending';
import { MemoryStore } from '../helpers/memory-store';

const endingStrings = await endingWords.loadAll();

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The task after the next frame: where work waiting for a paint runs (src/shared/after-paint.ts). */
const afterPaint = () => nextFrame().then(() => wait(0));

describe('the choice gate', () => {
  it('opens only after a painted frame and the dwell, and a close cancels an opening under way', async () => {
    const marks: boolean[] = [];
    const gate = new ChoiceGate((open) => marks.push(open));
    gate.openAfterPaint();
    expect(gate.open).toBe(false);
    await nextFrame();
    expect(gate.open).toBe(false); // painted, but not yet seen for the dwell
    await wait(CHOICE_DWELL_MS + 30);
    expect(gate.open).toBe(true);
    gate.close();
    gate.openAfterPaint();
    gate.close();
    await wait(CHOICE_DWELL_MS + 60);
    expect(gate.open).toBe(false);
    expect(marks).toEqual([true, false]);
  });
});

const meters: Meters = {
  pursue: 2,
  withdraw: 1,
  partnerDistance: 4,
  grounded: 0,
  held: 0,
  rounds: 0,
  disappointments: 2,
  phase: 1,
  steps: 1,
  lastStep: 'pursue',
};
const beat = (texts: string[], choices = ['Stay', 'Go']): Beat => ({
  lines: texts.map((text) => ({ text, tags: {} })),
  choices: choices.map((text, index) => ({ index, text, step: null, locked: false, lockReason: null })),
  meters,
  scene: 'party',
  partner: 'here',
  phase: 1,
  ending: null,
  pause: null,
  finished: false,
});

describe('the story view', () => {
  it('takes no choice by tap or key while the text is revealing; a tap finishes the reveal', async () => {
    const taken: string[] = [];
    const revealed: number[] = [];
    const view = new StoryView(
      en,
      (c) => taken.push(c.text),
      () => revealed.push(1),
    );
    document.body.append(view.element);
    view.show(beat(['One line that takes a while to read.', 'And another one.']), {
      echo: null,
      instant: false,
      focus: false,
    });
    expect(view.revealing).toBe(true);
    expect(view.element.querySelector('.reveal-cue')?.textContent).toBe(en.tapToContinue);
    await afterPaint(); // the choices are in, under the curtain
    view.element.querySelector<HTMLButtonElement>('.choice')!.click(); // the finger lands on a hidden choice
    expect(taken).toEqual([]);
    expect(view.revealing).toBe(false); // …and only finished the reveal
    expect(revealed).toEqual([1]);
    expect(view.chooseShown(0)).toBe(true); // a number key, before the choices were seen
    expect(taken).toEqual([]);
    await nextFrame();
    await wait(CHOICE_DWELL_MS + 30);
    expect(view.choicesReady).toBe(true);
    view.chooseShown(1);
    view.chooseShown(0); // a second key in the same beat
    expect(taken).toEqual(['Go']);
  });
});

describe('the reveal', () => {
  const show = (view: StoryView, lines: number) =>
    view.show(beat(Array.from({ length: lines }, (_, i) => `Line ${i + 1}, long enough to take its time on screen.`)), {
      echo: 'Stay',
      instant: false,
      focus: false,
    });
  /** Elements in the story that carry a style of their own or anything but their plain class. */
  const styled = (view: StoryView) =>
    [...view.element.querySelectorAll('.story-lines *, .story-choices *')]
      .filter((el) => el.hasAttribute('style') || /\benter\b|reveal/.test(el.className))
      .map((el) => el.className);

  it('is one curtain per beat, however many lines it has: the lines and choices carry nothing of it', async () => {
    const view = new StoryView(en, () => {});
    document.body.append(view.element);
    for (const lines of [2, 20]) {
      show(view, lines);
      await afterPaint();
      expect(view.element.querySelectorAll('.story-lines p.line')).toHaveLength(lines);
      expect(styled(view)).toEqual(['reveal-curtain']);
      // Under the echo (which shows at once), over everything new.
      const curtain = view.element.querySelector<HTMLElement>('.reveal-curtain')!;
      expect(curtain.previousElementSibling?.className).toBe('echo');
      expect(curtain.getAttribute('aria-hidden')).toBe('true');
      expect(curtain.style.getPropertyValue('--reveal-steps')).toBe(String(lines + 1));
    }
    // Its length follows the text's: a longer beat draws back for longer.
    show(view, 2);
    const short = parseInt(
      view.element.querySelector<HTMLElement>('.reveal-curtain')!.style.getPropertyValue('--reveal-ms'),
      10,
    );
    show(view, 6);
    const long = parseInt(
      view.element.querySelector<HTMLElement>('.reveal-curtain')!.style.getPropertyValue('--reveal-ms'),
      10,
    );
    expect(long).toBeGreaterThan(short);
  });

  it('answers the tap with the echo, the curtain and the first line; the rest goes in once that is painted', async () => {
    const view = new StoryView(en, () => {});
    document.body.append(view.element);
    const shown = () =>
      [...view.element.querySelectorAll('.story-lines > *, .story-choices > *')].map((el) => el.className);
    show(view, 5);
    expect(shown()).toEqual(['echo', 'reveal-curtain', 'line']);
    expect(view.element.querySelector('.story-lines p.line')?.textContent).toMatch(/^Line 1,/);
    await afterPaint();
    expect(shown()).toEqual(['echo', 'reveal-curtain', ...Array(5).fill('line'), 'choice', 'choice']);
    // A beat that replaces one whose rest had not gone in yet: none of the old beat comes after it.
    show(view, 3);
    show(view, 2);
    await afterPaint();
    expect(view.element.querySelectorAll('.story-lines p.line')).toHaveLength(2);
    // Space before the paint: every line and choice at once, and no curtain.
    show(view, 4);
    view.finishReveal();
    expect(shown()).toEqual(['echo', ...Array(4).fill('line'), 'choice', 'choice']);
    await afterPaint();
    expect(shown()).toEqual(['echo', ...Array(4).fill('line'), 'choice', 'choice']);
  });

  it('cut short by Space or a tap, takes the curtain away and touches nothing else in the text', async () => {
    const view = new StoryView(en, () => {});
    document.body.append(view.element);
    show(view, 8);
    await afterPaint();
    const observer = new MutationObserver(() => {});
    observer.observe(view.element, { attributes: true, childList: true, subtree: true });
    view.finishReveal();
    const records = observer.takeRecords();
    observer.disconnect();
    expect(view.element.querySelector('.reveal-curtain')).toBeNull();
    const changed = records.map((r) =>
      r.type === 'childList'
        ? `removed ${[...r.removedNodes].map((n) => (n as Element).className).join(' ')}`
        : `${(r.target as Element).className.split(' ')[0]} ${r.attributeName}`,
    );
    expect(changed.sort()).toEqual(['removed reveal-curtain', 'reveal-cue hidden', 'story class']);
  });

  it('shown at once (a rewind, a restore, the instant speed) has no curtain at all', () => {
    const view = new StoryView(en, () => {});
    document.body.append(view.element);
    view.show(beat(['One.', 'Two.', 'Three.']), { echo: null, instant: true, focus: false });
    expect(view.revealing).toBe(false);
    expect(styled(view)).toEqual([]);
  });

  it('no style rule animates a line or a choice: the curtain is the only thing that moves', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'ui', 'styles.css'), 'utf8').replace(
      /\/\*[\s\S]*?\*\//g,
      '',
    );
    const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
      selector: (m[1] ?? '').trim(),
      body: m[2] ?? '',
    }));
    const animated = rules.filter((r) => /(^|[\s;])animation(-name)?\s*:/.test(r.body)).map((r) => r.selector);
    expect(animated.some((s) => s.includes('.reveal-curtain'))).toBe(true);
    expect(animated.filter((s) => /\.(line|choice|story-lines|story-choices)\b/.test(s))).toEqual([]);
  });
});

describe('notices', () => {
  it('show newest first, once per message, and at most a few', () => {
    const notices = new Notices(() => 'OK');
    for (const m of ['one', 'two', 'one', 'three', 'four']) notices.show(m, 'error');
    const texts = [...notices.element.querySelectorAll('.notice p')].map((p) => p.textContent);
    expect(texts).toEqual(['four', 'three', 'one']);
    expect(texts.length).toBe(MAX_NOTICES);
  });
});

describe('lines read', () => {
  it('are remembered as hashes across visits, written with the save, and bounded', () => {
    const store = new MemoryStore();
    const reads = new ReadLines(store);
    expect(reads.allRead(['A line.'])).toBe(false);
    reads.remember(['A line.', '']);
    expect(reads.allRead(['A line.'])).toBe(true);
    expect(reads.allRead(['A line.', 'Another.'])).toBe(false);
    expect(reads.allRead([''])).toBe(false);
    expect(new ReadLines(store).allRead(['A line.'])).toBe(false); // not written until the save
    reads.flush();
    expect(new ReadLines(store).allRead(['A line.'])).toBe(true);
    expect(store.get('de-dans:read')).not.toContain('A line');
    const many = new ReadLines(store);
    many.remember(Array.from({ length: READ_LIMIT + 50 }, (_, i) => `line ${i}`));
    many.flush();
    expect(store.get('de-dans:read')!.split(' ').length).toBe(READ_LIMIT);
  });
});

describe('endings found before the two sides', () => {
  it('are read from older preferences, in the story order, each once, and go when they go', () => {
    const store = new MemoryStore();
    expect(readPreferences(store).endingsFound).toEqual([]);
    store.set('de-dans:preferences', JSON.stringify({ lang: 'en', endingsFound: ['step-out', 'cycle', 'step-out'] }));
    expect(readPreferences(store).endingsFound).toEqual(['cycle', 'step-out']);
    store.set('de-dans:preferences', JSON.stringify({ lang: 'en', endingsFound: ['cycle', 'no-such-ending', 7] }));
    expect(readPreferences(store).endingsFound).toEqual(['cycle']);
    writePreferences(store, readPreferences(store));
    expect(readPreferences(store).endingsFound).toEqual(['cycle']);
    store.remove('de-dans:preferences');
    expect(readPreferences(store).endingsFound).toEqual([]);
  });
});

describe('the meters', () => {
  it('update in place, with the same words for screen readers, and count disappointments as marks', () => {
    const view = new MetersView(en);
    view.show(meters);
    const before = [...view.element.querySelectorAll('meter')];
    view.show({ ...meters, pursue: 5, disappointments: 3 });
    const after = [...view.element.querySelectorAll('meter')];
    expect(after).toEqual(before); // the very same elements
    expect(after.map((m) => m.getAttribute('aria-label'))).toEqual([
      en.meterPursue,
      en.meterWithdraw,
      en.meterDistance,
      en.meterDisappointments,
    ]);
    expect(view.element.querySelector('.meter-pursue meter')!.getAttribute('value')).toBe('5');
    expect(view.element.querySelectorAll('.meter-disappointments .meter-pip.filled')).toHaveLength(3);
    expect(view.element.querySelector('.meter-disappointments .meter-value')!.textContent).toBe('3/3');
  });
});

describe('the figures dance between poses', () => {
  it('lean into a step toward, back on a step back, further into a reach, and turn when they turn away', () => {
    const toward = danceMove({ from: 100, to: 140, facing: 1, nextFacing: 1, pose: 'stand', nextPose: 'stand' });
    const back = danceMove({ from: 100, to: 60, facing: 1, nextFacing: 1, pose: 'stand', nextPose: 'stand' });
    const reach = danceMove({ from: 100, to: 120, facing: 1, nextFacing: 1, pose: 'stand', nextPose: 'reach' });
    const away = danceMove({ from: 100, to: 130, facing: 1, nextFacing: 1, pose: 'reach', nextPose: 'away' });
    const still = danceMove({ from: 100, to: 100, facing: -1, nextFacing: -1, pose: 'stand', nextPose: 'stand' });
    expect(toward).toEqual({ lean: expect.any(Number), turn: false });
    expect(toward.lean).toBeGreaterThan(0);
    expect(back.lean).toBeLessThan(0);
    expect(reach.lean).toBeGreaterThan(toward.lean);
    expect(away.turn).toBe(true);
    expect(danceMove({ from: 0, to: 0, facing: 1, nextFacing: -1, pose: 'stand', nextPose: 'stand' }).turn).toBe(true);
    expect(still).toEqual({ lean: 0, turn: false });
  });
});

describe("the ending's words", () => {
  it('are complete and equal in both languages, and tell the chart in words', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(endingStrings.nl)).toEqual(keys(endingStrings.en));
    const facts = {
      partnerName: 'Sam',
      choices: 12,
      phases: [{ phase: 1, pursue: 3, withdraw: 1, partnerDistance: 6 }],
      held: 2,
      gaveWay: 1,
    };
    for (const lang of ['nl', 'en'] as const) {
      const words = endingStrings[lang];
      const said = (value: unknown) => (typeof value === 'function' ? JSON.stringify(value(facts as never, 4)) : value);
      for (const [key, value] of Object.entries(words)) {
        if (typeof value === 'object') {
          // A group of words (the reflection): the same keys in both languages, none empty.
          expect(keys(value), `${lang}.${key}`).toEqual(keys(endingStrings.en[key as keyof typeof words] as object));
          for (const [inner, word] of Object.entries(value))
            expect(said(word), `${lang}.${key}.${inner}`).toMatch(/\S/);
        } else expect(said(value), `${lang}.${key}`).toMatch(/\S/);
      }
      const summary = words.danceSummary(facts);
      expect(summary).toContain('12');
      expect(summary).toContain('Sam');
      expect(summary).toContain('6');
    }
  });
});
