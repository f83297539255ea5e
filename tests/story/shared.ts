// What every story test reads: the compiled stories, the explorer's settings, and the
// player settings a story must render correctly under.
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../common/language.js';
import { ENDINGS, SIDES, type Side } from '../../common/vocabulary.js';
import { compileStory } from '../../tools/ink/compile.mjs';
import { exploreAll, playThrough, prefer, seededRandom, startStory } from '../../tools/story/explore.mjs';

export { LANGS, type Lang, SIDES, type Side };

/** The folder a route's text lives in, from the project root: `story/nl` or `story/withdrawer/nl`. */
export const textFolder = (lang: Lang, side: Side = 'pursuer'): string =>
  side === 'pursuer' ? `story/${lang}` : `story/${side}/${lang}`;

/** The ink files of one route's language folder (its text), not the shared mechanics or words. */
export const textFiles = (lang: Lang, side: Side = 'pursuer'): string[] =>
  story(lang, side).files.filter((f) => f.includes(`/${textFolder(lang, side)}/`));

/** How a test names a route: "the nl story" or "the withdrawer's nl story". */
export const routeName = (lang: Lang, side: Side = 'pursuer'): string =>
  side === 'pursuer' ? `the ${lang} story` : `the ${side}'s ${lang} story`;

/** Every route: each side in each language, for `describe.each(ROUTES)('$name', …)`. */
export const ROUTES = SIDES.flatMap((side) => LANGS.map((lang) => ({ side, lang, name: routeName(lang, side) })));

/**
 * Whether the withdrawer's route (story/withdrawer/, issue 19) is written. Until it is, its
 * content checks (every knot, every ending, size, strategies, prose) are skipped with
 * `it.skipIf(!WITHDRAWER_WRITTEN)`; its structural checks (it builds, no dead end or error)
 * run now. The lead flips this to true when the route is written.
 */
export const WITHDRAWER_WRITTEN = true;

/** Whether a side's content checks run: always for the pursuer, for the withdrawer once written. */
export const written = (side: Side): boolean => side === 'pursuer' || WITHDRAWER_WRITTEN;

/** Each phase explored from four entry states; a phase over 12,000 states counts as a failure. */
export const EXPLORE = { entriesPerPhase: 4, maxStatesPerPhase: 12_000 } as const;

export const SETTINGS = [
  { partner_name: 'Sam', partner_pronoun: 'he', veil_infidelity: false },
  { partner_name: 'Noa', partner_pronoun: 'she', veil_infidelity: false },
  { partner_name: 'Jules', partner_pronoun: 'he', veil_infidelity: true },
  { partner_name: 'Mira', partner_pronoun: 'she', veil_infidelity: true },
] as const;

const compiled = new Map<string, ReturnType<typeof compileStory>>();
export function story(lang: Lang, side: Side = 'pursuer') {
  let hit = compiled.get(`${side}/${lang}`);
  if (!hit) {
    hit = compileStory(lang, side);
    compiled.set(`${side}/${lang}`, hit);
  }
  return hit;
}

/** The exploration tests of one language and side (one file each, so they run in parallel). */
export function describeExploration(lang: Lang, side: Side = 'pursuer'): void {
  const name = routeName(lang, side);
  const results = new Map<string, ReturnType<typeof explore>>();
  const explored = (settings: (typeof SETTINGS)[number]) => {
    let hit = results.get(settings.partner_name);
    if (!hit) {
      hit = explore(lang, settings, side);
      results.set(settings.partner_name, hit);
    }
    return hit;
  };
  describe(`${name}, explored`, () => {
    it.each([SETTINGS[0], SETTINGS[3]])(
      'has no dead end, ink error, trap or stray meter ($partner_pronoun, veiled: $veil_infidelity)',
      (settings) => {
        const result = explored(settings);
        expect(result.problems).toEqual([]);
        expect(result.truncated).toBe(false);
      },
    );
    it.skipIf(!written(side)).each([SETTINGS[0], SETTINGS[3]])(
      'visits every knot and stitch and reaches every ending ($partner_pronoun, veiled: $veil_infidelity)',
      (settings) => {
        const result = explored(settings);
        expect(result.states).toBeGreaterThan(100);
        const { knots, stitches } = story(lang, side).outline;
        const unvisited = [...knots, ...stitches].filter((knot) => !result.visitedContainers.has(knot));
        expect(unvisited).toEqual([]);
        expect([...result.endings.keys()].sort()).toEqual([...ENDINGS].sort());
        expect(result.choicePoints.size).toBeGreaterThanOrEqual(side === 'pursuer' ? 40 : 35);
      },
    );
  });
}

export function explore(lang: Lang, settings: (typeof SETTINGS)[number], side: Side = 'pursuer') {
  const s = story(lang, side);
  return exploreAll(s.json, { ...EXPLORE, settings, outline: s.outline });
}

/** A strategy's run: at each choice, the option with the preferred step, else the first open one. */
export function scripted(
  lang: Lang,
  kinds: string[],
  settings: (typeof SETTINGS)[number] = SETTINGS[0],
  side: Side = 'pursuer',
) {
  return playThrough(story(lang, side).json, prefer(kinds), settings);
}

/** `count` seeded random players, each a list of what they met, reusing one ink Story. */
export function randomPlayers(
  lang: Lang,
  count: number,
  seed: number,
  settings: (typeof SETTINGS)[number] = SETTINGS[0],
  side: Side = 'pursuer',
) {
  const json = story(lang, side).json;
  const reuse = startStory(json, settings);
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    playThrough(json, (options) => options[Math.floor(random() * options.length)], settings, reuse),
  );
}
