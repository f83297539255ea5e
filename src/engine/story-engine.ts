// The one owner of the ink `Story`. It turns ink output into plain, typed Beats, keeps
// a history and a stack of snapshots for rewinding, and says through events what
// happened. It never touches the screen: the text layer, stage and audio listen.
import { Story } from 'inkjs';
import { Emitter } from './emitter';
import { ChoiceError, InkRuntimeError, ReplayError } from './errors';
import { type Continuation, type InkProblems, InkRun, type InkStory, readMeters, readTally } from './ink-run';
import type { LookAhead } from './look-ahead';
import type {
  Beat,
  BeatCause,
  BeatSources,
  Checkpoint,
  Choice,
  EndingId,
  EngineEvents,
  EngineOptions,
  EngineState,
  HistoryEntry,
  Meters,
  PartnerPresence,
  PlayerSettings,
  ReplayOptions,
  ReplayStep,
  SceneId,
  Snapshot,
  StepTally,
  TrailStep,
} from './types';
import { fingerprint } from './words';

/** How many choices back a player can rewind (memory stays bounded on long runs). */
export const REWIND_DEPTH = 50;
export { MAX_LINES_PER_BEAT } from './ink-run';

export class StoryEngine {
  readonly events = new Emitter<EngineEvents>();
  private errors: string[] = [];
  private warnings: string[] = [];
  private currentBeat: Beat | null = null;
  private historyEntries: HistoryEntry[] = [];
  private trailSteps: TrailStep[] = [];
  private snapshotStack: Snapshot[] = [];
  private scene: SceneId | null = null;
  private partner: PartnerPresence = 'here';
  private ending: EndingId | null = null;
  /**
   * ink's state serialised, once per beat and only when first asked for (by the autosave,
   * or by the next choice for its rewind point): both share the one string.
   */
  private stateJson: string | null = null;
  /** While a path is replayed, its beats are not announced one by one. */
  private quiet = false;
  private traced: BeatSources = { lines: [], choices: [] };
  private readonly ink: InkStory;
  /** Works out where choices lead ahead of the player, once `useLookAhead` has given it. */
  private ahead: LookAhead | null = null;
  /** ink's problems as an `InkRun` takes them. */
  private readonly problems: InkProblems = {
    takeWarnings: () => this.warnings.splice(0),
    takeErrors: () => this.errors.splice(0),
  };

  /**
   * @param storyJson the compiled story (ink's JSON text, BOM already stripped)
   * @param settings  the player's choices from the title screen, passed into ink
   */
  constructor(
    storyJson: string,
    readonly settings: PlayerSettings,
    private readonly options: EngineOptions = {},
  ) {
    this.ink = new Story(storyJson.replace(/^\uFEFF/, ''));
    // Errors and warnings are collected here and raised after each step: an error
    // never disappears into the console, and a warning reaches the shell as an event.
    this.ink.onError = (message, type) => {
      if (type === 1)
        this.warnings.push(message); // ErrorType.Warning
      else this.errors.push(message);
    };
    this.applySettings(settings);
  }

  /** Run from the top to the first choice (or the end). */
  start(): Beat {
    return this.advance('start');
  }

  get beat(): Beat {
    if (!this.currentBeat) throw new Error('The story has not started: call start() or restore() first.');
    return this.currentBeat;
  }

  get history(): readonly HistoryEntry[] {
    return this.historyEntries;
  }

  get trail(): readonly TrailStep[] {
    return this.trailSteps;
  }

  get canRewind(): boolean {
    return this.snapshotStack.length > 0;
  }

  /** Take the choice at `index` (its position among the choices shown, locked ones included). */
  choose(index: number): Beat {
    const beat = this.beat;
    const choice = beat.choices[index];
    if (beat.choices.length === 0) throw new ChoiceError('no-choices', 'There is nothing to choose here.');
    if (!choice)
      throw new ChoiceError('out-of-range', `There is no choice ${index + 1}; there are ${beat.choices.length}.`);
    if (choice.locked)
      throw new ChoiceError('locked', `"${choice.text}" cannot be taken: ${choice.lockReason ?? 'it is locked'}`);

    if (this.options.record !== false) {
      this.snapshotStack.push({ inkState: this.inkState(), beat, historyLength: this.historyEntries.length });
      if (this.snapshotStack.length > REWIND_DEPTH) this.snapshotStack.shift();
      this.historyEntries.push({ kind: 'choice', text: choice.text, step: choice.step });
      this.trailSteps.push({ index, text: choice.text, step: choice.step });
    }
    const prepared = this.ahead?.take(index);
    if (!prepared) {
      this.story.ChooseChoiceIndex(index);
      return this.advance('choice');
    }
    this.stateJson = prepared.inkState;
    return this.settle(prepared.run, [...prepared.warnings], 'choice');
  }

  /**
   * Work out, ahead of the player, where the open choices of the beat on screen lead, for
   * about `budgetMs` (at least one line of ink): meant for idle time (src/engine/look-ahead.ts).
   * True while there is more to work out.
   */
  lookAhead(budgetMs = Number.POSITIVE_INFINITY): boolean {
    if (!this.ahead) return false;
    if (this.currentBeat) this.inkState(); // what ink comes back to
    return this.ahead.step(this.currentBeat, this.whereabouts(), budgetMs);
  }

  /**
   * Look ahead from now on (`lookAhead`). The class comes from src/engine/look-ahead.ts, which
   * the caller loads apart: the first text needs none of it.
   */
  useLookAhead(Kind: typeof LookAhead): void {
    this.ahead ??= new Kind(this.ink, () => this.inkState(), this.options, this.problems);
  }

  /** ink's story at the beat on screen (a look-ahead may have moved it: it is put back). */
  private get story(): InkStory {
    return this.ahead ? this.ahead.story : this.ink;
  }

  /** Give ink a state whole (a rewind, a checkpoint, a save): what was worked out ahead is gone. */
  private loadInkState(inkState: string): void {
    this.ahead?.forget();
    this.ink.state.LoadJson(inkState);
    this.stateJson = inkState;
  }

  /** Undo the last choice: the story returns to exactly where it was before it. */
  rewind(): Beat {
    const snapshot = this.snapshotStack.pop();
    if (!snapshot) throw new ChoiceError('no-choices', 'There is no choice to rewind.');
    this.loadInkState(snapshot.inkState);
    this.historyEntries = this.historyEntries.slice(0, snapshot.historyLength);
    this.trailSteps = this.trailSteps.slice(0, -1);
    this.currentBeat = snapshot.beat;
    this.scene = snapshot.beat.scene;
    this.partner = snapshot.beat.partner;
    this.ending = snapshot.beat.ending;
    this.announce(snapshot.beat, 'rewind');
    return snapshot.beat;
  }

  /** ink's state now, serialised at most once per beat. */
  inkState(): string {
    this.stateJson ??= this.story.state.toJson();
    return this.stateJson;
  }

  /** This moment, to come back to with `goto`. */
  checkpoint(): Checkpoint {
    return {
      inkState: this.inkState(),
      beat: this.beat,
      history: [...this.historyEntries],
      trail: [...this.trailSteps],
      rewinds: [...this.snapshotStack],
    };
  }

  /** Return to a checkpoint exactly: the same beat on screen, the same history, path and rewinds. */
  goto(checkpoint: Checkpoint): Beat {
    return this.load(checkpoint, 'goto');
  }

  /** The whole state, for saving. */
  snapshot(): EngineState {
    return { ...this.checkpoint(), settings: this.settings };
  }

  /** Return to a saved state exactly: the same beat on screen, the same history. */
  restore(state: EngineState): Beat {
    return this.load(state, 'restore');
  }

  /**
   * Walk a recorded path again from the top of the story: the one way a path is replayed
   * (saves, a workshop session, the language switch, the dance chart). Each recorded choice
   * is matched the same way everywhere:
   *  1. the choice at its recorded position, if it is open and the same choice: the same
   *     words, or (replaying in the other language) the same kind of step;
   *  2. else, in the same language only, the first open choice with the same words: a small
   *     fix to the story moved it;
   *  3. else the path does not exist here: ReplayError, naming the step.
   * The history and the rewinds are rebuilt as if the player chose again; one `beat` event
   * (cause `replay`) announces where the path ends.
   */
  replay(trail: readonly ReplayStep[], options: ReplayOptions = {}): Beat {
    const language = options.language ?? 'same';
    this.quiet = true;
    try {
      this.reset();
      let beat = this.advance('start');
      trail.forEach((step, at) => {
        const choice = matchStep(beat, step, language);
        if (!choice) throw new ReplayError(at, step);
        const before = options.onStep ? this.checkpoint() : null;
        beat = this.choose(choice.index);
        if (before) options.onStep?.(before, beat, choice.index);
      });
    } finally {
      this.quiet = false;
    }
    this.announce(this.beat, 'replay');
    return this.beat;
  }

  /** Read the meters straight from ink's variables. */
  meters(): Meters {
    return readMeters(this.story);
  }

  /** The whole dance in numbers, for the ending: steps of each kind, boundaries held, rounds. */
  tally(): StepTally {
    return readTally(this.story);
  }

  /** Every variable the story declares, by name: for the story tools. */
  variables(): Record<string, unknown> {
    // inkjs keeps the declared globals in a private map; it is the only full list there is.
    const globals = (this.story.variablesState as unknown as { _globalVariables: Map<string, unknown> })
      ._globalVariables;
    return Object.fromEntries([...globals.keys()].map((name) => [name, this.story.variablesState.$(name)]));
  }

  /** How often the knot or stitch at `path` has been visited: for the story tools. */
  visits(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /** Where the current beat's lines and choices were written (with the `trace` option; else empty). */
  get sources(): BeatSources {
    return this.traced;
  }

  /**
   * Take ink's state as saved (after replaying the path that led to it, which rebuilt the
   * beat, the history and the rewinds): the state is then exactly the saved one.
   */
  adoptInkState(inkState: string): void {
    this.loadInkState(inkState);
  }

  private load(state: Checkpoint, cause: BeatCause): Beat {
    this.loadInkState(state.inkState);
    this.historyEntries = [...state.history];
    this.trailSteps = [...state.trail];
    this.snapshotStack = [...state.rewinds];
    this.currentBeat = state.beat;
    this.scene = state.beat.scene;
    this.partner = state.beat.partner;
    this.ending = state.beat.ending;
    this.announce(state.beat, cause);
    return state.beat;
  }

  /** Back to the top of the story, as before `start`. */
  private reset(): void {
    this.ahead?.forget();
    this.ink.ResetState();
    this.historyEntries = [];
    this.trailSteps = [];
    this.snapshotStack = [];
    this.currentBeat = null;
    this.scene = null;
    this.partner = 'here';
    this.ending = null;
    this.stateJson = null;
    this.applySettings(this.settings);
  }

  private announce(beat: Beat, cause: BeatCause): void {
    if (!this.quiet) this.events.emit('beat', { beat, cause });
  }

  private applySettings(settings: PlayerSettings): void {
    this.story.variablesState.$('partner_name', settings.partnerName);
    this.story.variablesState.$('partner_pronoun', settings.partnerPronoun);
    this.story.variablesState.$('veil_infidelity', settings.veilInfidelity);
    // Remembered games: only when the shell gives them (a story saved before issue 19 has no such variables).
    if (settings.dancesBefore !== undefined) this.story.variablesState.$('dances_before', settings.dancesBefore);
    if (settings.lastEnding !== undefined) this.story.variablesState.$('last_ending', settings.lastEnding);
    this.raiseProblems();
  }

  /** Continue to the next choice point, building the beat the player will see. */
  private advance(cause: 'start' | 'choice'): Beat {
    const run = new InkRun(this.story, this.whereabouts(), this.options, this.problems);
    this.stateJson = null;
    let result: Continuation;
    try {
      run.step();
      result = run.result();
    } finally {
      // Said even when ink stopped on an error: they may explain it.
      if (run.warnings.length > 0) this.events.emit('warning', { messages: [...run.warnings] });
    }
    return this.settle(result, [], cause);
  }

  private whereabouts() {
    return { scene: this.scene, partner: this.partner, ending: this.ending };
  }

  /** Make a run the story's new beat: its lines into the history, its warnings said, the beat announced. */
  private settle(run: Continuation, warnings: string[], cause: 'start' | 'choice'): Beat {
    if (warnings.length > 0) this.events.emit('warning', { messages: warnings });
    this.ahead?.forget();
    this.scene = run.scene;
    this.partner = run.partner;
    this.ending = run.ending;
    this.traced = run.sources;
    if (this.options.record !== false)
      for (const { text, tags } of run.lines) if (text) this.historyEntries.push({ kind: 'line', text, tags });
    const beat: Beat = {
      lines: run.lines,
      choices: run.choices,
      meters: run.meters,
      scene: run.scene,
      partner: run.partner,
      phase: run.meters.phase,
      ending: run.ending,
      pause: run.pause,
      finished: run.choices.length === 0,
    };
    this.currentBeat = beat;
    this.announce(beat, cause);
    return beat;
  }

  private raiseProblems(): void {
    if (this.warnings.length > 0) {
      const messages = this.warnings;
      this.warnings = [];
      this.events.emit('warning', { messages });
    }
    if (this.errors.length > 0) {
      const messages = this.errors;
      this.errors = [];
      throw new InkRuntimeError(messages);
    }
  }
}

/** The choice a recorded step stands for, matched as `StoryEngine.replay` says; undefined if none. */
function matchStep(beat: Beat, step: ReplayStep, language: 'same' | 'other'): Choice | undefined {
  const there = beat.choices[step.index];
  if (language === 'other') {
    const sameKind = step.step === undefined || there?.step === step.step;
    return there && !there.locked && sameKind ? there : undefined;
  }
  const same = (c: Choice) => (step.text !== undefined ? c.text === step.text : fingerprint(c.text) === step.words);
  if (there && !there.locked && same(there)) return there;
  return beat.choices.find((c) => !c.locked && same(c));
}
