#!/usr/bin/env node
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
// @ts-check
// Where a choice's time goes: plays the bench's scripted path in the game (with the stage, or
// `--text-only`) and in the peer, CPU ×4, with a Chrome trace and a JS CPU profile, and prints
// the main thread's work per choice by kind (script, style, layout, paint, GC…) and the
// functions that take the most time. For looking, not for figures: `npm run bench` measures.
//
//   npm run bench:profile -- [--dir <built game>] [--choices 20] [--text-only] [--lang nl] [--why]
//
// --why: also record Chrome's style invalidation tracking and print, per choice, how many
// elements each style pass touched and which changes (a class, an attribute, a node inserted)
// on which elements made them restyle.
import { asLang } from '../../common/language.js';
import { browserHelpers } from '../build/browser-helpers.mjs';
import { compileStory } from '../ink/compile.mjs';
import { probe } from './probe.mjs';
import { CPU_SLOWDOWN, gotoFromOwnPage, PHONE, pressChoice, readyToChoose, waitForStory } from './scenarios.mjs';
import { serveStatic } from './static-server.mjs';
import { scriptedPath } from './story-bench.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (/** @type {string} */ name, /** @type {string | null} */ fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? /** @type {string} */ (args[at + 1]) : fallback;
};
const lang = asLang(option('--lang', 'nl'));
const choices = Number(option('--choices', '20'));
const textOnly = args.includes('--text-only');
const why = args.includes('--why');
const keepTrace = option('--trace', null);
const work = mkdtempSync(join(tmpdir(), 'de-dans-profile-'));

try {
  let gameDir = option('--dir', null);
  if (!gameDir) {
    gameDir = join(work, 'game');
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: gameDir, emptyOutDir: true } });
  }
  const peerDir = join(work, 'peer');
  mkdirSync(peerDir);
  copyFileSync(join(ROOT, 'tools', 'bench', 'peer', 'index.html'), join(peerDir, 'index.html'));
  copyFileSync(join(ROOT, 'node_modules', 'inkjs', 'dist', 'ink.mjs'), join(peerDir, 'ink.mjs'));
  const story = compileStory(lang);
  writeFileSync(join(peerDir, `story-${lang}.json`), story.json);
  const { path } = scriptedPath(story.json);
  const server = await serveStatic({ '/': gameDir, '/peer/': peerDir });
  const { launchChromium } = await browserHelpers();
  const browser = await launchChromium();
  try {
    const game = `${server.url}?lang=${lang}${textOnly ? '&stage=off' : ''}`;
    await profilePage(browser, game, {
      autoStart: true,
      waitStage: !textOnly,
      label: textOnly ? 'game (text only)' : 'game',
    });
    await profilePage(browser, `${server.url}peer/?lang=${lang}`, {
      autoStart: false,
      waitStage: false,
      label: 'peer',
    });
  } finally {
    await browser.close();
    await server.close();
  }

  /**
   * @param {import('playwright-core').Browser} browser
   * @param {string} url
   * @param {{ autoStart: boolean, waitStage: boolean, label: string }} o
   */
  async function profilePage(browser, url, o) {
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    await context.addInitScript(probe, { autoStart: o.autoStart });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log(`${o.label} error: ${e}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await gotoFromOwnPage(page, url);
    await waitForStory(page, { waitStage: o.waitStage, textMs: 120_000, stageMs: 240_000 });
    await page.waitForTimeout(1500);
    /** @type {any[]} */
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8',
          'blink',
          'toplevel',
          'blink.user_timing',
          ...(why ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
        ],
      },
    });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    const t0Page = await page.evaluate(() => performance.now());
    let presses = 0;
    for (const index of path.slice(0, choices)) {
      await readyToChoose(page, o.autoStart);
      await page.waitForTimeout(300);
      await pressChoice(page, index);
      presses += 1;
      await page.waitForFunction((n) => /** @type {any} */ (window).__bench.latencies.length >= n, presses, {
        timeout: 60_000,
      });
    }
    await page.waitForTimeout(500);
    const seconds = (Date.now() - t0) / 1000;
    const { profile } = /** @type {any} */ (await cdp.send('Profiler.stop'));
    await cdp.send('Tracing.end');
    await done;
    const lat = await page.evaluate(() =>
      /** @type {any} */ (window).__bench.latencies.map((/** @type {any} */ l) => Math.round(l.paint)),
    );
    const longFrames = await page.evaluate(() => /** @type {any} */ (window).__bench.longFrames);
    await context.close();
    if (keepTrace) {
      writeFileSync(`${keepTrace}-${o.label.replace(/\W+/g, '-')}.json`, JSON.stringify({ traceEvents: events }));
      writeFileSync(`${keepTrace}-${o.label.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
    }
    summarise(o.label, events, profile, presses, seconds, lat);
    longFrameSummary(longFrames, t0Page);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * @param {string} label
 * @param {any[]} events
 * @param {any} profile
 * @param {number} presses
 * @param {number} seconds
 * @param {number[]} lat
 */
function summarise(label, events, profile, presses, seconds, lat) {
  // The renderer's main thread: the thread named CrRendererMain with the most events.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const counts = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.some((n) => n.pid === e.pid && n.tid === e.tid)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const complete = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts);
  // Self time per event name (children subtracted), over the whole window.
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {{ e: any, end: number, child: number }[]} */
  const stack = [];
  const close = (/** @type {number} */ until) => {
    while (stack.length && /** @type {any} */ (stack.at(-1)).end <= until) {
      const top = /** @type {any} */ (stack.pop());
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + top.e.dur - top.child);
      if (stack.length) /** @type {any} */ (stack.at(-1)).child += top.e.dur;
    }
  };
  let tasks = 0;
  for (const e of complete) {
    close(e.ts);
    if (stack.length === 0 && e.name === 'RunTask') tasks += e.dur;
    stack.push({ e, end: e.ts + e.dur, child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  const per = (/** @type {number} */ us) => `${(us / 1000 / presses).toFixed(1)} ms`;
  console.log(
    `\n── ${label}: ${presses} choices in ${seconds.toFixed(1)} s; main thread busy ${(tasks / 1000 / seconds / 10).toFixed(1)} %, ${per(tasks)} per choice`,
  );
  console.log(`   by hand (to the task after the painted frame): ${lat.join(' ')}`);
  const commits = complete.filter((e) => e.name === 'Commit').length;
  const paints = complete.filter((e) => e.name === 'Paint').length;
  console.log(`   ${commits} commits, ${paints} paints (${(commits / seconds).toFixed(1)} commits/s)`);
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16);
  for (const [name, us] of top) console.log(`   ${name.padEnd(40)} ${per(us).padStart(10)}`);
  // JS self time per function.
  const byId = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const nodeTime = new Map();
  for (const [i, id] of profile.samples.entries())
    nodeTime.set(id, (nodeTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  /** @type {Map<string, number>} */
  const fnTime = new Map();
  for (const [id, us] of nodeTime) {
    const cf = /** @type {any} */ (byId.get(id)).callFrame;
    const parent = [...byId.values()].find((/** @type {any} */ n) => n.children?.includes(id));
    const pf = /** @type {any} */ (parent)?.callFrame;
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber} < ${pf ? `${pf.functionName || '(anon)'}:${pf.columnNumber}` : ''}`;
    fnTime.set(key, (fnTime.get(key) ?? 0) + us);
  }
  if (why) invalidations(events, main, presses);
  console.log('   JS self time, top functions:');
  for (const [name, us] of [...fnTime.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18))
    console.log(`     ${name.slice(0, 90).padEnd(90)} ${per(us).padStart(10)}`);
}

/**
 * Why elements were restyled: the style passes (UpdateLayoutTree) with their element counts,
 * and the invalidations recorded (what changed on which element), per choice.
 * @param {any[]} events
 * @param {string | undefined} main
 * @param {number} presses
 */
function invalidations(events, main, presses) {
  const passes = events.filter((e) => `${e.pid}:${e.tid}` === main && e.name === 'UpdateLayoutTree' && e.ph === 'X');
  const counts = passes.map((e) => e.args?.elementCount ?? e.args?.data?.elementCount ?? 0).filter((n) => n > 0);
  const total = counts.reduce((a, b) => a + b, 0);
  console.log(
    `   style passes: ${passes.length} (${(passes.length / presses).toFixed(1)} per choice), elements restyled ${(total / presses).toFixed(1)} per choice; biggest: ${counts
      .sort((a, b) => b - a)
      .slice(0, 12)
      .join(' ')}`,
  );
  /** @type {Map<string, number>} */
  const tally = new Map();
  const add = (/** @type {string} */ key) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const e of events) {
    const d = e.args?.data;
    if (!d) continue;
    if (e.name === 'ScheduleStyleInvalidationTracking') {
      const what = d.changedClass
        ? `.${d.changedClass}`
        : d.changedAttribute
          ? `[${d.changedAttribute}]`
          : d.changedPseudo
            ? `:${d.changedPseudo}`
            : d.changedId
              ? `#${d.changedId}`
              : '?';
      add(`schedule  ${what} on ${d.nodeName ?? '?'}`);
    } else if (e.name === 'StyleRecalcInvalidationTracking') {
      add(`recalc    ${d.reason ?? '?'}${d.extraData ? ` (${d.extraData})` : ''} on ${d.nodeName ?? '?'}`);
    } else if (e.name === 'StyleInvalidatorInvalidationTracking') {
      add(`invalidator ${d.reason ?? '?'} on ${d.nodeName ?? '?'}`);
    }
  }
  console.log('   invalidations per choice (what changed, on which element):');
  for (const [key, n] of [...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`     ${(n / presses).toFixed(1).padStart(6)}  ${key.slice(0, 110)}`);
}

/**
 * The long animation frames of the profiled choices: how many, how long, how much of each was
 * rendering, and the scripts that ran in them (by invoker).
 * @param {{ start: number, duration: number, render: number, styleLayout: number, scripts: { invoker: string, fn: string, source?: string, duration: number }[] }[]} frames
 * @param {number} since
 */
function longFrameSummary(frames, since) {
  const mine = frames.filter((f) => f.start >= since);
  const total = mine.reduce((n, f) => n + f.duration, 0);
  const render = mine.reduce((n, f) => n + (f.render ?? 0), 0);
  console.log(
    `   long animation frames: ${mine.length}, ${total.toFixed(0)} ms in all (rendering ${render.toFixed(0)} ms); longest ${mine
      .map((f) => Math.round(f.duration))
      .sort((a, b) => b - a)
      .slice(0, 10)
      .join(' ')}`,
  );
  /** @type {Map<string, { n: number, ms: number }>} */
  const by = new Map();
  for (const f of mine)
    for (const s of f.scripts ?? []) {
      const key = `${s.invoker}${s.fn ? ` → ${s.fn}` : ''}`;
      const t = by.get(key) ?? { n: 0, ms: 0 };
      t.n += 1;
      t.ms += s.duration;
      by.set(key, t);
    }
  for (const [key, t] of [...by.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12))
    console.log(`     ${String(t.n).padStart(4)}× ${t.ms.toFixed(0).padStart(6)} ms  ${key.slice(0, 100)}`);
  // Each frame on its own: when it began (ms since the playthrough began), its rendering,
  // and its scripts with where they came from (file:character in the build).
  for (const f of mine) {
    const scripts = (f.scripts ?? [])
      .map((s) => `${s.invoker}${s.fn ? ` → ${s.fn}` : ''}${s.source ? ` @${s.source}` : ''} ${s.duration.toFixed(0)}`)
      .join('; ');
    console.log(
      `     at ${(f.start - since).toFixed(0).padStart(6)}: ${f.duration.toFixed(0)} ms, render ${(f.render ?? 0).toFixed(0)}; ${scripts}`,
    );
  }
}
