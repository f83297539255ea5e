// @ts-check
// The figures that say whether the dance decides (issue 13), measured on the compiled
// story by playing it for real: strategy players replayed from their last choice with
// every open option, random players whose last click is changed, how often a meter sits
// at its limit, and which scenes never read the partner. The story tests assert them;
// `npm run story:report` prints them.
import { readFileSync } from 'node:fs';
import { advance, playThrough, prefer, replayFrom, seededRandom, startStory } from './explore.mjs';

/** The ending each strategy's own dance must reach. */
export const STRATEGY_ENDINGS = /** @type {const} */ ({
  pursue: ['cycle', 'role-switch'],
  withdraw: ['closed-heart'],
  ground: ['step-out'],
});
/** @typedef {keyof typeof STRATEGY_ENDINGS} Strategy */
export const STRATEGIES = /** @type {Strategy[]} */ (Object.keys(STRATEGY_ENDINGS));

/** A meter at its limit: pursue, withdraw or the partner's distance at 10, or the distance at 0. */
export function atLimit(/** @type {Record<string, unknown>} */ vars) {
  return (
    Number(vars.pursue) >= 10 ||
    Number(vars.withdraw) >= 10 ||
    Number(vars.partner_distance) >= 10 ||
    Number(vars.partner_distance) <= 0
  );
}

/**
 * One strategy player (its own step kind where one is open, else the first open option),
 * then its last choice replayed with every open option there.
 * @param {string} json @param {Strategy} kind @param {import('./explore.mjs').Settings} [settings]
 */
export function strategyFinales(json, kind, settings = {}) {
  let peakBeforePhase3 = 0;
  const run = playThrough(json, prefer([kind]), settings, undefined, {
    keepLastChoice: (vars) => Number(vars.phase) >= 5,
    onChoicePoint: (vars) => {
      if (Number(vars.phase) < 3)
        peakBeforePhase3 = Math.max(peakBeforePhase3, Number(vars.pursue), Number(vars.withdraw));
    },
  });
  const player = startStory(json, settings);
  const last = run.last;
  const finales = (last?.options ?? []).map((option) => ({
    option: option.text,
    step: option.step,
    ending: replayFrom(player, /** @type {NonNullable<typeof last>} */ (last).at, option).ending,
  }));
  const own = /** @type {readonly string[]} */ (STRATEGY_ENDINGS[kind]);
  const kept = finales.filter((f) => f.ending !== null && own.includes(f.ending)).length;
  return { ending: run.ending, finales, kept, peakBeforePhase3, errors: [...run.errors, ...player.errors] };
}

/**
 * Seeded random players: the endings they reach; for each, whether changing only the last
 * click (to any other open option) changes the ending; how many choice points show a meter
 * at its limit; and how the partner stood at the choice points.
 * @param {string} json @param {number} players @param {number} seed @param {import('./explore.mjs').Settings} [settings]
 */
export function randomFigures(json, players, seed, settings = {}) {
  const reuse = startStory(json, settings);
  const replay = startStory(json, settings);
  const random = seededRandom(seed);
  /** @type {Record<string, number>} */ const endings = {};
  /** @type {{ close: number, unsure: number, far: number }} */ const partner = { close: 0, unsure: 0, far: 0 };
  let points = 0;
  let limited = 0;
  let changed = 0;
  let errors = 0;
  for (let i = 0; i < players; i++) {
    const run = playThrough(json, (options) => options[Math.floor(random() * options.length)], settings, reuse, {
      keepLastChoice: (vars) => Number(vars.phase) >= 5,
      onChoicePoint: (vars) => {
        points++;
        if (atLimit(vars)) limited++;
        const d = Number(vars.partner_distance);
        partner[d <= 3 ? 'close' : d >= 7 ? 'far' : 'unsure']++;
      },
    });
    errors += run.errors.length;
    endings[String(run.ending)] = (endings[String(run.ending)] ?? 0) + 1;
    const last = run.last;
    if (last?.options.some((o) => o !== last.chosen && replayFrom(replay, last.at, o).ending !== run.ending)) changed++;
  }
  return {
    players,
    endings,
    lastClickChanged: changed / players,
    choicePoints: points,
    atLimit: limited / points,
    partner,
    errors: errors + replay.errors.length,
  };
}

/** The functions that read the partner's state (distance, and how the player just moved). */
export const PARTNER_READERS = ['partner_state', 'partner_close', 'partner_far', 'you_chased', 'you_let_go'];

/**
 * Every knot and stitch with prose in the given ink files, and whether one of its lines or
 * choices depends on the partner's state (calls one of PARTNER_READERS). Functions are not
 * scenes and are skipped.
 * @param {string[]} files absolute paths
 */
export function partnerReadings(files) {
  /** @type {{ file: string, name: string, prose: number, reads: boolean }[]} */ const scenes = [];
  const reader = new RegExp(`\\b(${PARTNER_READERS.join('|')})\\(\\)`);
  for (const file of files) {
    /** @type {{ file: string, name: string, prose: number, reads: boolean } | null} */ let current = null;
    let knot = '';
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      const line = raw.replace(/\/\/.*$/, '').trim();
      const header = /^(={1,3})\s*(function\s+)?(\w+)/.exec(line);
      if (header) {
        const isKnot = /** @type {string} */ (header[1]).length > 1;
        if (isKnot) knot = /** @type {string} */ (header[3]);
        current = header[2] ? null : { file, name: isKnot ? knot : `${knot}.${header[3]}`, prose: 0, reads: false };
        if (current) scenes.push(current);
        continue;
      }
      if (!current || !line) continue;
      if (reader.test(line)) current.reads = true;
      if (isProse(line)) current.prose++;
    }
  }
  return scenes.filter((s) => s.prose > 0);
}

/** A line the player reads (text or a choice), not logic, a divert or a branch header. */
function isProse(/** @type {string} */ line) {
  const body = line
    .replace(/^[*+-]\s*(?:[*+-]\s*)*/, '')
    .replace(/#.*$/, '')
    .trim();
  if (!body || /^(~|->|<-|=|VAR\b|CONST\b|INCLUDE\b|})/.test(body)) return false;
  if (/^\{[^}]*:$/.test(body) || /^\{\s*$/.test(body)) return false; // { condition: / {
  if (/^("[^"]*"|else|[\w\s.()=<>!&|"+-]+):$/.test(body)) return false; // - "case": / - else: / - cond:
  return /\p{L}{2}/u.test(body);
}

/** The partner forced close (and you just let go), or far (and you just chased). */
const FORCED = /** @type {const} */ ({
  close: { partner_distance: 1, distance_fine: 10, last_step: 'withdraw' },
  far: { partner_distance: 9, distance_fine: 90, last_step: 'pursue' },
});

/**
 * The readings are live: the same seeded player, played twice, once with the partner held
 * close before every line and once held far. Returns, per knot or stitch both runs passed
 * through, whether its text differed, and per phase whether any text did.
 * @param {string} json @param {{ knots: string[], stitches: string[] }} outline @param {number} players @param {number} seed
 */
export function forcedReadings(json, outline, players, seed) {
  const stitches = new Set(outline.stitches);
  const containerOf = (/** @type {string} */ path) => {
    const [knot = '', second = ''] = path.split('.');
    return stitches.has(`${knot}.${second}`) ? `${knot}.${second}` : knot;
  };
  /** @type {Map<string, boolean>} */ const scenes = new Map();
  /** @type {Map<string, boolean>} */ const phases = new Map();
  const random = seededRandom(seed);
  for (let i = 0; i < players; i++) {
    const rolls = Array.from({ length: 400 }, () => random());
    /** @type {Record<string, Map<string, string[]>>} */ const byScene = {};
    /** @type {Record<string, Map<string, string[]>>} */ const byPhase = {};
    for (const side of /** @type {const} */ (['close', 'far'])) {
      // Before every line the partner is held where this side wants them.
      const player = startStory(
        json,
        {},
        {
          beforeLine: (set) => {
            for (const [name, value] of Object.entries(FORCED[side])) set(name, value);
          },
        },
      );
      const sceneText = new Map();
      byScene[side] = sceneText;
      const phaseText = new Map();
      byPhase[side] = phaseText;
      let phase = '1';
      let segment = advance(player, (e) => e.start());
      for (let turn = 0; turn < rolls.length; turn++) {
        segment.lines.forEach((line) => {
          if (line.tags.phase) phase = line.tags.phase;
          const where = containerOf(line.path);
          if (where) sceneText.set(where, [...(sceneText.get(where) ?? []), line.text]);
          phaseText.set(phase, [...(phaseText.get(phase) ?? []), line.text]);
        });
        const open = segment.options.filter((o) => !o.locked);
        const choice = open[Math.floor(/** @type {number} */ (rolls[turn]) * open.length)];
        if (!choice) break;
        phaseText.set(phase, [...(phaseText.get(phase) ?? []), choice.text]);
        segment = advance(player, (e) => e.choose(choice.index));
      }
    }
    for (const [name, text] of byScene.close ?? []) {
      const other = byScene.far?.get(name);
      if (!other) continue;
      scenes.set(name, (scenes.get(name) ?? false) || text.join('\n') !== other.join('\n'));
    }
    for (const [name, text] of byPhase.close ?? []) {
      phases.set(name, (phases.get(name) ?? false) || text.join('\n') !== (byPhase.far?.get(name) ?? []).join('\n'));
    }
  }
  return { scenes, phases };
}
