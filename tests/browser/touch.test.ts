// Touch-first play on a 412×915 phone (a touch context: hasTouch, isMobile, taps — never the
// mouse), and the fixes that go with it: the stage stays in view while reading and
// choosing, a tap finishes the reveal and takes nothing, no choice is taken before it has
// been shown, held or repeated keys take one choice, Space/Enter after the menu do what the
// hint says, the ending's chart in both languages with its words, the endings found, axe on
// the phone layout (mid-reveal too), New game in view on a laptop, and the typeface in
// the size budget.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { nl } from '../../src/ui/strings/nl';
import { INSTANT_TEXT, launchChromium, newContext, watchErrors } from '../helpers/browser';
import { holdClock, releaseClock, stepUntil, whileHeld } from './support/clock';
import { moment, settled, startByKeyboard, step } from './support/play';

const url = inject('builtUrl');
const builtDir = inject('builtDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE: BrowserContextOptions = {
  viewport: { width: 412, height: 915 },
  hasTouch: true,
  isMobile: true,
  serviceWorkers: 'block',
};
/** The most choices any run needs to reach an ending (the story has about 55). */
const MAX_CHOICES = 120;

/** The page says its choices have been shown and may be taken. */
const choicesReady = (page: Page) =>
  page.locator('.story-choices[data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
/**
 * The first beat shown whole at once, as a player does with a tap on the text: the tests
 * that use this are about later beats, and the first one's reveal at their pace takes seconds.
 */
/** A still page: the autosave's sign, fading in and out after a save, has come and gone. */
async function still(page: Page): Promise<void> {
  await settled(page);
  await page.waitForFunction(
    () =>
      !document.querySelector('.autosave-sign.shown') &&
      document.getAnimations().every((a) => a.playState !== 'running'),
  );
}
async function tapThroughFirstBeat(page: Page): Promise<void> {
  await page.locator('.story-lines p').first().waitFor();
  await page.locator('.story-lines').tap();
  await choicesReady(page);
}
const storyText = (page: Page) => page.evaluate(() => document.querySelector('.story-lines')?.textContent ?? '');
/** Choices taken so far, from the autosave (written once the new text is painted). */
const choicesTaken = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('de-dans:autosave') ?? 'null') as { state: { trail: unknown[] } } | null)?.state
        .trail.length ?? 0,
  );

/** Share of the stage's canvas inside the viewport (0…1). */
function canvasInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.stage canvas');
    if (!canvas) return 0;
    const r = canvas.getBoundingClientRect();
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    return (h * w) / (r.height * r.width || 1);
  });
}

/** Tap the first choice that can be taken, as a finger does, and wait for the next text. */
async function tapFirstOpenChoice(page: Page): Promise<void> {
  await choicesReady(page);
  const before = await storyText(page);
  await page.locator('.story-choices .choice:not([aria-disabled="true"])').first().tap();
  await page.waitForFunction((b) => (document.querySelector('.story-lines')?.textContent ?? '') !== b, before);
}

/**
 * Watch every tap and key in the story: whether the choices were ready and fully shown at
 * that moment, and whether that event moved the story on.
 */
async function watchTakes(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Take = { kind: string; ready: boolean; shown: boolean; advanced: boolean; repeat: boolean };
    const log: Take[] = [];
    (window as unknown as { __takes: Take[] }).__takes = log;
    // Which beat is shown: the echo of the choice taken and the beat's first line. Not the
    // whole text: a reveal cut short before the rest of its beat went in adds lines to it.
    const text = () =>
      ['.echo', '.line'].map((s) => document.querySelector(`.story-lines ${s}`)?.textContent ?? '').join('\n');
    const state = () => {
      const choices = document.querySelector<HTMLElement>('.story-choices');
      // Nothing moving in the story (its reveal is the curtain over the new text).
      const still = (document.querySelector('.story')?.getAnimations({ subtree: true }) ?? []).every(
        (a) => a.playState !== 'running',
      );
      const shown =
        !!choices &&
        !document.querySelector('.story.revealing') &&
        still &&
        getComputedStyle(choices).clipPath === 'none' &&
        getComputedStyle(choices).opacity === '1';
      return { ready: !!choices?.hasAttribute('data-ready'), shown };
    };
    const watch = (type: 'click' | 'keydown', kind: (e: Event) => string | null) => {
      // Read when the event starts (a choice's button is gone once it has been taken).
      let before: { kind: string; text: string; ready: boolean; shown: boolean; repeat: boolean } | null = null;
      document.addEventListener(
        type,
        (e) => {
          const k = kind(e);
          before = k ? { kind: k, text: text(), repeat: e instanceof KeyboardEvent && e.repeat, ...state() } : null;
        },
        { capture: true },
      );
      window.addEventListener(type, () => {
        if (!before) return;
        log.push({
          kind: before.kind,
          ready: before.ready,
          shown: before.shown,
          repeat: before.repeat,
          advanced: text() !== before.text,
        });
        before = null;
      });
    };
    watch('click', (e) => ((e.target as Element | null)?.closest?.('.story') ? 'tap' : null));
    watch('keydown', (e) => (/^[1-9]$/.test((e as KeyboardEvent).key) ? 'key' : null));
  });
}

type Take = { kind: string; ready: boolean; shown: boolean; advanced: boolean; repeat: boolean };
const takes = (page: Page) => page.evaluate(() => (window as unknown as { __takes: Take[] }).__takes);

describe('on a phone (412×915, touch)', () => {
  it('keeps the stage at least half in view after each of the first ten choices, taken by tapping', async () => {
    const context = await newContext(browser, PHONE, INSTANT_TEXT);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=en`);
    await page.locator('[data-action="new-game"]').tap();
    await page.locator('.story-lines p').first().waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.stage !== undefined, null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.stage)).toBe('webgl');
    // The first text starts in view, under the pinned stage and strip, not behind them.
    const start = await page.evaluate(() => ({
      scrolled: window.scrollY,
      firstLine: document.querySelector('.story-lines p')!.getBoundingClientRect().top,
      stripFoot: document.querySelector('.hud')!.getBoundingClientRect().bottom,
    }));
    expect(start.scrolled).toBe(0);
    expect(start.firstLine).toBeGreaterThanOrEqual(start.stripFoot - 1);
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      await tapFirstOpenChoice(page);
      await choicesReady(page);
      seen.push(await canvasInView(page));
      // The choices too are reachable below the pinned stage.
      await page.locator('.story-choices .choice').first().scrollIntoViewIfNeeded();
      seen.push(await canvasInView(page));
    }
    expect(seen.filter((share) => share < 0.5)).toEqual([]);
    expect(await choicesTaken(page)).toBe(10);
    // History numbers of two and three digits keep their first digit: the list leaves room.
    await page.locator('[data-action="menu"]').tap();
    await page.locator('dialog[open] [data-action="history"]').tap();
    const room = await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('dialog[open] .history')!;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = getComputedStyle(list).font;
      return {
        padding: parseFloat(getComputedStyle(list).paddingLeft),
        number: ctx.measureText('100. ').width,
        items: list.children.length,
      };
    });
    expect(room.items).toBeGreaterThan(10);
    expect(room.padding).toBeGreaterThan(room.number);
    // Quit to the title from a page scrolled down: the title opens at its top, though it is
    // taller than the screen (it would keep the game's offset).
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.locator('[data-action="menu"]').tap();
    await page.locator('dialog[open] [data-action="title"]').tap();
    await page.locator('.title-screen').waitFor();
    expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight > innerHeight])).toEqual([
      0,
      true,
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes the veil with a tap on its label on the new-game screen, and remembers it', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${url}?lang=nl&stage=off`);
    const veil = page.locator('.title-form input[name="veil"]');
    await page.locator('.title-form label', { hasText: 'Ontrouw buiten beeld vertellen' }).tap();
    expect(await veil.isChecked()).toBe(true);
    await page.reload();
    await veil.waitFor();
    expect(await veil.isChecked()).toBe(true);
    await context.close();
  });

  it('finishes the reveal on a tap anywhere in the text, with a cue, and takes no choice with it', async () => {
    const context = await newContext(browser, PHONE, { textSpeed: 'slow' });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${url}?lang=nl&stage=off`);
    await page.locator('[data-action="new-game"]').tap();
    await tapThroughFirstBeat(page);
    await settled(page);
    const taken = await choicesTaken(page);
    // The new beat reveals slowly; the clock is held so it is still revealing when the finger comes.
    await holdClock(page);
    await page.locator('.story-choices .choice:not([aria-disabled="true"])').first().tap();
    // The tap's frame holds the echo, the curtain and the beat's first line; the rest of the
    // beat goes in under the curtain once that frame is painted (story-view.ts).
    const inAtTheTap = await page.evaluate(() =>
      ['.story-lines > *', '.story-choices > *'].map((s) =>
        [...document.querySelectorAll(s)].map((el) => el.className.split(' ')[0]),
      ),
    );
    expect(inAtTheTap).toEqual([['echo', 'reveal-curtain', 'line'], []]);
    await stepUntil(page, () => !!document.querySelector('.story.revealing .story-choices .choice'));
    expect(await page.locator('.reveal-cue').isVisible()).toBe(true);
    // One animation for the whole beat, whatever its length: the curtain's.
    const moving = await page.evaluate(() =>
      (document.querySelector('.story')?.getAnimations({ subtree: true }) ?? []).map(
        (a) => ((a.effect as KeyframeEffect | null)?.target as Element | null)?.className,
      ),
    );
    expect(moving).toEqual(['reveal-curtain']);
    // …and it moves in small steps for as long as the text takes (styles.css): a glide at
    // about twelve steps a second, not a new composited frame at every display frame.
    const pace = await page.evaluate(() => {
      const curtain = document.querySelector<HTMLElement>('.reveal-curtain')!;
      const effect = curtain.getAnimations()[0]!.effect as KeyframeEffect;
      return {
        ms: Number(curtain.style.getPropertyValue('--reveal-ms')),
        duration: Number(effect.getComputedTiming().duration),
        easing: effect.getKeyframes()[0]!.easing,
      };
    });
    expect(pace.duration).toBe(pace.ms);
    expect(pace.easing).toMatch(/^steps\(\d+(, end)?\)$/);
    const perSecond = Number(/\d+/.exec(pace.easing)![0]) / (pace.ms / 1000);
    expect(perSecond).toBeGreaterThan(10);
    expect(perSecond).toBeLessThan(15);
    // …and it really covers what is still to come: the choices lie under it.
    const covered = await page.evaluate(() => {
      const curtain = document.querySelector('.reveal-curtain')!.getBoundingClientRect();
      const choices = document.querySelector('.story-choices')!.getBoundingClientRect();
      return curtain.top <= choices.top && curtain.bottom >= choices.bottom - 1 && choices.height > 0;
    });
    expect(covered).toBe(true);
    // The curtain begins at the echo's foot and nothing is lifted above it: an element painted
    // over a running transform animation that overlaps it gets a compositing layer of its own,
    // made and rasterised anew for every choice.
    const echo = await page.evaluate(() => {
      const echo = document.querySelector('.story .echo')!;
      return {
        curtainTop: document.querySelector('.reveal-curtain')!.getBoundingClientRect().top,
        echoBottom: echo.getBoundingClientRect().bottom,
        position: getComputedStyle(echo).position,
      };
    });
    expect(echo.curtainTop).toBeGreaterThanOrEqual(echo.echoBottom - 1);
    expect(echo.position).toBe('static');
    expect(await page.locator('.story-lines p.line').count()).toBeGreaterThan(1);
    await watchTakes(page);
    // A finger on the place where the first choice will appear, while it is still hidden.
    const box = (await page.locator('.story-choices .choice').first().boundingBox())!;
    const before = await storyText(page);
    await page.touchscreen.tap(box.x + box.width / 2, Math.min(box.y + box.height / 2, 900));
    await stepUntil(page, () => !document.querySelector('.story.revealing'));
    const log = await takes(page);
    expect(log.length).toBeGreaterThan(0);
    expect(log[0]).toMatchObject({ kind: 'tap', ready: false, advanced: false });
    expect(await storyText(page)).toBe(before);
    expect(await page.locator('.reveal-cue').isVisible()).toBe(false);
    await releaseClock(page);
    await choicesReady(page);
    await settled(page);
    // One choice taken: the first tap's, not the one that finished the reveal.
    expect(await choicesTaken(page)).toBe(taken + 1);
    await context.close();
  });

  it('never takes a choice before its button is fully shown, however fast the taps and keys come', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${url}?lang=en&stage=off`);
    await page.locator('[data-action="new-game"]').tap();
    await tapThroughFirstBeat(page);
    await watchTakes(page);
    const box = (await page.locator('.story-choices .choice').first().boundingBox())!;
    // Taps and number keys, as fast as they come, over several beats and their reveals.
    for (let i = 0; i < 24; i++) {
      await page.touchscreen.tap(box.x + box.width / 2, Math.min(box.y + box.height / 2, 900));
      await page.keyboard.press('1');
    }
    // The click of the last tap may come after its touch: the page still before reading.
    await settled(page);
    await choicesReady(page);
    await settled(page);
    const log = await takes(page);
    const advanced = log.filter((t) => t.advanced);
    expect(advanced.length).toBeGreaterThan(0);
    // Every choice taken was taken from buttons fully shown and ready; nothing else moved on.
    expect(advanced.filter((t) => !t.ready || !t.shown)).toEqual([]);
    expect(log.filter((t) => !t.ready).length).toBeGreaterThan(0); // some did land too early
    expect(await choicesTaken(page)).toBe(advanced.length);
    await context.close();
  });

  it('takes one choice for a held or repeated key', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${url}?lang=en&stage=off`);
    await page.locator('[data-action="new-game"]').tap();
    await tapThroughFirstBeat(page);
    await watchTakes(page);
    // Held: the first press and its repeats.
    await page.keyboard.down('1');
    await page.keyboard.down('1');
    await page.keyboard.down('1');
    await page.keyboard.up('1');
    await choicesReady(page);
    let log = await takes(page);
    expect(log.filter((t) => t.repeat).length).toBe(2);
    expect(log.filter((t) => t.repeat && t.advanced)).toEqual([]);
    expect(await choicesTaken(page)).toBe(1);
    // 1, 1, 2 in a row: the first takes a choice, the others land on text not yet shown.
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await choicesReady(page);
    log = await takes(page);
    expect(log.filter((t) => t.advanced && (!t.ready || !t.shown))).toEqual([]);
    expect(await choicesTaken(page)).toBe(log.filter((t) => t.advanced).length);
    expect(await choicesTaken(page)).toBeLessThan(4);
    await context.close();
  });

  it('has no serious or critical axe violation on the phone layout, mid-reveal included', async () => {
    const context = await newContext(browser, PHONE, { textSpeed: 'slow' });
    const page = await context.newPage();
    const audit = async () =>
      (await new AxeBuilder({ page }).setLegacyMode(true).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
    await page.clock.install();
    await page.goto(`${url}?lang=nl`);
    await page.locator('[data-action="new-game"]').waitFor();
    expect(await audit()).toEqual([]);
    await page.locator('[data-action="new-game"]').tap();
    await tapThroughFirstBeat(page);
    // The first beat's autosave sign has come and gone: holding the clock would otherwise
    // end its showing and start its fade just as the audit below looks (the sign is checked
    // at rest, at the end).
    await still(page);
    // The reveal is held while the audit runs: it cannot end before the audit has seen it.
    await holdClock(page);
    const before = await storyText(page);
    await page.locator('.story-choices .choice:not([aria-disabled="true"])').first().tap();
    await stepUntil(page, () => !!document.querySelector('.story.revealing'));
    expect(await storyText(page)).not.toBe(before);
    // Mid-reveal: lines uncovered, half uncovered and still covered, all in full colour.
    const midReveal = await whileHeld(page, audit);
    expect(await page.evaluate(() => !!document.querySelector('.story.revealing'))).toBe(true);
    expect(midReveal).toEqual([]);
    await releaseClock(page);
    await page.locator('.story-lines').tap();
    await choicesReady(page);
    await still(page);
    expect(await audit()).toEqual([]);
    await context.close();
  });
});

describe('keys after the menu', () => {
  it('Space and Enter do what the hint says once the menu is closed, not open it again', async () => {
    const context = await newContext(
      browser,
      { viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' },
      { textSpeed: 'slow' },
    );
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${url}?lang=en&stage=off`);
    await startByKeyboard(page);
    await page.keyboard.press('Space'); // the first beat at once, as the hint says
    await choicesReady(page);
    // Held, so the text is still revealing when Space comes, however long the menu takes.
    await holdClock(page);
    await page.keyboard.press('1');
    await stepUntil(page, () => !!document.querySelector('.story.revealing'));
    // By key: Esc opens, Esc closes; Space then shows the text at once.
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? null),
    ).toBeNull();
    expect(await page.evaluate(() => !!document.querySelector('.story.revealing'))).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => !!document.querySelector('.story.revealing'))).toBe(false);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await releaseClock(page);
    // By the Menu button and Resume: Enter then goes to the choices, as the hint says.
    await page.locator('[data-action="menu"]').click();
    await page.locator('dialog[open] [data-action="resume"]').click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('choice') ?? false)).toBe(true);
    await context.close();
  });
});

describe('your dance at the end', () => {
  it('shows the chart with its words in both languages, saves it as an image, and lists the endings found', async () => {
    const context = await newContext(
      browser,
      {
        viewport: { width: 1280, height: 900 },
        serviceWorkers: 'block',
        reducedMotion: 'reduce',
        acceptDownloads: true,
      },
      INSTANT_TEXT,
    );
    const page = await context.newPage();
    const errors = watchErrors(page);
    const runs = [
      {
        lang: 'en',
        kinds: ['ground'],
        ending: 'step-out',
        title: 'Your dance',
        summary: /^Your dance over \d+ choices\. .*End of phase 5: .*Boundaries held: \d+\./,
      },
      {
        lang: 'nl',
        kinds: ['withdraw'],
        ending: 'closed-heart',
        title: 'Jouw dans',
        summary: /^Jouw dans in \d+ keuzes\. .*Na fase 5: .*Grenzen die standhielden: \d+\./,
      },
    ] as const;
    for (const run of runs) {
      // The ended game is finished with: the next starts at once (no "replace the saved game?").
      if (run !== runs[0]) await page.evaluate(() => localStorage.removeItem('de-dans:autosave'));
      await page.goto(`${url}?lang=${run.lang}&stage=off`);
      await startByKeyboard(page);
      for (let i = 0, now = await moment(page, run.kinds); !now.ending; i++) {
        if (i > MAX_CHOICES) throw new Error(`no ending after ${MAX_CHOICES} choices`);
        now = await step(page, now, run.kinds);
      }
      expect(await page.evaluate(() => document.documentElement.dataset.ending)).toBe(run.ending);
      const chart = page.locator('.ending svg.dance-chart');
      await chart.waitFor();
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toBe(run.title);
      const summaryId = (await chart.getAttribute('aria-describedby'))!;
      expect(await page.locator(`[id="${summaryId}"]`).textContent()).toMatch(run.summary);
      expect(await page.locator('.ending [data-help]').count()).toBe(1);
      expect(await page.locator('[data-help]').count()).toBe(1);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-action="save-dance"]').click(),
      ]);
      const bytes = await download.createReadStream().then(async (stream) => {
        const parts: Buffer[] = [];
        for await (const part of stream) parts.push(part as Buffer);
        return Buffer.concat(parts);
      });
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      await page.locator('[data-action="to-title"]').click();
      await page.locator('.title-screen').waitFor();
    }
    // The title is in Dutch now (the last run's language): the two endings reached, by name.
    await page.locator('.endings-found').waitFor(); // the list loads after the title is drawn
    // Under the pursuer's side: both runs played it.
    const pursuer = page.locator('.endings-found [data-side="pursuer"]');
    expect(await pursuer.locator('li.ending-found').allTextContents()).toEqual([
      nl.endingNames['closed-heart'],
      nl.endingNames['step-out'],
    ]);
    expect(await pursuer.locator('li.ending-unfound').count()).toBe(2);
    const kept = await page.evaluate(
      () => JSON.parse(localStorage.getItem('de-dans:preferences') ?? '{}').memory?.pursuer?.endings,
    );
    expect(kept).toEqual(['closed-heart', 'step-out']);
    expect(errors).toEqual([]);
    await context.close();
  }, 900_000);
});

describe('on a laptop (1366×768) and in the build', () => {
  it('has New game in view on the title screen, in both languages', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const lang of ['nl', 'en']) {
      await page.goto(`${url}?lang=${lang}`);
      const box = await page.locator('[data-action="new-game"]').boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    }
    await context.close();
  });

  it('says quietly that offline play is off when service workers are blocked, without an error', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${String(e)}`));
    // Offline play is set up once the first screen has settled, and a title screen nobody
    // leaves counts as settled 12 s after the load (src/pwa/when-settled.ts): jumped over.
    await page.clock.install();
    await page.goto(`${url}?lang=en&stage=off`);
    await page.locator('[data-action="new-game"]').waitFor();
    await page.clock.fastForward(12_000);
    await expect
      .poll(() => messages.some((m) => /service workers are blocked/.test(m)), { timeout: 30_000 })
      .toBe(true);
    expect(messages.filter((m) => /waiting|^error|pageerror/.test(m))).toEqual([]);
    await context.close();
  });

  // The JS budgets themselves are checked once, in size.test.ts.
  it('serves the book face in the budget: two woff2 files', async () => {
    const assets = readdirSync(join(builtDir, 'assets'));
    const fonts = assets.filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(fonts.filter((f) => f.endsWith('.woff2') && f.startsWith('literata-'))).toHaveLength(2);
    expect(fonts.filter((f) => !f.endsWith('.woff2'))).toEqual([]);
    const bytes = fonts.reduce((n, f) => n + statSync(join(builtDir, 'assets', f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(48 * 1024);
    const context = await browser.newContext({ ...PHONE });
    const page = await context.newPage();
    await page.goto(`${url}?lang=nl`);
    await page.locator('h1').waitFor();
    // Added once the page has loaded (src/ui/book-face.ts), then downloaded for the title.
    await page.waitForFunction(() => [...document.fonts].some((f) => f.family === 'Literata' && f.status === 'loaded'));
    expect(await page.evaluate(() => document.fonts.check('1em Literata'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).toMatch(/^Literata/);
    await context.close();
  });
});
