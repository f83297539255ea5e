// Reading a save: parse, upgrade an older format, validate field by field, and build the
// engine it describes. A damaged, foreign or newer save is refused with a SaveError that says
// which. This module (and valibot with it) is loaded only when a save is read:
// `await import('./save-decode')`.
import * as v from 'valibot';
import { ENDINGS, SCENES, SIDES } from '../../common/vocabulary.js';
import { ReplayError, SaveError } from './errors';
import { GAME_ID, SAVE_FORMAT } from './save-codec';
import { StoryEngine } from './story-engine';
import type { Lang } from './types';
import { fingerprint } from './words';

const InkStateSchema = v.pipe(
  v.string(),
  v.check((s) => {
    try {
      return typeof JSON.parse(s) === 'object';
    } catch {
      return false;
    }
  }, 'ink state is not JSON'),
);
const SavedGameSchema = v.object({
  inkState: InkStateSchema,
  /** Each choice taken: its position among the choices shown, and the fingerprint of its words. */
  trail: v.array(
    v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.string(), v.regex(/^[0-9a-z]{1,7}$/))]),
  ),
  settings: v.object({
    partnerName: v.pipe(v.string(), v.maxLength(40)),
    partnerPronoun: v.picklist(['he', 'she']),
    veilInfidelity: v.boolean(),
    /** What the device remembered when the game began (issue 19): kept, so a reloaded save plays the same. */
    dancesBefore: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    lastEnding: v.optional(v.picklist(['', ...ENDINGS])),
  }),
  /** Where the game is, for a save's one-line description (the rest is in ink's state). */
  at: v.object({
    phase: v.number(),
    scene: v.nullable(v.picklist(SCENES)),
    ending: v.nullable(v.picklist(ENDINGS)),
  }),
});
const SaveSchema = v.object({
  game: v.literal(GAME_ID),
  format: v.literal(SAVE_FORMAT),
  storyHash: v.string(),
  lang: v.picklist(['nl', 'en']),
  /** Whose route (issue 19). Saves from before it have none: they are the pursuer's. */
  side: v.optional(v.picklist(SIDES), 'pursuer'),
  savedAt: v.string(),
  state: SavedGameSchema,
});

export type SaveFile = v.InferOutput<typeof SaveSchema>;

/** Parse and validate a save's text; throws SaveError with the exact problem. */
export function decodeSave(text: string): SaveFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SaveError('not-json', 'The save is not readable: it is damaged or not a De dans save.');
  }
  if (typeof data !== 'object' || data === null || (data as { game?: unknown }).game !== GAME_ID) {
    throw new SaveError('not-a-save', 'This file is not a De dans save.');
  }
  const format = (data as { format?: unknown }).format;
  if (typeof format === 'number' && format > SAVE_FORMAT) {
    throw new SaveError('newer-format', `This save was made by a newer version of the game (format ${format}).`);
  }
  const result = v.safeParse(SaveSchema, migrate(data));
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? (v.getDotPath(issue) ?? 'save') : 'save';
    throw new SaveError('damaged', `The save is damaged (${where}: ${issue?.message ?? 'invalid'}).`);
  }
  return result.output;
}

/** Older save formats, upgraded step by step to the current one. */
function migrate(data: object): unknown {
  let save = data as { format?: unknown; state?: unknown };
  if (save.format === 1) save = fromFormat1(save);
  if (save.format === 2) save = fromFormat2(save);
  return save;
}

/**
 * Format 1 (until issue 15) carried the beat on screen, the whole history and up to ten
 * rewinds, each a full ink state: 90 kB and more at an ending. Format 2 keeps ink's state,
 * the path and the settings, and where the game is; the rest is rebuilt by replaying the
 * path. A field format 1 did not have well formed stays missing, and validation names it.
 */
function fromFormat1(save: { state?: unknown }): object {
  const state = (save.state ?? {}) as { inkState?: unknown; trail?: unknown; settings?: unknown; beat?: unknown };
  const beat = (typeof state.beat === 'object' && state.beat !== null ? state.beat : {}) as Record<string, unknown>;
  return {
    ...save,
    format: 2,
    state: {
      inkState: state.inkState,
      trail: state.trail,
      settings: state.settings,
      at: { phase: beat.phase, scene: beat.scene, ending: beat.ending },
    },
  };
}

/**
 * Format 2 (issues 15–14) kept each choice's whole text in the path; format 3 keeps its
 * fingerprint, which finds the choice as surely at a fraction of the size (a save at an
 * ending: 10 kB before, 7 kB after). A path that is not a list of choices stays as it is,
 * and validation names it.
 */
function fromFormat2(save: { state?: unknown }): object {
  const state = (typeof save.state === 'object' && save.state !== null ? save.state : {}) as { trail?: unknown };
  const steps = Array.isArray(state.trail) ? (state.trail as unknown[]) : null;
  const isStep = (t: unknown): t is { index: unknown; text: string } =>
    typeof t === 'object' && t !== null && typeof (t as { text?: unknown }).text === 'string';
  const trail = steps?.every(isStep) ? steps.map((t) => [t.index, fingerprint(t.text)]) : state.trail;
  return { ...save, format: 3, state: { ...state, trail } };
}

/**
 * Build an engine in the saved state. The saved path is replayed from the start (the
 * engine's one replay: by position, checked by the words, else by the words — so a small
 * story fix does not cost the player their place), which rebuilds the beat, the history
 * and the rewinds; on the same story build ink's saved state is then taken as it was. If
 * the path no longer exists the save is declined (and left untouched).
 */
export function restoreSave(
  save: SaveFile,
  story: { json: string; hash: string; lang: Lang },
): { engine: StoryEngine; replayed: boolean } {
  if (save.lang !== story.lang) {
    throw new SaveError('other-language', `This save is for the ${save.lang === 'nl' ? 'Dutch' : 'English'} story.`);
  }
  const sameBuild = save.storyHash === story.hash;
  const engine = new StoryEngine(story.json, save.state.settings);
  try {
    engine.replay(save.state.trail.map(([index, words]) => ({ index, words })));
    if (sameBuild) engine.adoptInkState(save.state.inkState);
  } catch (error) {
    if (sameBuild) throw new SaveError('damaged', 'The save is damaged: its story state could not be loaded.');
    if (error instanceof ReplayError)
      throw new SaveError(
        'other-build',
        'This save belongs to an earlier version of the story, and its path no longer exists.',
      );
    throw error;
  }
  return { engine, replayed: !sameBuild };
}
