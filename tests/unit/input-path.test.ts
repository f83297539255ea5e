// @vitest-environment happy-dom
// What runs inside the handler of a key that takes a choice: the text, the meters and focus,
// and nothing else. The stage, the sound and the autosave wait for the frame that paints the
// text (issue 15: each of them cost tens of ms on the input path). Timings are measured in
// `npm run bench`; this pins who is called when.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AudioPort } from '../../src/audio/audio-port';
import { DEFAULT_SETTINGS } from '../../src/persistence/settings';
import type { StageView } from '../../src/stage/stage-api';
import { applyToDocument } from '../../src/ui/apply-settings';
import { flashSaved } from '../../src/ui/autosave-sign';
import { LiveRegion } from '../../src/ui/live-region';
import {
  $,
  afterPaint,
  boot,
  choicesShown,
  createHarness,
  type Harness,
  paragraphs,
  press,
  pressChoice,
  startGame,
  teardown,
} from './ui-harness';

let t: Harness;
beforeEach(() => (t = createHarness()));
afterEach(() => teardown(t));

function recordingAudio(calls: string[]): AudioPort {
  return {
    playCue: (id) => calls.push(`cue ${id}`),
    setAmbience: (scene) => calls.push(`ambience ${scene}`),
    setHeartbeat: (bpm) => calls.push(`heartbeat ${bpm}`),
    setVolumes: () => {},
    setMuted: () => {},
    unlock: () => {},
    destroy: () => {},
  };
}

describe('the key that takes a choice', () => {
  it('does not call the stage, the sound or the save: they follow once the text is painted', async () => {
    const views: StageView[] = [];
    const audio: string[] = [];
    boot(t, {
      audio: recordingAudio(audio),
      loadStage: async (_parent, view) => {
        views.push(view);
        return { renderer: 'webgl', update: (v) => views.push(v), destroy: () => {} };
      },
    });
    await startGame(t);
    await afterPaint();
    await afterPaint();
    expect(views.length).toBeGreaterThan(0); // the stage is up
    await choicesShown(); // a choice can be taken only once it has been shown
    const autosave = t.store.get('de-dans:autosave');
    views.length = 0;
    audio.length = 0;

    press('1');
    expect(paragraphs(t.root)[0]).toBe('You cross the room in three steps.'); // the text is in at once
    expect(views).toEqual([]);
    expect(audio).toEqual([]);
    expect(t.store.get('de-dans:autosave')).toBe(autosave);

    await afterPaint();
    expect(views.at(-1)).toMatchObject({ scene: 'cafe' });
    expect(audio).toContain('ambience cafe');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the autosave waits for an idle moment (1 s at most)
    expect(t.store.get('de-dans:autosave')).not.toBe(autosave);
  });

  it('leaves focus on the text container, which is never replaced', async () => {
    boot(t);
    await startGame(t);
    const lines = $(t.root, '.story-lines');
    await pressChoice('1');
    expect(document.activeElement).toBe(lines);
    press('Backspace');
    await pressChoice('2');
    expect($(t.root, '.story-lines')).toBe(lines);
    expect(document.activeElement).toBe(lines);
  });

  it('moves focus back to the text before the new text goes in (a focus after it would lay the page out in the handler)', async () => {
    boot(t);
    await startGame(t);
    await choicesShown();
    const lines = $(t.root, '.story-lines');
    const before = paragraphs(t.root);
    const button = $<HTMLButtonElement>(t.root, '.story-choices .choice');
    button.focus(); // a tap or Tab put focus on a choice, which is about to be replaced
    const seen: (string | null)[][] = [];
    const focus = lines.focus.bind(lines);
    lines.focus = (options?: FocusOptions) => {
      seen.push(paragraphs(t.root));
      focus(options);
    };
    press('1', button);
    expect(seen).toEqual([before]);
    expect(document.activeElement).toBe(lines);
    expect(paragraphs(t.root)).not.toEqual(before);
  });
});

describe('what a choice tells besides its text', () => {
  it('leaves the page outside the text, the meters and the captions alone in the handler', async () => {
    boot(t);
    await startGame(t);
    await pressChoice('1'); // a step: it is said, so the next one changes what was said
    await choicesShown();
    await afterPaint();
    expect($(t.root, '[data-live]').textContent).not.toBe('');
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { attributes: true, childList: true, characterData: true, subtree: true });
    press('1');
    const outside = observer
      .takeRecords()
      .map((r) => (r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement))
      .filter((el) => !el?.closest('.story, .meters, .phase-title, .sound-caption'))
      .map((el) => el?.outerHTML.slice(0, 60));
    observer.disconnect();
    expect(outside).toEqual([]);
  });

  it('asks for one frame and one task after it, for everything that waits for the paint', async () => {
    const views: StageView[] = [];
    const audio: string[] = [];
    boot(t, {
      audio: recordingAudio(audio),
      loadStage: async () => ({ renderer: 'webgl', update: (v) => views.push(v), destroy: () => {} }),
    });
    await startGame(t);
    await afterPaint();
    await afterPaint();
    await choicesShown();
    const asked = window.requestAnimationFrame;
    let frames = 0;
    window.requestAnimationFrame = (callback) => {
      frames += 1;
      return asked(callback);
    };
    try {
      press('1'); // a step: it is said, the stage and the sound follow the text
    } finally {
      window.requestAnimationFrame = asked;
    }
    expect(frames).toBe(1);
    views.length = 0;
    await afterPaint();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(views).toHaveLength(1);
    expect($(t.root, '[data-live]').textContent).not.toBe('');
  });

  it('is said to screen readers once the frame is painted, in one write, and a repeat is heard again', async () => {
    const live = new LiveRegion();
    const writes: string[] = []; // what the region said at each write (a write's records come together)
    const observer = new MutationObserver(() => writes.push(live.element.textContent ?? ''));
    observer.observe(live.element, { childList: true, characterData: true, subtree: true });
    live.say('You step toward Sam.');
    live.say('You step away from Sam.');
    await Promise.resolve();
    expect(writes).toEqual([]); // nothing in the handler's frame
    await afterPaint();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).toEqual(['You step away from Sam.']);
    live.say('You step away from Sam.');
    await afterPaint();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).toHaveLength(2);
    expect(writes[1]?.trim()).toBe('You step away from Sam.');
    expect(writes[1]).not.toBe(writes[0]); // a change, so it is heard again
    observer.disconnect();
  });

  it('shows the autosave sign with one frame to come and one to go, however many saves follow', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    flashSaved(host, 'Saved');
    await afterPaint();
    const sign = $(host, '.autosave-sign');
    expect(sign.classList.contains('shown')).toBe(true);
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(host, { attributes: true, childList: true, characterData: true, subtree: true });
    flashSaved(host, 'Saved');
    await afterPaint();
    flashSaved(host, 'Saved');
    await afterPaint();
    expect(writes).toEqual([]); // still shown: it only stays longer
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sign.classList.contains('shown')).toBe(false);
    expect(writes.map((r) => r.attributeName)).toEqual(['class']);
    observer.disconnect();
  });
});

describe('the settings on <html>, applied with every beat', () => {
  it('write nothing when nothing changed (any write to its style restyles the whole page)', () => {
    const root = document.createElement('html');
    applyToDocument(DEFAULT_SETTINGS, false, root);
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(root, { attributes: true });
    applyToDocument(DEFAULT_SETTINGS, false, root);
    expect(observer.takeRecords()).toEqual([]);
    applyToDocument(DEFAULT_SETTINGS, true, root);
    expect(observer.takeRecords().map((r) => r.attributeName)).toEqual(['data-motion']);
    applyToDocument({ ...DEFAULT_SETTINGS, textSize: DEFAULT_SETTINGS.textSize + 10 }, true, root);
    expect(observer.takeRecords().map((r) => r.attributeName)).toEqual(['style']);
    observer.disconnect();
    expect(writes).toEqual([]);
  });
});

/** Attribute changes in `records` on elements that were in the page before them, as "tag.class attr". */
function changedElements(records: readonly MutationRecord[], before: ReadonlySet<Node>): string[] {
  return records
    .filter((r) => r.type === 'attributes' && before.has(r.target))
    .map((r) => {
      const el = r.target as Element;
      return `${el.tagName.toLowerCase()}.${el.classList[0] ?? ''} ${r.attributeName}`;
    });
}

describe('the elements a choice restyles', () => {
  it('are the new ones: of the elements already there, only marks that no style rule reads change', async () => {
    boot(t);
    await startGame(t);
    await choicesShown();
    const before = new Set<Node>(t.root.querySelectorAll('*'));
    const observer = new MutationObserver(() => {});
    observer.observe(t.root, { attributes: true, subtree: true });
    press('1');
    const atChoice = changedElements(observer.takeRecords(), before);
    // The reveal is one new curtain over the new text, not a mark on the story around it.
    expect(t.root.querySelectorAll('.story-lines .reveal-curtain')).toHaveLength(1);
    await choicesShown(); // the reveal runs to its own end
    const atEnd = changedElements(observer.takeRecords(), before);
    observer.disconnect();
    const marks = new Set(['section.story class', 'div.story-choices data-ready', 'p.reveal-cue hidden']);
    expect(atChoice.filter((c) => !marks.has(c) && !c.startsWith('meter.'))).toEqual([]);
    expect(atEnd.filter((c) => !marks.has(c))).toEqual([]);
    // The curtain, drawn back, is left where it is: the end touches nothing in the text.
    expect(t.root.querySelectorAll('.story-lines .reveal-curtain')).toHaveLength(1);
  });

  it('the marks are read by no style rule, so setting them restyles nothing', () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'ui', 'styles.css'), 'utf8').replace(
      /\/\*[\s\S]*?\*\//g,
      '',
    );
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((m) => (m[1] ?? '').trim());
    expect(selectors.length).toBeGreaterThan(50);
    expect(selectors.filter((s) => /\.revealing\b|\[data-ready\b/.test(s))).toEqual([]);
  });
});
