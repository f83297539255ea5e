// One run of ink from where it stands to its next choice (or its end), read into plain data:
// the lines with their tags, the choices, where the story now is and the meters. A run keeps
// only what it has read so far; the engine decides what a run means (a step the player took,
// or a look ahead at where a choice would lead) and does the bookkeeping.
import type { Story } from 'inkjs';
import { STEP_KINDS } from '../../common/vocabulary.js';
import { InkRuntimeError } from './errors';
import { readTags } from './tags';
import type {
  BeatSources,
  Choice,
  EndingId,
  EngineOptions,
  Line,
  Meters,
  PartnerPresence,
  SceneId,
  StepKind,
  StepTally,
} from './types';

/** More lines than this without a choice is a loop with no way out: an error, not a hang. */
export const MAX_LINES_PER_BEAT = 5000;

/** inkjs's story object, as the engine holds it. */
export type InkStory = InstanceType<typeof Story>;

/** Where the story is: the place, whether the partner is there, the ending reached. */
export interface Whereabouts {
  readonly scene: SceneId | null;
  readonly partner: PartnerPresence;
  readonly ending: EndingId | null;
}

/** What one run produced. */
export interface Continuation extends Whereabouts {
  readonly lines: readonly Line[];
  readonly choices: readonly Choice[];
  readonly pause: number | null;
  readonly meters: Meters;
  /** Where each line and choice was written (with the `trace` option; else empty). */
  readonly sources: BeatSources;
}

/** What ink reported while it ran: the engine's own lists, filled by `story.onError`. */
export interface InkProblems {
  /** Warnings found so far, taken out of the list (the run keeps them for its caller). */
  takeWarnings(): string[];
  /** The errors found so far, taken out of the list. */
  takeErrors(): string[];
}

/**
 * ink continued to its next choice point, in one go or (looking ahead, in idle time) a few lines
 * at a time. Warnings go into `warnings` (the caller says them); an ink error stops the run with
 * an InkRuntimeError.
 */
export class InkRun {
  readonly warnings: string[] = [];
  private readonly lines: Line[] = [];
  private readonly where: string[] = [];
  private pause: number | null = null;
  private scene: SceneId | null;
  private partner: PartnerPresence;
  private ending: EndingId | null;
  private count = 0;

  constructor(
    private readonly story: InkStory,
    from: Whereabouts,
    private readonly options: Pick<EngineOptions, 'beforeLine' | 'trace'>,
    private readonly problems: InkProblems,
  ) {
    ({ scene: this.scene, partner: this.partner, ending: this.ending } = from);
  }

  /**
   * Run lines until the choice point; with `until` (a performance.now() time), stop after the
   * first line past it. True when the run has reached the choice point.
   */
  step(until = Number.POSITIVE_INFINITY): boolean {
    const { story, options } = this;
    while (story.canContinue) {
      if (this.count >= MAX_LINES_PER_BEAT)
        throw new InkRuntimeError([`more than ${MAX_LINES_PER_BEAT} lines without a choice: a loop with no way out?`]);
      this.count += 1;
      options.beforeLine?.((name, value) => story.variablesState.$(name, value));
      const from = options.trace ? (story.state.currentPathString ?? '') : '';
      const text = (story.Continue() ?? '').trim();
      const { tags, problems } = readTags(story.currentTags);
      this.warnings.push(...problems);
      this.check();
      if (tags.scene) {
        this.scene = tags.scene;
        this.partner = 'here'; // a new place: the partner is there unless this line says otherwise
      }
      if (tags.partner) this.partner = tags.partner;
      // The `# phase:` tag is the single source of the phase; mirror it into ink.
      if (tags.phase) story.variablesState.$('phase', Number(tags.phase));
      if (tags.ending) this.ending = tags.ending;
      if (tags.pause) this.pause = Number(tags.pause);
      if (text || Object.keys(tags).length > 0) {
        this.lines.push({ text, tags });
        // Where the line ended is the knot it belongs to (where it began can still be the
        // divert out of the one before); at the very end there is no pointer left.
        if (options.trace) this.where.push(story.state.previousPointer?.path?.toString() ?? from);
      }
      if (performance.now() > until) return !story.canContinue;
    }
    return true;
  }

  /** The run, once `step` has reached the choice point. */
  result(): Continuation {
    const { story } = this;
    const choices = story.currentChoices.map((c, index): Choice => {
      const { tags, problems } = readTags(c.tags);
      this.warnings.push(...problems);
      const locked = tags.locked === 'true';
      return {
        index,
        text: c.text.trim(),
        step: tags.step ?? null,
        locked,
        lockReason: locked ? tags.why || null : null,
      };
    });
    this.check();
    const sources: BeatSources = this.options.trace
      ? { lines: this.where, choices: story.currentChoices.map((c) => c.sourcePath ?? '') }
      : { lines: [], choices: [] };
    const { lines, pause, scene, partner, ending } = this;
    return { lines, choices, pause, meters: readMeters(story), scene, partner, ending, sources };
  }

  private check(): void {
    this.warnings.push(...this.problems.takeWarnings());
    const errors = this.problems.takeErrors();
    if (errors.length > 0) throw new InkRuntimeError(errors);
  }
}

/** The meters, straight from ink's variables. */
export function readMeters(story: InkStory): Meters {
  const v = (name: string) => Number(story.variablesState.$(name) ?? 0);
  const last = String(story.variablesState.$('last_step') ?? '');
  return {
    pursue: v('pursue'),
    withdraw: v('withdraw'),
    partnerDistance: v('partner_distance'),
    grounded: v('grounded'),
    held: v('held'),
    rounds: v('rounds'),
    disappointments: v('disappointments'),
    phase: v('phase'),
    steps: v('steps'),
    lastStep: isStep(last) ? last : null,
  };
}

/** The whole dance in numbers, straight from ink's variables. */
export function readTally(story: InkStory): StepTally {
  const v = (name: string) => Number(story.variablesState.$(name) ?? 0);
  return {
    pursued: v('pursued'),
    withdrew: v('withdrew'),
    grounded: v('grounded'),
    held: v('held'),
    rounds: v('rounds'),
  };
}

function isStep(value: string): value is StepKind {
  return (STEP_KINDS as readonly string[]).includes(value);
}
