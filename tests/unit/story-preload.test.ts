// The inline script index.html uses to start the story's download early
// (tools/build/story-preload.mjs) must guess the language the way the game chooses it.
import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../common/language.js';
import { languageChunk, preloadScript } from '../../tools/build/story-preload.mjs';

const CHUNKS = {
  nl: ['./assets/nl-AAAA.js', './assets/nl-strings-CCCC.js'],
  en: ['./assets/en-BBBB.js', './assets/en-strings-DDDD.js'],
};

/** Run the script against a fake page; returns the hrefs it preloads. */
function run(page: {
  search?: string;
  prefs?: string | null;
  languages?: string[];
  storageThrows?: boolean;
}): string[] {
  const appended: { rel: string; href: string }[] = [];
  const globals = {
    location: { search: page.search ?? '' },
    localStorage: {
      getItem: () => {
        if (page.storageThrows) throw new Error('SecurityError');
        return page.prefs ?? null;
      },
    },
    navigator: { languages: page.languages ?? [] },
    document: {
      createElement: () => ({ rel: '', href: '' }),
      head: { appendChild: (link: { rel: string; href: string }) => appended.push(link) },
    },
    URLSearchParams,
  };
  new Function(...Object.keys(globals), preloadScript(CHUNKS))(...Object.values(globals));
  expect(appended.every((l) => l.rel === 'modulepreload')).toBe(true);
  return appended.map((l) => l.href);
}

describe('the story preload hint', () => {
  it('follows ?lang first, then the remembered language, then the browser, then Dutch', () => {
    expect(run({ search: '?lang=en', prefs: JSON.stringify({ lang: 'nl' }), languages: ['nl'] })).toEqual(CHUNKS.en);
    expect(run({ prefs: JSON.stringify({ lang: 'en' }), languages: ['nl-NL'] })).toEqual(CHUNKS.en);
    expect(run({ prefs: JSON.stringify({ lang: null }), languages: ['en-GB'] })).toEqual(CHUNKS.en);
    expect(run({ languages: ['fr'] })).toEqual(CHUNKS.nl);
    expect(run({})).toEqual(CHUNKS.nl);
  });

  it('guesses from the browser languages exactly as the shell does', () => {
    const cases = [['en-US', 'nl'], ['de-DE', 'nl-BE'], ['fr', 'de'], ['EN'], ['nl'], []];
    for (const languages of cases) {
      expect(run({ languages })).toEqual(CHUNKS[pickLanguage({ browser: languages })]);
    }
  });

  it('ignores what it cannot read and never throws', () => {
    expect(run({ search: '?lang=de', prefs: '{not json', languages: ['en'] })).toEqual(CHUNKS.en);
    expect(run({ storageThrows: true, languages: ['en'] })).toEqual(CHUNKS.en);
  });
});

describe('which chunks belong to a language', () => {
  it('the story and the shell’s words of that language, nothing else', () => {
    expect(languageChunk('\0virtual:story/nl')).toBe('nl');
    expect(languageChunk('virtual:story/en')).toBe('en');
    expect(languageChunk('/work/main/src/ui/strings/en.ts')).toBe('en');
    expect(languageChunk('src/ui/strings/nl.ts')).toBe('nl');
    expect(languageChunk('C:\\game\\src\\ui\\strings\\nl.ts')).toBe('nl');
    expect(languageChunk('/work/main/src/ui/strings/index.ts')).toBeNull();
    expect(languageChunk('/work/main/src/ui/i18n.ts')).toBeNull();
    expect(languageChunk('/work/main/src/workshop/strings.ts')).toBeNull();
  });
});
