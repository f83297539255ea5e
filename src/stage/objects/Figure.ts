// One dancer: a silhouette standing on its own reflection and shadow. The player's figure
// also carries the heart glow and the body signals. Children are laid out in the figure
// texture's pixels around the feet, and the container is scaled to the stage, so a figure
// looks the same on a phone and on a projector.
import * as Phaser from 'phaser';
import type { BodySignal } from '../../engine/types';
import { danceMove } from '../dance-moves';
import type { Placement } from '../layout';
import type { Who } from '../paint/figure-painter';
import { FIGURE_GROUND, FIGURE_H, FIGURE_W, type Pose, SKELETONS } from '../paint/poses';
import { BODY_COLORS } from '../palette';
import { figureKey, reflectionKey, TEX } from '../textures';

/** Texture pixels from the top of the head to the feet. */
const BODY_PX = 596;
/** A step takes this long; the pose changes while the weight is off the floor. */
export const STEP_MS = 600;

export class Figure extends Phaser.GameObjects.Container {
  private readonly silhouette: Phaser.GameObjects.Image;
  private readonly reflection: Phaser.GameObjects.Image;
  private readonly shadow: Phaser.GameObjects.Image;
  private readonly heart: Phaser.GameObjects.Image | null;
  private readonly signalGlow: Phaser.GameObjects.Image | null;
  private pose: Pose = 'stand';
  private facing: 1 | -1 = 1;
  private signalKind: BodySignal | null = null;
  private poseTimer: Phaser.Time.TimerEvent | null = null;
  /** Lift of the body off the floor during a step, in texture pixels. */
  private lift = 0;
  /** The tweens of the move under way (a new move stops them; a fade on or off stage goes on). */
  private moves: Phaser.Tweens.Tween[] = [];
  private presence: Phaser.Tweens.Tween | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly who: Who,
  ) {
    super(scene, 0, 0);
    this.shadow = scene.add.image(0, 0, TEX.glow).setTint(0x000000).setAlpha(0.75).setDisplaySize(190, 34);
    this.reflection = scene.add.image(0, 0, reflectionKey(who, 'stand')).setOrigin(0.5, 0).setAlpha(0.55);
    this.silhouette = scene.add.image(0, 0, figureKey(who, 'stand')).setOrigin(0.5, FIGURE_GROUND / FIGURE_H);
    this.add([this.shadow, this.reflection, this.silhouette]);
    if (who === 'player') {
      this.heart = scene.add.image(0, 0, TEX.glow).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0);
      this.signalGlow = scene.add.image(0, 0, TEX.glow).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0);
      this.add([this.heart, this.signalGlow]);
    } else {
      this.heart = null;
      this.signalGlow = null;
    }
    scene.add.existing(this);
  }

  /**
   * Move to a placement. With a duration the figure dances there: a step toward leans in, a
   * step back leans away, a change of facing is a turn (the body narrows, then opens the
   * other way), a reach stretches toward the other — all eased. Without one (reduced
   * motion, a resize, a restored save) it simply stands in its new pose.
   */
  place(p: Placement, durationMs: number, step: boolean): void {
    const scale = p.height / BODY_PX;
    for (const tween of this.moves) tween.stop();
    this.moves = [];
    this.poseTimer?.remove();
    this.poseTimer = null;
    if (durationMs <= 0) {
      this.setPosition(p.x, p.y).setScale(scale);
      this.lift = 0;
      this.silhouette.setRotation(0).setScale(1);
      this.reflection.setRotation(0).setScale(1);
      this.setPose(p.pose, p.facing);
      this.layoutChildren();
      return;
    }
    const move = danceMove({
      from: this.x,
      to: p.x,
      facing: this.facing,
      nextFacing: p.facing,
      nextPose: p.pose,
      pose: this.pose,
    });
    const tween = (config: Phaser.Types.Tweens.TweenBuilderConfig) => this.moves.push(this.scene.tweens.add(config));
    tween({ targets: this, x: p.x, y: p.y, scale, duration: durationMs, ease: 'Sine.easeInOut' });
    if (step) {
      // A small rise and fall of the body: the weight shifting, not a jump.
      tween({
        targets: this,
        lift: 10,
        duration: durationMs / 2,
        yoyo: true,
        ease: 'Sine.easeOut',
        onUpdate: () => this.layoutChildren(),
      });
    }
    if (move.lean !== 0) {
      // Lean into the move and come upright as the feet arrive.
      tween({
        targets: [this.silhouette, this.reflection],
        rotation: { from: 0, to: move.lean * this.facing },
        duration: durationMs / 2,
        yoyo: true,
        ease: 'Sine.easeInOut',
      });
    }
    const poseAt = move.turn ? 0.5 : 0.35;
    if (move.turn) {
      // A turn: the body narrows to its side, changes facing at the narrowest, opens again.
      tween({
        targets: [this.silhouette, this.reflection],
        scaleX: { from: 1, to: 0.2 },
        duration: durationMs / 2,
        yoyo: true,
        ease: 'Sine.easeInOut',
      });
    }
    if (p.pose !== this.pose || p.facing !== this.facing) {
      this.poseTimer = this.scene.time.delayedCall(durationMs * poseAt, () => {
        this.poseTimer = null;
        this.setPose(p.pose, p.facing);
      });
    }
  }

  /** On stage or off it (the partner is not in every scene): a fade, or at once when still. */
  setPresent(present: boolean, animate: boolean): void {
    this.presence?.stop();
    this.presence = null;
    const alpha = present ? 1 : 0;
    if (!animate) {
      this.setAlpha(alpha).setVisible(present);
      return;
    }
    this.setVisible(true);
    this.presence = this.scene.tweens.add({
      targets: this,
      alpha,
      duration: 700,
      ease: 'Sine.easeInOut',
      onComplete: () => this.setVisible(present),
    });
  }

  /** Tint the rim light and reflection with the room's light. */
  setLight(color: number): void {
    this.silhouette.setTint(color);
    this.reflection.setTint(color);
  }

  /** The heart glow in the chest: `level` 0…1. */
  setHeart(level: number, color: number): void {
    if (!this.heart) return;
    this.heart
      .setTint(color)
      .setAlpha(0.55 * level)
      .setDisplaySize(110 + 40 * level, 110 + 40 * level);
  }

  /** Light the place in the body where the signal speaks; pulse it unless motion is reduced. */
  signal(kind: BodySignal | null, animate: boolean): void {
    const glow = this.signalGlow;
    if (!glow) return;
    this.scene.tweens.killTweensOf(glow);
    this.signalKind = kind;
    if (!kind) {
      if (animate) this.scene.tweens.add({ targets: glow, alpha: 0, duration: 500 });
      else glow.setAlpha(0);
      return;
    }
    glow.setTint(BODY_COLORS[kind]);
    this.layoutChildren();
    const size = kind === 'breath' ? 210 : 150;
    if (!animate) {
      glow.setAlpha(0.6).setDisplaySize(size, size);
      return;
    }
    // Two swells, then it stays faintly present: the body noticed, and keeps noticing.
    glow.setAlpha(0).setDisplaySize(size * 0.6, size * 0.6);
    this.scene.tweens.chain({
      targets: glow,
      tweens: [
        {
          alpha: 0.85,
          displayWidth: size * 1.15,
          displayHeight: size * 1.15,
          duration: kind === 'breath' ? 1000 : 420,
          yoyo: true,
          repeat: 1,
          ease: 'Sine.easeInOut',
        },
        { alpha: 0.3, displayWidth: size, displayHeight: size, duration: 600, ease: 'Sine.easeOut' },
      ],
    });
  }

  private setPose(pose: Pose, facing: 1 | -1): void {
    this.pose = pose;
    this.facing = facing;
    this.silhouette.setTexture(figureKey(this.who, pose)).setFlipX(facing === -1);
    this.reflection.setTexture(reflectionKey(this.who, pose)).setFlipX(facing === -1);
    this.layoutChildren();
  }

  /** Put the glows on the right spot of the current pose, mirrored with the facing. */
  private layoutChildren(): void {
    this.silhouette.y = -this.lift;
    const s = SKELETONS[this.pose];
    const at = (p: readonly [number, number]): [number, number] => [
      (p[0] - FIGURE_W / 2) * this.facing,
      p[1] - FIGURE_GROUND - this.lift,
    ];
    if (this.heart) {
      const [x, y] = at(s.chest);
      this.heart.setPosition(x, y);
    }
    if (this.signalGlow && this.signalKind) {
      const anchor = this.signalKind === 'stomach' ? s.belly : this.signalKind === 'throat' ? s.throat : s.chest;
      const [x, y] = at(anchor);
      this.signalGlow.setPosition(x, y);
    }
  }

  protected override preDestroy(): void {
    this.poseTimer?.remove();
    this.scene?.tweens.killTweensOf([this, this.heart, this.signalGlow].filter(Boolean) as object[]);
    super.preDestroy();
  }
}
