#!/usr/bin/env node
// @ts-check
// `npm run bench`: how fast De dans is, measured against the smallest possible ink player
// (tools/bench/peer/) in the same run, on the same machine, in the same Chromium.
//
//   npm run bench                    the full run (5 cold loads each, a minute of frames)
//   npm run bench -- --quick         a shorter run for development (3 loads, 15 s of frames)
//   npm run bench -- --runs 7        more cold loads
//   npm run bench -- --play-runs 5   more playthroughs per page (3 by default)
//   npm run bench -- --lang en       the English story (Dutch, the larger, by default)
//   npm run bench -- --strict        exit 1 when a budget fails (for CI-like use)
//
// Prints a table and writes bench-results/latest.json. Timings are never asserted in tests:
// this is where they are looked at. See README.md, "Performance".
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { browserHelpers } from '../build/browser-helpers.mjs';
import { checkBudgets } from '../build/budgets.mjs';
import { fileSizes } from '../build/bundle-graph.mjs';
import { compileStory } from '../ink/compile.mjs';
import { printReport } from './report.mjs';
import { CPU_SLOWDOWN, coldLoad, frameTimes, idleCost, PHONE, playthrough, SLOW_4G } from './scenarios.mjs';
import { serveStatic } from './static-server.mjs';
import { median, percentile, ratio } from './stats.mjs';
import { explorationGrowth, saveAtEnding, scriptedPath } from './story-bench.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Time to first text may be at most this many times the peer's. */
export const FIRST_TEXT_TIME_BUDGET = 1.2;

const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(name);
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? /** @type {string} */ (args[at + 1]) : fallback;
};
/** A count given on the command line: a whole number of at least 1, or a clear refusal. */
const countOption = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const n = Number(option(name, fallback));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1`);
  return n;
};
const quick = flag('--quick');
const runs = countOption('--runs', quick ? '3' : '5');
const lang = option('--lang', 'nl');
if (lang !== 'nl' && lang !== 'en') throw new Error(`--lang must be nl or en, not "${lang}"`);
const frameSeconds = quick ? 15 : 60;
// Playthroughs per page. Three, so that a median of the long-frame counts stands against one
// run that goes astray (one run's count with the stage went from 1 to 8 on the same build).
const playRuns = countOption('--play-runs', '3');
const exploreEntries = quick ? [1, 2, 4] : [1, 2, 4, 8];

const log = (/** @type {string} */ message) => console.log(`bench: ${message}`);
const loadAtStart = loadavg().map((n) => Number(n.toFixed(2)));
const work = mkdtempSync(join(tmpdir(), 'de-dans-bench-'));

try {
  // ── The two pages, built and served side by side ────────────────────────────
  log('building the game for production…');
  const gameDir = join(work, 'game');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: gameDir, emptyOutDir: true } });
  const peerDir = join(work, 'peer');
  mkdirSync(peerDir);
  copyFileSync(join(ROOT, 'tools', 'bench', 'peer', 'index.html'), join(peerDir, 'index.html'));
  copyFileSync(join(ROOT, 'node_modules', 'inkjs', 'dist', 'ink.mjs'), join(peerDir, 'ink.mjs'));
  /** @type {Record<string, { json: string, hash: string, outline: { knots: string[], stitches: string[] } }>} */
  const stories = {};
  for (const l of /** @type {const} */ (['nl', 'en'])) {
    stories[l] = compileStory(l);
    writeFileSync(join(peerDir, `story-${l}.json`), /** @type {{ json: string }} */ (stories[l]).json);
  }
  const story = /** @type {{ json: string, outline: { knots: string[], stitches: string[] } }} */ (stories[lang]);
  const { path, ending } = scriptedPath(story.json);
  log(`scripted playthrough: ${path.length} choices to the "${ending}" ending`);
  // The save at the ending, from the engine, in both languages (the browser's is measured below, in ${lang}).
  const saves = Object.fromEntries(
    /** @type {const} */ (['nl', 'en']).map((l) => [l, saveAtEnding(/** @type {any} */ (stories[l]), l)]),
  );
  log(
    `save at the ending: ${Object.entries(saves)
      .map(([l, s]) => `${l} ${s.bytes} bytes`)
      .join(', ')}`,
  );

  const sizes = checkBudgets(gameDir);
  const server = await serveStatic({ '/': gameDir, '/peer/': peerDir });
  const gameUrl = `${server.url}?lang=${lang}`;
  const peerUrl = `${server.url}peer/?lang=${lang}`;
  const { launchChromium } = await browserHelpers();
  const browser = await launchChromium();
  /** @type {string[]} */
  const errors = [];
  const note = (/** @type {string} */ page, /** @type {string[]} */ list) =>
    errors.push(...list.map((e) => `${page}: ${e}`));

  try {
    // ── Cold loads, alternating, so drift on a shared machine hits both alike ──
    /** @type {Awaited<ReturnType<typeof coldLoad>>[]} */ const gameLoads = [];
    /** @type {Awaited<ReturnType<typeof coldLoad>>[]} */ const peerLoads = [];
    for (let i = 0; i < runs; i++) {
      log(`cold load ${i + 1}/${runs} (CPU ×${CPU_SLOWDOWN}, ${SLOW_4G.name}, cache off)…`);
      const game = await coldLoad(browser, gameUrl, { autoStart: true, waitStage: true });
      const peer = await coldLoad(browser, peerUrl, { autoStart: false, waitStage: false });
      note('game', game.errors);
      note('peer', peer.errors);
      gameLoads.push(game);
      peerLoads.push(peer);
    }

    // ── Scripted playthroughs: rounds of game (stage), peer, game (text only), then
    // rewinds, heap and save. Every page's figures come from all of its runs, taken alike. ──
    /** @type {Awaited<ReturnType<typeof playthrough>>[]} */ const gamePlays = [];
    /** @type {Awaited<ReturnType<typeof playthrough>>[]} */ const peerPlays = [];
    /** @type {Awaited<ReturnType<typeof playthrough>>[]} */ const textPlays = [];
    const gameRun = { autoStart: true, path, rewinds: 20, saveKey: 'de-dans:autosave' };
    for (let round = 1; round <= playRuns; round++) {
      log(`playthrough ${round}/${playRuns} with the stage, 20 rewinds, heap…`);
      gamePlays.push(await playthrough(browser, gameUrl, { ...gameRun, waitStage: true }));
      log(`playthrough ${round}/${playRuns} in the peer…`);
      peerPlays.push(
        await playthrough(browser, peerUrl, {
          autoStart: false,
          path,
          rewinds: 0,
          waitStage: false,
          saveKey: 'peer:save',
        }),
      );
      log(`playthrough ${round}/${playRuns} as text only (?stage=off)…`);
      textPlays.push(await playthrough(browser, `${gameUrl}&stage=off`, { ...gameRun, waitStage: false }));
    }
    for (const p of gamePlays) note('game', p.errors);
    for (const p of peerPlays) note('peer', p.errors);
    for (const p of textPlays) note('game (text only)', p.errors);

    // ── Idle cost while reading, stage on ──────────────────────────────────────
    log('idle cost: 10 s of reading without input, in each…');
    const gameIdle = await idleCost(browser, gameUrl, {
      autoStart: true,
      path,
      choices: 3,
      seconds: 10,
      waitStage: true,
    });
    note('game', gameIdle.errors);
    const peerIdle = await idleCost(browser, peerUrl, {
      autoStart: false,
      path,
      choices: 3,
      seconds: 10,
      waitStage: false,
    });
    note('peer', peerIdle.errors);

    // ── Frame times while playing ───────────────────────────────────────────
    log(`frame times, ${frameSeconds} s of play in each…`);
    const gameFrames = await frameTimes(browser, gameUrl, {
      autoStart: true,
      path,
      seconds: frameSeconds,
      everyMs: 1500,
      waitStage: true,
    });
    note('game', gameFrames.errors);
    const peerFrames = await frameTimes(browser, peerUrl, {
      autoStart: false,
      path,
      seconds: frameSeconds,
      everyMs: 1500,
      waitStage: false,
    });
    note('peer', peerFrames.errors);

    // ── The explorer (Node) ─────────────────────────────────────────────────
    log(`story exploration, each phase from ${exploreEntries.join(', ')} entry states…`);
    const exploration = explorationGrowth(story, exploreEntries);

    // ── Figures ─────────────────────────────────────────────────────────────
    const chromium = browser.version();
    const precache = precacheSizes(gameDir);
    const loads = (/** @type {typeof gameLoads} */ list) => ({
      firstText: median(list.map((l) => l.firstText)),
      // The least disturbed run: on a shared machine the best of N is the steadier figure.
      firstTextBest: Math.min(...list.map((l) => l.firstText)),
      stage: list.every((l) => l.stage) ? median(list.map((l) => /** @type {{ at: number }} */ (l.stage).at)) : null,
      stageKinds: [...new Set(list.map((l) => l.stage?.kind ?? 'none'))],
      bytesBeforeFirstText: median(list.map((l) => l.bytesBeforeFirstText)),
      bytesTotal: median(list.map((l) => l.bytesTotal)),
      runs: list.map((l) => ({
        firstText: l.firstText,
        stage: l.stage?.at ?? null,
        bytesBeforeFirstText: l.bytesBeforeFirstText,
        bytesTotal: l.bytesTotal,
      })),
    });
    // Presses Event Timing did not report took under 16 ms: counted as 16 (an upper bound).
    const et = (/** @type {(number | null)[]} */ list) => list.map((d) => d ?? 16);
    /**
     * A page's figures over its playthroughs: every press of every run, the median of the runs'
     * long-frame counts, the longest frame of any run; the rest (raw latencies, rewinds, heap,
     * save) from the first run.
     * @param {typeof gamePlays} runs
     */
    const play = (runs) => {
      const p = /** @type {typeof gamePlays[0]} */ (runs[0]);
      const all = (/** @type {(r: typeof p) => (number | null)[]} */ pick) => runs.flatMap(pick);
      const latencies = /** @type {number[]} */ (all((r) => r.choiceLatencies));
      const paints = /** @type {number[]} */ (all((r) => r.choicePaint));
      const eventTimings = all((r) => r.choiceEventTiming);
      const longFrameCounts = runs.map((r) => r.longFrames.length);
      return {
        choices: p.choiceLatencies.length,
        choiceP50: percentile(latencies, 50),
        choiceP95: percentile(latencies, 95),
        paintP50: percentile(paints, 50),
        paintP95: percentile(paints, 95),
        eventTimingP50: percentile(et(eventTimings), 50),
        eventTimingP95: percentile(et(eventTimings), 95),
        eventTimingReported: eventTimings.filter((d) => d !== null).length,
        raw: { raf: p.choiceLatencies, paint: p.choicePaint, eventTiming: p.choiceEventTiming },
        rewindPaintP50: p.rewindPaint.length ? percentile(p.rewindPaint, 50) : null,
        rewindP50: p.rewindLatencies.length ? percentile(p.rewindLatencies, 50) : null,
        rewindP95: p.rewindLatencies.length ? percentile(p.rewindLatencies, 95) : null,
        longFrames: median(longFrameCounts),
        longFrameCounts,
        // Where each run's long frames fell: after how many choices, how long, how much blocking.
        longFrameRuns: runs.map((r) =>
          r.longFrames.map((f) => ({
            afterChoices: r.choiceTimes.filter((at) => at <= f.start).length,
            sinceStart: Math.round(f.start - r.began),
            ms: Math.round(f.duration),
            blocking: Math.round(f.blocking),
          })),
        ),
        longestFrame: runs.flatMap((r) => r.longFrames).reduce((m, f) => Math.max(m, f.duration), 0),
        heapUsed: p.heapUsed,
        saveBytes: p.save === null ? null : Buffer.byteLength(p.save, 'utf8'),
        saveGzip: p.save === null ? null : gzipSync(p.save, { level: 9 }).length,
      };
    };
    const frames = (/** @type {typeof gameFrames} */ f) => ({
      count: f.frames.length,
      p50: percentile(f.frames, 50),
      p95: percentile(f.frames, 95),
      over50: f.frames.filter((ms) => ms > 50).length,
      choices: f.choices,
      scenes: f.scenes,
    });
    const idle = (/** @type {typeof gameIdle} */ i) => ({
      busyShare: i.busyShare,
      framesPerSecond: i.framesPerSecond,
      frames: i.frames,
      seconds: i.seconds,
    });
    const firstLoad = gameLoads[0];
    const chunkTable = sizes.build.files
      .filter((f) => /\.(js|css)$/.test(f.file))
      .map((f) => ({
        ...f,
        beforeFirstText: firstLoad
          ? firstLoad.resources.some((r) => r.url.endsWith(`/${basename(f.file)}`) && r.end <= firstLoad.firstText)
          : null,
        loaded: firstLoad ? firstLoad.resources.some((r) => r.url.endsWith(`/${basename(f.file)}`)) : null,
      }));

    const results = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      quick,
      lang,
      environment: {
        chromium,
        node: process.version,
        cpus: cpus().length,
        loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
        loadAverageAtStart: loadAtStart,
        cpuSlowdown: CPU_SLOWDOWN,
        network: SLOW_4G,
        viewport: PHONE,
        gpu: 'SwiftShader (software WebGL)',
      },
      method: {
        coldLoads: runs,
        scriptedChoices: path.length,
        pauseBetweenChoicesMs: 300,
        playthroughsEach: 2,
        rewinds: 20,
        frameSeconds,
        exploreEntriesPerPhase: exploreEntries,
      },
      game: {
        load: loads(gameLoads),
        play: play(gamePlays),
        textOnly: play(textPlays),
        frames: frames(gameFrames),
        idle: idle(gameIdle),
      },
      peer: {
        load: loads(peerLoads),
        play: play(peerPlays),
        frames: frames(peerFrames),
        idle: idle(peerIdle),
      },
      sizes: {
        firstText: Object.fromEntries(Object.entries(sizes.build.firstText).map(([l, f]) => [l, f.total])),
        chunks: chunkTable,
        peer: {
          'ink.mjs': fileSizes(join(peerDir, 'ink.mjs')),
          [`story-${lang}.json`]: fileSizes(join(peerDir, `story-${lang}.json`)),
        },
        precache,
      },
      exploration,
      saves,
      budgets: [
        ...sizes.results,
        (() => {
          const r = ratio(median(gameLoads.map((l) => l.firstText)), median(peerLoads.map((l) => l.firstText)));
          return {
            name: `Time to first text ≤ ${FIRST_TEXT_TIME_BUDGET}× the peer's`,
            ok: r !== null && r <= FIRST_TEXT_TIME_BUDGET,
            detail: r === null ? 'not measured' : `${r.toFixed(2)}× (medians of ${runs} cold loads)`,
          };
        })(),
      ],
      errors,
    };

    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    printReport(results);
    log('written to bench-results/latest.json');
    if (flag('--strict') && !results.budgets.every((b) => b.ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** What the service worker precaches on a first visit (listed in the built sw.js). */
function precacheSizes(/** @type {string} */ dir) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => /** @type {string} */ (m[1]));
  const sized = urls.map((url) => fileSizes(join(dir, url)));
  // Sounds and images go as they are; text compresses: count what the server would send.
  const sent = urls.reduce((n, url, i) => {
    const s = /** @type {{ raw: number, gzip: number }} */ (sized[i]);
    return n + (/\.(webm|mp3|png)$/.test(url) ? s.raw : s.gzip);
  }, 0);
  return { files: urls.length, raw: sized.reduce((n, s) => n + s.raw, 0), sent };
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
