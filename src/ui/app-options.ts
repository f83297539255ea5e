// What the shell is given by its page (src/main.ts) or a test: where to draw, where to keep
// things, how to fetch the stories, the stage and the sound.
import type { AudioPort } from '../audio/audio-port';
import type { Lang, Side } from '../engine';
import type { KeyValueStore } from '../persistence/storage';
import type { CompiledStory } from '../session/game-session';
import type { Watched } from '../shared/watched';
import type { StageHandle, StageView } from '../stage/stage-api';
import type { StringBook } from './string-book';
import type { TitleChoices } from './title-screen';

export type CompiledStoryModule = CompiledStory;

export interface AppOptions {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore;
  /** A side's story in a language (the pursuer's unless said: the workshop plays it). */
  readonly loadStory: (lang: Lang, side: Side) => Promise<CompiledStoryModule>;
  /** The shell's words: the starting language already in, others fetched on a switch. */
  readonly strings: StringBook;
  /** Mount the dance floor; omitted in environments without a stage (DOM tests). */
  readonly loadStage?: (parent: HTMLElement, view: StageView) => Promise<StageHandle>;
  readonly browserLanguages?: readonly string[];
  /** A language asked for in the URL; it wins over the remembered one. */
  readonly requestedLang?: Lang | null;
  readonly prefersReducedMotion?: () => boolean;
  /** Sound; omitted where there is none (DOM tests). Captions show either way. */
  readonly audio?: AudioPort;
  /** Leave the single-player shell for workshop mode (see src/workshop/); omitted where there is none. */
  readonly openWorkshop?: (choices: TitleChoices) => void;
  /** The page's language, kept current by the shell (the crash screen and the new-version prompt follow it). */
  readonly language?: Watched<Lang>;
  /** Told when the first screen has what it needs (the service worker registers after: src/pwa/when-settled.ts). */
  readonly settling?: { stageSettled(): void; gameShown(): void };
  /** Settles once the first screen's downloads are in (the page loaded, the likely story arrived): decoration waits for it. */
  readonly lineFree?: Promise<unknown>;
  /** Trigger a file download (replaced in tests). */
  readonly download?: (fileName: string, text: string) => void;
}
