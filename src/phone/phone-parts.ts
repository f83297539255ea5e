// The pieces of the participant's page, as elements built from the phone's state: the
// code form, the current choice (numbered and coloured as on the projector), the phase
// card's prompt, the end, and the pause button. phone-view.ts puts them on the page.
import type { PhaseCard, PhoneState } from '../../common/protocol.js';
import { topOptions } from '../../common/vote-rules.js';
import { OPTION_INK, optionMark } from '../shared/option-marks';
import { h } from '../ui/dom';
import type { Ended, PhoneClient } from './phone-client';
import { errorText, type PhoneStrings } from './strings';

export const CODE_PATTERN = /^[0-9A-Za-z]{4,12}$/;

/** "1:05", "0:09": a countdown as people read it. */
export function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function codeForm(
  s: PhoneStrings,
  value: string,
  error: string,
  onCode: (code: string) => void,
): HTMLFormElement {
  const input = h('input', {
    id: 'phone-code',
    name: 'code',
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    required: true,
    value,
    'aria-describedby': 'phone-code-hint phone-code-error',
    'aria-invalid': error ? 'true' : null,
    'data-focus-key': 'code',
  });
  return h(
    'form',
    {
      class: 'phone-join',
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        onCode(input.value.trim());
      },
    },
    h('h2', {}, s.enterCode),
    h('label', { for: 'phone-code' }, s.codeLabel),
    input,
    h('p', { id: 'phone-code-hint', class: 'phone-hint' }, s.codeHint),
    h('p', { id: 'phone-code-error', class: 'phone-error', role: 'alert' }, error),
    h('button', { type: 'submit', class: 'phone-primary', 'data-focus-key': 'join' }, s.join),
  );
}

/** The end of the road for this page: the session is over, or this phone is out. */
export function endedView(s: PhoneStrings, ended: 'room-closed' | 'removed' | 'elsewhere'): HTMLElement {
  if (ended === 'room-closed')
    return h('div', { class: 'phone-ended' }, h('h2', { tabindex: -1 }, s.ended), h('p', {}, s.endedNote));
  return h('div', { class: 'phone-ended' }, h('h2', { tabindex: -1 }, ended === 'removed' ? s.removed : s.elsewhere));
}

/** Endings that bring the code form back, with what to say above it. */
export function formEnding(s: PhoneStrings, ended: Ended): string | null {
  if (ended === 'too-many-attempts') return s.tooManyAttempts;
  if (ended === 'wrong-room' || ended === 'room-full' || ended === 'room-locked' || ended === 'device-limit')
    return s.errors[ended];
  return null;
}

export function cardView(s: PhoneStrings, card: PhaseCard): HTMLElement {
  return h(
    'section',
    { class: 'phone-card', 'aria-labelledby': 'phone-card-title' },
    h('h2', { id: 'phone-card-title' }, card.title || s.cardHeading),
    h('p', { class: 'phone-card-prompt' }, card.prompt),
  );
}

type PhoneVote = NonNullable<PhoneState['vote']>;

/** One option as a large button, with the projector's number and colour. */
function optionButton(
  s: PhoneClient,
  strings: PhoneStrings,
  vote: PhoneVote,
  option: PhoneVote['options'][number],
  index: number,
  open: boolean,
): HTMLElement {
  const mine = s.myVote;
  const count = vote.counts?.[index];
  const lockId = `phone-lock-${index}`;
  const mark = optionMark(index);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'phone-option',
      'aria-pressed': String(mine === index),
      'aria-disabled': open ? null : 'true',
      'aria-describedby': option.locked ? lockId : null,
      'data-option': index,
      'data-chosen': vote.chosen === index ? 'true' : null,
      'data-focus-key': `option-${vote.id}-${index}`,
      onclick: () => {
        if (open) s.vote(index);
      },
    },
    h('span', { class: 'phone-option-mark' }, mark.number),
    h('span', { class: 'phone-option-text' }, option.text),
    count === undefined ? null : h('span', { class: 'phone-option-count' }, strings.votes(count)),
    mine === index && !open ? h('span', { class: 'phone-option-mine' }, strings.yours) : null,
  );
  // Through the CSSOM, which a strict Content-Security-Policy allows.
  button.style.setProperty('--option-colour', mark.colour);
  button.style.setProperty('--option-ink', OPTION_INK);
  return h('li', {}, button, option.locked ? h('p', { id: lockId, class: 'phone-locked' }, strings.lockedNote) : null);
}

/** The countdown line's text, or '' when no timer runs. */
export function timerText(s: PhoneStrings, client: PhoneClient): string {
  const left = client.timerLeft();
  if (left === null) return '';
  if (left === 0) return s.timeUp;
  return client.timer?.endsAt !== null ? s.timeLeft(clock(left)) : s.timerHeld(clock(left));
}

/** The current choice: heading, prompt, live count and `timer` (the view's countdown line)
 * while open, the options, and what happened. */
export function voteView(s: PhoneStrings, client: PhoneClient, timer: HTMLElement): (HTMLElement | null)[] {
  const room = client.room;
  const vote = room?.vote ?? null;
  if (!room || !vote) return [];
  const mine = client.myVote;
  const open = vote.phase === 'open';
  const heading =
    vote.phase === 'committed' && vote.chosen !== null
      ? s.chosen(vote.options[vote.chosen]?.text ?? '')
      : open
        ? s.voteHeading
        : s.revealedHeading;
  let status = '';
  if (open) status = client.pending ? s.sending : mine !== null ? s.counted(vote.options[mine]?.text ?? '') : '';
  else if (vote.phase === 'revealed' && vote.counts) {
    // Advice, a tie or no votes: the facilitator picks — say so while the room waits.
    const top = topOptions(
      vote.counts,
      vote.options.map((o) => o.locked),
    );
    if (vote.mode === 'advise' || top.length > 1) status = s.facilitatorDecides;
  }
  const error = client.lastError && client.lastError !== 'xcard-too-soon' ? errorText(s, client.lastError) : '';
  return [
    h('h2', { id: 'phone-vote-title', tabindex: -1 }, heading),
    vote.prompt ? h('p', { class: 'phone-prompt' }, vote.prompt) : null,
    open
      ? h('p', { class: 'phone-hint' }, vote.mode === 'advise' ? `${s.voteHint} ${s.adviseHint}` : s.voteHint)
      : null,
    open
      ? h(
          'p',
          { class: 'phone-progress' },
          h('span', { class: 'phone-count' }, s.votedCount(vote.voted, vote.of)),
          timer,
        )
      : null,
    h(
      'ul',
      { class: 'phone-options', 'aria-label': s.optionsLabel },
      vote.options.map((option, index) => optionButton(client, s, vote, option, index, open)),
    ),
    h('p', { class: 'phone-status' }, status),
    error ? h('p', { class: 'phone-error', role: 'alert' }, error) : null,
  ];
}

/** The pause button, its explanation, and the wait after asking. */
export function xcardView(s: PhoneStrings, client: PhoneClient, waitMs: number): HTMLElement[] {
  const cooling = waitMs > 0;
  const note =
    client.lastError === 'xcard-too-soon' ? s.errors['xcard-too-soon'] : client.xcardSent && cooling ? s.xcardSent : '';
  return [
    h(
      'button',
      {
        type: 'button',
        class: 'phone-xcard-button',
        'aria-describedby': 'phone-xcard-hint phone-xcard-note',
        'aria-disabled': cooling ? 'true' : null,
        'data-focus-key': 'xcard',
        onclick: () => {
          if (!cooling) client.xcard();
        },
      },
      s.xcardButton,
    ),
    // While a vote is open the options need the room: the explanation is then for screen readers only.
    h(
      'p',
      { id: 'phone-xcard-hint', class: client.room?.vote?.phase === 'open' ? 'visually-hidden' : 'phone-hint' },
      s.xcardHint,
    ),
    h(
      'p',
      { id: 'phone-xcard-note', class: 'phone-xcard-note' },
      note,
      cooling ? ` ${s.xcardWait(Math.ceil(waitMs / 1000))}` : '',
    ),
  ];
}
