// Workshop mode's shell: one facilitator at a laptop, a group at a projector. It walks
// the session — Session 0, the story a few lines at a time, a vote at every choice, a
// pause card at the end of each phase, the debrief — and gives the facilitator keys for
// everything (H lists them): blank the screen, an X-card pause, jump to a phase, replay
// a choice on a side path. Story state lives in WorkshopRun, vote rules in vote.ts; this
// file draws screens and turns keys and clicks into calls on them.
import { heartbeatBpm, type AudioPort } from '../audio/audio-port';
import { ambienceCaption, heartbeatCaption } from '../audio/captions';
import { InkRuntimeError, type Beat, type Choice, type Lang, type Line, type SoundCue } from '../engine';
import type { KeyValueStore } from '../persistence/storage';
import type { CompiledStoryModule } from '../ui/app';
import { askDialog, dialogOpen } from '../ui/dialogs';
import { h, replaceChildren } from '../ui/dom';
import { STRINGS, type Strings } from '../ui/i18n';
import { Notices } from '../ui/notices';
import { canvasToPng, paintPoster } from './chart-canvas';
import { renderDebrief } from './debrief';
import { fromPhaseStart, paginate, splitAtPauses, type BeatPart } from './pages';
import { renderPauseCard, type PauseCard } from './pause-card';
import { renderSessionZero, defaultSetup, type SessionSetup } from './session-zero';
import { SessionFileError, decodeSession, encodeSession, type SessionFile, type SessionProblem, type VoteRecord } from './session-file';
import { SessionStore, newSessionId, type StoredSession } from './session-store';
import { renderSessionsScreen } from './sessions-screen';
import { WORKSHOP_STRINGS, type WorkshopStrings } from './strings';
import type { Decision, VoteRound } from './vote';
import { VotePanel } from './vote-panel';
import { HandCountSource, isManual, type VoteSource } from './vote-source';
import type { Clock } from './vote-timer';
import { WorkshopRun } from './workshop-run';

export interface WorkshopOptions {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore;
  readonly loadStory: (lang: Lang) => Promise<CompiledStoryModule>;
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

const KEY_HINT_SCREENS: readonly ScreenKind[] = ['read', 'vote', 'pause'];

export class WorkshopApp {
  private setup: SessionSetup;
  private run: WorkshopRun | null = null;
  private showing: Presentation | null = null;
  /** The group's place while a side path is open: where to come back to. */
  private mainPlace: { showing: Presentation | null; screen: ScreenKind } | null = null;
  private screen: ScreenKind = 'loading';
  private vote: VotePanel | null = null;
  private pauseCard: PauseCard | null = null;
  private blanked = false;
  /** The side path has reached an end of the story: Space or Enter goes back to the group's path. */
  private atReplayEnd = false;
  private xCard: HTMLElement | null = null;
  private joinOverlay: HTMLElement | null = null;
  private muted = false;
  private voteNumber = 0;
  private saveWarned = false;
  private readonly container: HTMLElement;
  private readonly blankLayer: HTMLElement;
  private readonly live: HTMLElement;
  private readonly notices: Notices;
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
    this.notices = new Notices(() => STRINGS[this.setup.lang].dismiss);
    this.container = h('div', { class: 'ws' });
    this.blankLayer = h('div', { class: 'ws-blank', hidden: true }, h('p', { class: 'visually-hidden' }, ''));
    this.live = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-live': '' });
    replaceChildren(options.root, this.notices.element, this.container, this.blankLayer, this.live);
    // An X-card can come from the vote source at any moment (phones: anonymously).
    this.stopSource = this.source.subscribe((event) => {
      if (event.type === 'pause') this.showXCard();
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
    return STRINGS[this.setup.lang];
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  destroy(): void {
    document.removeEventListener('keydown', this.keyListener);
    for (const type of ['pointerdown', 'keydown'] as const) window.removeEventListener(type, this.unlockAudio, { capture: true });
    this.vote?.destroy();
    this.stopSource();
    this.source.destroy();
    this.options.audio?.destroy();
    this.options.root.replaceChildren();
    delete document.documentElement.dataset.ws;
    delete document.documentElement.dataset.phase;
    delete document.documentElement.dataset.ending;
    delete document.documentElement.dataset.replay;
  }

  // ── Session 0 and the sessions kept ───────────────────────────────────────

  showSetup(): void {
    this.leavePlay();
    this.show('setup', renderSessionZero({
      setup: this.setup,
      onLanguage: (setup) => {
        this.setup = setup;
        this.showSetup();
        this.container.querySelector<HTMLSelectElement>('select[name="lang"]')?.focus();
      },
      onStart: (setup) => void this.startSession(setup),
      onSessions: () => this.showSessions(),
      onExit: () => this.exit(),
      joinPanel: this.options.joinPanel,
    }));
    this.container.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
  }

  showSessions(): void {
    this.leavePlay();
    this.show('sessions', renderSessionsScreen({
      lang: this.setup.lang,
      sessions: this.store.list(),
      storageAvailable: this.store.available,
      onOpen: (session) => this.showDebrief(session),
      onResume: (session) => void this.resumeSession(session),
      onDelete: (entry) => void this.deleteSession(entry),
      onImport: (file) => void this.importSession(file),
      onBack: () => this.showSetup(),
    }));
    this.focusHeading();
  }

  private async deleteSession(entry: StoredSession): Promise<void> {
    const when = entry.ok ? new Date(entry.session.createdAt).toLocaleString(this.setup.lang === 'nl' ? 'nl-NL' : 'en-GB') : '—';
    const answer = await askDialog(this.options.root, this.s.deleteSession, this.s.deleteConfirm(when), [
      { id: 'cancel', label: this.s.cancel },
      { id: 'delete', label: this.s.deleteSession, primary: true },
    ]);
    if (answer === 'delete') this.store.remove(entry.key);
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
    this.setup = {
      ...this.setup,
      lang: session.lang,
      partnerName: session.settings.partnerName,
      partnerPronoun: session.settings.partnerPronoun,
      veil: session.settings.veilInfidelity,
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
    this.show('debrief', renderDebrief(session, {
      onPng: () => void this.exportPng(session),
      onPrint: () => (this.options.print ?? (() => window.print()))(),
      onJson: () => this.download(`${this.fileStem(session)}.json`, new Blob([encodeSession(session)], { type: 'application/json' })),
      onNewSession: () => this.showSetup(),
      onSessions: () => this.showSessions(),
    }));
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
    if (how.fromPhase !== undefined) {
      const at = parts.findIndex((p) => p.lines.some((l) => l.tags.phase === String(how.fromPhase)));
      if (at >= 0) parts = [{ ...parts[at]!, lines: fromPhaseStart(parts[at]!.lines, how.fromPhase) }, ...parts.slice(at + 1)];
    }
    this.showing = { beat, parts, part: 0, page: 0, echo: how.echo, replay: how.replay ?? false, heard: new Set() };
    this.updateSound(beat);
    document.documentElement.dataset.phase = String(beat.phase);
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

  private pagesOf(showing: Presentation): Line[][] {
    return paginate(showing.parts[showing.part]?.lines ?? []);
  }

  private showPage(): void {
    const showing = this.showing;
    if (!showing) return;
    const pages = this.pagesOf(showing);
    const lines = pages[showing.page] ?? [];
    const firstShown = showing.part === this.firstPartWithText(showing) && showing.page === 0;
    // A part with nothing to read (only tags) is passed by.
    if (lines.length === 0 && !(firstShown && showing.echo)) {
      this.afterPart();
      return;
    }
    const s = this.s;
    const echo = firstShown && showing.echo ? h('p', { class: 'ws-echo' }, h('span', { class: 'ws-echo-label' }, `${showing.replay ? s.chartOtherPath : s.weChose}: `), showing.echo) : null;
    const page = h(
      'section',
      { class: 'ws-page', tabindex: -1, 'aria-label': s.pageOf(showing.page + 1, pages.length) },
      echo,
      lines.map((line) => this.renderLine(line)),
    );
    const nav = h(
      'nav',
      { class: 'ws-nav', 'aria-label': s.pageOf(showing.page + 1, pages.length) },
      h('button', { type: 'button', class: 'secondary', 'data-action': 'previous', onclick: () => this.previous() }, `← ${s.previousPage}`),
      h('span', { class: 'ws-page-count', 'aria-hidden': 'true' }, `${showing.page + 1} / ${pages.length}`),
      h('button', { type: 'button', class: 'primary', 'data-action': 'next', onclick: () => this.next() }, `${s.nextPage} (→)`),
    );
    this.show('read', this.playScreen('ws-read', page, nav));
    for (const line of lines) {
      if (line.tags.sfx && !showing.heard.has(line)) {
        showing.heard.add(line);
        this.options.audio?.playCue(line.tags.sfx as SoundCue);
      }
    }
    page.focus();
  }

  private firstPartWithText(showing: Presentation): number {
    const at = showing.parts.findIndex((p) => paginate(p.lines)[0]!.length > 0);
    return at < 0 ? 0 : at;
  }

  private renderLine(line: Line): HTMLElement {
    const caption = line.tags.sfx ? this.ui.captions[line.tags.sfx as keyof Strings['captions']] : undefined;
    const classes = ['ws-line'];
    if (line.tags.letter) classes.push('ws-line-letter');
    if (line.tags.body) classes.push('ws-line-body');
    if (line.tags.pause) classes.push('ws-line-pause');
    return h('p', { class: classes.join(' ') }, caption ? h('span', { class: 'ws-caption' }, caption) : null, caption && line.text ? ' ' : null, line.text);
  }

  /** The frame around a playing screen: where we are, what is heard, the key hint. */
  private playScreen(kind: string, ...body: HTMLElement[]): HTMLElement {
    const beat = this.showing?.beat;
    const phase = beat?.phase ?? 1;
    const s = this.s;
    const bpm = beat ? heartbeatBpm(beat.meters.pursue) : 0;
    const captions = [ambienceCaption(beat?.scene ?? null, this.setup.lang), heartbeatCaption(bpm, this.setup.lang)].filter(Boolean).join(' ');
    const replay = this.run?.activeReplay;
    return h(
      'main',
      { class: `ws-screen ws-play ${kind}`, 'data-replay': String(Boolean(this.showing?.replay)) },
      h(
        'header',
        { class: 'ws-bar' },
        h('p', { class: 'ws-phase' }, s.phaseHeading(phase, this.ui.phaseNames[phase] ?? '')),
        h('p', { class: 'ws-sound-caption' }, this.muted ? '' : captions),
        h('p', { class: 'ws-key-hint' }, s.helpHint),
      ),
      this.showing?.replay && replay
        ? h(
            'div',
            { class: 'ws-replay-banner', role: 'note' },
            h('p', {}, s.replayBanner(replay.from + 1)),
            h('button', { type: 'button', class: 'secondary', 'data-action': 'replay-return', onclick: () => this.closeReplay() }, `${s.replayReturn} (O)`),
          )
        : null,
      ...body,
    );
  }

  private next(): void {
    const showing = this.showing;
    if (!showing) return;
    if (this.screen === 'read') {
      if (showing.page < this.pagesOf(showing).length - 1) {
        showing.page += 1;
        this.showPage();
      } else this.endOfPart();
    } else if (this.screen === 'pause') this.afterPart();
  }

  private previous(): void {
    const showing = this.showing;
    if (!showing) return;
    if (this.screen === 'read' && showing.page > 0) {
      showing.page -= 1;
      this.showPage();
      return;
    }
    // Back to the last page of the nearest earlier part that has text.
    const from = this.screen === 'read' ? showing.part - 1 : showing.part;
    for (let part = from; part >= 0; part--) {
      const pages = paginate(showing.parts[part]?.lines ?? []);
      if (pages[0]!.length > 0 || (part === this.firstPartWithText(showing) && showing.echo)) {
        this.vote?.destroy();
        this.vote = null;
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
    });
    const back = h('nav', { class: 'ws-nav' }, h('button', { type: 'button', class: 'secondary', 'data-action': 'previous', onclick: () => this.previous() }, `← ${this.s.previousPage}`));
    this.show('vote', this.playScreen('ws-voting', this.vote.element, back));
    this.vote.focus();
  }

  private commitVote(decision: Decision, round: VoteRound, timed: boolean): void {
    const run = this.run;
    const showing = this.showing;
    this.vote = null;
    if (!run || !showing) return;
    const choice = showing.beat.choices.find((c) => c.index === decision.index);
    if (!choice) return;
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
    const s = this.s;
    if (run.path.length === 0) {
      await askDialog(this.options.root, s.replayTitle, s.replayNothing, [{ id: 'close', label: s.close, primary: true }]);
      return;
    }
    const items = run.path
      .map((c, i) => ({ id: `replay-${i}`, label: s.replayItem(i + 1, c.phase, c.options[c.chosen]?.text ?? '') }))
      .reverse();
    const answer = await askDialog(this.options.root, s.replayTitle, s.replayHint, [...items, { id: 'cancel', label: s.cancel }]);
    const match = /^replay-(\d+)$/.exec(answer);
    if (!match) return;
    const from = Number(match[1]);
    this.mainPlace = { showing: this.showing, screen: this.screen };
    this.vote?.destroy();
    this.vote = null;
    const replay = run.openReplay(from);
    document.documentElement.dataset.replay = 'true';
    this.showing = { beat: replay.beat, parts: [], part: 0, page: 0, echo: null, replay: true, heard: new Set() };
    this.showReplayChoices();
  }

  private showReplayChoices(): void {
    const replay = this.run?.activeReplay;
    const showing = this.showing;
    if (!replay || !showing) return;
    const s = this.s;
    this.updateSound(showing.beat);
    document.documentElement.dataset.phase = String(showing.beat.phase);
    if (showing.beat.finished) {
      const end = h(
        'section',
        { class: 'ws-page', tabindex: -1 },
        h('p', { class: 'ws-line' }, s.replayEnded),
        showing.beat.ending ? h('p', { class: 'ws-line' }, this.ui.endingNames[showing.beat.ending]) : null,
      );
      this.show('read', this.playScreen('ws-read', end));
      this.atReplayEnd = true;
      end.focus();
      return;
    }
    const list = h(
      'ol',
      { class: 'ws-options ws-replay-options' },
      showing.beat.choices.map((choice, position) =>
        h(
          'li',
          { class: `ws-option${choice.locked ? ' ws-option-locked' : ''}`, 'data-position': position, 'data-ours': String(replay.depth === 0 && replay.groupChose === position) },
          h('span', { class: 'ws-key', 'aria-hidden': 'true' }, String(position + 1)),
          h(
            'button',
            {
              type: 'button',
              class: 'ws-option-button',
              'aria-disabled': choice.locked ? 'true' : undefined,
              onclick: () => this.chooseInReplay(choice),
            },
            choice.locked ? h('s', {}, choice.text) : choice.text,
            replay.depth === 0 && replay.groupChose === position ? h('span', { class: 'ws-ours' }, ` — ${s.replayOurChoice}`) : null,
            choice.locked ? h('span', { class: 'ws-lock-reason' }, ` ${this.ui.lockedLabel(choice.lockReason ?? '')}`) : null,
          ),
        ),
      ),
    );
    const section = h('section', { class: 'ws-vote', 'aria-labelledby': 'ws-vote-title' }, h('h2', { id: 'ws-vote-title', tabindex: -1 }, s.voteTitle), list);
    this.show('vote', this.playScreen('ws-voting', section));
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
    document.documentElement.dataset.phase = String(this.showing.beat.phase);
    if (place?.screen === 'vote') this.openVote();
    else if (place?.screen === 'pause') this.openPause(this.showing.parts[this.showing.part]?.pauseAfter ?? this.showing.beat.phase);
    else this.showPage();
  }

  // ── Jumping between phases ─────────────────────────────────────────────────

  private async openJump(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const s = this.s;
    const starts = [...run.phaseStarts().keys()].sort((a, b) => a - b);
    const current = run.beat.phase;
    const buttons = starts.map((phase) => ({ id: `back-${phase}`, label: s.jumpBackTo(phase, this.ui.phaseNames[phase] ?? '') }));
    if (!run.beat.finished) {
      buttons.push({
        id: 'skip',
        label: current < 5 ? s.jumpSkipTo(current + 1, this.ui.phaseNames[current + 1] ?? '') : s.jumpSkipToEnd,
      });
    }
    if (buttons.length === 0) {
      await askDialog(this.options.root, s.jumpTitle, s.jumpNothing, [{ id: 'close', label: s.close, primary: true }]);
      return;
    }
    const answer = await askDialog(this.options.root, s.jumpTitle, null, [...buttons, { id: 'cancel', label: s.cancel }]);
    if (answer === 'skip') {
      this.leaveReplayQuietly();
      const beat = run.skipToNextPhase();
      this.save();
      this.present(beat, { echo: null, atPause: true });
      return;
    }
    const match = /^back-(\d)$/.exec(answer);
    if (!match) return;
    const phase = Number(match[1]);
    const sure = await askDialog(this.options.root, s.jumpTitle, s.jumpBackConfirm(phase), [
      { id: 'cancel', label: s.cancel },
      { id: 'jump', label: s.jumpBackTo(phase, this.ui.phaseNames[phase] ?? ''), primary: true },
    ]);
    if (sure !== 'jump') return;
    this.leaveReplayQuietly();
    const beat = run.jumpBack(phase);
    this.save();
    this.present(beat, { echo: null, fromPhase: phase });
  }

  private leaveReplayQuietly(): void {
    this.vote?.destroy();
    this.vote = null;
    this.mainPlace = null;
    delete document.documentElement.dataset.replay;
    this.run?.closeReplay();
  }

  // ── Overlays: blank, X-card, help, menu ────────────────────────────────────

  private toggleBlank(): void {
    this.blanked = !this.blanked;
    this.blankLayer.hidden = !this.blanked;
    const text = this.blankLayer.querySelector('p');
    if (text) text.textContent = this.blanked ? this.s.blanked : '';
    document.documentElement.dataset.blank = String(this.blanked);
    if (this.blanked) {
      this.options.audio?.setMuted(true);
      this.say(this.s.blanked);
    } else this.options.audio?.setMuted(this.muted);
  }

  private showXCard(): void {
    if (this.xCard) return;
    const s = this.s;
    const resume = h('button', { type: 'button', class: 'primary', 'data-action': 'x-resume', onclick: () => this.closeXCard() }, `${s.xCardResume} (Enter)`);
    this.xCard = h(
      'div',
      { class: 'ws-xcard', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'ws-xcard-title', 'aria-describedby': 'ws-xcard-text' },
      h('h1', { id: 'ws-xcard-title' }, s.xCardTitle),
      h('p', { id: 'ws-xcard-text' }, s.xCardText),
      resume,
    );
    this.options.root.append(this.xCard);
    document.documentElement.dataset.xcard = 'true';
    this.options.audio?.setMuted(true);
    resume.focus();
  }

  private closeXCard(): void {
    this.xCard?.remove();
    this.xCard = null;
    delete document.documentElement.dataset.xcard;
    this.source.resumed?.();
    this.options.audio?.setMuted(this.muted);
    this.refocus();
  }

  /** The phones' join panel over whatever is on screen (Q), and away again. */
  private toggleJoin(): void {
    const panel = this.options.joinPanel;
    if (!panel) return;
    if (this.joinOverlay) {
      this.joinOverlay.remove();
      this.joinOverlay = null;
      if (this.screen === 'setup') this.showSetup(); // the panel lives on Session 0 too
      this.refocus();
      return;
    }
    const close = h('button', { type: 'button', class: 'primary', 'data-action': 'join-close', onclick: () => this.toggleJoin() }, `${this.s.close} (Q)`);
    this.joinOverlay = h(
      'div',
      { class: 'ws-join-overlay', role: 'dialog', 'aria-modal': 'true', 'aria-label': this.s.joinTitle },
      h('h1', {}, this.s.joinTitle),
      panel,
      close,
    );
    this.options.root.append(this.joinOverlay);
    close.focus();
  }

  private async showHelp(): Promise<void> {
    const s = this.s;
    const list = h(
      'dl',
      { class: 'ws-help-keys' },
      [...s.helpKeys, ...(this.options.joinPanel ? [s.helpJoinKey] : [])].map((k) => [h('dt', {}, h('kbd', {}, k.keys)), h('dd', {}, k.does)]).flat(),
    );
    await askDialog(this.options.root, s.helpTitle, list, [{ id: 'close', label: s.close, primary: true }]);
    this.refocus();
  }

  private async openMenu(): Promise<void> {
    const s = this.s;
    const answer = await askDialog(this.options.root, s.menuTitle, null, [
      { id: 'resume', label: s.menuResume, primary: true },
      { id: 'debrief', label: s.menuDebrief },
      { id: 'help', label: s.helpTitle },
      { id: 'stop', label: s.menuStop },
    ]);
    if (answer === 'debrief') {
      this.leaveReplayQuietly();
      this.finishSession();
    } else if (answer === 'help') await this.showHelp();
    else if (answer === 'stop') {
      this.save();
      this.showSessions();
    } else this.refocus();
  }

  private toggleMute(): void {
    this.muted = !this.muted;
    this.options.audio?.setMuted(this.muted);
    this.say(this.muted ? this.ui.mute : '♪');
    if (this.screen === 'read' || this.screen === 'vote') {
      const caption = this.container.querySelector('.ws-sound-caption');
      const beat = this.showing?.beat;
      if (caption && beat) {
        caption.textContent = this.muted
          ? ''
          : [ambienceCaption(beat.scene, this.setup.lang), heartbeatCaption(heartbeatBpm(beat.meters.pursue), this.setup.lang)].filter(Boolean).join(' ');
      }
    }
  }

  private toggleFullscreen(): void {
    const doc = document.documentElement;
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void doc.requestFullscreen?.().catch(() => undefined);
  }

  // ── Keys ───────────────────────────────────────────────────────────────────

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (dialogOpen(this.options.root)) return; // the dialog owns the keys (Esc closes it)
    const key = event.key;
    const lower = key.toLowerCase();
    if (this.blanked) {
      // While blank, only B (or Esc) brings the picture back; nothing else may happen unseen.
      event.preventDefault();
      if (lower === 'b' || key === 'Escape') this.toggleBlank();
      return;
    }
    if (this.xCard) {
      if (key === 'Enter' || key === 'Escape' || lower === 'x') {
        event.preventDefault();
        this.closeXCard();
      }
      return;
    }
    if (this.joinOverlay) {
      if (key === 'Escape' || lower === 'q') {
        event.preventDefault();
        this.toggleJoin();
      }
      return;
    }
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
    const playing = this.run !== null && KEY_HINT_SCREENS.includes(this.screen);
    let used = true;
    if (lower === 'b') this.toggleBlank();
    else if (lower === 'x') {
      if (isManual(this.source)) this.source.requestPause();
      else this.showXCard();
    } else if (lower === 'h' || key === '?') void this.showHelp();
    else if (lower === 'f') this.toggleFullscreen();
    else if (lower === 'q' && this.options.joinPanel) this.toggleJoin();
    else if (lower === 'm') this.toggleMute();
    else if (lower === 'j' && playing) void this.openJump();
    else if (lower === 'o' && playing) void this.openReplay();
    else if (lower === 's' && this.screen === 'pause') this.pauseCard?.showSteps();
    else if ((key === ' ' || key === 'Enter') && onButton) used = false; // the button's own click
    else if ((key === ' ' || key === 'ArrowRight' || key === 'PageDown' || key === 'Enter') && (this.screen === 'read' || this.screen === 'pause')) {
      if (this.screen === 'pause' && key !== 'Enter') used = false;
      else if (this.atReplayEnd) this.closeReplay();
      else this.next();
    } else if ((key === 'ArrowLeft' || key === 'PageUp') && playing) this.previous();
    else if (/^[1-9]$/.test(key) && this.screen === 'vote' && this.showing?.replay) {
      const choice = this.showing.beat.choices[Number(key) - 1];
      if (choice) this.chooseInReplay(choice);
    } else if (key === 'Escape') {
      if (playing) void this.openMenu();
      else if (this.screen === 'debrief') this.showSessions();
      else used = false;
    } else used = false;
    if (used) event.preventDefault();
  }

  // ── Small helpers ──────────────────────────────────────────────────────────

  private show(kind: ScreenKind, element: HTMLElement): void {
    this.screen = kind;
    this.atReplayEnd = false;
    this.pauseCard = kind === 'pause' ? this.pauseCard : null;
    if (kind !== 'vote' && this.vote) {
      this.vote.destroy();
      this.vote = null;
    }
    document.documentElement.dataset.screen = 'workshop';
    document.documentElement.dataset.ws = kind;
    if (kind !== 'debrief') delete document.documentElement.dataset.ending;
    replaceChildren(this.container, element);
  }

  /** Leave the story screens: no vote open, no side path, no sound. */
  private leavePlay(): void {
    this.vote?.destroy();
    this.vote = null;
    this.pauseCard = null;
    if (this.run?.activeReplay) this.run.closeReplay();
    this.mainPlace = null;
    this.showing = null;
    if (this.run) this.save();
    this.run = null;
    this.options.audio?.setAmbience(null);
    this.options.audio?.setHeartbeat(0);
    delete document.documentElement.dataset.replay;
    delete document.documentElement.dataset.phase;
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
    const run = this.run;
    if (!run) return;
    this.keep(run.toFile(this.now()));
  }

  private keep(session: SessionFile): void {
    const result = this.store.save(session);
    if (!result.ok && !this.saveWarned) {
      this.saveWarned = true;
      this.notices.show(result.problem === 'full' ? this.s.storageFull : this.s.storageUnavailable, 'error');
    }
  }

  private async exportPng(session: SessionFile): Promise<void> {
    const s = WORKSHOP_STRINGS[session.lang];
    const ui = STRINGS[session.lang];
    try {
      const canvas = document.createElement('canvas');
      paintPoster(canvas, session, s, {
        title: `${ui.gameTitle} — ${s.debriefTitle}`,
        subtitle: `${s.sessionDate(new Date(session.createdAt).toLocaleDateString(session.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }))} · ${s.debriefLead(session.settings.partnerName)}`,
        ending: session.ending ? `${ui.endingNames[session.ending]}: ${s.endingBlurbs[session.ending]}` : s.endingUnfinished,
        partnerName: session.settings.partnerName,
      });
      this.download(`${this.fileStem(session)}.png`, await canvasToPng(canvas));
    } catch (error) {
      console.error(error);
      this.notices.show(s.pngFailed, 'error');
    }
  }

  private fileStem(session: SessionFile): string {
    return `de-dans-workshop-${session.id}`;
  }

  private download(fileName: string, blob: Blob): void {
    if (this.options.download) {
      this.options.download(fileName, blob);
    } else {
      const url = URL.createObjectURL(blob);
      const a = h('a', { href: url, download: fileName, class: 'visually-hidden' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 5000);
    }
    this.say(this.s.exported);
  }

  private setDocumentLang(lang: Lang): void {
    document.documentElement.lang = lang;
    document.documentElement.dataset.lang = lang;
    document.title = `${STRINGS[lang].gameTitle} — ${WORKSHOP_STRINGS[lang].modeName}`;
  }

  private say(message: string): void {
    this.live.textContent = '';
    setTimeout(() => (this.live.textContent = message), 30);
  }

  /** Open on Session 0. */
  start(): void {
    this.setDocumentLang(this.setup.lang);
    this.showSetup();
    this.focusHeading();
  }
}
