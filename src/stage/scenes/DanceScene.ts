// The dance floor: two figures, the lamp above them and the light between them. It turns
// each StageView into a picture — distance, posture, facing, temperature — and animates
// only what changed: a step when the step count moves, a pulse when the body speaks.
import * as Phaser from 'phaser';
import { type Arrangement, arrange } from '../layout';
import { Figure, STEP_MS } from '../objects/Figure';
import { clamp01, lerp, mixColor, temperature } from '../palette';
import type { StageView } from '../stage-api';
import { TEX } from '../textures';
import { SCENE_KEYS } from './keys';

/** Slow settle for an ending's final arrangement, so it reads as a conclusion. */
const ENDING_MS = 1800;
/** A change of distance without a step (e.g. a restored save): a gentle glide. */
const GLIDE_MS = 900;
const HEART_COLOR = 0xff6f61;
/**
 * The heart beats visibly for as long as a step after each new view (then to the end of the
 * beat it is in), and rests at a steady glow (between two beats, so nothing jumps): every
 * frame drawn costs the player's device (and, without a GPU, the CPU that runs the text), and
 * a stage where nothing happens draws none.
 */
const HEART_PULSE_MS = STEP_MS;

export class DanceScene extends Phaser.Scene {
  private view: StageView | null = null;
  private shown: StageView | null = null;
  private layout: Arrangement | null = null;
  private player!: Figure;
  private partner!: Figure;
  private beam!: Phaser.GameObjects.Image;
  private pool!: Phaser.GameObjects.Image;
  private selfPool!: Phaser.GameObjects.Image;
  private ring!: Phaser.GameObjects.Image;
  /** The light as currently shown; tweened toward the layout's values. */
  private readonly light = { warmth: 0.5, self: 0.5, ring: 0 };
  private ready = false;
  /** Until when (performance.now() time) the heart pulses; after it, it rests. */
  private pulseUntil = 0;
  private heartResting = true;
  /** Until when (performance.now() time) the figures move: drawn at the full rate till then. */
  private moveUntil = 0;

  constructor() {
    super(SCENE_KEYS.dance);
  }

  /** Show a view; safe to call before the scene has started, and cheap when nothing changed. */
  setView(view: StageView): void {
    this.view = view;
    if (this.ready) this.apply(view);
  }

  create(): void {
    this.beam = this.add.image(0, 0, TEX.beam).setOrigin(0.5, 0).setBlendMode(Phaser.BlendModes.ADD);
    this.pool = this.add.image(0, 0, TEX.glow).setBlendMode(Phaser.BlendModes.ADD);
    this.selfPool = this.add.image(0, 0, TEX.glow).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0);
    this.ring = this.add.image(0, 0, TEX.ring).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0);
    this.partner = new Figure(this, 'partner');
    this.player = new Figure(this, 'player');
    this.ready = true;
    if (this.view) this.apply(this.view);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    });
  }

  private onResize(): void {
    // Snap to the new size: a resize is not a step in the story.
    if (this.view) this.arrangeNow(this.view, 0, false);
  }

  /** Nothing here moves by itself (the loop may sleep as far as this scene is concerned). */
  still(): boolean {
    return this.heartResting;
  }

  /** Something here moves fast (a step, a glide, the heart's beat): drawn at the full frame rate. */
  brisk(): boolean {
    return !this.heartResting || performance.now() < this.moveUntil;
  }

  private apply(view: StageView): void {
    const prev = this.shown;
    if (prev && sameView(prev, view)) return;
    this.shown = view;
    this.pulseUntil = performance.now() + HEART_PULSE_MS;
    this.heartResting = false;
    const still = view.reducedMotion;
    const stepped = !!prev && prev.stepCount !== view.stepCount;
    const ended = !!prev && prev.ending !== view.ending;
    let duration = 0;
    if (prev && !still) duration = ended ? ENDING_MS : stepped ? STEP_MS : GLIDE_MS;
    if (
      !prev ||
      stepped ||
      ended ||
      prev.partnerDistance !== view.partnerDistance ||
      prev.lastStep !== view.lastStep ||
      prev.pursue !== view.pursue ||
      prev.reducedMotion !== view.reducedMotion
    ) {
      this.arrangeNow(view, duration, stepped && !ended);
    }
    if (!prev || prev.partnerPresent !== view.partnerPresent)
      this.partner.setPresent(view.partnerPresent, !!prev && !still);
    // A body signal pulses when it appears, or again when a new beat carries it.
    if (!prev || prev.body !== view.body || (stepped && view.body) || prev.reducedMotion !== still) {
      this.player.signal(view.body, !still);
    }
  }

  private arrangeNow(view: StageView, duration: number, step: boolean): void {
    const { width, height } = this.scale;
    const a = arrange(view, width, height);
    this.layout = a;
    this.player.place(a.player, duration, step);
    this.partner.place(a.partner, duration, step);
    this.tweens.killTweensOf(this.light);
    this.moveUntil = duration > 0 ? performance.now() + duration : 0;
    const target = { warmth: a.warmth, self: a.selfWarmth, ring: a.ring ? 1 : 0 };
    if (duration > 0) {
      // The light settles with the feet: nothing left moving once the step is done.
      this.tweens.add({ targets: this.light, ...target, duration, ease: 'Sine.easeInOut' });
    } else {
      Object.assign(this.light, target);
    }
  }

  override update(time: number): void {
    const a = this.layout;
    if (!a) return;
    const { warmth, self } = this.light;
    const color = temperature(warmth);
    const px = this.player.x;
    const qx = this.partner.x;
    const mid = (px + qx) / 2;
    const gap = Math.abs(qx - px);
    const floorY = this.player.y;
    const figH = a.player.height;

    // The lamp above the pair: brighter and warmer the closer they stand.
    this.beam
      .setPosition(mid, 0)
      .setDisplaySize(Math.max(gap + figH * 0.9, figH * 1.1), floorY + figH * 0.05)
      .setTint(color)
      .setAlpha(lerp(0.1, 0.26, warmth));
    this.pool
      .setPosition(mid, floorY)
      .setDisplaySize(gap + figH * 1.6, figH * 0.34)
      .setTint(color)
      .setAlpha(lerp(0.22, 0.55, warmth));
    // The player's own light: matters when it differs from the room's (leaving well, or a heart gone cold).
    const selfExtra = clamp01(Math.abs(self - warmth) * 1.5);
    this.selfPool
      .setPosition(px, floorY)
      .setDisplaySize(figH * 1.1, figH * 0.24)
      .setTint(temperature(self))
      .setAlpha(0.5 * selfExtra);
    this.ring
      .setPosition(mid, floorY)
      .setDisplaySize(gap + figH * 1.4, (gap + figH * 1.4) * 0.22)
      .setTint(color)
      .setAlpha(0.35 * this.light.ring);

    this.player.setLight(mixColor(temperature(self), 0xffffff, 0.25));
    this.partner.setLight(mixColor(color, 0xffffff, 0.15));

    // The heart: a lub-dub at a tempo that rises with the chase; steady under reduced motion.
    // It beats for a while after each change, then rests between two beats at its low glow.
    const still = this.shown?.reducedMotion ?? false;
    let heart = a.heartRate > 0 ? 0.55 : 0;
    if (still || a.heartRate <= 0) this.heartResting = true;
    else {
      const beat = ((time / 1000) * a.heartRate) / 60;
      const p = beat - Math.floor(beat);
      const pulse = Math.exp(-(((p - 0.04) / 0.055) ** 2)) + 0.6 * Math.exp(-(((p - 0.24) / 0.06) ** 2));
      if (this.heartResting || (time >= this.pulseUntil && p > 0.5)) this.heartResting = true;
      heart = this.heartResting ? 0.3 : 0.3 + 0.7 * pulse;
    }
    this.player.setHeart(heart * lerp(0.6, 1, clamp01(a.heartRate / 120)), mixColor(HEART_COLOR, color, 0.25));
  }
}

function sameView(a: StageView, b: StageView): boolean {
  return (
    a.scene === b.scene &&
    a.phase === b.phase &&
    a.partnerDistance === b.partnerDistance &&
    a.partnerPresent === b.partnerPresent &&
    a.pursue === b.pursue &&
    a.withdraw === b.withdraw &&
    a.lastStep === b.lastStep &&
    a.stepCount === b.stepCount &&
    a.body === b.body &&
    a.ending === b.ending &&
    a.reducedMotion === b.reducedMotion
  );
}
