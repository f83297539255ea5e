// Vite config for the stage preview only (`npx vite tools/stage-preview`). Vite takes this
// folder as its root; the stage's sources live two levels up, so allow serving from there.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  server: { fs: { allow: [repoRoot] } },
  // Keep the preview's dependency cache apart from the game's.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite-stage-preview', import.meta.url)),
});
