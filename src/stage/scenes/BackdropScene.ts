// The location behind the dancers: a painted room plus a little living light. A change of
// location crossfades the old room into the new one; under reduced motion it simply cuts.
import * as Phaser from 'phaser';
import type { SceneId } from '../../engine/types';
import { backdropFor } from '../backdrops';
import type { Ambient } from '../backdrops/types';
import { paintCanvas } from '../paint/canvas';
import { seeded } from '../paint/kit';
import { paintGrain } from '../paint/light-textures';
import { TEX } from '../textures';
import { SCENE_KEYS } from './keys';

const FADE_MS = 900;
/** Paintings are soft; painting wider than this only costs time on big screens. */
const MAX_PAINT_WIDTH = 1600;

interface Room {
  readonly id: SceneId | null;
  readonly layer: Phaser.GameObjects.Container;
  readonly image: Phaser.GameObjects.Image;
  readonly textureKey: string;
}

export class BackdropScene extends Phaser.Scene {
  private wanted: { id: SceneId | null; reducedMotion: boolean } = { id: null, reducedMotion: false };
  private room: Room | null = null;
  private leaving: Room[] = [];
  private shownMotion = false;
  private serial = 0;
  private repaintTimer: Phaser.Time.TimerEvent | null = null;
  private readonly grain = paintGrain();

  constructor() {
    super(SCENE_KEYS.backdrop);
  }

  /** Ask for a location; safe before the scene has started (applied in create). */
  show(id: SceneId | null, reducedMotion: boolean): void {
    this.wanted = { id, reducedMotion };
    if (!this.room) return; // not created yet: create() shows it
    if (this.room.id === id && this.shownMotion === reducedMotion) return;
    // A change of reduced motion alone rebuilds the room at once (its ambience differs).
    const fade = !reducedMotion && this.room.id !== id;
    this.enter(id, reducedMotion, fade);
  }

  create(): void {
    this.enter(this.wanted.id, this.wanted.reducedMotion, false);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    });
  }

  private onResize(size: Phaser.Structs.Size): void {
    // Stretch what we have right away, repaint at the new size once the resizing settles.
    for (const r of [this.room, ...this.leaving]) r?.image.setDisplaySize(size.width, size.height);
    this.repaintTimer?.remove();
    this.repaintTimer = this.time.delayedCall(250, () => {
      this.repaintTimer = null;
      if (this.room) this.enter(this.room.id, this.shownMotion, false);
    });
  }

  private enter(id: SceneId | null, reducedMotion: boolean, fade: boolean): void {
    const next = this.build(id, reducedMotion);
    this.shownMotion = reducedMotion;
    const old = this.room;
    this.room = next;
    if (!old) return;
    if (!fade) {
      for (const r of [old, ...this.leaving]) this.drop(r);
      this.leaving = [];
      return;
    }
    this.leaving.push(old);
    next.layer.setAlpha(0);
    this.tweens.add({ targets: next.layer, alpha: 1, duration: FADE_MS, ease: 'Sine.easeInOut' });
    this.tweens.add({
      targets: old.layer,
      alpha: 0,
      duration: FADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        this.leaving = this.leaving.filter((r) => r !== old);
        this.drop(old);
      },
    });
  }

  private drop(room: Room): void {
    this.tweens.killTweensOf(room.layer);
    room.layer.each((child: Phaser.GameObjects.GameObject) => this.tweens.killTweensOf(child));
    room.layer.destroy();
    // Each painting is its own texture; remove it or every resize would leak one.
    if (this.textures.exists(room.textureKey)) this.textures.remove(room.textureKey);
  }

  private build(id: SceneId | null, reducedMotion: boolean): Room {
    const { width, height } = this.scale;
    const backdrop = backdropFor(id);
    const k = Math.min(1, MAX_PAINT_WIDTH / Math.max(1, width));
    const [canvas, ctx] = paintCanvas(width * k, height * k);
    backdrop.paint(ctx, canvas.width, canvas.height, seeded(backdrop.seed));
    // Grain baked into the painting: it breaks up banding in the dark gradients for free,
    // where an animated full-screen grain layer would cost a fill pass every frame.
    ctx.globalAlpha = 0.05;
    ctx.fillStyle = ctx.createPattern(this.grain, 'repeat') ?? 'transparent';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.globalAlpha = 1;
    const textureKey = `dd-room-${++this.serial}`;
    this.textures.addCanvas(textureKey, canvas);
    const image = this.add.image(0, 0, textureKey).setOrigin(0, 0).setDisplaySize(width, height);
    const layer = this.add.container(0, 0, [image]);
    this.addAmbient(layer, backdrop.ambient, seeded(backdrop.seed + 7), reducedMotion);
    return { id, layer, image, textureKey };
  }

  /** Bokeh that breathes and dust that drifts; both hold still under reduced motion. */
  private addAmbient(layer: Phaser.GameObjects.Container, ambient: Ambient, rnd: () => number, still: boolean): void {
    const { width, height } = this.scale;
    const b = ambient.bokeh;
    if (b) {
      for (let i = 0; i < b.count; i++) {
        const size = height * Phaser.Math.Linear(b.size[0], b.size[1], rnd());
        const alpha = Phaser.Math.Linear(b.alpha[0], b.alpha[1], rnd());
        const color = b.colors[Math.floor(rnd() * b.colors.length)] ?? 0xffffff;
        const dot = this.add
          .image(rnd() * width, height * Phaser.Math.Linear(b.y[0], b.y[1], rnd()), TEX.bokeh)
          .setDisplaySize(size, size)
          .setTint(color)
          .setAlpha(alpha)
          .setBlendMode(Phaser.BlendModes.ADD);
        layer.add(dot);
        if (!still) {
          this.tweens.add({
            targets: dot,
            alpha: alpha * 0.25,
            duration: 2200 + rnd() * 3800,
            delay: rnd() * 3000,
            yoyo: true,
            repeat: -1,
            ease: 'Sine.easeInOut',
          });
        }
      }
    }
    const d = ambient.dust;
    if (d) {
      if (still) {
        // Motes frozen in the air: the same texture of the room, without the movement.
        for (let i = 0; i < d.count / 2; i++) {
          const s = 2 + rnd() * 4;
          layer.add(
            this.add
              .image(width * (0.2 + rnd() * 0.6), height * (0.15 + rnd() * 0.65), TEX.glow)
              .setDisplaySize(s * 2, s * 2)
              .setTint(d.color)
              .setAlpha(0.35)
              .setBlendMode(Phaser.BlendModes.ADD),
          );
        }
      } else {
        const motes = this.add.particles(0, 0, TEX.glow, {
          x: { min: width * 0.15, max: width * 0.85 },
          y: { min: height * 0.1, max: height * 0.8 },
          lifespan: { min: 6000, max: 11000 },
          speedY: { min: -9, max: -2 },
          speedX: { min: -5, max: 5 },
          scale: { min: 0.03, max: 0.08 },
          alpha: { values: [0, 0.7, 0.7, 0] }, // fade in and out, never pop
          tint: d.color,
          blendMode: Phaser.BlendModes.ADD,
          frequency: 8000 / d.count,
          maxAliveParticles: d.count,
        });
        // Start with the room already full of motes instead of filling it over ten seconds.
        motes.fastForward(9000);
        layer.add(motes);
      }
    }
  }
}
