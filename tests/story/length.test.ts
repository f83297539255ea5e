// One playthrough takes 20–35 minutes at reading pace (issue 3). This is a property of the
// compiled story's text, not a timing test: `measure()` (the same tool writers run as
// `npm run story:length`) plays seeded random players and converts the words they
// read and the choices they make into minutes (250 words a minute, 6 s per choice). The
// seed is fixed, so the result is deterministic; 60 players keep it to a few seconds.
import { describe, expect, it } from 'vitest';
import { measure } from '../../tools/story/length.mjs';
import { ROUTES } from './shared';

const PLAYERS = 60;

describe.each(ROUTES)('$name, read through', ({ side, lang }) => {
  it('takes 20–35 minutes at reading pace', () => {
    const m = measure(lang, PLAYERS, side);
    // Every player reads all five phases and an ending; a story that stops early or
    // skips a phase would measure short for the wrong reason.
    expect(Object.keys(m.byPart).sort()).toEqual(['ending', 'phase 1', 'phase 2', 'phase 3', 'phase 4', 'phase 5']);
    expect(m.minutes, `${m.perPlaythrough} words and ${m.choices} choices per playthrough`).toBeGreaterThanOrEqual(20);
    expect(m.minutes, `${m.perPlaythrough} words and ${m.choices} choices per playthrough`).toBeLessThanOrEqual(35);
  });
});
