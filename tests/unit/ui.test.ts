// @vitest-environment happy-dom

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../common/language.js';
import type { AudioPort } from '../../src/audio/audio-port';
import { fingerprint } from '../../src/engine/words';
import { Watched } from '../../src/shared/watched';
import { type StageHandle, StageUnavailableError, type StageView } from '../../src/stage/stage-api';
import { App } from '../../src/ui/app';
import { loadAllStrings } from '../../src/ui/i18n';
import { StringBook } from '../../src/ui/string-book';
import { fixture } from '../helpers/fixtures';
import { MemoryStore } from '../helpers/memory-store';
import { choicesShown, chooseInstantText, pressChoice, storyContent, stringBookFor } from './ui-harness';

/** A choice taken, as a save keeps it in the path: the fingerprint of its words. */
const taken = (text: string) => `"${fingerprint(text)}"`;

const STRINGS = await loadAllStrings();

const story = fixture('engine');

let root: HTMLElement;
let store: MemoryStore;
const downloads: { name: string; text: string }[] = [];
let current: App | null = null;

function boot(
  lang: Lang = 'en',
  loadStage?: (parent: HTMLElement, view: StageView) => Promise<StageHandle>,
  audio?: AudioPort,
) {
  current?.destroy();
  const app = new App({
    loadStage,
    audio,
    root,
    storage: store,
    strings: stringBookFor(store, null, [lang]),
    loadStory: async () => story,
    browserLanguages: [lang],
    prefersReducedMotion: () => true,
    download: (name, text) => downloads.push({ name, text }),
  });
  current = app;
  app.showTitle();
  return app;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The autosave waits for the frame that paints the new text. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const $ = <T extends Element = HTMLElement>(selector: string) => {
  const el = root.querySelector<T & Element>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el as T;
};
const paragraphs = () => [...root.querySelectorAll('.story-lines p.line')].map((p) => p.textContent);
const choiceButtons = () => [...root.querySelectorAll<HTMLButtonElement>('.story-choices button')];
const press = (key: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

async function startGame() {
  $<HTMLFormElement>('form.title-form').requestSubmit();
  await tick();
  await tick();
}

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
  store = new MemoryStore();
  // Instant text: these tests are about what the shell does with each beat, not the reveal
  // (tests/unit/input-path.test.ts has it), which at the normal pace takes a second or more.
  chooseInstantText(store);
  downloads.length = 0;
});
afterEach(() => {
  current?.destroy();
  current = null;
  document.body.innerHTML = '';
});

describe('title screen', () => {
  it('is a labelled form with a content note, in the browser language', () => {
    boot('en');
    expect($('h1').textContent).toBe('De dans');
    expect(document.documentElement.dataset.lang).toBe('en');
    expect(document.documentElement.dataset.screen).toBe('title');
    expect($('.content-note').textContent).toMatch(/infidelity/);
    const name = $<HTMLInputElement>('input[name="partner-name"]');
    expect(root.querySelector(`label[for="${name.id}"]`)?.textContent).toMatch(/name/i);
    expect(root.querySelectorAll('input[name="partner-pronoun"]')).toHaveLength(2);
    expect(root.querySelector('[data-action="continue"]')).toBeNull();
  });

  it('switches language in place, once that language has arrived', async () => {
    boot('en');
    const select = $<HTMLSelectElement>('select[name="lang"]');
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect($('.content-note h2').textContent).toBe('Voordat je begint'));
    expect(document.documentElement.lang).toBe('nl');
    expect($<HTMLSelectElement>('select[name="lang"]').value).toBe('nl');
  });

  it('a language that cannot be downloaded: a message, and the title stays as it was', async () => {
    current?.destroy();
    const strings = new StringBook({ lang: 'en', strings: STRINGS.en }, () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    current = new App({ root, storage: store, strings, loadStory: async () => story, browserLanguages: ['en'] });
    current.showTitle();
    const select = $<HTMLSelectElement>('select[name="lang"]');
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(root.querySelector('.notice')?.textContent).toMatch(/Dutch could not be loaded/));
    expect($('.content-note h2').textContent).toBe('Before you begin');
    expect(document.documentElement.lang).toBe('en');
    expect($<HTMLSelectElement>('select[name="lang"]').value).toBe('en');
    // A new game in that language does not start half-translated either.
    await current.newGame({ lang: 'nl', partnerName: 'Sam', partnerPronoun: 'he' });
    expect(document.documentElement.dataset.screen).toBe('title');
  });
});

describe('playing', () => {
  it('shows lines as paragraphs and choices as buttons, with the chosen name', async () => {
    boot();
    $<HTMLInputElement>('input[name="partner-name"]').value = 'Noa';
    $<HTMLInputElement>('input[value="she"]').checked = true;
    await startGame();
    expect(document.documentElement.dataset.screen).toBe('game');
    expect(document.documentElement.dataset.scene).toBe('party');
    expect(document.documentElement.dataset.phase).toBe('1');
    expect(paragraphs()[0]).toBe('The music is loud, Noa is near.');
    expect(paragraphs()[1]).toMatch(/^\[The crowd swells\] She looks at you\.$/);
    expect(choiceButtons().map((b) => b.textContent)).toEqual(['1Rush over', '2Turn to the bar', '3Breathe first']);
    expect($('[aria-live]')).toBeTruthy();
    expect($('meter[aria-label="Pursuing"]').getAttribute('value')).toBe('0');
  });

  it('takes a choice with a number key and moves focus to the new text', async () => {
    boot();
    await startGame();
    await pressChoice('1');
    expect(paragraphs()).toEqual(['You cross the room in three steps.', 'The café is warm.']);
    // Focus rests on the text's container, which holds the new text (and is never replaced).
    expect(document.activeElement).toBe($('.story-lines'));
    expect(document.activeElement?.textContent).toContain('You cross the room in three steps.');
    expect($('.echo').textContent).toContain('Rush over');
    expect(document.documentElement.dataset.scene).toBe('cafe');
    expect($('meter[aria-label="Pursuing"]').getAttribute('value')).toBe('7');
  });

  it('shows a locked choice with its reason for screen readers, and does not take it', async () => {
    boot();
    await startGame();
    await pressChoice('1');
    const locked = choiceButtons()[1]!;
    expect(locked.getAttribute('aria-disabled')).toBe('true');
    expect(locked.querySelector('s')?.textContent).toBe('Say what you need');
    const reason = document.getElementById(locked.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toBe('Out of reach: The pull is too strong to stand still.');
    locked.click();
    await pressChoice('2');
    expect(paragraphs()).toEqual(['You cross the room in three steps.', 'The café is warm.']);
  });

  it('clicks a choice, rewinds with Backspace, and autosaves after each', async () => {
    boot();
    await startGame();
    await choicesShown();
    const atStart = store.get('de-dans:autosave');
    choiceButtons()[2]!.click();
    expect(paragraphs()[0]).toBe('You let the song finish.');
    // Not in the same task as the new text: the save waits until that text is painted.
    expect(store.get('de-dans:autosave')).toBe(atStart);
    await afterPaint();
    const saved = store.get('de-dans:autosave');
    expect(saved).toContain(taken('Breathe first')); // the path taken, in the save
    press('Backspace');
    expect(paragraphs()[0]).toBe('The music is loud, Sam is near.');
    await afterPaint();
    expect(store.get('de-dans:autosave')).not.toBe(saved);
  });

  it('saves at once when the page is hidden or left right after a choice: nothing is lost', async () => {
    boot();
    await startGame();
    await choicesShown();
    choiceButtons()[2]!.click();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.get('de-dans:autosave')).toContain(taken('Breathe first'));
    press('Backspace');
    window.dispatchEvent(new Event('pagehide'));
    expect(store.get('de-dans:autosave')).not.toContain(taken('Breathe first'));
    await choicesShown();
    choiceButtons()[2]!.click();
    current!.destroy(); // the way to workshop mode, or a test's end
    expect(store.get('de-dans:autosave')).toContain(taken('Breathe first'));
  });

  it('lets buttons keep Enter and Space for themselves', async () => {
    boot();
    await startGame();
    const second = choiceButtons()[1]!;
    second.focus();
    press('Enter', second); // the button's own activation is the browser's job, not ours
    expect(paragraphs()[0]).toBe('The music is loud, Sam is near.');
  });

  it('opens the menu on Esc as a modal dialog', async () => {
    boot();
    await startGame();
    press('Escape');
    await vi.waitFor(() => $('dialog')); // the menu is loaded when first opened
    const dialog = $('dialog');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect([...dialog.querySelectorAll('button')].map((b) => b.dataset.action)).toEqual([
      'resume',
      'save',
      'load',
      'export',
      'import',
      'history',
      'rewind',
      'settings',
      'about',
      'title',
    ]);
    (dialog.querySelector('[data-action="export"]') as HTMLButtonElement).click();
    await tick();
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(downloads[0]!.text).game).toBe('de-dans');
  });

  it('shows everything read, with the choices, in the history', async () => {
    boot();
    await startGame();
    await pressChoice('1');
    press('Escape');
    await vi.waitFor(() => $('dialog [data-action="history"]'));
    (root.querySelector('dialog [data-action="history"]') as HTMLButtonElement).click();
    await tick();
    const items = [...root.querySelectorAll('dialog .history li')].map((li) => li.textContent);
    expect(items).toEqual([
      'The music is loud, Sam is near.',
      'He looks at you.',
      'You chose: Rush over',
      'You cross the room in three steps.',
      'The café is warm.',
    ]);
  });

  it('shows the ending with a summary, help and a way to begin again', async () => {
    boot();
    await startGame();
    await pressChoice('3');
    await pressChoice('2');
    await pressChoice('1');
    expect(document.documentElement.dataset.ending).toBe('step-out');
    expect(root.querySelector('.ending')).toBeNull(); // the end card waits for the last text
    await choicesShown();
    await vi.waitFor(() => $('.ending h2'));
    expect($('.ending h2').textContent).toMatch(/Stepping out of the dance/);
    // Help, once, on the card: a titled section whose places are real links.
    expect(root.querySelectorAll('[data-help]')).toHaveLength(1);
    const help = $('.ending section[data-help]');
    expect(document.getElementById(help.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'If it touches something in you',
    );
    expect([...help.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['tel:116123', 'tel:988', 'https://findahelpline.com']),
    );
    $<HTMLButtonElement>('[data-action="play-again"]').click();
    await tick();
    expect(paragraphs()[0]).toBe('The music is loud, Sam is near.');
  }, 20_000);
});

describe('saves in the browser', () => {
  it('continues exactly where the player was', async () => {
    boot();
    await startGame();
    await pressChoice('2');
    const before = storyContent(root);
    boot();
    expect($('[data-action="continue"]')).toBeTruthy();
    $<HTMLButtonElement>('[data-action="continue"]').click();
    await tick();
    await tick();
    expect(storyContent(root)).toBe(before);
    expect(document.documentElement.dataset.scene).toBe('cafe');
  });

  it('explains a damaged autosave, sets it aside and keeps it', async () => {
    store.set('de-dans:autosave', '{"game":"de-dans","format":1,"broken":');
    boot();
    $<HTMLButtonElement>('[data-action="continue"]').click();
    await tick();
    await tick();
    expect($('[role="alert"]').textContent).toMatch(/damaged.*set aside/);
    expect(store.get('de-dans:autosave')).toBeNull();
    const aside = store.keys().find((k) => k.startsWith('de-dans:set-aside:'));
    expect(store.get(aside!)).toBe('{"game":"de-dans","format":1,"broken":');
    expect(root.querySelector('[data-action="continue"]')).toBeNull();
  });

  it('keeps playing and says so when storage is full', async () => {
    boot();
    store.fail = { ok: false, problem: 'full' };
    await startGame();
    await afterPaint();
    expect($('[role="alert"]').textContent).toMatch(/storage is full/);
    await pressChoice('1');
    expect(paragraphs()[0]).toBe('You cross the room in three steps.');
    await afterPaint();
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1); // said once, not at every choice
  });

  it('asks before a new game replaces a saved one', async () => {
    boot();
    await startGame();
    await pressChoice('2');
    await afterPaint();
    const saved = store.get('de-dans:autosave');
    expect(saved).not.toBeNull();
    boot();
    await startGame();
    const dialog = $('dialog');
    expect(dialog.textContent).toMatch(/replaces it/);
    (dialog.querySelector('[data-action="cancel"]') as HTMLButtonElement).click();
    await tick();
    expect(store.get('de-dans:autosave')).toBe(saved);
    expect(document.documentElement.dataset.screen).toBe('title');
  });
});

describe('the stage', () => {
  it('is asked for only after the first text is on screen, and follows every beat', async () => {
    const views: StageView[] = [];
    let textWhenAsked = '';
    boot('en', async (parent, view) => {
      textWhenAsked = root.querySelector('.story-lines')?.textContent ?? '';
      views.push(view);
      parent.append(document.createElement('canvas'));
      return { renderer: 'webgl', update: (v) => views.push(v), destroy: () => parent.replaceChildren() };
    });
    await startGame();
    await afterPaint();
    await afterPaint();
    expect(textWhenAsked).toContain('The music is loud');
    expect(document.documentElement.dataset.stage).toBe('webgl');
    await pressChoice('2');
    await afterPaint(); // the stage follows the text once it is painted
    expect(views.at(-1)).toMatchObject({ scene: 'cafe', lastStep: 'withdraw', partnerDistance: 2, stepCount: 1 });
  });

  it('without WebGL, says so once and the story stays playable as text', async () => {
    boot('en', async () => {
      throw new StageUnavailableError('no WebGL');
    });
    await startGame();
    await afterPaint();
    await afterPaint();
    expect(document.documentElement.dataset.stage).toBe('text-only');
    expect(root.querySelectorAll('.notice').length).toBe(1);
    expect($('.notice').textContent).toMatch(/no WebGL/);
    await pressChoice('1');
    expect(paragraphs()[0]).toBe('You cross the room in three steps.');
    expect(root.querySelectorAll('.notice').length).toBe(1);
  });

  it('text only asked for: said before the first text is painted, with no message; a stage that loads is no longer text only', async () => {
    boot('en'); // no stage to load (?stage=off)
    await startGame();
    expect(document.documentElement.dataset.stage).toBe('text-only'); // before any frame: no box held for it
    await afterPaint();
    expect(root.querySelectorAll('.notice').length).toBe(0);
    // A game whose stage does load forgets the last game's outcome while it loads.
    store.remove('de-dans:autosave'); // no question before the new game
    let loaded: () => void = () => {};
    boot('en', (parent) => {
      return new Promise<StageHandle>((resolve) => {
        loaded = () => resolve({ renderer: 'webgl', update: () => {}, destroy: () => parent.replaceChildren() });
      });
    });
    await startGame();
    expect(document.documentElement.dataset.stage).toBeUndefined();
    await afterPaint();
    await afterPaint();
    loaded();
    await tick();
    expect(document.documentElement.dataset.stage).toBe('webgl');
  });
});

describe('sound', () => {
  it('follows the story: unlock on the first gesture, ambience per place, cues per line, heartbeat per pull', async () => {
    const calls: string[] = [];
    const audio: AudioPort = {
      playCue: (id) => calls.push(`cue ${id}`),
      setAmbience: (scene) => calls.push(`ambience ${scene}`),
      setHeartbeat: (bpm) => calls.push(`heartbeat ${bpm}`),
      setVolumes: () => calls.push('volumes'),
      setMuted: (muted) => calls.push(`muted ${muted}`),
      unlock: () => calls.push('unlock'),
      destroy: () => calls.push('destroy'),
    };
    boot('en', undefined, audio);
    await startGame();
    await afterPaint(); // sound follows the text once it is painted
    // the saved volumes and mute first, silence on the title (twice: title, then the old
    // game's teardown), then the party
    expect(calls).toEqual([
      'volumes',
      'muted false',
      'ambience null',
      'heartbeat 0',
      'ambience null',
      'heartbeat 0',
      'ambience party',
      'heartbeat 0',
      'cue crowd',
    ]);
    expect($('.sound-caption').textContent).toMatch(/^\[.+\]$/);
    calls.length = 0;
    await choicesShown();
    press('1'); // the first key is also the gesture that unlocks sound
    expect(calls).toEqual(['unlock']); // nothing else inside the key handler
    await afterPaint();
    expect(calls).toEqual(['unlock', 'ambience cafe', 'heartbeat 94']); // pursue 7
    expect($('.sound-caption').textContent).toMatch(/heart/i);
    calls.length = 0;
    $<HTMLButtonElement>('.header-buttons button[aria-pressed]').click();
    expect(calls).toEqual(['volumes', 'muted true']);
    expect($('.header-buttons button[aria-pressed]').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('what the shell tells its page', () => {
  it('keeps the page language current, and says when the game screen and the stage are in', async () => {
    current?.destroy();
    const language = new Watched<Lang>('nl');
    const heard: Lang[] = [];
    language.subscribe((lang) => heard.push(lang));
    const settling = { stageSettled: vi.fn(), gameShown: vi.fn() };
    current = new App({
      root,
      storage: store,
      strings: stringBookFor(store, null, ['en']),
      loadStory: async () => story,
      browserLanguages: ['en'],
      prefersReducedMotion: () => true,
      loadStage: async () => {
        throw new StageUnavailableError('no WebGL');
      },
      language,
      settling,
    });
    current.showTitle();
    expect(language.value).toBe('en');
    const select = $<HTMLSelectElement>('select[name="lang"]');
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(language.value).toBe('nl'));
    expect(heard).toEqual(['en', 'nl']);
    expect(settling.gameShown).not.toHaveBeenCalled();
    await startGame();
    await afterPaint();
    await afterPaint();
    expect(settling.gameShown).toHaveBeenCalledTimes(1);
    expect(settling.stageSettled).toHaveBeenCalledTimes(1);
  });
});
