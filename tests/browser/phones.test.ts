// Phones in the room, in real Chromium: the workshop server serving the production build,
// one projector page and two phone pages (separate browsers, as separate phones are). The
// phones join — one by the QR code's link, one by typing the code — vote, change a vote,
// see the result once the projector reveals it and the choice once it commits; one asks
// for a pause, anonymously.
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startRoomServer, type RunningRoomServer } from '../../server/room-server.js';
import { launchChromium, watchErrors } from '../helpers/browser';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HARNESS = 'tests/browser/fixtures/projector-harness.html';

let browser: Browser;
let server: RunningRoomServer;
let served: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // The game's production build, plus the small projector harness built beside it.
  served = mkdtempSync(join(tmpdir(), 'de-dans-phones-'));
  cpSync(inject('builtDir'), served, { recursive: true });
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'warn',
    build: { outDir: join(served, 'harness'), emptyOutDir: true, target: 'es2022', rolldownOptions: { input: resolve(ROOT, HARNESS) } },
  });
  server = await startRoomServer({ host: '127.0.0.1', port: 0, staticDir: served });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (served) rmSync(served, { recursive: true, force: true });
});

/** A phone: its own browser context (its own storage), a phone-sized screen, touch. */
async function openPhone(options: { reducedMotion?: 'reduce' } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  contexts.push(context);
  return context.newPage();
}

/** The line under a phone's options saying what was counted. */
const status = (page: Page, text: string) => page.locator('.phone-status', { hasText: text });

/** The option buttons on a phone, by their text. */
const option = (page: Page, text: string) => page.getByRole('button', { name: new RegExp(text) });

describe('phones in the room', () => {
  it('two phones join, vote, change a vote, see the reveal and the commit; a pause reaches the projector anonymously', async () => {
    const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    contexts.push(projectorContext);
    const projector = await projectorContext.newPage();
    const errors = watchErrors(projector);
    await projector.goto(`${server.url}harness/${HARNESS}`);

    // The projector shows how to join: a QR code that loads, the address and the code.
    const panel = projector.locator('.room-join');
    await panel.getByText(server.code).waitFor();
    await expect.poll(() => panel.locator('img.room-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const joinUrl = (await panel.locator('img.room-qr').getAttribute('alt'))!.replace(/^.* /, '');
    expect(joinUrl).toBe(`${server.url}phone.html?room=${server.code}`);
    expect(await panel.locator('.room-address').textContent()).toBe(`127.0.0.1:${server.port}/phone`);

    // Phone A comes by the QR code's link; phone B types the code (wrong first).
    const a = await openPhone();
    const b = await openPhone({ reducedMotion: 'reduce' });
    const phoneErrors = [watchErrors(a), watchErrors(b)];
    await a.goto(joinUrl);
    await a.getByText('Je doet mee. Wacht op de volgende keuze.').waitFor();
    await b.goto(`${server.url}phone`);
    const code = b.getByLabel('Code van het scherm');
    await code.fill('ZZZZZ1');
    await b.getByRole('button', { name: 'Meedoen' }).click();
    await b.getByRole('alert').getByText('Die code klopt niet. Kijk nog eens op het scherm.').waitFor();
    await code.fill(server.code.toLowerCase());
    await code.press('Enter');
    await b.getByText('Je doet mee. Wacht op de volgende keuze.').waitFor();
    await panel.getByText('2 telefoons verbonden').waitFor();

    // The projector opens a vote: both phones show it as buttons, the locked one marked.
    await projector.click('[data-action="open"]');
    for (const phone of [a, b]) {
      await phone.getByRole('heading', { name: 'Wat doe je?' }).waitFor();
      expect(await phone.locator('.phone-option').count()).toBe(3);
    }
    await a.getByText('Kan nu niet in het verhaal — stemmen mag wel.').waitFor();

    // A votes "Wacht tot morgen"; B first "Bel haar op", then changes to "Wacht tot morgen".
    await option(a, 'Wacht tot morgen').click();
    await status(a, 'Geteld: Wacht tot morgen.').waitFor();
    expect(await option(a, 'Wacht tot morgen').getAttribute('aria-pressed')).toBe('true');
    await option(b, 'Bel haar op').tap();
    await status(b, 'Geteld: Bel haar op.').waitFor();
    await option(b, 'Wacht tot morgen').tap();
    await status(b, 'Geteld: Wacht tot morgen.').waitFor();
    expect(await option(b, 'Bel haar op').getAttribute('aria-pressed')).toBe('false');
    await panel.getByText('2 van 2 hebben gestemd').waitFor();
    // Nothing about what was voted is on the projector yet.
    expect(await projector.textContent('#result')).toBe('hidden');

    // The phone page is accessible and fits a 360×640 screen.
    const axe = await new AxeBuilder({ page: b }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(await b.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Reveal: the projector gets the counts from the server, the phones see them too.
    await projector.click('[data-action="reveal"]');
    await expect.poll(() => projector.textContent('#result')).toBe('counts 0,2,0 · winner');
    for (const phone of [a, b]) {
      await phone.getByRole('heading', { name: 'De stemmen zijn binnen' }).waitFor();
      await option(phone, 'Wacht tot morgen').getByText('2 stemmen').waitFor();
      expect(await option(phone, 'Bel haar op').getAttribute('aria-disabled')).toBe('true');
    }
    // Voting has closed: a late tap (on a button marked aria-disabled) changes nothing.
    await option(b, 'Bel haar op').tap({ force: true });
    expect(await option(b, 'Wacht tot morgen').getAttribute('aria-pressed')).toBe('true');

    // Commit: the room's choice reaches every phone.
    await projector.click('[data-action="commit"]');
    await projector.getByText('committed 1 by room').waitFor();
    for (const phone of [a, b]) await phone.getByRole('heading', { name: 'Gekozen: Wacht tot morgen' }).waitFor();

    // The X-card: B asks for a pause; the projector hears that someone did, not who.
    await b.getByRole('button', { name: 'Pauze' }).tap();
    await b.locator('.phone-xcard-note', { hasText: 'De begeleider weet het. Niemand weet dat jij het was.' }).waitFor();
    await projector.locator('#log li', { hasText: 'pause' }).waitFor();
    await a.getByText('Het spel staat even stil.').waitFor();
    expect(await b.getByRole('button', { name: 'Pauze' }).getAttribute('aria-disabled')).toBe('true');
    await projector.click('[data-action="resume"]');
    await expect.poll(() => a.getByText('Het spel staat even stil.').count()).toBe(0);

    // The phones follow the room's language.
    await projector.click('[data-action="english"]');
    await a.getByRole('heading', { name: 'Chosen: Wacht tot morgen' }).waitFor();
    expect(await a.evaluate(() => document.documentElement.lang)).toBe('en');

    // A phone that reloads (a phone waking up) is the same phone, with its vote.
    await projector.click('[data-action="open"]');
    await option(a, 'Bel haar op').click();
    await status(a, 'Counted: Bel haar op.').waitFor();
    await a.reload();
    await a.getByRole('heading', { name: 'What do you do?' }).waitFor();
    expect(await option(a, 'Bel haar op').getAttribute('aria-pressed')).toBe('true');
    expect(server.room.participants.size).toBe(2);

    expect(errors).toEqual([]);
    expect(phoneErrors.flat()).toEqual([]);
    for (const context of contexts.splice(0)) await context.close();
  });
});
