// What workshop mode is given when it starts (src/main.ts; tests give their own).
import type { AudioPort } from '../audio/audio-port';
import type { Lang, Side } from '../engine/types';
import type { KeyValueStore } from '../persistence/storage';
import type { Watched } from '../shared/watched';
import type { StageHandle, StageView } from '../stage/stage-api';
import type { CompiledStoryModule } from '../ui/app';
import type { ShellStrings } from '../ui/i18n';
import type { ChannelFactory } from './audience-channel';
import type { PlaceStore } from './live-place';
import type { WorkshopRoom } from './room-control';
import type { SetupStart } from './session-setup';
import type { WorkshopWords } from './strings';
import type { VoteSource } from './vote-source';
import type { Clock } from './vote-timer';

export interface WorkshopOptions {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore;
  /** The compiled route of `side` in `lang`. */
  readonly loadStory: (lang: Lang, side: Side) => Promise<CompiledStoryModule>;
  /** The shell's words in both languages (the room may switch at any time): loadAllStrings(). */
  readonly shellStrings: ShellStrings;
  /** The workshop's words in both languages: workshopWords.loadAll(). */
  readonly workshopStrings: WorkshopWords;
  /** What the title screen had chosen: the session starts from it. */
  readonly initial: SetupStart;
  readonly audio?: AudioPort;
  /** Where votes come from; hands counted by the facilitator unless another is given (phones). */
  readonly voteSource?: VoteSource;
  /** How phones join (the room client's join panel), when votes come from phones: on Session 0, and over any screen with Q. */
  readonly joinPanel?: HTMLElement;
  /** The room of phones, when `npm run workshop` serves the game: lobby, live counts, room control. */
  readonly room?: WorkshopRoom;
  /** Where the workshop says which language it is in (the phones' room follows it). */
  readonly language?: Watched<Lang>;
  /** The dance floor for the room's view in this window; absent with `?stage=off`. */
  readonly loadStage?: (parent: HTMLElement, view: StageView) => Promise<StageHandle>;
  readonly reducedMotion?: () => boolean;
  /** The line to a projector window (replaced in tests). */
  readonly channel?: ChannelFactory;
  /** Where the tab keeps its place for a reload (sessionStorage unless given). */
  readonly placeStore?: PlaceStore;
  readonly openWindow?: (url: string) => void;
  readonly clock?: Clock;
  readonly now?: () => Date;
  /**
   * The page has what the facilitator needs now, told once: the first screen (Session 0, or
   * the session a reload came back to) painted. The page's service worker waits for it.
   */
  readonly onSettled?: () => void;
  /** Leave workshop mode (back to the title screen). */
  readonly onExit: () => void;
  /** Trigger a file download (replaced in tests). */
  readonly download?: (fileName: string, blob: Blob) => void;
  readonly print?: () => void;
}
