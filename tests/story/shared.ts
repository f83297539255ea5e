// What every story test reads: the compiled stories, the explorer's settings, and the
// player settings a story must render correctly under.
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../common/language.js';
import { ENDINGS } from '../../common/vocabulary.js';
import { compileStory } from '../../tools/ink/compile.mjs';
import { exploreAll, playThrough, prefer, seededRandom, startStory } from '../../tools/story/explore.mjs';

export { LANGS, type Lang };

/** Each phase explored from four entry states; a phase over 12,000 states counts as a failure. */
export const EXPLORE = { entriesPerPhase: 4, maxStatesPerPhase: 12_000 } as const;

export const SETTINGS = [
  { partner_name: 'Sam', partner_pronoun: 'he', veil_infidelity: false },
  { partner_name: 'Noa', partner_pronoun: 'she', veil_infidelity: false },
  { partner_name: 'Jules', partner_pronoun: 'he', veil_infidelity: true },
  { partner_name: 'Mira', partner_pronoun: 'she', veil_infidelity: true },
] as const;

const compiled = new Map<Lang, ReturnType<typeof compileStory>>();
export function story(lang: Lang) {
  let hit = compiled.get(lang);
  if (!hit) {
    hit = compileStory(lang);
    compiled.set(lang, hit);
  }
  return hit;
}

/** The exploration tests of one language (one file per language, so they run in parallel). */
export function describeExploration(lang: Lang): void {
  describe(`the ${lang} story, explored`, () => {
    it.each([SETTINGS[0], SETTINGS[3]])(
      'has no dead end, ink error, trap or stray meter ($partner_pronoun, veiled: $veil_infidelity)',
      (settings) => {
        const result = explore(lang, settings);
        expect(result.problems).toEqual([]);
        expect(result.truncated).toBe(false);
        expect(result.states).toBeGreaterThan(100);
        const { knots, stitches } = story(lang).outline;
        const unvisited = [...knots, ...stitches].filter((name) => !result.visitedContainers.has(name));
        expect(unvisited).toEqual([]);
        expect([...result.endings.keys()].sort()).toEqual([...ENDINGS].sort());
        expect(result.choicePoints.size).toBeGreaterThanOrEqual(40);
      },
    );
  });
}

export function explore(lang: Lang, settings: (typeof SETTINGS)[number]) {
  const s = story(lang);
  return exploreAll(s.json, { ...EXPLORE, settings, outline: s.outline });
}

/** A strategy's run: at each choice, the option with the preferred step, else the first open one. */
export function scripted(lang: Lang, kinds: string[], settings: (typeof SETTINGS)[number] = SETTINGS[0]) {
  return playThrough(story(lang).json, prefer(kinds), settings);
}

/** `count` seeded random players, each a list of what they met, reusing one ink Story. */
export function randomPlayers(
  lang: Lang,
  count: number,
  seed: number,
  settings: (typeof SETTINGS)[number] = SETTINGS[0],
) {
  const json = story(lang).json;
  const reuse = startStory(json, settings);
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    playThrough(json, (options) => options[Math.floor(random() * options.length)], settings, reuse),
  );
}
