// @ts-check
// Plays the compiled story for real, through the game's own StoryEngine: every reachable
// state (deduplicated and bounded), seeded random players, and scripted strategies. The
// story tests and `npm run story:report` stand on this; so can a writer checking one scene.
// Node runs it with tools/node/typescript.mjs (the engine is TypeScript); vitest needs none.

import { seededRandom } from '../../common/seeded-random.js';
import { InkRuntimeError, StoryEngine } from '../../src/engine';

export { seededRandom };

/** @typedef {import('../../src/engine').Beat} Beat */
/** @typedef {import('../../src/engine').Checkpoint} Checkpoint */
/** @typedef {import('../../src/engine').Tags} Tags */
/** @typedef {{ text: string, tags: Tags, path: string }} Line  path: where in the ink the line was written (knot.stitch…) */
/** @typedef {{ index: number, text: string, step: string | null, locked: boolean, path: string }} Option */
/**
 * @typedef {object} Segment  what the story shows between two choice points
 * @property {Line[]} lines
 * @property {Option[]} options
 * @property {string | null} ending  the ending this stretch reached, if any
 * @property {string[]} errors  ink errors and warnings raised while continuing
 */
/**
 * @typedef {{ partner_name?: string, partner_pronoun?: 'he' | 'she', veil_infidelity?: boolean,
 *   dances_before?: number, last_ending?: import('../../src/engine').EndingId | '' }} Settings  as ink names them
 *   (dances_before and last_ending: the games remembered on this device, issue 19; absent, none)
 */
/** @typedef {{ engine: StoryEngine, errors: string[] }} Player  an engine and the sink its warnings and errors go to */

const METER_RANGES = /** @type {const} */ ({
  pursue: [0, 10],
  withdraw: [0, 10],
  partner_distance: [0, 10],
  disappointments: [0, 3],
  phase: [1, 5],
});

/**
 * A fresh engine with the player's settings (ink's defaults for any not given), keeping no
 * history or rewinds, tracing where each line was written, and its warnings caught.
 * @param {string} json
 * @param {Settings} [settings]
 * @param {import('../../src/engine').EngineOptions} [options]
 * @returns {Player}
 */
export function startStory(json, settings = {}, options = {}) {
  const engine = new StoryEngine(
    json,
    {
      partnerName: settings.partner_name ?? 'Sam',
      partnerPronoun: settings.partner_pronoun ?? 'he',
      veilInfidelity: settings.veil_infidelity ?? false,
      ...(settings.dances_before === undefined ? {} : { dancesBefore: settings.dances_before }),
      ...(settings.last_ending === undefined ? {} : { lastEnding: settings.last_ending }),
    },
    { record: false, trace: true, ...options },
  );
  /** @type {string[]} */
  const errors = [];
  engine.events.on('warning', ({ messages }) => errors.push(...messages));
  return { engine, errors };
}

/**
 * Take one step — `start` from the top, or a choice — and return what the story shows up
 * to the next choice point. An ink error ends the stretch: it is in `errors`, with no
 * options after it.
 * @param {Player} player
 * @param {(engine: StoryEngine) => Beat} step
 * @returns {Segment}
 */
export function advance(player, step) {
  const before = player.errors.length;
  try {
    return segmentOf(player.engine, step(player.engine), player.errors.slice(before));
  } catch (error) {
    if (!(error instanceof InkRuntimeError)) throw error;
    player.errors.push(...error.messages);
    return { lines: [], options: [], ending: null, errors: player.errors.slice(before) };
  }
}

/**
 * @param {StoryEngine} engine @param {Beat} beat @param {string[]} errors
 * @returns {Segment}
 */
function segmentOf(engine, beat, errors) {
  const { lines, choices } = engine.sources;
  return {
    lines: beat.lines.map((l, i) => ({ text: l.text, tags: l.tags, path: lines[i] ?? '' })),
    options: beat.choices.map((c, i) => ({
      index: c.index,
      text: c.text,
      step: c.step,
      locked: c.locked,
      path: choices[i] ?? '',
    })),
    ending: beat.lines.findLast((l) => l.tags.ending)?.tags.ending ?? null,
    errors,
  };
}

/** The meters and counters, as numbers (or strings for last_step). */
export function readVariables(/** @type {StoryEngine} */ engine) {
  return engine.variables();
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
  const player = startStory(json, options.settings);
  const { engine } = player;

  /** @type {Map<string, number>} */ const endings = new Map();
  /** @type {string[]} */ const problems = [];
  /** @type {Set<string>} */ const choicePoints = new Set();
  /** @type {Set<string>} */ const visitedContainers = new Set();
  /** @type {{ states: number, exits: number, explored_from: number, truncated: boolean }[]} */ const rounds = [];
  let states = 0;
  let truncated = false;

  const collect = () => {
    for (const name of names) {
      if (!visitedContainers.has(name) && engine.visits(name) > 0) visitedContainers.add(name);
    }
  };
  const keyOf = (/** @type {Segment} */ segment, /** @type {Record<string, unknown>} */ vars) =>
    JSON.stringify([
      segment.options.map((o) => [o.path, o.step, o.locked]),
      Object.entries(vars).filter(([name]) => !CONTINUOUS.has(name)),
      names.map((n) => engine.visits(n)),
    ]);

  /** @param {Segment} segment @param {Record<string, unknown>} vars @param {string} where */
  const checkSegment = (segment, vars, where) => {
    for (const e of segment.errors) problems.push(`${where}: ink: ${e}`);
    for (const p of meterProblems(vars)) problems.push(`${where}: ${p}`);
    if (!segment.ending && segment.options.length === 0)
      problems.push(`${where}: dead end — the story stops without an ending`);
    if (segment.options.length > 0 && segment.options.every((o) => o.locked))
      problems.push(`${where}: every option is locked`);
    if (segment.ending && segment.options.length > 0)
      problems.push(`${where}: the ending "${segment.ending}" still offers choices`);
  };

  /** @typedef {{ key: string, at: Checkpoint, segment: Segment, trail: string, vars: Record<string, unknown> }} Node */
  const first = advance(player, (e) => e.start());
  const firstVars = readVariables(engine);
  checkSegment(first, firstVars, 'start');
  collect();
  if (first.ending) endings.set(first.ending, 1);
  /** @type {Node[]} */
  let frontier = first.options.length
    ? [{ key: keyOf(first, firstVars), at: engine.checkpoint(), segment: first, trail: 'start', vars: firstVars }]
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
        engine.goto(node.at);
        const segment = advance(player, (e) => e.choose(option.index));
        const vars = readVariables(engine);
        const where = `${node.trail} → "${option.text}"`;
        checkSegment(segment, vars, where);
        checkStep(option, node.vars, vars, where, problems);
        collect();
        outcomes.push(
          JSON.stringify([segment.lines.map((l) => [l.text, l.tags]), vars, segment.options.map((o) => o.text)]),
        );
        const key = keyOf(segment, vars);
        /** @type {{ edges: string[] }} */ (graph.get(node.key)).edges.push(key);
        if (segment.ending) endings.set(segment.ending, (endings.get(segment.ending) ?? 0) + 1);
        if (graph.has(key)) continue;
        const isExit = !segment.ending && segment.lines.some((l) => l.tags.pause) && segment.options.length > 0;
        graph.set(key, { edges: [], done: Boolean(segment.ending) || isExit });
        const next = { key, at: engine.checkpoint(), segment, trail: shortTrail(where), vars };
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
  const kind = option.step;
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
 * @param {Player} [reuse] a player to take back to the top and reuse (much faster than parsing the JSON again);
 *   it plays with the settings it was started with
 * @param {{ keepLastChoice?: (vars: Record<string, unknown>) => boolean, onChoicePoint?: (vars: Record<string, unknown>, options: Option[]) => void }} [watch]
 *   keepLastChoice: at choice points where it returns true, a checkpoint is kept, so the run's
 *   `last` holds the last such choice point (to replay it with every other option);
 *   onChoicePoint: called at every choice point with the meters as they stand there.
 */
export function playThrough(json, pick, settings = {}, reuse, watch = {}) {
  const player = reuse ?? startStory(json, settings);
  const { engine, errors } = player;
  errors.length = 0;
  /** @type {Line[]} */ const lines = [];
  /** @type {{ text: string, step: string | null, path: string }[]} */ const choices = [];
  /** @type {{ at: Checkpoint, options: Option[], chosen: Option, vars: Record<string, unknown> } | null} */ let last =
    null;
  let segment = advance(player, (e) => e.replay([]));
  lines.push(...segment.lines);
  while (!segment.ending && segment.options.length > 0) {
    const takeable = segment.options.filter((o) => !o.locked);
    if (takeable.length === 0) break;
    const vars = readVariables(engine);
    watch.onChoicePoint?.(vars, segment.options);
    const option = pick(takeable, vars) ?? takeable[0];
    if (!option) break;
    if (watch.keepLastChoice?.(vars)) last = { at: engine.checkpoint(), options: takeable, chosen: option, vars };
    choices.push({ text: option.text, step: option.step, path: option.path });
    segment = advance(player, (e) => e.choose(option.index));
    lines.push(...segment.lines);
    if (choices.length > 2000) break;
  }
  return { ending: segment.ending, lines, choices, errors: [...errors], variables: readVariables(engine), last };
}

/**
 * From a checkpoint at a choice point, take `option` and play on (with `pick`, the first
 * open option by default) to the end. Returns the ending and the lines read after the choice.
 * @param {Player} player  a player on the story the checkpoint was taken on
 * @param {Checkpoint} at
 * @param {Option} option
 * @param {(options: Option[]) => Option | undefined} [pick]
 */
export function replayFrom(player, at, option, pick = (o) => o[0]) {
  player.engine.goto(at);
  let segment = advance(player, (e) => e.choose(option.index));
  /** @type {Line[]} */ const lines = [...segment.lines];
  let guard = 0;
  while (!segment.ending && segment.options.length > 0 && ++guard < 2000) {
    const takeable = segment.options.filter((o) => !o.locked);
    const next = pick(takeable) ?? takeable[0];
    if (!next) break;
    segment = advance(player, (e) => e.choose(next.index));
    lines.push(...segment.lines);
  }
  return { ending: segment.ending, lines, variables: readVariables(player.engine) };
}

/** A strategy that prefers one step kind, then the listed fallbacks, then the first option. */
export function prefer(/** @type {string[]} */ kinds) {
  return (/** @type {Option[]} */ options) => {
    for (const kind of kinds) {
      const match = options.find((o) => o.step === kind);
      if (match) return match;
    }
    return options[0];
  };
}
