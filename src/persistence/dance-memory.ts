// What this device remembers of the dances finished on it (issue 19): how many there were and
// how the last one ended (the next opening notices: "the pattern, not the person"), and for
// each side the endings reached and a short summary of its last finished dance — the final
// meters and its turning points (the boundaries that held or gave way, as the end card draws
// them). It is kept inside the preferences, so wiping them wipes it. Validated with valibot
// and loaded on demand, never with the first text: a damaged or older value reads as empty.
import * as v from 'valibot';
import { LANGS } from '../../common/language.js';
import { ENDINGS } from '../../common/vocabulary.js';
import type { EndingId, PlayerSettings, Side } from '../engine/types';
import type { Preferences } from './preferences';

/** At most this many turning points are kept per dance, and this many characters of a choice. */
export const MAX_TURNS = 12;
export const MAX_CHOICE_CHARS = 300;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Meter = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

const TurnSchema = v.object({
  phase: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  kind: v.picklist(['held', 'gave-way']),
  /** The words of the choice it turned on, in the dance's language. */
  choice: v.pipe(v.string(), v.maxLength(MAX_CHOICE_CHARS)),
});

const DanceSchema = v.object({
  ending: v.picklist(ENDINGS),
  lang: v.picklist(LANGS),
  /** How many choices the dance took. */
  choices: Count,
  /** The meters at its end. */
  meters: v.object({
    pursue: Meter,
    withdraw: Meter,
    partnerDistance: Meter,
    disappointments: Count,
    rounds: Count,
    held: Count,
    grounded: Count,
  }),
  turns: v.pipe(v.array(TurnSchema), v.maxLength(MAX_TURNS)),
});

const SideSchema = v.object({
  /** The endings reached on this side, in the story's order. */
  endings: v.array(v.picklist(ENDINGS)),
  /** The last dance finished on this side. */
  dance: v.nullable(DanceSchema),
});

const MemorySchema = v.object({
  /** Dances finished on this device, either side. */
  dances: Count,
  /** The last one's ending. */
  lastEnding: v.nullable(v.picklist(ENDINGS)),
  pursuer: SideSchema,
  withdrawer: SideSchema,
});

export type DanceMemory = v.InferOutput<typeof MemorySchema>;
export type RememberedDance = v.InferOutput<typeof DanceSchema>;
export type Turn = v.InferOutput<typeof TurnSchema>;

/** A dance that has just ended, as the game screen reports it. */
export interface EndedDance {
  readonly side: Side;
  /** The dances the device remembered when this one began (its settings' `dancesBefore`). */
  readonly dancesBefore: number;
  readonly dance: RememberedDance;
}

export const EMPTY_MEMORY: DanceMemory = {
  dances: 0,
  lastEnding: null,
  pursuer: { endings: [], dance: null },
  withdrawer: { endings: [], dance: null },
};

/** Each ending once, in the story's order. */
const inOrder = (endings: readonly EndingId[]): EndingId[] => ENDINGS.filter((e) => endings.includes(e));

/**
 * What the preferences remember. A damaged or unknown value is empty (said to nobody: there
 * is nothing the player could do about it); preferences from before the two sides had only a
 * list of endings, all of them the pursuer's.
 */
export function readMemory(prefs: Preferences): DanceMemory {
  const parsed = v.safeParse(MemorySchema, prefs.memory);
  if (parsed.success) {
    const m = parsed.output;
    return {
      ...m,
      pursuer: { ...m.pursuer, endings: inOrder(m.pursuer.endings) },
      withdrawer: { ...m.withdrawer, endings: inOrder(m.withdrawer.endings) },
    };
  }
  return { ...EMPTY_MEMORY, pursuer: { endings: inOrder(prefs.endingsFound ?? []), dance: null } };
}

/**
 * The memory with `ended` in it. The count goes by the game's own start, so the same game
 * ending twice (a rewind and another ending, a save of it loaded) counts once.
 */
export function withDance(memory: DanceMemory, ended: EndedDance): DanceMemory {
  const { dance } = ended;
  const kept: RememberedDance = {
    ...dance,
    turns: dance.turns.slice(0, MAX_TURNS).map((t) => ({ ...t, choice: t.choice.slice(0, MAX_CHOICE_CHARS) })),
  };
  const side = memory[ended.side];
  return {
    ...memory,
    dances: Math.max(memory.dances, ended.dancesBefore + 1),
    lastEnding: dance.ending,
    [ended.side]: { endings: inOrder([...side.endings, dance.ending]), dance: kept },
  };
}

/** The preferences with `ended` remembered (the list of endings from before folded in). */
export function rememberDance(prefs: Preferences, ended: EndedDance): Preferences {
  return { ...prefs, memory: withDance(readMemory(prefs), ended), endingsFound: undefined };
}

/** What a new game is told of the dances before it (the story's `dances_before`, `last_ending`). */
export function rememberedSettings(prefs: Preferences): Required<Pick<PlayerSettings, 'dancesBefore' | 'lastEnding'>> {
  const memory = readMemory(prefs);
  return { dancesBefore: memory.dances, lastEnding: memory.lastEnding ?? '' };
}

/** Both sides have a finished dance to set side by side. */
export function bothSidesDanced(memory: DanceMemory): boolean {
  return memory.pursuer.dance !== null && memory.withdrawer.dance !== null;
}
