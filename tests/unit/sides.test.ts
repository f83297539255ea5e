// The other side (issue 19) in the session, the save and the preferences: a game remembers
// whose route it plays, a save carries it (older saves read as the pursuer's), and the
// title's choice of side is kept with the other preferences.
import { describe, expect, it } from 'vitest';
import type { Lang, Side } from '../../src/engine';
import { encodeSave, StoryEngine } from '../../src/engine';
import { decodeSave } from '../../src/engine/save-decode';
import { readPreferences, writePreferences } from '../../src/persistence/preferences';
import { SaveStore } from '../../src/persistence/save-store';
import { type CompiledStory, GameSession } from '../../src/session/game-session';
import { defaultSettings, fixture } from '../helpers/fixtures';
import { MemoryStore } from '../helpers/memory-store';

const stories: Record<Lang, CompiledStory> = { en: fixture('engine'), nl: fixture('engine-nl') };

function rig() {
  const asked: [Lang, Side][] = [];
  const session = new GameSession({
    saves: new SaveStore(new MemoryStore()),
    loadStory: async (lang, side) => {
      asked.push([lang, side]);
      return stories[lang];
    },
    scheduleAutosave: (write) => write(),
  });
  return { session, asked };
}

describe('a game of the withdrawer’s side', () => {
  it('asks for that side’s story, and its save says so', async () => {
    const { session, asked } = rig();
    expect(await session.newGame('en', defaultSettings, 'withdrawer')).toBe(true);
    expect(asked).toEqual([['en', 'withdrawer']]);
    expect(session.game?.side).toBe('withdrawer');
    expect(decodeSave(session.encode() ?? '').side).toBe('withdrawer');
  });

  it('loads from its save with that side’s story, plays again and switches language on the same side', async () => {
    const first = rig();
    await first.session.newGame('en', defaultSettings, 'withdrawer');
    first.session.choose(0);
    const text = first.session.encode() ?? '';
    const { session, asked } = rig();
    expect((await session.load(text, 'elsewhere')).ok).toBe(true);
    expect(asked).toEqual([['en', 'withdrawer']]);
    await session.switchLanguage('nl');
    expect(asked.at(-1)).toEqual(['nl', 'withdrawer']);
    expect(session.game?.side).toBe('withdrawer');
    await session.playAgain();
    expect(asked.at(-1)).toEqual(['nl', 'withdrawer']);
  });

  it('is not the default: a new game without a side plays the pursuer’s', async () => {
    const { session, asked } = rig();
    await session.newGame('nl', defaultSettings);
    expect(asked).toEqual([['nl', 'pursuer']]);
  });
});

describe('a save from before the sides', () => {
  it('has no side and reads as the pursuer’s', () => {
    const engine = new StoryEngine(stories.en.json, defaultSettings);
    engine.start();
    const save = JSON.parse(encodeSave(engine.snapshot(), { storyHash: stories.en.hash, lang: 'en' })) as Record<
      string,
      unknown
    >;
    delete save.side;
    expect(decodeSave(JSON.stringify(save)).side).toBe('pursuer');
  });

  it('with a side that is not one is refused as damaged', () => {
    const engine = new StoryEngine(stories.en.json, defaultSettings);
    engine.start();
    const save = JSON.parse(encodeSave(engine.snapshot(), { storyHash: stories.en.hash, lang: 'en' })) as Record<
      string,
      unknown
    >;
    save.side = 'bystander';
    expect(() => decodeSave(JSON.stringify(save))).toThrow(/damaged/);
  });
});

describe('the side in the preferences', () => {
  it('is kept, and read as the pursuer’s when missing or unknown', () => {
    const store = new MemoryStore();
    expect(readPreferences(store).side).toBe('pursuer');
    writePreferences(store, { ...readPreferences(store), side: 'withdrawer' });
    expect(readPreferences(store).side).toBe('withdrawer');
    store.set('de-dans:preferences', JSON.stringify({ side: 'bystander' }));
    expect(readPreferences(store).side).toBe('pursuer');
  });
});
