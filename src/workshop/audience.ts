// The room's view: what the projector shows, drawn from AudienceView data and nothing else.
// The story's text first; the dance floor (the Phaser stage) loads after it, lazily, and
// fills the screen behind the text — the two figures large, the place around them — with
// the meters and how the last choice moved them along the bottom. A vote shows its options
// with the same numbers and colours as the phones, how many have voted, the countdown, and
// the tally only once revealed. Without WebGL the text stands alone, as before.
import type { Lang } from '../../common/language.js';
import { afterNextPaint } from '../shared/after-paint';
import type { StageHandle, StageView } from '../stage/stage-api';
import { StageUnavailableError } from '../stage/stage-api';
import { h, replaceChildren } from '../ui/dom';
import type { ShellStrings, Strings } from '../ui/i18n';
import { announcePage } from '../ui/page-state';
import { renderAudienceMeters, renderAudiencePause, renderAudienceRead, renderAudienceVote } from './audience-parts';
import type { AudienceView, StageFacts } from './audience-view';
import { renderDebrief } from './debrief';
import { renderLobby } from './lobby';
import type { WorkshopStrings, WorkshopWords } from './strings';
import { timerText } from './vote-timer';

export interface AudienceOptions {
  readonly shellStrings: ShellStrings;
  readonly workshopStrings: WorkshopWords;
  /** Mount the dance floor; absent with `?stage=off` and in DOM tests. */
  readonly loadStage?: (parent: HTMLElement, view: StageView) => Promise<StageHandle>;
  readonly reducedMotion: () => boolean;
  /** In the facilitator's own window: the lobby's button that begins the session. */
  readonly onBegin?: () => void;
  /** Draw the blank screen, the pause and the join panel itself (a projector window does; the facilitator's window has its own). */
  readonly drawCovers: boolean;
  /**
   * The page has what the room needs, told once (the page's service worker waits for it): the
   * stage drawn or given up — or, with no stage to load (`?stage=off`), the first screen painted.
   */
  readonly onSettled?: () => void;
}

export class AudienceScreen {
  readonly element: HTMLElement;
  private readonly stageHost: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly meters: HTMLElement;
  private readonly cover: HTMLElement;
  private stage: StageHandle | null = null;
  private stageState: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  private view: AudienceView | null = null;
  private tick: ReturnType<typeof setInterval> | null = null;
  private destroyed = false;
  private settled = false;

  constructor(private readonly options: AudienceOptions) {
    this.stageHost = h('div', { class: 'ws-aud-stage', 'aria-hidden': 'true' });
    // Focusable: on a small screen the story scrolls here, and a keyboard must reach it.
    this.panel = h('div', { class: 'ws-aud-panel', tabindex: 0 });
    this.meters = h('div', { class: 'ws-aud-meters' });
    this.cover = h('div', { class: 'ws-aud-cover', hidden: true });
    this.element = h(
      'div',
      { class: 'ws-audience', 'data-screen': 'waiting' },
      this.stageHost,
      this.panel,
      this.meters,
      this.cover,
    );
  }

  /** Before the first view: waiting for the facilitator's window (or no way to hear it). */
  waiting(lang: Lang, reachable: boolean): void {
    const s = this.options.workshopStrings[lang];
    this.element.dataset.screen = 'waiting';
    replaceChildren(
      this.panel,
      h(
        'main',
        { class: 'ws-aud-waiting' },
        h('h1', {}, this.options.shellStrings[lang].gameTitle),
        h('p', { role: 'status' }, reachable ? s.audienceWaiting : s.audienceNoChannel),
      ),
    );
    this.settleWithoutStage();
  }

  show(view: AudienceView): void {
    if (this.destroyed) return;
    const before = this.view;
    this.view = view;
    const s = this.options.workshopStrings[view.lang];
    const ui = this.options.shellStrings[view.lang];
    this.element.lang = view.lang;
    this.element.dataset.screen = view.screen.kind;
    this.element.dataset.withStage = String(view.stage !== null);
    if (!before || screenChanged(before, view)) replaceChildren(this.panel, this.renderScreen(view, s, ui));
    this.updateStage(view.stage);
    replaceChildren(this.meters, view.meters && view.stage ? renderAudienceMeters(view.meters, s, ui) : null);
    this.renderCover(view, s);
    this.runTimer(view);
    this.settleWithoutStage();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.tick !== null) clearInterval(this.tick);
    this.stage?.destroy();
    this.stage = null;
    this.element.remove();
  }

  private renderScreen(view: AudienceView, s: WorkshopStrings, ui: Strings): HTMLElement {
    const screen = view.screen;
    switch (screen.kind) {
      case 'lobby':
        return renderLobby({
          strings: s,
          gameTitle: ui.gameTitle,
          join: screen.join,
          room: view.room,
          agreements: screen.agreements,
          agreementsTitle: s.agreementsTitle,
          side: screen.side,
          onBegin: this.options.onBegin,
        });
      case 'read':
        return renderAudienceRead(view, screen, s, ui);
      case 'vote':
        return renderAudienceVote(view, screen, s, ui);
      case 'pause':
        return renderAudiencePause(view, screen, s);
      case 'debrief':
        return renderDebrief(
          screen.session,
          this.options.shellStrings[screen.session.lang],
          this.options.workshopStrings[screen.session.lang],
          null,
        );
      case 'idle':
        return h('main', { class: 'ws-aud-waiting' }, h('h1', {}, ui.gameTitle), h('p', {}, s.lobbyWelcome));
    }
  }

  // ── The dance floor ────────────────────────────────────────────────────────

  private updateStage(facts: StageFacts | null): void {
    this.stageHost.hidden = facts === null;
    if (!facts) return;
    const view: StageView = { ...facts, reducedMotion: this.options.reducedMotion() };
    // What the stage was last handed, for anyone checking that the figures follow the story.
    this.element.dataset.stageSteps = String(facts.stepCount);
    this.element.dataset.stageDistance = String(facts.partnerDistance);
    this.element.dataset.stageScene = facts.scene ?? '';
    if (this.stage) {
      this.stage.update(view);
      return;
    }
    if (this.stageState !== 'none' || !this.options.loadStage) return;
    this.stageState = 'loading';
    const load = this.options.loadStage;
    // Text first: the stage is asked for only after the frame that painted it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.destroyed) return;
        load(this.stageHost, view).then(
          (stage) => this.stageReady(stage),
          (error: unknown) => {
            this.stageState = 'failed';
            announcePage({ stage: 'text-only' });
            this.tellSettled();
            if (!(error instanceof StageUnavailableError)) console.error(error);
          },
        );
      }, 0),
    );
  }

  private stageReady(stage: StageHandle): void {
    if (this.destroyed) {
      stage.destroy();
      return;
    }
    this.stage = stage;
    this.stageState = 'ready';
    announcePage({ stage: stage.renderer });
    this.tellSettled();
    const facts = this.view?.stage;
    if (facts) stage.update({ ...facts, reducedMotion: this.options.reducedMotion() });
  }

  /** With no dance floor to load, the page has what it needs once its first screen is painted. */
  private settleWithoutStage(): void {
    if (!this.options.loadStage && !this.settled) afterNextPaint(() => this.tellSettled());
  }

  private tellSettled(): void {
    if (this.settled || this.destroyed) return;
    this.settled = true;
    this.options.onSettled?.();
  }

  // ── Covers and the countdown ───────────────────────────────────────────────

  private renderCover(view: AudienceView, s: WorkshopStrings): void {
    const cover = this.options.drawCovers ? view.cover : 'none';
    this.cover.hidden = cover === 'none';
    this.cover.dataset.cover = cover;
    if (cover === 'none') {
      this.cover.replaceChildren();
      return;
    }
    if (cover === 'blank') replaceChildren(this.cover, h('p', { class: 'visually-hidden' }, s.blanked));
    else if (cover === 'xcard') replaceChildren(this.cover, h('h1', {}, s.xCardTitle), h('p', {}, s.xCardText));
    else
      replaceChildren(
        this.cover,
        renderLobby({
          strings: s,
          gameTitle: this.options.shellStrings[view.lang].gameTitle,
          join: view.join,
          room: view.room,
          agreements: [],
          agreementsTitle: '',
        }),
      );
  }

  /** The countdown runs here, from the time left when the view arrived. */
  private runTimer(view: AudienceView): void {
    if (this.tick !== null) clearInterval(this.tick);
    this.tick = null;
    const timer = view.screen.kind === 'vote' ? view.screen.timer : null;
    const out = this.panel.querySelector<HTMLElement>('.ws-aud-timer');
    if (!timer || !out) return;
    const s = this.options.workshopStrings[view.lang];
    const since = performance.now();
    const draw = () => {
      const left =
        timer.status === 'running' ? Math.max(0, timer.remainingMs - (performance.now() - since)) : timer.remainingMs;
      const status = timer.status === 'running' && left === 0 ? 'expired' : timer.status;
      out.dataset.timer = status;
      out.textContent = timerText(status, left, s);
    };
    draw();
    if (timer.status === 'running') this.tick = setInterval(draw, 250);
  }
}

/** Redraw the panel only when what it shows changed (not for a meter or a cover). */
function screenChanged(before: AudienceView, after: AudienceView): boolean {
  return (
    before.lang !== after.lang ||
    before.phase !== after.phase ||
    JSON.stringify(before.screen) !== JSON.stringify(after.screen) ||
    JSON.stringify(before.room) !== JSON.stringify(after.room)
  );
}
