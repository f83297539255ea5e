#!/usr/bin/env node
// @ts-check
// A writer's quick check: compile both languages, explore every reachable state, play
// seeded random players, and print what is wrong.
// Usage: npm run story:check [-- nl|en] [--side pursuer|withdrawer] (default: the pursuer)
import { compileStory, InkBuildError, LANGUAGES, routeLabel, sideArgument } from '../ink/compile.mjs';
import { exploreAll, playThrough, seededRandom, startStory } from './explore.mjs';

const { side, rest } = sideArgument(process.argv.slice(2), 'pursuer');
const langs = rest[0] ? [rest[0]] : LANGUAGES;
let failed = false;
for (const language of langs) {
  const lang = routeLabel(language, side);
  let compiled;
  try {
    compiled = compileStory(language, side);
  } catch (error) {
    if (!(error instanceof InkBuildError)) throw error;
    console.log(`[${lang}] does not build:\n  ${error.problems.join('\n  ')}`);
    failed = true;
    continue;
  }
  const started = Date.now();
  const result = exploreAll(compiled.json, {
    outline: compiled.outline,
    maxStatesPerPhase: Number(process.env.MAX_STATES ?? 4000),
    entriesPerPhase: Number(process.env.ENTRIES ?? 4),
  });
  const ms = Date.now() - started;
  const random = seededRandom(1);
  const reuse = startStory(compiled.json);
  /** @type {Record<string, number>} */ const byEnding = {};
  for (let i = 0; i < 200; i++) {
    const run = playThrough(compiled.json, (opts) => opts[Math.floor(random() * opts.length)] ?? opts[0], {}, reuse);
    byEnding[String(run.ending)] = (byEnding[String(run.ending)] ?? 0) + 1;
  }
  const unvisited = [...compiled.outline.knots, ...compiled.outline.stitches].filter(
    (n) => !result.visitedContainers.has(n),
  );
  console.log(
    `[${lang}] ${compiled.stats.words} words, ${result.choicePoints.size} choice points, ${result.states} states in ${ms} ms${result.truncated ? ' (TRUNCATED)' : ''}`,
  );
  console.log(
    `[${lang}] per phase: ${result.rounds.map((r, i) => `${i + 1}: ${r.states} states from ${r.explored_from} entr${r.explored_from === 1 ? 'y' : 'ies'}${r.truncated ? ' TRUNCATED' : ''}`).join('; ')}`,
  );
  console.log(
    `[${lang}] endings by exploration: ${JSON.stringify(Object.fromEntries(result.endings))}; 200 random players: ${JSON.stringify(byEnding)}`,
  );
  if (unvisited.length) console.log(`[${lang}] never visited: ${unvisited.join(', ')}`);
  const shown = result.problems.slice(0, 40);
  for (const p of shown) console.log(`[${lang}] PROBLEM ${p}`);
  if (result.problems.length > shown.length)
    console.log(`[${lang}] … and ${result.problems.length - shown.length} more problems`);
  if (result.problems.length || unvisited.length) failed = true;
}
process.exit(failed ? 1 : 0);
