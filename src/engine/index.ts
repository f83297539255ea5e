// The engine's public face: pure TypeScript over the inkjs runtime. No DOM, no Phaser,
// no howler — a test can drive the whole story with nothing else loaded.
export { StoryEngine, REWIND_DEPTH } from './story-engine';
export type { EngineEvents, EngineState, Snapshot, TrailStep } from './story-engine';
export { encodeSave, peekSave, restoreSave, SAVE_FORMAT } from './save-codec';
export type { SavePeek } from './save-codec';
// Reading saves validates them with valibot: `await import('./save-decode')`, when a save is read.
export type { SaveFile } from './save-decode';
export { ChoiceError, InkRuntimeError, SaveError } from './errors';
export type { SaveProblem } from './errors';
export { Emitter } from './emitter';
export * from './types';
