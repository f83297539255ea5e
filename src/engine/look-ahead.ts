// Where the open choices of the beat on screen lead, worked out ahead of the player in idle
// time, a few lines of ink at a time: taking a prepared choice then costs loading ink's state
// instead of running ink inside the key press. It holds the engine's ink story for that: a
// look-ahead moves ink past the beat on screen, and `story` puts it back whenever anything
// else needs it (so the engine reads and runs ink only through `story`).
import { InkRuntimeError } from './errors';
import { type Continuation, type InkProblems, InkRun, type InkStory, type Whereabouts } from './ink-run';
import type { Beat, EngineOptions } from './types';

/** A choice worked out ahead: its run, the warnings ink gave on the way, ink's state after it. */
export interface Prepared {
  readonly run: Continuation;
  readonly warnings: readonly string[];
  readonly inkState: string;
}

export class LookAhead {
  /** The open choices of the beat on screen worked out so far; null: ink failed on it. */
  private prepared = new Map<number, Prepared | null>();
  /** Where ink stands when moved: in the choice at `index`, partway (`run`) or at its end. */
  private moved: { readonly index: number; readonly run: InkRun | null } | null = null;

  /**
   * @param here ink's state at the beat on screen, serialised (the engine's, kept once per beat)
   */
  constructor(
    private readonly ink: InkStory,
    private readonly here: () => string,
    private readonly options: Pick<EngineOptions, 'beforeLine' | 'trace'>,
    private readonly problems: InkProblems,
  ) {}

  /** ink's story at the beat on screen: where a look-ahead left it elsewhere, it is put back. */
  get story(): InkStory {
    if (this.moved) this.putBack();
    return this.ink;
  }

  /** A new beat is on screen: what was worked out for the one before is gone. */
  forget(): void {
    this.prepared.clear();
    this.moved = null;
  }

  /**
   * The choice at `index`, if it was worked out: ink then stands at its end (loaded, unless it
   * is there already). Undefined when it was not: ink stands at the beat on screen.
   */
  take(index: number): Prepared | undefined {
    const prepared = this.prepared.get(index);
    if (!prepared) return undefined;
    const there = this.moved?.index === index && this.moved.run === null;
    if (!there) this.ink.state.LoadJson(prepared.inkState);
    this.moved = null;
    return prepared;
  }

  /**
   * Work on for about `budgetMs` (at least one line of ink). True while there is more to work
   * out; false when every open choice is ready, or when the engine watches each line run (the
   * story tools).
   */
  step(beat: Beat | null, from: Whereabouts, budgetMs: number): boolean {
    if (!beat || this.options.beforeLine || this.options.trace) return false;
    const until = performance.now() + budgetMs;
    for (;;) {
      const next = this.moved?.run ? this.moved : this.moveInto(beat, from);
      if (!next?.run) return false;
      try {
        if (!next.run.step(until)) return true;
        const run = next.run.result();
        this.prepared.set(next.index, { run, warnings: next.run.warnings, inkState: this.ink.state.toJson() });
        this.moved = { index: next.index, run: null };
      } catch (error) {
        if (!(error instanceof InkRuntimeError)) throw error;
        // ink fails on this choice: taking it runs ink again, and the player hears why there.
        this.prepared.set(next.index, null);
        this.putBack();
      }
      if (performance.now() > until) return beat.choices.some((c) => !c.locked && !this.prepared.has(c.index));
    }
  }

  /** Put ink back at the beat on screen. */
  private putBack(): void {
    this.moved = null;
    this.ink.state.LoadJson(this.here());
  }

  /** Move ink into the next open choice not yet worked out; null when there is none. */
  private moveInto(beat: Beat, from: Whereabouts): { index: number; run: InkRun } | null {
    const next = beat.choices.find((c) => !c.locked && !this.prepared.has(c.index));
    if (!next) return null;
    const story = this.story;
    story.ChooseChoiceIndex(next.index);
    const ahead = { index: next.index, run: new InkRun(story, from, this.options, this.problems) };
    this.moved = ahead;
    return ahead;
  }
}
