// Replaying a choice on a side path (O): back to one of the group's earlier choices, take
// another option there and follow it for a while, then return to the group's own path —
// to the very screen it was on, kept exactly as it was. The side path is kept for the
// debrief (WorkshopRun records it).
import { type Beat, type Choice, InkRuntimeError } from '../engine';
import { announcePage } from '../ui/page-state';
import { renderReplayChoices, renderReplayEnd } from './play-view';
import type { Presentation } from './reader';
import type { PlayHost, StoryPlay } from './story-play';
import { askReplayFrom } from './workshop-dialogs';
import type { ScreenKind } from './workshop-keys';
import type { WorkshopRun } from './workshop-run';

export class SidePaths {
  /** The group's place while a side path is open: where to come back to. */
  private mainPlace: { showing: Presentation | null; screen: ScreenKind } | null = null;

  constructor(
    private readonly run: WorkshopRun,
    private readonly play: StoryPlay,
    private readonly host: PlayHost,
  ) {}

  /** O: open a side path (asking from which choice), or close the one that is open. */
  async open(): Promise<void> {
    const run = this.run;
    if (run.activeReplay) return this.close();
    const from = await askReplayFrom(this.host.root, this.host.strings(), run);
    if (from === null) return this.host.refocus();
    this.mainPlace = { showing: this.play.showing, screen: this.host.screen() };
    this.play.discardParked();
    const replay = run.openReplay(from);
    announcePage({ replay: true });
    this.play.showing = { beat: replay.beat, parts: [], part: 0, page: 0, echo: null, replay: true, heard: new Set() };
    this.showChoices();
  }

  showChoices(): void {
    const replay = this.run.activeReplay;
    const showing = this.play.showing;
    if (!replay || !showing) return;
    this.play.updateSound(showing.beat);
    if (showing.beat.finished) {
      const end = renderReplayEnd(showing.beat, this.host.strings(), this.host.ui());
      this.host.show('read', this.play.frame('ws-read', end));
      this.play.atReplayEnd = true;
      end.focus();
      return;
    }
    const section = renderReplayChoices({
      strings: this.host.strings(),
      ui: this.host.ui(),
      choices: showing.beat.choices,
      ours: replay.depth === 0 ? replay.groupChose : null,
      onChoose: (choice) => this.choose(choice),
    });
    this.host.show('vote', this.play.frame('ws-voting', section));
    section.querySelector<HTMLElement>('#ws-vote-title')?.focus();
  }

  choose(choice: Choice): void {
    const replay = this.run.activeReplay;
    if (!replay) return;
    if (choice.locked) {
      this.host.say(this.host.ui().lockedLabel(choice.lockReason ?? ''));
      return;
    }
    let beat: Beat;
    try {
      beat = replay.choose(choice.index);
    } catch (error) {
      if (!(error instanceof InkRuntimeError)) throw error;
      this.host.notices.show(this.host.strings().storyError, 'error');
      return;
    }
    this.host.save();
    this.play.present(beat, { echo: choice.text, replay: true });
  }

  /** Back to the group's own path, to the screen it was on. */
  close(): void {
    const run = this.run;
    if (!run.activeReplay) return;
    run.closeReplay();
    this.host.save();
    announcePage({ replay: null });
    const place = this.mainPlace;
    this.mainPlace = null;
    this.play.showing = place?.showing ?? null;
    const showing = this.play.showing;
    if (!showing) {
      this.play.present(run.beat, { echo: null });
      return;
    }
    this.play.updateSound(showing.beat);
    if (place?.screen === 'vote') this.play.openVote();
    else if (place?.screen === 'pause')
      this.play.openPause(showing.parts[showing.part]?.pauseAfter ?? showing.beat.phase);
    else this.play.showPage();
  }

  /** Close a side path without going back to the screen it left (a jump, the menu). */
  drop(): void {
    this.mainPlace = null;
    announcePage({ replay: null });
    this.run.closeReplay();
  }
}
