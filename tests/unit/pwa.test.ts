// @vitest-environment happy-dom
// The new-version prompt and the moment the service worker registers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../common/language.js';
import { updateWords } from '../../src/pwa/strings';
import { showUpdatePrompt } from '../../src/pwa/update-prompt';
import { FALLBACK_SETTLE_MS, PageSettling, TEXT_ONLY_SETTLE_MS, whenSettled } from '../../src/pwa/when-settled';
import { Watched } from '../../src/shared/watched';

const UPDATE_STRINGS = await updateWords.loadAll();

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('the new-version prompt', () => {
  it('is a polite status in the page language that never takes the focus', () => {
    const focused = document.createElement('button');
    document.body.append(focused);
    focused.focus();
    const { element } = showUpdatePrompt({
      onReload: () => {},
      language: new Watched<Lang>('en'),
      words: UPDATE_STRINGS,
    });
    expect(element.getAttribute('role')).toBe('status');
    expect(element.textContent).toContain(UPDATE_STRINGS.en.message);
    expect(element.querySelector('[data-action="reload-update"]')?.textContent).toBe('Reload');
    expect(document.activeElement).toBe(focused);
  });

  it('follows a change of language while it is shown, and stops following once closed', () => {
    const language = new Watched<Lang>('nl');
    const { element, close } = showUpdatePrompt({ onReload: () => {}, language, words: UPDATE_STRINGS });
    expect(element.textContent).toContain(UPDATE_STRINGS.nl.message);
    language.set('en');
    expect(element.textContent).toContain(UPDATE_STRINGS.en.message);
    expect(element.lang).toBe('en');
    close();
    language.set('nl');
    expect(element.textContent).toContain(UPDATE_STRINGS.en.message);
  });

  it('reloads only when asked; Later takes it away; it is never shown twice', () => {
    const onReload = vi.fn();
    const language = new Watched<Lang>('nl');
    const first = showUpdatePrompt({ onReload, language, words: UPDATE_STRINGS });
    const second = showUpdatePrompt({ onReload, language, words: UPDATE_STRINGS });
    expect(second.element).toBe(first.element);
    expect(document.querySelectorAll('.update-prompt')).toHaveLength(1);
    expect(onReload).not.toHaveBeenCalled();
    first.element.querySelector<HTMLButtonElement>('[data-action="reload-update"]')?.click();
    expect(onReload).toHaveBeenCalledTimes(1);
    first.element.querySelector<HTMLButtonElement>('[data-action="later-update"]')?.click();
    expect(document.querySelector('.update-prompt')).toBeNull();
  });
});

describe('when the service worker registers', () => {
  it('waits on the title screen, and registers once the stage is in', async () => {
    vi.useFakeTimers();
    const page = new PageSettling();
    let settled = false;
    void whenSettled(page.settled).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FALLBACK_SETTLE_MS - 1000);
    expect(settled).toBe(false);
    page.stageSettled();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('registers a moment after the game screen when there is no stage', async () => {
    vi.useFakeTimers();
    const page = new PageSettling();
    let settled = false;
    void whenSettled(page.settled).then(() => (settled = true));
    page.gameShown();
    await vi.advanceTimersByTimeAsync(TEXT_ONLY_SETTLE_MS - 100);
    expect(settled).toBe(false);
    page.gameShown(); // a second game does not start the wait again
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(true);
  });

  it('counts a stage settled before registration was asked for', async () => {
    vi.useFakeTimers();
    const page = new PageSettling();
    page.stageSettled();
    let settled = false;
    void whenSettled(page.settled).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('registers anyway after a while on any screen', async () => {
    vi.useFakeTimers();
    const page = new PageSettling();
    let settled = false;
    void whenSettled(page.settled).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FALLBACK_SETTLE_MS - 10);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(settled).toBe(true);
  });
});
