// The Phaser configuration for the stage: WebGL only, silent, transparent to input, and
// sized by its host element. Each choice here protects the HTML text layer above it.
import * as Phaser from 'phaser';

export function gameConfig(parent: HTMLElement, scenes: Phaser.Scene[]): Phaser.Types.Core.GameConfig {
  return {
    // WebGL or nothing: without it the shell falls back to text rather than a half stage.
    type: Phaser.WEBGL,
    parent,
    backgroundColor: '#06070c',
    banner: false,
    // howler owns all sound; a second audio context would only fight it.
    audio: { noAudio: true },
    // The canvas is decoration; keyboard and pointer belong to the text layer above it,
    // and it must never pull focus away from a choice button.
    input: false,
    autoFocus: false,
    disableContextMenu: false,
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: '100%',
      height: '100%',
      // Never restyle the host page (the default sets parent and body to height: 100%).
      expandParent: false,
      // No polling of the host's size (a forced layout every half second of animation):
      // stage.ts watches it with a ResizeObserver, which also wakes a sleeping loop.
      resizeInterval: Number.MAX_SAFE_INTEGER,
    },
    render: {
      antialias: true,
      powerPreference: 'low-power',
    },
    // Steps and crossfades are wall-clock choreography (a step lasts 600 ms, as the text
    // says). Phaser's delta smoothing caps each frame at 1/60 s while the page is unfocused
    // or the first 120 frames run, so on a slow or software GPU a step would crawl for
    // seconds; raw deltas keep the timing honest and merely drop frames. Slow glides and
    // fades read as smooth at 30 frames a second, at half the cost; and when nothing moves
    // the loop sleeps (loop-sleep.ts).
    fps: { target: 30, limit: 30, smoothStep: false },
    scene: scenes,
  };
}
