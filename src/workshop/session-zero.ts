// Session 0: the screen a facilitator opens the session with, projected while the group
// settles in. What the game is (and is not), what it touches on, the group's agreements
// (editable, with sensible defaults), and the story's settings: whose side the group plays,
// language, the partner's name and pronouns, the veil over the infidelity scenes, how the
// room decides, a timer. The settings as data, and how the fields become them: session-setup.ts.

import type { Side } from '../engine/types';
import { h, uid } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import { readSetup, type SessionSetup, TIMER_CHOICES } from './session-setup';
import type { WorkshopStrings, WorkshopWords } from './strings';

export { defaultSetup, type SessionSetup } from './session-setup';

export interface SessionZeroOptions {
  readonly setup: SessionSetup;
  /** The shell's words in the setup's language. */
  readonly ui: Strings;
  /** The workshop's words in both languages (the screen may switch). */
  readonly workshopStrings: WorkshopWords;
  /** Keeps what was typed when the language changes (the screen is drawn anew in it). */
  readonly onLanguage: (setup: SessionSetup) => void;
  /** Any other field changed (the side, an agreement…): the room's view follows before the start. */
  readonly onChange: (setup: SessionSetup) => void;
  readonly onStart: (setup: SessionSetup) => void;
  readonly onSessions: () => void;
  readonly onExit: () => void;
  /** How phones join the room (QR code, address), when a room is running; shown beside the introduction. */
  readonly joinPanel?: HTMLElement;
}

export function renderSessionZero(options: SessionZeroOptions): HTMLElement {
  const { setup } = options;
  const s = options.workshopStrings[setup.lang];
  const form = h('form', { class: 'ws-setup', 'aria-labelledby': 'ws-setup-title' });
  const current = (): SessionSetup => readSetup(new FormData(form), setup, options.workshopStrings);
  form.addEventListener('change', (event) => {
    const lang = (event.target as HTMLElement | null)?.getAttribute('name') === 'lang';
    (lang ? options.onLanguage : options.onChange)(current());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onStart(current());
  });
  form.append(agreementsSection(s, setup.agreements), storySection(s, options.ui, setup), setupActions(s, options));
  return h(
    'main',
    { class: 'ws-screen ws-session0' },
    h('h1', { id: 'ws-setup-title' }, s.session0Title),
    h('div', { class: 'ws-columns' }, aboutSection(s, options.joinPanel), form),
  );
}

/** The agreements, as the group shapes them. */
function agreementsSection(s: WorkshopStrings, agreements: readonly string[]): HTMLElement {
  const { list, addButton } = agreementsEditor(s, agreements);
  return h(
    'section',
    { class: 'ws-setup-block', 'aria-labelledby': 'ws-agreements-title' },
    h('h2', { id: 'ws-agreements-title' }, s.agreementsTitle),
    h('p', { class: 'ws-hint' }, s.agreementsHint),
    list,
    addButton,
  );
}

/** The story's settings: whose side, language, partner, the veil, how the room decides, the timer, sound. */
function storySection(s: WorkshopStrings, ui: Strings, setup: SessionSetup): HTMLElement {
  const ids = { lang: uid('ws-lang'), name: uid('ws-name'), timer: uid('ws-timer'), timerHint: uid('ws-timer-hint') };
  return h(
    'section',
    { class: 'ws-setup-block', 'aria-labelledby': 'ws-story-title' },
    h('h2', { id: 'ws-story-title' }, s.setupTitle),
    sideField(s, ui, setup.side),
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids.lang }, ui.language),
      h(
        'select',
        { id: ids.lang, name: 'lang' },
        h('option', { value: 'nl', selected: setup.lang === 'nl', lang: 'nl' }, 'Nederlands'),
        h('option', { value: 'en', selected: setup.lang === 'en', lang: 'en' }, 'English'),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids.name }, ui.partnerName),
      h('input', {
        id: ids.name,
        name: 'partner-name',
        type: 'text',
        autocomplete: 'off',
        maxlength: 24,
        value: setup.partnerName,
      }),
    ),
    radioSet(ui.partnerPronoun, 'ws-pronoun', setup.partnerPronoun, [
      ['he', ui.pronounHe],
      ['she', ui.pronounShe],
    ]),
    checkField('veil', s.veilLabel, setup.veil, s.veilHint),
    radioSet(s.decideTitle, 'ws-mode', setup.mode, [
      ['vote', s.decideVote],
      ['advise', s.decideAdvise],
    ]),
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids.timer }, s.timerLabel),
      h(
        'select',
        { id: ids.timer, name: 'timer-seconds', 'aria-describedby': ids.timerHint },
        TIMER_CHOICES.map((n) => h('option', { value: n, selected: n === setup.timerSeconds }, String(n))),
      ),
      h('p', { class: 'ws-hint', id: ids.timerHint }, s.timerHint),
    ),
    checkField('auto-commit', s.autoCommitLabel, setup.autoCommit, s.autoCommitHint),
    checkField('sound', s.soundLabel, setup.sound),
  );
}

/**
 * Whose side the group plays: two radios, each with the line that says what that side is
 * (the title screen's words), and a hint for the facilitator on using the two.
 */
function sideField(s: WorkshopStrings, ui: Strings, chosen: Side): HTMLElement {
  const hintId = uid('ws-side-hint');
  const option = (value: Side, label: string, hint: string) => {
    const optionHint = uid('ws-side-hint');
    return [
      h(
        'label',
        { class: 'radio ws-side-option' },
        h('input', {
          type: 'radio',
          name: 'ws-side',
          value,
          checked: chosen === value,
          'aria-describedby': optionHint,
        }),
        ` ${label}`,
      ),
      h('p', { class: 'ws-hint ws-side-hint', id: optionHint }, hint),
    ];
  };
  return h(
    'fieldset',
    { class: 'field ws-side', 'aria-describedby': hintId },
    h('legend', {}, s.sideTitle),
    option('pursuer', ui.sidePursuer, ui.sidePursuerHint),
    option('withdrawer', ui.sideWithdrawer, ui.sideWithdrawerHint),
    h('p', { class: 'ws-hint', id: hintId }, s.sideHint),
  );
}

/** A checkbox with its label and, if given, a hint it is described by. */
function checkField(name: string, label: string, checked: boolean, hint?: string): HTMLElement {
  const id = uid(`ws-${name}`);
  const hintId = hint ? uid(`ws-${name}-hint`) : undefined;
  return h(
    'div',
    { class: 'field field-check' },
    h('input', { id, type: 'checkbox', name, checked, 'aria-describedby': hintId }),
    h('label', { for: id }, label),
    hint ? h('p', { class: 'ws-hint', id: hintId }, hint) : null,
  );
}

/** The group's agreements, editable: change, strike out, add. */
function agreementsEditor(
  s: WorkshopStrings,
  agreements: readonly string[],
): { list: HTMLElement; addButton: HTMLButtonElement } {
  const agreementsList = h('ol', { class: 'ws-agreements' });
  const addAgreementRow = (text: string) => {
    const input = h('textarea', { class: 'ws-agreement', name: 'agreement', maxlength: 300, rows: 2 });
    input.value = text;
    const remove = h('button', { type: 'button', class: 'ws-remove secondary' }, '×');
    const row = h('li', {}, input, remove);
    remove.addEventListener('click', () => {
      const next =
        row.nextElementSibling?.querySelector('textarea') ?? row.previousElementSibling?.querySelector('textarea');
      row.remove();
      relabel();
      (next ?? addButton).focus();
    });
    agreementsList.append(row);
    relabel();
    return input;
  };
  const relabel = () => {
    agreementsList.querySelectorAll('li').forEach((li, i) => {
      li.querySelector('textarea')?.setAttribute('aria-label', s.agreementLabel(i + 1));
      li.querySelector('button')?.setAttribute('aria-label', s.removeAgreement(i + 1));
    });
  };
  const addButton = h('button', { type: 'button', class: 'secondary', 'data-action': 'add-agreement' }, s.addAgreement);
  addButton.addEventListener('click', () => addAgreementRow('').focus());
  for (const text of agreements) addAgreementRow(text);
  return { list: agreementsList, addButton };
}

/** What the game is (and is not), and what it touches on; how phones join, when they can. */
function aboutSection(s: WorkshopStrings, joinPanel: HTMLElement | undefined): HTMLElement {
  return h(
    'section',
    { class: 'ws-about', 'aria-labelledby': 'ws-about-title' },
    h('h2', { id: 'ws-about-title' }, s.whatItIsTitle),
    s.whatItIs.map((p) => h('p', {}, p)),
    h('h2', {}, s.themesTitle),
    h(
      'ul',
      { class: 'ws-themes' },
      s.themes.map((t) => h('li', {}, t)),
    ),
    joinPanel ? h('section', { class: 'ws-join', 'aria-label': s.joinTitle }, joinPanel) : null,
  );
}

function radioSet(
  legend: string,
  name: string,
  value: string,
  choices: readonly (readonly [string, string])[],
): HTMLElement {
  return h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, legend),
    choices.map(([v, label]) =>
      h('label', { class: 'radio' }, h('input', { type: 'radio', name, value: v, checked: v === value }), ` ${label}`),
    ),
  );
}

function setupActions(s: WorkshopStrings, options: SessionZeroOptions): HTMLElement {
  return h(
    'div',
    { class: 'ws-actions' },
    h('button', { type: 'submit', class: 'primary', 'data-action': 'start-session' }, s.startSession),
    h(
      'button',
      { type: 'button', class: 'secondary', 'data-action': 'sessions', onclick: () => options.onSessions() },
      s.earlierSessions,
    ),
    h(
      'button',
      { type: 'button', class: 'secondary', 'data-action': 'exit', onclick: () => options.onExit() },
      s.backToTitle,
    ),
  );
}
