// One words catalogue per area (src/words/catalog.ts): each language its own chunk, the same
// keys in every language, and one language pick (common/language.js).
import { describe, expect, it, vi } from 'vitest';
import { asLang, isLang, LANGS, pickLanguage } from '../../common/language.js';
import { phoneWords } from '../../src/phone/strings';
import { updateWords } from '../../src/pwa/strings';
import { roomWords } from '../../src/room-client/strings';
import { shellWords } from '../../src/ui/i18n';
import { endingWords } from '../../src/ui/strings/ending';
import { catalog } from '../../src/words/catalog';
import { workshopWords } from '../../src/workshop/strings';

/** Every key path of a catalogue's words: objects by key, arrays as one entry, leaves by kind. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[]`];
  if (value && typeof value === 'object')
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  return [`${path}:${typeof value}`];
}

const CATALOGUES = {
  shell: shellWords,
  ending: endingWords,
  room: roomWords,
  phone: phoneWords,
  update: updateWords,
  workshop: workshopWords,
};

describe('the words catalogues', () => {
  it.each(Object.entries(CATALOGUES))(
    '%s has the same keys in every language, none of them empty',
    async (_, words) => {
      const all = await words.loadAll();
      const [first, ...rest] = LANGS.map((lang) => shape(all[lang]));
      expect(first?.length).toBeGreaterThan(3);
      for (const other of rest) expect(other).toEqual(first);
      for (const lang of LANGS)
        for (const value of Object.values(all[lang])) if (typeof value === 'string') expect(value.trim()).not.toBe('');
    },
  );

  it('the shape check tells two catalogues apart', () => {
    expect(shape({ a: 'x', b: { c: () => '' } })).toEqual(['a:string', 'b.c:function']);
    expect(shape({ a: 'x', b: { c: () => '' } })).not.toEqual(shape({ a: 'x', b: { d: () => '' } }));
  });

  it('downloads a language once, and again after a failed download', async () => {
    let fail = true;
    const nl = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return { hello: 'hallo' };
    });
    const en = vi.fn(async () => ({ hello: 'hello' }));
    const words = catalog({ nl, en });
    await expect(words.load('nl')).rejects.toThrow('offline');
    fail = false;
    expect(await words.load('nl')).toEqual({ hello: 'hallo' });
    expect(await words.load('nl')).toEqual({ hello: 'hallo' });
    expect(nl).toHaveBeenCalledTimes(2);
    expect(await words.loadAll()).toEqual({ nl: { hello: 'hallo' }, en: { hello: 'hello' } });
    expect(en).toHaveBeenCalledTimes(1);
  });
});

describe('the language pick', () => {
  it('takes the one asked for, then the saved one, then the browser’s, then Dutch', () => {
    expect(pickLanguage({ requested: 'en', saved: 'nl', browser: ['nl-NL'] })).toBe('en');
    expect(pickLanguage({ requested: null, saved: 'en', browser: ['nl-NL'] })).toBe('en');
    expect(pickLanguage({ requested: 'fr', saved: null, browser: ['fr-FR', 'en-GB'] })).toBe('en');
    expect(pickLanguage({ browser: ['de'] })).toBe('nl');
    expect(pickLanguage({})).toBe('nl');
  });

  it('knows its languages', () => {
    expect(LANGS).toEqual(['nl', 'en']);
    expect(isLang('en')).toBe(true);
    expect(isLang('EN')).toBe(false);
    expect(asLang('en')).toBe('en');
    expect(asLang('')).toBe('nl');
  });
});
