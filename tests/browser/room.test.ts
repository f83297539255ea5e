// The facilitator's room in real Chromium, as a workshop runs it: the workshop server
// serving the build; on the laptop a presenter window and a projector window (the room's
// view, with the stage on WebGL); three phones, each its own browser. Through the lobby
// (join code, QR code, count), a vote with a live count and an auto-commit when the timer
// runs out, a reload of the projector that comes back on the same vote, a reload of the
// presenter that does too, a removed phone, the whole first phase on the stage with the
// figures following every committed vote, and the end reaching the phones. axe checks the
// lobby, the presenter, the room's view and a phone at 1280×720 and 360×740.

import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningRoomServer, startRoomServer } from '../../server/room-server.js';
import { launchChromium, watchErrors } from '../helpers/browser';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-artifacts', 'room');
const WIDE = { width: 1280, height: 720 };
const NARROW = { width: 360, height: 740 };
let browser: Browser;
let server: RunningRoomServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startRoomServer({ host: '127.0.0.1', port: 0, staticDir: inject('builtDir') });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** axe's serious and critical findings on a page, at both sizes (0 allowed); screenshots kept. */
async function auditBothSizes(page: Page, name: string, back: { width: number; height: number }): Promise<string[]> {
  const found: string[] = [];
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
    const results = await new AxeBuilder({ page }).analyze();
    for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      found.push(...v.nodes.map((n) => `${name} ${size.width}: ${v.id} at ${n.target.join(' ')}`));
    }
  }
  await page.setViewportSize(back);
  return found;
}

async function openPhone(): Promise<Page> {
  const context = await browser.newContext({ viewport: NARROW, isMobile: true, hasTouch: true, locale: 'en-GB' });
  contexts.push(context);
  return context.newPage();
}

const html = (page: Page, key: string) => page.evaluate((k) => document.documentElement.dataset[k] ?? '', key);

/** Read on (Space) until the presenter shows a vote: its options' texts, the open ones first. */
async function nextVote(presenter: Page): Promise<string[]> {
  for (let guard = 0; guard < 60; guard++) {
    const screen = await html(presenter, 'ws');
    if (screen === 'vote') {
      const rows = await presenter.$$eval('.ws-vote .ws-option', (all) =>
        all.map((r) => ({
          text: r.querySelector('.ws-option-text')?.textContent ?? '',
          locked: r.classList.contains('ws-option-locked'),
        })),
      );
      return [...rows.filter((r) => !r.locked), ...rows.filter((r) => r.locked)].map((r) => r.text);
    }
    if (screen === 'pause') return [];
    await presenter.keyboard.press('Space');
  }
  throw new Error('no vote came');
}

/** The room's view, as the projector announces it. */
const audience = (projector: Page) =>
  projector.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.ws-audience');
    return {
      screen: el?.dataset.screen ?? '',
      steps: Number(el?.dataset.stageSteps ?? -1),
      options: [...document.querySelectorAll('.ws-aud-option .ws-option-text')].map((o) => o.textContent ?? ''),
      live: document.querySelector('.ws-aud-live')?.textContent ?? '',
    };
  });

/** Every phone taps the option with this text. */
async function allVote(phones: Page[], text: string): Promise<void> {
  for (const phone of phones) {
    const button = phone.locator('.phone-option', { hasText: text }).first();
    await button.waitFor();
    await button.tap();
  }
}

describe('the facilitator’s room', () => {
  it('presenter, projector and three phones: lobby, live count, auto-commit, reloads, a removed phone, the stage, the end', async () => {
    const laptop = await browser.newContext({ viewport: WIDE, reducedMotion: 'reduce' });
    contexts.push(laptop);
    const presenter = await laptop.newPage();
    const projector = await laptop.newPage();
    const errors = [watchErrors(presenter), watchErrors(projector)];
    await presenter.goto(`${server.url}?lang=en&stage=off&mode=workshop`);
    await presenter.locator('.ws-session0').waitFor();
    await projector.goto(`${server.url}?lang=en&mode=workshop&view=audience`);

    // ── The lobby on the projector: code, QR code and address above the fold ──
    const lobby = projector.locator('.ws-lobby');
    await lobby.getByText(server.code).waitFor();
    await expect
      .poll(() =>
        projector.locator('img.ws-lobby-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);
    const fold = await projector.evaluate(() =>
      ['.ws-lobby-code', '.ws-lobby-qr', '.ws-lobby-address', '.ws-lobby-count'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().bottom,
      ),
    );
    for (const bottom of fold) expect(bottom).toBeLessThanOrEqual(720);
    expect(await projector.locator('.ws-lobby-address').textContent()).toBe(`127.0.0.1:${server.port}/phone`);
    const joinUrl = `${server.url}phone.html?room=${server.code}`;

    const phones = [await openPhone(), await openPhone(), await openPhone()];
    errors.push(...phones.map(watchErrors));
    for (const phone of phones) {
      await phone.goto(joinUrl);
      await phone
        .locator('.phone-badge')
        .filter({ hasText: /Phone \d+/ })
        .waitFor();
    }
    await projector.locator('.ws-lobby-count[data-phones="3"]').waitFor();
    expect(await projector.locator('.ws-lobby-count').textContent()).toBe('3 phones have joined');
    const found = [
      ...(await auditBothSizes(projector, 'lobby', WIDE)),
      ...(await auditBothSizes(presenter, 'presenter-setup', WIDE)),
      ...(await auditBothSizes(phones[0]!, 'phone-waiting', NARROW)),
    ];

    // ── Begin: timer 30 s with auto-commit; lock the room ─────────────────────
    await presenter.selectOption('select[name="timer-seconds"]', '30');
    await presenter.check('input[name="auto-commit"]');
    await presenter.uncheck('input[name="sound"]');
    await presenter.click('[data-action="start-session"]');
    await presenter.locator('.ws-page').waitFor();
    await presenter.click('[data-action="lock-room"]');
    await presenter.locator('[data-action="lock-room"][aria-pressed="true"]').waitFor();
    await projector.waitForFunction(() => document.documentElement.dataset.stage !== undefined, null, {
      timeout: 60_000,
    });
    expect(await html(projector, 'stage')).toBe('webgl');
    expect(await projector.locator('.ws-aud-stage canvas').count()).toBe(1);

    // ── The first vote: live count on the wall, tallies hidden ─────────────────
    const first = await nextVote(presenter);
    await expect.poll(async () => (await audience(projector)).options.toSorted()).toEqual(first.toSorted());
    expect((await audience(projector)).live).toContain('0 of 3 voted');
    await allVote(phones.slice(0, 2), first[0]!);
    await allVote(phones.slice(2), first[1]!);
    await expect.poll(async () => (await audience(projector)).live).toContain('3 of 3 voted');
    expect(await projector.locator('.ws-aud-option .ws-bar-number').count()).toBe(0); // hidden until revealed
    await expect.poll(() => presenter.locator('.ws-pp-live').textContent()).toBe('3 of 3 voted');
    found.push(
      ...(await auditBothSizes(projector, 'audience-vote', WIDE)),
      ...(await auditBothSizes(presenter, 'presenter-vote', WIDE)),
    );
    found.push(...(await auditBothSizes(phones[0]!, 'phone-vote', NARROW)));

    // ── The projector reloads: back on the same vote by itself ────────────────
    await projector.reload();
    await expect.poll(async () => (await audience(projector)).options.toSorted()).toEqual(first.toSorted());
    expect((await audience(projector)).live).toContain('3 of 3 voted');

    // ── The timer runs out: revealed and committed on its own (2 of 3 for the first) ──
    const stepsBefore = (await audience(projector)).steps;
    await presenter.keyboard.press('t');
    await expect.poll(() => html(presenter, 'ws'), { timeout: 60_000 }).toBe('read');
    expect(await presenter.locator('.ws-echo').textContent()).toContain(first[0]!);
    await expect.poll(async () => (await audience(projector)).steps).toBe(stepsBefore + 1);
    for (const phone of phones) await phone.getByRole('heading', { name: `Chosen: ${first[0]!}` }).waitFor();

    // ── A disruptive phone is taken out ────────────────────────────────────────
    const badge = (await phones[2]!.locator('.phone-badge').textContent())!.replace(/\D/g, '');
    await presenter.click('[data-action="list-phones"]');
    await presenter.locator(`.ws-pp-phone-list li[data-badge="${badge}"] [data-action="remove-phone"]`).click();
    await presenter.click('dialog [data-action="yes"]');
    await phones[2]!.getByText('The facilitator has removed this phone from the group.').waitFor();
    const stayed = phones.slice(0, 2);

    // ── The presenter reloads mid-vote: back on the same vote, the ballot kept ──
    const second = await nextVote(presenter);
    await allVote(stayed.slice(0, 1), second[0]!);
    await expect.poll(async () => (await audience(projector)).live).toContain('1 of 2 voted');
    await presenter.reload();
    await expect.poll(() => html(presenter, 'ws'), { timeout: 30_000 }).toBe('vote');
    expect(await nextVote(presenter)).toEqual(second);
    await expect.poll(() => presenter.locator('.ws-pp-live').textContent()).toBe('1 of 2 voted');

    // ── The rest of phase 1 on the stage: the figures follow every commit ──────
    let options = second;
    let commits = 1;
    const canvases = new Set<string>();
    for (let guard = 0; guard < 30 && options.length > 0; guard++) {
      if (guard > 0) await allVote(stayed.slice(0, 1), options[0]!);
      await allVote(stayed.slice(1), options[0]!);
      await expect.poll(() => presenter.locator('.ws-pp-live').textContent()).toBe('2 of 2 voted');
      const before = (await audience(projector)).steps;
      await presenter.keyboard.press('r');
      await presenter.locator('.ws-vote[data-outcome="winner"]').waitFor();
      await presenter.keyboard.press('Enter');
      await expect.poll(async () => (await audience(projector)).steps).toBe(before + 1);
      commits += 1;
      canvases.add((await projector.locator('.ws-aud-stage canvas').screenshot()).toString('base64'));
      options = await nextVote(presenter);
    }
    expect(await html(presenter, 'ws')).toBe('pause');
    expect(commits).toBeGreaterThan(3);
    expect(canvases.size).toBeGreaterThan(1); // the picture changed on the way
    expect(await html(projector, 'stage')).toBe('webgl');
    await projector.locator('.ws-aud-pause[data-pause="1"]').waitFor();
    for (const phone of stayed) await phone.locator('.phone-card').waitFor(); // the phase card's questions

    // ── The end reaches the phones ─────────────────────────────────────────────
    await presenter.keyboard.press('Escape');
    await presenter.click('dialog [data-action="debrief"]');
    await presenter.locator('.ws-debrief').waitFor();
    for (const phone of stayed)
      await phone.getByRole('heading', { name: 'Thank you — the session has ended.' }).waitFor();
    await projector.locator('.ws-audience[data-screen="debrief"]').waitFor();

    expect(found).toEqual([]);
    expect(errors.flat()).toEqual([]);
  }, 600_000);
});
