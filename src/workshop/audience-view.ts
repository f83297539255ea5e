// What the room sees, as plain data: the presenter (the facilitator's window) builds one
// AudienceView whenever its screen changes and hands it to every audience screen — the
// projector window, or its own window in audience mode. Plain, cloneable data only, so it
// travels through a BroadcastChannel unchanged; nothing the facilitator keeps to themself
// (typed counts before the reveal, notes, the next prompt, who asked for a pause) is in it.

import type { VoteMode } from '../../common/vote-rules.js';
import type { Beat, Lang, Line, Side, SoundCue } from '../engine/types';
import type { StageView } from '../stage/stage-api';
import { stageViewOf } from '../ui/stage-view-of';
import type { MetersPoint, SessionFile } from './session-file';
import type { TimerStatus } from './vote-timer';

/** The stage's picture without the viewer's own motion setting (each screen has its own). */
export type StageFacts = Omit<StageView, 'reducedMotion'>;

/** How phones join, as the join panel shows it. */
export interface JoinFacts {
  readonly code: string;
  /** Short enough to type: "192.168.1.20:5180/phone". */
  readonly address: string;
  readonly joinUrl: string;
  readonly qrSvg: string;
}

/** The phones in the room, as numbers only: never who. */
export interface RoomFacts {
  readonly phones: number;
  readonly locked: boolean;
}

export interface AudienceLine {
  readonly text: string;
  /** The `# sfx:` of the line, whose caption the screen shows. */
  readonly sfx: SoundCue | null;
  readonly letter: boolean;
  readonly body: boolean;
}

export interface AudienceOption {
  readonly text: string;
  readonly locked: boolean;
  readonly lockReason: string | null;
}

export interface TimerFacts {
  readonly status: TimerStatus;
  /** Time left when the view was built; a screen counts down from when it received it. */
  readonly remainingMs: number;
}

export interface TallyFacts {
  readonly counts: readonly number[];
  /** Positions of the options the room chose or advised (marked on screen). */
  readonly leading: readonly number[];
  /** The outcome in words, as the facilitator's screen says it: "5 votes — option 2 has the most." */
  readonly summary: string;
}

export type AudienceScreen =
  | {
      readonly kind: 'lobby';
      readonly agreements: readonly string[];
      readonly join: JoinFacts | null;
      /** Whose side the room plays today. */
      readonly side: Side;
    }
  | {
      readonly kind: 'read';
      readonly lines: readonly AudienceLine[];
      readonly echo: string | null;
      readonly sidePath: boolean;
    }
  | {
      readonly kind: 'vote';
      readonly options: readonly AudienceOption[];
      readonly mode: VoteMode;
      /** Ballots in so far (phones), null when hands are counted. */
      readonly voted: number | null;
      /** Out of how many phones ("12 of 18 voted"). */
      readonly of: number | null;
      readonly timer: TimerFacts | null;
      /** Only once revealed. */
      readonly tally: TallyFacts | null;
    }
  | { readonly kind: 'pause'; readonly phase: number; readonly session: SessionFile; readonly stepsShown: boolean }
  | { readonly kind: 'debrief'; readonly session: SessionFile }
  /** Between sessions (the list of kept sessions, a dialog): a calm title. */
  | { readonly kind: 'idle' };

export interface AudienceView {
  readonly lang: Lang;
  readonly partnerName: string;
  readonly phase: number | null;
  readonly screen: AudienceScreen;
  /** The dance floor, while the story is on. */
  readonly stage: StageFacts | null;
  /** The meters now, and how the last committed choice moved them. */
  readonly meters: { readonly now: MetersPoint; readonly change: MetersPoint | null } | null;
  readonly room: RoomFacts | null;
  /** What covers everything: the blank screen, the calm X-card pause, the join panel (Q). */
  readonly cover: 'none' | 'blank' | 'xcard' | 'join';
  readonly join: JoinFacts | null;
}

/** What the room's stage is told for a beat: the solo game's own rule, less reduced motion
 * (each window applies its own). */
export function stageFacts(beat: Beat): StageFacts {
  const { reducedMotion: _local, ...facts } = stageViewOf(beat, false);
  return facts;
}

export function audienceLine(line: Line): AudienceLine {
  return {
    text: line.text,
    sfx: line.tags.sfx ?? null,
    letter: Boolean(line.tags.letter),
    body: Boolean(line.tags.body),
  };
}

/** How the last choice moved the meters: after minus before (null before any choice). */
export function meterChange(session: Pick<SessionFile, 'start' | 'choices'>): MetersPoint | null {
  const last = session.choices.at(-1);
  if (!last) return null;
  const before = session.choices.at(-2)?.after ?? session.start;
  const keys = Object.keys(last.after) as (keyof MetersPoint)[];
  return Object.fromEntries(keys.map((k) => [k, last.after[k] - before[k]])) as unknown as MetersPoint;
}
