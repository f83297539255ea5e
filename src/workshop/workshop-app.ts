// Workshop mode's shell: one facilitator at a laptop, a group in front of a projector. The
// facilitator's window (the presenter) walks the session — Session 0, the story (story-play.ts),
// the debrief, the sessions kept — with a side panel only they see, and keys for everything
// (H lists them). What the room should see goes to the room's view: a projector window, or
// this window in room view (V). A reloaded page comes back by itself where it was.

import type { Lang } from '../engine';
import { afterNextPaint } from '../shared/after-paint';
import { h, replaceChildren } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import { LiveRegion } from '../ui/live-region';
import { Notices } from '../ui/notices';
import { announcePage } from '../ui/page-state';
import { formatWhen, renderDebrief } from './debrief';
import { onFacilitatorKey } from './facilitator-keys';
import { type LivePlace, type PlaceStore, readPlace, tabStore, writePlace } from './live-place';
import { Overlays } from './overlays';
import { showLanguage } from './page-language';
import { soundCaptions } from './play-view';
import { Presenter } from './presenter';
import type { SessionFile } from './session-file';
import { SessionKeeper } from './session-keeper';
import { resumeRun, StoryShelf, setupOf, startRun } from './session-start';
import { newSessionId, type StoredSession } from './session-store';
import { defaultSetup, renderSessionZero, type SessionSetup } from './session-zero';
import { renderSessionsScreen } from './sessions-screen';
import { StoryPlay } from './story-play';
import type { WorkshopStrings } from './strings';
import { HandCountSource, type VoteSource } from './vote-source';
import type { Clock } from './vote-timer';
import { askMenu, confirmAsk, confirmDelete, showKeys } from './workshop-dialogs';
import type { WorkshopOptions } from './workshop-options';
import type { WorkshopRun } from './workshop-run';
import { lastChoiceOf, momentOf, presenterFacts, type WorkshopScreen } from './workshop-session';

export class WorkshopApp {
  private setup: SessionSetup;
  private screen: WorkshopScreen = { kind: 'loading' };
  private muted = false;
  /** The first screen has been shown (the page tells it has settled once that is painted). */
  private shownOnce = false;
  private readonly container: HTMLElement;
  private readonly live = new LiveRegion();
  private readonly notices: Notices;
  private readonly overlays: Overlays;
  private readonly keeper: SessionKeeper;
  private readonly presenter: Presenter;
  private readonly source: VoteSource;
  private readonly clock: Clock;
  private readonly placeStore: PlaceStore;
  private readonly stops: (() => void)[] = [];
  private readonly stories: StoryShelf;

  constructor(private readonly options: WorkshopOptions) {
    this.setup = defaultSetup(options.initial, options.workshopStrings);
    this.source = options.voteSource ?? new HandCountSource();
    this.clock = options.clock ?? { now: () => performance.now() };
    this.placeStore = options.placeStore === undefined ? tabStore() : options.placeStore;
    this.notices = new Notices(() => this.ui.dismiss);
    this.stories = new StoryShelf(options.loadStory, () => this.notices.show(this.s.storyLoadFailed, 'error'));
    this.keeper = new SessionKeeper({
      ...options,
      notices: this.notices,
      strings: () => this.s,
      say: (m) => this.say(m),
    });
    this.container = h('div', { class: 'ws' });
    this.overlays = new Overlays(options.root, {
      strings: () => this.s,
      silence: (on) => options.audio?.setMuted(on || this.muted),
      say: (message) => this.say(message),
      onXCardClosed: () => {
        this.source.resumed?.();
        this.refocus();
      },
      onJoinClosed: () => {
        if (this.screen.kind === 'setup') this.showSetup(); // the panel lives on Session 0 too
        this.refocus();
      },
      onChange: () => this.changed(),
      joinPanel: options.joinPanel,
    });
    this.presenter = new Presenter({
      ...options,
      onBegin: () => this.begin(),
      panel: {
        pauseNow: () => this.overlays.showXCard(),
        confirm: (q, yes) => confirmAsk(options.root, this.s, q, yes),
        say: (m) => this.say(m),
      },
    });
    const desk = h('div', { class: 'ws-desk' }, this.container, this.presenter.panel.element);
    replaceChildren(options.root, this.notices.element, desk, this.overlays.blankLayer, this.live.element);
    // An X-card can come from the vote source at any moment (phones: anonymously).
    this.stops.push(this.source.subscribe((event) => event.type === 'pause' && this.overlays.showXCard()));
    if (options.room) this.stops.push(options.room.client.events.on('room', () => this.changed()));
    document.addEventListener('keydown', this.keyListener);
    for (const type of ['pointerdown', 'keydown'] as const)
      window.addEventListener(type, this.unlockAudio, { capture: true, once: true });
  }

  private readonly keyListener = (event: KeyboardEvent) =>
    onFacilitatorKey(event, {
      root: this.options.root,
      overlays: this.overlays,
      source: this.source,
      presenter: this.presenter,
      hasJoin: Boolean(this.options.joinPanel),
      screen: () => this.screen.kind,
      play: () => this.playing,
      strings: () => this.s,
      refocus: () => this.refocus(),
      mute: () => this.toggleMute(),
      menu: () => void this.openMenu(),
      sessions: () => this.showSessions(),
      begin: () => this.begin(),
    });
  private readonly unlockAudio = () => this.options.audio?.unlock();

  private get s(): WorkshopStrings {
    return this.options.workshopStrings[this.setup.lang];
  }

  private get ui(): Strings {
    return this.options.shellStrings[this.setup.lang];
  }

  private now = (): Date => this.options.now?.() ?? new Date();

  /** Open on Session 0 — or, after a reload, back where the session was. */
  start(): void {
    this.setDocumentLang(this.setup.lang);
    const place = readPlace(this.placeStore);
    const session = place ? this.keeper.find(place.sessionId) : null;
    if (place && session && !session.finished) void this.resumeSession(session, place);
    else this.showSetup();
  }

  destroy(): void {
    document.removeEventListener('keydown', this.keyListener);
    for (const type of ['pointerdown', 'keydown'] as const)
      window.removeEventListener(type, this.unlockAudio, { capture: true });
    this.playing?.leave();
    this.overlays.destroy();
    for (const stop of this.stops) stop();
    this.presenter.destroy();
    this.source.destroy();
    this.options.audio?.destroy();
    this.options.root.replaceChildren();
    announcePage({ workshop: null, phase: null, ending: null, replay: null });
  }

  /** The session's story, while one of its screens shows. */
  private get playing(): StoryPlay | null {
    return 'play' in this.screen ? this.screen.play : null;
  }

  // ── Session 0 and the sessions kept ───────────────────────────────────────

  showSetup(): void {
    this.leavePlay();
    this.go(
      { kind: 'setup' },
      renderSessionZero({
        setup: this.setup,
        ui: this.ui,
        workshopStrings: this.options.workshopStrings,
        onLanguage: (setup) => {
          this.setup = setup;
          this.setDocumentLang(setup.lang);
          this.showSetup();
          this.container.querySelector<HTMLSelectElement>('select[name="lang"]')?.focus();
        },
        onChange: (setup) => {
          this.setup = setup;
          this.changed();
        },
        onStart: (setup) => void this.startSession(setup),
        onSessions: () => this.showSessions(),
        onExit: () => {
          this.destroy();
          this.options.onExit();
        },
        joinPanel: this.options.joinPanel,
      }),
    );
    this.container.querySelector('h1')?.setAttribute('tabindex', '-1');
    this.focusHeading();
  }

  /** The lobby's one button (and Enter on Session 0): begin with the settings as they stand. */
  private begin(): void {
    if (this.screen.kind === 'setup') this.container.querySelector<HTMLFormElement>('form.ws-setup')?.requestSubmit();
  }

  showSessions(): void {
    this.leavePlay();
    const store = this.keeper.store;
    this.go(
      { kind: 'sessions' },
      renderSessionsScreen({
        lang: this.setup.lang,
        shellStrings: this.options.shellStrings,
        workshopStrings: this.options.workshopStrings,
        sessions: store.list(),
        storageAvailable: store.available,
        onOpen: (session) => this.showDebrief(session),
        onResume: (session) => void this.resumeSession(session, null),
        onDelete: (entry) => void this.deleteSession(entry),
        onImport: (file) => void this.keeper.open(file).then((session) => session && this.showDebrief(session)),
        onBack: () => this.showSetup(),
      }),
    );
    this.focusHeading();
  }

  private async deleteSession(entry: StoredSession): Promise<void> {
    const when = entry.ok ? formatWhen(entry.session.createdAt, this.setup.lang) : '—';
    if (await confirmDelete(this.options.root, this.s, when)) this.keeper.store.remove(entry.key);
    this.showSessions();
  }

  // ── Starting, resuming, ending ────────────────────────────────────────────

  private async startSession(setup: SessionSetup): Promise<void> {
    this.setup = setup;
    this.setDocumentLang(setup.lang);
    const now = this.now();
    const run = await startRun(this.stories, setup, newSessionId(now), now);
    if (!run) return;
    this.muted = !setup.sound;
    this.options.audio?.setMuted(this.muted);
    const play = this.newPlay(run);
    this.save(play);
    play.present(play.run.beat, { echo: null });
  }

  /** A kept session, on its own side's route and in its language, where it was. */
  private async resumeSession(session: SessionFile, place: LivePlace | null): Promise<void> {
    const run = await resumeRun(this.stories, session, (error) => this.keeper.reportFileError(error));
    if (!run) return this.showSetup();
    this.setup = setupOf(this.setup, session);
    this.setDocumentLang(session.lang);
    this.newPlay(run).present(run.beat, { echo: lastChoiceOf(run), at: place ?? undefined });
  }

  private finishSession(): void {
    const play = this.playing;
    if (!play) return;
    const file = play.run.toFile(this.now());
    this.save(play);
    this.presenter.ended();
    this.showDebrief(file);
  }

  showDebrief(session: SessionFile): void {
    this.leavePlay();
    this.setup = { ...this.setup, lang: session.lang };
    this.setDocumentLang(session.lang);
    this.go(
      { kind: 'debrief', session },
      renderDebrief(session, this.options.shellStrings[session.lang], this.options.workshopStrings[session.lang], {
        onPng: () => void this.keeper.exportPng(session),
        onPrint: () => (this.options.print ?? (() => window.print()))(),
        onJson: () => this.keeper.exportJson(session),
        onNewSession: () => this.showSetup(),
        onSessions: () => this.showSessions(),
      }),
    );
    if (session.ending) announcePage({ ending: session.ending });
    this.focusHeading();
  }

  // ── The story, the room's view ─────────────────────────────────────────────

  /** The story of a session, shown by its screens (it tells the shell which, through `show`). */
  private newPlay(run: WorkshopRun): StoryPlay {
    const play: StoryPlay = new StoryPlay(
      run,
      this.playHost(() => play),
    );
    return play;
  }

  private playHost(play: () => StoryPlay): ConstructorParameters<typeof StoryPlay>[1] {
    return {
      root: this.options.root,
      source: this.source,
      clock: this.clock,
      audio: this.options.audio,
      notices: this.notices,
      presenter: this.presenter,
      strings: () => this.s,
      ui: () => this.ui,
      setup: () => this.setup,
      muted: () => this.muted,
      screen: () => this.screen.kind,
      show: (kind, element) => this.go({ kind, play: play() }, element),
      save: () => this.save(play()),
      say: (message) => this.say(message),
      finish: () => this.finishSession(),
      changed: () => this.changed(),
      refocus: () => this.refocus(),
    };
  }

  /** Tell the room's view and the side panel what is on screen now. */
  private changed(): void {
    const play = this.playing;
    const moment = momentOf(this.setup, this.screen, this.overlays.cover, this.now());
    this.presenter.publish(moment);
    this.presenter.panel.update(presenterFacts(moment, this.presenter, play, this.s)); // moment.lang is the setup's
    writePlace(this.placeStore, play?.place() ?? null);
  }

  private toggleMute(): void {
    this.muted = !this.muted;
    this.options.audio?.setMuted(this.muted);
    this.say(this.muted ? this.ui.mute : this.s.soundLabel);
    const caption = this.container.querySelector('.ws-sound-caption');
    if (caption) caption.textContent = this.muted ? '' : soundCaptions(this.playing?.showing?.beat ?? null, this.ui);
  }

  private async openMenu(): Promise<void> {
    const answer = await askMenu(this.options.root, this.s);
    if (answer === 'debrief') {
      this.playing?.sides.drop();
      this.finishSession();
    } else if (answer === 'help') {
      await showKeys(this.options.root, this.s, Boolean(this.options.joinPanel));
      this.refocus();
    } else if (answer === 'stop') {
      this.save(this.playing);
      this.showSessions();
    } else this.refocus();
  }

  /** The one way from screen to screen: what shows, what the page announces, who is told. */
  private go(next: WorkshopScreen, element: HTMLElement): void {
    this.screen = next;
    if ('play' in next) next.play.shown(next.kind, element);
    const phase = 'play' in next ? (next.play.showing?.beat.phase ?? null) : null;
    const ending = next.kind === 'debrief' ? undefined : null; // the debrief announces its own
    announcePage({ screen: 'workshop', workshop: next.kind, phase, ending });
    replaceChildren(this.container, element);
    this.changed();
    if (!this.shownOnce) afterNextPaint(() => this.options.onSettled?.());
    this.shownOnce = true;
  }

  /** Leave the story screens: no vote open, no side path, no sound; the session kept. */
  private leavePlay(): void {
    const play = this.playing;
    if (play) {
      play.leave();
      this.save(play);
    }
    writePlace(this.placeStore, null);
  }

  private focusHeading(): void {
    this.container.querySelector<HTMLElement>('h1[tabindex]')?.focus();
  }

  private refocus(): void {
    if (!this.playing?.refocus(this.screen.kind, this.container)) this.focusHeading();
  }

  /** Keep the session on the laptop (nothing is lost if that fails: it can be exported). */
  private save(play: StoryPlay | null): void {
    if (play) this.keeper.keep(play.run.toFile(this.now()));
  }

  private setDocumentLang(lang: Lang): void {
    showLanguage(lang, this.options.shellStrings[lang], this.options.workshopStrings[lang], this.options.language);
  }

  private say(message: string): void {
    this.live.say(message);
  }
}

export type { WorkshopOptions } from './workshop-options';
