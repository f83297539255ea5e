// A game that remembers (issue 19): the shell tells the story how many games ended on this
// device (`dances_before`) and how the last one ended (`last_ending`). Each route's opening
// notices a game before; after the cycle it says this is someone new, and the first steps
// are the same. Driven on the compiled story, for both routes in both languages.
import { describe, expect, it } from 'vitest';
import { advance, startStory } from '../../tools/story/explore.mjs';
import { ROUTES, SETTINGS, story } from './shared';

type Remembered = { dances_before?: number; last_ending?: '' | 'cycle' | 'role-switch' | 'closed-heart' | 'step-out' };

/** What the opening shows up to the first choice, for a player with these remembered games. */
function opening(lang: (typeof ROUTES)[number]['lang'], side: (typeof ROUTES)[number]['side'], remembered: Remembered) {
  const player = startStory(story(lang, side).json, { ...SETTINGS[0], ...remembered });
  const segment = advance(player, (e) => e.start());
  return {
    errors: player.errors,
    text: segment.lines.map((l) => l.text),
    options: segment.options.map((o) => `${o.step}: ${o.text}`),
  };
}

describe.each(ROUTES)('$name, opened again', ({ side, lang }) => {
  const fresh = opening(lang, side, {});
  const before = opening(lang, side, { dances_before: 1, last_ending: 'step-out' });
  const afterCycle = opening(lang, side, { dances_before: 2, last_ending: 'cycle' });

  it('opens without an error, whatever was remembered', () => {
    expect([...fresh.errors, ...before.errors, ...afterCycle.errors]).toEqual([]);
    expect(fresh.options.length).toBeGreaterThan(1);
  });

  it('notices a game before with a line of its own', () => {
    const added = before.text.filter((line) => !fresh.text.includes(line));
    expect(added.length, before.text.join('\n')).toBeGreaterThan(0);
  });

  it('after the cycle, says it is someone new, and the first steps are the same', () => {
    const added = afterCycle.text.filter((line) => !fresh.text.includes(line));
    expect(added.length, afterCycle.text.join('\n')).toBeGreaterThan(0);
    // Not the line any remembered game gets: the cycle's own.
    expect(added.filter((line) => !before.text.includes(line)).length).toBeGreaterThan(0);
    // The same first steps: the first choice offers the same answers with the same steps.
    expect(afterCycle.options).toEqual(fresh.options);
    expect(before.options).toEqual(fresh.options);
  });
});
