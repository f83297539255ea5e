// The location behind the dancers: a painted room plus its lights. A change of location
// crossfades the old room into the new one; under reduced motion it simply cuts.
//
// Painting a room and uploading it to the GPU takes tens of ms, so it never happens in the
// frame that shows the player's text: a new room is painted when the page is idle and
// uploaded in the idle moment after (the old one stays until then), and the last few
// paintings are kept as textures and reused when the story returns to a place. The room's lights hold still — nothing here moves between
// two changes, so the stage can stop drawing while the player reads.
import * as Phaser from 'phaser';
import type { SceneId } from '../../engine/types';
import { whenIdle } from '../../shared/after-paint';
import { backdropFor } from '../backdrops';
import type { Ambient } from '../backdrops/types';
import { paintCanvas } from '../paint/canvas';
import { seeded } from '../paint/kit';
import { paintGrain } from '../paint/light-textures';
import { addPainting, TEX } from '../textures';
import { SCENE_KEYS } from './keys';

const FADE_MS = 900;
/** Paintings are soft; painting wider than this only costs time on big screens. */
const MAX_PAINT_WIDTH = 1600;
/** Paintings kept as textures (the story comes back to home and the bedroom often). */
const KEPT_PAINTINGS = 4;
/** A new room waits at most this long for an idle moment before it is painted anyway. */
const PAINT_WAIT_MS = 400;

interface Painting {
  readonly textureKey: string;
  readonly size: string;
}

interface PaintedRoom {
  readonly key: string;
  readonly size: string;
  readonly canvas: HTMLCanvasElement;
}

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
  /** Paintings by place and size, least recently used first. */
  private readonly paintings = new Map<string, Painting>();
  private paintJob: { cancel(): void } | null = null;
  /** Called when something starts moving here (the stage's loop may be asleep). */
  onMotion: () => void = () => {};
  /** The paintings' size as a fraction of the stage's (gpu-budget.ts): soft art loses nothing at half. */
  paintScale = 1;

  constructor() {
    super(SCENE_KEYS.backdrop);
  }

  /** Ask for a location; safe before the scene has started (applied in create). */
  show(id: SceneId | null, reducedMotion: boolean): void {
    this.wanted = { id, reducedMotion };
    if (!this.room) return; // not created yet: create() shows it
    this.paintJob?.cancel();
    this.paintJob = null;
    if (this.room.id === id && this.shownMotion === reducedMotion) return;
    const fade = !reducedMotion && this.room.id !== id;
    if (this.paintings.has(this.paintingKey(id))) {
      this.enter(id, reducedMotion, fade);
      return;
    }
    // Two idle moments, each well under a frame's budget even on a slow phone: the first
    // paints the room on the CPU, the next uploads it and shows it (one task doing both took
    // some 75 ms at a phone's speed, long enough to hold up a frame).
    this.paintJob = whenIdle(() => {
      const painted = this.paintRoom(id);
      this.paintJob = whenIdle(() => {
        this.paintJob = null;
        if (!this.sys.isActive()) return;
        this.keep(painted);
        this.enter(id, reducedMotion, fade);
      }, PAINT_WAIT_MS);
    }, PAINT_WAIT_MS);
  }

  create(): void {
    this.enter(this.wanted.id, this.wanted.reducedMotion, false);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
      this.paintJob?.cancel();
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
    const next = this.build(id);
    this.shownMotion = reducedMotion;
    const old = this.room;
    this.room = next;
    this.onMotion();
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
    this.forgetPaintings();
  }

  private paintingKey(id: SceneId | null, width = this.scale.width, height = this.scale.height): string {
    return `${id ?? ''}@${Math.round(width)}x${Math.round(height)}`;
  }

  /** The texture of a room's painting: kept from before, or painted and uploaded now. */
  private painting(id: SceneId | null): string {
    const key = this.paintingKey(id);
    const kept = this.paintings.get(key);
    if (kept) {
      this.paintings.delete(key); // most recently used goes last
      this.paintings.set(key, kept);
      return kept.textureKey;
    }
    return this.keep(this.paintRoom(id));
  }

  /** Paint a room at the stage's present size, on the CPU (nothing is uploaded yet). */
  private paintRoom(id: SceneId | null): PaintedRoom {
    const { width, height } = this.scale;
    const backdrop = backdropFor(id);
    const k = Math.min(1, MAX_PAINT_WIDTH / Math.max(1, width)) * this.paintScale;
    const [canvas, ctx] = paintCanvas(width * k, height * k);
    backdrop.paint(ctx, canvas.width, canvas.height, seeded(backdrop.seed));
    // Grain baked into the painting: it breaks up banding in the dark gradients for free,
    // where an animated full-screen grain layer would cost a fill pass every frame.
    ctx.globalAlpha = 0.05;
    ctx.fillStyle = ctx.createPattern(this.grain, 'repeat') ?? 'transparent';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.globalAlpha = 1;
    return { key: this.paintingKey(id, width, height), size: `${Math.round(width)}x${Math.round(height)}`, canvas };
  }

  /** Upload a painting and keep it (a painting of a size no longer shown is dropped with the next). */
  private keep(room: PaintedRoom): string {
    const kept = this.paintings.get(room.key);
    if (kept) return kept.textureKey;
    const textureKey = `dd-room-${++this.serial}`;
    addPainting(this.textures, textureKey, room.canvas);
    this.paintings.set(room.key, { textureKey, size: room.size });
    this.forgetPaintings();
    return textureKey;
  }

  /** Drop the least recently used paintings beyond the few kept, and any of another size (after a resize). */
  private forgetPaintings(): void {
    const inUse = new Set([this.room, ...this.leaving].map((r) => r?.textureKey));
    const size = `${Math.round(this.scale.width)}x${Math.round(this.scale.height)}`;
    let over = this.paintings.size - KEPT_PAINTINGS;
    for (const [key, painting] of this.paintings) {
      const stale = painting.size !== size;
      if ((!stale && over <= 0) || inUse.has(painting.textureKey)) continue;
      this.paintings.delete(key);
      if (!stale) over -= 1;
      if (this.textures.exists(painting.textureKey)) this.textures.remove(painting.textureKey);
    }
  }

  private build(id: SceneId | null): Room {
    const { width, height } = this.scale;
    const backdrop = backdropFor(id);
    const textureKey = this.painting(id);
    const image = this.add.image(0, 0, textureKey).setOrigin(0, 0).setDisplaySize(width, height);
    const layer = this.add.container(0, 0, [image]);
    this.addAmbient(layer, backdrop.ambient, seeded(backdrop.seed + 7));
    return { id, layer, image, textureKey };
  }

  /**
   * Bokeh and motes of dust in the air, holding still: light that breathed and drifted
   * forever kept the stage drawing 60 frames a second while the player only read.
   */
  private addAmbient(layer: Phaser.GameObjects.Container, ambient: Ambient, rnd: () => number): void {
    const { width, height } = this.scale;
    const b = ambient.bokeh;
    if (b) {
      for (let i = 0; i < b.count; i++) {
        const size = height * Phaser.Math.Linear(b.size[0], b.size[1], rnd());
        const alpha = Phaser.Math.Linear(b.alpha[0], b.alpha[1], rnd());
        const color = b.colors[Math.floor(rnd() * b.colors.length)] ?? 0xffffff;
        layer.add(
          this.add
            .image(rnd() * width, height * Phaser.Math.Linear(b.y[0], b.y[1], rnd()), TEX.bokeh)
            .setDisplaySize(size, size)
            .setTint(color)
            .setAlpha(alpha)
            .setBlendMode(Phaser.BlendModes.ADD),
        );
      }
    }
    const d = ambient.dust;
    if (d) {
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
    }
  }
}
