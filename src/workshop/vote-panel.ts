// One vote on the projector: the options large and numbered, a count box per option
// (for hands; a live source fills the counts itself), the tally hidden until revealed,
// then who decided — the room, or the facilitator on a tie, on no votes or on advice.
// The rules live in vote.ts; this only draws them and turns keys into them.
import type { Choice } from '../engine/types';
import { h, replaceChildren } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import {
  MAX_COUNT,
  commit,
  lockedLeads,
  openRound,
  outcome,
  parseCount,
  reveal,
  hide,
  setCounts,
  setMode,
  totalVotes,
  type Decision,
  type VoteMode,
  type VoteRound,
} from './vote';
import { isManual, type VoteSource } from './vote-source';
import { VoteTimer, formatRemaining, type Clock } from './vote-timer';
import type { WorkshopStrings } from './strings';

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
}

const EXTEND_MS = 30_000;

export class VotePanel {
  readonly element: HTMLElement;
  private round: VoteRound;
  private readonly timer: VoteTimer;
  private timed = false;
  private tick: ReturnType<typeof setInterval> | null = null;
  private timeUpSaid = false;
  /** A live source is fetching the counts the facilitator asked to reveal. */
  private fetching = false;
  private readonly stop: () => void;
  private readonly inputs: HTMLInputElement[] = [];
  private readonly rows: HTMLElement[] = [];
  private readonly status: HTMLElement;
  private readonly timerView: HTMLElement;
  private readonly revealButton: HTMLButtonElement;
  private readonly modeButton: HTMLButtonElement;
  private readonly commitButton: HTMLButtonElement;

  constructor(private readonly options: VotePanelOptions) {
    const { strings: s, choices, source } = options;
    this.round = openRound(
      choices.map((c) => ({ index: c.index, locked: c.locked })),
      options.mode,
    );
    this.timer = new VoteTimer(options.clock);
    source.open({ id: options.questionId, options: choices.map((c) => ({ index: c.index, text: c.text, locked: c.locked })) });
    this.stop = source.subscribe((event) => {
      if (event.type === 'counts' && event.questionId === options.questionId) this.update(setCounts(this.round, event.counts));
      if (event.type === 'reveal' && event.questionId === options.questionId) this.showTally();
    });
    source.setMode?.(options.questionId, options.mode);

    const list = h('ol', { class: 'ws-options' });
    choices.forEach((choice, position) => {
      const number = String(position + 1);
      const input = isManual(source)
        ? h('input', {
            type: 'text',
            inputmode: 'numeric',
            autocomplete: 'off',
            class: 'ws-count masked',
            name: `count-${position}`,
            maxlength: 3,
            'aria-label': s.countLabel(position + 1, choice.text),
            'data-position': position,
          })
        : null;
      if (input) {
        input.addEventListener('input', () => this.typed(position, input));
        this.inputs.push(input);
      }
      const row = h(
        'li',
        { class: `ws-option${choice.locked ? ' ws-option-locked' : ''}`, 'data-position': position, 'data-step': choice.step ?? undefined },
        h('span', { class: 'ws-key', 'aria-hidden': 'true' }, number),
        h(
          'div',
          { class: 'ws-option-text' },
          choice.locked ? h('s', {}, choice.text) : h('span', {}, choice.text),
          choice.locked ? h('span', { class: 'ws-lock-reason' }, `${options.ui.lockedLabel(choice.lockReason ?? '')} (${s.cannotWin})`) : null,
        ),
        h(
          'div',
          { class: 'ws-count-cell' },
          input
            ? h(
                'div',
                { class: 'ws-count-row' },
                this.stepButton(input, position, -1, '−', s.countLess(position + 1)),
                input,
                this.stepButton(input, position, 1, '+', s.countMore(position + 1)),
              )
            : null,
          h('span', { class: 'ws-counted', 'aria-hidden': 'true' }),
        ),
        h('div', { class: 'ws-bar-cell', 'aria-hidden': 'true' }, h('span', { class: 'ws-tally-bar' }), h('span', { class: 'ws-bar-number' })),
        h('button', { type: 'button', class: 'ws-pick secondary', hidden: true, onclick: () => this.pick(choice.index) }, `${s.commit} (${number})`),
      );
      this.rows.push(row);
      list.append(row);
    });

    this.status = h('p', { class: 'ws-vote-status', role: 'status' });
    this.timerView = h('p', { class: 'ws-timer', 'data-timer': 'off' });
    this.revealButton = h('button', { type: 'button', class: 'secondary', 'data-action': 'reveal', onclick: () => this.setRevealed(!this.round.revealed) }, '');
    this.modeButton = h('button', { type: 'button', class: 'secondary', 'data-action': 'mode', onclick: () => this.toggleMode() }, '');
    this.commitButton = h('button', { type: 'button', class: 'primary', 'data-action': 'commit', onclick: () => this.commitNow() }, `${s.commit} (Enter)`);
    const timerButtons = h(
      'div',
      { class: 'ws-timer-buttons' },
      h('button', { type: 'button', class: 'secondary', 'data-action': 'timer', onclick: () => this.toggleTimer() }, `${s.timerStart} (T)`),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'timer-extend', onclick: () => this.extendTimer() }, `${s.timerExtend} (E)`),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'timer-off', onclick: () => this.timerOff() }, `${s.timerOff} (U)`),
    );

    this.element = h(
      'section',
      { class: 'ws-vote', 'aria-labelledby': 'ws-vote-title', 'data-revealed': 'false' },
      h('div', { class: 'ws-vote-head' }, h('h2', { id: 'ws-vote-title', tabindex: -1 }, s.voteTitle), this.timerView),
      list,
      this.status,
      h(
        'div',
        { class: 'ws-vote-actions' },
        options.onBack
          ? h('button', { type: 'button', class: 'secondary', 'data-action': 'previous', onclick: () => options.onBack?.() }, `← ${s.previousPage}`)
          : null,
        this.revealButton,
        this.commitButton,
        this.modeButton,
        timerButtons,
      ),
    );
    this.render();
  }

  /** Focus where the facilitator starts: the first count box, or the heading. */
  focus(): void {
    (this.inputs[0] ?? this.element.querySelector<HTMLElement>('#ws-vote-title'))?.focus();
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
    switch (key.toLowerCase()) {
      case 'r':
        this.setRevealed(!this.round.revealed);
        return true;
      case 'a':
        this.toggleMode();
        return true;
      case 't':
        this.toggleTimer();
        return true;
      case 'e':
        this.extendTimer();
        return true;
      case 'u':
        this.timerOff();
        return true;
      default:
        return false;
    }
  }

  /** A click instead of typing: one vote more or less (for a trackpad, or a raised hand counted late). */
  private stepButton(input: HTMLInputElement, position: number, delta: 1 | -1, sign: string, label: string): HTMLButtonElement {
    return h(
      'button',
      {
        type: 'button',
        class: 'ws-count-step',
        'aria-label': label,
        'data-action': delta > 0 ? 'count-more' : 'count-less',
        onclick: () => {
          const now = parseCount(input.value) ?? 0;
          input.value = String(Math.min(MAX_COUNT, Math.max(0, now + delta)));
          this.typed(position, input);
        },
      },
      sign,
    );
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
    return this.numbers(candidates, 'or');
  }

  /** Option indices as the numbers on screen: "1 and 3", "1, 2 or 3". */
  private numbers(indices: readonly number[], joiner: 'and' | 'or'): string {
    const shown = indices.map((i) => String(this.options.choices.findIndex((c) => c.index === i) + 1));
    if (shown.length <= 1) return shown.join('');
    return `${shown.slice(0, -1).join(', ')} ${this.options.strings[joiner]} ${shown.at(-1)}`;
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
    this.renderTimer();
  }

  private extendTimer(): void {
    this.timer.extend(EXTEND_MS);
    this.timeUpSaid = false;
    this.renderTimer();
  }

  private timerOff(): void {
    this.timer.off();
    this.renderTimer();
  }

  private renderTimer(): void {
    const s = this.options.strings;
    const status = this.timer.status;
    this.timerView.dataset.timer = status;
    if (status === 'off') this.timerView.textContent = '';
    else if (status === 'expired') {
      this.timerView.textContent = `0:00 — ${s.timerUp}`;
      if (!this.timeUpSaid) {
        this.timeUpSaid = true;
        this.options.say(s.timerUp);
      }
    } else {
      const left = formatRemaining(this.timer.remainingMs());
      this.timerView.textContent = status === 'paused' ? `${left} (${s.timerPaused})` : left;
    }
    const running = status === 'running';
    if (running && this.tick === null) this.tick = setInterval(() => this.renderTimer(), 250);
    if (!running && this.tick !== null) {
      clearInterval(this.tick);
      this.tick = null;
    }
    const toggle = this.element.querySelector<HTMLButtonElement>('[data-action="timer"]');
    if (toggle) toggle.textContent = `${status === 'running' ? s.timerPause : status === 'paused' ? s.timerResume : s.timerStart} (T)`;
  }

  // ── Drawing ────────────────────────────────────────────────────────────────

  private render(): void {
    const s = this.options.strings;
    const round = this.round;
    const result = outcome(round);
    const total = totalVotes(round);
    const top = Math.max(1, ...round.counts);
    const candidates = result.kind === 'winner' ? [result.index] : result.candidates;
    this.element.dataset.revealed = String(round.revealed);
    this.element.dataset.mode = round.mode;
    this.element.dataset.outcome = round.revealed ? result.kind : '';

    this.rows.forEach((row, position) => {
      const choice = this.options.choices[position]!;
      const count = round.counts[position] ?? 0;
      const winner = round.revealed && result.kind === 'winner' && result.index === choice.index;
      const advised = round.revealed && result.kind === 'advice' && result.advised.includes(choice.index);
      const pickable = round.revealed && result.kind !== 'winner' && candidates.includes(choice.index);
      row.dataset.winner = String(winner || advised);
      row.dataset.candidate = String(pickable);
      const counted = row.querySelector<HTMLElement>('.ws-counted');
      if (counted) counted.textContent = !round.revealed && count > 0 ? `✓ ${s.countHidden}` : '';
      const bar = row.querySelector<HTMLElement>('.ws-tally-bar');
      if (bar) bar.style.width = round.revealed ? `${(count / top) * 100}%` : '0';
      const number = row.querySelector<HTMLElement>('.ws-bar-number');
      if (number) number.textContent = round.revealed ? String(count) : '';
      const input = this.inputs[position];
      if (input) input.classList.toggle('masked', !round.revealed);
      const pick = row.querySelector<HTMLButtonElement>('.ws-pick');
      if (pick) pick.hidden = !pickable;
    });

    const lines: string[] = [];
    if (this.fetching) lines.push(s.tallyPending);
    else if (!round.revealed) lines.push(s.tallyHidden);
    else {
      lines.push(`${s.votesTotal(total)} —`);
      if (result.kind === 'winner') lines.push(s.outcomeWinner(Number(this.numbers([result.index], 'and'))));
      else if (result.kind === 'tie') lines.push(s.outcomeTie(this.numbers(result.candidates, 'and')));
      else if (result.kind === 'no-votes') lines.push(s.outcomeNoVotes(this.numbers(result.candidates, 'or')));
      else lines.push(s.outcomeAdvice(this.numbers(result.advised, 'and'), this.numbers(result.candidates, 'or')));
      if (lockedLeads(round)) lines.push(s.lockedLeads);
    }
    replaceChildren(this.status, lines.join(' '));
    this.revealButton.textContent = `${round.revealed ? s.hideTally : s.reveal} (R)`;
    this.modeButton.textContent = `${round.mode === 'vote' ? s.modeVote : s.modeAdvise} (A)`;
    this.modeButton.setAttribute('aria-pressed', String(round.mode === 'advise'));
    this.commitButton.hidden = !(round.revealed && result.kind === 'winner');
    this.renderTimer();
  }
}
