// @ts-check
// The benchmark's scenarios in Chromium. Each opens a fresh browser context (no cache, no
// storage, service workers blocked so the offline precache never runs during a
// measurement — its size is reported apart), installs the probe (probe.mjs), and reads the
// figures the probe took inside the page.
import { probe } from './probe.mjs';

/**
 * Chrome DevTools' "Slow 4G" preset, which is Lighthouse's mobile throttling: 150 ms RTT and
 * 1.6 Mbit/s down, 750 kbit/s up, with DevTools' factors (×3.75 latency, ×0.9 throughput).
 */
export const SLOW_4G = { name: 'Slow 4G', latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
/** A cheap phone's main thread: four times slower than this machine's. */
export const CPU_SLOWDOWN = 4;
/** A phone's screen (Lighthouse's mobile size), at one device pixel per CSS pixel. */
export const PHONE = { width: 412, height: 915 };

/**
 * Go to `url` in a new tab by way of a page of its own. A new tab starts on a blank document
 * in the renderer that the next page then uses too, and about a second after that page
 * commits, Chromium tears the blank document's compositor down on the page's main thread,
 * waiting for the GPU process (SwiftShader here): 250–700 ms in which the page runs nothing,
 * landing by chance on either page's first text or first choices. Coming from a data:
 * document, the page opens in a renderer of its own, and the teardown happens in the old one.
 * @param {Page} page
 * @param {string} url
 * @param {Parameters<Page['goto']>[1]} [options]
 */
export async function gotoFromOwnPage(page, url, options) {
  await page.goto('data:text/html,<title>-</title>');
  return page.goto(url, options);
}

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ url: string, transfer: number, body: number, start: number, end: number }} Resource */

/**
 * @param {Browser} browser
 * @param {{ autoStart: boolean, cpu: number, network?: typeof SLOW_4G | null, cacheDisabled?: boolean }} options
 */
async function openPage(browser, options) {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  await context.addInitScript(probe, { autoStart: options.autoStart });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (options.cacheDisabled) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (options.network) {
    const { name: _name, ...conditions } = options.network;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  }
  if (options.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
  return { context, page, cdp, errors };
}

/**
 * Resolves once the page has its first story text and, when `waitStage`, its stage drawn.
 * @param {Page} page
 * @param {{ waitStage: boolean, textMs: number, stageMs: number, polling?: { text: number, stage: number } }} options
 */
export async function waitForStory(page, options) {
  const { polling } = options;
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.firstText !== null, null, {
    timeout: options.textMs,
    ...(polling ? { polling: polling.text } : {}),
  });
  if (!options.waitStage) return;
  await page.waitForFunction(
    () => {
      const bench = /** @type {any} */ (window).__bench;
      return (bench.stage?.at ?? -1) >= 0;
    },
    null,
    { timeout: options.stageMs, ...(polling ? { polling: polling.stage } : {}) },
  );
}

/**
 * A page at its first story text (and its stage drawn, when `waitStage`), CPU ×4, network
 * unthrottled: where the playthrough, frame and reading scenarios begin.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ autoStart: boolean, waitStage: boolean }} options
 */
async function openStory(browser, url, options) {
  const opened = await openPage(browser, { autoStart: options.autoStart, cpu: CPU_SLOWDOWN });
  const { page } = opened;
  try {
    await gotoFromOwnPage(page, url);
    await waitForStory(page, { waitStage: options.waitStage, textMs: 120_000, stageMs: 240_000 });
  } catch (error) {
    await opened.context.close();
    throw error;
  }
  return opened;
}

/** Resolves once no resource has finished loading for `quietMs` (or after `maxMs`). */
async function networkQuiet(/** @type {Page} */ page, quietMs = 2500, maxMs = 60_000) {
  const started = Date.now();
  let count = -1;
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await page.waitForTimeout(250);
  }
}

/**
 * One cold load: cache disabled, CPU ×4, Slow 4G. Times are ms since navigation start.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ autoStart: boolean, waitStage: boolean }} options
 */
export async function coldLoad(browser, url, options) {
  const { context, page, errors } = await openPage(browser, {
    autoStart: options.autoStart,
    cpu: CPU_SLOWDOWN,
    network: SLOW_4G,
    cacheDisabled: true,
  });
  try {
    await gotoFromOwnPage(page, url, { waitUntil: 'commit' });
    await waitForStory(page, {
      waitStage: options.waitStage,
      textMs: 180_000,
      stageMs: 300_000,
      polling: { text: 100, stage: 250 },
    });
    await networkQuiet(page);
    const seen = await page.evaluate(() => {
      const bench = /** @type {any} */ (window).__bench;
      const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
      const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).map(
        (r) => ({
          url: r.name,
          transfer: r.transferSize,
          body: r.encodedBodySize,
          start: r.startTime,
          end: r.responseEnd,
        }),
      );
      return {
        firstText: /** @type {number} */ (bench.firstText),
        stage: /** @type {{ at: number, kind: string } | null} */ (bench.stage),
        resources: [
          { url: nav.name, transfer: nav.transferSize, body: nav.encodedBodySize, start: 0, end: nav.responseEnd },
          ...resources,
        ],
      };
    });
    const before = seen.resources.filter((r) => r.end <= seen.firstText);
    return {
      firstText: seen.firstText,
      stage: seen.stage,
      bytesBeforeFirstText: before.reduce((n, r) => n + r.transfer, 0),
      bytesTotal: seen.resources.reduce((n, r) => n + r.transfer, 0),
      resources: seen.resources,
      errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * A scripted playthrough: the same ink choices in the same order in either page, a fast
 * reader's pause between them; then `rewinds` presses of Backspace; then the JS heap after
 * garbage collection and the saved game's size. CPU ×4, network unthrottled.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ autoStart: boolean, path: number[], rewinds: number, waitStage: boolean, saveKey: string, pauseMs?: number }} options
 */
export async function playthrough(browser, url, options) {
  const { context, page, cdp, errors } = await openStory(browser, url, options);
  try {
    const began = await page.evaluate(() => performance.now());
    let presses = 0;
    for (const index of options.path) {
      await readyToChoose(page, options.autoStart);
      await page.waitForTimeout(options.pauseMs ?? 300);
      await pressChoice(page, index);
      presses += 1;
      await page.waitForFunction((n) => /** @type {any} */ (window).__bench.latencies.length >= n, presses, {
        timeout: 60_000,
      });
    }
    const ended = await page.evaluate(() => performance.now());
    for (let i = 0; i < options.rewinds; i++) {
      await page.waitForTimeout(100);
      await page.keyboard.press('Backspace');
      presses += 1;
      await page.waitForFunction((n) => /** @type {any} */ (window).__bench.latencies.length >= n, presses, {
        timeout: 60_000,
      });
    }
    // Event Timing entries arrive after the event's frame: give the last ones a moment.
    await page.waitForTimeout(500);
    const bench = await page.evaluate(() => {
      const b = /** @type {any} */ (window).__bench;
      return {
        latencies: /** @type {{ kind: string, ms: number, paint: number, at: number }[]} */ (b.latencies),
        longFrames: /** @type {{ start: number, duration: number, blocking: number }[]} */ (b.longFrames),
        keyEvents: /** @type {{ start: number, duration: number }[]} */ (b.keyEvents),
      };
    });
    // Event Timing's keydown entry for each press (the same timeStamp); null when under 16 ms.
    const eventTiming = (/** @type {{ at: number }} */ l) =>
      bench.keyEvents.find((e) => Math.abs(e.start - l.at) < 1)?.duration ?? null;
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = /** @type {{ usedSize: number, totalSize: number }} */ (await cdp.send('Runtime.getHeapUsage'));
    const save = await page.evaluate((key) => localStorage.getItem(key), options.saveKey);
    const choices = bench.latencies.filter((l) => l.kind === 'choice');
    const rewinds = bench.latencies.filter((l) => l.kind === 'rewind');
    return {
      choiceLatencies: choices.map((l) => l.ms),
      choicePaint: choices.map((l) => l.paint),
      choiceEventTiming: choices.map(eventTiming),
      rewindLatencies: rewinds.map((l) => l.ms),
      rewindPaint: rewinds.map((l) => l.paint),
      longFrames: bench.longFrames.filter((f) => f.start >= began && f.start <= ended),
      // When each choice was pressed (the event's timeStamp), to place the long frames.
      choiceTimes: choices.map((l) => l.at),
      began,
      heapUsed: heap.usedSize,
      save,
      errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * Frame times while playing: a choice every `everyMs` along the path (the scenes change as
 * the story moves on), animation frames sampled for `seconds`. CPU ×4.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ autoStart: boolean, path: number[], seconds: number, everyMs: number, waitStage: boolean }} options
 */
export async function frameTimes(browser, url, options) {
  const { context, page, errors } = await openStory(browser, url, options);
  try {
    const scenes = new Set();
    await page.evaluate(() => /** @type {any} */ (window).__benchSampleFrames(true));
    const until = Date.now() + options.seconds * 1000;
    let step = 0;
    while (Date.now() < until) {
      const index = options.path[step];
      if (index !== undefined) {
        await readyToChoose(page, options.autoStart);
        await pressChoice(page, index);
        step += 1;
        scenes.add(await page.evaluate(() => document.documentElement.dataset.scene ?? ''));
      }
      await page.waitForTimeout(Math.min(options.everyMs, Math.max(0, until - Date.now())));
    }
    const frames = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__benchSampleFrames(false);
      return /** @type {number[]} */ (w.__bench.frames);
    });
    scenes.delete('');
    return { frames, choices: step, scenes: scenes.size, errors };
  } finally {
    await context.close();
  }
}

/**
 * Idle cost while reading: `choices` choices along the path 1.5 s apart (so a scene is on and
 * the stage has something to show), then `seconds` of no input at all, starting 1 s after the
 * last press. Main-thread busy share from Chromium's own task accounting (DevTools Protocol
 * Performance.getMetrics, TaskDuration), and the frames in which the page asked to draw.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ autoStart: boolean, path: number[], choices: number, seconds: number, waitStage: boolean }} options
 */
export async function idleCost(browser, url, options) {
  const { context, page, cdp, errors } = await openStory(browser, url, options);
  try {
    for (const index of options.path.slice(0, options.choices)) {
      await page.waitForTimeout(1500);
      await readyToChoose(page, options.autoStart);
      await pressChoice(page, index);
    }
    // Nothing moving: the last text fully shown (its reveal run to the end), then a second more.
    await page.waitForFunction(() => !document.querySelector('.revealing'), null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    await cdp.send('Performance.enable');
    const taskTime = async () => {
      const { metrics } = /** @type {{ metrics: { name: string, value: number }[] }} */ (
        await cdp.send('Performance.getMetrics')
      );
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
    };
    const busyBefore = await taskTime();
    await page.evaluate(() => /** @type {any} */ (window).__benchIdle(true));
    const started = Date.now();
    await page.waitForTimeout(options.seconds * 1000);
    const frames = await page.evaluate(() => /** @type {any} */ (window).__benchIdle(false));
    const busy = (await taskTime()) - busyBefore;
    const seconds = (Date.now() - started) / 1000;
    return { busyShare: busy / seconds, framesPerSecond: frames / seconds, frames, seconds, errors };
  } finally {
    await context.close();
  }
}

/**
 * Wait until a player could take a choice. The game shows its choices only once a beat's
 * text has been revealed, and takes a key only after they are painted (its choice gate,
 * `.story-choices[data-ready]`): a fast reader who does not wait for the reveal presses
 * Space to show it all at once, then chooses. The peer shows its choices at once.
 * @param {Page} page
 * @param {boolean} gated  the game (true) or the peer (false)
 */
export async function readyToChoose(page, gated) {
  if (!gated) return;
  if (await page.evaluate(() => !!document.querySelector('.story.revealing'))) await page.keyboard.press(' ');
  await page.waitForFunction(() => !!document.querySelector('.story-choices[data-ready]'), null, {
    timeout: 60_000,
    polling: 50,
  });
}

/** Press the number key of the shown choice whose ink index is `index`. */
export async function pressChoice(/** @type {Page} */ page, /** @type {number} */ index) {
  const position = await page.evaluate(
    (i) =>
      [...document.querySelectorAll('.story-choices button')].findIndex(
        (b) => /** @type {HTMLElement} */ (b).dataset.index === String(i),
      ),
    index,
  );
  if (position < 0 || position > 8)
    throw new Error(`the choice with ink index ${index} is not on screen (or not on keys 1–9)`);
  await page.keyboard.press(String(position + 1));
}
