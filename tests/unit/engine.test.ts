import { describe, expect, it } from 'vitest';
import {
  type Beat,
  ChoiceError,
  type EngineState,
  encodeSave,
  InkRuntimeError,
  ReplayError,
  SaveError,
  StoryEngine,
} from '../../src/engine';
import { decodeSave, restoreSave } from '../../src/engine/save-decode';
import { fingerprint } from '../../src/engine/words';
import { defaultSettings, fixture } from '../helpers/fixtures';

const story = fixture('engine');
const dutch = fixture('engine-nl');
const meta = { storyHash: story.hash, lang: 'en' as const };
const start = () => {
  const engine = new StoryEngine(story.json, defaultSettings);
  return { engine, beat: engine.start() };
};
const choiceIndex = (beat: Beat, text: string) => {
  const choice = beat.choices.find((c) => c.text === text);
  if (!choice) throw new Error(`no choice "${text}" in ${beat.choices.map((c) => c.text).join(' | ')}`);
  return choice.index;
};

describe('StoryEngine: beats', () => {
  it('turns ink output into lines with their tags, scene and phase', () => {
    const { beat } = start();
    expect(beat.lines.map((l) => l.text)).toEqual(['The music is loud, Sam is near.', 'He looks at you.']);
    expect(beat.lines[0]?.tags).toEqual({ phase: '1', scene: 'party', body: 'heart' });
    expect(beat.lines[1]?.tags).toEqual({ sfx: 'crowd' });
    expect(beat.scene).toBe('party');
    expect(beat.phase).toBe(1);
    expect(beat.ending).toBeNull();
    expect(beat.finished).toBe(false);
  });

  it('passes the player settings into ink', () => {
    const engine = new StoryEngine(story.json, { partnerName: 'Noa', partnerPronoun: 'she', veilInfidelity: true });
    const beat = engine.start();
    expect(beat.lines.map((l) => l.text)).toEqual(['The music is loud, Noa is near.', 'She looks at you.']);
    expect(engine.variables().veil_infidelity).toBe(true);
  });

  it('passes the remembered games into ink, and keeps them across a restart', () => {
    const fresh = new StoryEngine(story.json, defaultSettings);
    fresh.start();
    expect([fresh.variables().dances_before, fresh.variables().last_ending]).toEqual([0, '']);
    const settings = { ...defaultSettings, dancesBefore: 2, lastEnding: 'cycle' as const };
    const engine = new StoryEngine(story.json, settings);
    engine.start();
    expect([engine.variables().dances_before, engine.variables().last_ending]).toEqual([2, 'cycle']);
    engine.start();
    expect([engine.variables().dances_before, engine.variables().last_ending]).toEqual([2, 'cycle']);
  });

  it('gives each choice its step kind, and none to an untagged choice', () => {
    const { engine, beat } = start();
    expect(beat.choices.map((c) => [c.text, c.step, c.locked])).toEqual([
      ['Rush over', 'pursue', false],
      ['Turn to the bar', 'withdraw', false],
      ['Breathe first', 'ground', false],
    ]);
    const next = engine.choose(choiceIndex(beat, 'Breathe first'));
    expect(next.choices.find((c) => c.text === 'Break the story')?.step).toBeNull();
  });

  it('moves the meters by the law of the dance', () => {
    const { engine, beat } = start();
    expect(beat.meters).toMatchObject({ pursue: 0, withdraw: 0, partnerDistance: 3, steps: 0, lastStep: null });
    const after = engine.choose(choiceIndex(beat, 'Rush over'));
    // pursuing pushes the partner away (story/common/dance.ink: they answer with a lag)
    expect(after.meters).toMatchObject({ pursue: 7, partnerDistance: 6, steps: 1, lastStep: 'pursue' });
    expect(after.scene).toBe('cafe');

    const other = start();
    const away = other.engine.choose(choiceIndex(other.beat, 'Turn to the bar'));
    // withdrawing draws the partner closer
    expect(away.meters).toMatchObject({ withdraw: 2, partnerDistance: 2, lastStep: 'withdraw' });
  });

  it('shows a locked choice with its reason and refuses to take it', () => {
    const { engine, beat } = start();
    const cafe = engine.choose(choiceIndex(beat, 'Rush over'));
    const locked = cafe.choices.find((c) => c.text === 'Say what you need');
    expect(locked).toMatchObject({
      locked: true,
      step: 'ground',
      lockReason: 'The pull is too strong to stand still.',
    });
    expect(() => engine.choose(locked!.index)).toThrow(ChoiceError);
    expect(engine.beat).toBe(cafe); // nothing moved
    expect(() => engine.choose(99)).toThrow(/no choice 100/);
  });

  it('leaves the same choice open when the pull is weak', () => {
    const { engine, beat } = start();
    const cafe = engine.choose(choiceIndex(beat, 'Breathe first'));
    expect(cafe.choices.find((c) => c.text === 'Say what you need')).toMatchObject({ locked: false, lockReason: null });
  });

  it('reports pause points, the letter and the ending', () => {
    const { engine, beat } = start();
    let b = engine.choose(choiceIndex(beat, 'Breathe first'));
    b = engine.choose(choiceIndex(b, 'Say what you need'));
    expect(b.pause).toBe(1);
    b = engine.choose(choiceIndex(b, 'Write it down'));
    expect(b.lines.find((l) => l.tags.letter)?.text).toBe('Dear Sam, I was here.');
    expect(b).toMatchObject({ ending: 'step-out', finished: true, phase: 5, scene: 'party-later' });
    expect(b.meters.disappointments).toBe(1);
  });

  it('raises an ink runtime error as a typed error', () => {
    const { engine, beat } = start();
    const cafe = engine.choose(choiceIndex(beat, 'Breathe first'));
    expect(() => engine.choose(choiceIndex(cafe, 'Break the story'))).toThrow(InkRuntimeError);
  });
});

describe('StoryEngine: history and rewind', () => {
  it('keeps a history of every line and choice', () => {
    const { engine, beat } = start();
    engine.choose(choiceIndex(beat, 'Rush over'));
    expect(engine.history.map((h) => `${h.kind}:${h.text}`)).toEqual([
      'line:The music is loud, Sam is near.',
      'line:He looks at you.',
      'choice:Rush over',
      'line:You cross the room in three steps.',
      'line:The café is warm.',
    ]);
  });

  it('rewinds one choice to exactly the moment before it', () => {
    const { engine, beat } = start();
    const historyBefore = [...engine.history];
    expect(engine.canRewind).toBe(false);
    engine.choose(choiceIndex(beat, 'Rush over'));
    expect(engine.canRewind).toBe(true);
    const back = engine.rewind();
    expect(back).toEqual(beat);
    expect(engine.meters()).toEqual(beat.meters);
    expect(engine.history).toEqual(historyBefore);
    // the other path is open again and behaves as if the first was never taken
    const away = engine.choose(choiceIndex(back, 'Turn to the bar'));
    expect(away.meters).toMatchObject({ pursue: 0, withdraw: 2 });
    expect(() => {
      engine.rewind();
      engine.rewind();
    }).toThrow(ChoiceError);
  });
});

describe('StoryEngine: checkpoint, goto and replay', () => {
  /** A game three beats in: Breathe first, Say what you need, at the pause. */
  const played = () => {
    const { engine, beat } = start();
    const cafe = engine.choose(choiceIndex(beat, 'Breathe first'));
    const pause = engine.choose(choiceIndex(cafe, 'Say what you need'));
    return { engine, beat, cafe, pause };
  };
  const replayError = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ReplayError) return error;
      throw error;
    }
    throw new Error('the replay was accepted');
  };

  it('goes back to a checkpoint exactly: beat, history, path, rewinds, ink state and future', () => {
    const { engine, beat } = start();
    const cafe = engine.choose(choiceIndex(beat, 'Rush over'));
    const here = engine.checkpoint();
    const history = [...engine.history];
    const ink = engine.inkState();
    const ahead = engine.choose(choiceIndex(cafe, 'Ask for more'));
    engine.choose(0);
    expect(engine.beat.finished).toBe(true);

    expect(engine.goto(here)).toBe(cafe);
    expect(engine.beat).toBe(cafe);
    expect(engine.history).toEqual(history);
    expect(engine.trail).toEqual([{ index: 0, text: 'Rush over', step: 'pursue' }]);
    expect(engine.inkState()).toBe(ink);
    expect(engine.meters()).toEqual(cafe.meters);
    expect(engine.choose(choiceIndex(cafe, 'Ask for more'))).toEqual(ahead);
    engine.goto(here);
    expect(engine.rewind()).toEqual(beat);
    expect(engine.canRewind).toBe(false);
  });

  it('goes to another engine’s checkpoint on the same story: the same game from there', () => {
    const { engine, cafe, pause } = played();
    const other = new StoryEngine(story.json, defaultSettings);
    expect(other.goto(engine.checkpoint())).toEqual(pause);
    expect(other.history).toEqual(engine.history);
    expect(other.trail).toEqual(engine.trail);
    expect(other.choose(0)).toEqual(engine.choose(0));
    expect(other.rewind()).toEqual(pause);
    expect(other.rewind()).toEqual(cafe);
  });

  it('replays a path to the same beat, history, path and rewinds as the game it came from', () => {
    const { engine, beat, cafe, pause } = played();
    const again = new StoryEngine(story.json, defaultSettings);
    expect(again.replay(engine.trail)).toEqual(pause);
    expect(again.history).toEqual(engine.history);
    expect(again.trail).toEqual(engine.trail);
    expect(again.meters()).toEqual(engine.meters()); // ink's state differs only in its random seed
    expect(again.rewind()).toEqual(cafe);
    expect(again.rewind()).toEqual(beat);
    expect(again.canRewind).toBe(false);
    // An engine that has played on is taken back to the top first.
    expect(again.replay([])).toEqual(beat);
    expect(again.history).toEqual(beat.lines.map((l) => ({ kind: 'line', text: l.text, tags: l.tags })));
  });

  it('matches a step by its position, checked by its words; else by its words alone', () => {
    const { engine, pause } = played();
    const [breathe, say] = engine.trail;
    // The words moved to another position (a story fix): found by the words.
    const moved = new StoryEngine(story.json, defaultSettings);
    expect(
      moved.replay([
        { ...breathe!, index: 0 },
        { ...say!, index: 2 },
      ]),
    ).toEqual(pause);
    expect(moved.trail).toEqual(engine.trail);
    // As a save keeps them: the words as their fingerprint.
    const fingerprinted = engine.trail.map((t) => ({ index: t.index, words: fingerprint(t.text) }));
    expect(new StoryEngine(story.json, defaultSettings).replay(fingerprinted)).toEqual(pause);
    const wrong = [{ index: 0, words: fingerprint('Rush over') }];
    expect(new StoryEngine(story.json, defaultSettings).replay(wrong).lines[0]?.text).toBe(
      'You cross the room in three steps.',
    );
    // The words are nowhere: the path does not exist here, and the error says which step.
    const gone = replayError(() => moved.replay([breathe!, { index: 1, text: 'A choice that was cut' }]));
    expect(gone.at).toBe(1);
    expect(gone.step.text).toBe('A choice that was cut');
  });

  it('never replays into a locked choice', () => {
    // After Rush over the pull is too strong: "Say what you need" is shown but locked.
    const engine = new StoryEngine(story.json, defaultSettings);
    const error = replayError(() =>
      engine.replay([
        { index: 0, text: 'Rush over' },
        { index: 1, text: 'Say what you need' },
      ]),
    );
    expect(error.at).toBe(1);
  });

  it('replays a path in the other language by position and kind of step', () => {
    const { engine } = played();
    const nl = new StoryEngine(dutch.json, defaultSettings);
    const beat = nl.replay(engine.trail, { language: 'other' });
    expect(beat.lines.map((l) => l.text)).toEqual(['Een adempauze tussen de fasen.']);
    expect(nl.trail.map((t) => [t.index, t.step])).toEqual(engine.trail.map((t) => [t.index, t.step]));
    expect(nl.meters()).toEqual(engine.meters());
    // The words are never compared across languages, the kind of step always is.
    const wrongKind = engine.trail.map((t, i) => (i === 0 ? { ...t, step: 'pursue' as const } : t));
    expect(replayError(() => nl.replay(wrongKind, { language: 'other' })).at).toBe(0);
  });

  it('reports each replayed step with the moment before it, and announces only where the path ends', () => {
    const { engine, beat, cafe, pause } = played();
    const again = new StoryEngine(story.json, defaultSettings);
    const causes: string[] = [];
    again.events.on('beat', ({ cause }) => causes.push(cause));
    const steps: [Beat, Beat, number][] = [];
    again.replay(engine.trail, { onStep: (before, after, taken) => steps.push([before.beat, after, taken]) });
    expect(steps).toEqual([
      [beat, cafe, choiceIndex(beat, 'Breathe first')],
      [cafe, pause, choiceIndex(cafe, 'Say what you need')],
    ]);
    expect(causes).toEqual(['replay']);
    again.goto(engine.checkpoint());
    expect(causes).toEqual(['replay', 'goto']);
  });
});

describe('StoryEngine: tags', () => {
  const tagged = fixture('engine-tags');

  it('types the tags the vocabulary allows, and leaves out (with a warning) what it does not', () => {
    const engine = new StoryEngine(tagged.json, defaultSettings);
    const warnings: string[] = [];
    engine.events.on('warning', ({ messages }) => warnings.push(...messages));
    const beat = engine.start();
    expect(beat.lines.map((l) => l.tags)).toEqual([{ scene: 'home', sfx: 'knock', body: 'breath' }, {}]);
    expect(beat.lines[1]?.text).toBe('Something that is not a sound.');
    // A lock that printed neither true nor false does not lock.
    expect(beat.choices[0]).toMatchObject({ text: 'Open', step: 'ground', locked: false });
    expect(warnings).toEqual([
      'tag "# sfx: boom" is not one of sms, ring, buzz, knock, door, pen, crowd, heartbeat',
      'the lock "# locked: maybe" is neither true nor false',
    ]);
  });
});

describe('StoryEngine: for the story tools', () => {
  it('keeps no history, path or rewinds when told not to record', () => {
    const engine = new StoryEngine(story.json, defaultSettings, { record: false });
    const beat = engine.start();
    const cafe = engine.choose(choiceIndex(beat, 'Rush over'));
    expect(cafe.scene).toBe('cafe');
    expect(engine.history).toEqual([]);
    expect(engine.trail).toEqual([]);
    expect(engine.canRewind).toBe(false);
    // Checkpoints still bring it back.
    const here = engine.checkpoint();
    engine.choose(choiceIndex(cafe, 'Ask for more'));
    expect(engine.goto(here)).toBe(cafe);
    expect(engine.meters()).toEqual(cafe.meters);
  });

  it('says where each line and choice was written, the variables and the visits', () => {
    const engine = new StoryEngine(story.json, defaultSettings, { trace: true });
    const beat = engine.start();
    expect(engine.sources.lines).toHaveLength(beat.lines.length);
    expect(engine.sources.lines.every((p) => p.startsWith('opening'))).toBe(true);
    expect(engine.sources.choices).toHaveLength(3);
    expect(engine.sources.choices.every((p) => p.startsWith('opening'))).toBe(true);
    expect(engine.variables()).toMatchObject({ partner_name: 'Sam', pursue: 0, word: 'a' });
    expect(engine.visits('cafe')).toBe(0);
    engine.choose(choiceIndex(beat, 'Rush over'));
    expect(engine.visits('cafe')).toBe(1);
    expect(engine.sources.lines.at(-1)).toMatch(/^cafe/);
    expect(new StoryEngine(story.json, defaultSettings).sources).toEqual({ lines: [], choices: [] });
  });

  it('lets a tool set ink variables before each line', () => {
    const engine = new StoryEngine(story.json, defaultSettings, {
      beforeLine: (set) => set('partner_name', 'Ilse'),
    });
    expect(engine.start().lines[0]?.text).toBe('The music is loud, Ilse is near.');
  });
});

/** Every beat of the fixture, reached by every path, with the engine at that beat. */
function* everyTurn(): Generator<{ engine: StoryEngine; path: string[] }> {
  const walk = function* (path: string[]): Generator<{ engine: StoryEngine; path: string[] }> {
    const engine = new StoryEngine(story.json, defaultSettings);
    let beat = engine.start();
    for (const text of path) beat = engine.choose(choiceIndex(beat, text));
    yield { engine, path };
    for (const choice of beat.choices) {
      if (choice.locked || choice.text === 'Break the story') continue;
      yield* walk([...path, choice.text]);
    }
  };
  yield* walk([]);
}

describe('saves', () => {
  it('round-trips at every turn of the fixture: same beat, history, meters and future', () => {
    let turns = 0;
    for (const { engine, path } of everyTurn()) {
      turns++;
      const text = encodeSave(engine.snapshot(), meta);
      const { engine: loaded, replayed } = restoreSave(decodeSave(text), { ...story, lang: 'en' });
      expect(replayed, path.join(' > ')).toBe(false);
      expect(loaded.beat).toEqual(engine.beat);
      expect(loaded.history).toEqual(engine.history);
      expect(loaded.meters()).toEqual(engine.meters());
      expect(loaded.canRewind).toBe(engine.canRewind);
      // the future is the same too: take the first open choice on both
      const open = engine.beat.choices.find((c) => !c.locked && c.text !== 'Break the story');
      if (open) expect(loaded.choose(open.index)).toEqual(engine.choose(open.index));
    }
    expect(turns).toBeGreaterThanOrEqual(10);
  });

  it('rewinds after loading, into the state before the saved choice', () => {
    const { engine, beat } = start();
    engine.choose(choiceIndex(beat, 'Rush over'));
    const { engine: loaded } = restoreSave(decodeSave(encodeSave(engine.snapshot(), meta)), { ...story, lang: 'en' });
    expect(loaded.rewind()).toEqual(beat);
  });

  it('saves the path and ink’s state only; loading rebuilds the rewinds, so saves stay small however far a player got', () => {
    const { engine } = start();
    let choices = 0;
    while (engine.beat.choices.some((c) => !c.locked && c.text !== 'Break the story')) {
      const open = engine.beat.choices.find((c) => !c.locked && c.text !== 'Break the story');
      if (!open) break;
      engine.choose(open.index);
      choices++;
    }
    expect(choices).toBeGreaterThanOrEqual(2);
    const text = encodeSave(engine.snapshot(), meta);
    expect(Object.keys(JSON.parse(text).state).sort()).toEqual(['at', 'inkState', 'settings', 'trail']);
    const { engine: loaded } = restoreSave(decodeSave(text), { ...story, lang: 'en' });
    expect(loaded.beat).toEqual(engine.beat);
    for (let i = 0; i < choices; i++) expect(loaded.rewind()).toEqual(engine.rewind());
    expect(loaded.canRewind).toBe(false);
    expect(engine.canRewind).toBe(false);
  });

  const saved = () => {
    const { engine, beat } = start();
    engine.choose(choiceIndex(beat, 'Breathe first'));
    return { engine, text: encodeSave(engine.snapshot(), meta) };
  };
  const problem = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof SaveError) return error.problem;
      throw error;
    }
    return 'accepted';
  };

  it('refuses text that is not JSON', () => {
    expect(problem(() => decodeSave(saved().text.slice(0, 40)))).toBe('not-json');
  });

  it('refuses JSON that is not one of our saves', () => {
    expect(problem(() => decodeSave('{"hello":"world"}'))).toBe('not-a-save');
    expect(problem(() => decodeSave('[1,2,3]'))).toBe('not-a-save');
  });

  it('refuses a save with a missing or mistyped field, naming it', () => {
    const data = JSON.parse(saved().text);
    delete data.state.trail;
    expect(problem(() => decodeSave(JSON.stringify(data)))).toBe('damaged');
    const data2 = JSON.parse(saved().text);
    data2.state.at.scene = 'moon';
    expect(() => decodeSave(JSON.stringify(data2))).toThrow(/state\.at\.scene/);
    const data3 = JSON.parse(saved().text);
    data3.state.inkState = '{not json';
    expect(problem(() => decodeSave(JSON.stringify(data3)))).toBe('damaged');
  });

  it('refuses a save from a newer version of the game', () => {
    const data = JSON.parse(saved().text);
    data.format = 99;
    expect(problem(() => decodeSave(JSON.stringify(data)))).toBe('newer-format');
  });

  it('refuses a save for the other language', () => {
    const save = decodeSave(saved().text);
    expect(problem(() => restoreSave(save, { ...story, lang: 'nl' }))).toBe('other-language');
  });

  it('replays a save from another story build when its path still exists', () => {
    const { engine, text } = saved();
    const data = JSON.parse(text);
    data.storyHash = 'an-older-build';
    data.state.inkState = '{"flows":{}}'; // useless on this build: the path is replayed instead
    const { engine: loaded, replayed } = restoreSave(decodeSave(JSON.stringify(data)), { ...story, lang: 'en' });
    expect(replayed).toBe(true);
    expect(loaded.beat).toEqual(engine.beat);
  });

  it('declines a save from another build whose path is gone, without touching it', () => {
    const data = JSON.parse(saved().text);
    data.storyHash = 'an-older-build';
    data.state.trail = [[0, fingerprint('A choice that was cut')]];
    const text = JSON.stringify(data);
    const save = decodeSave(text);
    expect(problem(() => restoreSave(save, { ...story, lang: 'en' }))).toBe('other-build');
    expect(JSON.stringify(save)).toBe(text);
  });

  it('refuses a save whose ink state does not load on the same build', () => {
    const data = JSON.parse(saved().text);
    data.state.inkState = '{"flows":"nonsense"}';
    expect(problem(() => restoreSave(decodeSave(JSON.stringify(data)), { ...story, lang: 'en' }))).toBe('damaged');
  });
});

describe('events', () => {
  it('emits a beat for start, choice, rewind and restore', () => {
    const engine = new StoryEngine(story.json, defaultSettings);
    const causes: string[] = [];
    engine.events.on('beat', ({ cause }) => causes.push(cause));
    const beat = engine.start();
    engine.choose(choiceIndex(beat, 'Rush over'));
    engine.rewind();
    const state: EngineState = engine.snapshot();
    engine.restore(state);
    expect(causes).toEqual(['start', 'choice', 'rewind', 'restore']);
  });
});
