// Boot: paint the textures once, then hand over to the two layers of the stage.
import * as Phaser from 'phaser';
import { createTextures } from '../textures';
import { SCENE_KEYS } from './keys';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.boot);
  }

  create(): void {
    createTextures(this.textures);
    // The backdrop and the dancers are separate scenes so a location can crossfade
    // underneath the figures without touching them; the list order keeps dancers on top.
    this.scene.launch(SCENE_KEYS.backdrop);
    this.scene.launch(SCENE_KEYS.dance);
    this.scene.stop();
  }
}
