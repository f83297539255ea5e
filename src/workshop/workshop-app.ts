// Workshop mode's shell: one facilitator at a laptop, a group at a projector. It walks
// the session — Session 0, the story a few lines at a time, a vote at every choice, a
// pause card at the end of each phase, the debrief — and gives the facilitator keys for
// everything (H lists them): blank the screen, an X-card pause, jump to a phase, replay
// a choice on a side path. Story state lives in WorkshopRun, vote rules in vote.ts, the
// screens in their own modules; this file keeps the session moving and the keys working.
import { heartbeatBpm, type AudioPort } from '../audio/audio-port';
import { InkRuntimeError, type Beat, type Choice, type Lang, type Line, type SoundCue } from '../engine';
import type { KeyValueStore } from '../persistence/storage';
import type { CompiledStoryModule } from '../ui/app';
import { dialogOpen } from '../ui/dialogs';
import { h, replaceChildren } from '../ui/dom';
import type { ShellStrings, Strings } from '../ui/i18n';
import { Notices } from '../ui/notices';
import { formatWhen, renderDebrief } from './debrief';
import { downloadBlob, fileStem, posterPng, sessionJson } from './exports';
import { Overlays } from './overlays';
import { fromPhaseStart, paginate, splitAtPauses, type BeatPart } from './pages';
import { renderPauseCard, type PauseCard } from './pause-card';
import { renderPage, renderPlayFrame, renderReplayChoices, renderReplayEnd, soundCaptions } from './play-view';
import { SessionFileError, decodeSession, type SessionFile, type SessionProblem, type VoteRecord } from './session-file';
import { SessionStore, newSessionId, type StoredSession } from './session-store';
import { defaultSetup, renderSessionZero, type SessionSetup } from './session-zero';
import { renderSessionsScreen } from './sessions-screen';
import { WORKSHOP_STRINGS, type WorkshopStrings } from './strings';
import type { Decision, VoteRound } from './vote';
import { VotePanel } from './vote-panel';
import { HandCountSource, isManual, type VoteSource } from './vote-source';
import type { Clock } from './vote-timer';
import { askJump, askMenu, askReplayFrom, confirmDelete, showKeys } from './workshop-dialogs';
import { WorkshopRun } from './workshop-run';

export interface WorkshopOptions {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore;
  readonly loadStory: (lang: Lang) => Promise<CompiledStoryModule>;
  /** The shell's words in both languages (the room may switch at any time): loadAllStrings(). */
  readonly shellStrings: ShellStrings;
  /** What the title screen had chosen: the session starts from it. */
  readonly initial: { readonly lang: Lang; readonly partnerName: string; readonly partnerPronoun: 'he' | 'she' };
  readonly audio?: AudioPort;
  /** Where votes come from; hands counted by the facilitator unless another is given (phones, issue 6). */
  readonly voteSource?: VoteSource;
  /**
   * How phones join the room (the room client's join panel: QR code, address, code), when
   * votes come from phones. Shown on Session 0, and over any screen with Q.
   */
  readonly joinPanel?: HTMLElement;
  readonly clock?: Clock;
  readonly now?: () => Date;
  /** Leave workshop mode (back to the title screen). */
  readonly onExit: () => void;
  /** Trigger a file download (replaced in tests). */
  readonly download?: (fileName: string, blob: Blob) => void;
  readonly print?: () => void;
}

type ScreenKind = 'loading' | 'setup' | 'sessions' | 'read' | 'vote' | 'pause' | 'debrief';

/** The beat on screen, cut into parts (at pauses) and pages. */
interface Presentation {
  readonly beat: Beat;
  readonly parts: readonly BeatPart[];
  part: number;
  page: number;
  /** The choice just taken, shown on the first page. */
  readonly echo: string | null;
  /** On a side path (a replayed choice), not the group's own. */
  readonly replay: boolean;
  /** Lines whose sound has been played already (a page shown twice plays once). */
  readonly heard: Set<Line>;
}

const PLAY_SCREENS: readonly ScreenKind[] = ['read', 'vote', 'pause'];

export class WorkshopApp {
  private setup: SessionSetup;
  private run: WorkshopRun | null = null;
  private showing: Presentation | null = null;
  /** The group's place while a side path is open: where to come back to. */
  private mainPlace: { showing: Presentation | null; screen: ScreenKind } | null = null;
  private screen: ScreenKind = 'loading';
  private vote: VotePanel | null = null;
  /**
   * The vote the facilitator stepped back from to reread the beat: kept open (counts typed,
   * phones still voting) and shown again on the way forward.
   */
  private parked: { readonly beat: Beat; readonly panel: VotePanel } | null = null;
  private pauseCard: PauseCard | null = null;
  /** A side path reached an end of the story: Space or Enter goes back to the group's path. */
  private atReplayEnd = false;
  private muted = false;
  private voteNumber = 0;
  private saveWarned = false;
  private readonly container: HTMLElement;
  private readonly live: HTMLElement;
  private readonly notices: Notices;
  private readonly overlays: Overlays;
  private readonly store: SessionStore;
  private readonly source: VoteSource;
  private readonly clock: Clock;
  private readonly stopSource: () => void;
  private readonly stories = new Map<Lang, CompiledStoryModule>();

  constructor(private readonly options: WorkshopOptions) {
    const { lang, partnerName, partnerPronoun } = options.initial;
    this.setup = defaultSetup(lang, partnerName, partnerPronoun);
    this.store = new SessionStore(options.storage);
    this.source = options.voteSource ?? new HandCountSource();
    this.clock = options.clock ?? { now: () => performance.now() };
    this.notices = new Notices(() => this.ui.dismiss);
    this.container = h('div', { class: 'ws' });
    this.live = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-live': '' });
    this.overlays = new Overlays(options.root, {
      strings: () => this.s,
      silence: (on) => options.audio?.setMuted(on || this.muted),
      say: (message) => this.say(message),
      onXCardClosed: () => {
        this.source.resumed?.();
        this.refocus();
      },
      onJoinClosed: () => {
        if (this.screen === 'setup') this.showSetup(); // the panel lives on Session 0 too
        this.refocus();
      },
      joinPanel: options.joinPanel,
    });
    replaceChildren(options.root, this.notices.element, this.container, this.overlays.blankLayer, this.live);
    // An X-card can come from the vote source at any moment (phones: anonymously).
    this.stopSource = this.source.subscribe((event) => {
      if (event.type === 'pause') this.overlays.showXCard();
    });
    document.addEventListener('keydown', this.keyListener);
    for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, this.unlockAudio, { capture: true, once: true });
  }

  private readonly keyListener = (event: KeyboardEvent) => this.onKey(event);
  private readonly unlockAudio = () => this.options.audio?.unlock();

  private get s(): WorkshopStrings {
    return WORKSHOP_STRINGS[this.setup.lang];
  }

  private get ui(): Strings {
    return this.options.shellStrings[this.setup.lang];
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Open on Session 0. */
  start(): void {
    this.setDocumentLang(this.setup.lang);
    this.showSetup();
  }

  destroy(): void {
    document.removeEventListener('keydown', this.keyListener);
    for (const type of ['pointerdown', 'keydown'] as const) window.removeEventListener(type, this.unlockAudio, { capture: true });
    this.vote?.destroy();
    this.discardParked();
    this.overlays.destroy();
    this.stopSource();
    this.source.destroy();
    this.options.audio?.destroy();
    this.options.root.replaceChildren();
    for (const key of ['ws', 'phase', 'ending', 'replay'] as const) delete document.documentElement.dataset[key];
  }

  // ── Session 0 and the sessions kept ───────────────────────────────────────

  showSetup(): void {
    this.leavePlay();
    this.show(
      'setup',
      renderSessionZero({
        setup: this.setup,
        ui: this.ui,
        onLanguage: (setup) => {
          this.setup = setup;
          this.setDocumentLang(setup.lang);
          this.showSetup();
          this.container.querySelector<HTMLSelectElement>('select[name="lang"]')?.focus();
        },
        onStart: (setup) => void this.startSession(setup),
        onSessions: () => this.showSessions(),
        onExit: () => this.exit(),
        joinPanel: this.options.joinPanel,
      }),
    );
    this.container.querySelector('h1')?.setAttribute('tabindex', '-1');
    this.focusHeading();
  }

  showSessions(): void {
    this.leavePlay();
    this.show(
      'sessions',
      renderSessionsScreen({
        lang: this.setup.lang,
        shellStrings: this.options.shellStrings,
        sessions: this.store.list(),
        storageAvailable: this.store.available,
        onOpen: (session) => this.showDebrief(session),
        onResume: (session) => void this.resumeSession(session),
        onDelete: (entry) => void this.deleteSession(entry),
        onImport: (file) => void this.importSession(file),
        onBack: () => this.showSetup(),
      }),
    );
    this.focusHeading();
  }

  private async deleteSession(entry: StoredSession): Promise<void> {
    const when = entry.ok ? formatWhen(entry.session.createdAt, this.setup.lang) : '—';
    if (await confirmDelete(this.options.root, this.s, when)) this.store.remove(entry.key);
    this.showSessions();
  }

  private async importSession(file: File): Promise<void> {
    let session: SessionFile;
    try {
      session = decodeSession(await file.text());
    } catch (error) {
      this.reportFileError(error);
      return;
    }
    this.keep(session);
    this.showDebrief(session);
  }

  private reportFileError(error: unknown): void {
    if (!(error instanceof SessionFileError)) throw error;
    const s = this.s;
    const messages: Record<SessionProblem, string> = {
      'not-json': s.fileNotJson,
      'not-a-session': s.fileNotSession,
      'newer-format': s.fileNewer,
      damaged: s.fileDamaged,
      'other-build': s.fileOtherBuild,
      'other-language': s.fileOtherLanguage,
    };
    this.notices.show(messages[error.problem], 'error');
  }

  // ── Starting, resuming, ending ────────────────────────────────────────────

  private async startSession(setup: SessionSetup): Promise<void> {
    this.setup = setup;
    this.setDocumentLang(setup.lang);
    const story = await this.fetchStory(setup.lang);
    if (!story) return;
    this.muted = !setup.sound;
    this.options.audio?.setMuted(this.muted);
    const now = this.now();
    this.run = WorkshopRun.begin(
      { json: story.json, hash: story.hash, lang: setup.lang },
      {
        id: newSessionId(now),
        settings: { partnerName: setup.partnerName, partnerPronoun: setup.partnerPronoun, veilInfidelity: setup.veil },
        agreements: setup.agreements,
        now,
      },
    );
    this.save();
    this.present(this.run.beat, { echo: null });
  }

  private async resumeSession(session: SessionFile): Promise<void> {
    const story = await this.fetchStory(session.lang);
    if (!story) return;
    let run: WorkshopRun;
    try {
      run = WorkshopRun.resume({ json: story.json, hash: story.hash, lang: session.lang }, session);
    } catch (error) {
      this.reportFileError(error);
      return;
    }
    const { settings } = session;
    this.setup = {
      ...this.setup,
      lang: session.lang,
      partnerName: settings.partnerName,
      partnerPronoun: settings.partnerPronoun,
      veil: settings.veilInfidelity,
      agreements: session.agreements,
    };
    this.setDocumentLang(session.lang);
    this.run = run;
    const last = run.path.at(-1);
    this.present(run.beat, { echo: last ? (last.options[last.chosen]?.text ?? null) : null });
  }

  private async fetchStory(lang: Lang): Promise<CompiledStoryModule | null> {
    const cached = this.stories.get(lang);
    if (cached) return cached;
    try {
      const story = await this.options.loadStory(lang);
      this.stories.set(lang, story);
      return story;
    } catch {
      this.notices.show(this.s.storyLoadFailed, 'error');
      return null;
    }
  }

  private finishSession(): void {
    const run = this.run;
    if (!run) return;
    const file = run.toFile(this.now());
    this.save();
    this.showDebrief(file);
  }

  showDebrief(session: SessionFile): void {
    this.leavePlay();
    this.setup = { ...this.setup, lang: session.lang };
    this.setDocumentLang(session.lang);
    this.show(
      'debrief',
      renderDebrief(session, this.options.shellStrings[session.lang], {
        onPng: () => void this.exportPng(session),
        onPrint: () => (this.options.print ?? (() => window.print()))(),
        onJson: () => this.download(`${fileStem(session)}.json`, sessionJson(session)),
        onNewSession: () => this.showSetup(),
        onSessions: () => this.showSessions(),
      }),
    );
    if (session.ending) document.documentElement.dataset.ending = session.ending;
    this.focusHeading();
  }

  private exit(): void {
    this.destroy();
    this.options.onExit();
  }

  // ── Presenting the story ──────────────────────────────────────────────────

  /**
   * Put a beat on screen. `fromPhase`: start at that phase's first line (after a jump
   * back). `atPause`: start at the beat's pause card (after skipping ahead).
   */
  private present(beat: Beat, how: { echo: string | null; replay?: boolean; fromPhase?: number; atPause?: boolean }): void {
    let parts = splitAtPauses(beat.lines);
    const fromPhase = how.fromPhase;
    if (fromPhase !== undefined) {
      const at = parts.findIndex((p) => p.lines.some((l) => l.tags.phase === String(fromPhase)));
      if (at >= 0) parts = [{ ...parts[at]!, lines: fromPhaseStart(parts[at]!.lines, fromPhase) }, ...parts.slice(at + 1)];
    }
    this.discardParked();
    this.showing = { beat, parts, part: 0, page: 0, echo: how.echo, replay: how.replay ?? false, heard: new Set() };
    this.updateSound(beat);
    if (how.atPause) {
      const at = parts.findIndex((p) => p.pauseAfter !== null);
      if (at >= 0) {
        this.showing.part = at;
        this.openPause(parts[at]!.pauseAfter!);
        return;
      }
    }
    this.showPage();
  }

  private pagesOf(showing: Presentation, part = showing.part): Line[][] {
    return paginate(showing.parts[part]?.lines ?? []);
  }

  /** The first part with anything to read: the echo of the last choice goes on its first page. */
  private firstPartWithText(showing: Presentation): number {
    const at = showing.parts.findIndex((_, i) => this.pagesOf(showing, i)[0]!.length > 0);
    return at < 0 ? 0 : at;
  }

  private showPage(): void {
    const showing = this.showing;
    if (!showing) return;
    const pages = this.pagesOf(showing);
    const lines = pages[showing.page] ?? [];
    const first = showing.part === this.firstPartWithText(showing) && showing.page === 0;
    // A part with nothing to read (only tags) is passed by.
    if (lines.length === 0 && !(first && showing.echo)) {
      this.afterPart();
      return;
    }
    const { page, nav } = renderPage({
      strings: this.s,
      ui: this.ui,
      lines,
      echo: first && showing.echo ? { text: showing.echo, sidePath: showing.replay } : null,
      page: showing.page,
      pages: pages.length,
      onPrevious: () => this.previous(),
      onNext: () => this.next(),
    });
    this.show('read', this.frame('ws-read', page, nav));
    for (const line of lines) {
      if (line.tags.sfx && !showing.heard.has(line)) {
        showing.heard.add(line);
        this.options.audio?.playCue(line.tags.sfx as SoundCue);
      }
    }
    page.focus();
  }

  private frame(kind: string, ...body: HTMLElement[]): HTMLElement {
    const replay = this.showing?.replay ? this.run?.activeReplay : null;
    return renderPlayFrame(
      kind,
      {
        strings: this.s,
        ui: this.ui,
        lang: this.setup.lang,
        beat: this.showing?.beat ?? null,
        muted: this.muted,
        replayFrom: replay ? replay.from : null,
        onReturn: () => this.closeReplay(),
      },
      ...body,
    );
  }

  private next(): void {
    const showing = this.showing;
    if (!showing) return;
    if (this.screen === 'pause') {
      this.afterPart();
      return;
    }
    if (this.screen !== 'read') return;
    if (this.atReplayEnd) this.closeReplay();
    else if (showing.page < this.pagesOf(showing).length - 1) {
      showing.page += 1;
      this.showPage();
    } else this.endOfPart();
  }

  private previous(): void {
    const showing = this.showing;
    if (!showing) return;
    if (this.screen === 'vote' && this.vote) {
      this.parked = { beat: showing.beat, panel: this.vote };
      this.vote = null;
    }
    if (this.screen === 'read' && showing.page > 0) {
      showing.page -= 1;
      this.showPage();
      return;
    }
    // Back to the last page of the nearest earlier part that has text.
    const first = this.firstPartWithText(showing);
    for (let part = this.screen === 'read' ? showing.part - 1 : showing.part; part >= 0; part--) {
      const pages = this.pagesOf(showing, part);
      if (pages[0]!.length > 0 || (part === first && showing.echo)) {
        showing.part = part;
        showing.page = pages.length - 1;
        this.showPage();
        return;
      }
    }
  }

  private endOfPart(): void {
    const showing = this.showing;
    if (!showing) return;
    const pause = showing.parts[showing.part]?.pauseAfter ?? null;
    if (pause !== null && !showing.replay) this.openPause(pause);
    else this.afterPart();
  }

  private afterPart(): void {
    const showing = this.showing;
    if (!showing) return;
    if (showing.part < showing.parts.length - 1) {
      showing.part += 1;
      showing.page = 0;
      this.showPage();
    } else if (showing.replay) this.showReplayChoices();
    else if (showing.beat.finished) this.finishSession();
    else this.openVote();
  }

  // ── Pauses ─────────────────────────────────────────────────────────────────

  private openPause(phase: number): void {
    const run = this.run;
    if (!run) return;
    if (run.pausesHeld.at(-1) !== phase) run.markPause(phase);
    this.save();
    this.pauseCard = renderPauseCard({ strings: this.s, phase, session: run.toFile(this.now()), onContinue: () => this.afterPart() });
    this.show('pause', this.pauseCard.element);
    this.focusHeading();
  }

  // ── Voting ─────────────────────────────────────────────────────────────────

  private openVote(): void {
    const showing = this.showing;
    if (!showing) return;
    const parked = this.parked;
    this.parked = null;
    if (parked && parked.beat === showing.beat) {
      this.vote = parked.panel;
      this.show('vote', this.frame('ws-voting', parked.panel.element));
      parked.panel.focus();
      return;
    }
    parked?.panel.destroy();
    this.voteNumber += 1;
    this.vote = new VotePanel({
      strings: this.s,
      ui: this.ui,
      choices: showing.beat.choices,
      questionId: `c${this.run?.path.length ?? 0}-v${this.voteNumber}`,
      mode: this.setup.mode,
      source: this.source,
      clock: this.clock,
      timerSeconds: this.setup.timerSeconds,
      onCommit: (decision, round, timed) => this.commitVote(decision, round, timed),
      say: (message) => this.say(message),
      onBack: () => this.previous(),
    });
    this.show('vote', this.frame('ws-voting', this.vote.element));
    this.vote.focus();
  }

  private commitVote(decision: Decision, round: VoteRound, timed: boolean): void {
    const run = this.run;
    const showing = this.showing;
    this.vote = null;
    const choice = showing?.beat.choices.find((c) => c.index === decision.index);
    if (!run || !choice) return;
    const record: VoteRecord = {
      mode: round.mode,
      counts: [...round.counts],
      source: this.source.kind,
      outcome: decision.outcome,
      decidedBy: decision.decidedBy,
      timed,
    };
    let beat: Beat;
    try {
      beat = run.choose(choice.index, record);
    } catch (error) {
      if (!(error instanceof InkRuntimeError)) throw error;
      console.error(error);
      this.notices.show(this.s.storyError, 'error');
      this.openVote();
      return;
    }
    this.save();
    this.present(beat, { echo: choice.text });
  }

  // ── Replaying a choice on a side path ──────────────────────────────────────

  private async openReplay(): Promise<void> {
    const run = this.run;
    if (!run) return;
    if (run.activeReplay) {
      this.closeReplay();
      return;
    }
    const from = await askReplayFrom(this.options.root, this.s, run);
    if (from === null) {
      this.refocus();
      return;
    }
    this.mainPlace = { showing: this.showing, screen: this.screen };
    this.discardParked();
    const replay = run.openReplay(from);
    document.documentElement.dataset.replay = 'true';
    this.showing = { beat: replay.beat, parts: [], part: 0, page: 0, echo: null, replay: true, heard: new Set() };
    this.showReplayChoices();
  }

  private showReplayChoices(): void {
    const replay = this.run?.activeReplay;
    const showing = this.showing;
    if (!replay || !showing) return;
    this.updateSound(showing.beat);
    if (showing.beat.finished) {
      const end = renderReplayEnd(showing.beat, this.s, this.ui);
      this.show('read', this.frame('ws-read', end));
      this.atReplayEnd = true;
      end.focus();
      return;
    }
    const section = renderReplayChoices({
      strings: this.s,
      ui: this.ui,
      choices: showing.beat.choices,
      ours: replay.depth === 0 ? replay.groupChose : null,
      onChoose: (choice) => this.chooseInReplay(choice),
    });
    this.show('vote', this.frame('ws-voting', section));
    section.querySelector<HTMLElement>('#ws-vote-title')?.focus();
  }

  private chooseInReplay(choice: Choice): void {
    const replay = this.run?.activeReplay;
    if (!replay) return;
    if (choice.locked) {
      this.say(this.ui.lockedLabel(choice.lockReason ?? ''));
      return;
    }
    let beat: Beat;
    try {
      beat = replay.choose(choice.index);
    } catch (error) {
      if (!(error instanceof InkRuntimeError)) throw error;
      this.notices.show(this.s.storyError, 'error');
      return;
    }
    this.save();
    this.present(beat, { echo: choice.text, replay: true });
  }

  /** Back to the group's own path, to the screen it was on. */
  private closeReplay(): void {
    const run = this.run;
    if (!run?.activeReplay) return;
    run.closeReplay();
    this.save();
    delete document.documentElement.dataset.replay;
    const place = this.mainPlace;
    this.mainPlace = null;
    this.showing = place?.showing ?? null;
    if (!this.showing) {
      this.present(run.beat, { echo: null });
      return;
    }
    this.updateSound(this.showing.beat);
    if (place?.screen === 'vote') this.openVote();
    else if (place?.screen === 'pause') this.openPause(this.showing.parts[this.showing.part]?.pauseAfter ?? this.showing.beat.phase);
    else this.showPage();
  }

  /** Close a side path without going back to the screen it left (a jump, the menu). */
  private dropReplay(): void {
    this.mainPlace = null;
    delete document.documentElement.dataset.replay;
    this.run?.closeReplay();
  }

  // ── Jumping between phases ─────────────────────────────────────────────────

  private async openJump(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const answer = await askJump(this.options.root, this.s, this.ui, run);
    if (!answer) {
      this.refocus();
      return;
    }
    this.dropReplay();
    if (answer.kind === 'skip') {
      const beat = run.skipToNextPhase();
      this.save();
      this.present(beat, { echo: null, atPause: true });
    } else {
      const beat = run.jumpBack(answer.phase);
      this.save();
      this.present(beat, { echo: null, fromPhase: answer.phase });
    }
  }

  // ── Menu, sound, full screen ───────────────────────────────────────────────

  private async openMenu(): Promise<void> {
    const answer = await askMenu(this.options.root, this.s);
    if (answer === 'debrief') {
      this.dropReplay();
      this.finishSession();
    } else if (answer === 'help') {
      await showKeys(this.options.root, this.s, Boolean(this.options.joinPanel));
      this.refocus();
    } else if (answer === 'stop') {
      this.save();
      this.showSessions();
    } else this.refocus();
  }

  private toggleMute(): void {
    this.muted = !this.muted;
    this.options.audio?.setMuted(this.muted);
    this.say(this.muted ? this.ui.mute : this.s.soundLabel);
    const caption = this.container.querySelector('.ws-sound-caption');
    if (caption) caption.textContent = this.muted ? '' : soundCaptions(this.showing?.beat ?? null, this.setup.lang);
  }

  private toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  // ── Keys ───────────────────────────────────────────────────────────────────

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (dialogOpen(this.options.root)) return; // the dialog owns the keys (Esc closes it)
    if (this.overlays.active) {
      if (this.overlays.handleKey(event)) event.preventDefault();
      return;
    }
    const key = event.key;
    const lower = key.toLowerCase();
    const target = event.target as HTMLElement | null;
    const inCount = target instanceof HTMLInputElement && target.classList.contains('ws-count');
    const typing = !inCount && !!target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (typing) return;
    if (this.screen === 'vote' && this.vote?.handleKey(event)) {
      event.preventDefault();
      return;
    }
    // In a count box only the letter keys (and Esc) are the facilitator's; the rest is typing.
    if (inCount && !/^[a-z?]$/i.test(key) && key !== 'Escape') return;
    const onButton = target?.tagName === 'BUTTON';
    const playing = this.run !== null && PLAY_SCREENS.includes(this.screen);
    let used = true;
    if (lower === 'b') this.overlays.toggleBlank();
    else if (lower === 'x') {
      if (isManual(this.source)) this.source.requestPause();
      else this.overlays.showXCard();
    } else if (lower === 'h' || key === '?') void showKeys(this.options.root, this.s, Boolean(this.options.joinPanel)).then(() => this.refocus());
    else if (lower === 'f') this.toggleFullscreen();
    else if (lower === 'q' && this.options.joinPanel) this.overlays.toggleJoin();
    else if (lower === 'm') this.toggleMute();
    else if (lower === 'j' && playing) void this.openJump();
    else if (lower === 'o' && playing) void this.openReplay();
    else if (lower === 's' && this.screen === 'pause') this.pauseCard?.showSteps();
    else if ((key === ' ' || key === 'Enter') && onButton) used = false; // the button's own click
    else if ((key === ' ' || key === 'ArrowRight' || key === 'PageDown') && this.screen === 'read') this.next();
    else if (key === 'Enter' && (this.screen === 'read' || this.screen === 'pause')) this.next();
    else if ((key === 'ArrowLeft' || key === 'PageUp') && playing) this.previous();
    else if (/^[1-9]$/.test(key) && this.screen === 'vote' && this.showing?.replay) {
      const choice = this.showing.beat.choices[Number(key) - 1];
      if (choice) this.chooseInReplay(choice);
    } else if (key === 'Escape' && playing) void this.openMenu();
    else if (key === 'Escape' && this.screen === 'debrief') this.showSessions();
    else used = false;
    if (used) event.preventDefault();
  }

  // ── Small helpers ──────────────────────────────────────────────────────────

  private show(kind: ScreenKind, element: HTMLElement): void {
    this.screen = kind;
    this.atReplayEnd = false;
    if (kind !== 'pause') this.pauseCard = null;
    // A vote panel lives only as long as it is on screen (a side path's options are not one).
    if (this.vote && !element.contains(this.vote.element)) {
      this.vote.destroy();
      this.vote = null;
    }
    const root = document.documentElement;
    root.dataset.screen = 'workshop';
    root.dataset.ws = kind;
    if (kind !== 'debrief') delete root.dataset.ending;
    if (PLAY_SCREENS.includes(kind) && this.showing) root.dataset.phase = String(this.showing.beat.phase);
    else delete root.dataset.phase;
    replaceChildren(this.container, element);
  }

  /** Leave the story screens: no vote open, no side path, no sound; the session kept. */
  private leavePlay(): void {
    this.vote?.destroy();
    this.vote = null;
    this.discardParked();
    this.pauseCard = null;
    if (this.run?.activeReplay) this.dropReplay();
    this.showing = null;
    if (this.run) this.save();
    this.run = null;
    this.options.audio?.setAmbience(null);
    this.options.audio?.setHeartbeat(0);
  }

  private discardParked(): void {
    this.parked?.panel.destroy();
    this.parked = null;
  }

  private updateSound(beat: Beat): void {
    this.options.audio?.setAmbience(beat.scene);
    this.options.audio?.setHeartbeat(heartbeatBpm(beat.meters.pursue));
  }

  private focusHeading(): void {
    this.container.querySelector<HTMLElement>('h1[tabindex]')?.focus();
  }

  private refocus(): void {
    if (this.screen === 'vote' && this.vote) this.vote.focus();
    else if (this.screen === 'vote') this.container.querySelector<HTMLElement>('#ws-vote-title')?.focus();
    else if (this.screen === 'read') this.container.querySelector<HTMLElement>('.ws-page')?.focus();
    else this.focusHeading();
  }

  /** Keep the session on the laptop; say once if that fails (nothing is lost: it can be exported). */
  private save(): void {
    if (this.run) this.keep(this.run.toFile(this.now()));
  }

  private keep(session: SessionFile): void {
    const result = this.store.save(session);
    if (!result.ok && !this.saveWarned) {
      this.saveWarned = true;
      this.notices.show(result.problem === 'full' ? this.s.storageFull : this.s.storageUnavailable, 'error');
    }
  }

  private async exportPng(session: SessionFile): Promise<void> {
    try {
      this.download(`${fileStem(session)}.png`, await posterPng(session, this.options.shellStrings[session.lang]));
    } catch (error) {
      console.error(error);
      this.notices.show(WORKSHOP_STRINGS[session.lang].pngFailed, 'error');
    }
  }

  private download(fileName: string, blob: Blob): void {
    (this.options.download ?? downloadBlob)(fileName, blob);
    this.say(this.s.exported);
  }

  private setDocumentLang(lang: Lang): void {
    const root = document.documentElement;
    root.lang = lang;
    root.dataset.lang = lang;
    document.title = `${this.options.shellStrings[lang].gameTitle} — ${WORKSHOP_STRINGS[lang].modeName}`;
  }

  private say(message: string): void {
    this.live.textContent = '';
    setTimeout(() => (this.live.textContent = message), 30);
  }
}
