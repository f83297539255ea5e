// The pieces of a vote on the facilitator's screen: one option's row (its number in the
// colour the phones show, its text, the count box for hands, the tally bar, the button
// that picks it in a tie), and the outcome said in words. vote-panel.ts puts them together.
import type { Choice } from '../engine/types';
import { paintOption } from '../shared/option-marks';
import { h } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import type { WorkshopStrings } from './strings';
import { lockedLeads, MAX_COUNT, outcome, parseCount, totalVotes, type VoteRound } from './vote';

export function countInput(s: WorkshopStrings, position: number, text: string): HTMLInputElement {
  return h('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    class: 'ws-count masked',
    name: `count-${position}`,
    maxlength: 3,
    'aria-label': s.countLabel(position + 1, text),
    'data-position': position,
  });
}

/** A click instead of typing: one vote more or less (for a trackpad, or a raised hand counted late). */
export function countStepper(
  s: WorkshopStrings,
  input: HTMLInputElement,
  position: number,
  delta: 1 | -1,
  onChanged: () => void,
): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'ws-count-step',
      'aria-label': delta > 0 ? s.countMore(position + 1) : s.countLess(position + 1),
      'data-action': delta > 0 ? 'count-more' : 'count-less',
      onclick: () => {
        const now = parseCount(input.value) ?? 0;
        input.value = String(Math.min(MAX_COUNT, Math.max(0, now + delta)));
        onChanged();
      },
    },
    delta > 0 ? '+' : '−',
  );
}

export interface OptionRowInput {
  readonly strings: WorkshopStrings;
  readonly ui: Strings;
  readonly choice: Choice;
  readonly position: number;
  readonly input: HTMLInputElement | null;
  /** The − and + buttons beside the count box. */
  readonly steppers: readonly HTMLButtonElement[] | null;
  readonly onPick: () => void;
}

export function renderOptionRow(row: OptionRowInput): HTMLElement {
  const { strings: s, choice, position, input } = row;
  const number = String(position + 1);
  const key = h('span', { class: 'ws-key', 'aria-hidden': 'true' }, number);
  paintOption(key, position);
  return h(
    'li',
    {
      class: `ws-option${choice.locked ? ' ws-option-locked' : ''}`,
      'data-position': position,
      'data-step': choice.step ?? undefined,
    },
    key,
    h(
      'div',
      { class: 'ws-option-text' },
      choice.locked ? h('s', {}, choice.text) : h('span', {}, choice.text),
      choice.locked
        ? h('span', { class: 'ws-lock-reason' }, `${row.ui.lockedLabel(choice.lockReason ?? '')} (${s.cannotWin})`)
        : null,
    ),
    h(
      'div',
      { class: 'ws-count-cell' },
      input && row.steppers ? h('div', { class: 'ws-count-row' }, row.steppers[0], input, row.steppers[1]) : null,
      h('span', { class: 'ws-counted', 'aria-hidden': 'true' }),
    ),
    h(
      'div',
      { class: 'ws-bar-cell', 'aria-hidden': 'true' },
      h('span', { class: 'ws-tally-bar' }),
      h('span', { class: 'ws-bar-number' }),
    ),
    h(
      'button',
      { type: 'button', class: 'ws-pick secondary', hidden: true, onclick: () => row.onPick() },
      `${s.commit} (${number})`,
    ),
  );
}

/** Option indices as the numbers on screen: "1 and 3", "1, 2 or 3". */
export function optionNumbers(
  s: WorkshopStrings,
  choices: readonly Choice[],
  indices: readonly number[],
  joiner: 'and' | 'or',
): string {
  const shown = indices.map((i) => String(choices.findIndex((c) => c.index === i) + 1));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${s[joiner]} ${shown.at(-1)}`;
}

/** What a revealed round says: "5 votes — option 2 has the most." */
export function outcomeWords(s: WorkshopStrings, choices: readonly Choice[], round: VoteRound): string {
  const result = outcome(round);
  const numbers = (indices: readonly number[], joiner: 'and' | 'or') => optionNumbers(s, choices, indices, joiner);
  const lines = [`${s.votesTotal(totalVotes(round))} —`];
  if (result.kind === 'winner') lines.push(s.outcomeWinner(Number(numbers([result.index], 'and'))));
  else if (result.kind === 'tie') lines.push(s.outcomeTie(numbers(result.candidates, 'and')));
  else if (result.kind === 'no-votes') lines.push(s.outcomeNoVotes(numbers(result.candidates, 'or')));
  else lines.push(s.outcomeAdvice(numbers(result.advised, 'and'), numbers(result.candidates, 'or')));
  if (lockedLeads(round)) lines.push(s.lockedLeads);
  return lines.join(' ');
}

/** Positions of the options the room chose or advised, once revealed. */
export function leadingPositions(choices: readonly Choice[], round: VoteRound): number[] {
  const result = outcome(round);
  const lead =
    result.kind === 'winner'
      ? [result.index]
      : result.kind === 'advice'
        ? result.advised
        : result.kind === 'tie'
          ? result.candidates
          : [];
  return lead.map((i) => choices.findIndex((c) => c.index === i)).filter((p) => p >= 0);
}
