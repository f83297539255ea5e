// The record of one workshop session, as plain data: what was agreed, every choice the
// group made and how (votes, ties, advice), the other paths it tried, the pauses it
// held, the ending and the letter. It is what the laptop keeps between sessions and what
// the facilitator exports as JSON — versioned, and validated field by field on the way
// back in, so a damaged or foreign file is refused with a reason and never half-loaded.
import * as v from 'valibot';
import { ENDINGS, SIDES, STEP_KINDS } from '../../common/vocabulary.js';
import type { EndingId, Lang, Meters, PlayerSettings, Side, StepKind } from '../engine/types';

/** Bump when the shape changes; add a migration in `migrate`. */
export const SESSION_FORMAT = 2;
export const SESSION_GAME_ID = 'de-dans-workshop';

/** The meters the session's picture is drawn from, after a choice (or at the start). */
export interface MetersPoint {
  readonly pursue: number;
  readonly withdraw: number;
  readonly partnerDistance: number;
  readonly disappointments: number;
  readonly rounds: number;
  readonly held: number;
  readonly grounded: number;
}

export interface OptionRecord {
  readonly text: string;
  readonly step: StepKind | null;
  readonly locked: boolean;
}

/** How the room's vote went; null on a choice taken without one (skipped ahead). */
export interface VoteRecord {
  readonly mode: 'vote' | 'advise';
  /** One count per option, locked options included. */
  readonly counts: readonly number[];
  /** The vote source's kind: "hands", "phones". */
  readonly source: string;
  readonly outcome: 'winner' | 'tie' | 'no-votes' | 'advice';
  readonly decidedBy: 'room' | 'facilitator';
  /** The vote's timer was used. */
  readonly timed: boolean;
}

export interface ChoiceRecord {
  readonly phase: number;
  readonly options: readonly OptionRecord[];
  /** Position of the option taken among `options`. */
  readonly chosen: number;
  readonly vote: VoteRecord | null;
  /** The meters after the choice. */
  readonly after: MetersPoint;
}

/** A path off the group's own: a replayed beat, or the part left behind by jumping back. */
export interface BranchRecord {
  readonly kind: 'replay' | 'earlier-take';
  /** The group's choice (index into `choices`) it leaves from. */
  readonly from: number;
  readonly choices: readonly ChoiceRecord[];
  readonly ending: EndingId | null;
}

export interface SessionFile {
  readonly game: typeof SESSION_GAME_ID;
  readonly format: typeof SESSION_FORMAT;
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lang: Lang;
  /** Whose side the group played: the route the session's story is (format 2; before, the pursuer's). */
  readonly side: Side;
  readonly storyHash: string;
  readonly settings: PlayerSettings;
  readonly agreements: readonly string[];
  /** The meters before the first choice. */
  readonly start: MetersPoint;
  /** The group's own path, in order. */
  readonly choices: readonly ChoiceRecord[];
  readonly branches: readonly BranchRecord[];
  /** Pause cards held, by phase, in the order shown. */
  readonly pauses: readonly number[];
  readonly ending: EndingId | null;
  /** The letter the group wrote, line by line (the story's `# letter:` lines). */
  readonly letter: readonly string[];
  readonly finished: boolean;
}

export function metersPoint(m: Meters): MetersPoint {
  return {
    pursue: m.pursue,
    withdraw: m.withdraw,
    partnerDistance: m.partnerDistance,
    disappointments: m.disappointments,
    rounds: m.rounds,
    held: m.held,
    grounded: m.grounded,
  };
}

/** The step the group took at a choice (null for a choice that is not a step). */
export function stepOf(choice: ChoiceRecord): StepKind | null {
  return choice.options[choice.chosen]?.step ?? null;
}

// ── Validation ────────────────────────────────────────────────────────────────

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Meter = v.pipe(v.number(), v.minValue(0), v.maxValue(100));
const Step = v.nullable(v.picklist(STEP_KINDS));
const Ending = v.nullable(v.picklist(ENDINGS));
const Text = v.pipe(v.string(), v.maxLength(2000));

const MetersSchema = v.object({
  pursue: Meter,
  withdraw: Meter,
  partnerDistance: Meter,
  disappointments: Meter,
  rounds: Meter,
  held: Meter,
  grounded: Meter,
});

const VoteSchema = v.object({
  mode: v.picklist(['vote', 'advise']),
  counts: v.array(Count),
  source: v.pipe(v.string(), v.maxLength(40)),
  outcome: v.picklist(['winner', 'tie', 'no-votes', 'advice']),
  decidedBy: v.picklist(['room', 'facilitator']),
  timed: v.boolean(),
});

const ChoiceSchema = v.pipe(
  v.object({
    phase: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
    options: v.pipe(v.array(v.object({ text: Text, step: Step, locked: v.boolean() })), v.minLength(1), v.maxLength(9)),
    chosen: Count,
    vote: v.nullable(VoteSchema),
    after: MetersSchema,
  }),
  v.check((c) => c.chosen < c.options.length, 'the chosen option does not exist'),
  v.check((c) => !c.options[c.chosen]?.locked, 'the chosen option was locked'),
  v.check((c) => c.vote === null || c.vote.counts.length === c.options.length, 'the counts do not match the options'),
);

const SessionSchema = v.pipe(
  v.object({
    game: v.literal(SESSION_GAME_ID),
    format: v.literal(SESSION_FORMAT),
    id: v.pipe(v.string(), v.regex(/^[\w-]{4,64}$/)),
    createdAt: v.pipe(v.string(), v.isoTimestamp()),
    updatedAt: v.pipe(v.string(), v.isoTimestamp()),
    lang: v.picklist(['nl', 'en']),
    side: v.picklist(SIDES),
    storyHash: v.pipe(v.string(), v.maxLength(128)),
    settings: v.object({
      partnerName: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
      partnerPronoun: v.picklist(['he', 'she']),
      veilInfidelity: v.boolean(),
    }),
    agreements: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(30)),
    start: MetersSchema,
    choices: v.pipe(v.array(ChoiceSchema), v.maxLength(500)),
    branches: v.pipe(
      v.array(
        v.object({
          kind: v.picklist(['replay', 'earlier-take']),
          from: Count,
          choices: v.pipe(v.array(ChoiceSchema), v.maxLength(500)),
          ending: Ending,
        }),
      ),
      v.maxLength(200),
    ),
    pauses: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
    ending: Ending,
    letter: v.pipe(v.array(Text), v.maxLength(40)),
    finished: v.boolean(),
  }),
  v.check(
    (s) => s.branches.every((b) => b.from <= s.choices.length),
    'a branch leaves from a choice that does not exist',
  ),
);

export type SessionProblem =
  | 'not-json'
  | 'not-a-session'
  | 'newer-format'
  | 'damaged'
  /** Made with another version of the story, and the group's path no longer exists in this one. */
  | 'other-build'
  /** Made in the other language than the story at hand. */
  | 'other-language';

export class SessionFileError extends Error {
  constructor(
    readonly problem: SessionProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SessionFileError';
  }
}

export function encodeSession(session: SessionFile): string {
  return JSON.stringify(session, null, 2);
}

/** Parse and validate a session's text; throws SessionFileError saying what is wrong. */
export function decodeSession(text: string): SessionFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SessionFileError('not-json', 'The file is not readable JSON.');
  }
  if (typeof data !== 'object' || data === null || (data as { game?: unknown }).game !== SESSION_GAME_ID) {
    throw new SessionFileError('not-a-session', 'This file is not a De dans workshop session.');
  }
  const format = (data as { format?: unknown }).format;
  if (typeof format === 'number' && format > SESSION_FORMAT) {
    throw new SessionFileError('newer-format', `This session was saved by a newer version (format ${format}).`);
  }
  const result = v.safeParse(SessionSchema, migrate(data));
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? (v.getDotPath(issue) ?? 'session') : 'session';
    throw new SessionFileError('damaged', `The session is damaged (${where}: ${issue?.message ?? 'invalid'}).`);
  }
  return result.output as SessionFile;
}

/** Older formats, upgraded step by step: format 1 knew one route, the pursuer's. */
function migrate(data: object): unknown {
  const format = (data as { format?: unknown }).format;
  return format === 1 ? { ...data, format: 2, side: 'pursuer' } : data;
}
