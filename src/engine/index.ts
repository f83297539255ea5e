// The engine's public face: pure TypeScript over the inkjs runtime. No DOM, no Phaser,
// no howler — a test can drive the whole story with nothing else loaded.

export { Emitter } from './emitter';
export type { SaveProblem } from './errors';
export { ChoiceError, InkRuntimeError, ReplayError, SaveError } from './errors';
export type { SavePeek } from './save-codec';
export { encodeSave, peekSave, SAVE_FORMAT } from './save-codec';
// Reading saves validates them with valibot: `await import('./save-decode')`, when a save is read.
export type { SaveFile } from './save-decode';
export { REWIND_DEPTH, StoryEngine } from './story-engine';
export * from './types';
