// @ts-check
// The story's side of the benchmark, in Node: the scripted path both pages play, and the
// explorer's throughput (tools/story/explore.mjs) and how its cost grows.
import { gzipSync } from 'node:zlib';
import { encodeSave } from '../../src/engine';
import { advance, exploreAll, startStory } from '../story/explore.mjs';
import { growthExponent } from './stats.mjs';

/** The settings the game starts with when the player changes nothing (and the peer uses). */
/** @type {import('../story/explore.mjs').Settings} */
export const DEFAULT_SETTINGS = { partner_name: 'Sam', partner_pronoun: 'he', veil_infidelity: false };

/**
 * The ink choice indexes of one full playthrough that always takes the first option that is
 * not locked — the path both the game and the peer are driven along.
 */
export function scriptedPath(/** @type {string} */ json) {
  const player = startStory(json, DEFAULT_SETTINGS);
  /** @type {number[]} */
  const path = [];
  let segment = advance(player, (e) => e.start());
  while (!segment.ending && segment.options.length > 0) {
    const option = segment.options.find((o) => !o.locked);
    if (!option) throw new Error('scripted path: every option is locked');
    path.push(option.index);
    segment = advance(player, (e) => e.choose(option.index));
    if (path.length > 2000) throw new Error('scripted path: no ending after 2,000 choices');
  }
  if (player.errors.length) throw new Error(`scripted path: ${player.errors.join('; ')}`);
  if (!segment.ending) throw new Error('scripted path: the story stopped without an ending');
  return { path, ending: segment.ending };
}

/**
 * The save the game writes at the ending of the scripted playthrough (encodeSave, as the
 * autosave does), per language: its size in bytes (UTF-8) and gzipped. The engine is the
 * game's, so this is the browser's save without the browser.
 * @param {{ json: string, hash: string }} compiled
 * @param {'nl' | 'en'} lang
 */
export function saveAtEnding(compiled, lang) {
  const { path, ending } = scriptedPath(compiled.json);
  const { engine } = startStory(compiled.json, DEFAULT_SETTINGS, { record: true });
  let beat = engine.start();
  for (const index of path) beat = engine.choose(index);
  if (!beat.finished) throw new Error('save at the ending: the scripted path did not end');
  const text = encodeSave(engine.snapshot(), { storyHash: compiled.hash, lang });
  return {
    choices: path.length,
    ending,
    bytes: Buffer.byteLength(text, 'utf8'),
    gzip: gzipSync(text, { level: 9 }).length,
  };
}

/**
 * Exploration throughput and its growth. The explorer's work is the number of distinct
 * states it visits; the honest way to make "a bigger story" of the same story is to let it
 * explore more of it: each phase is explored from 1, 2, 4, … entry states (the tests use 4),
 * which multiplies the states visited. Time against states, fitted as time ∝ states^b, says
 * how the cost grows: b ≈ 1 is linear.
 * @param {{ json: string, outline: { knots: string[], stitches: string[] } }} compiled
 * @param {number[]} entries
 */
export function explorationGrowth(compiled, entries) {
  const run = (/** @type {number} */ entriesPerPhase) => {
    const started = performance.now();
    const result = exploreAll(compiled.json, {
      entriesPerPhase,
      maxStatesPerPhase: 12_000,
      outline: compiled.outline,
      settings: DEFAULT_SETTINGS,
    });
    const seconds = (performance.now() - started) / 1000;
    return {
      entriesPerPhase,
      states: result.states,
      truncated: result.truncated,
      seconds,
      statesPerSecond: result.states / seconds,
    };
  };
  run(1); // warm-up: the JIT and the parsed story, not measured
  const points = entries.map(run);
  return { points, exponent: growthExponent(points) };
}
