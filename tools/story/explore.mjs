// @ts-check
// Plays the compiled story for real with the inkjs runtime: every reachable state
// (deduplicated and bounded), seeded random players, and scripted strategies. The story
// tests and `npm run story:report` stand on this; so can a writer checking one scene.
import { Story } from 'inkjs';
import { parseTags } from '../../src/engine/vocabulary.js';

export { parseTags };

/** @typedef {{ text: string, tags: Record<string, string> }} Line */
/** @typedef {{ index: number, text: string, tags: Record<string, string>, locked: boolean, path: string }} Option */
/**
 * @typedef {object} Segment  what the story shows between two choice points
 * @property {Line[]} lines
 * @property {Option[]} options
 * @property {string | null} ending
 * @property {string[]} errors  ink errors and warnings raised while continuing
 */
/** @typedef {{ partner_name?: string, partner_pronoun?: string, veil_infidelity?: boolean }} Settings */

const METER_RANGES = /** @type {const} */ ({
  pursue: [0, 10],
  withdraw: [0, 10],
  partner_distance: [0, 10],
  disappointments: [0, 3],
  phase: [1, 5],
});

/**
 * A fresh story with the player's settings applied and error capture on.
 * @param {string} json
 * @param {Settings} [settings]
 */
export function startStory(json, settings = {}) {
  const story = new Story(json);
  /** @type {string[]} */
  const errors = [];
  story.onError = (message) => errors.push(message);
  for (const [name, value] of Object.entries(settings)) story.variablesState.$(name, value);
  return { story, errors };
}

/**
 * Continue until the next choice point or the end, collecting lines and tags.
 * @param {InstanceType<typeof Story>} story
 * @param {string[]} errors  the sink given to story.onError
 * @returns {Segment}
 */
export function continueToChoice(story, errors) {
  const before = errors.length;
  /** @type {Line[]} */
  const lines = [];
  let ending = null;
  let guard = 0;
  while (story.canContinue) {
    if (++guard > 5000) {
      errors.push('more than 5000 lines without a choice: a loop without exit?');
      break;
    }
    const text = story.Continue() ?? '';
    const tags = parseTags(story.currentTags);
    // The `# phase:` tag is the single source of the phase; mirror it into ink's variable.
    if (tags.phase) story.variablesState.$('phase', Number(tags.phase));
    if (tags.ending) ending = tags.ending;
    if (text.trim() || Object.keys(tags).length) lines.push({ text: text.trim(), tags });
  }
  const options = story.currentChoices.map((choice, index) => {
    const tags = parseTags(choice.tags);
    return { index, text: choice.text, tags, locked: tags.locked === 'true', path: choice.sourcePath ?? '' };
  });
  return { lines, options, ending, errors: errors.slice(before) };
}

/** The meters and counters, as numbers (or strings for last_step). */
export function readVariables(/** @type {InstanceType<typeof Story>} */ story) {
  /** @type {Record<string, unknown>} */
  const out = {};
  // inkjs keeps the declared globals in a private map; it is the only full list there is.
  const globals = /** @type {{ _globalVariables: Map<string, unknown> }} */ (/** @type {unknown} */ (story.variablesState));
  for (const name of globals._globalVariables.keys()) out[name] = story.variablesState.$(name);
  return out;
}

/** Problems with the meters: any value out of its range. */
export function meterProblems(/** @type {Record<string, unknown>} */ vars) {
  const problems = [];
  for (const [name, [low, high]] of Object.entries(METER_RANGES)) {
    const value = Number(vars[name]);
    if (!(value >= low && value <= high)) problems.push(`${name} = ${vars[name]} is outside ${low}–${high}`);
  }
  return problems;
}

/** A choice point's identity: the ink container its choices are written in. */
export function choicePointId(/** @type {Option[]} */ options) {
  const first = options[0]?.path ?? '';
  return first.split('.').slice(0, -1).join('.');
}

/**
 * Visit counts of named containers (knots, stitches, labelled gathers): the part of
 * ink's history that prose can read back ("if you went to the café"). Choice and
 * anonymous gather counters are left out so that states that differ only in them merge.
 * @param {string} stateJson
 */
function namedVisits(stateJson) {
  const state = JSON.parse(stateJson);
  const flows = state.flows ?? {};
  const visits = state.visitCounts ?? {};
  const named = Object.entries(visits)
    .filter(([path]) => path.split('.').every((part) => /^[A-Za-z_]\w*$/.test(part) && !part.startsWith('c-') && !part.startsWith('g-')))
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([named, Object.keys(flows)]);
}

/**
 * Exhaustive exploration of every reachable state, merging states that have the same
 * choice point, variables and named visit counts. Bounded by `maxStates`.
 * @param {string} json
 * @param {{ settings?: Settings, maxStates?: number, outline?: { knots: string[], stitches: string[] } }} [options]
 */
export function exploreAll(json, options = {}) {
  const maxStates = options.maxStates ?? 200_000;
  const { story, errors } = startStory(json, options.settings);
  const first = continueToChoice(story, errors);

  /** @type {Map<string, { edges: string[], ending: string | null }>} */
  const graph = new Map();
  /** @type {Map<string, number>} */ const endings = new Map();
  /** @type {string[]} */ const problems = [];
  /** @type {Set<string>} */ const choicePoints = new Set();
  /** @type {Set<string>} */ const visitedContainers = new Set();
  const collect = () => {
    for (const name of [...(options.outline?.knots ?? []), ...(options.outline?.stitches ?? [])]) {
      if (!visitedContainers.has(name) && (story.state.VisitCountAtPathString(name) ?? 0) > 0) visitedContainers.add(name);
    }
  };
  let truncated = false;

  /** @param {Segment} segment @param {string} where */
  const checkSegment = (segment, where) => {
    for (const e of segment.errors) problems.push(`${where}: ink: ${e}`);
    for (const p of meterProblems(readVariables(story))) problems.push(`${where}: ${p}`);
    if (!segment.ending && segment.options.length === 0) problems.push(`${where}: dead end — the story stops without an ending`);
    if (segment.options.length > 0 && segment.options.every((o) => o.locked)) problems.push(`${where}: every option is locked`);
  };

  const keyOf = () => {
    const s = story.state.toJson();
    return JSON.stringify([story.currentChoices.map((c) => c.sourcePath), readVariables(story), namedVisits(s)]);
  };

  checkSegment(first, 'start');
  collect();
  const rootKey = keyOf();
  /** @type {{ key: string, state: string, segment: Segment, trail: string }[]} */
  const stack = [{ key: rootKey, state: story.state.toJson(), segment: first, trail: 'start' }];
  graph.set(rootKey, { edges: [], ending: first.ending });
  if (first.ending) endings.set(first.ending, 1);

  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    const takeable = node.segment.options.filter((o) => !o.locked);
    if (takeable.length > 0) choicePoints.add(choicePointId(node.segment.options));
    /** @type {string[]} */ const outcomes = [];
    for (const option of takeable) {
      story.state.LoadJson(node.state);
      const before = readVariables(story);
      story.ChooseChoiceIndex(option.index);
      const segment = continueToChoice(story, errors);
      const after = readVariables(story);
      const where = `${node.trail} → "${option.text}"`;
      checkSegment(segment, where);
      checkStep(option, before, after, where, problems);
      collect();
      outcomes.push(JSON.stringify([segment.lines, after, segment.options.map((o) => o.text)]));
      const key = keyOf();
      /** @type {{ edges: string[] }} */ (graph.get(node.key)).edges.push(key);
      if (segment.ending) endings.set(segment.ending, (endings.get(segment.ending) ?? 0) + 1);
      if (!graph.has(key)) {
        graph.set(key, { edges: [], ending: segment.ending });
        if (graph.size >= maxStates) { truncated = true; break; }
        if (segment.options.length > 0) {
          stack.push({ key, state: story.state.toJson(), segment, trail: shortTrail(where) });
        }
      }
    }
    if (takeable.length > 1 && new Set(outcomes).size === 1) {
      problems.push(`${node.trail}: all options at ${choicePointId(node.segment.options)} lead to the same text and meters`);
    }
    if (truncated) break;
  }

  // Every state must still be able to reach an ending: a cycle with no way out is a trap.
  const reachesEnding = new Set([...graph].filter(([, n]) => n.ending).map(([k]) => k));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [key, node] of graph) {
      if (!reachesEnding.has(key) && node.edges.some((e) => reachesEnding.has(e))) { reachesEnding.add(key); grew = true; }
    }
  }
  const trapped = truncated ? 0 : graph.size - reachesEnding.size;
  if (trapped > 0) problems.push(`${trapped} state(s) can never reach an ending (a loop without exit)`);

  return { states: graph.size, truncated, endings, problems, choicePoints, visitedContainers };
}

/** A step-tagged choice calls its step function exactly once; an untagged one calls none. */
function checkStep(
  /** @type {Option} */ option,
  /** @type {Record<string, unknown>} */ before,
  /** @type {Record<string, unknown>} */ after,
  /** @type {string} */ where,
  /** @type {string[]} */ problems,
) {
  const taken = Number(after.steps) - Number(before.steps);
  const kind = option.tags.step;
  if (kind) {
    if (taken !== 1 || after.last_step !== kind) {
      problems.push(`${where}: tagged "step: ${kind}" but took ${taken} step(s), last "${after.last_step}" (call step_${kind} once)`);
    }
  } else if (taken !== 0) {
    problems.push(`${where}: an untagged choice took ${taken} step(s) — tag it with its step kind`);
  }
}

function shortTrail(/** @type {string} */ trail) {
  return trail.length > 300 ? `…${trail.slice(-300)}` : trail;
}

/** A small seeded PRNG (mulberry32) so random players are reproducible. */
export function seededRandom(/** @type {number} */ seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Play one run to its end, letting `pick` choose among the takeable options.
 * @param {string} json
 * @param {(options: Option[], vars: Record<string, unknown>) => Option | undefined} pick
 * @param {Settings} [settings]
 */
export function playThrough(json, pick, settings = {}) {
  const { story, errors } = startStory(json, settings);
  /** @type {Line[]} */ const lines = [];
  /** @type {{ text: string, step: string | undefined }[]} */ const choices = [];
  let segment = continueToChoice(story, errors);
  lines.push(...segment.lines);
  while (!segment.ending && segment.options.length > 0) {
    const takeable = segment.options.filter((o) => !o.locked);
    if (takeable.length === 0) break;
    const option = pick(takeable, readVariables(story)) ?? takeable[0];
    if (!option) break;
    choices.push({ text: option.text, step: option.tags.step });
    story.ChooseChoiceIndex(option.index);
    segment = continueToChoice(story, errors);
    lines.push(...segment.lines);
    if (choices.length > 2000) break;
  }
  return { ending: segment.ending, lines, choices, errors, variables: readVariables(story) };
}

/** A strategy that prefers one step kind, then the listed fallbacks, then the first option. */
export function prefer(/** @type {string[]} */ kinds) {
  return (/** @type {Option[]} */ options) => {
    for (const kind of kinds) {
      const match = options.find((o) => o.tags.step === kind);
      if (match) return match;
    }
    return options[0];
  };
}
