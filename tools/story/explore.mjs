// @ts-check
// Plays the compiled story for real with the inkjs runtime: every reachable state
// (deduplicated and bounded), seeded random players, and scripted strategies. The story
// tests and `npm run story:report` stand on this; so can a writer checking one scene.
import { Story } from 'inkjs';
import { seededRandom } from '../../common/seeded-random.js';
import { parseTags } from '../../common/vocabulary.js';

export { parseTags, seededRandom };

/** @typedef {{ text: string, tags: Record<string, string>, path: string }} Line  path: where in the ink the line began (knot.stitch…) */
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
    const before = story.state.currentPathString ?? '';
    const text = story.Continue() ?? '';
    // Where the line ended is the knot it belongs to (where it began can still be the
    // divert out of the previous knot); at the very end there is no pointer left.
    const path = story.state.previousPointer?.path?.toString() ?? before;
    const tags = parseTags(story.currentTags);
    // The `# phase:` tag is the single source of the phase; mirror it into ink's variable.
    if (tags.phase) story.variablesState.$('phase', Number(tags.phase));
    if (tags.ending) ending = tags.ending;
    if (text.trim() || Object.keys(tags).length) lines.push({ text: text.trim(), tags, path });
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
  const globals = /** @type {{ _globalVariables: Map<string, unknown> }} */ (
    /** @type {unknown} */ (story.variablesState)
  );
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

/**
 * The meters whose exact values are not part of a state's identity. They reach the
 * story's flow only through locks (part of the key: the choices' tags) and the endings'
 * pattern; the seeded random and scripted players cover their values. Every other
 * variable — the writers' flags, held, rounds, disappointments, the letter — is.
 */
const CONTINUOUS = new Set([
  'pursue',
  'withdraw',
  'partner_distance',
  'pursue_fine',
  'withdraw_fine',
  'distance_fine',
  'chase',
  'held_first_phase',
  'gave_last_phase',
  'grounded',
  'pursued',
  'withdrew',
  'steps',
  'last_step',
]);

/** A choice point's identity: the ink container its choices are written in. */
export function choicePointId(/** @type {Option[]} */ options) {
  const first = options[0]?.path ?? '';
  return first.split('.').slice(0, -1).join('.');
}

/**
 * Exploration of every reachable state, phase by phase. States merge when they share
 * the choice point, every variable, and the visit counts of every knot and stitch (the
 * history prose can read back). Within a phase the exploration is exhaustive; at each
 * `# pause:` (the end of a phase) the distinct states are collected, and a spread of
 * them — from the most pursuing to the most withdrawing player — is where the next phase
 * is explored from. That keeps a 50-choice story with meters tractable (the full product
 * of paths is astronomically large) while every phase is explored from every kind of
 * player. Bounded by `maxStatesPerPhase`.
 * @param {string} json
 * @param {{ settings?: Settings, maxStatesPerPhase?: number, entriesPerPhase?: number, outline?: { knots: string[], stitches: string[] } }} [options]
 */
export function exploreAll(json, options = {}) {
  const maxStates = options.maxStatesPerPhase ?? 60_000;
  const entriesPerPhase = options.entriesPerPhase ?? Infinity;
  const names = [...(options.outline?.knots ?? []), ...(options.outline?.stitches ?? [])];
  const { story, errors } = startStory(json, options.settings);

  /** @type {Map<string, number>} */ const endings = new Map();
  /** @type {string[]} */ const problems = [];
  /** @type {Set<string>} */ const choicePoints = new Set();
  /** @type {Set<string>} */ const visitedContainers = new Set();
  /** @type {{ states: number, exits: number, explored_from: number, truncated: boolean }[]} */ const rounds = [];
  let states = 0;
  let truncated = false;

  const collect = () => {
    for (const name of names) {
      if (!visitedContainers.has(name) && (story.state.VisitCountAtPathString(name) ?? 0) > 0)
        visitedContainers.add(name);
    }
  };
  const keyOf = (/** @type {Record<string, unknown>} */ vars) =>
    JSON.stringify([
      story.currentChoices.map((c) => [c.sourcePath, c.tags?.join('#')]),
      Object.entries(vars).filter(([name]) => !CONTINUOUS.has(name)),
      names.map((n) => story.state.VisitCountAtPathString(n) ?? 0),
    ]);

  /** @param {Segment} segment @param {Record<string, unknown>} vars @param {string} where */
  const checkSegment = (segment, vars, where) => {
    for (const e of segment.errors) problems.push(`${where}: ink: ${e}`);
    for (const p of meterProblems(vars)) problems.push(`${where}: ${p}`);
    if (!segment.ending && segment.options.length === 0)
      problems.push(`${where}: dead end — the story stops without an ending`);
    if (segment.options.length > 0 && segment.options.every((o) => o.locked))
      problems.push(`${where}: every option is locked`);
    for (const o of segment.options) {
      if ('locked' in o.tags && o.tags.locked !== 'true' && o.tags.locked !== 'false') {
        problems.push(`${where}: the lock on "${o.text}" printed "${o.tags.locked}", not true or false`);
      }
    }
    if (segment.ending && segment.options.length > 0)
      problems.push(`${where}: the ending "${segment.ending}" still offers choices`);
  };

  /** @typedef {{ key: string, state: string, segment: Segment, trail: string, vars: Record<string, unknown> }} Node */
  const first = continueToChoice(story, errors);
  const firstVars = readVariables(story);
  checkSegment(first, firstVars, 'start');
  collect();
  if (first.ending) endings.set(first.ending, 1);
  /** @type {Node[]} */
  let frontier = first.options.length
    ? [{ key: keyOf(firstVars), state: story.state.toJson(), segment: first, trail: 'start', vars: firstVars }]
    : [];

  while (frontier.length > 0) {
    /** @type {Map<string, { edges: string[], done: boolean }>} */
    const graph = new Map();
    /** @type {Map<string, Node>} */
    const exits = new Map();
    for (const node of frontier) graph.set(node.key, { edges: [], done: false });
    /** @type {Node[]} */
    const stack = [...frontier];
    let roundTruncated = false;

    while (stack.length > 0 && !roundTruncated) {
      const node = stack.pop();
      if (!node) break;
      const takeable = node.segment.options.filter((o) => !o.locked);
      if (takeable.length > 0) choicePoints.add(choicePointId(node.segment.options));
      /** @type {string[]} */ const outcomes = [];
      for (const option of takeable) {
        story.state.LoadJson(node.state);
        story.ChooseChoiceIndex(option.index);
        const segment = continueToChoice(story, errors);
        const vars = readVariables(story);
        const where = `${node.trail} → "${option.text}"`;
        checkSegment(segment, vars, where);
        checkStep(option, node.vars, vars, where, problems);
        collect();
        outcomes.push(
          JSON.stringify([segment.lines.map((l) => [l.text, l.tags]), vars, segment.options.map((o) => o.text)]),
        );
        const key = keyOf(vars);
        /** @type {{ edges: string[] }} */ (graph.get(node.key)).edges.push(key);
        if (segment.ending) endings.set(segment.ending, (endings.get(segment.ending) ?? 0) + 1);
        if (graph.has(key)) continue;
        const isExit = !segment.ending && segment.lines.some((l) => l.tags.pause) && segment.options.length > 0;
        graph.set(key, { edges: [], done: Boolean(segment.ending) || isExit });
        const next = { key, state: story.state.toJson(), segment, trail: shortTrail(where), vars };
        if (isExit) exits.set(key, next);
        else if (segment.options.length > 0) stack.push(next);
        if (graph.size >= maxStates) {
          roundTruncated = true;
          break;
        }
      }
      if (takeable.length > 1 && new Set(outcomes).size === 1) {
        problems.push(
          `${node.trail}: all options at ${choicePointId(node.segment.options)} lead to the same text and meters`,
        );
      }
    }

    // Every state must still reach the phase's end or an ending: a loop with no way out is a trap.
    if (!roundTruncated) {
      const reaches = new Set([...graph].filter(([, n]) => n.done).map(([k]) => k));
      let grew = true;
      while (grew) {
        grew = false;
        for (const [key, n] of graph) {
          if (!reaches.has(key) && n.edges.some((e) => reaches.has(e))) {
            reaches.add(key);
            grew = true;
          }
        }
      }
      const trapped = graph.size - reaches.size;
      if (trapped > 0)
        problems.push(`${trapped} state(s) can never reach the end of their phase or an ending (a loop without exit)`);
    }
    rounds.push({ states: graph.size, exits: exits.size, explored_from: frontier.length, truncated: roundTruncated });
    states += graph.size;
    truncated ||= roundTruncated;
    frontier = spread([...exits.values()], entriesPerPhase);
  }

  return { states, truncated, rounds, endings, problems, choicePoints, visitedContainers };
}

/**
 * Up to `count` nodes spread evenly from the most pursuing to the most withdrawing (and,
 * between equals, the most grounded) player, always keeping both extremes.
 * @template {{ key: string, vars: Record<string, unknown> }} T
 * @param {T[]} nodes @param {number} count @returns {T[]}
 */
function spread(nodes, count) {
  const lean = (/** @type {T} */ n) => Number(n.vars.pursued) - Number(n.vars.withdrew);
  const sorted = nodes.sort(
    (a, b) => lean(b) - lean(a) || Number(b.vars.grounded) - Number(a.vars.grounded) || a.key.localeCompare(b.key),
  );
  if (sorted.length <= count || !Number.isFinite(count)) return sorted;
  if (count <= 1) return sorted.slice(0, 1);
  const picked = [];
  for (let i = 0; i < count; i++) picked.push(sorted[Math.round((i * (sorted.length - 1)) / (count - 1))]);
  return /** @type {T[]} */ ([...new Set(picked)]);
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
      problems.push(
        `${where}: tagged "step: ${kind}" but took ${taken} step(s), last "${after.last_step}" (call step_${kind} once)`,
      );
    }
  } else if (taken !== 0) {
    problems.push(`${where}: an untagged choice took ${taken} step(s) — tag it with its step kind`);
  }
}

function shortTrail(/** @type {string} */ trail) {
  return trail.length > 300 ? `…${trail.slice(-300)}` : trail;
}

/**
 * Play one run to its end, letting `pick` choose among the takeable options.
 * @param {string} json
 * @param {(options: Option[], vars: Record<string, unknown>) => Option | undefined} pick
 * @param {Settings} [settings]
 * @param {{ story: InstanceType<typeof Story>, errors: string[] }} [reuse] a story to reset and reuse (much faster than parsing the JSON again)
 * @param {{ keepLastChoice?: (vars: Record<string, unknown>) => boolean, onChoicePoint?: (vars: Record<string, unknown>, options: Option[]) => void }} [watch]
 *   keepLastChoice: at choice points where it returns true, the state is saved, so the run's
 *   `last` holds the last such choice point (to replay it with every other option);
 *   onChoicePoint: called at every choice point with the meters as they stand there.
 */
export function playThrough(json, pick, settings = {}, reuse, watch = {}) {
  const { story, errors } = reuse ?? startStory(json, settings);
  if (reuse) {
    story.ResetState();
    errors.length = 0;
    for (const [name, value] of Object.entries(settings)) story.variablesState.$(name, value);
  }
  /** @type {Line[]} */ const lines = [];
  /** @type {{ text: string, step: string | undefined }[]} */ const choices = [];
  /** @type {{ state: string, options: Option[], chosen: Option, vars: Record<string, unknown> } | null} */ let last =
    null;
  let segment = continueToChoice(story, errors);
  lines.push(...segment.lines);
  while (!segment.ending && segment.options.length > 0) {
    const takeable = segment.options.filter((o) => !o.locked);
    if (takeable.length === 0) break;
    const vars = readVariables(story);
    watch.onChoicePoint?.(vars, segment.options);
    const option = pick(takeable, vars) ?? takeable[0];
    if (!option) break;
    if (watch.keepLastChoice?.(vars)) last = { state: story.state.toJson(), options: takeable, chosen: option, vars };
    choices.push({ text: option.text, step: option.tags.step });
    story.ChooseChoiceIndex(option.index);
    segment = continueToChoice(story, errors);
    lines.push(...segment.lines);
    if (choices.length > 2000) break;
  }
  return { ending: segment.ending, lines, choices, errors, variables: readVariables(story), last };
}

/**
 * From a saved choice point, take `option` and play on (with `pick`, the first open option
 * by default) to the end. Returns the ending and the lines read after the choice.
 * @param {InstanceType<typeof Story>} story  the story the state was saved from
 * @param {string[]} errors
 * @param {string} state  story.state.toJson() at the choice point
 * @param {Option} option
 * @param {(options: Option[]) => Option | undefined} [pick]
 */
export function replayFrom(story, errors, state, option, pick = (o) => o[0]) {
  story.state.LoadJson(state);
  story.ChooseChoiceIndex(option.index);
  let segment = continueToChoice(story, errors);
  /** @type {Line[]} */ const lines = [...segment.lines];
  let guard = 0;
  while (!segment.ending && segment.options.length > 0 && ++guard < 2000) {
    const takeable = segment.options.filter((o) => !o.locked);
    const next = pick(takeable) ?? takeable[0];
    if (!next) break;
    story.ChooseChoiceIndex(next.index);
    segment = continueToChoice(story, errors);
    lines.push(...segment.lines);
  }
  return { ending: segment.ending, lines, variables: readVariables(story) };
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
