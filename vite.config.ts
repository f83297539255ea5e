import { defineConfig } from 'vite';
import { inkStories } from './tools/vite/ink-plugin.mjs';

export default defineConfig({
  // Relative asset URLs: the build runs from any folder or static host.
  base: './',
  plugins: [inkStories()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Phaser is big and arrives after the first text; keep it in its own chunk.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
});
