// @vitest-environment happy-dom
// The new-version prompt and the moment the service worker registers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_STRINGS } from '../../src/pwa/strings';
import { showUpdatePrompt } from '../../src/pwa/update-prompt';
import { FALLBACK_SETTLE_MS, TEXT_ONLY_SETTLE_MS, whenSettled } from '../../src/pwa/when-settled';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
  delete document.documentElement.dataset.stage;
  delete document.documentElement.dataset.screen;
  vi.useRealTimers();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the new-version prompt', () => {
  it('is a polite status in the page language that never takes the focus', () => {
    document.documentElement.lang = 'en';
    const focused = document.createElement('button');
    document.body.append(focused);
    focused.focus();
    const { element } = showUpdatePrompt({ onReload: () => {} });
    expect(element.getAttribute('role')).toBe('status');
    expect(element.textContent).toContain(UPDATE_STRINGS.en.message);
    expect(element.querySelector('[data-action="reload-update"]')?.textContent).toBe('Reload');
    expect(document.activeElement).toBe(focused);
  });

  it('follows a change of language while it is shown', async () => {
    document.documentElement.lang = 'nl';
    const { element } = showUpdatePrompt({ onReload: () => {} });
    expect(element.textContent).toContain(UPDATE_STRINGS.nl.message);
    document.documentElement.lang = 'en';
    await flush();
    expect(element.textContent).toContain(UPDATE_STRINGS.en.message);
    expect(element.lang).toBe('en');
  });

  it('reloads only when asked; Later takes it away; it is never shown twice', () => {
    const onReload = vi.fn();
    const first = showUpdatePrompt({ onReload });
    const second = showUpdatePrompt({ onReload });
    expect(second.element).toBe(first.element);
    expect(document.querySelectorAll('.update-prompt')).toHaveLength(1);
    expect(onReload).not.toHaveBeenCalled();
    first.element.querySelector<HTMLButtonElement>('[data-action="reload-update"]')?.click();
    expect(onReload).toHaveBeenCalledTimes(1);
    first.element.querySelector<HTMLButtonElement>('[data-action="later-update"]')?.click();
    expect(document.querySelector('.update-prompt')).toBeNull();
  });

  it('has every string in both languages', () => {
    expect(Object.keys(UPDATE_STRINGS.nl).sort()).toEqual(Object.keys(UPDATE_STRINGS.en).sort());
    for (const lang of ['nl', 'en'] as const) {
      for (const value of Object.values(UPDATE_STRINGS[lang])) expect(value.trim()).not.toBe('');
    }
    expect(UPDATE_STRINGS.nl.message).not.toBe(UPDATE_STRINGS.en.message);
  });
});

describe('when the service worker registers', () => {
  const root = () => document.documentElement;

  it('waits on the title screen, and registers once the stage is in', async () => {
    vi.useFakeTimers();
    root().dataset.screen = 'title';
    let settled = false;
    void whenSettled(root()).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FALLBACK_SETTLE_MS - 1000);
    expect(settled).toBe(false);
    root().dataset.stage = 'webgl';
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('registers a moment after the game screen when there is no stage', async () => {
    vi.useFakeTimers();
    let settled = false;
    void whenSettled(root()).then(() => (settled = true));
    root().dataset.screen = 'game';
    await vi.advanceTimersByTimeAsync(TEXT_ONLY_SETTLE_MS - 100);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(true);
  });

  it('registers anyway after a while on any screen', async () => {
    vi.useFakeTimers();
    root().dataset.screen = 'title';
    let settled = false;
    void whenSettled(root()).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FALLBACK_SETTLE_MS + 10);
    expect(settled).toBe(true);
  });
});
