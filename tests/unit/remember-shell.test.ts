// @vitest-environment happy-dom
// A game that remembers (issue 19), in the shell: an ending is remembered with the
// preferences, the next game (play again, or from the title screen) is told of it and its
// save keeps that, the title screen lists each side's endings, and once both sides have a
// finished dance it offers the two side by side — and back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeSave } from '../../src/engine/save-decode';
import { readMemory, rememberDance } from '../../src/persistence/dance-memory';
import { readPreferences, writePreferences } from '../../src/persistence/preferences';
import { loadAllStrings } from '../../src/ui/i18n';
import { endingWords } from '../../src/ui/strings/ending';
import {
  $,
  boot,
  choicesShown,
  createHarness,
  type Harness,
  paragraphs,
  press,
  pressChoice,
  settle,
  startGame,
  teardown,
} from './ui-harness';

const endingStrings = await endingWords.loadAll();

const STRINGS = await loadAllStrings();
let t: Harness;

beforeEach(() => {
  t = createHarness({ instantText: true });
});
afterEach(() => teardown(t));

/** Play the fixture story to its ending (stepping out) and wait for the end card. */
async function playToEnding(): Promise<void> {
  await pressChoice('3');
  await pressChoice('2');
  await pressChoice('1');
  await choicesShown();
  await vi.waitFor(() => $(t.root, '.ending h2'));
}

const memory = () => readMemory(readPreferences(t.store));
const autosaveSettings = () => decodeSave(t.store.get('de-dans:autosave') ?? '').state.settings;

/** A withdrawer's dance, as if played to its ending on this device before. */
function seedWithdrawer(lang: 'nl' | 'en' = 'en'): void {
  const prefs = rememberDance(readPreferences(t.store), {
    side: 'withdrawer',
    dancesBefore: memory().dances,
    dance: {
      ending: 'closed-heart',
      lang,
      choices: 37,
      meters: { pursue: 2, withdraw: 9, partnerDistance: 7, disappointments: 3, rounds: 2, held: 0, grounded: 1 },
      turns: [{ phase: 3, kind: 'gave-way', choice: 'Go for a drink with Eva' }],
    },
  });
  writePreferences(t.store, prefs);
}

describe('a game that remembers', () => {
  it('remembers an ending, and the next game is told of it — and its save keeps that', async () => {
    boot(t);
    await startGame(t);
    expect(autosaveSettings()).toMatchObject({ dancesBefore: 0, lastEnding: '' });
    await playToEnding();
    await vi.waitFor(() => expect(memory().dances).toBe(1));
    expect(memory().lastEnding).toBe('step-out');
    expect(memory().pursuer.endings).toEqual(['step-out']);
    expect(memory().pursuer.dance).toMatchObject({ ending: 'step-out', lang: 'en', choices: 3 });

    $<HTMLButtonElement>(t.root, '[data-action="play-again"]').click();
    await vi.waitFor(() => expect(paragraphs(t.root)[0]).toBe('The music is loud, Sam is near.'));
    await vi.waitFor(() => expect(autosaveSettings()).toMatchObject({ dancesBefore: 1, lastEnding: 'step-out' }));
    await playToEnding();
    // The same count: this game began knowing of one dance, and is the second.
    await vi.waitFor(() => expect(memory().dances).toBe(2));
  }, 30_000);

  it('lists each side’s endings under its name on the title screen, and no reflection before both', async () => {
    boot(t);
    await startGame(t);
    await playToEnding();
    await vi.waitFor(() => expect(memory().dances).toBe(1));
    $<HTMLButtonElement>(t.root, '[data-action="to-title"]').click();
    await vi.waitFor(() => $(t.root, '.endings-found'));
    const en = STRINGS.en;
    const sides = [...t.root.querySelectorAll('.endings-side')];
    expect(sides.map((s) => [s.getAttribute('data-side'), s.querySelector('h3')?.textContent])).toEqual([
      ['pursuer', en.sidePursuer],
      ['withdrawer', en.sideWithdrawer],
    ]);
    expect([...sides[0]!.querySelectorAll('.ending-found')].map((li) => li.textContent)).toEqual([
      en.endingNames['step-out'],
    ]);
    expect(sides[1]!.querySelectorAll('.ending-found')).toHaveLength(0);
    expect($(t.root, '.endings-found h2').textContent).toContain('1 of 8');
    expect(t.root.querySelector('[data-action="reflection"]')).toBeNull();
  }, 30_000);

  it('sets the two dances side by side once both sides are danced, and goes back', async () => {
    boot(t);
    await startGame(t);
    await playToEnding();
    await vi.waitFor(() => expect(memory().dances).toBe(1));
    seedWithdrawer();
    boot(t);
    await vi.waitFor(() => $(t.root, '[data-action="reflection"]'));
    expect($(t.root, '[data-side="withdrawer"] .ending-found').textContent).toBe(
      STRINGS.en.endingNames['closed-heart'],
    );
    $<HTMLButtonElement>(t.root, '[data-action="reflection"]').click();
    await vi.waitFor(() => expect(document.documentElement.dataset.screen).toBe('reflection'));
    const words = endingStrings.en.reflection;
    expect(document.activeElement?.textContent).toBe(words.title);
    const sides = [...t.root.querySelectorAll('.reflection-side')];
    expect(sides.map((s) => s.getAttribute('data-side'))).toEqual(['pursuer', 'withdrawer']);
    expect(sides[0]?.querySelector('.reflection-ending strong')?.textContent).toBe(STRINGS.en.endingNames['step-out']);
    expect(sides[1]?.textContent).toContain('Withdrawn: 9 of 10');
    expect(sides[1]?.querySelector('.reflection-turns li')?.textContent).toBe(
      'Phase 3, a boundary gave way: “Go for a drink with Eva”',
    );
    expect($(t.root, '.reflection-pattern').textContent).toContain(words.pattern(null)[0]);
    press('Escape', document.activeElement ?? document.body);
    await vi.waitFor(() => expect(document.documentElement.dataset.screen).toBe('title'));
    await vi.waitFor(() => $(t.root, '[data-action="reflection"]')); // the list loads after the title
    $<HTMLButtonElement>(t.root, '[data-action="reflection"]').click();
    await vi.waitFor(() => $(t.root, '.reflection [data-action="to-title"]'));
    $<HTMLButtonElement>(t.root, '.reflection [data-action="to-title"]').click();
    await settle();
    expect(t.root.querySelector('.title-screen')).not.toBeNull();
  }, 30_000);

  it('speaks Dutch in Dutch, with Dutch quotes, and quotes a dance played in English as English', async () => {
    seedWithdrawer('en');
    writePreferences(
      t.store,
      rememberDance(readPreferences(t.store), {
        side: 'pursuer',
        dancesBefore: 1,
        dance: {
          ending: 'cycle',
          lang: 'nl',
          choices: 40,
          meters: { pursue: 9, withdraw: 1, partnerDistance: 9, disappointments: 3, rounds: 3, held: 1, grounded: 0 },
          turns: [{ phase: 2, kind: 'held', choice: 'Zeg dat je dit weekend voor jezelf houdt' }],
        },
      }),
    );
    writePreferences(t.store, { ...readPreferences(t.store), lang: 'nl' });
    boot(t, { lang: 'nl' });
    await vi.waitFor(() => $(t.root, '[data-action="reflection"]'));
    expect($(t.root, '[data-action="reflection"]').textContent).toBe(endingStrings.nl.reflection.open);
    expect($(t.root, '.endings-found h2').textContent).toContain('2 van 8');
    $<HTMLButtonElement>(t.root, '[data-action="reflection"]').click();
    await vi.waitFor(() => $(t.root, '.reflection'));
    const turns = [...t.root.querySelectorAll('.reflection-turns li')];
    expect(turns[0]?.textContent).toBe('Fase 2, een grens hield stand: ‘Zeg dat je dit weekend voor jezelf houdt’');
    expect(turns[0]?.querySelector('.turn-choice')?.getAttribute('lang')).toBeNull();
    expect(turns[1]?.querySelector('.turn-choice')?.getAttribute('lang')).toBe('en');
    expect($(t.root, '.reflection h1').textContent).toBe('Twee kanten van één dans');
  }, 30_000);
});
