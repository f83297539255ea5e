// Session 0: the screen a facilitator opens the session with, projected while the group
// settles in. What the game is (and is not), what it touches on, the group's agreements
// (editable, with sensible defaults), and the story's settings: language, the partner's
// name and pronouns, the veil over the infidelity scenes, how the room decides, a timer.

import { asLang } from '../../common/language.js';
import type { VoteMode } from '../../common/vote-rules.js';
import type { Lang, Pronoun } from '../engine/types';
import { cleanName } from '../persistence/preferences';
import { h, uid } from '../ui/dom';
import type { Strings } from '../ui/i18n';
import type { WorkshopStrings, WorkshopWords } from './strings';

export interface SessionSetup {
  readonly lang: Lang;
  readonly partnerName: string;
  readonly partnerPronoun: Pronoun;
  /** Tell the infidelity scenes off-screen. */
  readonly veil: boolean;
  readonly agreements: readonly string[];
  readonly mode: VoteMode;
  /** The time a vote's timer gets when the facilitator starts it. */
  readonly timerSeconds: number;
  /** When the timer runs out: reveal, and take the room's choice (a tie still waits). */
  readonly autoCommit: boolean;
  readonly sound: boolean;
}

export const TIMER_CHOICES = [30, 45, 60, 90, 120] as const;

export function defaultSetup(
  lang: Lang,
  partnerName: string,
  partnerPronoun: Pronoun,
  words: WorkshopWords,
): SessionSetup {
  return {
    lang,
    partnerName,
    partnerPronoun,
    // In a room, the gentler telling is the default; the facilitator can lift it.
    veil: true,
    agreements: words[lang].defaultAgreements,
    mode: 'vote',
    timerSeconds: 60,
    autoCommit: false,
    sound: true,
  };
}

export interface SessionZeroOptions {
  readonly setup: SessionSetup;
  /** The shell's words in the setup's language. */
  readonly ui: Strings;
  /** The workshop's words in both languages (the screen may switch). */
  readonly workshopStrings: WorkshopWords;
  /** Keeps what was typed when the language changes (the screen is drawn anew in it). */
  readonly onLanguage: (setup: SessionSetup) => void;
  readonly onStart: (setup: SessionSetup) => void;
  readonly onSessions: () => void;
  readonly onExit: () => void;
  /** How phones join the room (QR code, address), when a room is running; shown beside the introduction. */
  readonly joinPanel?: HTMLElement;
}

export function renderSessionZero(options: SessionZeroOptions): HTMLElement {
  const { setup } = options;
  const s = options.workshopStrings[setup.lang];
  const { ui } = options;
  const ids = {
    lang: uid('ws-lang'),
    name: uid('ws-name'),
    veil: uid('ws-veil'),
    veilHint: uid('ws-veil-hint'),
    timer: uid('ws-timer'),
    timerHint: uid('ws-timer-hint'),
    sound: uid('ws-sound'),
    auto: uid('ws-auto'),
    autoHint: uid('ws-auto-hint'),
  };

  const { list: agreementsList, addButton } = agreementsEditor(s, setup.agreements);

  const langSelect = h(
    'select',
    { id: ids.lang, name: 'lang' },
    h('option', { value: 'nl', selected: setup.lang === 'nl', lang: 'nl' }, 'Nederlands'),
    h('option', { value: 'en', selected: setup.lang === 'en', lang: 'en' }, 'English'),
  );
  const nameInput = h('input', {
    id: ids.name,
    name: 'partner-name',
    type: 'text',
    autocomplete: 'off',
    maxlength: 24,
    value: setup.partnerName,
  });
  const veilBox = h('input', {
    id: ids.veil,
    type: 'checkbox',
    name: 'veil',
    checked: setup.veil,
    'aria-describedby': ids.veilHint,
  });
  const timerSelect = h(
    'select',
    { id: ids.timer, name: 'timer-seconds', 'aria-describedby': ids.timerHint },
    TIMER_CHOICES.map((n) => h('option', { value: n, selected: n === setup.timerSeconds }, String(n))),
  );
  const soundBox = h('input', { id: ids.sound, type: 'checkbox', name: 'sound', checked: setup.sound });
  const autoBox = h('input', {
    id: ids.auto,
    type: 'checkbox',
    name: 'auto-commit',
    checked: setup.autoCommit,
    'aria-describedby': ids.autoHint,
  });

  const form = h('form', { class: 'ws-setup', 'aria-labelledby': 'ws-setup-title' });
  const current = (): SessionSetup => {
    const lang = asLang(langSelect.value);
    const agreements = [...agreementsList.querySelectorAll('textarea')]
      .map((t) => t.value.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    // Untouched defaults follow the language; anything the group wrote stays as written.
    const untouched = agreements.join('\n') === options.workshopStrings[setup.lang].defaultAgreements.join('\n');
    return {
      lang,
      partnerName: cleanName(nameInput.value),
      partnerPronoun:
        form.querySelector<HTMLInputElement>('input[name="ws-pronoun"]:checked')?.value === 'she' ? 'she' : 'he',
      veil: veilBox.checked,
      agreements: untouched ? options.workshopStrings[lang].defaultAgreements : agreements,
      mode:
        form.querySelector<HTMLInputElement>('input[name="ws-mode"]:checked')?.value === 'advise' ? 'advise' : 'vote',
      timerSeconds: Number(timerSelect.value) || 60,
      autoCommit: autoBox.checked,
      sound: soundBox.checked,
    };
  };
  langSelect.addEventListener('change', () => options.onLanguage(current()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onStart(current());
  });

  form.append(
    h(
      'section',
      { class: 'ws-setup-block', 'aria-labelledby': 'ws-agreements-title' },
      h('h2', { id: 'ws-agreements-title' }, s.agreementsTitle),
      h('p', { class: 'ws-hint' }, s.agreementsHint),
      agreementsList,
      addButton,
    ),
    h(
      'section',
      { class: 'ws-setup-block', 'aria-labelledby': 'ws-story-title' },
      h('h2', { id: 'ws-story-title' }, s.setupTitle),
      h('div', { class: 'field' }, h('label', { for: ids.lang }, ui.language), langSelect),
      h('div', { class: 'field' }, h('label', { for: ids.name }, ui.partnerName), nameInput),
      radioSet(ui.partnerPronoun, 'ws-pronoun', setup.partnerPronoun, [
        ['he', ui.pronounHe],
        ['she', ui.pronounShe],
      ]),
      h(
        'div',
        { class: 'field field-check' },
        veilBox,
        h('label', { for: ids.veil }, s.veilLabel),
        h('p', { class: 'ws-hint', id: ids.veilHint }, s.veilHint),
      ),
      radioSet(s.decideTitle, 'ws-mode', setup.mode, [
        ['vote', s.decideVote],
        ['advise', s.decideAdvise],
      ]),
      h(
        'div',
        { class: 'field' },
        h('label', { for: ids.timer }, s.timerLabel),
        timerSelect,
        h('p', { class: 'ws-hint', id: ids.timerHint }, s.timerHint),
      ),
      h(
        'div',
        { class: 'field field-check' },
        autoBox,
        h('label', { for: ids.auto }, s.autoCommitLabel),
        h('p', { class: 'ws-hint', id: ids.autoHint }, s.autoCommitHint),
      ),
      h('div', { class: 'field field-check' }, soundBox, h('label', { for: ids.sound }, s.soundLabel)),
    ),
    setupActions(s, options),
  );

  return h(
    'main',
    { class: 'ws-screen ws-session0' },
    h('h1', { id: 'ws-setup-title' }, s.session0Title),
    h('div', { class: 'ws-columns' }, aboutSection(s, options.joinPanel), form),
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
