// The facilitator's keys as the workshop's shell wires them: a dialog or an overlay (blank
// screen, X-card, join panel) takes the keys first; otherwise workshop-keys.ts decides
// which key does what on the screen of the moment, and this hands it the actions.
import { dialogOpen } from '../ui/dom';
import type { Overlays } from './overlays';
import type { Presenter } from './presenter';
import type { StoryPlay } from './story-play';
import type { WorkshopStrings } from './strings';
import { isManual, type VoteSource } from './vote-source';
import { showKeys } from './workshop-dialogs';
import { NO_STORY_KEYS, type ScreenKind, toggleFullscreen, workshopKey } from './workshop-keys';

/** What the keys reach in the shell: where it is, and what it does for the keys that are its own. */
export interface KeyHost {
  readonly root: HTMLElement;
  readonly overlays: Overlays;
  readonly source: VoteSource;
  readonly presenter: Presenter;
  readonly hasJoin: boolean;
  screen(): ScreenKind;
  play(): StoryPlay | null;
  strings(): WorkshopStrings;
  refocus(): void;
  mute(): void;
  menu(): void;
  sessions(): void;
  begin(): void;
}

/** One key press in the facilitator's window; its default prevented when it was used. */
export function onFacilitatorKey(event: KeyboardEvent, host: KeyHost): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (dialogOpen(host.root)) return; // the dialog owns the keys (Esc closes it)
  const { overlays, presenter, source } = host;
  if (overlays.active) {
    if (overlays.handleKey(event)) event.preventDefault();
    return;
  }
  const play = host.play();
  const screen = host.screen();
  const used = workshopKey(
    event,
    {
      screen,
      playing: play !== null,
      sidePathVote: screen === 'vote' && Boolean(play?.showing?.replay),
      hasJoin: host.hasJoin,
      voteKey: (e) => play?.vote?.handleKey(e) ?? false,
    },
    {
      ...(play?.keys ?? NO_STORY_KEYS),
      blank: () => overlays.toggleBlank(),
      xCard: () => (isManual(source) ? source.requestPause() : overlays.showXCard()),
      help: () => void showKeys(host.root, host.strings(), host.hasJoin).then(() => host.refocus()),
      fullscreen: () => toggleFullscreen(),
      join: () => overlays.toggleJoin(),
      mute: () => host.mute(),
      menu: () => host.menu(),
      sessions: () => host.sessions(),
      roomView: () => presenter.toggleRoomView(),
      projector: () => presenter.openProjector(),
      begin: () => host.begin(),
    },
  );
  if (used) event.preventDefault();
}
