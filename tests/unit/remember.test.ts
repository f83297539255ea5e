// A game that remembers (issue 19), without a DOM: what the device keeps of finished dances
// (with the preferences, wiped with them), how a damaged or older value reads (as empty, and
// never an error), what a new game is told, how a finished dance is cut down to its
// summary, and saves that keep what their game was told.
import { describe, expect, it } from 'vitest';
import { encodeSave, StoryEngine } from '../../src/engine';
import { decodeSave, restoreSave } from '../../src/engine/save-decode';
import {
  bothSidesDanced,
  EMPTY_MEMORY,
  type EndedDance,
  MAX_TURNS,
  type RememberedDance,
  readMemory,
  rememberDance,
  rememberedSettings,
} from '../../src/persistence/dance-memory';
import { readPreferences, writePreferences } from '../../src/persistence/preferences';
import { dancesBefore, NO_DANCES_BEFORE } from '../../src/persistence/remembered';
import { danceToRemember, recordDance } from '../../src/ui/dance-record';
import type { ChartInput } from '../../src/workshop/dance-chart';
import type { MetersPoint } from '../../src/workshop/session-file';
import { defaultSettings, fixture } from '../helpers/fixtures';
import { MemoryStore } from '../helpers/memory-store';

const KEY = 'de-dans:preferences';

const meters = (over: Partial<MetersPoint> = {}): MetersPoint => ({
  pursue: 2,
  withdraw: 1,
  partnerDistance: 3,
  disappointments: 0,
  rounds: 0,
  held: 0,
  grounded: 0,
  ...over,
});

const dance = (over: Partial<RememberedDance> = {}): RememberedDance => ({
  ending: 'cycle',
  lang: 'nl',
  choices: 38,
  meters: meters({ pursue: 9, withdraw: 2, partnerDistance: 8, rounds: 3 }),
  turns: [{ phase: 3, kind: 'gave-way', choice: 'Bel nog één keer' }],
  ...over,
});

const ended = (over: Partial<EndedDance> = {}): EndedDance => ({
  side: 'pursuer',
  dancesBefore: 0,
  dance: dance(),
  ...over,
});

describe('what the device remembers of finished dances', () => {
  it('remembers nothing at first, and tells a new game so', () => {
    const prefs = readPreferences(new MemoryStore());
    expect(readMemory(prefs)).toEqual(EMPTY_MEMORY);
    expect(rememberedSettings(prefs)).toEqual({ dancesBefore: 0, lastEnding: '' });
  });

  it('tells a first game the same without downloading the memory reader; a later one reads it', async () => {
    const store = new MemoryStore();
    const first = readPreferences(store);
    expect(first.memory).toBeUndefined();
    expect(NO_DANCES_BEFORE).toEqual(rememberedSettings(first));
    expect(await dancesBefore(first)).toBe(NO_DANCES_BEFORE); // at once, no import of dance-memory.ts
    writePreferences(store, rememberDance(first, ended()));
    expect(await dancesBefore(readPreferences(store))).toEqual({ dancesBefore: 1, lastEnding: 'cycle' });
  });

  it('records each side’s endings and last dance, kept with the preferences', () => {
    const store = new MemoryStore();
    let prefs = rememberDance(readPreferences(store), ended());
    writePreferences(store, prefs);
    prefs = rememberDance(
      readPreferences(store),
      ended({ side: 'withdrawer', dancesBefore: 1, dance: dance({ ending: 'step-out', lang: 'en', turns: [] }) }),
    );
    writePreferences(store, prefs);
    prefs = rememberDance(readPreferences(store), ended({ dancesBefore: 2, dance: dance({ ending: 'closed-heart' }) }));
    writePreferences(store, prefs);

    const memory = readMemory(readPreferences(store));
    expect(memory.dances).toBe(3);
    expect(memory.lastEnding).toBe('closed-heart');
    expect(memory.pursuer.endings).toEqual(['cycle', 'closed-heart']); // the story's order
    expect(memory.withdrawer.endings).toEqual(['step-out']);
    expect(memory.pursuer.dance?.ending).toBe('closed-heart'); // the last one, not the first
    expect(memory.withdrawer.dance).toEqual(dance({ ending: 'step-out', lang: 'en', turns: [] }));
    expect(bothSidesDanced(memory)).toBe(true);
    expect(rememberedSettings(readPreferences(store))).toEqual({ dancesBefore: 3, lastEnding: 'closed-heart' });
    // The rest of the preferences are untouched.
    expect(readPreferences(store).partnerName).toBe('Sam');
  });

  it('counts one game once, however often it ends (a rewind and another ending, its save loaded)', () => {
    let prefs = rememberDance(readPreferences(new MemoryStore()), ended());
    prefs = rememberDance(prefs, ended({ dance: dance({ ending: 'step-out' }) }));
    const memory = readMemory(prefs);
    expect(memory.dances).toBe(1);
    expect(memory.lastEnding).toBe('step-out');
    expect(memory.pursuer.endings).toEqual(['cycle', 'step-out']);
    expect(bothSidesDanced(memory)).toBe(false);
  });

  it('keeps a dance short: at most a dozen turning points, each choice’s words cut', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      phase: 1 + (i % 5),
      kind: 'held' as const,
      choice: 'x'.repeat(1000),
    }));
    const memory = readMemory(
      rememberDance(readPreferences(new MemoryStore()), ended({ dance: dance({ turns: many }) })),
    );
    expect(memory.pursuer.dance?.turns).toHaveLength(MAX_TURNS);
    expect(memory.pursuer.dance?.turns[0]?.choice).toHaveLength(300);
  });

  it('is wiped with the preferences', () => {
    const store = new MemoryStore();
    writePreferences(store, rememberDance(readPreferences(store), ended()));
    expect(readMemory(readPreferences(store)).dances).toBe(1);
    store.remove(KEY);
    expect(readMemory(readPreferences(store))).toEqual(EMPTY_MEMORY);
    expect(rememberedSettings(readPreferences(store))).toEqual({ dancesBefore: 0, lastEnding: '' });
  });

  it.each([
    ['not an object', 'yesterday'],
    ['a count that is not one', { ...EMPTY_MEMORY, dances: -2 }],
    ['an ending the story does not have', { ...EMPTY_MEMORY, lastEnding: 'happily-ever-after' }],
    ['a side missing', { dances: 1, lastEnding: 'cycle', pursuer: { endings: ['cycle'], dance: null } }],
    [
      'a dance with a meter off the scale',
      { ...EMPTY_MEMORY, pursuer: { endings: ['cycle'], dance: { ...dance(), meters: meters({ pursue: 1e9 }) } } },
    ],
  ])('reads a damaged value (%s) as empty, without an error', (_, memory) => {
    const store = new MemoryStore();
    store.set(KEY, JSON.stringify({ lang: 'en', partnerName: 'Robin', memory }));
    const prefs = readPreferences(store);
    expect(prefs.partnerName).toBe('Robin');
    expect(readMemory(prefs)).toEqual(EMPTY_MEMORY);
    expect(rememberedSettings(prefs)).toEqual({ dancesBefore: 0, lastEnding: '' });
    // And the next dance is remembered over it.
    expect(readMemory(rememberDance(prefs, ended())).dances).toBe(1);
  });

  it('reads unreadable preferences as empty too', () => {
    const store = new MemoryStore();
    store.set(KEY, '{"memory": {"dances": 3,');
    expect(readMemory(readPreferences(store))).toEqual(EMPTY_MEMORY);
  });

  it('takes the list of endings from before the two sides as the pursuer’s, and folds it in', () => {
    const store = new MemoryStore();
    store.set(KEY, JSON.stringify({ lang: 'nl', endingsFound: ['step-out', 'cycle'] }));
    const old = readPreferences(store);
    expect(readMemory(old).pursuer.endings).toEqual(['cycle', 'step-out']);
    expect(readMemory(old).dances).toBe(0);
    writePreferences(store, rememberDance(old, ended({ side: 'withdrawer', dance: dance({ ending: 'role-switch' }) })));
    const stored = JSON.parse(store.get(KEY) ?? '{}');
    expect(stored.endingsFound).toBeUndefined();
    const memory = readMemory(readPreferences(store));
    expect(memory.pursuer.endings).toEqual(['cycle', 'step-out']);
    expect(memory.withdrawer.endings).toEqual(['role-switch']);
  });
});

describe('a finished dance, cut down to what is remembered', () => {
  const at = (after: Partial<MetersPoint>, phase: number, text: string) => ({
    phase,
    options: [
      { text, step: 'ground' as const, locked: false },
      { text: 'Other', step: 'pursue' as const, locked: false },
    ],
    chosen: 0,
    vote: null,
    after: meters(after),
  });

  it('keeps the ending, the meters at the end and the turning points the chart marks', () => {
    const input: ChartInput = {
      start: meters(),
      choices: [
        at({ pursue: 4 }, 1, 'Wait'),
        at({ pursue: 5, held: 1 }, 2, 'Say no to the weekend'),
        at({ pursue: 7, held: 1, rounds: 1 }, 3, 'Call again'),
        at({ pursue: 6, held: 1, rounds: 1 }, 4, 'Write'),
      ],
    };
    expect(danceToRemember('step-out', 'en', input)).toEqual({
      ending: 'step-out',
      lang: 'en',
      choices: 4,
      meters: meters({ pursue: 6, held: 1, rounds: 1 }),
      turns: [
        { phase: 2, kind: 'held', choice: 'Say no to the weekend' },
        { phase: 3, kind: 'gave-way', choice: 'Call again' },
      ],
    });
  });

  it('from a dance played on the engine: its last meters', () => {
    const story = fixture('engine');
    const engine = new StoryEngine(story.json, defaultSettings);
    engine.start();
    for (const index of [2, 1, 0]) engine.choose(engine.beat.choices[index]?.locked ? 0 : index);
    expect(engine.beat.ending).toBe('step-out');
    const remembered = danceToRemember('step-out', 'en', recordDance(story.json, defaultSettings, engine.trail));
    const { pursue, withdraw, partnerDistance, held, rounds, grounded, disappointments } = engine.beat.meters;
    expect(remembered.meters).toEqual({ pursue, withdraw, partnerDistance, held, rounds, grounded, disappointments });
    expect(remembered.choices).toBe(3);
  });
});

describe('a save of a game that was told of dances before', () => {
  const story = fixture('engine');

  it('keeps what it was told, so the reloaded game plays the same', () => {
    const settings = { ...defaultSettings, dancesBefore: 2, lastEnding: 'cycle' as const };
    const engine = new StoryEngine(story.json, settings);
    engine.start();
    const save = decodeSave(encodeSave(engine.snapshot(), { storyHash: story.hash, lang: 'en' }));
    expect(save.state.settings).toEqual(settings);
    const back = restoreSave(save, { ...story, lang: 'en' }).engine;
    expect(back.settings).toEqual(settings);
    expect([back.variables().dances_before, back.variables().last_ending]).toEqual([2, 'cycle']);
  });

  it('a save from before has none, and its game is told nothing', () => {
    const engine = new StoryEngine(story.json, defaultSettings);
    engine.start();
    const save = decodeSave(encodeSave(engine.snapshot(), { storyHash: story.hash, lang: 'en' }));
    expect(save.state.settings).toEqual(defaultSettings);
    expect(restoreSave(save, { ...story, lang: 'en' }).engine.variables().dances_before).toBe(0);
  });

  it('refuses a save whose remembered ending the story does not have', () => {
    const engine = new StoryEngine(story.json, defaultSettings);
    engine.start();
    const text = encodeSave(engine.snapshot(), { storyHash: story.hash, lang: 'en' }).replace(
      '"veilInfidelity":false',
      '"veilInfidelity":false,"lastEnding":"fairy-tale"',
    );
    expect(() => decodeSave(text)).toThrow(/lastEnding/);
  });
});
