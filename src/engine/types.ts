// The plain data the engine hands to the rest of the game. Nothing here knows about
// inkjs, the DOM or Phaser: a Beat is what one stretch of story looks like to a player.
import type {
  BODY_SIGNALS,
  ENDINGS,
  PARTNER_PRESENCE,
  PHASES,
  SCENES,
  SOUND_CUES,
  STEP_KINDS,
} from '../../common/vocabulary.js';

export type StepKind = (typeof STEP_KINDS)[number];
export type SceneId = (typeof SCENES)[number];
export type BodySignal = (typeof BODY_SIGNALS)[number];
export type SoundCue = (typeof SOUND_CUES)[number];
export type EndingId = (typeof ENDINGS)[number];
export type PartnerPresence = (typeof PARTNER_PRESENCE)[number];
export type { Lang } from '../../common/language.js';
export type { Side } from '../../common/vocabulary.js';
export type Pronoun = 'he' | 'she';

/** A phase as a tag writes it (`# phase: 2`, `# pause: 2`). */
export type PhaseTag = `${(typeof PHASES)[number]}`;

/**
 * A line's or a choice's tags, from ink's `# key: value`, each checked against the story
 * contract's vocabulary (see tags.ts): a tag the vocabulary does not allow is left out.
 */
export interface Tags {
  readonly scene?: SceneId;
  readonly phase?: PhaseTag;
  readonly step?: StepKind;
  /** A choice's lock, as ink evaluated its condition. */
  readonly locked?: 'true' | 'false';
  /** Why a locked choice cannot be taken, as an inner state. */
  readonly why?: string;
  readonly body?: BodySignal;
  readonly sfx?: SoundCue;
  readonly ending?: EndingId;
  /** A workshop pause point: the end of that phase. */
  readonly pause?: PhaseTag;
  /** This line belongs to the finished letter. */
  readonly letter?: string;
  readonly partner?: PartnerPresence;
}

export interface Line {
  readonly text: string;
  readonly tags: Tags;
}

export interface Choice {
  /** Position among the choices on screen (0-based). */
  readonly index: number;
  readonly text: string;
  readonly step: StepKind | null;
  /** Shown but not takeable: the pull (or the walls) is too strong. */
  readonly locked: boolean;
  /** Why it cannot be taken, as an inner state; null when takeable. */
  readonly lockReason: string | null;
}

export interface Meters {
  readonly pursue: number;
  readonly withdraw: number;
  readonly partnerDistance: number;
  readonly grounded: number;
  readonly held: number;
  readonly rounds: number;
  readonly disappointments: number;
  readonly phase: number;
  readonly steps: number;
  readonly lastStep: StepKind | null;
}

/** A dance counted at its end: the steps of each kind taken, the boundaries held, the rounds. */
export interface StepTally {
  readonly pursued: number;
  readonly withdrew: number;
  readonly grounded: number;
  readonly held: number;
  readonly rounds: number;
}

/** Everything the story shows between two choice points. */
export interface Beat {
  readonly lines: readonly Line[];
  readonly choices: readonly Choice[];
  readonly meters: Meters;
  /** The current location (the most recent `# scene:`), or null before the first. */
  readonly scene: SceneId | null;
  /** Whether the partner is on stage (`# partner:`; a `# scene:` brings them back unless it says away). */
  readonly partner: PartnerPresence;
  readonly phase: number;
  readonly ending: EndingId | null;
  /** A workshop pause point reached in this beat (`# pause: N`), if any. */
  readonly pause: number | null;
  /** The story has nothing more to show. */
  readonly finished: boolean;
}

/** One entry of the history: a line that was shown, or a choice that was taken. */
export type HistoryEntry =
  | { readonly kind: 'line'; readonly text: string; readonly tags: Tags }
  | { readonly kind: 'choice'; readonly text: string; readonly step: StepKind | null };

/** What the player chose on the title screen; the story reads it through ink variables. */
export interface PlayerSettings {
  readonly partnerName: string;
  readonly partnerPronoun: Pronoun;
  readonly veilInfidelity: boolean;
  /** Games ended on this device before this one, either route (ink `dances_before`; 0 if absent). */
  readonly dancesBefore?: number;
  /** The last of them's ending (ink `last_ending`; "" if none or absent). */
  readonly lastEnding?: EndingId | '';
}

// ── The engine's state: recorded paths, rewinds and checkpoints ─────────────────

/** A player's choice as recorded: its position among the choices shown, its words, its kind of step. */
export interface TrailStep {
  readonly index: number;
  readonly text: string;
  readonly step: StepKind | null;
}

/**
 * A recorded choice to replay: its position; its words — the text, or (as a save keeps
 * them) the text's fingerprint, `words` — and, when known, its kind of step, which lets the
 * path be replayed in the other language (see `replay`).
 */
export interface ReplayStep {
  readonly index: number;
  readonly text?: string;
  readonly words?: string;
  readonly step?: StepKind | null;
}

/** Everything needed to return to the moment just before a choice. */
export interface Snapshot {
  readonly inkState: string;
  readonly beat: Beat;
  readonly historyLength: number;
}

/**
 * One moment of a game, exactly: ink's state, the beat on screen, and the history, path
 * and rewinds that led there. `goto` returns to it — on this engine, or on another one
 * running the same story with the same settings.
 */
export interface Checkpoint {
  readonly inkState: string;
  readonly beat: Beat;
  readonly history: readonly HistoryEntry[];
  readonly trail: readonly TrailStep[];
  readonly rewinds: readonly Snapshot[];
}

/** The engine's whole state: a checkpoint and the settings the story runs with. */
export interface EngineState extends Checkpoint {
  readonly settings: PlayerSettings;
}

export interface ReplayOptions {
  /**
   * `same` (the default): the path was recorded on this story, or on another build of it,
   * and choices are compared by their words. `other`: it was recorded on the same story in
   * the other language, where the words differ, and choices are compared by kind of step.
   */
  readonly language?: 'same' | 'other';
  /** After each replayed choice: the moment before it, the beat after it, the position taken. */
  readonly onStep?: (before: Checkpoint, after: Beat, taken: number) => void;
}

export type BeatCause = 'start' | 'choice' | 'rewind' | 'restore' | 'goto' | 'replay';

export interface EngineEvents {
  /** A new beat is ready to show (after start, a choice, a rewind, a restore, a goto or a replay). */
  beat: { beat: Beat; cause: BeatCause };
  /** ink raised a warning: the story goes on, but an author should know. */
  warning: { messages: readonly string[] };
}

/** How an engine runs; the defaults are the game's. */
export interface EngineOptions {
  /**
   * Keep the history, the path and the rewinds (default true). The story tools, which take
   * hundreds of thousands of choices and return to checkpoints, turn it off.
   */
  readonly record?: boolean;
  /** Note where in the ink each line and choice of a beat was written (`sources`), for the story tools. */
  readonly trace?: boolean;
  /**
   * Called before ink continues to each line, with a way to set an ink variable: a story
   * tool holds the meters where it wants them to see the prose read them.
   */
  readonly beforeLine?: (set: (name: string, value: string | number | boolean) => void) => void;
}

/** Where in the ink a beat's lines and choices were written (`knot.stitch…`), when traced. */
export interface BeatSources {
  readonly lines: readonly string[];
  readonly choices: readonly string[];
}
