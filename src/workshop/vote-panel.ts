// One vote on the projector: the options large and numbered, a count box per option
// (for hands; a live source fills the counts itself), the tally hidden until revealed,
// then who decided — the room, or the facilitator on a tie, on no votes or on advice.
// The rules live in vote.ts; this only draws them and turns keys into them.
import type { VoteMode } from '../../common/vote-rules.js';
import type { Choice } from '../engine/types';
import { h, replaceChildren } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import type { TimerFacts } from './audience-view';
import type { VoteFacts } from './presenter';
import type { WorkshopStrings } from './strings';
import {
  commit,
  type Decision,
  hide,
  openRound,
  outcome,
  parseCount,
  reveal,
  setCounts,
  setMode,
  totalVotes,
  type VoteRound,
} from './vote';
import { type OptionRow, paintRows, renderVotePanel } from './vote-panel-view';
import { countInput, countStepper, leadingPositions, optionNumbers, outcomeWords, renderOptionRow } from './vote-rows';
import { isManual, type VoteSource } from './vote-source';
import { type Clock, timerText, VoteTimer } from './vote-timer';

export interface VotePanelOptions {
  readonly strings: WorkshopStrings;
  readonly ui: Strings;
  readonly choices: readonly Choice[];
  readonly questionId: string;
  readonly mode: VoteMode;
  readonly source: VoteSource;
  readonly clock: Clock;
  readonly timerSeconds: number;
  readonly onCommit: (decision: Decision, round: VoteRound, timed: boolean) => void;
  /** Say something to screen readers (and the facilitator) without moving focus. */
  readonly say: (message: string) => void;
  /** Back to the beat's last page (the button is drawn first among the vote's actions). */
  readonly onBack?: () => void;
  /** Something the room's view shows changed: counts revealed, the timer, the mode. */
  readonly onChange?: () => void;
  /** The timer was started, held, extended or stopped (phones count down with it). */
  readonly onTimer?: (timer: TimerFacts) => void;
  /** When the timer runs out: reveal, and take the room's choice if it has one. */
  readonly autoCommit?: boolean;
}

const EXTEND_MS = 30_000;

export class VotePanel {
  readonly element: HTMLElement;
  private round: VoteRound;
  private readonly timer: VoteTimer;
  private timed = false;
  private tick: ReturnType<typeof setInterval> | null = null;
  private timeUpSaid = false;
  /** The timer ran out with auto-commit on: commit once the tally is in. */
  private autoPending = false;
  /** A live source is fetching the counts the facilitator asked to reveal. */
  private fetching = false;
  private readonly stop: () => void;
  private readonly inputs: HTMLInputElement[] = [];
  /** Each option's row, with the choice it shows. */
  private readonly rows: OptionRow[] = [];
  private readonly status: HTMLElement;
  private readonly timerView: HTMLElement;
  private readonly revealButton: HTMLButtonElement;
  private readonly modeButton: HTMLButtonElement;
  private readonly commitButton: HTMLButtonElement;
  private readonly timerButton: HTMLButtonElement;

  constructor(private readonly options: VotePanelOptions) {
    const { strings: s, choices, source } = options;
    this.round = openRound(
      choices.map((c) => ({ index: c.index, locked: c.locked })),
      options.mode,
    );
    this.timer = new VoteTimer(options.clock);
    source.open({
      id: options.questionId,
      options: choices.map((c) => ({ index: c.index, text: c.text, locked: c.locked })),
    });
    this.stop = source.subscribe((event) => {
      if (event.type === 'counts' && event.questionId === options.questionId)
        this.update(setCounts(this.round, event.counts));
      if (event.type === 'reveal' && event.questionId === options.questionId) this.showTally();
    });
    source.setMode?.(options.questionId, options.mode);

    const list = h('ol', { class: 'ws-options' }, this.optionRows());
    const parts = renderVotePanel(s, list, {
      reveal: () => this.setRevealed(!this.round.revealed),
      mode: () => this.toggleMode(),
      commit: () => this.commitNow(),
      timer: () => this.toggleTimer(),
      extend: () => this.extendTimer(),
      timerOff: () => this.timerOff(),
      back: options.onBack,
    });
    ({
      element: this.element,
      status: this.status,
      timerView: this.timerView,
      revealButton: this.revealButton,
      modeButton: this.modeButton,
      commitButton: this.commitButton,
      timerButton: this.timerButton,
    } = parts);
    this.render();
  }

  /** Each option's row, with a count box and its steppers when hands are counted here. */
  private optionRows(): HTMLElement[] {
    const { strings: s, choices, source } = this.options;
    return choices.map((choice, position) => {
      const input = isManual(source) ? countInput(s, position, choice.text) : null;
      if (input) {
        input.addEventListener('input', () => this.typed(position, input));
        this.inputs.push(input);
      }
      const steppers = input
        ? ([-1, 1] as const).map((delta) => countStepper(s, input, position, delta, () => this.typed(position, input)))
        : null;
      const row = renderOptionRow({
        strings: s,
        ui: this.options.ui,
        choice,
        position,
        input,
        steppers,
        onPick: () => this.pick(choice.index),
      });
      this.rows.push({ row, choice, input });
      return row;
    });
  }

  /** Focus where the facilitator starts: the first count box, or the heading. */
  focus(): void {
    (this.inputs[0] ?? this.element.querySelector<HTMLElement>('#ws-vote-title'))?.focus();
  }

  /** What the room's view shows of this vote: never the counts before the reveal. */
  facts(): VoteFacts {
    const round = this.round;
    const status = this.timer.status;
    return {
      questionId: this.options.questionId,
      options: this.options.choices.map((c) => ({ text: c.text, locked: c.locked, lockReason: c.lockReason ?? null })),
      mode: round.mode,
      tally: round.revealed
        ? {
            counts: [...round.counts],
            leading: leadingPositions(this.options.choices, round),
            summary: outcomeWords(this.options.strings, this.options.choices, round),
          }
        : null,
      timer: status === 'off' ? null : { status, remainingMs: this.timer.remainingMs() },
      typed: isManual(this.options.source) ? totalVotes(round) : 0,
    };
  }

  destroy(): void {
    this.stop();
    this.options.source.close();
    if (this.tick !== null) clearInterval(this.tick);
    this.tick = null;
  }

  /** Keys while the vote is on screen; true when the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement | null;
    const inCount = target instanceof HTMLInputElement && target.classList.contains('ws-count');
    const onButton = target?.tagName === 'BUTTON';
    const key = event.key;
    if (/^[1-9]$/.test(key)) {
      if (inCount) return false; // typing a count
      const position = Number(key) - 1;
      const choice = this.options.choices[position];
      if (!choice) return true;
      if (this.round.revealed && outcome(this.round).kind !== 'winner') this.pick(choice.index);
      else this.inputs[position]?.focus();
      return true;
    }
    if (key === 'Enter') {
      if (onButton) return false; // the button's own click
      if (inCount) {
        const position = Number(target.dataset.position);
        const next = this.inputs[position + 1];
        if (next) next.focus();
        else this.setRevealed(true);
        return true;
      }
      if (!this.round.revealed) this.setRevealed(true);
      else this.commitNow();
      return true;
    }
    const letters: Record<string, () => void> = {
      r: () => this.setRevealed(!this.round.revealed),
      a: () => this.toggleMode(),
      t: () => this.toggleTimer(),
      e: () => this.extendTimer(),
      u: () => this.timerOff(),
    };
    const action = letters[key.toLowerCase()];
    action?.();
    return action !== undefined;
  }

  private typed(position: number, input: HTMLInputElement): void {
    const count = parseCount(input.value);
    const source = this.options.source;
    if (count === null) {
      input.setAttribute('aria-invalid', 'true');
      this.options.say(this.options.strings.countInvalid);
      this.status.textContent = this.options.strings.countInvalid;
      return;
    }
    input.removeAttribute('aria-invalid');
    if (isManual(source)) source.setCount(position, count);
  }

  private update(round: VoteRound): void {
    this.round = round;
    this.render();
  }

  private setRevealed(revealed: boolean): void {
    if (!revealed) {
      this.update(hide(this.round));
      return;
    }
    // A live source may still have to fetch the counts: it emits them, then `reveal`.
    if (this.options.source.reveal?.(this.options.questionId) === 'pending') {
      this.fetching = true;
      this.status.textContent = this.options.strings.tallyPending;
      this.options.say(this.options.strings.tallyPending);
      return;
    }
    this.showTally();
  }

  private showTally(): void {
    this.fetching = false;
    this.update(reveal(this.round));
    if (this.autoPending) {
      this.autoPending = false;
      const s = this.options.strings;
      if (outcome(this.round).kind === 'winner') {
        this.options.say(s.autoCommitted);
        this.commitNow();
        return;
      }
      this.options.say(s.autoCommitWaits);
    }
    // Out of the count boxes: from here digits pick an option, Enter commits.
    if (!this.commitButton.hidden) this.commitButton.focus();
    else this.element.querySelector<HTMLElement>('#ws-vote-title')?.focus();
    this.options.say(this.status.textContent ?? '');
  }

  private toggleMode(): void {
    this.update(setMode(this.round, this.round.mode === 'vote' ? 'advise' : 'vote'));
    this.options.source.setMode?.(this.options.questionId, this.round.mode);
    this.options.say(this.round.mode === 'vote' ? this.options.strings.modeVote : this.options.strings.modeAdvise);
  }

  private pick(index: number): void {
    this.finish(commit(this.round, index));
  }

  private commitNow(): void {
    this.finish(commit(this.round));
  }

  private finish(result: ReturnType<typeof commit>): void {
    const s = this.options.strings;
    if (result.ok) {
      this.options.source.committed?.(this.options.questionId, result.decision.index);
      this.destroy();
      this.options.onCommit(result.decision, this.round, this.timed);
      return;
    }
    const message = result.refusal === 'not-revealed' ? s.revealFirst : s.pickAmong(this.candidateNumbers());
    this.status.textContent = message;
    this.options.say(message);
  }

  private candidateNumbers(): string {
    const result = outcome(this.round);
    const candidates = result.kind === 'winner' ? [result.index] : result.candidates;
    return optionNumbers(this.options.strings, this.options.choices, candidates, 'or');
  }

  // ── Timer ──────────────────────────────────────────────────────────────────

  private toggleTimer(): void {
    const status = this.timer.status;
    if (status === 'off' || status === 'expired') {
      this.timer.start(this.options.timerSeconds * 1000);
      this.timed = true;
      this.timeUpSaid = false;
    } else if (status === 'running') this.timer.pause();
    else this.timer.resume();
    this.timerChanged();
  }

  private extendTimer(): void {
    this.timer.extend(EXTEND_MS);
    this.timeUpSaid = false;
    this.timerChanged();
  }

  private timerOff(): void {
    this.timer.off();
    this.timerChanged();
  }

  private timerChanged(): void {
    this.renderTimer();
    const status = this.timer.status;
    this.options.onTimer?.({ status, remainingMs: this.timer.remainingMs() });
    this.options.onChange?.();
  }

  /** The timer ran out: say so; with auto-commit, reveal and take the room's choice. */
  private timeUp(): void {
    const s = this.options.strings;
    this.timeUpSaid = true;
    this.options.say(s.timerUp);
    this.options.onChange?.();
    if (!this.options.autoCommit || this.round.revealed) return;
    this.autoPending = true;
    this.setRevealed(true);
  }

  private renderTimer(): void {
    const s = this.options.strings;
    const status = this.timer.status;
    this.timerView.dataset.timer = status;
    this.timerView.textContent = timerText(status, this.timer.remainingMs(), s);
    if (status === 'expired' && !this.timeUpSaid) this.timeUp();
    const running = status === 'running';
    if (running && this.tick === null) this.tick = setInterval(() => this.renderTimer(), 250);
    if (!running && this.tick !== null) {
      clearInterval(this.tick);
      this.tick = null;
    }
    this.timerButton.textContent = `${status === 'running' ? s.timerPause : status === 'paused' ? s.timerResume : s.timerStart} (T)`;
  }

  // ── Drawing ────────────────────────────────────────────────────────────────

  private render(): void {
    const s = this.options.strings;
    const round = this.round;
    const result = outcome(round);
    this.element.dataset.revealed = String(round.revealed);
    this.element.dataset.mode = round.mode;
    this.element.dataset.outcome = round.revealed ? result.kind : '';
    paintRows(this.rows, round, s);

    const words = this.fetching
      ? s.tallyPending
      : !round.revealed
        ? s.tallyHidden
        : outcomeWords(s, this.options.choices, round);
    replaceChildren(this.status, words);
    this.revealButton.textContent = `${round.revealed ? s.hideTally : s.reveal} (R)`;
    this.modeButton.textContent = `${round.mode === 'vote' ? s.modeVote : s.modeAdvise} (A)`;
    this.modeButton.setAttribute('aria-pressed', String(round.mode === 'advise'));
    this.commitButton.hidden = !(round.revealed && result.kind === 'winner');
    this.renderTimer();
    this.options.onChange?.();
  }
}
