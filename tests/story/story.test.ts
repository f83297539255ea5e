// The story's promises, in both languages: endings earned by the pattern, names and
// pronouns that render, the same structure in Dutch and English, and its size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang, randomPlayers, SETTINGS, scripted, story } from './shared';

describe.each(LANGS)('the %s story', (lang) => {
  it('builds without an error, a warning or an unknown tag', () => {
    expect(story(lang).json.length).toBeGreaterThan(1000);
  });

  it('always pursuing ends in the cycle', () => {
    const run = scripted(lang, ['pursue']);
    expect(run.errors).toEqual([]);
    expect(run.ending).toBe('cycle');
  });

  it('grounded steps whose boundaries hold end in stepping out of the dance', () => {
    const run = scripted(lang, ['ground']);
    expect(run.ending).toBe('step-out');
    expect(Number(run.variables.held)).toBeGreaterThan(0);
    expect(Number(run.variables.rounds)).toBe(0);
  });

  it('always withdrawing ends in the closed heart', () => {
    expect(scripted(lang, ['withdraw']).ending).toBe('closed-heart');
  });

  it.each(SETTINGS)(
    'renders for $partner_name ($partner_pronoun, veiled: $veil_infidelity) with no leftovers',
    (settings) => {
      const players = randomPlayers(lang, 40, 7, settings);
      for (const run of players) {
        expect(run.errors).toEqual([]);
        expect(run.ending).not.toBeNull();
        const text = [...run.lines.map((l) => l.text), ...run.choices.map((c) => c.text)].join('\n');
        expect(text).toContain(settings.partner_name);
        expect(text).not.toMatch(/[{}]|\bundefined\b|\bNaN\b|\bnull\b|\bInfinity\b|\[object /);
        // No man appears in the cast, so with a "she" partner no male pronoun may be left.
        // (Dutch also says hij/hem of things — de vis, de trein — so there only the
        // spoken "ie", which is for people, is checked.)
        if (settings.partner_pronoun === 'she') {
          const male = lang === 'en' ? /\b(he|him|his|himself)\b/i : /\bie\b/i;
          const line = text.split('\n').find((l) => male.test(l));
          expect(line ?? null).toBeNull();
        }
      }
    },
  );

  it('walks the same way whatever the pronouns or the veil', () => {
    const walk = (settings: (typeof SETTINGS)[number]) =>
      randomPlayers(lang, 30, 5, settings).map(
        (run) => `${run.ending}:${run.choices.map((c) => c.step ?? '-').join('')}`,
      );
    const first = walk(SETTINGS[0]);
    for (const settings of SETTINGS.slice(1)) expect(walk(settings)).toEqual(first);
  });

  it('is at least 15,000 words', () => {
    expect(story(lang).stats.words).toBeGreaterThanOrEqual(15_000);
  });
});

/** The shape of one ink file: headers, choices with their step and lock, tags, diverts. */
function shape(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    const header = /^(={1,3})\s*(function\s+)?(\w+)/.exec(line);
    if (header) out.push(`${header[1]!.length > 1 ? 'knot' : 'stitch'} ${header[2] ? 'fn ' : ''}${header[3]}`);
    const choice = /^([*+](?:\s*[*+])*)/.exec(line);
    if (choice) {
      const step = /#\s*step:\s*(\w+)/.exec(line)?.[1] ?? '-';
      const lock = /#\s*locked:\s*(\{[^}]*\}\)?\}?)/.exec(line)?.[1] ?? '-';
      out.push(`choice ${choice[1]!.replace(/\s/g, '')} ${step} ${lock}`);
    }
    for (const tag of line.matchAll(/#\s*(scene|phase|body|sfx|ending|pause|letter|partner):\s*([\w-]+)/g))
      out.push(`tag ${tag[1]} ${tag[2]}`);
    for (const divert of line.matchAll(/->\s*([\w.]+)/g)) out.push(`-> ${divert[1]}`);
  }
  return out;
}

describe('Dutch and English', () => {
  const files = (lang: Lang) => story(lang).files.filter((f) => f.includes(`/story/${lang}/`));

  it('have the same files', () => {
    const names = (lang: Lang) => files(lang).map((f) => f.split(`/story/${lang}/`)[1]);
    expect(names('nl')).toEqual(names('en'));
  });

  it.each(['main.ink', 'phase1.ink', 'phase2.ink', 'phase3.ink', 'phase4.ink', 'phase5.ink', 'endings.ink'])(
    '%s has the same knots, stitches, choices, steps, locks, tags and diverts in both',
    (name) => {
      const read = (lang: Lang) => shape(readFileSync(files(lang).find((f) => f.endsWith(`/${name}`))!, 'utf8'));
      expect(read('nl')).toEqual(read('en'));
    },
  );

  it('have the same knots and stitches in the same order', () => {
    expect(story('nl').outline).toEqual(story('en').outline);
  });

  it('walk the same way for the same seeded players', () => {
    const walk = (lang: Lang) =>
      randomPlayers(lang, 60, 11).map((run) => ({
        ending: run.ending,
        steps: run.choices.map((c) => c.step ?? '-').join(''),
      }));
    expect(walk('nl')).toEqual(walk('en'));
  });
});
