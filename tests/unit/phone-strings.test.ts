// The phone's words (src/phone/strings.ts, words/{nl,en}.ts): Dutch and English complete and equal — the same
// keys, every sentence written in both, none left empty or copied across untranslated —
// and every refusal a phone meets in ordinary use has its own sentence.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../common/protocol.js';
import { browserLang, errorText, PHONE_ERRORS, type PhoneStrings, phoneWords } from '../../src/phone/strings';

const PHONE_STRINGS = await phoneWords.loadAll();

/** Every entry as text: functions called with sample arguments. */
function texts(strings: PhoneStrings): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (key === 'errors')
      for (const [code, text] of Object.entries(value as Record<string, string>)) out.set(`errors.${code}`, text);
    else if (typeof value === 'function')
      out.set(key, String((value as (...args: unknown[]) => string)(...sampleArgs(key))));
    else out.set(key, String(value));
  }
  return out;
}
function sampleArgs(key: string): unknown[] {
  if (key === 'votedCount') return [12, 18];
  if (key === 'badge') return ['347'];
  if (/Vote|counted|chosen/.test(key)) return ['Stay'];
  if (/time|Held/.test(key)) return ['0:45'];
  return [3];
}

describe('phone strings', () => {
  const nl = texts(PHONE_STRINGS.nl);
  const en = texts(PHONE_STRINGS.en);

  it('Dutch and English have the same entries, every one filled in', () => {
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...nl, ...en]) expect(text.trim(), key).not.toBe('');
    expect(Object.keys(PHONE_STRINGS.nl.errors).sort()).toEqual([...PHONE_ERRORS].sort());
  });

  it('every sentence is translated, not copied across (names and numbers aside)', () => {
    const same = [...nl].filter(([key, text]) => en.get(key) === text).map(([key]) => key);
    expect(same).toEqual(['heading']);
  });

  it('counts and plurals read right in both languages', () => {
    expect(PHONE_STRINGS.nl.votedCount(1, 18)).toBe('1 van 18 heeft gestemd');
    expect(PHONE_STRINGS.nl.votedCount(12, 18)).toBe('12 van 18 hebben gestemd');
    expect(PHONE_STRINGS.en.votedCount(1, 18)).toBe('1 of 18 has voted');
    expect(PHONE_STRINGS.en.votedCount(12, 18)).toBe('12 of 18 have voted');
    expect(PHONE_STRINGS.nl.votes(1)).toBe('1 stem');
    expect(PHONE_STRINGS.en.votes(2)).toBe('2 votes');
    expect(PHONE_STRINGS.en.ended).toMatch(/^Thank you — the session has ended/);
  });

  it('every refusal has a sentence: its own when a phone meets it, a general one otherwise', () => {
    for (const lang of ['nl', 'en'] as const) {
      const s = PHONE_STRINGS[lang];
      for (const code of ERROR_CODES) {
        const text = errorText(s, code);
        expect(text, `${lang} ${code}`).toBe(
          (PHONE_ERRORS as readonly string[]).includes(code) ? s.errors[code as keyof typeof s.errors] : s.genericError,
        );
      }
    }
  });

  it('before joining, the page speaks the browser’s language if it is one of ours', () => {
    expect(browserLang(['en-GB', 'nl'], null)).toBe('en');
    expect(browserLang(['de-DE', 'nl-BE'], null)).toBe('nl');
    expect(browserLang(['fr'], null)).toBe('nl');
    expect(browserLang(['nl'], 'en')).toBe('en');
  });
});
