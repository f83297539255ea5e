// The stage's contract with the rest of the game. The stage draws what it is told and
// owns no story state; this file is all that the shell imports eagerly — Phaser itself
// arrives later, through `loadStage()`, after the first text is already on screen.
import type { BodySignal, EndingId, SceneId, StepKind } from '../engine/types';

/** What the stage should show right now. */
export interface StageView {
  readonly scene: SceneId | null;
  readonly phase: number;
  /** 0 (close) – 10 (far): the partner's distance from the player's figure. */
  readonly partnerDistance: number;
  /** Whether the partner is in the scene at all (`# partner: away` takes them off stage). */
  readonly partnerPresent: boolean;
  readonly pursue: number;
  readonly withdraw: number;
  /** The step just taken, animated once per change of `stepCount`. */
  readonly lastStep: StepKind | null;
  readonly stepCount: number;
  /** A body signal in the beat just shown, if any. */
  readonly body: BodySignal | null;
  readonly ending: EndingId | null;
  readonly reducedMotion: boolean;
}

export interface StageHandle {
  /** Draw a new view; cheap to call with an unchanged view. */
  update(view: StageView): void;
  /** 'webgl' when the GPU path runs (asserted by the browser tests). */
  readonly renderer: 'webgl' | 'canvas';
  destroy(): void;
}

/** WebGL is missing or failed: the game stays playable as text. */
export class StageUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StageUnavailableError';
  }
}

/** Loads Phaser and the stage on demand (a separate chunk) and mounts it in `parent`. */
export async function loadStage(parent: HTMLElement, initial: StageView): Promise<StageHandle> {
  const { mountStage } = await import('./stage');
  return mountStage(parent, initial);
}
