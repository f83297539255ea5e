// The game screen: the stage's place, the header, the meters, the sound caption, the text
// and the end card. It is built when the session opens a game and shows what the session
// says, as a listener of its events; the keys and the menu stay with the shell (app.ts).
import { soundCaptions } from '../audio/captions';
import type { Beat, Lang } from '../engine/types';
import type { EndedDance } from '../persistence/dance-memory';
import type { ReadLines } from '../persistence/read-lines';
import type { Settings } from '../persistence/settings';
import type { Game, GameSession, ShowCause } from '../session/game-session';
import { applyToDocument, REVEAL_PACE } from './apply-settings';
import { h, showScreen } from './dom';
import type { Strings } from './i18n';
import { MetersView } from './meters-view';
import { announcePage } from './page-state';
import type { StageAndSound } from './stage-and-sound';
import { StoryView } from './story-view';
import { endingWords } from './strings/ending';

export interface GameScreenHost {
  readonly root: HTMLElement;
  /** Where the screen goes (the shell's one screen element, shared with the title). */
  readonly screen: HTMLElement;
  readonly session: GameSession;
  readonly stageAndSound: StageAndSound;
  stringsFor(lang: Lang): Strings;
  settings(): Settings;
  reducedMotion(): boolean;
  /** Lines this device has shown; null until they are loaded (just after the first screen). */
  reads(): ReadLines | null;
  say(message: string): void;
  onMute(): void;
  onMenu(): void;
  /** The last text of an ending is on screen: it counts as found, and the dance is remembered. */
  onEndingReached(ended: EndedDance): void;
  onPlayAgain(): void;
  onTitle(): void;
}

/** How a beat comes on screen, by why it is shown. */
const HOW: Readonly<Record<ShowCause, { readonly focus: boolean; readonly instant: boolean }>> = {
  start: { focus: false, instant: false },
  choice: { focus: true, instant: false },
  rewind: { focus: true, instant: true },
  restore: { focus: true, instant: true },
  language: { focus: false, instant: true },
  recover: { focus: true, instant: true },
};

interface Parts {
  readonly game: Game;
  readonly strings: Strings;
  readonly story: StoryView;
  readonly meters: MetersView;
  readonly phaseTitle: HTMLElement;
  readonly caption: HTMLElement;
  readonly endingSlot: HTMLElement;
  readonly mute: HTMLElement;
}

export class GameScreen {
  private parts: Parts | null = null;
  private shownPhase: number | null = null;
  private readonly stops: (() => void)[];

  constructor(private readonly host: GameScreenHost) {
    const { events } = host.session;
    this.stops = [
      events.on('opened', ({ game }) => this.build(game)),
      events.on('beat', ({ beat, cause, echo }) => this.render(beat, cause, echo)),
      events.on('meters', ({ meters }) => this.parts?.meters.show(meters)),
      events.on('closed', () => this.clear()),
    ];
  }

  /** The text on screen, for the shell's keys; null when no game is shown. */
  get story(): StoryView | null {
    return this.parts?.story ?? null;
  }

  /** Settings changed: the reveal's pace and the mute button follow at once. */
  applySettings(settings: Settings): void {
    this.parts?.story.setPace(REVEAL_PACE[settings.textSpeed]);
    this.parts?.mute.setAttribute('aria-pressed', String(settings.muted));
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.clear();
  }

  private clear(): void {
    this.parts?.story.stopReveal();
    this.parts = null;
  }

  private build(game: Game): void {
    const { host } = this;
    const strings = host.stringsFor(game.lang);
    const settings = host.settings();
    const story = new StoryView(
      strings,
      (choice) => host.session.choose(choice.index),
      (beat) => void this.showEnding(beat),
    );
    story.setPace(REVEAL_PACE[settings.textSpeed]);
    this.shownPhase = null;
    const button = (action: string, label: string, onclick: () => void, extra: Record<string, string> = {}) =>
      h('button', { type: 'button', class: 'menu-button', 'data-action': action, onclick, ...extra }, label);
    const parts: Parts = {
      game,
      strings,
      story,
      meters: new MetersView(strings),
      phaseTitle: h('p', { class: 'phase-title' }),
      caption: h('p', { class: 'sound-caption', 'aria-hidden': 'true' }),
      endingSlot: h('div', { class: 'ending-slot' }),
      mute: button('mute', strings.mute, () => host.onMute(), { 'aria-pressed': String(settings.muted) }),
    };
    this.parts = parts;
    const stageHost = h('div', { class: 'stage', 'aria-hidden': 'true' });
    host.stageAndSound.mountIn(stageHost);
    announcePage({ screen: 'game', lang: game.lang, title: strings.gameTitle });
    const menu = button('menu', strings.menu, () => host.onMenu(), { 'aria-haspopup': 'dialog' });
    // The header and the meters: at the panel's top and foot on a wide screen, one slim strip
    // held under the stage on a phone (styles.css).
    const hud = h(
      'div',
      { class: 'hud' },
      h('header', { class: 'game-header' }, parts.phaseTitle, h('div', { class: 'header-buttons' }, parts.mute, menu)),
      parts.meters.element,
    );
    const panel = h('main', { class: 'panel' }, hud, parts.caption, story.element, parts.endingSlot);
    showScreen(host.screen, h('div', { class: 'game' }, stageHost, panel));
  }

  private render(beat: Beat, cause: ShowCause, echo: string | null): void {
    const parts = this.parts;
    if (!parts) return;
    const { host } = this;
    const how = HOW[cause];
    // The device's motion preference may have changed since the last beat.
    applyToDocument(host.settings(), host.reducedMotion());
    // Under reduced motion lines still come one by one at the chosen speed, but without any
    // movement or fade (styles.css); only "instant" shows them all at once. Text read before
    // (a replay, the way back after a rewind) comes at once when asked.
    const texts = beat.lines.map((line) => line.text);
    const reads = host.reads();
    const instant = how.instant || (host.settings().skipRead && !!reads?.allRead(texts));
    reads?.remember(texts);
    if (parts.endingSlot.hasChildNodes()) parts.endingSlot.replaceChildren(); // the end card waits for the last text
    parts.story.show(beat, { echo, focus: how.focus, instant });
    announcePage({ phase: beat.phase, scene: beat.scene, ending: beat.ending });
    const s = parts.strings;
    const phaseTitle = `${s.phaseLabel(beat.phase)} · ${s.phaseNames[beat.phase] ?? ''}`;
    if (parts.phaseTitle.textContent !== phaseTitle) parts.phaseTitle.textContent = phaseTitle; // unchanged: no layout
    // A new phase reached in play: its title card, for one breath (never under reduced motion).
    const newPhase = this.shownPhase !== null && beat.phase !== this.shownPhase;
    this.shownPhase = beat.phase;
    if (newPhase && !how.instant && !host.reducedMotion()) {
      const root = host.root;
      void import('./phase-card').then(({ showPhaseCard }) =>
        showPhaseCard(root, s.phaseLabel(beat.phase), s.phaseNames[beat.phase] ?? ''),
      );
    }
    this.showSoundCaption(beat, parts);
    if (cause === 'choice' && beat.meters.lastStep)
      host.say(s.movement(beat.meters.lastStep, parts.game.engine.settings.partnerName));
  }

  /** The ambience and the heartbeat as captions, with the text (the sound follows it). */
  private showSoundCaption(beat: Beat, parts: Parts): void {
    const text = soundCaptions(beat, parts.strings);
    if (parts.caption.textContent !== text) parts.caption.textContent = text;
  }

  /** Once the last text is on screen: the end card, and the ending counted as found. */
  private async showEnding(beat: Beat): Promise<void> {
    const parts = this.parts;
    if (!beat.finished || !parts) return;
    const { game } = parts;
    const [{ mountEndingScreen, danceToRemember }, words] = await Promise.all([
      import('./ending-screen'),
      endingWords.load(game.lang),
    ]);
    const { host } = this;
    if (this.parts !== parts || game.engine.beat !== beat) return;
    const dance = mountEndingScreen(parts.endingSlot, {
      strings: parts.strings,
      words,
      engine: game.engine,
      storyJson: game.story.json,
      onPlayAgain: () => host.onPlayAgain(),
      onTitle: () => host.onTitle(),
    });
    if (beat.ending)
      host.onEndingReached({
        side: game.side,
        dancesBefore: game.engine.settings.dancesBefore ?? 0,
        dance: danceToRemember(beat.ending, game.lang, dance),
      });
  }
}
