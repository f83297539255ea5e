// The stage's paintings become textures once, without a copy of their pixels read back
// (src/stage/textures.ts): Phaser's `addCanvas` reads the whole canvas back to keep an
// ImageData the stage never edits, in the idle moment that uploads a room.
import { expect, it } from 'vitest';
import { addPainting } from '../../src/stage/textures';

it('makes a texture of a painting once, and never reads the canvas back', () => {
  const made: string[] = [];
  const frames: unknown[][] = [];
  const textures = {
    exists: (key: string) => made.includes(key),
    create: (key: string, source: HTMLCanvasElement, width: number, height: number) => {
      expect([source.width, source.height]).toEqual([width, height]);
      made.push(key);
      return { add: (...frame: unknown[]) => frames.push(frame) };
    },
    addCanvas: () => {
      throw new Error('addCanvas reads the canvas back');
    },
  };
  const canvas = {
    width: 32,
    height: 16,
    getContext: () => {
      throw new Error('the canvas is read');
    },
  };
  addPainting(textures as never, 'dd-room-1', canvas as never);
  addPainting(textures as never, 'dd-room-1', canvas as never);
  expect(made).toEqual(['dd-room-1']);
  expect(frames).toEqual([['__BASE', 0, 0, 0, 32, 16]]);
});
