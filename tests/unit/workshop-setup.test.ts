// Session 0's settings as data (src/workshop/session-setup.ts): where a new workshop starts,
// and how the form's fields become the settings a session runs with — whose side, the
// language the untouched agreements follow, and what an unknown value falls back to.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../common/language.js';
import { defaultSetup, readSetup, type SessionSetup } from '../../src/workshop/session-setup';
import { workshopWords } from '../../src/workshop/strings';

const words = await workshopWords.loadAll();

function fields(entries: readonly (readonly [string, string])[]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const before: SessionSetup = defaultSetup({ lang: 'en', partnerName: 'Sam', partnerPronoun: 'he' }, words);

describe('Session 0’s settings', () => {
  it('start from the title screen’s choices, the pursuer’s side when none was made', () => {
    expect(before).toMatchObject({ lang: 'en', side: 'pursuer', partnerName: 'Sam', veil: true, mode: 'vote' });
    expect(before.agreements).toEqual(words.en.defaultAgreements);
    const chosen = defaultSetup({ lang: 'nl', partnerName: 'Noa', partnerPronoun: 'she', side: 'withdrawer' }, words);
    expect(chosen).toMatchObject({ lang: 'nl', side: 'withdrawer', partnerPronoun: 'she' });
    expect(chosen.agreements).toEqual(words.nl.defaultAgreements);
  });

  it('read every field of the form', () => {
    const setup = readSetup(
      fields([
        ['agreement', '  We   listen. '],
        ['agreement', ''],
        ['agreement', 'Phones in our bags.'],
        ['ws-side', 'withdrawer'],
        ['lang', 'en'],
        ['partner-name', '  Jules '],
        ['ws-pronoun', 'she'],
        ['ws-mode', 'advise'],
        ['timer-seconds', '90'],
        ['auto-commit', 'on'],
      ]),
      before,
      words,
    );
    expect(setup).toEqual({
      lang: 'en',
      side: 'withdrawer',
      partnerName: 'Jules',
      partnerPronoun: 'she',
      veil: false,
      agreements: ['We listen.', 'Phones in our bags.'],
      mode: 'advise',
      timerSeconds: 90,
      autoCommit: true,
      sound: false,
    });
  });

  it('let untouched agreements follow a change of language, and keep what the group wrote', () => {
    const untouched = words.en.defaultAgreements.map((a) => ['agreement', a] as const);
    expect(readSetup(fields([...untouched, ['lang', 'nl']]), before, words).agreements).toEqual(
      words.nl.defaultAgreements,
    );
    const written = [...untouched.slice(1), ['agreement', 'Our own.'] as const];
    expect(readSetup(fields([...written, ['lang', 'nl']]), before, words).agreements).toEqual([
      ...words.en.defaultAgreements.slice(1),
      'Our own.',
    ]);
  });

  it('fall back to the first side, the vote, a minute and the first language for what it does not know', () => {
    const setup = readSetup(
      fields([
        ['ws-side', 'bystander'],
        ['ws-mode', 'shout'],
        ['timer-seconds', '7'],
        ['lang', 'de'],
        ['ws-pronoun', 'it'],
      ]),
      before,
      words,
    );
    expect(setup).toMatchObject({ side: 'pursuer', mode: 'vote', timerSeconds: 60, partnerPronoun: 'he' });
    expect(setup.lang).toBe(LANGS[0]);
  });
});
