#!/usr/bin/env node
// @ts-check
// `npm run story:report`: per language, the story's size, its choice points, the states
// explored, the endings 1,000 seeded random players reach, and how often each knot and
// stitch is visited by them.
import { compileStory, LANGUAGES } from '../ink/compile.mjs';
import { exploreAll, playThrough, seededRandom, startStory } from './explore.mjs';
import { SECONDS_PER_CHOICE, WORDS_PER_MINUTE } from './length.mjs';

const PLAYERS = Number(process.env.PLAYERS ?? 1000);
const pct = (/** @type {number} */ n, /** @type {number} */ d) => `${((100 * n) / d).toFixed(1)}%`;

for (const lang of LANGUAGES) {
  const story = compileStory(lang);
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
    wordsRead += [...run.lines.map((l) => l.text), ...run.choices.map((c) => c.text)].join(' ').split(/\s+/).filter(Boolean).length;
    endings.set(String(run.ending), (endings.get(String(run.ending)) ?? 0) + 1);
    for (const name of names) if ((reuse.story.state.VisitCountAtPathString(name) ?? 0) > 0) visits.set(name, (visits.get(name) ?? 0) + 1);
  }
  const playMs = performance.now() - playStarted;

  console.log(`\n== ${lang} ==`);
  console.log(`words                ${story.stats.words}`);
  console.log(`knots / stitches     ${story.outline.knots.length} / ${story.outline.stitches.length}`);
  console.log(`choice points        ${explored.choicePoints.size} (ink choices written: ${story.stats.choices})`);
  console.log(`states explored      ${explored.states} in ${(exploreMs / 1000).toFixed(1)} s (${Math.round(explored.states / (exploreMs / 1000))} states/s), per phase: ${explored.rounds.map((r) => r.states).join(' / ')}${explored.truncated ? ' — TRUNCATED' : ''}`);
  console.log(`problems             ${explored.problems.length}`);
  console.log(`random players       ${PLAYERS}, ${(choices / PLAYERS).toFixed(1)} choices each on average, ${(playMs / PLAYERS).toFixed(1)} ms each`);
  const perRun = wordsRead / PLAYERS;
  // The pace tools/story/length.mjs uses (and the story test that holds it to 20–35 minutes).
  const minutes = perRun / WORDS_PER_MINUTE + ((choices / PLAYERS) * SECONDS_PER_CHOICE) / 60;
  console.log(`one playthrough      ${Math.round(perRun)} words read; about ${minutes.toFixed(1)} minutes at reading pace (${WORDS_PER_MINUTE} words a minute, ${SECONDS_PER_CHOICE} s a choice)`);
  console.log('endings reached:');
  for (const [ending, n] of [...endings].sort((a, b) => b[1] - a[1])) console.log(`  ${ending.padEnd(14)} ${String(n).padStart(5)}  ${pct(n, PLAYERS)}`);
  console.log('coverage per knot and stitch (share of random players who passed through):');
  for (const name of names) console.log(`  ${name.padEnd(34)} ${pct(visits.get(name) ?? 0, PLAYERS).padStart(6)}`);
}
