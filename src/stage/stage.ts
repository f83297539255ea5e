// The Phaser stage, mounted into a host element. This is the only module that imports
// Phaser; it arrives as its own chunk through `loadStage()` in stage-api.ts.
import * as Phaser from 'phaser';
import { gameConfig } from './game-config';
import { budgetFor, type GpuBudget, SOFTWARE_BUDGET } from './gpu-budget';
import { type PacedLoop, paceFor, setPace } from './loop-pace';
import { sleepWhenStill } from './loop-sleep';
import { BackdropScene } from './scenes/BackdropScene';
import { BootScene } from './scenes/BootScene';
import { DanceScene } from './scenes/DanceScene';
import { type StageHandle, StageUnavailableError, type StageView } from './stage-api';

/** Give up on a stage that has not drawn its first frame by then; the text carries on. */
const BOOT_TIMEOUT_MS = 15000;

export async function mountStage(parent: HTMLElement, initial: StageView): Promise<StageHandle> {
  const backdrop = new BackdropScene();
  const dance = new DanceScene();
  // The scenes keep the view until they exist, so the first frame already shows it.
  backdrop.show(initial.scene, initial.reducedMotion);
  dance.setView(initial);

  let game: Phaser.Game;
  try {
    game = new Phaser.Game(gameConfig(parent, [new BootScene(), backdrop, dance]));
  } catch (err) {
    throw new StageUnavailableError(`WebGL is not available: ${describe(err)}`);
  }

  let budget: GpuBudget = SOFTWARE_BUDGET;
  try {
    await booted(game, dance, (gl) => {
      // Known as soon as the renderer is: the first room is painted to this budget too.
      budget = budgetFor(gl);
      backdrop.paintScale = budget.paintScale;
      game.loop.setFPSLimit(budget.fps);
    });
  } catch (err) {
    teardown(game);
    throw err instanceof StageUnavailableError ? err : new StageUnavailableError(describe(err));
  }

  const canvas = game.canvas;
  // Decorative for assistive tech: the HTML text layer carries every meaning.
  canvas.setAttribute('aria-hidden', 'true');
  canvas.setAttribute('role', 'presentation');
  canvas.style.display = 'block';

  // A step at the full rate, slow glows and fades at the slow one (loop-pace.ts); set after
  // each frame before the sleeper reads it to nap until the next.
  const pace = (): void => setPace(game.loop as unknown as PacedLoop, paceFor(dance.brisk(), budget));
  game.events.on(Phaser.Core.Events.POST_RENDER, pace);
  // Nothing moving, nothing drawn: the loop sleeps until the next view (or resize) wakes it.
  const sleeper = sleepWhenStill(game, [() => dance.still()]);
  backdrop.onMotion = () => sleeper.wake();
  // The host's size changes with the window, the text size or the phone's pinned layout:
  // told, never polled (game-config.ts), and a sleeping loop wakes to redraw at the new size.
  const resized = new ResizeObserver(() => {
    game.scale.dirty = true;
    sleeper.wake();
  });
  resized.observe(parent);
  let last: StageView = initial;
  let destroyed = false;
  return {
    renderer: 'webgl',
    update(view: StageView): void {
      if (destroyed || view === last) return;
      if (view.scene !== last.scene || view.reducedMotion !== last.reducedMotion) {
        backdrop.show(view.scene, view.reducedMotion);
      }
      last = view;
      dance.setView(view);
      pace();
      sleeper.wake();
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      resized.disconnect();
      sleeper.stop();
      game.events.off(Phaser.Core.Events.POST_RENDER, pace);
      // Phaser destroys a game on its next frame: a sleeping loop must run once more for it.
      game.loop.wake();
      teardown(game);
    },
  };
}

/**
 * Resolves once the renderer is known to be WebGL and the dance floor has been created;
 * `onWebGL` is told the renderer's context as soon as it is known.
 */
function booted(game: Phaser.Game, dance: DanceScene, onWebGL: (gl: WebGLRenderingContext) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(
      () => reject(new StageUnavailableError('The stage did not start in time.')),
      BOOT_TIMEOUT_MS,
    );
    const fail = (message: string): void => {
      window.clearTimeout(timer);
      reject(new StageUnavailableError(message));
    };
    const onReady = (): void => {
      if (!(game.renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) {
        fail('The stage needs WebGL, and this browser gave it another renderer.');
        return;
      }
      if (game.renderer.contextLost) {
        fail('The WebGL context was lost while the stage started.');
        return;
      }
      onWebGL(game.renderer.gl);
      dance.events.once(Phaser.Scenes.Events.CREATE, () => {
        window.clearTimeout(timer);
        resolve();
      });
    };
    if (game.isRunning) onReady();
    else game.events.once(Phaser.Core.Events.READY, onReady);
  });
}

/**
 * Stop the loop and remove the canvas. Phaser destroys on its next frame, so the canvas is
 * also taken out of the page now, and the WebGL context is released once Phaser is done
 * (browsers allow only a handful of live contexts; a test that mounts often would run out).
 */
function teardown(game: Phaser.Game): void {
  const renderer = game.renderer;
  const gl = renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? renderer.gl : null;
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    window.setTimeout(() => gl?.getExtension('WEBGL_lose_context')?.loseContext(), 0);
  });
  game.destroy(true);
  game.canvas?.remove();
  // A game that never started its loop would wait forever for a frame to destroy on.
  if (!game.isRunning) (game as unknown as { runDestroy(): void }).runDestroy();
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
