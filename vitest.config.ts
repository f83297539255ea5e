import { defineConfig } from 'vitest/config';
import { inkStories } from './tools/vite/ink-plugin.mjs';

export default defineConfig({
  plugins: [inkStories()],
  test: {
    // Every core, for every project (vitest's own default leaves one free: on these two-core
    // machines that was one worker, and the whole suite ran file after file). Two browser files
    // can run side by side: they spend much of their time waiting for a page (a reveal, a
    // vote's timer, the network), and with one Chromium at a time the machine sat half idle.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A guard against hangs, not a speed check: the tests that play the story through the
          // workshop took over vitest's default 5 s on a machine shared by many jobs (CI, load ~25).
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'story',
          include: ['tests/story/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/browser-global-setup.ts'],
          // Guards against a hang only: on a machine shared by many jobs the longest run (the
          // stage run to an ending) takes several times its quiet-machine minute.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // expect.poll waits for a state the page announces: as long as Playwright waits for
          // one (STATE_TIMEOUT_MS in tests/helpers/browser.ts), not vitest's default second.
          expect: { poll: { timeout: 60_000 } },
        },
      },
    ],
  },
});
