// The engine's look-ahead (StoryEngine.lookAhead) on the real story, every route: a game whose
// choices were all worked out ahead is the same game, beat for beat and state for state, as one
// whose choices ran ink when they were taken.
import { Story } from 'inkjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Beat, StoryEngine } from '../../src/engine';
import { LookAhead } from '../../src/engine/look-ahead';
import { seededRandom } from '../../tools/story/explore.mjs';
import { defaultSettings } from '../helpers/fixtures';
import { ROUTES, story } from './shared';

afterEach(() => vi.restoreAllMocks());

/** Prepare every open choice of the beat on screen, a line at a time, as idle callbacks do in slices. */
function prepareAll(engine: StoryEngine): number {
  let calls = 1;
  while (engine.lookAhead(0)) calls += 1;
  return calls;
}

const open = (beat: Beat) => beat.choices.filter((c) => !c.locked);

describe.each(ROUTES)('$name, looked ahead', ({ lang, side }) => {
  it('plays the same game as choices run live: beats, history, meters and ink state', () => {
    const json = story(lang, side).json;
    const random = seededRandom(lang === 'nl' ? 7 : 11);
    for (let game = 0; game < 3; game++) {
      const live = new StoryEngine(json, defaultSettings);
      const ahead = new StoryEngine(json, defaultSettings);
      ahead.useLookAhead(LookAhead);
      let beat = live.start();
      expect(ahead.start()).toEqual(beat);
      ahead.adoptInkState(live.inkState()); // the same random seed
      let steps = 0;
      while (!beat.finished) {
        const here = ahead.inkState();
        const shown = ahead.beat;
        prepareAll(ahead);
        // Looking ahead leaves the game where it was.
        expect(ahead.inkState()).toBe(here);
        expect(ahead.beat).toBe(shown);
        expect(ahead.meters()).toEqual(shown.meters);
        const options = open(beat);
        const pick = options[Math.floor(random() * options.length)];
        if (!pick) throw new Error('every choice is locked');
        beat = live.choose(pick.index);
        expect(ahead.choose(pick.index)).toEqual(beat);
        expect(ahead.inkState()).toBe(live.inkState());
        steps += 1;
      }
      expect(steps).toBeGreaterThan(10);
      expect(ahead.history).toEqual(live.history);
      expect(ahead.trail).toEqual(live.trail);
      expect(ahead.tally()).toEqual(live.tally());
      // The rewinds hold the same moments: back three choices, the same beat and state.
      for (let i = 0; i < 3; i++) expect(ahead.rewind()).toEqual(live.rewind());
      expect(ahead.inkState()).toBe(live.inkState());
    }
  });

  it('takes a prepared choice without running ink, and an unprepared one by running it', () => {
    const engine = new StoryEngine(story(lang, side).json, defaultSettings);
    engine.useLookAhead(LookAhead);
    const first = engine.start();
    const continued = vi.spyOn(Story.prototype, 'Continue');
    expect(prepareAll(engine)).toBeGreaterThanOrEqual(open(first).length);
    const runs = continued.mock.calls.length;
    expect(runs).toBeGreaterThan(0);
    const pick = open(first)[0];
    if (!pick) throw new Error('no open choice');
    const next = engine.choose(pick.index);
    expect(continued.mock.calls.length).toBe(runs);
    expect(next.lines.length).toBeGreaterThan(0);
    const then = open(next)[0];
    if (!then) throw new Error('no open choice');
    engine.choose(then.index);
    expect(continued.mock.calls.length).toBeGreaterThan(runs);
  });
});
