// The title screen: the game's name, a short content note, the partner's name and
// pronouns, the veil over the infidelity scenes, the language, and New game / Continue /
// Load / Settings.
import { asLang } from '../../common/language.js';
import { asSide } from '../../common/vocabulary.js';
import type { Lang, Pronoun, Side } from '../engine/types';
import { h, uid } from './dom';
import type { Strings } from './i18n';

export interface TitleChoices {
  readonly lang: Lang;
  readonly partnerName: string;
  readonly partnerPronoun: Pronoun;
  /** Whose route a new game plays (the pursuer's when not said). */
  readonly side?: Side;
}

export interface TitleOptions {
  readonly strings: Strings;
  readonly choices: TitleChoices;
  /** A line describing the saved game, or null when there is none to continue. */
  readonly savedGame: string | null;
  readonly onNewGame: (choices: TitleChoices) => void;
  readonly onContinue: () => void;
  readonly onLanguage: (lang: Lang, current: TitleChoices) => void;
  /** Open workshop mode (a facilitator and a group at a projector); omitted where there is none. */
  readonly onWorkshop?: (choices: TitleChoices) => void;
  /** Choose a saved game to load; omitted when nothing is saved. */
  readonly onLoad?: () => void;
  /** Open the Settings screen (settled when it closes); omitted where there is none. */
  readonly onSettings?: (choices: TitleChoices) => Promise<void> | void;
  /**
   * The infidelity told off-screen in the new game: the remembered choice, and each change
   * as it is made (it is a setting; Settings shows it too). Omitted where it is not offered.
   */
  readonly veil?: { readonly on: () => boolean; readonly onChange: (on: boolean) => void };
  /** Fill in the endings this device has reached (a list loaded on demand), if any. */
  readonly endingsFound?: (slot: HTMLElement) => void;
  /** Settles when the art may be asked for (decoration waits for the first screen's downloads); at once when omitted. */
  readonly art?: Promise<unknown>;
}

export function renderTitleScreen(options: TitleOptions): HTMLElement {
  const s = options.strings;
  const noteId = uid('note');
  // A game started (its form sent) before the line was free: the art is never asked for, so
  // its download, decoding and painting stay out of the first moments of play.
  let started = false;
  const title = h(
    'main',
    { class: 'title-screen', onsubmit: () => (started = true) },
    h('h1', { id: 'title-heading' }, s.gameTitle),
    h('p', { class: 'tagline' }, s.tagline),
    h(
      'section',
      { class: 'content-note', 'aria-labelledby': noteId },
      h('h2', { id: noteId }, s.contentNoteTitle),
      h('p', {}, s.contentNote),
    ),
    titleForm(options),
    endingsSlot(options),
    h('p', { class: 'keys-hint' }, s.keysHint),
  );
  void Promise.resolve(options.art).then(() => started || title.toggleAttribute('data-art', true));
  return title;
}

/** The new game's form: the fields, then the actions, then the line about the saved game. */
function titleForm(options: TitleOptions): HTMLElement {
  const { strings: s, choices } = options;
  const language = languageField(s, choices.lang);
  const name = nameField(s, choices.partnerName);
  const veil = veilField(s, options.veil);
  const form = h('form', { class: 'title-form', 'aria-labelledby': 'title-heading' });
  const current = (): TitleChoices => ({
    lang: asLang(language.select.value),
    partnerName: name.input.value,
    partnerPronoun: (form.querySelector<HTMLInputElement>('input[name="partner-pronoun"]:checked')?.value ??
      'he') as Pronoun,
    side: asSide(form.querySelector<HTMLInputElement>('input[name="side"]:checked')?.value),
  });
  language.select.addEventListener('change', () => options.onLanguage(current().lang, current()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onNewGame(current());
  });
  form.append(
    language.field,
    sideField(s, choices.side ?? 'pursuer'),
    name.field,
    pronounField(s, choices.partnerPronoun),
    ...(veil ? [veil.field] : []),
    titleActions(options, current, veil),
  );
  if (options.savedGame) form.append(h('p', { class: 'saved-game', id: 'saved-game' }, options.savedGame));
  return form;
}

/** Continue (when there is a saved game), New game, and Load, Settings and Workshop where offered. */
function titleActions(
  options: TitleOptions,
  current: () => TitleChoices,
  veil: { readonly sync: () => void } | null,
): HTMLElement {
  const s = options.strings;
  const secondary = (action: string, label: string, onclick: () => void) =>
    h('button', { type: 'button', class: 'secondary', 'data-action': action, onclick }, label);
  const { onLoad, onSettings, onWorkshop } = options;
  return h(
    'div',
    { class: 'title-actions' },
    options.savedGame
      ? h(
          'button',
          {
            type: 'button',
            class: 'primary',
            'data-action': 'continue',
            onclick: () => options.onContinue(),
            'aria-describedby': 'saved-game',
          },
          s.continueGame,
        )
      : null,
    h(
      'button',
      { type: 'submit', class: options.savedGame ? 'secondary' : 'primary', 'data-action': 'new-game' },
      s.newGame,
    ),
    onLoad ? secondary('load', s.load, () => onLoad()) : null,
    // The veil may change in Settings: the box here shows it again once they close.
    onSettings
      ? secondary('settings', s.settings, () => void Promise.resolve(onSettings(current())).then(() => veil?.sync()))
      : null,
    onWorkshop ? secondary('workshop', s.workshop, () => onWorkshop(current())) : null,
  );
}

/** The language: a select naming each language in itself. */
function languageField(s: Strings, chosen: Lang): { field: HTMLElement; select: HTMLSelectElement } {
  const id = uid('lang');
  const select = h(
    'select',
    { id, name: 'lang' },
    h('option', { value: 'nl', selected: chosen === 'nl', lang: 'nl' }, 'Nederlands'),
    h('option', { value: 'en', selected: chosen === 'en', lang: 'en' }, 'English'),
  );
  return { field: h('div', { class: 'field' }, h('label', { for: id }, s.language), select), select };
}

/** The partner's name, with its hint. */
function nameField(s: Strings, value: string): { field: HTMLElement; input: HTMLInputElement } {
  const id = uid('name');
  const hintId = uid('name-hint');
  const input = h('input', {
    id,
    name: 'partner-name',
    type: 'text',
    autocomplete: 'off',
    maxlength: 24,
    value,
    'aria-describedby': hintId,
  });
  const field = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, s.partnerName),
    input,
    h('p', { class: 'hint', id: hintId }, s.partnerNameHint),
  );
  return { field, input };
}

/** The partner's pronouns: two radios. */
function pronounField(s: Strings, chosen: Pronoun): HTMLElement {
  const radio = (value: Pronoun, label: string) =>
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: 'partner-pronoun', value, checked: chosen === value }),
      ` ${label}`,
    );
  return h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, s.partnerPronoun),
    radio('he', s.pronounHe),
    radio('she', s.pronounShe),
  );
}

/** Whose side to play: two radios, each with a line that says what that side is. */
function sideField(s: Strings, chosen: Side): HTMLElement {
  const option = (value: Side, label: string, hint: string) => {
    const hintId = uid('side-hint');
    return h(
      'div',
      { class: 'side-option' },
      h(
        'label',
        { class: 'radio' },
        h('input', { type: 'radio', name: 'side', value, checked: chosen === value, 'aria-describedby': hintId }),
        ` ${label}`,
      ),
      h('p', { class: 'hint', id: hintId }, hint),
    );
  };
  return h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, s.side),
    option('pursuer', s.sidePursuer, s.sidePursuerHint),
    option('withdrawer', s.sideWithdrawer, s.sideWithdrawerHint),
  );
}

/** The veil's checkbox, with its hint; `sync` shows the remembered choice again. */
function veilField(s: Strings, veil: TitleOptions['veil']): { field: HTMLElement; sync: () => void } | null {
  if (!veil) return null;
  const id = uid('veil');
  const hintId = uid('veil-hint');
  const box = h('input', { id, type: 'checkbox', name: 'veil', checked: veil.on(), 'aria-describedby': hintId });
  box.addEventListener('change', () => veil.onChange(box.checked));
  const field = h(
    'div',
    { class: 'field field-check' },
    h('div', { class: 'check-row' }, box, h('label', { for: id }, s.veilLabel)),
    h('p', { class: 'hint', id: hintId }, s.veilHint),
  );
  return { field, sync: () => (box.checked = veil.on()) };
}

/** Where the endings found go, filled in once their list has loaded. */
function endingsSlot(options: TitleOptions): HTMLElement | null {
  if (!options.endingsFound) return null;
  const slot = h('div', { class: 'endings-found-slot' });
  options.endingsFound(slot);
  return slot;
}
