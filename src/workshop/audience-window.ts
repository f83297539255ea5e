// The projector window (`?mode=workshop&view=audience`): the room's view and nothing else —
// no controls, no keys that change the session. It listens to the facilitator's window
// and, when it opens or reloads, asks for the view of the moment, so it is back on the
// same screen (the same open vote, the same count) at once.

import type { Lang } from '../engine/types';
import type { Watched } from '../shared/watched';
import type { StageHandle, StageView } from '../stage/stage-api';
import type { ShellStrings } from '../ui/i18n';
import { AudienceScreen } from './audience';
import { AudienceLink, type ChannelFactory } from './audience-channel';
import { showLanguage } from './page-language';
import type { WorkshopWords } from './strings';
import { toggleFullscreen } from './workshop-keys';

export interface AudienceWindowOptions {
  readonly root: HTMLElement;
  readonly shellStrings: ShellStrings;
  readonly workshopStrings: WorkshopWords;
  /** The language to wait in, before the facilitator's window has spoken. */
  readonly lang: Lang;
  /** The page's language, told each language the facilitator's window shows. */
  readonly language?: Watched<Lang>;
  readonly loadStage?: (parent: HTMLElement, view: StageView) => Promise<StageHandle>;
  readonly reducedMotion: () => boolean;
  readonly channel?: ChannelFactory;
  /** The room's view has what it needs: the stage drawn or given up, or (no stage) the first screen painted. */
  readonly onSettled?: () => void;
}

export function startAudience(options: AudienceWindowOptions): { destroy(): void } {
  const screen = new AudienceScreen({ ...options, drawCovers: true });
  const root = document.documentElement;
  root.dataset.screen = 'workshop';
  root.dataset.ws = 'audience';
  const link = new AudienceLink((view) => {
    root.dataset.audience = view.screen.kind;
    showLanguage(view.lang, options.shellStrings[view.lang], options.workshopStrings[view.lang], options.language);
    screen.show(view);
  }, options.channel);
  options.root.replaceChildren(screen.element);
  screen.waiting(options.lang, link.available);
  link.hello();
  // F for full screen is the one key here: everything else is the facilitator's.
  const onKey = (event: KeyboardEvent) => {
    if (event.key.toLowerCase() === 'f' && !event.ctrlKey && !event.metaKey && !event.altKey) toggleFullscreen();
  };
  document.addEventListener('keydown', onKey);
  return {
    destroy() {
      document.removeEventListener('keydown', onKey);
      link.close();
      screen.destroy();
    },
  };
}
