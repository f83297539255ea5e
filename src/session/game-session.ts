// One game in progress, without a screen: the engine, the story it runs on, its saves, the
// rewinds, the language it is read in and when it is autosaved. It says what happened through
// typed events; the text, the meters, the stage and the sound subscribe (src/ui/app.ts wires
// them). Nothing here touches the DOM, so a unit test drives a whole game with nothing else.

import { cuesOf } from '../audio/beat-sound';
// Not from '../engine': its index brings the engine with inkjs, which loads with the story
// (newGame), so that the title screen and a new game's first steps need not wait for it.
import { Emitter } from '../engine/emitter';
import { ChoiceError, InkRuntimeError, SaveError, type SaveProblem } from '../engine/errors';
import type { LookAhead } from '../engine/look-ahead';
import { encodeSave } from '../engine/save-codec';
import type { SaveFile } from '../engine/save-decode';
import type { StoryEngine } from '../engine/story-engine';
import type { Beat, Choice, EndingId, Lang, Meters, PlayerSettings, SceneId, Side, SoundCue } from '../engine/types';
import type { SaveStore } from '../persistence/save-store';
import type { StoreResult } from '../persistence/storage';

export interface CompiledStory {
  readonly json: string;
  readonly hash: string;
}

/** The game being played: it stays the same object for as long as that game does. */
export interface Game {
  readonly engine: StoryEngine;
  readonly lang: Lang;
  /** Whose route this game plays (issue 19): the pursuer's or the withdrawer's. */
  readonly side: Side;
  readonly story: CompiledStory;
}

/** Why a beat is shown: the shell decides from it how (at once, with focus, with an echo). */
export type ShowCause = 'start' | 'choice' | 'rewind' | 'restore' | 'language' | 'recover';

export type SessionProblem =
  /** The story (or what reads saves) could not be downloaded. */
  | { readonly kind: 'story-unavailable'; readonly lang: Lang }
  /** ink stopped on an error; the game went back to before the choice when it could. */
  | { readonly kind: 'ink-error'; readonly error: InkRuntimeError }
  /** A choice that does not exist (a key pressed for a fourth of three). */
  | { readonly kind: 'choice'; readonly message: string }
  /** The path cannot be walked again in the other language: the game stays as it was. */
  | { readonly kind: 'language-switch'; readonly from: Lang; readonly to: Lang };

export interface SessionEvents {
  /** A game began — new, loaded, or the same one in another language: views are built for it. */
  opened: { game: Game; cause: 'new' | 'load' | 'language' };
  /** The player took a choice (before the beat it leads to). */
  choice: { choice: Choice };
  /** A beat to show; `echo` is the choice that led to it, as the text repeats it. */
  beat: { beat: Beat; cause: ShowCause; echo: string | null };
  /** The place changed with this beat (or a game began there). */
  scene: { scene: SceneId | null };
  meters: { meters: Meters };
  /** Sounds this beat's lines make, in order (none on a rewind or a load: they were heard). */
  cues: { cues: readonly SoundCue[] };
  /** The story has nothing more to show. */
  ending: { ending: EndingId | null; beat: Beat };
  /** A locked choice was asked for: it stays shown, and why it cannot be taken is said. */
  refused: { choice: Choice };
  problem: SessionProblem;
  /** The autosave was written (or could not be). */
  autosaved: { result: StoreResult };
  /** The game was left (for the title, another game, or the page going). */
  closed: Record<string, never>;
}

export type LoadResult =
  | { readonly ok: true; readonly replayed: boolean }
  /** `problem` null: the story could not be had (said by a `problem` event). */
  | { readonly ok: false; readonly problem: SaveProblem | null; readonly keptAside: boolean };

export interface GameSessionOptions {
  readonly saves: SaveStore;
  readonly loadStory: (lang: Lang, side: Side) => Promise<CompiledStory>;
  /**
   * When the autosave after a step is written: in the browser once the new text is painted and
   * the page is idle (writing would hold up the frame). Leaving the game writes it at once.
   */
  readonly scheduleAutosave: (write: () => void) => void;
  /**
   * When to work out, ahead of the player, where the open choices lead (StoryEngine.lookAhead):
   * `slice` does a few milliseconds of it and says whether there is more; in the browser it runs
   * once the new text is painted, in background tasks. Without it a choice runs ink when it is
   * taken.
   */
  readonly scheduleLookAhead?: (slice: () => boolean) => void;
  readonly now?: () => Date;
}

/**
 * How long one slice of looking ahead runs, in milliseconds: with ink's state saved and loaded
 * around it, a slice stays well under the 50 ms of a long task even on a slow phone.
 */
export const LOOK_AHEAD_SLICE_MS = 8;

export class GameSession {
  readonly events = new Emitter<SessionEvents>();
  private current: Game | null = null;
  private autosavePending = false;
  private shownScene: SceneId | null | undefined = undefined;
  /** src/engine/look-ahead.ts's class, once its chunk has loaded. */
  private lookAheadKind: typeof LookAhead | null = null;

  constructor(private readonly options: GameSessionOptions) {}

  get game(): Game | null {
    return this.current;
  }

  get canRewind(): boolean {
    return !!this.current?.engine.canRewind;
  }

  /** A new game from the top. False (said by a `problem` event) when the story cannot be had. */
  async newGame(lang: Lang, settings: PlayerSettings, side: Side = 'pursuer'): Promise<boolean> {
    this.flushAutosave(); // the game before is kept as it was
    // The engine (a chunk with inkjs, preloaded by index.html) arrives with the story.
    const loaded = await this.fetching(lang, () =>
      Promise.all([this.options.loadStory(lang, side), import('../engine/story-engine')]),
    );
    if (!loaded) return false;
    const [story, { StoryEngine }] = loaded;
    const engine = new StoryEngine(story.json, settings);
    this.open({ engine, lang, side, story }, 'new');
    this.step(engine, () => engine.start(), null);
    return true;
  }

  /** The same story again from the top, with the same settings but what the device now remembers. */
  async playAgain(remembered: Partial<PlayerSettings> = {}): Promise<boolean> {
    const game = this.current;
    return game ? this.newGame(game.lang, { ...game.engine.settings, ...remembered }, game.side) : false;
  }

  /** Take the choice at `index` among those shown. */
  choose(index: number): void {
    const engine = this.current?.engine;
    if (!engine) return;
    const choice = engine.beat.choices[index];
    if (choice?.locked) {
      this.events.emit('refused', { choice });
      return;
    }
    if (choice) this.events.emit('choice', { choice });
    this.step(engine, () => engine.choose(index), choice?.text ?? '');
  }

  /** Undo the last choice; nothing when there is none to undo. */
  rewind(): void {
    const engine = this.current?.engine;
    if (!engine?.canRewind) return;
    this.show(engine.rewind(), 'rewind', lastChoiceText(engine), []);
    this.autosaveSoon();
  }

  /**
   * Load a save and show it exactly as it was. A save from the autosave that cannot be loaded
   * is moved aside (never deleted), so the next game can autosave without destroying it; a
   * newer-format save stays where it is, for an update to read.
   */
  async load(text: string, from: 'autosave' | 'elsewhere'): Promise<LoadResult> {
    this.flushAutosave();
    // Reading a save brings its validation (and valibot) along: not needed for the first text.
    let decodeSave: typeof import('../engine/save-decode').decodeSave;
    let restoreSave: typeof import('../engine/save-decode').restoreSave;
    try {
      ({ decodeSave, restoreSave } = await import('../engine/save-decode'));
    } catch {
      this.events.emit('problem', { kind: 'story-unavailable', lang: this.current?.lang ?? 'nl' });
      return { ok: false, problem: null, keptAside: false };
    }
    let save: SaveFile;
    try {
      save = decodeSave(text);
    } catch (error) {
      return this.loadFailed(error, from);
    }
    const story = await this.fetchStory(save.lang, save.side);
    if (!story) return { ok: false, problem: null, keptAside: false };
    let restored: ReturnType<typeof restoreSave>;
    try {
      restored = restoreSave(save, { json: story.json, hash: story.hash, lang: save.lang });
    } catch (error) {
      return this.loadFailed(error, from);
    }
    const { engine, replayed } = restored;
    this.open({ engine, lang: save.lang, side: save.side, story }, 'load');
    this.show(engine.beat, 'restore', lastChoiceText(engine), []);
    this.autosave();
    return { ok: true, replayed };
  }

  /**
   * Read the game on in `lang`: its path walked again in that language's story. False when the
   * story cannot be had or the path differs (said by a `problem` event); the game stays as it was.
   */
  async switchLanguage(lang: Lang): Promise<boolean> {
    const game = this.current;
    if (!game) return false;
    if (game.lang === lang) return true;
    const [story, { LanguageSwitchError, replayInOtherLanguage }] = await Promise.all([
      this.fetchStory(lang, game.side),
      import('../ui/switch-language'),
    ]);
    if (!story || this.current !== game) return false;
    let engine: StoryEngine;
    try {
      engine = replayInOtherLanguage(game.engine, story.json);
    } catch (error) {
      if (!(error instanceof LanguageSwitchError || error instanceof ChoiceError || error instanceof InkRuntimeError))
        throw error;
      this.events.emit('problem', { kind: 'language-switch', from: game.lang, to: lang });
      return false;
    }
    this.open({ engine, lang, side: game.side, story }, 'language');
    this.show(engine.beat, 'language', lastChoiceText(engine), []);
    this.autosave();
    return true;
  }

  /** Leave the game: what waits to be saved is saved first. */
  close(): void {
    this.flushAutosave();
    if (!this.current) return;
    this.current = null;
    this.shownScene = undefined;
    this.events.emit('closed', {});
  }

  /** The game in progress as a save file; null when there is none. */
  encode(): string | null {
    const game = this.current;
    if (!game) return null;
    return encodeSave(game.engine.snapshot(), {
      storyHash: game.story.hash,
      lang: game.lang,
      side: game.side,
      now: this.now(),
    });
  }

  /** Write the autosave now if one is waiting (the page is being hidden or left). */
  readonly flushAutosave = (): void => {
    if (this.autosavePending) this.autosave();
  };

  // ── Inside ─────────────────────────────────────────────────────────────────

  private open(game: Game, cause: 'new' | 'load' | 'language'): void {
    this.close();
    this.current = game;
    this.events.emit('opened', { game, cause });
  }

  /** Run one engine step; an ink error goes back to before the choice and says so. */
  private step(engine: StoryEngine, run: () => Beat, echo: string | null): void {
    let beat: Beat;
    try {
      beat = run();
    } catch (error) {
      if (error instanceof InkRuntimeError) {
        if (echo !== null && engine.canRewind) this.show(engine.rewind(), 'recover', null, []);
        this.events.emit('problem', { kind: 'ink-error', error });
        return;
      }
      if (error instanceof ChoiceError) {
        this.events.emit('problem', { kind: 'choice', message: error.message });
        return;
      }
      throw error;
    }
    this.show(beat, echo === null ? 'start' : 'choice', echo, cuesOf(beat.lines));
    this.autosaveSoon();
  }

  private show(beat: Beat, cause: ShowCause, echo: string | null, cues: readonly SoundCue[]): void {
    this.events.emit('beat', { beat, cause, echo });
    if (beat.scene !== this.shownScene) {
      this.shownScene = beat.scene;
      this.events.emit('scene', { scene: beat.scene });
    }
    this.events.emit('meters', { meters: beat.meters });
    if (cues.length > 0) this.events.emit('cues', { cues });
    if (beat.finished) this.events.emit('ending', { ending: beat.ending, beat });
    this.lookAheadSoon(beat);
  }

  /** Prepare this beat's choices while the player reads it, until it is no longer on screen. */
  private lookAheadSoon(beat: Beat): void {
    const schedule = this.options.scheduleLookAhead;
    const engine = this.current?.engine;
    if (!schedule || !engine || beat.finished) return;
    // A beat no longer on screen (or a game left) has nothing more to prepare.
    const onScreen = () => this.current?.engine === engine && engine.beat === beat;
    const slices = (Kind: typeof LookAhead) => {
      engine.useLookAhead(Kind);
      if (onScreen()) schedule(() => onScreen() && engine.lookAhead(LOOK_AHEAD_SLICE_MS));
    };
    if (this.lookAheadKind) {
      slices(this.lookAheadKind);
      return;
    }
    // Its own chunk, asked for in the first slice, once the text is painted: never beside the
    // first text. A failed download only means no look-ahead.
    schedule(() => {
      import('../engine/look-ahead').then(
        ({ LookAhead }) => {
          this.lookAheadKind = LookAhead;
          slices(LookAhead);
        },
        () => {},
      );
      return false;
    });
  }

  private autosaveSoon(): void {
    if (this.autosavePending) return;
    this.autosavePending = true;
    this.options.scheduleAutosave(this.flushAutosave);
  }

  private autosave(): void {
    this.autosavePending = false; // this save covers any that was waiting
    const text = this.encode();
    if (text === null) return;
    this.events.emit('autosaved', { result: this.options.saves.writeAutosave(text) });
  }

  private loadFailed(error: unknown, from: 'autosave' | 'elsewhere'): LoadResult {
    if (!(error instanceof SaveError)) throw error;
    const keptAside =
      from === 'autosave' &&
      error.problem !== 'newer-format' &&
      this.options.saves.setAsideAutosave(this.now()) !== null;
    return { ok: false, problem: error.problem, keptAside };
  }

  private fetchStory(lang: Lang, side: Side): Promise<CompiledStory | null> {
    return this.fetching(lang, () => this.options.loadStory(lang, side));
  }

  /** What a story in `lang` needs from the network; null (said by a `problem` event) when it cannot be had. */
  private async fetching<T>(lang: Lang, load: () => Promise<T>): Promise<T | null> {
    try {
      return await load();
    } catch {
      this.events.emit('problem', { kind: 'story-unavailable', lang });
      return null;
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

/** The text of the last choice taken, as the screen echoes it; null before the first. */
export function lastChoiceText(engine: StoryEngine): string | null {
  for (let i = engine.history.length - 1; i >= 0; i--) {
    const entry = engine.history[i];
    if (entry?.kind === 'choice') return entry.text;
  }
  return null;
}
