// Workshop mode opened from the game's page (src/main.ts): the facilitator's window, or the
// projector's. Here, in the workshop's chunk, and not in the page's entry: a single player
// never runs it, and its bytes were on the way to the first text (issue 15).
import type { AudioPort } from '../audio/audio-port';
import type { Lang, Side } from '../engine/types';
import { readPreferences } from '../persistence/preferences';
import type { KeyValueStore } from '../persistence/storage';
import type { Watched } from '../shared/watched';
import type { loadStage } from '../stage/stage-api';
import type { CompiledStoryModule } from '../ui/app';
import { loadAllStrings } from '../ui/i18n';
import type { TitleChoices } from '../ui/title-screen';
import { startAudience } from './audience-window';
import { startWorkshop } from './start';
import { workshopWords } from './strings';

/** What the page hands workshop mode. */
export interface WorkshopPage {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore;
  readonly loadStory: (lang: Lang, side: Side) => Promise<CompiledStoryModule>;
  readonly createAudio: () => AudioPort;
  /** The page's language: the workshop says which it is in, and the phones' room follows. */
  readonly language: Watched<Lang>;
  readonly loadStage: typeof loadStage | undefined;
  readonly reducedMotion: () => boolean;
  /** The first screen has what it needs (the service worker waits for it). */
  readonly onSettled: () => void;
}

/** The facilitator's window, with the title screen's choices when it came from there. */
export async function openWorkshop(page: WorkshopPage, choices: TitleChoices | null, lang: Lang): Promise<void> {
  const prefs = readPreferences(page.storage);
  const initial = choices ?? {
    lang,
    partnerName: prefs.partnerName,
    partnerPronoun: prefs.partnerPronoun,
    side: prefs.side,
  };
  const [shellStrings, workshopStrings] = await Promise.all([loadAllStrings(), workshopWords.loadAll()]);
  page.language.set(initial.lang);
  // Served by `npm run workshop`: phones vote too (src/room-client); anywhere else, hands as ever.
  const phones = await import('../room-client').then((room) => room.openPhoneRoom(page.language)).catch(() => ({}));
  startWorkshop({
    root: page.root,
    storage: page.storage,
    loadStory: page.loadStory,
    shellStrings,
    workshopStrings,
    audio: page.createAudio(),
    initial,
    ...phones,
    language: page.language,
    loadStage: page.loadStage,
    reducedMotion: page.reducedMotion,
    onSettled: page.onSettled,
    // Back to the title screen: the same address without `mode`, loaded afresh.
    onExit: () => {
      const url = new URL(location.href);
      url.searchParams.delete('mode');
      location.assign(url.toString());
    },
  });
}

/** The projector window of workshop mode: the room's view, fed by the facilitator's window. */
export async function openAudience(page: WorkshopPage, lang: Lang): Promise<void> {
  const [shellStrings, workshopStrings] = await Promise.all([loadAllStrings(), workshopWords.loadAll()]);
  startAudience({
    root: page.root,
    shellStrings,
    workshopStrings,
    lang,
    language: page.language,
    loadStage: page.loadStage,
    reducedMotion: page.reducedMotion,
    onSettled: page.onSettled,
  });
}
