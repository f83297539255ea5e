// The en story, explored for real: every reachable state (see tools/story/explore.mjs
// for how states merge and how phases are entered), under two sets of player settings.
import { describe, expect, it } from 'vitest';
import { SETTINGS, explore, story } from './shared';
import { ENDINGS } from '../../src/engine/vocabulary.js';

const LANG = 'en' as const;

describe(`the ${LANG} story, explored`, () => {
  it.each([SETTINGS[0], SETTINGS[3]])('has no dead end, ink error, trap or stray meter (, veiled: )', (settings) => {
    const result = explore(LANG, settings);
    expect(result.problems).toEqual([]);
    expect(result.truncated).toBe(false);
    expect(result.states).toBeGreaterThan(100);
    const { knots, stitches } = story(LANG).outline;
    const unvisited = [...knots, ...stitches].filter((name) => !result.visitedContainers.has(name));
    expect(unvisited).toEqual([]);
    expect([...result.endings.keys()].sort()).toEqual([...ENDINGS].sort());
    expect(result.choicePoints.size).toBeGreaterThanOrEqual(40);
  });
});
