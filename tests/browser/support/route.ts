// A route as the build under test holds it, walked in Node with the engine the game ships:
// what a player who pressed these number keys on that side sees, to hold the page against.
// The text comes from the very story chunks the page loads, so a rewritten line changes both
// sides of the comparison; a page that plays the other side's story matches neither.
import type { Page } from 'playwright-core';
import { type Beat, type EndingId, type Lang, type Side, StoryEngine } from '../../../src/engine';
import { builtStory } from './saves';

export interface Route {
  readonly side: Side;
  readonly lang: Lang;
  readonly partnerName: string;
}

export interface RouteBeat {
  /** The beat's lines as the page shows them (the ones with words, trimmed). */
  readonly lines: readonly string[];
  readonly ending: EndingId | null;
}

/**
 * Walk `route` with the title screen's defaults (pronoun he, no veil): `pick` names the
 * index of the next choice from the beat and the number of choices taken, or null to stop.
 */
async function walk(
  builtDir: string,
  route: Route,
  pick: (beat: Beat, taken: number) => number | null,
): Promise<RouteBeat> {
  const story = await builtStory(builtDir, route.lang, route.side);
  const engine = new StoryEngine(story.json, {
    partnerName: route.partnerName,
    partnerPronoun: 'he',
    veilInfidelity: false,
  });
  let beat = engine.start();
  for (let taken = 0, index = pick(beat, 0); index !== null; index = pick(beat, ++taken)) {
    beat = engine.choose(index);
  }
  return { lines: beat.lines.map((line) => line.text.trim()).filter(Boolean), ending: beat.ending };
}

/** The beat a player reaches on `route` by pressing `keys` (number keys: 1 is the first choice shown). */
export function routeBeat(builtDir: string, route: Route, keys: readonly number[]): Promise<RouteBeat> {
  return walk(builtDir, route, (_beat, taken) => {
    const key = keys[taken];
    return key === undefined ? null : key - 1;
  });
}

/**
 * The ending a scripted player reaches on `route`: at each choice the first open option of
 * the first preferred kind, else the first open one (as support/play.ts's moment picks).
 */
export function strategyEnding(builtDir: string, route: Route, kinds: readonly string[]): Promise<RouteBeat> {
  return walk(builtDir, route, (beat) => {
    if (beat.finished) return null;
    const open = beat.choices.filter((c) => !c.locked);
    const choice = kinds.map((kind) => open.find((c) => c.step === kind)).find(Boolean) ?? open[0];
    if (!choice) throw new Error('no choice can be taken');
    return choice.index;
  });
}

/** The story's lines on the page now, as RouteBeat has them (a sound's caption left out). */
export function shownLines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.story-lines p.line')]
      .map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelector('.caption')?.remove();
        return (copy.textContent ?? '').trim();
      })
      .filter(Boolean),
  );
}
