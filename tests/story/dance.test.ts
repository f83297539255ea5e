// The dance decides (issue 13): the player's pattern, not the last click, earns the ending;
// the meters climb over a phase and rarely sit at a limit; every scene reads the partner.
// Every figure here is measured on the compiled story, played for real
// (tools/story/dance-figures.mjs; `npm run story:report` prints the same figures).
import { describe, expect, it } from 'vitest';
import {
  forcedReadings,
  partnerReadings,
  randomFigures,
  STRATEGIES,
  STRATEGY_ENDINGS,
  strategyFinales,
} from '../../tools/story/dance-figures.mjs';
import { ROUTES, SETTINGS, story, textFiles } from './shared';

/** Enough random players for a stable share (a few seconds each on a quiet machine). */
const PLAYERS = 120;

// Both routes dance by the same law (story/common/dance.ink), so every check holds for both.
describe.each(ROUTES)('$name: the dance', ({ side, lang }) => {
  describe.each(STRATEGIES)('a player who always takes the %s step', (kind) => {
    const result = () => strategyFinales(story(lang, side).json, kind, SETTINGS[0]);
    let cached: ReturnType<typeof result> | undefined;
    const run = () => (cached ??= result());

    it('reaches its own ending, and at least 80 % of the open answers at its last choice still do', () => {
      const r = run();
      expect(r.errors).toEqual([]);
      expect(STRATEGY_ENDINGS[kind]).toContain(r.ending);
      expect(r.finales.length, 'the last choice offers more than one open answer').toBeGreaterThan(1);
      expect(r.kept / r.finales.length, JSON.stringify(r.finales)).toBeGreaterThanOrEqual(0.8);
    });

    it('has neither pursue nor withdraw at 10 before phase 3', () => {
      expect(run().peakBeforePhase3).toBeLessThan(10);
    });
  });

  describe('seeded random players', () => {
    let cached: ReturnType<typeof randomFigures> | undefined;
    const figures = () => (cached ??= randomFigures(story(lang, side).json, PLAYERS, 13, SETTINGS[0]));

    it('reach all four endings without an ink error', () => {
      const f = figures();
      expect(f.errors).toBe(0);
      expect(Object.keys(f.endings).sort()).toEqual(['closed-heart', 'cycle', 'role-switch', 'step-out']);
    });

    it('change their ending by changing only the last click at most half of the time, but sometimes', () => {
      const f = figures();
      expect(f.lastClickChanged).toBeLessThanOrEqual(0.5);
      expect(f.lastClickChanged, 'the finale still matters for someone').toBeGreaterThan(0);
    });

    it('see pursue, withdraw or the distance at a limit at no more than 20 % of choice points', () => {
      expect(figures().atLimit).toBeLessThanOrEqual(0.2);
    });

    it('meet the partner close, unsure and far', () => {
      const { partner, choicePoints } = figures();
      for (const state of ['close', 'unsure', 'far'] as const)
        expect(partner[state] / choicePoints, state).toBeGreaterThan(0.05);
    });
  });

  it('plays differently when the partner is held close or far: every phase, and nearly every scene passed', () => {
    const s = story(lang, side);
    const { phases, scenes } = forcedReadings(s.json, s.outline, 6, 4);
    expect([...phases.keys()].sort()).toEqual(['1', '2', '3', '4', '5']);
    expect([...phases].filter(([, changed]) => !changed)).toEqual([]);
    const same = [...scenes].filter(([, changed]) => !changed).map(([name]) => name);
    expect(scenes.size).toBeGreaterThan(30);
    expect(same.length / scenes.size, `the same text close or far: ${same.join(', ')}`).toBeLessThanOrEqual(0.1);
  });

  it('has no scene (knot or stitch with prose) without a line or choice that reads the partner', () => {
    const scenes = partnerReadings(textFiles(lang, side));
    expect(scenes.length).toBeGreaterThan(30);
    const silent = scenes.filter((s) => !s.reads).map((s) => `${s.file.split('/story/').pop()}: ${s.name}`);
    expect(silent).toEqual([]);
  });
});
