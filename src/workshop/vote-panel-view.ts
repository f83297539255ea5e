// The vote panel's elements (vote-panel.ts keeps the round and the timer): the heading, the
// status, the facilitator's buttons with their keys, and how each option's row shows the round.
import type { Choice } from '../engine/types';
import { h } from '../ui/dom';
import type { WorkshopStrings } from './strings';
import { outcome, type VoteRound } from './vote';

/** What the panel's buttons do. */
export interface VotePanelActions {
  readonly reveal: () => void;
  readonly mode: () => void;
  readonly commit: () => void;
  readonly timer: () => void;
  readonly extend: () => void;
  readonly timerOff: () => void;
  /** Back to the beat's last page (drawn first among the actions), when there is one. */
  readonly back?: () => void;
}

export interface VotePanelElements {
  readonly element: HTMLElement;
  readonly status: HTMLElement;
  readonly timerView: HTMLElement;
  readonly revealButton: HTMLButtonElement;
  readonly modeButton: HTMLButtonElement;
  readonly commitButton: HTMLButtonElement;
  readonly timerButton: HTMLButtonElement;
}

/** The panel around its list of options: heading and timer, status, and the actions. */
export function renderVotePanel(s: WorkshopStrings, list: HTMLElement, act: VotePanelActions): VotePanelElements {
  const button = (action: string, label: string, onclick: () => void, kind = 'secondary') =>
    h('button', { type: 'button', class: kind, 'data-action': action, onclick }, label);
  const parts = {
    status: h('p', { class: 'ws-vote-status', role: 'status' }),
    timerView: h('p', { class: 'ws-timer', 'data-timer': 'off' }),
    revealButton: button('reveal', '', act.reveal),
    modeButton: button('mode', '', act.mode),
    commitButton: button('commit', `${s.commit} (Enter)`, act.commit, 'primary'),
    timerButton: button('timer', `${s.timerStart} (T)`, act.timer),
  };
  const back = act.back;
  const element = h(
    'section',
    { class: 'ws-vote', 'aria-labelledby': 'ws-vote-title', 'data-revealed': 'false' },
    h('div', { class: 'ws-vote-head' }, h('h2', { id: 'ws-vote-title', tabindex: -1 }, s.voteTitle), parts.timerView),
    list,
    parts.status,
    h(
      'div',
      { class: 'ws-vote-actions' },
      back ? button('previous', `← ${s.previousPage}`, () => back()) : null,
      parts.revealButton,
      parts.commitButton,
      parts.modeButton,
      h(
        'div',
        { class: 'ws-timer-buttons' },
        parts.timerButton,
        button('timer-extend', `${s.timerExtend} (E)`, act.extend),
        button('timer-off', `${s.timerOff} (U)`, act.timerOff),
      ),
    ),
  );
  return { element, ...parts };
}

/** One option's row and what it shows. */
export interface OptionRow {
  readonly row: HTMLElement;
  readonly choice: Choice;
  /** Its count box, when hands are counted by the facilitator. */
  readonly input: HTMLInputElement | null;
}

/** Each row as the round stands: counted (hidden), the tally bars once revealed, who may be picked. */
export function paintRows(rows: readonly OptionRow[], round: VoteRound, s: WorkshopStrings): void {
  const result = outcome(round);
  const top = Math.max(1, ...round.counts);
  const candidates = result.kind === 'winner' ? [result.index] : result.candidates;
  rows.forEach(({ row, choice, input }, position) => {
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
    if (input) input.classList.toggle('masked', !round.revealed);
    const pick = row.querySelector<HTMLButtonElement>('.ws-pick');
    if (pick) pick.hidden = !pickable;
  });
}
