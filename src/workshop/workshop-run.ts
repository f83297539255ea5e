// One workshop session's story, without a screen: the group's own path through the
// story (every choice with the vote that made it), and the ways a facilitator steps off
// it — back to the start of a phase, ahead to the next one, or into a replayed beat that
// takes the other path — without ever losing what the group did. It drives StoryEngine
// and writes the SessionFile; the workshop screen only reads it.
//
// The story is deterministic (no ink randomness), so a session's choices are enough to
// rebuild any moment of it: resuming a stored session replays them (the engine's replay),
// and the engine's checkpoint before each choice is kept in memory for jumps and replays.
import {
  type Beat,
  type Checkpoint,
  type Lang,
  type PlayerSettings,
  ReplayError,
  type Side,
  type StepKind,
  StoryEngine,
} from '../engine';
import {
  type BranchRecord,
  type ChoiceRecord,
  metersPoint,
  SESSION_FORMAT,
  SESSION_GAME_ID,
  type SessionFile,
  SessionFileError,
  stepOf,
  type VoteRecord,
} from './session-file';

/** The compiled story a session runs on. */
export interface StorySource {
  readonly json: string;
  readonly hash: string;
  readonly lang: Lang;
  /** Whose route it is. */
  readonly side: Side;
}

export interface SessionStart {
  readonly id: string;
  readonly settings: PlayerSettings;
  readonly agreements: readonly string[];
  readonly now: Date;
}

export class WorkshopRun {
  private readonly engine: StoryEngine;
  /** The engine's checkpoint just before each of the group's choices. */
  private points: Checkpoint[] = [];
  private choices: ChoiceRecord[] = [];
  private branches: BranchRecord[] = [];
  private pauses: number[] = [];
  private replay: Replay | null = null;

  private constructor(
    private readonly story: StorySource,
    private readonly meta: { id: string; createdAt: string; settings: PlayerSettings; agreements: readonly string[] },
  ) {
    this.engine = new StoryEngine(story.json, meta.settings);
  }

  /** A new session from the top of the story. */
  static begin(story: StorySource, start: SessionStart): WorkshopRun {
    const run = new WorkshopRun(story, {
      id: start.id,
      createdAt: start.now.toISOString(),
      settings: start.settings,
      agreements: [...start.agreements],
    });
    run.engine.start();
    return run;
  }

  /**
   * A stored session, rebuilt by replaying its choices (the engine's replay: by position,
   * checked by the words, else by the words, so a small story fix keeps the session). A
   * path that no longer exists is refused (SessionFileError 'other-build').
   */
  static resume(story: StorySource, file: SessionFile): WorkshopRun {
    if (file.lang !== story.lang)
      throw new SessionFileError('other-language', 'This session is in the other language.');
    if (file.side !== story.side)
      throw new SessionFileError('other-build', 'This session was played on the other side’s route.');
    const run = new WorkshopRun(story, {
      id: file.id,
      createdAt: file.createdAt,
      settings: file.settings,
      agreements: file.agreements,
    });
    const trail = file.choices.map((record) => ({
      index: record.chosen,
      text: record.options[record.chosen]?.text ?? '',
    }));
    try {
      run.engine.replay(trail, {
        onStep: (before, after, taken) => {
          const vote = file.choices[run.choices.length]?.vote ?? null;
          run.points.push(before);
          run.choices.push(recordChoice(before.beat, taken, vote, after));
        },
      });
    } catch (error) {
      if (!(error instanceof ReplayError)) throw error;
      throw new SessionFileError(
        'other-build',
        'This session belongs to another version of the story, and its path no longer exists.',
      );
    }
    run.branches = [...file.branches];
    run.pauses = [...file.pauses];
    return run;
  }

  get id(): string {
    return this.meta.id;
  }

  get lang(): Lang {
    return this.story.lang;
  }

  get side(): Side {
    return this.story.side;
  }

  get settings(): PlayerSettings {
    return this.meta.settings;
  }

  /** The group's current beat (not the replay's). */
  get beat(): Beat {
    return this.engine.beat;
  }

  /** The group's choices so far. */
  get path(): readonly ChoiceRecord[] {
    return this.choices;
  }

  /** The beat the group saw before its choice number `at` (0-based). */
  beatBefore(at: number): Beat | null {
    return this.points[at]?.beat ?? null;
  }

  get pausesHeld(): readonly number[] {
    return this.pauses;
  }

  get activeReplay(): Replay | null {
    return this.replay;
  }

  /** Take the option at `position` on the group's path, with the vote that chose it. */
  choose(position: number, vote: VoteRecord | null): Beat {
    if (this.replay) throw new Error('A replay is open: close it before the group chooses on its own path.');
    return this.takeOnPath(position, vote);
  }

  /** Remember that the pause card for `phase` was held (once per phase and path). */
  markPause(phase: number): void {
    this.pauses.push(phase);
  }

  // ── Jumping between phases ─────────────────────────────────────────────────

  /** The choice (index into the path) where each phase the group reached began. */
  phaseStarts(): Map<number, number> {
    const starts = new Map<number, number>();
    this.points.forEach((p, i) => {
      if (!starts.has(p.beat.phase)) starts.set(p.beat.phase, i);
    });
    const phase = this.engine.beat.phase;
    if (!starts.has(phase) && !this.engine.beat.finished) starts.set(phase, this.points.length);
    return starts;
  }

  /**
   * Go back to the start of a phase the group reached. The path from there on is not
   * thrown away: it is kept as an earlier take, shown in the debrief.
   */
  jumpBack(phase: number): Beat {
    this.closeReplay();
    const at = this.phaseStarts().get(phase);
    if (at === undefined) throw new Error(`Phase ${phase} has not been reached.`);
    const point = this.points[at];
    if (point === undefined) return this.engine.beat; // already at its start
    const left = this.choices.slice(at);
    this.branches.push({ kind: 'earlier-take', from: at, choices: left, ending: this.engine.beat.ending });
    this.choices = this.choices.slice(0, at);
    this.points = this.points.slice(0, at);
    return this.engine.goto(point);
  }

  /**
   * Skip the rest of the current phase (when time runs short): the story plays on to the
   * start of the next phase as the group has been dancing — at each choice the kind of
   * step it took most (the latest of equals), else the first open option. These choices
   * are marked as taken without a vote.
   */
  skipToNextPhase(): Beat {
    this.closeReplay();
    const phase = this.engine.beat.phase;
    let beat = this.engine.beat;
    while (!beat.finished && beat.phase === phase) {
      const open = beat.choices.filter((c) => !c.locked);
      const preferred = this.habitualStep();
      const pick = open.find((c) => preferred !== null && c.step === preferred) ?? open[0];
      if (!pick) break; // the story promises an open option; stop rather than loop
      beat = this.takeOnPath(pick.index, null);
    }
    return beat;
  }

  // ── Replaying a beat ───────────────────────────────────────────────────────

  /** Go back to the group's choice number `from` and try another path there, on the side. */
  openReplay(from: number): Replay {
    this.closeReplay();
    const point = this.points[from];
    if (!point) throw new Error(`There is no choice ${from + 1} to replay.`);
    const engine = new StoryEngine(this.story.json, this.settings);
    engine.goto(point);
    this.replay = new Replay(from, engine, this.choices[from]?.chosen ?? null);
    return this.replay;
  }

  /** Back to the group's own path; the replayed path is kept if anything was chosen in it. */
  closeReplay(): Beat {
    const replay = this.replay;
    this.replay = null;
    if (replay && replay.choices.length > 0) {
      this.branches.push({
        kind: 'replay',
        from: replay.from,
        choices: [...replay.choices],
        ending: replay.beat.ending,
      });
    }
    return this.engine.beat;
  }

  // ── The record ─────────────────────────────────────────────────────────────

  /** The lines of the letter the group wrote, in order (empty until it is written). */
  letter(): string[] {
    const beats = [...this.points.map((p) => p.beat), this.engine.beat];
    return beats.flatMap((b) => b.lines.filter((l) => l.tags.letter && l.text).map((l) => l.text));
  }

  toFile(now: Date): SessionFile {
    const first = this.points[0]?.beat ?? this.engine.beat;
    return {
      game: SESSION_GAME_ID,
      format: SESSION_FORMAT,
      id: this.meta.id,
      createdAt: this.meta.createdAt,
      updatedAt: now.toISOString(),
      lang: this.story.lang,
      side: this.story.side,
      storyHash: this.story.hash,
      settings: this.settings,
      agreements: [...this.meta.agreements],
      start: metersPoint(first.meters),
      choices: [...this.choices],
      branches: [...this.branches, ...(this.replay && this.replay.choices.length > 0 ? [this.replay.asRecord()] : [])],
      pauses: [...this.pauses],
      ending: this.engine.beat.ending,
      letter: this.letter(),
      finished: this.engine.beat.finished,
    };
  }

  private takeOnPath(position: number, vote: VoteRecord | null): Beat {
    const before = this.engine.checkpoint();
    const beat = this.engine.choose(position);
    this.points.push(before);
    this.choices.push(recordChoice(before.beat, position, vote, beat));
    return beat;
  }

  private habitualStep(): StepKind | null {
    const counts = new Map<StepKind, { n: number; last: number }>();
    this.choices.forEach((c, i) => {
      const step = stepOf(c);
      if (step) counts.set(step, { n: (counts.get(step)?.n ?? 0) + 1, last: i });
    });
    let best: StepKind | null = null;
    let bestScore = { n: 0, last: -1 };
    for (const [step, score] of counts) {
      if (score.n > bestScore.n || (score.n === bestScore.n && score.last > bestScore.last)) {
        best = step;
        bestScore = score;
      }
    }
    return best;
  }
}

/** Another path from one of the group's choices, played on a second engine. */
export class Replay {
  readonly choices: ChoiceRecord[] = [];

  constructor(
    /** The group's choice (index into the path) this replay leaves from. */
    readonly from: number,
    private readonly engine: StoryEngine,
    /** What the group chose there (position among the options), to mark it on screen. */
    readonly groupChose: number | null,
  ) {}

  get beat(): Beat {
    return this.engine.beat;
  }

  /** How many choices into the replay we are (0 at the replayed beat itself). */
  get depth(): number {
    return this.choices.length;
  }

  /** Take an option directly: on the other path the facilitator chooses, no vote. */
  choose(position: number): Beat {
    const before = this.engine.beat;
    const beat = this.engine.choose(position);
    this.choices.push(recordChoice(before, position, null, beat));
    return beat;
  }

  asRecord(): BranchRecord {
    return { kind: 'replay', from: this.from, choices: [...this.choices], ending: this.engine.beat.ending };
  }
}

function recordChoice(before: Beat, position: number, vote: VoteRecord | null, after: Beat): ChoiceRecord {
  return {
    phase: before.phase,
    options: before.choices.map((c) => ({ text: c.text, step: c.step, locked: c.locked })),
    chosen: position,
    vote,
    after: metersPoint(after.meters),
  };
}
