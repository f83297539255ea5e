// StoryEngine.lookAhead on the small fixtures: what it says and when, and what it leaves alone.
// tests/story/look-ahead.test.ts plays the real story both ways and compares the games.
import { describe, expect, it } from 'vitest';
import { type Beat, InkRuntimeError, StoryEngine } from '../../src/engine';
import { LookAhead } from '../../src/engine/look-ahead';
import { defaultSettings, fixture } from '../helpers/fixtures';

const story = fixture('engine');
/** An engine that looks ahead, as the session makes it once look-ahead.ts has loaded. */
const looking = (...args: ConstructorParameters<typeof StoryEngine>) => {
  const engine = new StoryEngine(...args);
  engine.useLookAhead(LookAhead);
  return engine;
};
const choiceIndex = (beat: Beat, text: string) => {
  const choice = beat.choices.find((c) => c.text === text);
  if (!choice) throw new Error(`no choice "${text}"`);
  return choice.index;
};

describe('StoryEngine.lookAhead', () => {
  it('works a few lines at a time within its budget, and says when every open choice is ready', () => {
    const engine = looking(story.json, defaultSettings);
    const beat = engine.start();
    const open = beat.choices.filter((c) => !c.locked).length;
    expect(open).toBeGreaterThan(1);
    // No time at all: one line of ink per call, so more calls than choices.
    let calls = 1;
    while (engine.lookAhead(0)) calls += 1;
    expect(calls).toBeGreaterThan(open);
    expect(engine.lookAhead(0)).toBe(false);
    // Time enough: all in one call.
    const again = looking(story.json, defaultSettings);
    again.start();
    expect(again.lookAhead()).toBe(false);
  });

  it('puts ink back at the beat on screen when anything reads it partway through', () => {
    const engine = looking(story.json, defaultSettings);
    const beat = engine.start();
    const here = engine.inkState();
    expect(engine.lookAhead(0)).toBe(true); // partway into a choice
    expect(engine.meters()).toEqual(beat.meters);
    expect(engine.inkState()).toBe(here);
    const away = engine.choose(choiceIndex(beat, 'Turn to the bar'));
    expect(away.meters).toMatchObject({ pursue: 0, withdraw: 2 });
  });

  it('announces nothing while it looks, and announces the prepared beat when it is taken', () => {
    const engine = looking(story.json, defaultSettings);
    const beat = engine.start();
    const heard: string[] = [];
    engine.events.on('beat', ({ cause }) => heard.push(cause));
    while (engine.lookAhead());
    expect(heard).toEqual([]);
    const cafe = engine.choose(choiceIndex(beat, 'Rush over'));
    expect(heard).toEqual(['choice']);
    expect(cafe.scene).toBe('cafe');
    expect(engine.history.at(-1)).toMatchObject({ kind: 'line', text: 'The café is warm.' });
    // The rewind point is the moment before the choice, as without looking ahead.
    expect(engine.rewind()).toEqual(beat);
  });

  it('finds an ink error ahead but raises it only when that choice is taken', () => {
    const engine = looking(story.json, defaultSettings);
    const cafe = engine.choose(choiceIndex(engine.start(), 'Breathe first'));
    const here = engine.inkState();
    while (engine.lookAhead());
    expect(engine.inkState()).toBe(here);
    expect(engine.beat).toBe(cafe);
    expect(() => engine.choose(choiceIndex(cafe, 'Break the story'))).toThrow(InkRuntimeError);
  });

  it('says a prepared choice’s warnings when it is taken, not while looking ahead', () => {
    const engine = looking(fixture('engine-tags').json, defaultSettings);
    const beat = engine.start();
    const warnings: string[] = [];
    engine.events.on('warning', ({ messages }) => warnings.push(...messages));
    while (engine.lookAhead());
    expect(warnings).toEqual([]);
    engine.choose(choiceIndex(beat, 'Open'));
    expect(warnings).toEqual(['tag "# sfx: boom" is not one of sms, ring, buzz, knock, door, pen, crowd, heartbeat']);
  });

  it('does not look ahead for the story tools, which watch each line run', () => {
    const traced = looking(story.json, defaultSettings, { trace: true });
    traced.start();
    expect(traced.lookAhead()).toBe(false);
    const watched = looking(story.json, defaultSettings, { beforeLine: () => {} });
    watched.start();
    expect(watched.lookAhead()).toBe(false);
    expect(looking(story.json, defaultSettings).lookAhead()).toBe(false); // not started
    const plain = new StoryEngine(story.json, defaultSettings);
    plain.start();
    expect(plain.lookAhead()).toBe(false); // never given the look-ahead
  });
});
