// The size budgets (issue 7), checked against the build the browser tests play: from the
// build's module graph (tools/build/budgets.mjs, the same check as `npm run size`), and in
// Chromium, from what the page really requests. Timings are never asserted: the only
// clock here is the order of two events.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { probe } from '../../tools/bench/probe.mjs';
import { checkBudgets, FIRST_TEXT_JS_GZIP_BUDGET, KiB } from '../../tools/build/budgets.mjs';
import { launchChromium, newContext, watchErrors } from '../helpers/browser';

const builtUrl = inject('builtUrl');
const builtDir = inject('builtDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('size budgets', () => {
  const checked = checkBudgets(builtDir);

  it('reads a real loading plan: an entry, a story and the shell strings per language, Phaser apart', () => {
    expect(Object.keys(checked.build.storyKeys).sort()).toEqual(['en', 'nl']);
    expect(checked.build.phaserFile).toMatch(/phaser-.*\.js$/);
    for (const [lang, first] of Object.entries(checked.build.firstText)) {
      // The entry, the story and the shell's words of that language (and only that one).
      const names = first.files.map((f) => f.file);
      expect(names).toContainEqual(expect.stringMatching(new RegExp(`/story-${lang}-[^/]*\\.js$`)));
      expect(names).toContainEqual(expect.stringMatching(new RegExp(`/strings-${lang}-[^/]*\\.js$`)));
      expect(names.filter((n) => /\/strings-(nl|en)-/.test(n))).toHaveLength(1);
      expect(first.files.length).toBeGreaterThanOrEqual(3);
      expect(first.total.gzip).toBeGreaterThan(20_000);
    }
  });

  it(`keeps every budget: Phaser after the first text, at most ${KiB(FIRST_TEXT_JS_GZIP_BUDGET)} gzip of JS for it`, () => {
    const broken = checked.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail}`);
    expect(broken).toEqual([]);
  });

  it('asks for the title, the story and its engine in at most 6 requests, so none of them queues for an HTTP/1.1 connection', () => {
    const { build } = checked;
    const html = readFileSync(join(builtDir, 'index.html'), 'utf8');
    const sheets = html.match(/rel="stylesheet"/g) ?? [];
    // What the engine imports that the entry does not (the bundler's small runtime) may be a
    // seventh request, so it waits for a free connection: it comes last in index.html's hints,
    // after the story, the shell's words and the engine, and it is small.
    const extras = [...build.engineClosure]
      .filter((key) => key !== build.engineKey && !build.entryClosure.has(key))
      .map((key) => build.manifest[key]?.file ?? key);
    for (const first of Object.values(build.firstText)) {
      expect(first.files.length + sheets.length - extras.length).toBeLessThanOrEqual(6);
      for (const extra of extras) expect(first.files.find((f) => f.file === extra)?.gzip).toBeLessThan(1024);
    }
    const engineAt = html.indexOf(`./${build.manifest[build.engineKey]?.file}`);
    expect(engineAt).toBeGreaterThan(0);
    for (const extra of extras) expect(html.indexOf(`./${extra}`, engineAt)).toBeGreaterThan(engineAt);
  });

  it("starts the story's download from index.html, before the entry script", () => {
    const html = readFileSync(join(builtDir, 'index.html'), 'utf8');
    const hint = html.indexOf('modulepreload');
    expect(hint).toBeGreaterThan(0);
    expect(hint).toBeLessThan(html.indexOf('<script type="module"'));
    for (const keys of Object.values(checked.build.languageKeys)) {
      expect(keys).toHaveLength(2); // the story and the shell's words
      for (const key of keys) expect(html).toContain(`./${checked.build.manifest[key]?.file}`);
    }
    // And the engine that reads the story, which the entry does not import (it loads with the story).
    const engine = checked.build.manifest[checked.build.engineKey]?.file ?? '?';
    expect(html).toContain(`./${engine}`);
    expect(checked.build.entryClosure.has(checked.build.engineKey)).toBe(false);
  });

  it('puts the first text in the page in Chromium before Phaser is even requested', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    // The benchmark's probe: records when the first text enters the page, and starts a new
    // game the moment the title form appears. (Its paint is the next frame; on a busy
    // machine that frame can come after Phaser's request, so the order is taken at the DOM.)
    await context.addInitScript(probe, { autoStart: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${builtUrl}?lang=en`);
    await page.waitForFunction(
      () => (window as unknown as { __bench: { firstTextInDom: number | null } }).__bench.firstTextInDom !== null,
    );
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => /\/phaser-[^/]*\.js$/.test(r.name)),
    );
    const order = await page.evaluate(() => {
      const phaser = performance.getEntriesByType('resource').find((r) => /\/phaser-[^/]*\.js$/.test(r.name));
      const story = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
        /\/story-en-[^/]*\.js$/.test(r.name),
      );
      return {
        textInPage: (window as unknown as { __bench: { firstTextInDom: number } }).__bench.firstTextInDom,
        phaserRequested: phaser?.startTime ?? -1,
        storyLoaded: story?.responseEnd ?? -1,
      };
    });
    expect(order.storyLoaded).toBeGreaterThan(0);
    expect(order.storyLoaded).toBeLessThanOrEqual(order.textInPage);
    expect(order.phaserRequested).toBeGreaterThan(order.textInPage);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the build references only files it has', () => {
  /** Every file the build wrote, as paths relative to its folder ('assets/x.css'). */
  const built = new Set(
    readdirSync(builtDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/')),
  );

  it('finds every url() of every stylesheet in the build; no stylesheet declares a font', () => {
    const sheets = [...built].filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const sheet of sheets) {
      const css = readFileSync(join(builtDir, sheet), 'utf8');
      // The book face is added from script after the load (src/ui/book-face.ts), never here.
      expect(css, sheet).not.toMatch(/@font-face/);
      for (const [, raw = ''] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (/^(data:|#)/.test(raw)) continue;
        const target = new URL(raw, `http://build/${sheet}`).pathname.slice(1);
        if (!built.has(target)) missing.push(`${sheet} → ${raw}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("finds the book face's two files where its module points", () => {
    const chunk = [...built].find((f) => /^assets\/book-face-[^/]*\.js$/.test(f));
    expect(chunk).toBeDefined();
    const code = readFileSync(join(builtDir, chunk as string), 'utf8');
    const fonts = [...code.matchAll(/["'`]([^"'`]*literata-latin-400-(?:normal|italic)-[^"'`]*\.woff2)["'`]/g)].map(
      ([, raw = '']) => new URL(raw, `http://build/${chunk}`).pathname.slice(1),
    );
    expect(fonts).toHaveLength(2);
    for (const font of fonts) expect(built.has(font), font).toBe(true);
  });

  it('finds every local src and href of every page in the build', () => {
    const missing: string[] = [];
    for (const page of [...built].filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(builtDir, page), 'utf8');
      for (const [, raw = ''] of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) {
        if (/^([a-z]+:|#|\/\/)/i.test(raw)) continue;
        const target = new URL(raw, `http://build/${page}`).pathname.slice(1);
        if (!built.has(target)) missing.push(`${page} → ${raw}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('loads the title and the first text with the stage on: no failed request, no console error, the book face loaded', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    page.on('requestfailed', (request) => errors.push(`failed ${request.url()} ${request.failure()?.errorText}`));
    await page.goto(`${builtUrl}?lang=en`);
    await page.locator('input[name="partner-name"]').focus();
    await page.keyboard.type('Robin');
    await page.keyboard.press('Enter');
    await page.locator('.story-lines p').first().waitFor();
    // The book face is added once the page has loaded, then downloaded for the text that uses it.
    await page.waitForFunction(() => [...document.fonts].some((f) => f.family === 'Literata' && f.status === 'loaded'));
    const faces = await page.evaluate(() => [...document.fonts].map((f) => `${f.family} ${f.style} ${f.status}`));
    expect(faces).toContain('Literata normal loaded');
    // The favicon is a PNG: an SVG one is built into a document and drawn on the page's main
    // thread when Chromium fetches it (when loading stops, early in play: 30 ms at ×4).
    const icon = await page.evaluate(() => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      return { type: link?.type ?? '', href: link?.href ?? '' };
    });
    expect(icon.type).toBe('image/png');
    expect((await page.request.get(icon.href)).headers()['content-type']).toMatch(/^image\/png/);
    expect(faces.filter((f) => f.endsWith(' error'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the book face', () => {
  /** When the book face's module was asked for, against the page's own milestones (no clock). */
  const bookFaceTiming = () =>
    ({
      asked:
        performance.getEntriesByType('resource').find((r) => /\/book-face-[^/]*\.js$/.test(r.name))?.startTime ?? -1,
      contentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventEnd,
      loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
    }) as const;
  const faceLoaded = () => [...document.fonts].some((f) => f.family === 'Literata' && f.status === 'loaded');

  it('waits for the load on a first visit; on the next it is asked for at once, and the title shows in it', async () => {
    const context = await newContext(browser, { viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${builtUrl}?lang=nl`);
    await page.locator('[data-action="new-game"]').waitFor();
    await page.waitForFunction(faceLoaded);
    const first = await page.evaluate(bookFaceTiming);
    // The italic follows by itself, before any italic line asks for it: left to the first
    // one, its download began inside that choice's layout and its arrival laid it out again.
    await page.waitForFunction(() =>
      [...document.fonts].some((f) => f.family === 'Literata' && f.style === 'italic' && f.status === 'loaded'),
    );
    expect(await page.locator('.story-lines').count()).toBe(0); // still the title: no story line yet
    expect(first.loaded).toBeGreaterThan(0);
    expect(first.asked).toBeGreaterThanOrEqual(first.loaded);
    expect(await page.evaluate(() => localStorage.getItem('de-dans:book-face'))).toBe('1');

    await page.reload();
    await page.locator('[data-action="new-game"]').waitFor();
    await page.waitForFunction(faceLoaded);
    const next = await page.evaluate(bookFaceTiming);
    expect(next.asked).toBeGreaterThanOrEqual(0);
    expect(next.asked).toBeLessThan(next.contentLoaded);
    expect(await page.evaluate(() => document.fonts.check('1em Literata'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1') as Element).fontFamily)).toMatch(
      /^"?Literata/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves a slow line to the story: the book face, offline play and the title art are asked for once it is in', async () => {
    const context = await newContext(browser, { viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // A slow line: the story (some 55 kB) is still coming in well after the page's own script.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 60_000,
      uploadThroughput: 60_000,
    });
    await page.goto(`${builtUrl}?lang=nl`);
    await page.locator('[data-action="new-game"]').waitFor();
    await page.waitForFunction(faceLoaded, null, { timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /title-dance/.test(r.name)));
    const seen = await page.evaluate(() => {
      const entry = (pattern: RegExp) =>
        performance.getEntriesByType('resource').find((r) => pattern.test(r.name)) as
          | PerformanceResourceTiming
          | undefined;
      return {
        mainIn: entry(/\/main-[^/]*\.js$/)?.responseEnd ?? -1,
        storyIn: entry(/\/story-nl-[^/]*\.js$/)?.responseEnd ?? -1,
        bookFace: entry(/\/book-face-[^/]*\.js$/)?.startTime ?? -1,
        font: entry(/\/literata-latin-400-normal-[^/]*\.woff2$/)?.startTime ?? -1,
        offline: entry(/\/register-[^/]*\.js$/)?.startTime ?? -1,
        art: entry(/\/title-dance-[^/]*\.svg$/)?.startTime ?? -1,
        artShown: getComputedStyle(document.querySelector('.title-screen') as Element, '::before').backgroundImage,
      };
    });
    expect(seen.storyIn).toBeGreaterThan(seen.mainIn); // the line was slow enough to tell
    // Asked for at the load, the book face's download shared the line with the story.
    expect(seen.bookFace).toBeGreaterThanOrEqual(seen.storyIn);
    expect(seen.font).toBeGreaterThanOrEqual(seen.storyIn);
    expect(seen.offline).toBeGreaterThanOrEqual(seen.storyIn);
    // The title's art is decoration: its place is there from the first paint, the picture
    // is asked for once the story is in (inlined in the stylesheet, it was on the first
    // text's path), and it is shown.
    expect(seen.art).toBeGreaterThanOrEqual(seen.storyIn);
    expect(seen.artShown).toMatch(/title-dance-[^/]*\.svg/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never asks for the title art when the player starts before the line is free', async () => {
    const context = await newContext(browser, { viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
    // New game the instant the title's form is there (the benchmark's probe does it): on a
    // fast line with a slow CPU, the page's load and the story come in while the game starts.
    await context.addInitScript(probe, { autoStart: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${builtUrl}?lang=nl`);
    await page.locator('.story-choices button').first().waitFor({ timeout: 60_000 });
    // The book face waits for the same moment as the art would: once it is in, the line was free.
    await page.waitForFunction(faceLoaded, null, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const requested = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => /title-dance/.test(name)),
    );
    expect(requested).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
