// @vitest-environment happy-dom
// The last line of defence: an error nobody caught ends in words, in the page's language as
// the shell keeps it at the moment of the crash (passed in, never read from <html>).
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../common/language.js';
import { Watched } from '../../src/shared/watched';
import { installCrashScreen } from '../../src/ui/crash';

describe('the crash screen', () => {
  it('says what happened in the language of the moment, in one box however many errors come', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<div id="app"><p>game</p></div>';
    document.documentElement.lang = 'nl'; // what <html> says does not count
    const root = document.getElementById('app')!;
    const language = new Watched<Lang>('en');
    installCrashScreen(root, language);
    window.dispatchEvent(new ErrorEvent('error', { error: new Error('boom'), message: 'boom' }));
    const box = root.querySelector('#crash');
    expect(box?.getAttribute('role')).toBe('alert');
    expect(box?.textContent).toMatch(/^Something unexpected went wrong/);
    language.set('nl');
    window.dispatchEvent(new ErrorEvent('error', { error: new Error('again'), message: 'again' }));
    expect(root.querySelectorAll('#crash')).toHaveLength(1);
    expect(root.querySelector('#crash')?.textContent).toMatch(/^Er ging iets onverwachts mis/);
    expect(root.querySelector('p')?.textContent).toBe('game');
  });
});
