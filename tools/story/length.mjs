#!/usr/bin/env node
// @ts-check
// How long the story is to read: per language and per phase, the words written and the
// words one playthrough reads on average (seeded random players), and the minutes that
// takes at reading pace. Usage: npm run story:length [-- players] [--side pursuer|withdrawer]
import { compileStory, LANGUAGES, routeLabel, sideArgument } from '../ink/compile.mjs';
import { playThrough, seededRandom, startStory } from './explore.mjs';

/** Reading pace: 250 words a minute (adult silent reading of fiction), 6 s to weigh a choice. */
export const WORDS_PER_MINUTE = 250;
export const SECONDS_PER_CHOICE = 6;

const count = (/** @type {string} */ text) => text.split(/\s+/).filter(Boolean).length;

/**
 * @param {string} lang
 * @param {number} players
 * @param {import('../../common/vocabulary.js').Side} [side]
 */
export function measure(lang, players = 200, side = 'pursuer') {
  const story = compileStory(lang, side);
  const reuse = startStory(story.json);
  const random = seededRandom(9);
  /** @type {Record<string, number>} */ const read = {};
  let words = 0;
  let choices = 0;
  for (let i = 0; i < players; i++) {
    const run = playThrough(story.json, (o) => o[Math.floor(random() * o.length)], {}, reuse);
    let part = 'phase 1';
    for (const line of run.lines) {
      if (line.tags.phase) part = `phase ${line.tags.phase}`;
      if (line.tags.ending) part = 'ending';
      const n = count(line.text);
      read[part] = (read[part] ?? 0) + n;
      words += n;
    }
    const chosen = run.choices.reduce((sum, c) => sum + count(c.text), 0);
    words += chosen;
    choices += run.choices.length;
  }
  const minutes = words / players / WORDS_PER_MINUTE + ((choices / players) * SECONDS_PER_CHOICE) / 60;
  return {
    written: story.stats.words,
    perPlaythrough: Math.round(words / players),
    choices: choices / players,
    minutes,
    byPart: Object.fromEntries(Object.entries(read).map(([k, v]) => [k, Math.round(v / players)])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { side, rest } = sideArgument(process.argv.slice(2), 'pursuer');
  const players = Number(rest[0] ?? 200);
  for (const language of LANGUAGES) {
    const lang = routeLabel(language, side);
    const m = measure(language, players, side);
    console.log(
      `[${lang}] written ${m.written} words; one playthrough reads ${m.perPlaythrough} words and ${m.choices.toFixed(1)} choices: about ${m.minutes.toFixed(1)} minutes`,
    );
    console.log(
      `[${lang}] read per playthrough: ${Object.entries(m.byPart)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
}
