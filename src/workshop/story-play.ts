// The story on the facilitator's screen, from the first line to the end: pages to leaf
// through, a pause card at the end of each phase, a vote at every choice, and the ways the
// facilitator steps off the group's path (a side path from an earlier choice, a jump to a
// phase) without losing it. Story state lives in WorkshopRun, paging in reader.ts, the
// vote in VotePanel; the shell around it (workshop-app.ts) owns the session and the keys.
import type { AudioPort } from '../audio/audio-port';
import { cuesOf, setBeatSound, silenceBeatSound } from '../audio/beat-sound';
import { type Beat, type Choice, InkRuntimeError } from '../engine';
import type { Strings } from '../ui/i18n';
import type { Notices } from '../ui/notices';
import type { LivePlace } from './live-place';
import { type PauseCard, renderPauseCard } from './pause-card';
import { renderPage, renderPlayFrame } from './play-view';
import type { Presenter } from './presenter';
import * as reader from './reader';
import type { VoteRecord } from './session-file';
import type { SessionSetup } from './session-zero';
import { SidePaths } from './side-paths';
import type { WorkshopStrings } from './strings';
import { pauseQuestions } from './strings-debrief';
import type { Decision, VoteRound } from './vote';
import { VotePanel } from './vote-panel';
import type { VoteSource } from './vote-source';
import type { Clock } from './vote-timer';
import { askJump } from './workshop-dialogs';
import type { ScreenKind, StoryKeyActions, StoryScreenKind } from './workshop-keys';
import type { WorkshopRun } from './workshop-run';

export interface PlayHost {
  readonly root: HTMLElement;
  readonly source: VoteSource;
  readonly clock: Clock;
  readonly audio?: AudioPort;
  readonly notices: Notices;
  readonly presenter: Presenter;
  strings(): WorkshopStrings;
  ui(): Strings;
  setup(): SessionSetup;
  muted(): boolean;
  screen(): ScreenKind;
  show(kind: StoryScreenKind, element: HTMLElement): void;
  save(): void;
  say(message: string): void;
  /** The story reached its end on the group's path. */
  finish(): void;
  /** Something the room's view or the side panel shows changed. */
  changed(): void;
  refocus(): void;
}

export class StoryPlay {
  showing: reader.Presentation | null = null;
  vote: VotePanel | null = null;
  pauseCard: PauseCard | null = null;
  /** The pause card on screen: its phase, and whether its steps are shown. */
  pause: { phase: number; stepsShown: boolean } | null = null;
  /** A side path reached an end of the story: Space or Enter goes back to the group's path. */
  atReplayEnd = false;
  readonly sides: SidePaths;
  /**
   * The vote the facilitator stepped back from to reread the beat: kept open (counts typed,
   * phones still voting) and shown again on the way forward.
   */
  private parked: { readonly beat: Beat; readonly panel: VotePanel } | null = null;
  /** Votes opened so far at each point of the path: the first is "c12", a second "c12-r1". */
  private readonly opened = new Map<number, number>();

  constructor(
    readonly run: WorkshopRun,
    private readonly host: PlayHost,
  ) {
    this.sides = new SidePaths(run, this, host);
  }

  /** What the facilitator's keys do on the story's screens. */
  readonly keys: StoryKeyActions = {
    jump: () => void this.openJump(),
    replay: () => void this.sides.open(),
    showSteps: () => this.showSteps(),
    next: () => this.next(),
    previous: () => this.previous(),
    sidePathOption: (position) => {
      const choice = this.showing?.beat.choices[position];
      if (choice) this.chooseOnSide(choice);
    },
  };

  /** Where the group is, to come back to after a reload (never on a side path). */
  place(): LivePlace | null {
    const showing = this.showing;
    const screen = this.host.screen();
    if (!showing || showing.replay || (screen !== 'read' && screen !== 'vote' && screen !== 'pause')) return null;
    return { sessionId: this.run.id, part: showing.part, page: showing.page, screen };
  }

  /**
   * Put a beat on screen. `fromPhase`: start at that phase's first line (after a jump
   * back). `atPause`: start at the beat's pause card (after skipping ahead). `at`: back
   * where a reloaded page was.
   */
  present(
    beat: Beat,
    how: { echo: string | null; replay?: boolean; fromPhase?: number; atPause?: boolean; at?: reader.Place },
  ): void {
    this.discardParked();
    const showing = reader.presentation(beat, how);
    this.showing = showing;
    this.updateSound(beat);
    if (how.atPause) {
      const at = showing.parts.findIndex((p) => p.pauseAfter !== null);
      const pause = showing.parts[at]?.pauseAfter ?? null;
      if (pause !== null) {
        showing.part = at;
        this.openPause(pause);
        return;
      }
    }
    if (how.at && reader.goTo(showing, how.at)) {
      const pause = showing.parts[showing.part]?.pauseAfter ?? null;
      if (how.at.screen === 'vote' && showing.part === showing.parts.length - 1 && !beat.finished) {
        this.openVote();
        return;
      }
      if (how.at.screen === 'pause' && pause !== null) {
        this.openPause(pause);
        return;
      }
    }
    this.showPage();
  }

  showPage(): void {
    const showing = this.showing;
    if (!showing) return;
    const now = reader.currentPage(showing);
    // A part with nothing to read (only tags) is passed by.
    if (now.empty) {
      this.afterPart();
      return;
    }
    const { page, nav } = renderPage({
      strings: this.host.strings(),
      ui: this.host.ui(),
      lines: now.lines,
      echo: now.withEcho && showing.echo ? { text: showing.echo, sidePath: showing.replay } : null,
      page: showing.page,
      pages: now.pages,
      onPrevious: () => this.previous(),
      onNext: () => this.next(),
    });
    this.host.show('read', this.frame('ws-read', page, nav));
    // A page's sounds are heard when it is first shown, not again when the facilitator leafs back.
    const fresh = now.lines.filter((line) => !showing.heard.has(line));
    for (const line of fresh) showing.heard.add(line);
    for (const cue of cuesOf(fresh)) this.host.audio?.playCue(cue);
    page.focus();
  }

  frame(kind: string, ...body: HTMLElement[]): HTMLElement {
    const replay = this.showing?.replay ? this.run.activeReplay : null;
    const setup = this.host.setup();
    return renderPlayFrame(
      kind,
      {
        strings: this.host.strings(),
        ui: this.host.ui(),
        lang: setup.lang,
        beat: this.showing?.beat ?? null,
        muted: this.host.muted(),
        replayFrom: replay ? replay.from : null,
        onReturn: () => this.sides.close(),
      },
      ...body,
    );
  }

  next(): void {
    const showing = this.showing;
    const screen = this.host.screen();
    if (!showing) return;
    if (screen === 'pause') {
      this.leavePause();
      return;
    }
    if (screen !== 'read') return;
    if (this.atReplayEnd) this.sides.close();
    else if (reader.turnPage(showing)) this.showPage();
    else {
      const pause = reader.pauseEnding(showing);
      if (pause !== null) this.openPause(pause);
      else this.afterPart();
    }
  }

  previous(): void {
    const showing = this.showing;
    const screen = this.host.screen();
    if (!showing) return;
    if (screen === 'vote' && this.vote) {
      this.parked = { beat: showing.beat, panel: this.vote };
      this.vote = null;
    }
    if (screen === 'pause') this.host.presenter.card(null);
    if (reader.pageBack(showing, screen !== 'read')) this.showPage();
  }

  afterPart(): void {
    const showing = this.showing;
    if (!showing) return;
    const next = reader.afterPart(showing);
    if (next === 'page') this.showPage();
    else if (next === 'replay-choices') this.sides.showChoices();
    else if (next === 'finished') this.host.finish();
    else this.openVote();
  }

  // ── Pauses ─────────────────────────────────────────────────────────────────

  openPause(phase: number): void {
    const run = this.run;
    const s = this.host.strings();
    if (run.pausesHeld.at(-1) !== phase) run.markPause(phase);
    this.host.save();
    const session = run.toFile(new Date());
    this.pause = { phase, stepsShown: false };
    this.pauseCard = renderPauseCard({ strings: s, phase, session, onContinue: () => this.leavePause() });
    this.host.presenter.card({
      title: s.pauseTitle(phase),
      questions: pauseQuestions(s, session.side, phase, session.settings.partnerName),
    });
    this.host.show('pause', this.pauseCard.element);
    this.host.root.querySelector<HTMLElement>('h1[tabindex]')?.focus();
  }

  /** S: the room has named the steps; show them (here and on the wall). */
  showSteps(): void {
    if (this.pauseCard?.showSteps() && this.pause) {
      this.pause.stepsShown = true;
      this.host.changed();
    }
  }

  private leavePause(): void {
    this.host.presenter.card(null);
    this.afterPart();
  }

  // ── Voting ─────────────────────────────────────────────────────────────────

  openVote(): void {
    const showing = this.showing;
    if (!showing) return;
    const parked = this.parked;
    this.parked = null;
    if (parked && parked.beat === showing.beat) {
      this.vote = parked.panel;
      this.host.show('vote', this.frame('ws-voting', parked.panel.element));
      parked.panel.focus();
      return;
    }
    parked?.panel.destroy();
    const setup = this.host.setup();
    // The same id for the same choice after a reload, so the room's open vote is found again.
    const at = this.run.path.length;
    const before = this.opened.get(at) ?? 0;
    this.opened.set(at, before + 1);
    const questionId = before === 0 ? `c${at}` : `c${at}-r${before}`;
    this.vote = new VotePanel({
      strings: this.host.strings(),
      ui: this.host.ui(),
      choices: showing.beat.choices,
      questionId,
      mode: setup.mode,
      source: this.host.source,
      clock: this.host.clock,
      timerSeconds: setup.timerSeconds,
      autoCommit: setup.autoCommit,
      onCommit: (decision, round, timed) => this.commitVote(decision, round, timed),
      say: (message) => this.host.say(message),
      onBack: () => this.previous(),
      onChange: () => this.host.changed(),
      onTimer: (timer) => this.host.presenter.timer(questionId, timer),
    });
    this.host.show('vote', this.frame('ws-voting', this.vote.element));
    this.vote.focus();
  }

  private commitVote(decision: Decision, round: VoteRound, timed: boolean): void {
    const showing = this.showing;
    this.vote = null;
    const choice = showing?.beat.choices.find((c) => c.index === decision.index);
    if (!choice) return;
    const record: VoteRecord = {
      mode: round.mode,
      counts: [...round.counts],
      source: this.host.source.kind,
      outcome: decision.outcome,
      decidedBy: decision.decidedBy,
      timed,
    };
    let beat: Beat;
    try {
      beat = this.run.choose(choice.index, record);
    } catch (error) {
      if (!(error instanceof InkRuntimeError)) throw error;
      console.error(error);
      this.host.notices.show(this.host.strings().storyError, 'error');
      this.openVote();
      return;
    }
    this.host.save();
    this.present(beat, { echo: choice.text });
  }

  // ── Jumping between phases ─────────────────────────────────────────────────

  async openJump(): Promise<void> {
    const run = this.run;
    const answer = await askJump(this.host.root, this.host.strings(), this.host.ui(), run);
    if (!answer) return this.host.refocus();
    this.sides.drop();
    const beat = answer.kind === 'skip' ? run.skipToNextPhase() : run.jumpBack(answer.phase);
    this.host.save();
    if (answer.kind === 'skip') this.present(beat, { echo: null, atPause: true });
    else this.present(beat, { echo: null, fromPhase: answer.phase });
  }

  /** A side path's options: the facilitator takes one with its number. */
  chooseOnSide(choice: Choice): void {
    this.sides.choose(choice);
  }

  /** The shell put `element` on screen as `kind`. */
  shown(kind: ScreenKind, element: HTMLElement): void {
    this.atReplayEnd = false;
    if (kind !== 'pause') {
      this.pauseCard = null;
      this.pause = null;
    }
    // A vote panel lives only as long as it is on screen (a side path's options are not one).
    if (this.vote && !element.contains(this.vote.element)) {
      this.vote.destroy();
      this.vote = null;
    }
  }

  /** Focus back where the facilitator works on a story screen; false on any other. */
  refocus(screen: ScreenKind, container: HTMLElement): boolean {
    if (screen === 'vote' && this.vote) this.vote.focus();
    else if (screen === 'vote') container.querySelector<HTMLElement>('#ws-vote-title')?.focus();
    else if (screen === 'read') container.querySelector<HTMLElement>('.ws-page')?.focus();
    else return false;
    return true;
  }

  /** Leave the story screens (the session is kept by the shell). */
  leave(): void {
    this.vote?.destroy();
    this.vote = null;
    this.discardParked();
    this.pauseCard = null;
    this.pause = null;
    if (this.run.activeReplay) this.sides.drop();
    this.showing = null;
    silenceBeatSound(this.host.audio);
  }

  discardParked(): void {
    this.parked?.panel.destroy();
    this.parked = null;
  }

  updateSound(beat: Beat): void {
    setBeatSound(this.host.audio, beat);
  }
}
