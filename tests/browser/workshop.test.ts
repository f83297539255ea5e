// A whole workshop session in real Chromium, driven the way a facilitator drives it: the
// Workshop button, Session 0 (agreements, name, pronouns, the veil), a hand vote at every
// choice (counts typed, hidden, revealed, committed) including a tie and advise mode, the
// timer, a blank screen and an X-card, every pause card, one replayed choice, the debrief
// — then the PNG, the printed page and the session file, checked against what was played.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newContext, watchErrors } from '../helpers/browser';

const url = inject('builtUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const ws = (page: Page) => page.evaluate(() => document.documentElement.dataset.ws ?? '');

/** axe-core's serious and critical findings on the screen as it is (none may remain). */
async function audit(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`));
}

/** What the test decided at one vote, to compare with the exported session. */
interface Played {
  readonly phase: number;
  readonly text: string;
  readonly counts: number[];
  readonly mode: 'vote' | 'advise';
  readonly outcome: string;
}

/**
 * Count hands for the vote on screen: `counts` go into the boxes in order, by keyboard
 * (the first box has focus; Enter moves on and, after the last box, reveals).
 */
async function typeCounts(page: Page, counts: number[]): Promise<void> {
  for (const n of counts) {
    await page.keyboard.type(String(n));
    await page.keyboard.press('Enter');
  }
}

/** The vote on screen, in one round trip: its options and the phase it belongs to. */
async function voteOnScreen(page: Page) {
  return page.evaluate(() => ({
    phase: Number(document.documentElement.dataset.phase),
    options: [...document.querySelectorAll('.ws-vote .ws-option')].map((row) => ({
      text: row.querySelector('.ws-option-text')?.textContent ?? '',
      locked: row.classList.contains('ws-option-locked'),
    })),
  }));
}

/**
 * Read pages (Space) until the screen is no longer a page of text. The page counter
 * ("2 / 4") says how many presses finish the part, so the screen is read once per part.
 */
async function readOn(page: Page, seen: string[]): Promise<string> {
  for (let guard = 0; guard < 60; guard++) {
    const now = await page.evaluate(() => ({
      screen: document.documentElement.dataset.ws ?? '',
      text: document.querySelector('.ws-page')?.textContent ?? '',
      count: document.querySelector('.ws-page-count')?.textContent ?? '1 / 1',
    }));
    if (now.screen !== 'read') return now.screen;
    seen.push(now.text);
    const [at, of] = now.count.split('/').map((n) => Number(n.trim()));
    for (let i = at!; i <= of!; i++) await page.keyboard.press('Space');
  }
  throw new Error('pages without end');
}

describe('workshop mode in Chromium', () => {
  it('runs a whole session from Session 0 to the debrief and exports it', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=en&stage=off`);

    // ── From the title screen into Session 0 ───────────────────────────────
    await page.click('[data-action="workshop"]');
    await page.locator('.ws-session0').waitFor();
    expect(await ws(page)).toBe('setup');
    const agreements = page.locator('.ws-agreements textarea');
    expect(await agreements.count()).toBe(5);
    await agreements.nth(4).fill('Phones stay in our bags.');
    await page.click('[data-action="add-agreement"]');
    await page.keyboard.type('We start and end on time.');
    await page.locator('.ws-agreements li').nth(2).locator('button').click(); // strike out the third
    await page.fill('input[name="partner-name"]', 'Jules');
    await page.check('input[name="ws-pronoun"][value="she"]');
    expect(await page.isChecked('input[name="veil"]')).toBe(true); // the veil is on by default
    await page.uncheck('input[name="sound"]');
    expect(await audit(page)).toEqual([]);
    await page.click('[data-action="start-session"]');
    await page.locator('.ws-page').waitFor();

    // ── Overlays: help, blank screen, X-card ───────────────────────────────
    await page.keyboard.press('h');
    await expect.poll(() => page.locator('dialog .ws-help-keys kbd').count()).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    const firstPage = await page.textContent('.ws-page');
    await page.keyboard.press('b');
    expect(await page.locator('.ws-blank').isVisible()).toBe(true);
    await page.keyboard.press('Space'); // nothing moves on unseen
    await page.keyboard.press('b');
    expect(await page.locator('.ws-blank').isVisible()).toBe(false);
    expect(await page.textContent('.ws-page')).toBe(firstPage);
    await page.keyboard.press('x');
    await page.locator('.ws-xcard').waitFor();
    expect(await page.textContent('.ws-xcard')).toContain('Someone has asked for a pause');
    await page.keyboard.press('Enter');
    expect(await page.locator('.ws-xcard').count()).toBe(0);

    // ── The story: a vote at every choice, a card at every pause ────────────
    const played: Played[] = [];
    const pauses: number[] = [];
    const seen: string[] = [];
    let replayed = false;
    let tied = false;
    let advised = false;
    for (let guard = 0; guard < 200; guard++) {
      const screen = await readOn(page, seen);
      if (screen === 'debrief') break;

      if (screen === 'pause') {
        const phase = Number(await page.getAttribute('.ws-pause', 'data-pause'));
        pauses.push(phase);
        expect(await page.locator('.ws-questions li').count()).toBeGreaterThanOrEqual(2);
        expect(await page.locator('.ws-pause svg.dance-chart polyline.chart-line').count()).toBe(3);
        const steps = page.locator('.ws-steps-seen');
        expect(await steps.isHidden()).toBe(true); // the room names them first
        await page.keyboard.press('s');
        expect(await steps.isVisible()).toBe(true);
        if (phase === 1) expect(await audit(page)).toEqual([]);
        // One step counted for every choice the room made in this phase.
        const shown = await steps.locator('.ws-step-count').allTextContents();
        const sum = shown.map((t) => Number.parseInt(t, 10)).reduce((a, b) => a + b, 0);
        expect(sum).toBe(played.filter((p) => p.phase === phase).length);
        expect(sum).toBeGreaterThan(0);
        await page.keyboard.press('Enter');
        continue;
      }

      expect(screen).toBe('vote');
      const { phase, options: opts } = await voteOnScreen(page);
      const open = opts.map((o, i) => ({ ...o, i })).filter((o) => !o.locked);
      const target = open[0]!;
      const n = played.length;

      // One replayed choice, early in phase 2: a side path, then back to our own.
      if (!replayed && phase === 2) {
        replayed = true;
        const before = await page.textContent('.ws-vote');
        await page.keyboard.press('o');
        await page.locator('dialog [data-action="replay-1"]').click();
        await page.locator('.ws-replay-banner').waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset.replay)).toBe('true');
        const ours = Number(await page.getAttribute('.ws-option[data-ours="true"]', 'data-position'));
        const other = (
          await page.$$eval('.ws-replay-options .ws-option', (rows) =>
            rows.map((r) => ({
              p: Number(r.getAttribute('data-position')),
              locked: r.classList.contains('ws-option-locked'),
            })),
          )
        ).find((o) => o.p !== ours && !o.locked)!;
        await page.keyboard.press(String(other.p + 1));
        await page.locator('.ws-replay-banner').waitFor();
        expect(await ws(page)).toBe('read');
        expect(await page.textContent('.ws-echo')).toContain('On the side path we chose');
        await page.keyboard.press('o'); // back to the group's path
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.replay ?? 'none')).toBe('none');
        expect(await ws(page)).toBe('vote');
        expect(await page.textContent('.ws-vote')).toBe(before);
      }

      // The tally stays hidden while counting.
      const vote = page.locator('.ws-vote');
      if (!tied && open.length >= 2) {
        // A tie between the first two open options: the facilitator picks the second.
        tied = true;
        const counts = opts.map((_, i) => (i === open[0]!.i || i === open[1]!.i ? 2 : 0));
        await typeCounts(page, counts.slice(0, -1));
        await page.keyboard.type(String(counts.at(-1)));
        expect(await vote.getAttribute('data-revealed')).toBe('false');
        expect(await page.locator('.ws-count.masked').count()).toBe(opts.length);
        expect((await page.locator('.ws-bar-number').allTextContents()).join('')).toBe('');
        await page.keyboard.press('r');
        expect(await vote.getAttribute('data-outcome')).toBe('tie');
        expect(await page.textContent('.ws-vote-status')).toContain(
          `A tie between ${open[0]!.i + 1} and ${open[1]!.i + 1}`,
        );
        await page.keyboard.press(String(open[1]!.i + 1));
        played.push({ phase, text: open[1]!.text, counts, mode: 'vote', outcome: 'tie' });
      } else if (!advised && n >= 4) {
        // Advise mode, with the timer: the room advises the first option, the facilitator takes the last open one.
        advised = true;
        await page.keyboard.press('a');
        expect(await vote.getAttribute('data-mode')).toBe('advise');
        await page.keyboard.press('t');
        await expect.poll(() => page.textContent('.ws-timer')).toMatch(/^[01]:\d\d$/);
        await page.keyboard.press('t'); // pause
        const paused = (await page.textContent('.ws-timer')) ?? '';
        expect(paused).toContain('paused');
        // Paused, the time left stands still, however long the machine takes between keys.
        const [minutes, seconds] = paused.split(' ')[0]!.split(':').map(Number);
        const left = minutes! * 60 + seconds!;
        await page.keyboard.press('e'); // thirty seconds more
        const extended = `${Math.floor((left + 30) / 60)}:${String((left + 30) % 60).padStart(2, '0')}`;
        expect(await page.textContent('.ws-timer')).toBe(paused.replace(/^\d+:\d\d/, extended));
        await page.keyboard.press('u'); // and off
        expect(await page.textContent('.ws-timer')).toBe('');
        const counts = opts.map((_, i) => (i === target.i ? 5 : 1));
        await page.locator('.ws-count').first().focus();
        await typeCounts(page, counts);
        expect(await vote.getAttribute('data-outcome')).toBe('advice');
        const pick = open.at(-1)!;
        await page.keyboard.press(String(pick.i + 1));
        played.push({ phase, text: pick.text, counts, mode: 'advise', outcome: 'advice' });
      } else {
        // An ordinary hand vote: the first open option wins.
        const counts = opts.map((o, i) => (i === target.i ? 3 : o.locked ? 4 : 1));
        await typeCounts(page, counts); // Enter after the last box reveals
        const shown = await page.evaluate(() => ({
          outcome: document.querySelector('.ws-vote')?.getAttribute('data-outcome'),
          numbers: [...document.querySelectorAll('.ws-bar-number')].map((n) => n.textContent),
        }));
        expect(shown).toEqual({ outcome: 'winner', numbers: counts.map(String) });
        if (n === 1) expect(await audit(page)).toEqual([]); // a revealed vote
        await page.keyboard.press('Enter');
        played.push({ phase, text: target.text, counts, mode: 'vote', outcome: 'winner' });
      }
    }

    // ── The debrief ─────────────────────────────────────────────────────────
    expect(await ws(page)).toBe('debrief');
    expect(pauses).toEqual([1, 2, 3, 4, 5]);
    expect(replayed && tied && advised).toBe(true);
    expect(played.length).toBeGreaterThan(40);
    const ending = await page.evaluate(() => document.documentElement.dataset.ending);
    expect(ending).toBeTruthy();
    expect(await page.locator('.ws-ending-reached li').count()).toBe(1);
    expect(await page.locator('.ws-endings-other li').count()).toBe(3);
    expect(await page.locator('.ws-letter p').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.ws-closing li').count()).toBe(3);
    expect(await page.locator('.ws-help [data-help] a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.ws-debrief svg.dance-chart .chart-marker').count()).toBe(played.length);
    expect(await page.locator('.ws-debrief .chart-branch').count()).toBe(3); // the side path, three lines
    expect(await page.textContent('.ws-agreements-recap')).toContain('Phones stay in our bags.');
    expect(seen.join('\n')).not.toMatch(/[{}]|undefined|NaN/);
    expect(await audit(page)).toEqual([]);

    // PNG: a real image file.
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-png"]')]);
    expect(png.suggestedFilename()).toMatch(/^de-dans-workshop-.+\.png$/);
    const pngBytes = readFileSync((await png.path())!);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.readUInt32BE(16)).toBe(1600); // IHDR width

    // JSON: the session that was played, choice for choice.
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-json"]')]);
    const session = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(session).toMatchObject({
      game: 'de-dans-workshop',
      format: 2,
      side: 'pursuer',
      lang: 'en',
      finished: true,
      ending,
      pauses: [1, 2, 3, 4, 5],
    });
    expect(session.settings).toEqual({ partnerName: 'Jules', partnerPronoun: 'she', veilInfidelity: true });
    expect(session.agreements).toHaveLength(5);
    expect(session.agreements).toContain('We start and end on time.');
    expect(
      session.choices.map((c: { options: { text: string }[]; chosen: number }) => c.options[c.chosen]!.text),
    ).toEqual(played.map((p) => p.text));
    expect(
      session.choices.map((c: { vote: { counts: number[]; mode: string; outcome: string } }) => [
        c.vote.counts,
        c.vote.mode,
        c.vote.outcome,
      ]),
    ).toEqual(played.map((p) => [p.counts, p.mode, p.outcome]));
    expect(session.branches).toEqual([expect.objectContaining({ kind: 'replay', from: 1 })]);
    expect(session.letter.length).toBeGreaterThanOrEqual(3);

    // Print: the button prints, and the print stylesheet makes a clean page.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.click('[data-action="print"]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      actions: getComputedStyle(document.querySelector('.ws-debrief-actions')!).display,
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('.ws-debrief')!).color,
      tableWidth: document.querySelector('.ws-debrief .chart-table')!.getBoundingClientRect().width,
    }));
    expect(printed).toMatchObject({ actions: 'none', background: 'rgb(255, 255, 255)', text: 'rgb(17, 17, 17)' });
    expect(printed.tableWidth).toBeGreaterThan(300); // every choice in words, on paper
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // ── Kept on the laptop: list, open, delete ─────────────────────────────
    await page.click('[data-action="sessions"]');
    await page.locator('.ws-session').first().waitFor();
    expect(await page.locator('.ws-session').count()).toBe(1);
    await page.click('.ws-session [data-action="open"]');
    await page.locator('.ws-debrief').waitFor();
    expect(await page.locator('.ws-debrief svg.dance-chart .chart-marker').count()).toBe(played.length);
    await page.keyboard.press('Escape');
    await page.locator('.ws-sessions').waitFor();
    await page.click('.ws-session [data-action="delete"]');
    await page.click('dialog [data-action="delete"]');
    await expect.poll(() => page.locator('.ws-session').count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens straight into Session 0 with ?mode=workshop, in Dutch', async () => {
    const context = await newContext(browser, { viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?mode=workshop&lang=nl&stage=off`);
    await page.locator('.ws-session0').waitFor();
    expect(await page.textContent('h1')).toBe('Sessie 0 — voor we beginnen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.click('[data-action="exit"]');
    await page.locator('.title-screen').waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
  it('fits a projector: a long name never scrolls sideways, the pause card’s way on stays in sight, whole words in the table, large chart labels', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?mode=workshop&lang=en&stage=off`);
    await page.locator('.ws-session0').waitFor();
    await page.fill('input[name="partner-name"]', 'Maximiliaanalexandrinaxy'); // 24 letters, no space
    await page.click('[data-action="start-session"]');
    await page.locator('.ws-page').waitFor();
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    // Skip the rest of phase 1: the pause card comes up.
    await page.keyboard.press('j');
    await page.click('dialog [data-action="skip"]');
    await page.locator('.ws-pause').waitFor();
    for (const size of [
      { width: 1280, height: 720 },
      { width: 360, height: 740 },
    ]) {
      await page.setViewportSize(size);
      expect(await sideways(), `pause card at ${size.width}`).toBeLessThanOrEqual(0);
      const on = await page.locator('[data-action="continue"]').boundingBox();
      expect(on!.y + on!.height, `"On to phase 2" at ${size.width}`).toBeLessThanOrEqual(size.height);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Enter');
    await page.locator('.ws-page').waitFor();
    await page.keyboard.press('Escape');
    await page.click('dialog [data-action="debrief"]');
    await page.locator('.ws-debrief').waitFor();
    // In the column headings a word is never cut in two ("pursuin g"): each word on one line.
    const cut = await page.$$eval('.ws-steps-table thead th', (cells) =>
      cells.flatMap((cell) => {
        const text = cell.firstChild as Text;
        return [...(text.textContent ?? '').matchAll(/\S+/g)].flatMap((word) => {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1 ? [word[0]] : [];
        });
      }),
    );
    expect(cut).toEqual([]);
    // The chart's labels as large as the text around them, on the screen as drawn.
    const label = await page.locator('.ws-debrief .chart-label').first().boundingBox();
    expect(label!.height).toBeGreaterThanOrEqual(16);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 360, height: 740 },
    ]) {
      await page.setViewportSize(size);
      expect(await sideways(), `debrief at ${size.width}`).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
