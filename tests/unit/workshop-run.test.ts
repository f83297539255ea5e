// A workshop session without a screen, on the real story: the group's path and its
// record, jumping between phases, replaying a beat beside the path, resuming a kept
// session, and the session file refusing what it cannot trust.
import { describe, expect, it } from 'vitest';
import type { Beat, PlayerSettings } from '../../src/engine';
import { countSteps, layoutChart } from '../../src/workshop/dance-chart';
import { fromPhaseStart, paginate, splitAtPauses } from '../../src/workshop/pages';
import {
  decodeSession,
  encodeSession,
  SESSION_FORMAT,
  type SessionFile,
  SessionFileError,
  stepOf,
  type VoteRecord,
} from '../../src/workshop/session-file';
import { type StorySource, WorkshopRun } from '../../src/workshop/workshop-run';
import { realStory } from '../helpers/fixtures';

const settings: PlayerSettings = { partnerName: 'Jules', partnerPronoun: 'she', veilInfidelity: true };
const en = realStory('en');
const story: StorySource = { json: en.json, hash: en.hash, lang: 'en', side: 'pursuer' };
const NOW = new Date('2025-03-01T10:00:00Z');

const begin = () => WorkshopRun.begin(story, { id: 'test-session', settings, agreements: ['We listen.'], now: NOW });
const firstOpen = (beat: Beat) => beat.choices.find((c) => !c.locked)!.index;
const vote = (counts: number[]): VoteRecord => ({
  mode: 'vote',
  counts,
  source: 'hands',
  outcome: 'winner',
  decidedBy: 'room',
  timed: false,
});

/** Play on the group's path with the first open option until `done` says stop. */
function playUntil(run: WorkshopRun, done: (beat: Beat) => boolean): void {
  let guard = 0;
  while (!run.beat.finished && !done(run.beat)) {
    const beat = run.beat;
    run.choose(firstOpen(beat), vote(beat.choices.map((c) => (c.index === firstOpen(beat) ? 3 : 1))));
    if (++guard > 200) throw new Error('no end in sight');
  }
}

describe('a workshop run', () => {
  it('records every choice with its options, vote, step and meters, to the end and the letter', () => {
    const run = begin();
    playUntil(run, () => false);
    const file = run.toFile(NOW);
    expect(file.finished).toBe(true);
    expect(file.ending).not.toBeNull();
    expect(file.choices.length).toBeGreaterThan(40);
    expect(file.letter.length).toBeGreaterThanOrEqual(3);
    expect(file.letter.join(' ')).not.toMatch(/[{}]/);
    const phases = new Set(file.choices.map((c) => c.phase));
    expect([...phases]).toEqual([1, 2, 3, 4, 5]);
    for (const c of file.choices) {
      expect(c.options[c.chosen]!.locked).toBe(false);
      expect(c.vote?.counts).toHaveLength(c.options.length);
    }
    // The meters after the last choice are the engine's.
    expect(file.choices.at(-1)!.after.pursue).toBe(run.beat.meters.pursue);
    expect(file.settings).toEqual(settings);
  });

  it('survives the JSON round trip exactly', () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 3);
    run.markPause(1);
    run.markPause(2);
    const file = run.toFile(NOW);
    expect(decodeSession(encodeSession(file))).toEqual(file);
  });

  it('knows where each phase began and jumps back without losing the path left behind', () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 3);
    const starts = run.phaseStarts();
    expect([...starts.keys()]).toEqual([1, 2, 3]);
    const atTwo = starts.get(2)!;
    const before = run.path.length;
    const beatAtTwo = run.beatBefore(atTwo)!;

    const beat = run.jumpBack(2);
    expect(beat).toEqual(beatAtTwo);
    expect(beat.phase).toBe(2);
    expect(run.path.length).toBe(atTwo);
    const file = run.toFile(NOW);
    expect(file.branches).toHaveLength(1);
    expect(file.branches[0]).toMatchObject({ kind: 'earlier-take', from: atTwo });
    expect(file.branches[0]!.choices).toHaveLength(before - atTwo);
    // The phase-2 start shows from its own first line on.
    expect(fromPhaseStart(beat.lines, 2)[0]!.tags.phase).toBe('2');

    // And the story goes on from there.
    run.choose(firstOpen(run.beat), null);
    expect(run.path.length).toBe(atTwo + 1);
  });

  it('skips to the start of the next phase the way the group has been dancing', () => {
    const run = begin();
    // Three choices, each the option with a withdraw step where there is one.
    for (let i = 0; i < 3; i++) {
      const b = run.beat;
      const pick = b.choices.find((c) => !c.locked && c.step === 'withdraw') ?? b.choices.find((c) => !c.locked)!;
      run.choose(pick.index, vote(b.choices.map(() => 1)));
    }
    const voted = run.path.length;
    const beat = run.skipToNextPhase();
    expect(beat.phase).toBe(2);
    expect(run.beat.pause).toBe(1);
    const skipped = run.path.slice(voted);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((c) => c.vote === null && c.phase === 1)).toBe(true);
    for (const c of skipped) {
      if (c.options.some((o) => !o.locked && o.step === 'withdraw')) expect(stepOf(c)).toBe('withdraw');
    }
  });

  it('replays a beat on a side path and returns to the group’s own path untouched', () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 2);
    const ownBeat = run.beat;
    const ownPath = [...run.path];
    const from = 2;
    const replay = run.openReplay(from);
    expect(replay.beat).toEqual(run.beatBefore(from));
    expect(replay.groupChose).toBe(ownPath[from]!.chosen);
    const other = replay.beat.choices.find((c) => !c.locked && c.index !== replay.groupChose)!;
    const after = replay.choose(other.index);
    expect(after.lines.map((l) => l.text)).not.toEqual(run.beatBefore(from + 1)!.lines.map((l) => l.text));
    expect(() => run.choose(0, null)).toThrow(/replay is open/);

    const back = run.closeReplay();
    expect(back).toBe(ownBeat);
    expect(run.path).toEqual(ownPath);
    const file = run.toFile(NOW);
    expect(file.branches).toEqual([
      { kind: 'replay', from, choices: [expect.objectContaining({ chosen: other.index, vote: null })], ending: null },
    ]);
  });

  it('keeps no branch for a replay where nothing was chosen', () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 2);
    run.openReplay(0);
    run.closeReplay();
    expect(run.toFile(NOW).branches).toEqual([]);
  });

  it('resumes a kept session on the same beat, on this build and on another one', () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 3);
    run.markPause(1);
    const file = run.toFile(NOW);
    const same = WorkshopRun.resume(story, file);
    expect(same.beat).toEqual(run.beat);
    expect(same.toFile(NOW)).toEqual(file);
    const otherBuild = WorkshopRun.resume(story, { ...file, storyHash: 'an-older-build' });
    expect(otherBuild.beat).toEqual(run.beat);
  });

  it('refuses to resume a path the story no longer has, or in the other language', () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 2);
    const file = run.toFile(NOW);
    const changed: SessionFile = {
      ...file,
      storyHash: 'an-older-build',
      choices: file.choices.map((c, i) =>
        i === 1
          ? { ...c, options: c.options.map((o, j) => (j === c.chosen ? { ...o, text: 'A line that was cut' } : o)) }
          : c,
      ),
    };
    expect(() => WorkshopRun.resume(story, changed)).toThrow(expect.objectContaining({ problem: 'other-build' }));
    expect(() => WorkshopRun.resume({ ...story, lang: 'nl' }, file)).toThrow(
      expect.objectContaining({ problem: 'other-language' }),
    );
  });
});

describe('a workshop run on the withdrawer’s route', () => {
  const w = realStory('en', 'withdrawer');
  const withdrawer: StorySource = { json: w.json, hash: w.hash, lang: 'en', side: 'withdrawer' };

  it('keeps its side in the record, resumes on that route, and is refused on the other', () => {
    const run = WorkshopRun.begin(withdrawer, { id: 'other-side', settings, agreements: [], now: NOW });
    expect(run.side).toBe('withdrawer');
    playUntil(run, (b) => b.phase === 2);
    const file = run.toFile(NOW);
    expect(file.side).toBe('withdrawer');
    expect(file.storyHash).not.toBe(story.hash);
    expect(decodeSession(encodeSession(file))).toEqual(file);
    const resumed = WorkshopRun.resume(withdrawer, file);
    expect(resumed.beat).toEqual(run.beat);
    expect(resumed.toFile(NOW)).toEqual(file);
    expect(() => WorkshopRun.resume(story, file)).toThrow(expect.objectContaining({ problem: 'other-build' }));
    expect(() => WorkshopRun.resume(withdrawer, begin().toFile(NOW))).toThrow(
      expect.objectContaining({ problem: 'other-build' }),
    );
  });
});

describe('a session file read back', () => {
  const valid = () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 2);
    return run.toFile(NOW);
  };
  const problem = (text: string) => {
    try {
      decodeSession(text);
      return 'accepted';
    } catch (error) {
      return error instanceof SessionFileError ? error.problem : `threw ${String(error)}`;
    }
  };

  it('says what is wrong with a file it cannot use', () => {
    const file = valid();
    expect(problem('{ not json')).toBe('not-json');
    expect(problem('{"game":"something-else"}')).toBe('not-a-session');
    expect(problem(JSON.stringify({ ...file, format: SESSION_FORMAT + 1 }))).toBe('newer-format');
    expect(problem(JSON.stringify({ ...file, lang: 'de' }))).toBe('damaged');
    const lockedChoice = file.choices.map((c, i) =>
      i === 0 ? { ...c, options: c.options.map((o) => ({ ...o, locked: true })) } : c,
    );
    expect(problem(JSON.stringify({ ...file, choices: lockedChoice }))).toBe('damaged');
    const wrongCounts = file.choices.map((c, i) => (i === 0 ? { ...c, vote: { ...c.vote!, counts: [1] } } : c));
    expect(problem(JSON.stringify({ ...file, choices: wrongCounts }))).toBe('damaged');
    expect(
      problem(JSON.stringify({ ...file, branches: [{ kind: 'replay', from: 999, choices: [], ending: null }] })),
    ).toBe('damaged');
    expect(problem(encodeSession(file))).toBe('accepted');
  });

  it('reads a session kept before there were two sides as the pursuer’s', () => {
    const { side: _side, ...rest } = valid();
    const older = decodeSession(JSON.stringify({ ...rest, format: 1 }));
    expect(older).toEqual({ ...rest, format: SESSION_FORMAT, side: 'pursuer' });
    expect(WorkshopRun.resume(story, older).beat.phase).toBe(2);
    expect(problem(JSON.stringify({ ...valid(), side: 'bystander' }))).toBe('damaged');
    expect(problem(JSON.stringify(rest))).toBe('damaged'); // format 2 says its side
  });

  it('names the field that is damaged', () => {
    const file = valid();
    expect(() =>
      decodeSession(JSON.stringify({ ...file, settings: { ...file.settings, partnerPronoun: 'it' } })),
    ).toThrow(/settings\.partnerPronoun/);
  });
});

describe('a beat on a projector', () => {
  const line = (text: string, tags: Record<string, string> = {}) => ({ text, tags });

  it('splits where the story pauses, the pause line ending the part before', () => {
    const parts = splitAtPauses([line('a'), line('b', { pause: '1' }), line('', { phase: '2' }), line('c')]);
    expect(parts.map((p) => [p.lines.map((l) => l.text), p.pauseAfter])).toEqual([
      [['a', 'b'], 1],
      [['', 'c'], null],
    ]);
    expect(splitAtPauses([])).toEqual([{ lines: [], pauseAfter: null }]);
    expect(splitAtPauses([line('x', { pause: '5' })])).toEqual([{ lines: [line('x', { pause: '5' })], pauseAfter: 5 }]);
  });

  it('pages a few lines at a time, by count and by length, and skips tag-only lines', () => {
    const lines = [
      line('one'),
      line('', { phase: '2' }),
      line('two'),
      line('three'),
      line('four'),
      line('', { sfx: 'sms' }),
    ];
    expect(paginate(lines, { maxLines: 3, maxChars: 1000 }).map((p) => p.map((l) => l.text))).toEqual([
      ['one', 'two', 'three'],
      ['four', ''],
    ]);
    const long = 'x'.repeat(400);
    expect(
      paginate([line('short'), line(long), line('end')], { maxLines: 3, maxChars: 330 }).map((p) => p.length),
    ).toEqual([1, 1, 1]);
    expect(paginate([])).toEqual([[]]);
  });

  it('keeps every page of the real story within the projector budget', () => {
    const run = begin();
    const beats: Beat[] = [run.beat];
    playUntil(run, (b) => {
      beats.push(b);
      return false;
    });
    for (const beat of beats) {
      for (const part of splitAtPauses(beat.lines)) {
        for (const page of paginate(part.lines)) {
          expect(page.length).toBeLessThanOrEqual(3);
          if (page.length > 1) expect(page.reduce((n, l) => n + l.text.length, 0)).toBeLessThanOrEqual(330);
        }
      }
    }
  });
});

describe('the dance as a picture', () => {
  it('lays out one point per moment, bands per phase, a marker per choice and side paths from their choice', () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 3);
    const replay = run.openReplay(1);
    replay.choose(replay.beat.choices.find((c) => !c.locked && c.index !== replay.groupChose)!.index);
    run.closeReplay();
    const file = run.toFile(NOW);
    const chart = layoutChart(file);
    const n = file.choices.length;
    expect(chart.series.map((s) => s.points.length)).toEqual([n + 1, n + 1, n + 1]);
    expect(chart.markers.map((m) => m.step)).toEqual(file.choices.map(stepOf));
    expect(chart.phases.map((p) => p.phase)).toEqual([1, 2]);
    expect(chart.phases[0]!.x1).toBe(chart.phases[1]!.x0);
    expect(chart.phases[0]!.x0).toBe(chart.plot.x);
    expect(chart.phases[1]!.x1).toBeCloseTo(chart.plot.x + chart.plot.w);
    // Higher meters are drawn higher up.
    const pursue = chart.series.find((s) => s.key === 'pursue')!;
    const values = [file.start, ...file.choices.map((c) => c.after)].map((m) => m.pursue);
    const i = values.findIndex((v, k) => k > 0 && v > values[k - 1]!);
    if (i > 0) expect(pursue.points[i]!.y).toBeLessThan(pursue.points[i - 1]!.y);
    // The side path starts where the group stood before choice 2.
    const branch = chart.branches[0]!;
    expect(branch.from).toBe(1);
    expect(branch.series[0]!.points[0]).toEqual(pursue.points[1]);
    // End labels never overlap.
    const ys = chart.labels.map((l) => l.y).sort((a, b) => a - b);
    for (let k = 1; k < ys.length; k++) expect(ys[k]! - ys[k - 1]!).toBeGreaterThanOrEqual(25);
  });

  it('counts the kinds of step in a stretch of choices', () => {
    const run = begin();
    playUntil(run, (b) => b.phase === 2);
    const counts = countSteps(run.path);
    expect(counts.pursue + counts.withdraw + counts.ground + counts.none).toBe(run.path.length);
    expect(counts).toEqual({
      pursue: run.path.filter((c) => stepOf(c) === 'pursue').length,
      withdraw: run.path.filter((c) => stepOf(c) === 'withdraw').length,
      ground: run.path.filter((c) => stepOf(c) === 'ground').length,
      none: run.path.filter((c) => stepOf(c) === null).length,
    });
  });

  it('draws an empty session without failing', () => {
    const run = begin();
    const chart = layoutChart(run.toFile(NOW));
    expect(chart.series[0]!.points).toHaveLength(1);
    expect(chart.markers).toEqual([]);
    expect(chart.phases).toEqual([]);
  });
});
