// @vitest-environment happy-dom
// One source for the meters and the figures: at every beat of scripted playthroughs of the
// compiled story (each to its ending, both languages), the Distance meter shows the beat's
// partner distance and the two figures stand exactly as far apart as that distance says
// (src/stage/layout.ts `spacing`) — the closed-heart ending included, whose figures once
// stood at opposite edges under a meter reading 0. The partner is on stage only when the
// story says he is there.
import { describe, expect, it } from 'vitest';
import { StoryEngine } from '../../src/engine/story-engine';
import type { Beat } from '../../src/engine/types';
import { arrange, spacing } from '../../src/stage/layout';
import { MetersView } from '../../src/ui/meters-view';
import { stageViewOf } from '../../src/ui/stage-view-of';
import { en } from '../../src/ui/strings/en';
import { compileStory } from '../../tools/ink/compile.mjs';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 412, height: 275 }, // the phone's pinned stage
];
const STRATEGIES = [['pursue'], ['withdraw'], ['ground'], ['withdraw', 'pursue'], ['ground', 'withdraw']] as const;

/** Every beat of a run that takes the first open choice of the preferred kinds. */
function playThrough(json: string, kinds: readonly string[]): Beat[] {
  const engine = new StoryEngine(json, { partnerName: 'Sam', partnerPronoun: 'he', veilInfidelity: false });
  const beats = [engine.start()];
  for (let turn = 0; !beats.at(-1)!.finished; turn++) {
    if (turn > 200) throw new Error('no ending after 200 choices');
    const open = beats.at(-1)!.choices.filter((c) => !c.locked);
    const kind = kinds[turn % kinds.length];
    const choice = open.find((c) => c.step === kind) ?? open[0]!;
    beats.push(engine.choose(choice.index));
  }
  return beats;
}

describe.each(['en', 'nl'] as const)('the %s story', (lang) => {
  const json = compileStory(lang).json;

  it.each(STRATEGIES.map((kinds) => [kinds.join(' then ')] as const))(
    'meters and figures agree at every beat (%s), to the ending',
    (name) => {
      const beats = playThrough(json, name.split(' then '));
      expect(beats.at(-1)!.ending).not.toBeNull();
      const meters = new MetersView(en);
      const distanceMeter = meters.element.querySelector('.meter-distance meter')!;
      const disagreements: string[] = [];
      beats.forEach((beat, i) => {
        meters.show(beat.meters);
        const shown = Number(distanceMeter.getAttribute('value'));
        if (shown !== beat.meters.partnerDistance)
          disagreements.push(`beat ${i}: the meter shows ${shown}, the beat says ${beat.meters.partnerDistance}`);
        const view = stageViewOf(beat, false);
        expect(view.partnerDistance).toBe(beat.meters.partnerDistance);
        expect(view.partnerPresent).toBe(beat.partner === 'here');
        for (const { width, height } of SIZES) {
          const a = arrange(view, width, height);
          const gap = Math.abs(a.partner.x - a.player.x);
          const expected = spacing(shown, width, height);
          if (Math.abs(gap - expected) > 0.5) {
            disagreements.push(
              `beat ${i} (${beat.ending ?? beat.scene}) at ${width}×${height}: figures ${gap.toFixed(1)} apart, distance ${shown} means ${expected.toFixed(1)}`,
            );
          }
        }
      });
      expect(disagreements).toEqual([]);
    },
  );
});

describe('the spacing rule', () => {
  it('grows with the distance: nearer is always closer on the floor', () => {
    for (const { width, height } of SIZES) {
      const gaps = Array.from({ length: 11 }, (_, d) => spacing(d, width, height));
      for (let d = 1; d <= 10; d++) expect(gaps[d]!).toBeGreaterThanOrEqual(gaps[d - 1]!);
      expect(gaps[10]!).toBeGreaterThan(gaps[0]! * 2);
    }
  });
});
