// The player's settings while the page is open: applied at once everywhere (the page, the
// sound, whoever listens) and kept for the next visit. The Settings dialog lives here too,
// its form loaded when first opened: nobody needs it for the first text.
import type { AudioPort } from '../audio/audio-port';
import { Emitter } from '../engine/emitter';
import type { Lang } from '../engine/types';
import { motionReduced, readSettings, type Settings, writeSettings } from '../persistence/settings';
import type { KeyValueStore } from '../persistence/storage';
import { applyToAudio, applyToDocument } from './apply-settings';
import type { Strings } from './i18n';

export interface LiveSettingsOptions {
  readonly storage: KeyValueStore;
  readonly audio?: AudioPort;
  /** Whether the device asks for reduced motion (it may change while the page is open). */
  readonly deviceReducesMotion: () => boolean;
  /** The store refused to keep them (said once, not at every change). */
  readonly notKept: () => void;
}

export interface SettingsEvents {
  changed: { settings: Settings; motionChanged: boolean };
}

export class LiveSettings {
  readonly events = new Emitter<SettingsEvents>();
  private current: Settings;
  private warned = false;

  constructor(private readonly options: LiveSettingsOptions) {
    this.current = readSettings(options.storage);
    applyToDocument(this.current, this.reducedMotion);
    applyToAudio(this.current, options.audio);
  }

  get value(): Settings {
    return this.current;
  }

  /** The player's choice, or the device's preference while they have not made one. */
  get reducedMotion(): boolean {
    return motionReduced(this.current, this.options.deviceReducesMotion());
  }

  /** Apply new settings at once, everywhere, and keep them for the next visit. */
  change(next: Settings): void {
    const motionBefore = this.reducedMotion;
    this.current = next;
    applyToDocument(next, this.reducedMotion);
    applyToAudio(next, this.options.audio);
    this.events.emit('changed', { settings: next, motionChanged: this.reducedMotion !== motionBefore });
    const written = writeSettings(this.options.storage, next);
    if (!written.ok && !this.warned) {
      this.warned = true;
      this.options.notKept();
    }
  }

  /**
   * The Settings dialog. Resolves with the language the player picked in it (the dialog then
   * closes, for the shell to switch and open it again in that language), or null.
   */
  async openDialog(o: {
    readonly root: HTMLElement;
    readonly strings: Strings;
    readonly lang: Lang;
    readonly focusLanguage: boolean;
    readonly unavailable: () => void;
  }): Promise<Lang | null> {
    let renderSettingsForm: typeof import('./settings-form').renderSettingsForm;
    let askDialog: typeof import('./dialogs').askDialog;
    try {
      [{ renderSettingsForm }, { askDialog }] = await Promise.all([import('./settings-form'), import('./dialogs')]);
    } catch {
      o.unavailable();
      return null;
    }
    let language: Lang | null = null;
    const closing = new AbortController();
    const form = renderSettingsForm({
      strings: o.strings,
      settings: this.current,
      lang: o.lang,
      deviceReducesMotion: this.options.deviceReducesMotion(),
      onChange: (next) => this.change(next),
      onLanguage: (lang) => {
        language = lang;
        closing.abort('close');
      },
      focusLanguage: o.focusLanguage,
    });
    const close = [{ id: 'close', label: o.strings.close, primary: true }];
    await askDialog(o.root, o.strings.settings, form, close, { signal: closing.signal });
    return language;
  }
}
