// @vitest-environment happy-dom
// Where to turn for help, per language: Dutch places for Dutch players, a short
// international set in English, each a real link a player can follow or call.
import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../src/ui/help-line';
import { loadAllStrings } from '../../src/ui/i18n';

const STRINGS = await loadAllStrings();
const hrefs = (el: HTMLElement) => [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('the help block', () => {
  it('gives Dutch players the Dutch lines: De Luisterlijn and 113', () => {
    const el = renderHelp(STRINGS.nl.help, 'h3');
    expect(hrefs(el)).toEqual(['tel:0880767000', 'https://www.deluisterlijn.nl', 'tel:08000113', 'https://www.113.nl']);
    expect(el.querySelector('a[href="tel:0880767000"]')?.textContent).toBe('088 0767 000');
    expect(el.querySelector('a[href="tel:08000113"]')?.textContent).toBe('0800 0113');
  });

  it('gives English players the UK and Ireland, the US, the Netherlands and a finder for elsewhere', () => {
    const el = renderHelp(STRINGS.en.help, 'h3');
    expect(hrefs(el)).toEqual([
      'tel:116123',
      'https://www.samaritans.org',
      'tel:988',
      'https://988lifeline.org',
      'tel:08000113',
      'https://www.113.nl',
      'https://findahelpline.com',
    ]);
  });

  it.each(['nl', 'en'] as const)('is a titled section of real links in %s, each place once', (lang) => {
    const help = STRINGS[lang].help;
    const el = renderHelp(help, 'h3');
    expect(el.tagName).toBe('SECTION');
    expect(el.querySelector(`#${el.getAttribute('aria-labelledby')}`)?.textContent).toBe(help.title);
    expect(el.querySelectorAll('li')).toHaveLength(help.contacts.length);
    for (const a of el.querySelectorAll('a')) {
      const href = a.getAttribute('href')!;
      expect(href).toMatch(/^(tel:\d+|https:\/\/[\w.-]+\.[a-z]+(\/.*)?)$/);
      if (href.startsWith('tel:')) expect(a.textContent?.replace(/\s/g, '')).toBe(href.slice(4));
      // a web page opens beside the game, and says so to a screen reader
      else
        expect([a.target, a.rel, a.querySelector('.visually-hidden')?.textContent?.trim()]).toEqual([
          '_blank',
          'noopener noreferrer',
          help.newTab,
        ]);
    }
    expect(new Set(hrefs(el)).size).toBe(hrefs(el).length);
  });

  it('goes without its own title where the surroundings give one (the menu, the debrief)', () => {
    const el = renderHelp(STRINGS.nl.help, null);
    expect(el.querySelector('h2, h3')).toBeNull();
    expect(el.hasAttribute('data-help')).toBe(true);
    expect(el.querySelectorAll('a').length).toBeGreaterThan(0);
  });
});
