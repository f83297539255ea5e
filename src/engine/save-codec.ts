// Saves as text: a versioned envelope around the engine's state, validated field by
// field on the way in. A damaged, foreign or newer save is refused with a SaveError
// that says which; a save from another story build is replayed onto this one when its
// path still exists (see restoreSave).
import * as v from 'valibot';
import { SaveError } from './errors';
import { StoryEngine, type EngineState } from './story-engine';
import type { Lang } from './types';
import { ENDINGS, PARTNER_PRESENCE, SCENES, STEP_KINDS } from './vocabulary.js';

/** Bump when the envelope or EngineState changes shape; add a migration below. */
export const SAVE_FORMAT = 1;
const GAME_ID = 'de-dans';

const StepSchema = v.nullable(v.picklist(STEP_KINDS));
const TagsSchema = v.record(v.string(), v.string());
const LineSchema = v.object({ text: v.string(), tags: TagsSchema });
const ChoiceSchema = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.string(),
  step: StepSchema,
  locked: v.boolean(),
  lockReason: v.nullable(v.string()),
});
const MetersSchema = v.object({
  pursue: v.number(),
  withdraw: v.number(),
  partnerDistance: v.number(),
  grounded: v.number(),
  held: v.number(),
  rounds: v.number(),
  disappointments: v.number(),
  phase: v.number(),
  steps: v.number(),
  lastStep: StepSchema,
});
const BeatSchema = v.object({
  lines: v.array(LineSchema),
  choices: v.array(ChoiceSchema),
  meters: MetersSchema,
  scene: v.nullable(v.picklist(SCENES)),
  // Saves from before the tag existed have no field: the partner was always shown then.
  partner: v.optional(v.picklist(PARTNER_PRESENCE), 'here'),
  phase: v.number(),
  ending: v.nullable(v.picklist(ENDINGS)),
  pause: v.nullable(v.number()),
  finished: v.boolean(),
});
const HistorySchema = v.variant('kind', [
  v.object({ kind: v.literal('line'), text: v.string(), tags: TagsSchema }),
  v.object({ kind: v.literal('choice'), text: v.string(), step: StepSchema }),
]);
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
const EngineStateSchema = v.object({
  inkState: InkStateSchema,
  beat: BeatSchema,
  history: v.array(HistorySchema),
  trail: v.array(v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(0)), text: v.string() })),
  snapshots: v.array(v.object({ inkState: InkStateSchema, beat: BeatSchema, historyLength: v.number() })),
  settings: v.object({
    partnerName: v.pipe(v.string(), v.maxLength(40)),
    partnerPronoun: v.picklist(['he', 'she']),
    veilInfidelity: v.boolean(),
  }),
});
const SaveSchema = v.object({
  game: v.literal(GAME_ID),
  format: v.literal(SAVE_FORMAT),
  storyHash: v.string(),
  lang: v.picklist(['nl', 'en']),
  savedAt: v.string(),
  state: EngineStateSchema,
});

export type SaveFile = v.InferOutput<typeof SaveSchema>;

/**
 * How many rewinds a save carries. Each one is a whole ink state (~3 kB), and the autosave
 * is written after every choice: keeping all REWIND_DEPTH of them made saves grow to
 * ~185 kB and every choice slower the further a player got. In memory the engine still
 * keeps its full rewind stack; only what goes to storage is capped.
 */
export const SAVED_REWINDS = 10;

export function encodeSave(
  state: EngineState,
  meta: { storyHash: string; lang: Lang; now?: Date; rewinds?: number },
): string {
  const rewinds = Math.max(0, meta.rewinds ?? SAVED_REWINDS);
  const save: SaveFile = {
    game: GAME_ID,
    format: SAVE_FORMAT,
    storyHash: meta.storyHash,
    lang: meta.lang,
    savedAt: (meta.now ?? new Date()).toISOString(),
    state: { ...state, snapshots: rewinds === 0 ? [] : state.snapshots.slice(-rewinds) } as SaveFile['state'],
  };
  return JSON.stringify(save);
}

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
    const where = issue ? v.getDotPath(issue) ?? 'save' : 'save';
    throw new SaveError('damaged', `The save is damaged (${where}: ${issue?.message ?? 'invalid'}).`);
  }
  return result.output;
}

/**
 * Older save formats, upgraded step by step to the current one. There is only format 1
 * so far; when the format changes, add `if (format === 1) { …; format = 2 }` here.
 */
function migrate(data: object): unknown {
  return data;
}

/**
 * Build an engine in the saved state. On the same story build the ink state loads as is;
 * on another build, the saved path of choices is replayed by their texts, so a small
 * story fix does not cost the player their place. If the path no longer exists the save
 * is declined (and left untouched).
 */
export function restoreSave(
  save: SaveFile,
  story: { json: string; hash: string; lang: Lang },
): { engine: StoryEngine; replayed: boolean } {
  if (save.lang !== story.lang) {
    throw new SaveError('other-language', `This save is for the ${save.lang === 'nl' ? 'Dutch' : 'English'} story.`);
  }
  const engine = new StoryEngine(story.json, save.state.settings);
  if (save.storyHash === story.hash) {
    try {
      engine.restore(save.state);
      return { engine, replayed: false };
    } catch {
      throw new SaveError('damaged', 'The save is damaged: its story state could not be loaded.');
    }
  }
  let beat = engine.start();
  for (const step of save.state.trail) {
    const match = beat.choices.find((c) => c.text === step.text && !c.locked);
    if (!match) {
      throw new SaveError('other-build', 'This save belongs to an earlier version of the story, and its path no longer exists.');
    }
    beat = engine.choose(match.index);
  }
  return { engine, replayed: true };
}
