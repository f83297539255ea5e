#!/usr/bin/env node
// @ts-check
// `npm run story:report`: per language, the story's size, its choice points, the states
// explored, the endings 1,000 seeded random players reach, how often each knot and stitch
// is visited by them, and whether the dance decides (issue 13): strategy players' finales,
// last-click changes, meters at their limits, scenes that never read the partner.
// Usage: npm run story:report [-- --side pursuer|withdrawer] (no side: both routes, issue 19)
import { dirname } from 'node:path';
import { compileStory, LANGUAGES, routeLabel, SIDES, sideArgument, storyEntry } from '../ink/compile.mjs';
import { forcedReadings, partnerReadings, randomFigures, STRATEGIES, strategyFinales } from './dance-figures.mjs';
import { exploreAll, playThrough, seededRandom, startStory } from './explore.mjs';
import { SECONDS_PER_CHOICE, WORDS_PER_MINUTE } from './length.mjs';

const PLAYERS = Number(process.env.PLAYERS ?? 1000);
/** Random players whose last click is replayed with every other option (each costs a few replays). */
const DANCE_PLAYERS = Number(process.env.DANCE_PLAYERS ?? 300);
const pct = (/** @type {number} */ n, /** @type {number} */ d) => `${((100 * n) / d).toFixed(1)}%`;

const { side: asked } = sideArgument(process.argv.slice(2), undefined);
for (const side of asked ? [asked] : SIDES) for (const lang of LANGUAGES) reportRoute(lang, side);

/**
 * @param {string} lang
 * @param {import('../../common/vocabulary.js').Side} side
 */
function reportRoute(lang, side) {
  const story = compileStory(lang, side);
  const started = performance.now();
  const explored = exploreAll(story.json, { outline: story.outline, entriesPerPhase: 4, maxStatesPerPhase: 12_000 });
  const exploreMs = performance.now() - started;

  const reuse = startStory(story.json);
  const random = seededRandom(2026);
  /** @type {Map<string, number>} */ const endings = new Map();
  /** @type {Map<string, number>} */ const visits = new Map();
  let choices = 0;
  let wordsRead = 0;
  const names = [...story.outline.knots, ...story.outline.stitches];
  const playStarted = performance.now();
  for (let i = 0; i < PLAYERS; i++) {
    const run = playThrough(story.json, (opts) => opts[Math.floor(random() * opts.length)], {}, reuse);
    choices += run.choices.length;
    wordsRead += [...run.lines.map((l) => l.text), ...run.choices.map((c) => c.text)]
      .join(' ')
      .split(/\s+/)
      .filter(Boolean).length;
    endings.set(String(run.ending), (endings.get(String(run.ending)) ?? 0) + 1);
    for (const name of names) if (reuse.engine.visits(name) > 0) visits.set(name, (visits.get(name) ?? 0) + 1);
  }
  const playMs = performance.now() - playStarted;

  console.log(`\n== ${routeLabel(lang, side)} ==`);
  console.log(`words                ${story.stats.words}`);
  console.log(`knots / stitches     ${story.outline.knots.length} / ${story.outline.stitches.length}`);
  console.log(`choice points        ${explored.choicePoints.size} (ink choices written: ${story.stats.choices})`);
  console.log(
    `states explored      ${explored.states} in ${(exploreMs / 1000).toFixed(1)} s (${Math.round(explored.states / (exploreMs / 1000))} states/s), per phase: ${explored.rounds.map((r) => r.states).join(' / ')}${explored.truncated ? ' — TRUNCATED' : ''}`,
  );
  console.log(`problems             ${explored.problems.length}`);
  console.log(
    `random players       ${PLAYERS}, ${(choices / PLAYERS).toFixed(1)} choices each on average, ${(playMs / PLAYERS).toFixed(1)} ms each`,
  );
  const perRun = wordsRead / PLAYERS;
  // The pace tools/story/length.mjs uses (and the story test that holds it to 20–35 minutes).
  const minutes = perRun / WORDS_PER_MINUTE + ((choices / PLAYERS) * SECONDS_PER_CHOICE) / 60;
  console.log(
    `one playthrough      ${Math.round(perRun)} words read; about ${minutes.toFixed(1)} minutes at reading pace (${WORDS_PER_MINUTE} words a minute, ${SECONDS_PER_CHOICE} s a choice)`,
  );
  console.log('endings reached:');
  for (const [ending, n] of [...endings].sort((a, b) => b[1] - a[1]))
    console.log(`  ${ending.padEnd(14)} ${String(n).padStart(5)}  ${pct(n, PLAYERS)}`);
  reportDance(story, lang, side);
  console.log('coverage per knot and stitch (share of random players who passed through):');
  for (const name of names) console.log(`  ${name.padEnd(34)} ${pct(visits.get(name) ?? 0, PLAYERS).padStart(6)}`);
}

/**
 * Whether the dance decides (issue 13), for one route in one language.
 * @param {ReturnType<typeof compileStory>} story
 * @param {string} lang
 * @param {import('../../common/vocabulary.js').Side} side
 */
function reportDance(story, lang, side) {
  console.log('the dance decides:');
  for (const kind of STRATEGIES) {
    const r = strategyFinales(story.json, kind);
    console.log(
      `  always ${kind.padEnd(9)} → ${String(r.ending).padEnd(13)} last choice replayed: ${r.kept} of ${r.finales.length} open answers keep its ending (${pct(r.kept, r.finales.length)}) [${r.finales.map((f) => `${f.step ?? '-'}→${f.ending}`).join(', ')}]; highest pursue/withdraw before phase 3: ${r.peakBeforePhase3}`,
    );
  }
  const dance = randomFigures(story.json, DANCE_PLAYERS, 2026);
  console.log(
    `  random players       ${DANCE_PLAYERS}: changing only the last click changes the ending for ${pct(dance.lastClickChanged * DANCE_PLAYERS, DANCE_PLAYERS)}`,
  );
  console.log(
    `  meters at a limit    ${pct(dance.atLimit * dance.choicePoints, dance.choicePoints)} of ${dance.choicePoints} choice points (pursue, withdraw or distance at 10, or distance at 0)`,
  );
  console.log(
    `  the partner          close ${pct(dance.partner.close, dance.choicePoints)}, unsure ${pct(dance.partner.unsure, dance.choicePoints)}, far ${pct(dance.partner.far, dance.choicePoints)} of choice points`,
  );
  // The route's own prose: the files in its entry's folder (not common/ or words.ink).
  const folder = dirname(storyEntry(lang, side));
  const scenes = partnerReadings(story.files.filter((f) => dirname(f) === folder));
  const silent = scenes.filter((sc) => !sc.reads);
  console.log(
    `  scenes reading him   ${scenes.length - silent.length} of ${scenes.length}${silent.length ? ` — not yet: ${silent.map((sc) => sc.name).join(', ')}` : ''}`,
  );
  const forced = forcedReadings(story.json, story.outline, 20, 4);
  const same = [...forced.scenes].filter(([, changed]) => !changed).map(([name]) => name);
  console.log(
    `  held close vs far    ${forced.scenes.size - same.length} of ${forced.scenes.size} scenes passed read differently${same.length ? ` (the same: ${same.join(', ')})` : ''}; phases that change: ${[
      ...forced.phases,
    ]
      .filter(([, c]) => c)
      .map(([p]) => p)
      .join(', ')}`,
  );
}
