// The shell's strings arrive one language at a time (src/ui/string-book.ts, loadStrings).

import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../common/language.js';
import { loadAllStrings, loadStrings, startingLanguage } from '../../src/ui/i18n';
import { StringBook } from '../../src/ui/string-book';

const STRINGS = await loadAllStrings();

describe('loadStrings', () => {
  it('brings each language’s own words, with the same keys in both', async () => {
    const [nl, en] = await Promise.all([loadStrings('nl'), loadStrings('en')]);
    expect(nl.newGame).toBe('Nieuw spel');
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('startingLanguage', () => {
  it('takes the URL’s language, then the remembered one, then the browser’s, then Dutch', () => {
    expect(startingLanguage('en', { lang: 'nl' }, ['nl-NL'])).toBe('en');
    expect(startingLanguage(null, { lang: 'en' }, ['nl-NL'])).toBe('en');
    expect(startingLanguage(null, { lang: null }, ['fr-FR', 'en-GB'])).toBe('en');
    expect(startingLanguage(undefined, {}, ['de'])).toBe('nl');
  });
});

describe('StringBook', () => {
  it('has the first language at once and fetches another only once', async () => {
    const load = vi.fn((lang: Lang) => Promise.resolve(STRINGS[lang]));
    const book = new StringBook({ lang: 'nl', strings: STRINGS.nl }, load);
    expect(book.get('nl')).toBe(STRINGS.nl);
    expect(book.has('en')).toBe(false);
    // Not there yet: the first language's words stand in, never nothing.
    expect(book.get('en')).toBe(STRINGS.nl);
    await Promise.all([book.ensure('en'), book.ensure('en')]);
    await book.ensure('en');
    expect(load).toHaveBeenCalledTimes(1);
    expect(book.get('en')).toBe(STRINGS.en);
    await book.ensure('nl');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed download rejects, and the next ensure tries again', async () => {
    let online = false;
    const load = vi.fn((lang: Lang) =>
      online ? Promise.resolve(STRINGS[lang]) : Promise.reject(new TypeError('Failed to fetch')),
    );
    const book = new StringBook({ lang: 'en', strings: STRINGS.en }, load);
    await expect(book.ensure('nl')).rejects.toThrow('Failed to fetch');
    expect(book.has('nl')).toBe(false);
    online = true;
    await expect(book.ensure('nl')).resolves.toBe(STRINGS.nl);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
