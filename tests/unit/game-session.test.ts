// GameSession without a DOM (the unit project runs in Node): a whole game driven through the
// session alone, read back from its events and from what it stored.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang, PlayerSettings } from '../../src/engine';
import { fingerprint } from '../../src/engine/words';
import { SaveStore } from '../../src/persistence/save-store';
import {
  type CompiledStory,
  GameSession,
  LOOK_AHEAD_SLICE_MS,
  type SessionEvents,
} from '../../src/session/game-session';
import { compileInkFile } from '../../tools/ink/compile.mjs';
import { defaultSettings, fixture } from '../helpers/fixtures';
import { MemoryStore } from '../helpers/memory-store';

const stories: Record<Lang, CompiledStory> = { en: fixture('engine'), nl: fixture('engine-nl') };
const AUTOSAVE = 'de-dans:autosave';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

type Heard = { [K in keyof SessionEvents]: { name: K; payload: SessionEvents[K] } }[keyof SessionEvents];

interface Rig {
  session: GameSession;
  store: MemoryStore;
  heard: Heard[];
  /** Autosaves the session asked to have written later; run() writes them. */
  scheduled: (() => void)[];
  loads: Lang[];
}

function rig(options: { store?: MemoryStore; story?: (lang: Lang) => Promise<CompiledStory> } = {}): Rig {
  const store = options.store ?? new MemoryStore();
  const scheduled: (() => void)[] = [];
  const loads: Lang[] = [];
  const session = new GameSession({
    saves: new SaveStore(store),
    loadStory: async (lang) => {
      loads.push(lang);
      return options.story ? options.story(lang) : stories[lang];
    },
    scheduleAutosave: (write) => scheduled.push(write),
    now: () => new Date('2026-12-05T07:00:00Z'),
  });
  const heard: Heard[] = [];
  const names: (keyof SessionEvents)[] = [
    'opened',
    'choice',
    'beat',
    'scene',
    'meters',
    'cues',
    'ending',
    'refused',
    'problem',
    'autosaved',
    'closed',
  ];
  for (const name of names)
    session.events.on(name, ((payload: unknown) => heard.push({ name, payload } as Heard)) as never);
  return { session, store, heard, scheduled, loads };
}

const names = (r: Rig) => r.heard.map((e) => e.name);
const last = <K extends keyof SessionEvents>(r: Rig, name: K): SessionEvents[K] | undefined =>
  (r.heard.filter((e) => e.name === name).at(-1)?.payload as SessionEvents[K] | undefined) ?? undefined;
const choiceNamed = (r: Rig, text: string): number => {
  const choice = r.session.game?.engine.beat.choices.find((c) => c.text === text);
  if (!choice) throw new Error(`no choice "${text}"`);
  return choice.index;
};
const runScheduled = (r: Rig) => {
  for (const write of r.scheduled.splice(0)) write();
};

let r: Rig;
beforeEach(() => {
  r = rig();
});

describe('GameSession: a new game', () => {
  it('opens the game, then shows its first beat with its place, meters and sounds', async () => {
    expect(await r.session.newGame('en', defaultSettings)).toBe(true);
    expect(names(r)).toEqual(['opened', 'beat', 'scene', 'meters', 'cues']);
    expect(last(r, 'opened')).toMatchObject({ cause: 'new', game: { lang: 'en' } });
    const shown = last(r, 'beat')!;
    expect(shown.cause).toBe('start');
    expect(shown.echo).toBeNull();
    expect(shown.beat.lines.map((l) => l.text)).toEqual(['The music is loud, Sam is near.', 'He looks at you.']);
    expect(last(r, 'scene')).toEqual({ scene: 'party' });
    expect(last(r, 'meters')?.meters.phase).toBe(1);
    expect(last(r, 'cues')).toEqual({ cues: ['crowd'] });
    expect(r.session.canRewind).toBe(false);
  });

  it('passes the player settings into the story', async () => {
    const settings: PlayerSettings = { partnerName: 'Noa', partnerPronoun: 'she', veilInfidelity: false };
    await r.session.newGame('en', settings);
    expect(last(r, 'beat')?.beat.lines.map((l) => l.text)).toEqual([
      'The music is loud, Noa is near.',
      'She looks at you.',
    ]);
  });

  it('says so, and opens nothing, when the story cannot be downloaded', async () => {
    r = rig({
      story: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await r.session.newGame('nl', defaultSettings)).toBe(false);
    expect(names(r)).toEqual(['problem']);
    expect(last(r, 'problem')).toEqual({ kind: 'story-unavailable', lang: 'nl' });
    expect(r.session.game).toBeNull();
  });

  it('plays again from the top with the same settings and language', async () => {
    await r.session.newGame('nl', { ...defaultSettings, partnerName: 'Ilse' });
    r.session.choose(0);
    const before = r.session.game;
    r.heard.length = 0;
    expect(await r.session.playAgain()).toBe(true);
    expect(r.session.game).not.toBe(before);
    expect(names(r).slice(0, 4)).toEqual(['autosaved', 'closed', 'opened', 'beat']); // the game before is kept first
    expect(last(r, 'beat')?.beat.lines[0]?.text).toBe('De muziek is hard, Ilse is dichtbij.');
    expect(r.loads).toEqual(['nl', 'nl']);
  });
});

describe('GameSession: choosing and rewinding', () => {
  beforeEach(async () => {
    await r.session.newGame('en', defaultSettings);
    r.heard.length = 0;
  });

  it('takes a choice: the choice, then the beat it leads to, echoing it, in the new place', () => {
    r.session.choose(0);
    expect(names(r)).toEqual(['choice', 'beat', 'scene', 'meters']);
    expect(last(r, 'choice')?.choice.text).toBe('Rush over');
    expect(last(r, 'beat')).toMatchObject({ cause: 'choice', echo: 'Rush over' });
    expect(last(r, 'beat')?.beat.lines[0]?.text).toBe('You cross the room in three steps.');
    expect(last(r, 'scene')).toEqual({ scene: 'cafe' });
    expect(last(r, 'meters')?.meters.lastStep).toBe('pursue');
    expect(r.session.canRewind).toBe(true);
  });

  it('refuses a locked choice without moving, and says which', () => {
    r.session.choose(0); // the pull is strong now: standing still is locked
    r.heard.length = 0;
    const locked = choiceNamed(r, 'Say what you need');
    r.session.choose(locked);
    expect(names(r)).toEqual(['refused']);
    expect(last(r, 'refused')?.choice.lockReason).toBe('The pull is too strong to stand still.');
    expect(r.session.game?.engine.trail).toHaveLength(1);
  });

  it('reports a choice that is not there as a problem, not a crash', () => {
    r.session.choose(7);
    expect(names(r)).toEqual(['problem']);
    expect(last(r, 'problem')).toMatchObject({ kind: 'choice' });
    expect(r.session.game?.engine.trail).toHaveLength(0);
  });

  it('rewinds to the beat before the choice, at once and without its sounds again', () => {
    r.session.choose(0);
    r.heard.length = 0;
    r.session.rewind();
    expect(names(r)).toEqual(['beat', 'scene', 'meters']);
    expect(last(r, 'beat')).toMatchObject({ cause: 'rewind', echo: null });
    expect(last(r, 'beat')?.beat.lines[0]?.text).toBe('The music is loud, Sam is near.');
    expect(last(r, 'scene')).toEqual({ scene: 'party' });
    expect(r.session.canRewind).toBe(false);
    r.heard.length = 0;
    r.session.rewind(); // nothing left to undo: nothing happens
    expect(r.heard).toEqual([]);
  });

  it('echoes the choice before the last after a rewind of two', () => {
    r.session.choose(0);
    r.session.choose(choiceNamed(r, 'Ask for more'));
    r.session.rewind();
    expect(last(r, 'beat')).toMatchObject({ cause: 'rewind', echo: 'Rush over' });
  });

  it('goes back to before the choice when ink stops on an error, and says so', () => {
    r.session.choose(1);
    r.heard.length = 0;
    r.session.choose(choiceNamed(r, 'Break the story'));
    expect(names(r)).toEqual(['choice', 'beat', 'meters', 'problem']);
    expect(last(r, 'beat')).toMatchObject({ cause: 'recover', echo: null });
    expect(last(r, 'beat')?.beat.scene).toBe('cafe');
    expect(last(r, 'problem')?.kind).toBe('ink-error');
    expect(r.session.game?.engine.trail.map((t) => t.text)).toEqual(['Turn to the bar']);
  });

  it('announces the ending with the last beat', () => {
    r.session.choose(2);
    r.session.choose(choiceNamed(r, 'Say what you need'));
    r.heard.length = 0;
    r.session.choose(choiceNamed(r, 'Write it down'));
    expect(names(r)).toEqual(['choice', 'beat', 'scene', 'meters', 'ending']);
    expect(last(r, 'ending')).toMatchObject({ ending: 'step-out' });
    expect(last(r, 'ending')?.beat.finished).toBe(true);
  });
});

describe('GameSession: the autosave', () => {
  it('is written once the shell says the text is painted, not during the step', async () => {
    await r.session.newGame('en', defaultSettings);
    expect(r.store.get(AUTOSAVE)).toBeNull();
    expect(r.scheduled).toHaveLength(1);
    runScheduled(r);
    const first = r.store.get(AUTOSAVE);
    expect(first).not.toBeNull();
    expect(last(r, 'autosaved')).toEqual({ result: { ok: true } });
    r.session.choose(0);
    expect(r.store.get(AUTOSAVE)).toBe(first);
    runScheduled(r);
    expect(JSON.parse(r.store.get(AUTOSAVE)!).state.trail).toEqual([[0, fingerprint('Rush over')]]);
  });

  it('asks once for steps taken faster than it is written; that one write covers them all', async () => {
    await r.session.newGame('en', defaultSettings);
    r.session.choose(0);
    r.session.rewind();
    r.session.choose(1);
    expect(r.scheduled).toHaveLength(1);
    runScheduled(r);
    expect(JSON.parse(r.store.get(AUTOSAVE)!).state.trail).toEqual([[1, fingerprint('Turn to the bar')]]);
    expect(r.heard.filter((e) => e.name === 'autosaved')).toHaveLength(1);
  });

  it('is written at once when the game is left, and not again by the late task', async () => {
    await r.session.newGame('en', defaultSettings);
    r.session.choose(0);
    r.session.close();
    expect(JSON.parse(r.store.get(AUTOSAVE)!).state.trail).toHaveLength(1);
    expect(names(r).slice(-2)).toEqual(['autosaved', 'closed']);
    r.heard.length = 0;
    runScheduled(r);
    expect(r.heard).toEqual([]);
  });

  it('reports a full store, and keeps the game going', async () => {
    r.store.fail = { ok: false, problem: 'full' };
    await r.session.newGame('en', defaultSettings);
    runScheduled(r);
    expect(last(r, 'autosaved')).toEqual({ result: { ok: false, problem: 'full' } });
    r.session.choose(0);
    expect(last(r, 'beat')?.cause).toBe('choice');
  });
});

describe('GameSession: saves', () => {
  it('loads its own save exactly where it was, with the path and the rewinds', async () => {
    await r.session.newGame('en', { ...defaultSettings, partnerName: 'Noa' });
    r.session.choose(0);
    r.session.choose(choiceNamed(r, 'Ask for more'));
    const text = r.session.encode()!;
    const before = r.session.game!.engine.beat;

    const other = rig();
    expect(await other.session.load(text, 'elsewhere')).toEqual({ ok: true, replayed: false });
    expect(names(other)).toEqual(['opened', 'beat', 'scene', 'meters', 'autosaved']);
    expect(last(other, 'beat')).toMatchObject({ cause: 'restore', echo: 'Ask for more', beat: before });
    expect(other.store.get(AUTOSAVE)).not.toBeNull(); // written at once: the loaded game is the game now
    expect(other.session.game?.engine.settings.partnerName).toBe('Noa');
    other.session.rewind();
    expect(last(other, 'beat')?.beat.scene).toBe('cafe');
  });

  it('has nothing to encode at the title', () => {
    expect(r.session.encode()).toBeNull();
  });

  it('refuses text that is not a save, and leaves the game as it was', async () => {
    await r.session.newGame('en', defaultSettings);
    const game = r.session.game;
    expect(await r.session.load('not a save', 'elsewhere')).toEqual({
      ok: false,
      problem: 'not-json',
      keptAside: false,
    });
    expect(r.session.game).toBe(game);
  });

  it('moves an unloadable autosave aside, never deleting it', async () => {
    r.store.set(AUTOSAVE, '{"game":"de-dans"}');
    expect(await r.session.load('{"game":"de-dans"}', 'autosave')).toEqual({
      ok: false,
      problem: 'damaged',
      keptAside: true,
    });
    expect(r.store.get(AUTOSAVE)).toBeNull();
    expect(r.store.keys().filter((k) => k.startsWith('de-dans:set-aside:'))).toHaveLength(1);
  });

  it('leaves a save from a newer version where it is, for an update to read', async () => {
    const newer = JSON.stringify({ game: 'de-dans', format: 99, savedAt: '2030-01-01T00:00:00Z' });
    r.store.set(AUTOSAVE, newer);
    expect(await r.session.load(newer, 'autosave')).toMatchObject({
      ok: false,
      problem: 'newer-format',
      keptAside: false,
    });
    expect(r.store.get(AUTOSAVE)).toBe(newer);
  });
});

describe('GameSession: switching language', () => {
  beforeEach(async () => {
    await r.session.newGame('en', defaultSettings);
    r.session.choose(0);
    r.heard.length = 0;
  });

  it('walks the path again in the other language and shows the same place at once', async () => {
    expect(await r.session.switchLanguage('nl')).toBe(true);
    // The English game's waiting autosave is written before it is left, then the Dutch one's.
    expect(names(r)).toEqual(['autosaved', 'closed', 'opened', 'beat', 'scene', 'meters', 'autosaved']);
    expect(last(r, 'opened')).toMatchObject({ cause: 'language', game: { lang: 'nl' } });
    expect(last(r, 'beat')).toMatchObject({ cause: 'language', echo: 'Erheen rennen' });
    expect(last(r, 'beat')?.beat.lines[0]?.text).toBe('Je steekt de kamer over in drie stappen.');
    expect(last(r, 'scene')).toEqual({ scene: 'cafe' });
    expect(JSON.parse(r.store.get(AUTOSAVE)!).lang).toBe('nl');
    expect(r.session.canRewind).toBe(true);
  });

  it('does nothing for the language already read', async () => {
    expect(await r.session.switchLanguage('en')).toBe(true);
    expect(r.heard).toEqual([]);
    expect(r.loads).toEqual(['en']);
  });

  it('keeps the game as it was when the other language tells another story', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-'));
    // The Dutch twin with its first two choices in each other's place: the same number of
    // choices, but the first is another step, so the English path cannot be walked in it.
    const nl = readFileSync(join(FIXTURES, 'engine-nl.ink'), 'utf8')
      .replace(
        'INCLUDE ../../story/common/dance.ink',
        `INCLUDE ${join(FIXTURES, '..', '..', 'story', 'common', 'dance.ink')}`,
      )
      .replace('#step: pursue]', '#step: PURSUE]')
      .replace('#step: withdraw]', '#step: pursue]')
      .replace('#step: PURSUE]', '#step: withdraw]');
    writeFileSync(join(dir, 'other.ink'), nl);
    const other = compileInkFile(join(dir, 'other.ink'));
    r = rig({ story: async (lang) => (lang === 'nl' ? other : stories.en) });
    await r.session.newGame('en', defaultSettings);
    r.session.choose(0);
    const game = r.session.game;
    r.heard.length = 0;
    expect(await r.session.switchLanguage('nl')).toBe(false);
    expect(names(r)).toEqual(['problem']);
    expect(last(r, 'problem')).toEqual({ kind: 'language-switch', from: 'en', to: 'nl' });
    expect(r.session.game).toBe(game);
  });

  it('has nothing to switch at the title', async () => {
    const fresh = rig();
    expect(await fresh.session.switchLanguage('nl')).toBe(false);
    expect(fresh.heard).toEqual([]);
  });
});

describe('GameSession: looking ahead', () => {
  it('prepares the open choices in slices when the shell says it is idle, and stops when the beat moves on', async () => {
    const idle: (() => boolean)[] = [];
    const session = new GameSession({
      saves: new SaveStore(new MemoryStore()),
      loadStory: async (lang) => stories[lang],
      scheduleAutosave: () => {},
      scheduleLookAhead: (slice) => idle.push(slice),
    });
    await session.newGame('en', defaultSettings);
    const engine = session.game!.engine;
    const calls = vi.spyOn(engine, 'lookAhead');
    // Asked for, not run during the step; the first slice, after the paint, loads the look-ahead.
    expect(idle).toHaveLength(1);
    expect(idle.shift()!()).toBe(false);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    const slice = idle.shift()!;
    let slices = 1;
    while (slice()) slices += 1;
    expect(calls).toHaveBeenCalledTimes(slices);
    expect(calls).toHaveBeenCalledWith(LOOK_AHEAD_SLICE_MS);
    expect(engine.lookAhead()).toBe(false); // every open choice is ready
    // A beat left behind: its slices do nothing and ask for no more.
    session.choose(0);
    const behind = idle.splice(0);
    expect(behind).toHaveLength(1); // loaded now: the slices are asked for at once
    session.choose(0);
    calls.mockClear();
    expect(behind[0]!()).toBe(false);
    expect(calls).not.toHaveBeenCalled();
  });
});
