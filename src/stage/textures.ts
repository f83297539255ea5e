// Texture keys shared by the scenes, and the one place that paints them into Phaser.
import type * as Phaser from 'phaser';
import { paintFigure, paintReflection, type Who } from './paint/figure-painter';
import { paintBeam, paintBokeh, paintGlow, paintRing } from './paint/light-textures';
import { POSES, type Pose } from './paint/poses';

export const TEX = {
  glow: 'dd-glow',
  bokeh: 'dd-bokeh',
  beam: 'dd-beam',
  ring: 'dd-ring',
} as const;

export const figureKey = (who: Who, pose: Pose): string => `dd-fig-${who}-${pose}`;
export const reflectionKey = (who: Who, pose: Pose): string => `dd-refl-${who}-${pose}`;

/**
 * A painting as a texture, uploaded once. Not Phaser's `addCanvas`: its CanvasTexture reads
 * the whole canvas back (`getImageData`) and keeps that copy for pixel editing the stage never
 * does, which costs time in the idle moment that uploads a room and memory for every pose.
 */
export function addPainting(textures: Phaser.Textures.TextureManager, key: string, canvas: HTMLCanvasElement): void {
  if (textures.exists(key)) return;
  textures.create(key, canvas, canvas.width, canvas.height)?.add('__BASE', 0, 0, 0, canvas.width, canvas.height);
}

/** Paint every texture the stage needs. Nothing is downloaded: the art is all code. */
export function createTextures(textures: Phaser.Textures.TextureManager): void {
  const add = (key: string, canvas: HTMLCanvasElement): void => addPainting(textures, key, canvas);
  add(TEX.glow, paintGlow());
  add(TEX.bokeh, paintBokeh());
  add(TEX.beam, paintBeam());
  add(TEX.ring, paintRing());
  for (const who of ['player', 'partner'] as const) {
    for (const pose of POSES) {
      const fig = paintFigure(pose, who);
      add(figureKey(who, pose), fig);
      add(reflectionKey(who, pose), paintReflection(fig));
    }
  }
}
