// The plain data the engine hands to the rest of the game. Nothing here knows about
// inkjs, the DOM or Phaser: a Beat is what one stretch of story looks like to a player.
import type {
  BODY_SIGNALS,
  ENDINGS,
  PARTNER_PRESENCE,
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
export type Pronoun = 'he' | 'she';

/** Tags as `key → value`, from ink's `# key: value`. */
export type Tags = Readonly<Record<string, string>>;

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
}
