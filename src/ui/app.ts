// The shell: title screen, game screen, menu, saves and messages, wired to the engine.
// It reads the engine's Beats and writes HTML; the stage and audio only listen. Every
// failure path ends in a message and a playable game — never a blank screen.

import { type AudioPort, heartbeatBpm } from '../audio/audio-port';
import { ambienceCaption, heartbeatCaption } from '../audio/captions';
import {
  type Beat,
  type Choice,
  ChoiceError,
  encodeSave,
  InkRuntimeError,
  type Lang,
  type PlayerSettings,
  restoreSave,
  SaveError,
  type SaveFile,
  type SaveProblem,
  type SoundCue,
  StoryEngine,
} from '../engine';
import {
  cleanName,
  type Preferences,
  readPreferences,
  withEndingFound,
  writePreferences,
} from '../persistence/preferences';
import type { ReadLines } from '../persistence/read-lines';
import { SaveStore } from '../persistence/save-store';
import { motionReduced, readSettings, type Settings, writeSettings } from '../persistence/settings';
import type { KeyValueStore } from '../persistence/storage';
import { afterNextPaint, whenIdleAfterPaint } from '../shared/after-paint';
import type { StageHandle, StageView } from '../stage/stage-api';
import { StageUnavailableError } from '../stage/stage-api';
import { applyToAudio, applyToDocument, REVEAL_PACE } from './apply-settings';
import { askDialog, dialogOpen } from './dialogs';
import { h, replaceChildren } from './dom';
import { type Strings, startingLanguage } from './i18n';
import { MetersView } from './meters-view';
import { Notices } from './notices';
import type { SaveDialogs, SaveSource } from './save-dialogs';
import { summarizeSave } from './save-summary';
import { stageViewOf } from './stage-view-of';
import { StoryView } from './story-view';
import type { StringBook } from './string-book';
import { renderTitleScreen, type TitleChoices } from './title-screen';

export interface CompiledStoryModule {
  readonly json: string;
  readonly hash: string;
}

export interface AppOptions {
  readonly root: HTMLElement;
  readonly storage: KeyValueStore;
  readonly loadStory: (lang: Lang) => Promise<CompiledStoryModule>;
  /** The shell's words: the starting language already in, others fetched on a switch. */
  readonly strings: StringBook;
  /** Mount the dance floor; omitted in environments without a stage (DOM tests). */
  readonly loadStage?: (parent: HTMLElement, view: StageView) => Promise<StageHandle>;
  readonly browserLanguages?: readonly string[];
  /** A language asked for in the URL; it wins over the remembered one. */
  readonly requestedLang?: Lang | null;
  readonly prefersReducedMotion?: () => boolean;
  /** Sound; omitted where there is none (DOM tests). Captions show either way. */
  readonly audio?: AudioPort;
  /** Leave the single-player shell for workshop mode (see src/workshop/); omitted where there is none. */
  readonly openWorkshop?: (choices: TitleChoices) => void;
  /** Trigger a file download (replaced in tests). */
  readonly download?: (fileName: string, text: string) => void;
}

interface Session {
  readonly engine: StoryEngine;
  readonly lang: Lang;
  readonly storyHash: string;
}

export class App {
  private strings: Strings;
  private prefs: Preferences;
  private readonly saves: SaveStore;
  /** The save dialogs, loaded when first needed (not for the first text). */
  private saveDialogsLoading: Promise<SaveDialogs> | null = null;
  private readonly notices: Notices;
  private readonly live: HTMLElement;
  private readonly screen: HTMLElement;
  private session: Session | null = null;
  private storyView: StoryView | null = null;
  private metersView: MetersView | null = null;
  private stage: StageHandle | null = null;
  private stageHost: HTMLElement | null = null;
  private stageRequested = false;
  private autosaveWarned = false;
  private autosavePending = false;
  /** The beat whose stage and sound wait for the frame that paints its text (see render). */
  private unheard: { beat: Beat; cues: SoundCue[] } | null = null;
  private settings: Settings;
  private settingsWarned = false;
  /** Lines this device has shown (loaded just after the first screen: not needed for it). */
  private reads: ReadLines | null = null;
  private shownPhase: number | null = null;

  constructor(private readonly options: AppOptions) {
    this.prefs = readPreferences(options.storage);
    this.settings = readSettings(options.storage);
    const lang = startingLanguage(options.requestedLang, this.prefs, options.browserLanguages ?? []);
    this.prefs = { ...this.prefs, lang };
    this.strings = options.strings.get(lang);
    this.saves = new SaveStore(options.storage);
    void import('../persistence/read-lines').then(({ ReadLines }) => (this.reads = new ReadLines(options.storage)));
    this.notices = new Notices(() => this.strings.dismiss);
    this.live = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-live': '' });
    this.screen = h('div', { class: 'screen' });
    replaceChildren(options.root, this.notices.element, this.screen, this.live);
    applyToDocument(this.settings, this.reducedMotion());
    applyToAudio(this.settings, options.audio);
    document.addEventListener('keydown', this.keyListener);
    window.addEventListener('pagehide', this.flushAutosave);
    document.addEventListener('visibilitychange', this.flushAutosave);
    // Browsers allow sound only after a gesture: the first one unlocks it. Capture phase,
    // so the click that takes a choice can already be heard.
    for (const type of ['pointerdown', 'keydown'] as const) {
      window.addEventListener(type, this.unlockAudio, { capture: true, once: true });
    }
  }

  private readonly keyListener = (event: KeyboardEvent) => this.onKey(event);
  private readonly unlockAudio = () => this.options.audio?.unlock();

  /** Leave the page as it was: no listeners, no stage, nothing on screen. */
  destroy(): void {
    document.removeEventListener('keydown', this.keyListener);
    window.removeEventListener('pagehide', this.flushAutosave);
    document.removeEventListener('visibilitychange', this.flushAutosave);
    for (const type of ['pointerdown', 'keydown'] as const) {
      window.removeEventListener(type, this.unlockAudio, { capture: true });
    }
    this.options.audio?.destroy();
    this.teardownGame();
    this.options.root.replaceChildren();
  }

  get lang(): Lang {
    return this.prefs.lang ?? 'nl';
  }

  /** Show the title screen (the game's first screen). */
  showTitle(): void {
    this.teardownGame();
    this.setDocumentState({ screen: 'title', lang: this.lang });
    // A damaged autosave is shown anyway: choosing Continue explains what is wrong and keeps the file.
    const autosave = summarizeSave({ slot: 'autosave', text: this.saves.readAutosave() }, this.strings, this.lang);
    const saved = autosave.state === 'empty' ? null : autosave.description;
    const title = renderTitleScreen({
      onLoad: this.saves.hasAny ? () => void this.saveDialogs().then((d) => d.chooseSaveToLoad()) : undefined,
      onSettings: (choices) => this.openSettings(choices),
      veil: {
        on: () => this.settings.veilInfidelity,
        onChange: (on) => this.changeSettings({ ...this.settings, veilInfidelity: on }),
      },
      strings: this.strings,
      choices: { lang: this.lang, partnerName: this.prefs.partnerName, partnerPronoun: this.prefs.partnerPronoun },
      savedGame: saved,
      endingsFound: this.prefs.endingsFound?.length ? (slot) => this.fillEndingsFound(slot) : undefined,
      onNewGame: (choices) => void this.newGame(choices),
      onContinue: () => void this.continueGame(),
      onWorkshop: this.options.openWorkshop
        ? (choices) => {
            this.teardownGame();
            this.options.openWorkshop?.(choices);
          }
        : undefined,
      onLanguage: (lang, current) =>
        void this.ensureLanguage(lang).then((ready) => {
          if (!this.screen.querySelector('.title-screen')) return;
          // Drawn again either way: in the new language, or (it could not be had) back in
          // the current one, with what the player typed kept.
          this.setPrefs({ ...current, lang: ready ? lang : this.lang });
          this.showTitle();
          this.screen.querySelector<HTMLSelectElement>('select[name="lang"]')?.focus();
        }),
    });
    replaceChildren(this.screen, title);
    if (!this.saves.available) this.notices.show(this.strings.storageUnavailable, 'info', { once: 'storage' });
  }

  private saveDialogs(): Promise<SaveDialogs> {
    this.saveDialogsLoading ??= import('./save-dialogs').then(
      ({ SaveDialogs }) =>
        new SaveDialogs({
          root: this.options.root,
          saves: this.saves,
          notices: this.notices,
          download: this.options.download,
          strings: () => this.strings,
          lang: () => this.lang,
          game: () => this.session,
          encodeGame: () => this.encodeGame(),
          flushAutosave: this.flushAutosave,
          load: (text, source) => this.loadSaveText(text, source),
        }),
    );
    return this.saveDialogsLoading;
  }

  private fillEndingsFound(slot: HTMLElement): void {
    const { strings, lang } = this;
    const found = this.prefs.endingsFound ?? [];
    void import('./endings-found').then(({ renderEndingsFound }) =>
      slot.replaceChildren(renderEndingsFound(strings, lang, found)),
    );
  }

  // ── Starting and continuing ────────────────────────────────────────────────

  async newGame(choices: TitleChoices): Promise<void> {
    this.flushAutosave(); // the question below reads the autosave
    if (!(await this.ensureLanguage(choices.lang))) return;
    const partnerName = cleanName(choices.partnerName);
    this.setPrefs({ ...this.prefs, lang: choices.lang, partnerName, partnerPronoun: choices.partnerPronoun });
    if (this.saves.readAutosave() !== null) {
      const s = this.strings;
      const answer = await askDialog(this.options.root, s.newGame, s.replaceSaveQuestion, [
        { id: 'export', label: s.exportSave },
        { id: 'replace', label: s.newGame, primary: true },
        { id: 'cancel', label: s.close },
      ]);
      if (answer === 'cancel') return;
      if (answer === 'export') (await this.saveDialogs()).exportText(this.saves.readAutosave() ?? '');
    }
    const story = await this.fetchStory(choices.lang);
    if (!story) return;
    const settings: PlayerSettings = {
      partnerName,
      partnerPronoun: choices.partnerPronoun,
      veilInfidelity: this.settings.veilInfidelity,
    };
    const engine = new StoryEngine(story.json, settings);
    this.beginSession({ engine, lang: choices.lang, storyHash: story.hash });
    this.run(() => engine.start(), null);
  }

  async continueGame(): Promise<void> {
    this.flushAutosave();
    const text = this.saves.readAutosave();
    if (text === null) return;
    await this.loadSaveText(text, 'autosave');
  }

  /** Load a save (the autosave, a slot or an imported file) and show it exactly as it was. */
  private async loadSaveText(text: string, source: SaveSource): Promise<boolean> {
    // Reading a save brings its validation (and valibot) along: not needed for the first text.
    let decodeSave: typeof import('../engine/save-decode').decodeSave;
    try {
      ({ decodeSave } = await import('../engine/save-decode'));
    } catch {
      this.notices.show(this.strings.storyLoadFailed, 'error');
      return false;
    }
    let save: SaveFile;
    try {
      save = decodeSave(text);
    } catch (error) {
      this.reportSaveError(error, source);
      return false;
    }
    const story = await this.fetchStory(save.lang);
    if (!story) return false;
    try {
      const { engine, replayed } = restoreSave(save, { json: story.json, hash: story.hash, lang: save.lang });
      this.setPrefs({ ...this.prefs, lang: save.lang });
      this.beginSession({ engine, lang: save.lang, storyHash: story.hash });
      this.render(engine.beat, { echo: lastChoiceText(engine), focus: true, instant: true });
      if (replayed) this.notices.show(this.strings.saveReplayed);
      if (source === 'import') this.notices.show(this.strings.saveImported);
      else if (typeof source === 'object') this.say(this.strings.loadedFrom(source.name));
      this.autosave();
      return true;
    } catch (error) {
      this.reportSaveError(error, source);
      return false;
    }
  }

  private reportSaveError(error: unknown, source: SaveSource): void {
    if (!(error instanceof SaveError)) throw error;
    const s = this.strings;
    const messages: Record<SaveProblem, string> = {
      'not-json': s.saveNotJson,
      'not-a-save': s.saveNotOurs,
      damaged: s.saveDamaged,
      'newer-format': s.saveNewer,
      'other-build': s.saveOtherBuild,
      'other-language': s.saveOtherLanguage,
    };
    let message = messages[error.problem];
    // An autosave that cannot be loaded is moved aside (never deleted), so the next game
    // can autosave without destroying it. A newer-format save stays: an update will read it.
    if (source === 'autosave' && error.problem !== 'newer-format' && this.saves.setAsideAutosave()) {
      message = `${message} ${s.saveKeptAside}`;
      if (this.screen.querySelector('.title-screen')) this.showTitle();
    }
    this.notices.show(message, 'error');
  }

  /** The story of `lang`, with the shell's words for it (a session shows both). */
  private async fetchStory(lang: Lang): Promise<CompiledStoryModule | null> {
    try {
      const [story] = await Promise.all([this.options.loadStory(lang), this.options.strings.ensure(lang)]);
      return story;
    } catch {
      this.notices.show(this.strings.storyLoadFailed, 'error');
      return null;
    }
  }

  // ── Playing ────────────────────────────────────────────────────────────────

  private beginSession(session: Session): void {
    this.teardownGame();
    this.session = session;
    this.strings = this.options.strings.get(session.lang);
    this.setDocumentState({ screen: 'game', lang: session.lang });
    this.storyView = new StoryView(
      this.strings,
      (choice) => this.choose(choice),
      (beat) => void this.showEnding(beat),
    );
    this.shownPhase = null;
    this.storyView.setPace(REVEAL_PACE[this.settings.textSpeed]);
    this.metersView = new MetersView(this.strings);
    this.stageHost = h('div', { class: 'stage', 'aria-hidden': 'true' });
    const muteButton = h(
      'button',
      {
        type: 'button',
        class: 'menu-button',
        'data-action': 'mute',
        'aria-pressed': String(this.settings.muted),
        onclick: () => this.changeSettings({ ...this.settings, muted: !this.settings.muted }),
      },
      this.strings.mute,
    );
    const menuButton = h(
      'button',
      {
        type: 'button',
        class: 'menu-button',
        'data-action': 'menu',
        'aria-haspopup': 'dialog',
        onclick: () => void this.openMenu(),
      },
      this.strings.menu,
    );
    replaceChildren(
      this.screen,
      h(
        'div',
        { class: 'game' },
        this.stageHost,
        h(
          'main',
          { class: 'panel' },
          // The header and the meters: at the panel's top and foot on a wide screen, one
          // slim strip held under the stage on a phone (styles.css).
          h(
            'div',
            { class: 'hud' },
            h(
              'header',
              { class: 'game-header' },
              h('p', { class: 'phase-title' }),
              h('div', { class: 'header-buttons' }, muteButton, menuButton),
            ),
            this.metersView.element,
          ),
          h('p', { class: 'sound-caption', 'aria-hidden': 'true' }),
          this.storyView.element,
          h('div', { class: 'ending-slot' }),
        ),
      ),
    );
  }

  private choose(choice: Choice): void {
    const engine = this.session?.engine;
    if (!engine) return;
    if (choice.locked) {
      this.say(this.strings.lockedLabel(choice.lockReason ?? ''));
      return;
    }
    this.run(() => engine.choose(choice.index), choice.text);
  }

  /** Run one engine step; an ink error rewinds to before the choice and says so. */
  private run(step: () => Beat, echo: string | null): void {
    const engine = this.session?.engine;
    if (!engine) return;
    let beat: Beat;
    try {
      beat = step();
    } catch (error) {
      if (error instanceof InkRuntimeError) {
        console.error(error);
        if (echo !== null && engine.canRewind) this.render(engine.rewind(), { echo: null, focus: true, instant: true });
        this.notices.show(this.strings.inkError, 'error');
        return;
      }
      if (error instanceof ChoiceError) {
        this.say(error.message);
        return;
      }
      throw error;
    }
    const cues = beat.lines.flatMap((line) => (line.tags.sfx ? [line.tags.sfx] : []));
    this.render(beat, { echo, focus: echo !== null, instant: false }, cues);
    if (beat.meters.lastStep && echo !== null) {
      this.say(this.strings.movement(beat.meters.lastStep, engine.settings.partnerName));
    }
    this.autosaveAfterPaint();
  }

  rewind(): void {
    const engine = this.session?.engine;
    if (!engine?.canRewind) return;
    this.render(engine.rewind(), { echo: lastChoiceText(engine), focus: true, instant: true });
    this.autosaveAfterPaint();
  }

  private render(
    beat: Beat,
    how: { echo: string | null; focus: boolean; instant: boolean },
    cues: readonly SoundCue[] = [],
  ): void {
    if (!this.storyView || !this.metersView || !this.session) return;
    // The device's motion preference may have changed since the last beat.
    applyToDocument(this.settings, this.reducedMotion());
    // Under reduced motion lines still come one by one at the chosen speed, but without
    // any movement or fade (styles.css); only "instant" shows them all at once.
    // Text read before (a replay, the way back after a rewind) comes at once when asked.
    const texts = beat.lines.map((line) => line.text);
    const instant = how.instant || (this.settings.skipRead && !!this.reads?.allRead(texts));
    this.reads?.remember(texts);
    const endingSlot = this.screen.querySelector('.ending-slot');
    if (endingSlot?.hasChildNodes()) endingSlot.replaceChildren(); // the end card waits for the last text
    this.storyView.show(beat, { echo: how.echo, focus: how.focus, instant });
    this.metersView.show(beat.meters);
    this.setDocumentState({ phase: beat.phase, scene: beat.scene, ending: beat.ending });
    const s = this.strings;
    const title = this.screen.querySelector('.phase-title');
    const phaseTitle = `${s.phaseLabel(beat.phase)} · ${s.phaseNames[beat.phase] ?? ''}`;
    if (title && title.textContent !== phaseTitle) title.textContent = phaseTitle; // unchanged text: no layout
    // A new phase reached in play: its title card, for one breath (never under reduced motion).
    const newPhase = this.shownPhase !== null && beat.phase !== this.shownPhase;
    this.shownPhase = beat.phase;
    if (newPhase && !how.instant && !this.reducedMotion()) {
      const root = this.options.root;
      void import('./phase-card').then(({ showPhaseCard }) =>
        showPhaseCard(root, s.phaseLabel(beat.phase), s.phaseNames[beat.phase] ?? ''),
      );
    }
    this.showSoundCaption(beat);
    this.stageAndSoundAfterPaint(beat, cues);
  }

  /**
   * The stage and the sound follow the text, never hold it up: they are told once the frame
   * that paints the new text is done (a backdrop or a new ambience costs tens of ms). Beats
   * shown faster than frames are painted collapse into the last one, their cues kept.
   */
  private stageAndSoundAfterPaint(beat: Beat, cues: readonly SoundCue[]): void {
    const waiting = this.unheard;
    this.unheard = { beat, cues: [...(waiting?.cues ?? []), ...cues] };
    if (waiting) return;
    afterNextPaint(() => {
      const due = this.unheard;
      this.unheard = null;
      if (!due || !this.session) return;
      this.updateStage(due.beat);
      const audio = this.options.audio;
      audio?.setAmbience(due.beat.scene);
      audio?.setHeartbeat(heartbeatBpm(due.beat.meters.pursue));
      for (const cue of due.cues) audio?.playCue(cue);
    });
  }

  /** The ambience and the heartbeat as captions, with the text (the sound follows it). */
  private showSoundCaption(beat: Beat): void {
    const bpm = heartbeatBpm(beat.meters.pursue);
    const caption = this.screen.querySelector('.sound-caption');
    if (caption && this.session) {
      const lang = this.session.lang;
      const text = [ambienceCaption(beat.scene, lang), heartbeatCaption(bpm, lang)].filter(Boolean).join(' ');
      if (caption.textContent !== text) caption.textContent = text;
    }
  }

  // ── Settings ───────────────────────────────────────────────────────────────

  /** Apply new settings at once, everywhere, and keep them for the next visit. */
  changeSettings(next: Settings): void {
    const motionBefore = this.reducedMotion();
    this.settings = next;
    applyToDocument(next, this.reducedMotion());
    applyToAudio(next, this.options.audio);
    this.storyView?.setPace(REVEAL_PACE[next.textSpeed]);
    this.screen.querySelector('[data-action="mute"]')?.setAttribute('aria-pressed', String(next.muted));
    if (this.reducedMotion() !== motionBefore && this.session)
      this.stage?.update(this.stageView(this.session.engine.beat));
    const written = writeSettings(this.options.storage, next);
    if (!written.ok && !this.settingsWarned) {
      this.settingsWarned = true;
      this.notices.show(this.strings.settingsNotSaved, 'error');
    }
  }

  /** The Settings screen, from the menu or the title screen. */
  async openSettings(titleChoices?: TitleChoices): Promise<void> {
    if (dialogOpen(this.options.root)) return;
    let language: Lang | null = null;
    // Loaded when first opened: the form is not needed for the first text (size budget).
    let renderSettingsForm: typeof import('./settings-form').renderSettingsForm;
    try {
      ({ renderSettingsForm } = await import('./settings-form'));
    } catch {
      this.notices.show(this.strings.settingsUnavailable, 'error');
      return;
    }
    const form = renderSettingsForm({
      strings: this.strings,
      settings: this.settings,
      lang: this.session?.lang ?? this.lang,
      deviceReducesMotion: this.options.prefersReducedMotion?.() ?? false,
      onChange: (next) => this.changeSettings(next),
      onLanguage: (lang) => {
        // The dialog closes, the language changes, and the dialog opens again in it.
        language = lang;
        form.closest('dialog')?.querySelector<HTMLButtonElement>('.dialog-buttons [data-action="close"]')?.click();
      },
    });
    await askDialog(this.options.root, this.strings.settings, form, [
      { id: 'close', label: this.strings.close, primary: true },
    ]);
    if (language === null) return;
    await this.changeLanguage(language, titleChoices);
    await this.openSettings(titleChoices);
    this.options.root.querySelector<HTMLSelectElement>('dialog select[name="lang"]')?.focus();
  }

  /** Change the language: the title screen at once; a game in progress by walking its path again. */
  private async changeLanguage(lang: Lang, titleChoices?: TitleChoices): Promise<void> {
    if (!(await this.ensureLanguage(lang))) return;
    const session = this.session;
    if (!session) {
      const current = titleChoices ?? {
        lang,
        partnerName: this.prefs.partnerName,
        partnerPronoun: this.prefs.partnerPronoun,
      };
      this.setPrefs({ ...this.prefs, partnerName: current.partnerName, partnerPronoun: current.partnerPronoun, lang });
      this.showTitle();
      return;
    }
    this.setPrefs({ ...this.prefs, lang });
    this.strings = this.options.strings.get(session.lang);
    if (session.lang === lang) return;
    const [story, { LanguageSwitchError, replayInOtherLanguage }] = await Promise.all([
      this.fetchStory(lang),
      import('./switch-language'),
    ]);
    if (!story || this.session !== session) return;
    let engine: StoryEngine;
    try {
      engine = replayInOtherLanguage(session.engine, story.json);
    } catch (error) {
      if (!(error instanceof LanguageSwitchError || error instanceof ChoiceError || error instanceof InkRuntimeError))
        throw error;
      this.notices.show(this.options.strings.get(lang).languageSwitchFailed(session.lang), 'error');
      return;
    }
    this.beginSession({ engine, lang, storyHash: story.hash });
    this.render(engine.beat, { echo: lastChoiceText(engine), focus: false, instant: true });
    this.autosave();
  }

  /** Once the last text is on screen: the end card, and the ending counted as found. */
  private async showEnding(beat: Beat): Promise<void> {
    const session = this.session;
    if (!beat.finished || !session) return;
    if (beat.ending) this.setPrefs(withEndingFound(this.prefs, beat.ending));
    const [{ mountEndingScreen }, story] = await Promise.all([
      import('./ending-screen'),
      this.fetchStory(session.lang),
    ]);
    const slot = this.screen.querySelector('.ending-slot');
    if (!slot || this.session !== session || session.engine.beat !== beat) return;
    mountEndingScreen(slot, {
      strings: this.strings,
      lang: session.lang,
      engine: session.engine,
      storyJson: story?.json ?? null,
      onPlayAgain: () => void this.playAgain(),
      onTitle: () => this.showTitle(),
    });
  }

  private async playAgain(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const story = await this.fetchStory(session.lang);
    if (!story) return;
    const engine = new StoryEngine(story.json, session.engine.settings);
    this.beginSession({ engine, lang: session.lang, storyHash: story.hash });
    this.run(() => engine.start(), null);
  }

  // ── Saves ──────────────────────────────────────────────────────────────────

  /**
   * Autosave once the new text is painted and the page is idle: encoding and storing the save
   * would otherwise hold up the frame that shows the player's next text. Any way out of the game
   * — the title, another game, the page being hidden or closed — saves first (flushAutosave).
   */
  private autosaveAfterPaint(): void {
    if (this.autosavePending) return;
    this.autosavePending = true;
    whenIdleAfterPaint(this.flushAutosave);
  }

  private readonly flushAutosave = () => {
    if (!this.autosavePending) return;
    this.autosavePending = false;
    this.autosave();
  };

  private autosave(): void {
    this.autosavePending = false; // this save covers any that was waiting
    const text = this.encodeGame();
    if (text === null) return;
    const result = this.saves.writeAutosave(text);
    this.reads?.flush();
    if (result.ok) {
      const { root } = this.options;
      const label = this.strings.autosaved;
      void import('./autosave-sign').then(({ flashSaved }) => flashSaved(root, label));
    }
    if (!result.ok && !this.autosaveWarned) {
      this.autosaveWarned = true;
      this.notices.show(
        result.problem === 'full' ? this.strings.storageFull : this.strings.storageUnavailable,
        'error',
      );
    }
  }

  /** The game in progress as a save file; null at the title screen. */
  private encodeGame(): string | null {
    const session = this.session;
    return session ? encodeSave(session.engine.snapshot(), { storyHash: session.storyHash, lang: session.lang }) : null;
  }

  // ── Menu and keys ──────────────────────────────────────────────────────────

  async openMenu(): Promise<void> {
    if (dialogOpen(this.options.root)) return;
    let runGameMenu: typeof import('./game-menu').runGameMenu;
    try {
      ({ runGameMenu } = await import('./game-menu'));
    } catch {
      this.notices.show(this.strings.settingsUnavailable, 'error');
      return;
    }
    if (dialogOpen(this.options.root)) return;
    const engine = this.session?.engine;
    await runGameMenu({
      root: this.options.root,
      strings: this.strings,
      inGame: !!engine,
      canLoad: this.saves.hasAny,
      canRewind: !!engine?.canRewind,
      history: engine?.history ?? [],
      rewind: () => this.rewind(),
      save: async () => (await this.saveDialogs()).saveToSlot(),
      load: async () => (await this.saveDialogs()).chooseSaveToLoad(),
      settings: () => this.openSettings(),
      exportGame: () => void this.saveDialogs().then((d) => d.exportGame()),
      importFile: () => void this.saveDialogs().then((d) => d.importFile()),
      toTitle: () => this.showTitle(),
    });
    // Focus comes back to the text, not to the Menu button: Space and Enter then do what the
    // hint says (show the text at once) instead of opening the menu again.
    if (!dialogOpen(this.options.root)) this.storyView?.focusReading();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (dialogOpen(this.options.root)) return; // the dialog owns the keys (Esc closes it)
    const target = event.target as HTMLElement | null;
    const typing =
      !!target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (typing || !this.session || !this.storyView) return;
    const onButton = target?.tagName === 'BUTTON';

    if (event.key === 'Escape') {
      event.preventDefault();
      void this.openMenu();
    } else if (/^[1-9]$/.test(event.key)) {
      // A held key repeats: only its first press counts, and only on choices already shown.
      if (event.repeat ? this.storyView.shownChoices.length > 0 : this.storyView.chooseShown(Number(event.key) - 1))
        event.preventDefault();
    } else if ((event.key === ' ' || event.key === 'Enter') && !onButton) {
      event.preventDefault();
      if (event.repeat) return;
      if (this.storyView.revealing) this.storyView.finishReveal();
      else this.storyView.focusFirstChoice();
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      this.rewind();
    } else if ((event.key === 's' || event.key === 'S') && !event.repeat) {
      const skipRead = !this.settings.skipRead;
      this.changeSettings({ ...this.settings, skipRead });
      this.say(this.strings.skipReadNow(skipRead));
    }
  }

  // ── Stage ──────────────────────────────────────────────────────────────────

  private updateStage(beat: Beat): void {
    const view = this.stageView(beat);
    if (this.stage) {
      this.stage.update(view);
      return;
    }
    if (this.stageRequested || !this.options.loadStage || !this.stageHost) return;
    this.stageRequested = true;
    const host = this.stageHost;
    // The stage is loaded after the first text is on screen, never before it: wait for the
    // frame that paints the text, then leave that frame (a bare timeout could run first).
    const load = this.options.loadStage;
    afterNextPaint(() => {
      load(host, view).then(
        (stage) => {
          if (this.stageHost !== host) {
            stage.destroy(); // the player left the game while Phaser was loading
            return;
          }
          this.stage = stage;
          document.documentElement.dataset.stage = stage.renderer;
          const current = this.session?.engine.beat;
          if (current) stage.update(this.stageView(current));
        },
        (error: unknown) => {
          document.documentElement.dataset.stage = 'text-only';
          const message =
            error instanceof StageUnavailableError ? this.strings.stageUnavailable : this.strings.stageFailed;
          if (!(error instanceof StageUnavailableError)) console.error(error);
          this.notices.show(message, 'info', { once: 'stage' });
        },
      );
    });
  }

  private stageView(beat: Beat): StageView {
    return stageViewOf(beat, this.reducedMotion());
  }

  private teardownGame(): void {
    this.flushAutosave();
    this.unheard = null;
    this.options.audio?.setAmbience(null);
    this.options.audio?.setHeartbeat(0);
    this.stage?.destroy();
    this.stage = null;
    this.stageHost = null;
    this.stageRequested = false;
    this.storyView?.stopReveal();
    this.storyView = null;
    this.metersView = null;
    this.session = null;
    this.strings = this.options.strings.get(this.lang);
    delete document.documentElement.dataset.ending;
    delete document.documentElement.dataset.phase;
    delete document.documentElement.dataset.scene;
  }

  // ── Small helpers ──────────────────────────────────────────────────────────

  /**
   * Have the shell's words for `lang` before switching to it. False, with a message in the
   * current language, when they cannot be downloaded (offline before that language was ever
   * used); the game stays as it was.
   */
  private async ensureLanguage(lang: Lang): Promise<boolean> {
    try {
      await this.options.strings.ensure(lang);
      return true;
    } catch {
      this.notices.show(this.strings.languageLoadFailed(lang), 'error');
      return false;
    }
  }

  /** The player's choice, or the device's preference while they have not made one. */
  private reducedMotion(): boolean {
    return motionReduced(this.settings, this.options.prefersReducedMotion?.() ?? false);
  }

  private say(message: string): void {
    // Clearing first makes a repeated message be announced again.
    this.live.textContent = '';
    setTimeout(() => (this.live.textContent = message), 30);
  }

  private setPrefs(prefs: Preferences): void {
    this.prefs = prefs;
    this.strings = this.options.strings.get(prefs.lang ?? 'nl');
    writePreferences(this.options.storage, prefs);
    this.setDocumentState({ lang: prefs.lang ?? 'nl' });
  }

  /** Mirror state on <html>, as design.md says: styling and tests both read it. */
  private setDocumentState(state: {
    screen?: 'title' | 'game';
    lang?: Lang;
    phase?: number;
    scene?: string | null;
    ending?: string | null;
  }): void {
    const root = document.documentElement;
    if (state.screen) root.dataset.screen = state.screen;
    if (state.lang) {
      root.dataset.lang = state.lang;
      root.lang = state.lang;
      document.title = this.options.strings.get(state.lang).gameTitle;
    }
    if (state.phase !== undefined) root.dataset.phase = String(state.phase);
    if (state.scene !== undefined) {
      if (state.scene) root.dataset.scene = state.scene;
      else delete root.dataset.scene;
    }
    if (state.ending !== undefined) {
      if (state.ending) root.dataset.ending = state.ending;
      else delete root.dataset.ending;
    }
  }
}

function lastChoiceText(engine: StoryEngine): string | null {
  for (let i = engine.history.length - 1; i >= 0; i--) {
    const entry = engine.history[i];
    if (entry?.kind === 'choice') return entry.text;
  }
  return null;
}
