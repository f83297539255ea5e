// The Settings screen's form: real, labelled controls (sliders, selects, radios and
// checkboxes) that apply as they change — the player sees the text grow while dragging.
// It only reports changes; the shell stores and applies them (see apply-settings.ts).
import { asLang, LANGS } from '../../common/language.js';
import type { Lang } from '../engine/types';
import {
  cleanSettings,
  DEFAULT_SETTINGS,
  FONT_CHOICES,
  LINE_SPACINGS,
  type Settings,
  TEXT_SIZE_MAX,
  TEXT_SIZE_MIN,
  TEXT_SIZE_STEP,
  TEXT_SPEEDS,
  type VolumeSettings,
} from '../persistence/settings';
import { h, uid } from './dom';
import type { Strings } from './i18n';

export interface SettingsFormOptions {
  readonly strings: Strings;
  readonly settings: Settings;
  readonly lang: Lang;
  /** Whether the device asks for reduced motion (shown beside "as your device says"). */
  readonly deviceReducesMotion: boolean;
  readonly onChange: (settings: Settings) => void;
  readonly onLanguage: (lang: Lang) => void;
  /** Open on the language (the form was drawn again in the language just chosen); else on the first field. */
  readonly focusLanguage?: boolean;
}

export function renderSettingsForm(options: SettingsFormOptions): HTMLFormElement {
  const form = h('form', { class: 'settings-form', 'data-settings': '' });
  form.addEventListener('submit', (event) => event.preventDefault());
  let current = options.settings;
  const change: Change = (patch) => {
    current = cleanSettings({ ...current, ...patch, volumes: { ...current.volumes, ...patch.volumes } });
    options.onChange(current);
  };
  const fill = () => form.replaceChildren(...sections(options, current, change, reset));
  const reset = () => {
    // The veil is a choice about the story, not the display: a reset of the rest keeps it.
    current = { ...DEFAULT_SETTINGS, veilInfidelity: current.veilInfidelity };
    options.onChange(current);
    fill();
    form.querySelector<HTMLElement>('[data-action="reset-settings"]')?.focus();
  };
  fill();
  return form;
}

/** A change to some settings; volumes may be given one at a time. */
type Change = (patch: Partial<Omit<Settings, 'volumes'>> & { volumes?: Partial<VolumeSettings> }) => void;

/** What every group of the form is drawn from. */
interface FormContext {
  readonly options: SettingsFormOptions;
  readonly s: Strings;
  readonly settings: Settings;
  readonly change: Change;
}

function sections(options: SettingsFormOptions, settings: Settings, change: Change, reset: () => void): HTMLElement[] {
  const c: FormContext = { options, s: options.strings, settings, change };
  return [
    readingGroup(c),
    motionGroup(c),
    soundGroup(c),
    group(c.s.settingsStory, [
      checkbox({
        name: 'veil',
        label: c.s.veilLabel,
        hint: `${c.s.veilHint} ${c.s.veilNextGame}`,
        checked: settings.veilInfidelity,
        onChange: (checked) => change({ veilInfidelity: checked }),
      }),
    ]),
    languageGroup(c),
    h(
      'div',
      { class: 'settings-actions' },
      h(
        'button',
        { type: 'button', class: 'secondary', 'data-action': 'reset-settings', onclick: reset },
        c.s.resetSettings,
      ),
    ),
  ];
}

/** One group of settings under its legend. */
function group(legend: string, controls: HTMLElement[]): HTMLElement {
  return h('fieldset', { class: 'settings-group' }, h('legend', {}, legend), ...controls);
}

function readingGroup({ options, s, settings, change }: FormContext): HTMLElement {
  return group(s.settingsReading, [
    slider({
      name: 'text-size',
      label: s.textSize,
      min: TEXT_SIZE_MIN,
      max: TEXT_SIZE_MAX,
      step: TEXT_SIZE_STEP,
      value: settings.textSize,
      format: s.percent,
      onInput: (value) => change({ textSize: value }),
      autofocus: !options.focusLanguage,
    }),
    select({
      name: 'line-spacing',
      label: s.lineSpacing,
      value: String(settings.lineSpacing),
      options: LINE_SPACINGS.map((v) => ({ value: String(v), label: s.lineSpacingNames[v] })),
      onChange: (value) => change({ lineSpacing: Number(value) as Settings['lineSpacing'] }),
    }),
    radios({
      name: 'font',
      legend: s.font,
      value: settings.font,
      options: FONT_CHOICES.map((font) => ({
        value: font,
        label: s.fontNames[font],
        attrs: { 'data-font-sample': font },
      })),
      onChange: (value) => change({ font: value as Settings['font'] }),
    }),
    checkbox({
      name: 'high-contrast',
      label: s.highContrast,
      checked: settings.highContrast,
      onChange: (checked) => change({ highContrast: checked }),
    }),
  ]);
}

function motionGroup({ options, s, settings, change }: FormContext): HTMLElement {
  return group(s.settingsMotion, [
    select({
      name: 'text-speed',
      label: s.textSpeed,
      value: settings.textSpeed,
      options: TEXT_SPEEDS.map((speed) => ({ value: speed, label: s.textSpeedNames[speed] })),
      onChange: (value) => change({ textSpeed: value as Settings['textSpeed'] }),
    }),
    checkbox({
      name: 'skip-read',
      label: s.skipRead,
      hint: s.skipReadHint,
      checked: settings.skipRead,
      onChange: (checked) => change({ skipRead: checked }),
    }),
    // Radios, not a select: the first option's label is long, and a closed select would cut it off.
    radios({
      name: 'motion',
      legend: s.motion,
      value: settings.motion,
      options: [
        { value: 'system', label: s.motionSystem(options.deviceReducesMotion) },
        { value: 'reduce', label: s.motionReduce },
        { value: 'full', label: s.motionFull },
      ],
      onChange: (value) => change({ motion: value as Settings['motion'] }),
    }),
  ]);
}

function soundGroup({ s, settings, change }: FormContext): HTMLElement {
  const volume = (key: keyof VolumeSettings, label: string) =>
    slider({
      name: `volume-${key}`,
      label,
      min: 0,
      max: 100,
      step: 5,
      value: settings.volumes[key],
      format: s.percent,
      onInput: (value) => change({ volumes: { [key]: value } }),
    });
  return group(s.settingsSound, [
    checkbox({
      name: 'muted',
      label: s.soundOff,
      checked: settings.muted,
      onChange: (checked) => change({ muted: checked }),
    }),
    volume('master', s.volumeMaster),
    volume('ambience', s.volumeAmbience),
    volume('cues', s.volumeCues),
    volume('heartbeat', s.volumeHeartbeat),
    checkbox({
      name: 'captions',
      label: s.captionsLabel,
      hint: s.captionsHint,
      checked: settings.captions,
      onChange: (checked) => change({ captions: checked }),
    }),
  ]);
}

function languageGroup({ options, s }: FormContext): HTMLElement {
  return group(s.language, [
    select({
      name: 'lang',
      label: s.language,
      hint: s.languageHint,
      value: options.lang,
      options: LANGS.map((lang) => ({
        value: lang,
        label: s.languageNames[lang],
        attrs: { lang },
      })),
      onChange: (value) => options.onLanguage(asLang(value)),
      autofocus: options.focusLanguage,
    }),
  ]);
}

function slider(o: {
  name: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  format: (value: number) => string;
  onInput: (value: number) => void;
  /** The control the Settings dialog opens on. */
  autofocus?: boolean;
}): HTMLElement {
  const id = uid(o.name);
  const input = h('input', {
    id,
    name: o.name,
    type: 'range',
    min: o.min,
    max: o.max,
    step: o.step,
    value: o.value,
    'aria-valuetext': o.format(o.value),
    'data-autofocus': o.autofocus,
  });
  const output = h('output', { for: id, 'aria-hidden': 'true' }, o.format(o.value));
  input.addEventListener('input', () => {
    const value = Number(input.value);
    input.setAttribute('aria-valuetext', o.format(value));
    output.textContent = o.format(value);
    o.onInput(value);
  });
  return h(
    'div',
    { class: 'setting setting-range' },
    h('label', { for: id }, o.label),
    h('div', { class: 'range-row' }, input, output),
  );
}

function select(o: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  options: { value: string; label: string; attrs?: Record<string, string> }[];
  onChange: (value: string) => void;
  autofocus?: boolean;
}): HTMLElement {
  const id = uid(o.name);
  const hintId = o.hint ? uid(`${o.name}-hint`) : undefined;
  const el = h(
    'select',
    { id, name: o.name, 'aria-describedby': hintId, 'data-autofocus': o.autofocus },
    o.options.map((opt) => h('option', { value: opt.value, selected: opt.value === o.value, ...opt.attrs }, opt.label)),
  );
  el.addEventListener('change', () => o.onChange(el.value));
  return h(
    'div',
    { class: 'setting' },
    h('label', { for: id }, o.label),
    el,
    o.hint ? h('p', { class: 'hint', id: hintId }, o.hint) : null,
  );
}

function radios(o: {
  name: string;
  legend: string;
  value: string;
  options: { value: string; label: string; attrs?: Record<string, string> }[];
  onChange: (value: string) => void;
}): HTMLElement {
  return h(
    'fieldset',
    { class: 'setting setting-radios' },
    h('legend', {}, o.legend),
    o.options.map((opt) => {
      const input = h('input', { type: 'radio', name: o.name, value: opt.value, checked: opt.value === o.value });
      input.addEventListener('change', () => {
        if (input.checked) o.onChange(opt.value);
      });
      return h('label', { class: 'radio', ...opt.attrs }, input, h('span', {}, opt.label));
    }),
  );
}

function checkbox(o: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): HTMLElement {
  const id = uid(o.name);
  const hintId = o.hint ? uid(`${o.name}-hint`) : undefined;
  const input = h('input', { id, name: o.name, type: 'checkbox', checked: o.checked, 'aria-describedby': hintId });
  input.addEventListener('change', () => o.onChange(input.checked));
  return h(
    'div',
    { class: 'setting setting-check' },
    h('div', { class: 'check-row' }, input, h('label', { for: id }, o.label)),
    o.hint ? h('p', { class: 'hint', id: hintId }, o.hint) : null,
  );
}
