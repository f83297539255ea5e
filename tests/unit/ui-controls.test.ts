// @vitest-environment happy-dom
// The player's controls in the DOM: settings that apply at once and survive a reload
// (or fall back to defaults when damaged), save slots with their overwrite question and
// full-storage message, loading from the title screen, saves from another story build,
// and switching language in the middle of a game.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SilentAudio } from '../../src/audio/audio-port';
import { encodeSave, StoryEngine } from '../../src/engine';
import { decodeSave } from '../../src/engine/save-decode';
import { fingerprint } from '../../src/engine/words';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY } from '../../src/persistence/settings';
import type { StageView } from '../../src/stage/stage-api';
import {
  $,
  afterPaint,
  boot,
  choicesShown,
  chooseInstantText,
  clickInDialog,
  createHarness,
  type Harness,
  paragraphs,
  press,
  pressChoice,
  settle,
  startGame,
  stories,
  storyContent,
  teardown,
} from './ui-harness';

/** A choice taken, as a save keeps it in the path: the fingerprint of its words. */
const taken = (text: string) => `"${fingerprint(text)}"`;

let t: Harness;
beforeEach(() => {
  t = createHarness();
});
afterEach(() => teardown(t));

const html = () => document.documentElement;
const dialog = () => $(t.root, 'dialog[open]');
const control = <T extends HTMLElement = HTMLInputElement>(name: string) =>
  $<T>(t.root, `dialog[open] [name="${name}"]`);
const labelOf = (el: HTMLElement) =>
  el.id ? t.root.querySelector(`label[for="${el.id}"]`)?.textContent : el.closest('label')?.textContent;
function slide(name: string, value: number) {
  const input = control(name);
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function pick(name: string, value: string) {
  const el = control<HTMLSelectElement>(name);
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
function choose(name: string, value: string) {
  const radio = $<HTMLInputElement>(t.root, `dialog[open] input[name="${name}"][value="${value}"]`);
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
}
function tick(name: string, checked: boolean) {
  const el = control(name);
  el.checked = checked;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

async function openMenuItem(action: string) {
  press('Escape');
  await settle();
  await clickInDialog(t.root, action);
}

describe('settings', () => {
  it('open from the title screen as a form of labelled controls', async () => {
    boot(t);
    $<HTMLButtonElement>(t.root, '[data-action="settings"]').click();
    await settle();
    const names = [...dialog().querySelectorAll<HTMLInputElement>('input, select')].map((el) => el.name);
    expect(names).toEqual([
      'text-size',
      'line-spacing',
      'font',
      'font',
      'font',
      'font',
      'high-contrast',
      'text-speed',
      'skip-read',
      'motion',
      'motion',
      'motion',
      'muted',
      'volume-master',
      'volume-ambience',
      'volume-cues',
      'volume-heartbeat',
      'captions',
      'veil',
      'lang',
    ]);
    for (const el of dialog().querySelectorAll<HTMLElement>('input, select'))
      expect(labelOf(el), (el as HTMLInputElement).name).toBeTruthy();
    expect(document.activeElement).toBe(control('text-size'));
    expect(control('text-size').max).toBe('200');
  });

  it('apply at once, and come back after a reload', async () => {
    const audio = new SilentAudio();
    boot(t, { audio });
    $<HTMLButtonElement>(t.root, '[data-action="settings"]').click();
    await settle();
    slide('text-size', 200);
    expect(html().style.getPropertyValue('--text-scale')).toBe('2');
    pick('line-spacing', '2.2');
    expect(html().style.getPropertyValue('--line-height')).toBe('2.2');
    choose('font', 'readable');
    expect(html().dataset.font).toBe('readable');
    tick('high-contrast', true);
    expect(html().dataset.contrast).toBe('high');
    tick('captions', false);
    expect(html().dataset.captions).toBe('off');
    choose('motion', 'full');
    expect(html().dataset.motion).toBe('full');
    slide('volume-master', 50);
    slide('volume-heartbeat', 0);
    expect(audio.volumes).toEqual({ master: 0.5, ambience: 0.7, cues: 0.9, heartbeat: 0 });
    tick('muted', true);
    expect(audio.muted).toBe(true);

    // a reload: a new App on the same storage, with a fresh page
    for (const key of Object.keys(html().dataset)) delete html().dataset[key];
    html().removeAttribute('style');
    const again = new SilentAudio();
    boot(t, { audio: again });
    expect(html().style.getPropertyValue('--text-scale')).toBe('2');
    expect(html().dataset).toMatchObject({ font: 'readable', contrast: 'high', captions: 'off', motion: 'full' });
    expect(again.volumes.master).toBe(0.5);
    expect(again.muted).toBe(true);
    expect(readSettings(t.store)).toMatchObject({ textSize: 200, lineSpacing: 2.2, highContrast: true });
  });

  it('fall back to the defaults when what is stored is damaged, without a crash or a word', () => {
    t.store.set(SETTINGS_KEY, '{"textSize": "huge", "font": ');
    boot(t);
    expect($(t.root, 'h1').textContent).toBe('De dans');
    expect(html().style.getPropertyValue('--text-scale')).toBe('1');
    expect(html().dataset.font).toBe(DEFAULT_SETTINGS.font);
    expect(t.root.querySelectorAll('.notice')).toHaveLength(0);
  });

  it('follow the device for motion until the player chooses, and the stage is told', async () => {
    const views: StageView[] = [];
    boot(t, {
      loadStage: async (_parent, view) => {
        views.push(view);
        return { renderer: 'webgl', update: (v) => views.push(v), destroy: () => {} };
      },
    });
    expect(html().dataset.motion).toBe('reduce');
    await startGame(t);
    await afterPaint();
    await afterPaint();
    expect(views.at(-1)?.reducedMotion).toBe(true);
    await openMenuItem('settings');
    expect(control('motion').closest('label')?.textContent).toMatch(/now: reduced motion/);
    expect(control('motion').checked).toBe(true); // the first, "as your device says", is the default
    choose('motion', 'full');
    expect(html().dataset.motion).toBe('full');
    expect(views.at(-1)?.reducedMotion).toBe(false);
  });

  it('set the text speed: lines come one by one, or all at once when instant', async () => {
    boot(t);
    await startGame(t);
    await pressChoice('1');
    expect($(t.root, '.story').classList.contains('revealing')).toBe(true);
    expect($(t.root, '.story-lines .reveal-curtain').style.getPropertyValue('--reveal-ms')).not.toBe('0ms');
    press('Backspace');
    await openMenuItem('settings');
    pick('text-speed', 'instant');
    await clickInDialog(t.root, 'close');
    await pressChoice('1');
    expect($(t.root, '.story').classList.contains('revealing')).toBe(false);
    expect(t.root.querySelector('.reveal-curtain')).toBeNull();
  });

  it('still apply when they cannot be kept, and say so once', async () => {
    boot(t);
    t.store.fail = { ok: false, problem: 'full' };
    $<HTMLButtonElement>(t.root, '[data-action="settings"]').click();
    await settle();
    slide('text-size', 150);
    slide('text-size', 160);
    expect(html().style.getPropertyValue('--text-scale')).toBe('1.6');
    expect(t.root.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect($(t.root, '[role="alert"]').textContent).toMatch(/could not be kept/);
  });

  it('the veil: chosen on the title screen, remembered after a reload, given to the next new game', async () => {
    boot(t);
    const box = () => $<HTMLInputElement>(t.root, '.title-form input[name="veil"]');
    expect(box().checked).toBe(false);
    expect(labelOf(box())).toBe('Tell the infidelity off-screen');
    expect(document.getElementById(box().getAttribute('aria-describedby')!)?.textContent).toMatch(
      /behind closed doors/,
    );
    box().checked = true;
    box().dispatchEvent(new Event('change', { bubbles: true }));
    expect(readSettings(t.store).veilInfidelity).toBe(true);

    boot(t); // a reload
    expect(box().checked).toBe(true);
    await startGame(t);
    await choicesShown();
    window.dispatchEvent(new Event('pagehide')); // the page goes: the autosave is written now
    expect(decodeSave(t.store.get('de-dans:autosave')!).state.settings.veilInfidelity).toBe(true);
  });

  it('the veil in Settings: the title screen shows the change once Settings close, and a reset keeps it', async () => {
    boot(t);
    $<HTMLButtonElement>(t.root, '[data-action="settings"]').click();
    await settle();
    expect(labelOf(control('veil'))).toBe('Tell the infidelity off-screen');
    tick('veil', true);
    expect(readSettings(t.store).veilInfidelity).toBe(true);
    await clickInDialog(t.root, 'reset-settings');
    expect(control('veil').checked).toBe(true);
    expect(readSettings(t.store)).toEqual({ ...DEFAULT_SETTINGS, veilInfidelity: true });
    await clickInDialog(t.root, 'close');
    expect($<HTMLInputElement>(t.root, '.title-form input[name="veil"]').checked).toBe(true);
  });

  it('mute from the header is remembered too', async () => {
    boot(t);
    await startGame(t);
    $<HTMLButtonElement>(t.root, '[data-action="mute"]').click();
    expect(readSettings(t.store).muted).toBe(true);
    expect($(t.root, '[data-action="mute"]').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('changing language', () => {
  // About what is kept and carried over, not the reveal: the player's instant text.
  beforeEach(() => chooseInstantText(t.store));
  it('on the title screen keeps the name typed so far', async () => {
    boot(t);
    $<HTMLInputElement>(t.root, 'input[name="partner-name"]').value = 'Noa';
    $<HTMLButtonElement>(t.root, '[data-action="settings"]').click();
    await settle();
    pick('lang', 'nl');
    await settle();
    expect(html().lang).toBe('nl');
    expect(dialog().querySelector('h2')?.textContent).toBe('Instellingen');
    expect($<HTMLInputElement>(t.root, 'input[name="partner-name"]').value).toBe('Noa');
  });

  it('in a game walks the same path again in the other language, in the same place', async () => {
    boot(t);
    await startGame(t);
    await pressChoice('3');
    expect(paragraphs(t.root)).toEqual(['You let the song finish.', 'The café is warm.']);
    await openMenuItem('settings');
    pick('lang', 'nl');
    await settle();
    await clickInDialog(t.root, 'close');
    expect(paragraphs(t.root)).toEqual(['Je laat het nummer uitspelen.', 'Het café is warm.']);
    expect(html().lang).toBe('nl');
    expect($(t.root, '[data-action="menu"]').textContent).toBe('Menu');
    expect($(t.root, '.phase-title').textContent).toMatch(/^Fase 1/);
    // the history and the rewind came along
    press('Backspace');
    expect(paragraphs(t.root)[0]).toBe('De muziek is hard, Sam is dichtbij.');
  });

  it('is refused with a clear message when the other story differs, and the game stays as it was', async () => {
    boot(t, { loadStory: async (lang) => (lang === 'nl' ? shortStory() : stories.en) });
    await startGame(t);
    await pressChoice('3');
    await openMenuItem('settings');
    pick('lang', 'nl');
    await settle();
    expect(t.root.querySelector('[role="alert"]')?.textContent).toMatch(
      /kon op dit punt niet van taal wisselen.*Engels/,
    );
    await clickInDialog(t.root, 'close');
    expect(paragraphs(t.root)).toEqual(['You let the song finish.', 'The café is warm.']);
    expect($(t.root, '[data-action="menu"]').textContent).toBe('Menu');
    expect($(t.root, '.phase-title').textContent).toMatch(/^Phase 1/);
  });
});

/** A different story: its third opening choice is another kind of step, so the path differs. */
function shortStory() {
  const json = stories.nl.json.replace(
    '"^Eerst ademhalen ","#","^step: ground"',
    '"^Eerst ademhalen ","#","^step: withdraw"',
  );
  if (json === stories.nl.json) throw new Error('the fixture changed: update shortStory()');
  return { json, hash: 'other' };
}

describe('save slots', () => {
  // About what is kept and carried over, not the reveal: the player's instant text.
  beforeEach(() => chooseInstantText(t.store));
  async function saveInto(slot: number) {
    await openMenuItem('save');
    await clickInDialog(t.root, `slot-${slot}`);
  }

  it('save into a slot, listed with the phase, the place in the player’s language and the date', async () => {
    boot(t);
    await startGame(t);
    await pressChoice('1');
    await openMenuItem('save');
    const slots = [...dialog().querySelectorAll<HTMLButtonElement>('button')].map((b) => b.textContent);
    expect(slots).toEqual(['Slot 1Empty', 'Slot 2Empty', 'Slot 3Empty', 'Cancel']);
    await clickInDialog(t.root, 'slot-2');
    expect(t.root.querySelector('.notice')?.textContent).toMatch(/Saved in slot 2/);
    await openMenuItem('load');
    const slot2 = $(t.root, 'dialog[open] [data-action="load-2"]');
    expect(slot2.textContent).toMatch(/^Slot 2Phase 1 · the café · saved \d/);
    expect($<HTMLButtonElement>(t.root, 'dialog[open] [data-action="load-1"]').disabled).toBe(true);
    expect($(t.root, 'dialog[open] [data-action="load-autosave"]').textContent).toMatch(/^AutosavePhase 1 · the café/);
    await clickInDialog(t.root, 'cancel');

    // in Dutch the same save reads in Dutch
    boot(t);
    const lang = $<HTMLSelectElement>(t.root, 'select[name="lang"]');
    lang.value = 'nl';
    lang.dispatchEvent(new Event('change'));
    // The Dutch words are fetched first (their own chunk), then the title is drawn again.
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    $<HTMLButtonElement>(t.root, '[data-action="load"]').click();
    await settle();
    expect($(t.root, 'dialog[open] [data-action="load-2"]').textContent).toMatch(/^Plek 2Fase 1 · het café · bewaard/);
  });

  it('ask before saving over a slot, and keep it when the answer is no', async () => {
    boot(t);
    await startGame(t);
    await saveInto(1);
    const first = t.store.get('de-dans:slot:1');
    await pressChoice('2');
    await saveInto(1);
    expect(dialog().textContent).toMatch(
      /Slot 1 already holds a game \(Phase 1 · the party · saved .+\)\. Save over it\?/,
    );
    await clickInDialog(t.root, 'cancel');
    expect(t.store.get('de-dans:slot:1')).toBe(first);
    await saveInto(1);
    await clickInDialog(t.root, 'overwrite');
    expect(t.store.get('de-dans:slot:1')).not.toBe(first);
    expect(t.store.get('de-dans:slot:1')).toContain(taken('Turn to the bar')); // the path taken
  });

  it('say so when the storage is full, and lose nothing', async () => {
    boot(t);
    await startGame(t);
    await saveInto(3);
    const kept = t.store.get('de-dans:slot:3');
    await pressChoice('1');
    t.store.fail = { ok: false, problem: 'full' };
    await saveInto(3);
    await clickInDialog(t.root, 'overwrite');
    const alerts = [...t.root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts[0]).toMatch(
      /Not saved: the browser’s storage is full\. Whatever this slot held is still there\. Export/,
    );
    expect(t.store.get('de-dans:slot:3')).toBe(kept);
    expect(paragraphs(t.root)[0]).toBe('You cross the room in three steps.'); // still playing
  });

  it('load from the title screen, after asking whether to replace the game in progress', async () => {
    boot(t);
    expect(t.root.querySelector('[data-action="load"]')).toBeNull(); // nothing saved yet
    await startGame(t);
    await pressChoice('3');
    const slotted = storyContent(t.root);
    await saveInto(1);
    press('Backspace');
    await pressChoice('2');
    boot(t);
    $<HTMLButtonElement>(t.root, '[data-action="load"]').click();
    await settle();
    await clickInDialog(t.root, 'load-1');
    expect(dialog().textContent).toMatch(/Loading replaces the game you are playing now/);
    await clickInDialog(t.root, 'export');
    expect(t.downloads).toHaveLength(1);
    expect(t.downloads[0]!.text).toContain(taken('Turn to the bar'));
    expect(html().dataset.screen).toBe('game');
    expect(storyContent(t.root)).toBe(slotted);
    expect(t.store.get('de-dans:autosave')).toContain(taken('Breathe first'));
  });

  it('a save from another build of the story is replayed onto this one', async () => {
    const old = new StoryEngine(stories.en.json, { partnerName: 'Sam', partnerPronoun: 'he', veilInfidelity: false });
    old.start();
    old.choose(2);
    t.store.set('de-dans:slot:2', encodeSave(old.snapshot(), { storyHash: 'an-older-build', lang: 'en' }));
    boot(t);
    $<HTMLButtonElement>(t.root, '[data-action="load"]').click();
    await settle();
    await clickInDialog(t.root, 'load-2');
    expect(paragraphs(t.root)).toEqual(['You let the song finish.', 'The café is warm.']);
    expect($(t.root, '.notice').textContent).toMatch(/updated since you saved; your place was found again/);
  });

  it('a save whose path no longer exists is declined with a clear message and kept', async () => {
    const old = new StoryEngine(stories.en.json.replace('Breathe first', 'Breathe'), {
      partnerName: 'Sam',
      partnerPronoun: 'he',
      veilInfidelity: false,
    });
    old.start();
    old.choose(2);
    const text = encodeSave(old.snapshot(), { storyHash: 'an-older-build', lang: 'en' });
    t.store.set('de-dans:slot:1', text);
    boot(t);
    $<HTMLButtonElement>(t.root, '[data-action="load"]').click();
    await settle();
    await clickInDialog(t.root, 'load-1');
    expect($(t.root, '[role="alert"]').textContent).toMatch(
      /earlier version of the story, and its path no longer exists/,
    );
    expect(html().dataset.screen).toBe('title');
    expect(t.store.get('de-dans:slot:1')).toBe(text);
  });

  it('a damaged slot is listed as damaged and can be saved over', async () => {
    t.store.set('de-dans:slot:3', '{"game":"de-dans","format":1,"oops"');
    boot(t);
    await startGame(t);
    await openMenuItem('save');
    expect($(t.root, 'dialog[open] [data-action="slot-3"]').textContent).toBe('Slot 3Damaged, cannot be loaded');
    await clickInDialog(t.root, 'slot-3');
    await clickInDialog(t.root, 'overwrite');
    expect(t.store.get('de-dans:slot:3')).toContain('"game":"de-dans"');
  });
});
