// The prose as an editor reads it (issue 18): the calques, grammar slips and book lines
// the review named are gone from the story and the shell's words; similes stay at two
// thirds of what they were at most; each language has one quotation style; help is not
// repeated in the story (the end card gives it). Each check prints its figure. (The book
// in runs of five words is checked in book.test.ts.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/strings/en';
import { nl } from '../../src/ui/strings/nl';
import { PROJECT_ROOT } from '../../tools/ink/compile.mjs';
import { inkProse } from '../../tools/story/ink-prose.mjs';
import { LANGS, type Lang, ROUTES, SIDES, type Side, story, textFolder } from './shared';

/** Every .ink file of one route's language folder, by its path from the project root. */
function inkFiles(lang: Lang, side: Side = 'pursuer'): Map<string, string> {
  const folder = textFolder(lang, side);
  const dir = join(PROJECT_ROOT, folder);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ink'))
      .sort()
      .map((f) => [`${folder}/${f}`, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** Every route's ink text, in both languages. */
const allInkFiles = (): Map<string, string> =>
  new Map(SIDES.flatMap((side) => LANGS.flatMap((lang) => [...inkFiles(lang, side)])));

/** The shell's words: every strings catalogue under src/ (and a shared folder, if there is one). */
function shellStrings(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js)$/.test(name) && /strings/i.test(relative(PROJECT_ROOT, path)))
        out.set(relative(PROJECT_ROOT, path), readFileSync(path, 'utf8'));
    }
  };
  for (const top of ['src', 'shared', 'common']) if (existsSync(join(PROJECT_ROOT, top))) walk(join(PROJECT_ROOT, top));
  return out;
}

/**
 * Text as a reader meets it, for matching: the pronoun and name calls printed as words,
 * curly quotes as straight ones, one space between words, lower case.
 */
function plain(text: string): string {
  return text
    .replace(/\{(\w+)\(\)\}/g, '$1')
    .replace(/\{partner_name\}/g, 'sam')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The review's findings, each as the words that must not come back (matched whole, in any case). */
const NAMED: readonly { readonly what: string; readonly texts: readonly string[] }[] = [
  // §1 calques
  {
    what: 'calque: "doet langzaam met je, alsof hij je uit zijn hoofd leert"',
    texts: ['doet langzaam met je', 'je uit zijn hoofd leert'],
  },
  {
    what: 'calque: "luisterend met zijn hele gezicht"',
    texts: ['luisterend met zijn hele gezicht', 'met zijn hele gezicht'],
  },
  {
    what: 'calque: "een publiek van één. Je kijkt niet of het meekijkt"',
    texts: ['een publiek van één', 'of het meekijkt'],
  },
  { what: 'calque: "Je merkt het op zoals je het weer opmerkt"', texts: ['zoals je het weer opmerkt'] },
  {
    what: 'calque: "Met z\'n tweeën zijn jullie goed"',
    texts: ["met z'n tweeën zijn jullie goed", 'met zijn tweeën zijn jullie goed'],
  },
  { what: 'calque: "Je bedoelt het grotendeels luchtig"', texts: ['grotendeels luchtig'] },
  { what: 'calque: "vaker dan allebei"', texts: ['vaker dan allebei'] },
  {
    what: 'calque: "De eerste belofte van hem die je ziet aankomen"',
    texts: ['eerste belofte van hem die je ziet aankomen', 'belofte van hem die je ziet aankomen'],
  },
  // §1 grammar: "nee" as a noun is neuter
  { what: 'grammar: "de eerste nee" (het eerste nee)', texts: ['de eerste nee', 'de nee', 'die nee'] },
  { what: 'grammar: "grensen" (grenzen)', texts: ['grensen'] },
  // §2 the book's lines (Dutch and the English that mirrored them)
  {
    what: 'book: the night call (the heart that cannot bear it / no heart can / but you do it / not quite enough)',
    texts: [
      'mijn hart trekt dit niet',
      'geen enkel hart',
      'maar jij doet het wel',
      'net niet genoeg',
      "my heart can't do this",
      'no heart can',
      'but you do it',
      'not quite enough',
    ],
  },
  { what: 'book: "Beter iets dan niets"', texts: ['beter iets dan niets', 'better than nothing'] },
  {
    what: 'book: "wat drie keer gebeurt, gebeurt tien keer"',
    texts: ['drie keer gebeurt', 'gebeurt tien keer', 'happens three times', 'happens ten times'],
  },
  {
    what: 'book: "Ik kom natuurlijk niet"',
    texts: ['ik kom natuurlijk niet', "of course i won't come", "of course i'm not coming"],
  },
  {
    what: 'book: "alsof er iets goed te maken valt"',
    texts: ['goed te maken valt', 'something to make up for', 'anything to make up for'],
  },
  {
    what: 'book: "Deze deur moet dicht"',
    texts: ['deze deur moet dicht', 'this door has to close', 'this door must close'],
  },
  {
    what: 'book: "Ik heb wel gevoelens voor je"',
    texts: ['ik heb wel gevoelens voor je', 'wel gevoelens voor je', 'i do have feelings for you'],
  },
];

/** Where a named text occurs, as `file:line`. */
function occurrences(text: string, files: Map<string, string>): string[] {
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  const out: string[] = [];
  for (const [file, content] of files) {
    content.split('\n').forEach((line, i) => {
      if (at.test(plain(line))) out.push(`${file}:${i + 1}: "${text}"`);
    });
  }
  return out;
}

/** Similes as the review counted them: case-insensitive, as plain substrings, over story/<lang>/*.ink. */
const SIMILES: Readonly<Record<Lang, readonly string[]>> = {
  nl: ['als een', 'alsof'],
  en: ['like a', 'as if', 'as though'],
};
/**
 * The count when issue 18 was filed: story/<lang>/*.ink at bfa5f31^ (the same as at f4ec389,
 * before the Dutch pass), counted as simileCount does; the limit is two thirds of it.
 */
const SIMILE_BASELINE: Readonly<Record<Lang, number>> = { nl: 92, en: 85 };

function simileCount(text: string, lang: Lang): number {
  const lower = text.toLowerCase();
  return SIMILES[lang].reduce((n, pattern) => n + lower.split(pattern).length - 1, 0);
}

/**
 * The quotation marks a language's prose may use: Dutch quotes with single curly quotes
 * (‘…’) and English with double ones (“…”); both write the apostrophe as ’. Straight
 * quotes stay in ink code (string literals, conditions, tags), which is not prose.
 */
const QUOTES: Readonly<Record<Lang, { readonly allowed: string; readonly other: RegExp }>> = {
  nl: { allowed: '‘ ’', other: /["'“”„‟«»‹›]/ },
  en: { allowed: '“ ” ’', other: /["'‘„‟«»‹›]/ },
};

describe('the words the review named', () => {
  it('are gone from the story and from the shell’s words', () => {
    const files = new Map([...allInkFiles(), ...shellStrings()]);
    const found = NAMED.flatMap(({ what, texts }) =>
      texts.flatMap((text) => occurrences(text, files).map((where) => `${where} — ${what}`)),
    );
    console.log(
      `issue 18 named lines: ${NAMED.length} findings (${NAMED.reduce((n, x) => n + x.texts.length, 0)} texts) checked in ${files.size} files; ${found.length} still there`,
    );
    expect(found).toEqual([]);
  });

  it('write counts in words, not as "0×", in a sentence', () => {
    const files = new Map([...allInkFiles(), ...shellStrings()]);
    // "3×" alone may label a count (a badge); in a sentence it reads "3 keer" / "3 times".
    const found = [...files].flatMap(([file, content]) =>
      content.split('\n').flatMap((line, i) => (/(\d|\})×\s/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    console.log(`counts written as "n×" in a sentence: ${found.length}`);
    expect(found).toEqual([]);
  });
});

describe.each(LANGS)('the %s story', (lang) => {
  // The baseline was counted on the first route before issue 18; the withdrawer's route was
  // written after it, under the writers' rule of one simile a scene (checked below).
  it('has at most two thirds of the similes it had', () => {
    const files = inkFiles(lang);
    const perFile = [...files].map(([file, text]) => `${file.split('/').pop()} ${simileCount(text, lang)}`);
    const total = [...files.values()].reduce((n, text) => n + simileCount(text, lang), 0);
    const limit = Math.floor((SIMILE_BASELINE[lang] * 2) / 3);
    console.log(
      `similes (${lang}: ${SIMILES[lang].map((p) => `"${p}"`).join(' + ')}): ${total} (limit ${limit}, was ${SIMILE_BASELINE[lang]}) — ${perFile.join(', ')}`,
    );
    expect(total).toBeLessThanOrEqual(limit);
  });
});

describe.each(LANGS)("the withdrawer's %s story", (lang) => {
  it('has at most one simile a scene (knot or stitch)', () => {
    const over: string[] = [];
    let total = 0;
    for (const [file, text] of inkFiles(lang, 'withdrawer')) {
      for (const [scene, body] of scenesOf(text)) {
        const n = simileCount(body, lang);
        total += n;
        if (n > 1) over.push(`${file}: ${scene} (${n})`);
      }
    }
    console.log(`similes in the withdrawer's ${lang} story: ${total}; scenes with more than one: ${over.length}`);
    expect(over).toEqual([]);
  });
});

describe.each(ROUTES)('$name', ({ side, lang }) => {
  it('quotes in one style, everywhere a player reads', () => {
    const { prose } = inkProse(story(lang, side).json);
    const { allowed, other } = QUOTES[lang];
    const wrong = [...new Set(prose.filter((text) => other.test(text)))];
    const marks = prose.join('').match(/["'‘’“”„‟«»‹›]/g) ?? [];
    console.log(
      `quotation marks in the ${lang} prose: ${marks.length} (${allowed}); in another style: ${wrong.length} text runs`,
    );
    expect(
      wrong.map((text) => `${sourceOf(text, inkFiles(lang, side))} ${JSON.stringify(text.trim().slice(0, 120))}`),
    ).toEqual([]);
  });

  it('leaves the help to the end card: no ending repeats it', () => {
    const { prose } = inkProse(story(lang, side).json);
    const text = plain(prose.join(' '));
    const marks = [nl, en]
      .flatMap((s) => s.help.contacts.flatMap((c) => [c.name, ...c.links.map((l) => l.label)]))
      .filter((m) => m.length >= 6);
    const repeated = [...new Set(marks.filter((m) => text.includes(plain(m))))];
    console.log(
      `help in the ${lang} story: ${repeated.length} of ${marks.length} names and numbers of the end card's help`,
    );
    expect(repeated).toEqual([]);
  });
});

/** The text of each knot and stitch of one ink file, by its name (`knot` or `knot.stitch`). */
function scenesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let knot = '';
  let scene = '(top)';
  for (const line of text.split('\n')) {
    const header = /^\s*(={1,3})\s*(function\s+)?(\w+)/.exec(line);
    if (header) {
      if (header[1]!.length > 1) knot = header[3]!;
      scene = header[1]!.length > 1 ? knot : `${knot}.${header[3]}`;
      continue;
    }
    out.set(scene, `${out.get(scene) ?? ''}${line}\n`);
  }
  return out;
}

/** The file and line a compiled text run comes from (its longest plain stretch, found in the source). */
function sourceOf(text: string, files: Map<string, string>): string {
  const probe =
    text
      .split(/[{}]/)
      .sort((a, b) => b.length - a.length)[0]
      ?.trim()
      .slice(0, 40) ?? '';
  for (const [file, content] of files) {
    const index = content.split('\n').findIndex((line) => line.includes(probe));
    if (index >= 0) return `${file}:${index + 1}:`;
  }
  return '(source not found):';
}
