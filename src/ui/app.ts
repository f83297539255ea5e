// The shell: it wires the screens — title, game, menu, dialogs — to the one game session
// (src/session/). The session plays the story and says what happened; the game screen, the
// stage and the sound listen. Every failure path ends in a message and a playable game —
// never a blank screen.

import type { Lang, PlayerSettings } from '../engine';
import type { EndedDance } from '../persistence/dance-memory';
import { cleanName, type Preferences, readPreferences, writePreferences } from '../persistence/preferences';
import type { ReadLines } from '../persistence/read-lines';
import { dancesBefore } from '../persistence/remembered';
import { SaveStore } from '../persistence/save-store';
import { GameSession } from '../session/game-session';
import { backgroundSlices, whenIdleAfterPaint } from '../shared/after-paint';
import type { AppOptions } from './app-options';
import { dialogOpen, h, replaceChildren, showScreen } from './dom';
import { GameSaves } from './game-saves';
import { GameScreen } from './game-screen';
import { type Strings, startingLanguage } from './i18n';
import { gameKey } from './keys';
import { LiveRegion } from './live-region';
import { LiveSettings } from './live-settings';
import { Notices } from './notices';
import { announceNoGame, announcePage } from './page-state';
import { summarizeSave } from './save-summary';
import { tellStageOutcome, tellThePlayer } from './session-messages';
import { StageAndSound } from './stage-and-sound';
import { renderTitleScreen, type TitleChoices } from './title-screen';

export type { AppOptions, CompiledStoryModule } from './app-options';

export class App {
  private strings: Strings;
  private prefs: Preferences;
  private readonly settings: LiveSettings;
  private readonly saves: SaveStore;
  private readonly session: GameSession;
  private readonly game: GameScreen;
  private readonly stageAndSound: StageAndSound;
  private readonly gameSaves: GameSaves;
  private readonly notices: Notices;
  private readonly live = new LiveRegion();
  private readonly screen: HTMLElement;
  /** Lines this device has shown (loaded just after the first screen: not needed for it). */
  private reads: ReadLines | null = null;
  private readonly stops: (() => void)[] = [];
  /** A finished dance being remembered: the next new game waits for it (issue 19). */
  private remembering: Promise<void> = Promise.resolve();

  constructor(private readonly options: AppOptions) {
    this.prefs = readPreferences(options.storage);
    const lang = startingLanguage(options.requestedLang, this.prefs, options.browserLanguages ?? []);
    this.prefs = { ...this.prefs, lang };
    options.language?.set(lang);
    this.strings = options.strings.get(lang);
    this.saves = new SaveStore(options.storage);
    void import('../persistence/read-lines').then(({ ReadLines }) => (this.reads = new ReadLines(options.storage)));
    this.notices = new Notices(() => this.strings.dismiss);
    this.screen = h('div', { class: 'screen' });
    replaceChildren(options.root, this.notices.element, this.screen, this.live.element);
    this.settings = new LiveSettings({
      storage: options.storage,
      audio: options.audio,
      deviceReducesMotion: () => options.prefersReducedMotion?.() ?? false,
      notKept: () => this.notices.show(this.strings.settingsNotSaved, 'error'),
    });
    this.session = new GameSession({
      saves: this.saves,
      // A game shows the story and the shell's words in its language: both are fetched.
      loadStory: async (lang, side) =>
        (await Promise.all([options.loadStory(lang, side), options.strings.ensure(lang)]))[0],
      scheduleAutosave: (write) => whenIdleAfterPaint(write),
      scheduleLookAhead: (slice) => backgroundSlices(slice),
    });
    this.stageAndSound = new StageAndSound({
      session: this.session,
      audio: options.audio,
      loadStage: options.loadStage,
      reducedMotion: () => this.settings.reducedMotion,
      onStage: (outcome) =>
        tellStageOutcome(outcome, { notices: this.notices, strings: () => this.strings, settling: options.settling }),
    });
    this.game = this.gameScreen();
    this.gameSaves = new GameSaves({
      root: options.root,
      saves: this.saves,
      session: this.session,
      notices: this.notices,
      download: options.download,
      strings: () => this.strings,
      lang: () => this.lang,
      say: (message) => this.say(message),
      autosaveMovedAside: () => {
        if (this.screen.querySelector('.title-screen')) this.showTitle();
      },
    });
    this.listen();
    document.addEventListener('keydown', this.keyListener);
    window.addEventListener('pagehide', this.session.flushAutosave);
    document.addEventListener('visibilitychange', this.session.flushAutosave);
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
    window.removeEventListener('pagehide', this.session.flushAutosave);
    document.removeEventListener('visibilitychange', this.session.flushAutosave);
    for (const type of ['pointerdown', 'keydown'] as const) {
      window.removeEventListener(type, this.unlockAudio, { capture: true });
    }
    this.leaveGame();
    for (const stop of this.stops) stop();
    this.game.destroy();
    this.stageAndSound.destroy();
    this.options.audio?.destroy();
    this.options.root.replaceChildren();
  }

  get lang(): Lang {
    return this.prefs.lang ?? 'nl';
  }

  private gameScreen(): GameScreen {
    return new GameScreen({
      root: this.options.root,
      screen: this.screen,
      session: this.session,
      stageAndSound: this.stageAndSound,
      stringsFor: (lang) => this.options.strings.get(lang),
      settings: () => this.settings.value,
      reducedMotion: () => this.settings.reducedMotion,
      reads: () => this.reads,
      say: (message) => this.say(message),
      onMute: () => this.toggle('muted'),
      onMenu: () => void this.openMenu(),
      onEndingReached: (ended) => this.remember(ended),
      onPlayAgain: () => void this.remembered().then((known) => this.session.playAgain(known)),
      onTitle: () => this.showTitle(),
    });
  }

  /** What the shell itself does with the session's news: words for the player, and the saves. */
  private listen(): void {
    const { events } = this.session;
    this.stops.push(
      this.settings.events.on('changed', ({ settings, motionChanged }) => {
        this.game.applySettings(settings);
        if (motionChanged) this.stageAndSound.refresh();
      }),
      events.on('opened', ({ game, cause }) => {
        this.options.settling?.gameShown();
        if (cause === 'load') this.setPrefs({ ...this.prefs, lang: game.lang });
        this.strings = this.options.strings.get(game.lang);
      }),
      tellThePlayer(this.session, {
        root: this.options.root,
        notices: this.notices,
        strings: () => this.strings,
        stringsFor: (lang) => this.options.strings.get(lang),
        say: (message) => this.say(message),
        autosaved: () => this.reads?.flush(),
      }),
    );
  }

  /** Show the title screen (the game's first screen). */
  showTitle(): void {
    this.leaveGame();
    announcePage({ screen: 'title', lang: this.lang, title: this.strings.gameTitle });
    // A damaged autosave is shown anyway: choosing Continue explains what is wrong and keeps the file.
    const autosave = summarizeSave({ slot: 'autosave', text: this.saves.readAutosave() }, this.strings, this.lang);
    const title = renderTitleScreen({
      onLoad: this.saves.hasAny ? () => void this.gameSaves.dialogs().then((d) => d.chooseSaveToLoad()) : undefined,
      onSettings: (choices) => this.openSettings(choices),
      veil: {
        on: () => this.settings.value.veilInfidelity,
        onChange: (on) => this.settings.change({ ...this.settings.value, veilInfidelity: on }),
      },
      strings: this.strings,
      choices: {
        lang: this.lang,
        partnerName: this.prefs.partnerName,
        partnerPronoun: this.prefs.partnerPronoun,
        side: this.prefs.side ?? 'pursuer',
      },
      savedGame: autosave.state === 'empty' ? null : autosave.description,
      endingsFound:
        this.prefs.memory || this.prefs.endingsFound?.length ? (slot) => this.fillEndingsFound(slot) : undefined,
      onNewGame: (choices) => void this.newGame(choices),
      onContinue: () => void this.gameSaves.continueGame(),
      art: this.options.lineFree,
      onWorkshop: this.options.openWorkshop
        ? (choices) => {
            this.leaveGame();
            this.options.openWorkshop?.(choices);
          }
        : undefined,
      onLanguage: (lang, current) => void this.titleLanguage(lang, current),
    });
    showScreen(this.screen, title);
    if (!this.saves.available) this.notices.show(this.strings.storageUnavailable, 'info', { once: 'storage' });
  }

  /** The language picked on the title screen: drawn again in it, with what the player typed kept. */
  private async titleLanguage(lang: Lang, current: TitleChoices): Promise<void> {
    const ready = await this.ensureLanguage(lang);
    if (this.session.game || !this.screen.querySelector('.title-screen')) return;
    // Drawn again either way: in the new language, or (it could not be had) back in the current one.
    this.setPrefs({ ...this.prefs, ...current, lang: ready ? lang : this.lang });
    this.showTitle();
    this.screen.querySelector<HTMLSelectElement>('select[name="lang"]')?.focus();
  }

  /** The endings found on each side, and the way to the two dances side by side once both are danced. */
  private fillEndingsFound(slot: HTMLElement): void {
    const { strings, lang, prefs, screen } = this;
    void import('./endings-found')
      .then(({ endingsFound }) =>
        endingsFound(strings, lang, prefs, {
          show: (page) => showScreen(screen, page),
          back: () => this.showTitle(),
        }),
      )
      .then((found) => slot.replaceChildren(...found));
  }

  /** Remember a finished dance with the preferences; not kept, the next game simply does not know it. */
  private remember(ended: EndedDance): void {
    this.remembering = this.remembering
      .then(async () => this.setPrefs((await import('../persistence/dance-memory')).rememberDance(this.prefs, ended)))
      .catch(() => undefined);
  }

  /** What a new game is told of the dances finished before it. */
  private async remembered(): Promise<Partial<PlayerSettings>> {
    await this.remembering;
    return dancesBefore(this.prefs);
  }

  // ── Starting and continuing ────────────────────────────────────────────────

  async newGame(choices: TitleChoices): Promise<void> {
    this.session.flushAutosave(); // the question below reads the autosave
    if (!(await this.ensureLanguage(choices.lang))) return;
    const partnerName = cleanName(choices.partnerName);
    const side = choices.side ?? 'pursuer';
    this.setPrefs({ ...this.prefs, lang: choices.lang, partnerName, partnerPronoun: choices.partnerPronoun, side });
    if (this.saves.readAutosave() !== null && !(await (await this.gameSaves.dialogs()).replaceAutosave())) return;
    const settings: PlayerSettings = {
      partnerName,
      partnerPronoun: choices.partnerPronoun,
      veilInfidelity: this.settings.value.veilInfidelity,
      ...(await this.remembered()),
    };
    await this.session.newGame(choices.lang, settings, side);
  }

  // ── Settings ───────────────────────────────────────────────────────────────

  /** Switch a setting that is on or off (the Mute button, the S key). */
  private toggle(key: 'muted' | 'skipRead'): boolean {
    const on = !this.settings.value[key];
    this.settings.change({ ...this.settings.value, [key]: on });
    return on;
  }

  /** The Settings screen, from the menu or the title screen. */
  async openSettings(titleChoices?: TitleChoices, focusLanguage = false): Promise<void> {
    if (dialogOpen(this.options.root)) return;
    const language = await this.settings.openDialog({
      root: this.options.root,
      strings: this.strings,
      lang: this.session.game?.lang ?? this.lang,
      focusLanguage,
      unavailable: () => this.notices.show(this.strings.settingsUnavailable, 'error'),
    });
    if (language === null) return;
    // The dialog closed for the language to change; it opens again in it.
    await this.changeLanguage(language, titleChoices);
    await this.openSettings(titleChoices, true);
  }

  /** Change the language: the title screen at once; a game in progress by walking its path again. */
  private async changeLanguage(lang: Lang, titleChoices?: TitleChoices): Promise<void> {
    if (!(await this.ensureLanguage(lang))) return;
    const game = this.session.game;
    if (!game) {
      const current = titleChoices ?? {
        lang,
        partnerName: this.prefs.partnerName,
        partnerPronoun: this.prefs.partnerPronoun,
      };
      const { partnerName, partnerPronoun } = current;
      this.setPrefs({ ...this.prefs, partnerName, partnerPronoun, side: current.side ?? this.prefs.side, lang });
      this.showTitle();
      return;
    }
    this.setPrefs({ ...this.prefs, lang });
    this.strings = this.options.strings.get(game.lang);
    await this.session.switchLanguage(lang);
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
    const engine = this.session.game?.engine;
    await runGameMenu({
      root: this.options.root,
      strings: this.strings,
      inGame: !!engine,
      canLoad: this.saves.hasAny,
      canRewind: this.session.canRewind,
      history: engine?.history ?? [],
      rewind: () => this.session.rewind(),
      save: async () => (await this.gameSaves.dialogs()).saveToSlot(),
      load: async () => (await this.gameSaves.dialogs()).chooseSaveToLoad(),
      settings: () => this.openSettings(),
      exportGame: () => void this.gameSaves.dialogs().then((d) => d.exportGame()),
      importFile: () => void this.gameSaves.dialogs().then((d) => d.importFile()),
      toTitle: () => this.showTitle(),
    });
    // Focus comes back to the text, not to the Menu button: Space and Enter then do what the
    // hint says (show the text at once) instead of opening the menu again.
    if (!dialogOpen(this.options.root)) this.game.story?.focusReading();
  }

  private onKey(event: KeyboardEvent): void {
    if (dialogOpen(this.options.root)) return; // the dialog owns the keys (Esc closes it)
    const story = this.game.story;
    if (!story || !this.session.game) return;
    gameKey(event, story, {
      menu: () => void this.openMenu(),
      rewind: () => this.session.rewind(),
      toggleSkipRead: () => this.say(this.strings.skipReadNow(this.toggle('skipRead'))),
    });
  }

  // ── Small helpers ──────────────────────────────────────────────────────────

  /** Leave the game in progress (saving first); the screens go with it. */
  private leaveGame(): void {
    this.session.close();
    this.stageAndSound.leave(); // the title is silent too
    this.strings = this.options.strings.get(this.lang);
    announceNoGame();
  }

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

  private say(message: string): void {
    this.live.say(message);
  }

  private setPrefs(prefs: Preferences): void {
    this.prefs = prefs;
    this.strings = this.options.strings.get(prefs.lang ?? 'nl');
    writePreferences(this.options.storage, prefs);
    announcePage({ lang: this.lang, title: this.strings.gameTitle });
    this.options.language?.set(this.lang);
  }
}
