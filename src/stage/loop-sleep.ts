// The stage's game loop sleeps when nothing on it moves, and while the page is hidden: a
// still stage then costs no frames, no main-thread time and no GPU while the player reads.
// Anything that starts a movement (a new view, a resize, the page shown again) wakes it.
// And it steps aside for the player: from a key press or a tap until the frame after it
// has been painted, the stage draws nothing, so that frame holds only the new text.
// Between two paced frames (loop-pace.ts: 10 a second without a GPU) the loop naps too: Phaser
// would otherwise ask the page for every display frame (60 a second) and skip five in six, and
// each frame asked for runs the page's rendering steps and holds up its idle work.
import * as Phaser from 'phaser';
import { afterNextPaint } from '../shared/after-paint';

/**
 * Rendered frames with nothing moving before the loop goes to sleep. One is enough: a frame
 * counts as still only once its update found nothing moving, so it already shows the rest
 * state (a tween's last values are drawn in the frame it ends, and it leaves the list in the next).
 */
export const STILL_FRAMES = 1;
/** A display frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/**
 * A nap ends this long before the paced frame is due: the loop then asks for the display
 * frame in which the step is due (two or three asked for per frame drawn, not six).
 */
const WAKE_EARLY_MS = 1.5 * FRAME_MS;
/** The inputs that may change the text: the stage gives their next frame to it. */
const INPUTS = ['keydown', 'pointerdown'] as const;

/** What the stage asks of the loop: wake it up, and stop watching. */
export interface LoopSleeper {
  /** Run the loop again (a change is coming); it sleeps once everything is still again. */
  wake(): void;
  /** True while the loop runs, or naps between two paced frames (for tests and the curious). */
  readonly awake: boolean;
  stop(): void;
}

/**
 * Something that moves by itself, that the scene's tweens and timers do not show: the
 * stage asks each before sleeping (the dance floor's heartbeat pulse, for one).
 */
export type StillCheck = () => boolean;

/** True while a scene has a tween running, a timer pending or a particle alive. */
export function sceneMoving(scene: Phaser.Scene): boolean {
  const sys = scene.sys;
  if (!sys.isActive()) return false;
  if (scene.tweens.getTweens().length > 0) return true;
  // The clock keeps its events in fields Phaser does not expose; a pending delayed call must
  // fire on time, so the loop stays awake for it.
  const clock = scene.time as unknown as { _active?: readonly unknown[]; _pendingInsertion?: readonly unknown[] };
  if ((clock._active?.length ?? 0) > 0 || (clock._pendingInsertion?.length ?? 0) > 0) return true;
  return scene.children.list.some(
    (child) =>
      child instanceof Phaser.GameObjects.Particles.ParticleEmitter &&
      (child.emitting || child.getAliveParticleCount() > 0),
  );
}

/**
 * The loop's nap between two paced frames: asleep until a display frame before the next is
 * due (a timer), then woken inside that frame (an animation frame), so the step is drawn there.
 */
function napBetweenFrames(loop: Phaser.Core.TimeStep): { readonly napping: boolean; start(): void; end(): void } {
  const paced = loop as unknown as { hasFpsLimit: boolean; _limitRate: number };
  let napping = false;
  let timer = 0;
  let frame = 0;
  return {
    get napping() {
      return napping;
    },
    start(): void {
      const wait = paced._limitRate - WAKE_EARLY_MS;
      if (!paced.hasFpsLimit || wait < FRAME_MS || document.visibilityState === 'hidden') return;
      loop.sleep();
      napping = true;
      timer = window.setTimeout(() => {
        frame = window.requestAnimationFrame(() => {
          napping = false;
          loop.wake();
        });
      }, wait);
    },
    end(): void {
      napping = false;
      window.clearTimeout(timer);
      window.cancelAnimationFrame(frame);
    },
  };
}

/**
 * Put `game`'s loop to sleep after STILL_FRAMES rendered frames in which no scene moved and
 * every `still` check agreed, and while the page is hidden.
 */
export function sleepWhenStill(game: Phaser.Game, still: readonly StillCheck[] = []): LoopSleeper {
  let stillFrames = 0;
  let stopped = false;
  const loop = game.loop;
  const moving = (): boolean => game.scene.getScenes(true).some(sceneMoving) || still.some((s) => !s());
  const naps = napBetweenFrames(loop);
  const nap = naps.start;
  const endNap = naps.end;
  const onRendered = (): void => {
    if (moving()) {
      stillFrames = 0;
      nap();
      return;
    }
    stillFrames += 1;
    if (stillFrames >= STILL_FRAMES) loop.sleep();
  };
  const wake = (): void => {
    if (stopped || document.visibilityState === 'hidden') return;
    stillFrames = 0;
    // A napping loop wakes by itself for its next frame, and draws what changed then.
    if (naps.napping || loop.running) return;
    // No time passed for the stage while it slept: the first frame after waking has no
    // delta, and is drawn a paced frame later (the one that shows the text comes first).
    loop.resetDelta();
    loop.wake();
    nap();
  };
  const onHidden = (): void => {
    endNap();
    loop.sleep();
  };
  let yielding = false;
  const onInput = (): void => {
    if (yielding || (!loop.running && !naps.napping)) return;
    yielding = true;
    endNap();
    loop.sleep();
    afterNextPaint(() => {
      yielding = false;
      wake();
    });
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, onRendered);
  game.events.on(Phaser.Core.Events.HIDDEN, onHidden);
  game.events.on(Phaser.Core.Events.VISIBLE, wake);
  // The scale manager notices a new size only while the loop runs.
  window.addEventListener('resize', wake);
  for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  return {
    wake,
    get awake() {
      return loop.running || naps.napping;
    },
    stop(): void {
      stopped = true;
      endNap();
      game.events.off(Phaser.Core.Events.POST_RENDER, onRendered);
      game.events.off(Phaser.Core.Events.HIDDEN, onHidden);
      game.events.off(Phaser.Core.Events.VISIBLE, wake);
      window.removeEventListener('resize', wake);
      for (const type of INPUTS) window.removeEventListener(type, onInput, { capture: true });
    },
  };
}
