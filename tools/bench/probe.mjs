// @ts-check
// What the benchmark watches inside a page, installed before any of the page's own code
// runs (Playwright's addInitScript). The same probe runs in the game and in the peer, and
// both pages use the same class names for the story's lines and choices, so every figure
// is taken the same way in both.
//
// "On screen" is measured three ways for each key press (choice or rewind):
// - `raf` (the old figure): the first requestAnimationFrame callback once the new text is in
//   the document. It runs before that frame's style, layout and paint, so it flatters a page
//   that moves work into the frame.
// - `paint` (by hand, for every press): to the task after that frame — a message posted from
//   the rAF callback runs once the frame's rendering work is done.
// - `eventTiming`: the Event Timing API's `duration` of the keydown (input to the next paint,
//   as INP takes it). The browser reports only events of 16 ms or more; shorter ones stay null.
// Idle cost: `__benchIdle(true/false)` counts the distinct frames in which the page itself
// asked for an animation frame (the probe's own requests are not counted).

/**
 * @typedef {object} BenchState
 * @property {number | null} firstText      ms since navigation start, on screen (the frame after)
 * @property {number | null} firstTextInDom when the first text entered the document
 * @property {{ at: number, kind: string } | null} stage  when <html data-stage> appeared, and its value
 * @property {{ kind: 'choice' | 'rewind', ms: number, paint: number | null, at: number, eventTiming: number | null }[]} latencies
 *   key press → next text: `ms` to the rAF callback (old figure), `paint` to the task after that frame
 * @property {{ start: number, duration: number, blocking: number, render: number, styleLayout: number, scripts: { invoker: string, fn: string, source: string, duration: number, forced: number }[] }[]} longFrames  long animation frames (≥ 50 ms), with their scripts and rendering time
 * @property {number[]} frames  frame-to-frame times while sampling
 * @property {{ start: number, duration: number }[]} keyEvents  Event Timing keydown entries (≥ 16 ms)
 * @property {{ counting: boolean, frames: number, lastFrame: number }} idle  the page's own animation frames while counting
 */

/**
 * Installed with `context.addInitScript(probe, { autoStart })`. Serialised into the page:
 * it must not use anything from this module's scope.
 * @param {{ autoStart: boolean }} options  autoStart: submit the game's title form the moment it appears
 */
export function probe(options) {
  /** @type {BenchState & { sampling: boolean, started: boolean, waitingFirst: boolean, pending: { at: number, before: string, kind: 'choice' | 'rewind' } | null }} */
  const bench = {
    firstText: null,
    firstTextInDom: null,
    stage: null,
    latencies: [],
    longFrames: [],
    frames: [],
    sampling: false,
    started: false,
    waitingFirst: false,
    pending: null,
    keyEvents: [],
    idle: { counting: false, frames: 0, lastFrame: -1 },
  };
  /** @type {any} */ (window).__bench = bench;
  // The page's own frames: every rAF it asks for, counted once per frame while idle counting.
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((t) => {
      if (bench.idle.counting && t !== bench.idle.lastFrame) {
        bench.idle.lastFrame = t;
        bench.idle.frames += 1;
      }
      callback(t);
    });
  /** @type {any} */ (window).__benchIdle = (/** @type {boolean} */ on) => {
    bench.idle.counting = on;
    if (on) bench.idle.frames = 0;
    return bench.idle.frames;
  };
  const afterFrame = (/** @type {() => void} */ task) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => task();
    channel.port2.postMessage(null);
  };
  const linesText = () => document.querySelector('.story-lines')?.textContent ?? '';
  const hasText = () =>
    [...document.querySelectorAll('.story-lines p')].some((p) => (p.textContent ?? '').trim() !== '');
  const onNextFrame = (/** @type {(t: number) => void} */ record) => raf(() => record(performance.now()));

  const check = () => {
    if (bench.firstText === null && !bench.waitingFirst && hasText()) {
      bench.waitingFirst = true;
      bench.firstTextInDom = performance.now();
      onNextFrame((t) => (bench.firstText = t));
    }
    if (options.autoStart && !bench.started) {
      // A player who presses "New game" the instant it appears: no human time in the figure.
      const form = /** @type {HTMLFormElement | null} */ (document.querySelector('form.title-form'));
      if (form) {
        bench.started = true;
        form.requestSubmit();
      }
    }
    const pending = bench.pending;
    if (pending && linesText() !== pending.before) {
      bench.pending = null;
      onNextFrame((t) => {
        const entry = {
          kind: pending.kind,
          ms: t - pending.at,
          paint: /** @type {number | null} */ (null),
          at: pending.at,
          eventTiming: /** @type {number | null} */ (null),
        };
        afterFrame(() => {
          entry.paint = performance.now() - pending.at;
          bench.latencies.push(entry);
        });
      });
    }
    const stage = document.documentElement.dataset.stage;
    if (bench.stage === null && stage) {
      bench.stage = { at: -1, kind: stage };
      onNextFrame((t) => {
        if (bench.stage) bench.stage.at = t;
      });
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-stage'],
  });

  // Capture phase on window: runs before the page's own key handling. event.timeStamp is
  // when the browser received the key, on the same clock as performance.now().
  window.addEventListener(
    'keydown',
    (event) => {
      const kind = /^[1-9]$/.test(event.key) ? 'choice' : event.key === 'Backspace' ? 'rewind' : null;
      if (kind) bench.pending = { at: event.timeStamp, before: linesText(), kind };
    },
    true,
  );

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = /** @type {any} */ (entry);
        // Where the frame's time went: its scripts (by who invoked them) and its rendering.
        const scripts = (e.scripts ?? []).map((/** @type {any} */ s) => ({
          invoker: String(s.invoker ?? ''),
          fn: String(s.sourceFunctionName ?? ''),
          // Where the script came from (file:character), for functions the bundle left unnamed.
          source: s.sourceURL ? `${String(s.sourceURL).split('/').pop()}:${s.sourceCharPosition ?? -1}` : '',
          duration: s.duration,
          forced: s.forcedStyleAndLayoutDuration ?? 0,
        }));
        const end = entry.startTime + entry.duration;
        bench.longFrames.push({
          start: entry.startTime,
          duration: entry.duration,
          blocking: e.blockingDuration ?? 0,
          render: e.renderStart > 0 ? end - e.renderStart : 0,
          styleLayout: e.styleAndLayoutStart > 0 ? end - e.styleAndLayoutStart : 0,
          scripts,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without Long Animation Frames: the figure stays empty, reported as such.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown') bench.keyEvents.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
  } catch {
    // No Event Timing: the by-hand figure still stands.
  }

  let last = -1;
  const tick = (/** @type {number} */ t) => {
    if (!bench.sampling) {
      last = -1;
      return;
    }
    if (last >= 0) bench.frames.push(t - last);
    last = t;
    raf(tick);
  };
  /** @type {any} */ (window).__benchSampleFrames = (/** @type {boolean} */ on) => {
    const was = bench.sampling;
    bench.sampling = on;
    if (on && !was) raf(tick);
  };
}
