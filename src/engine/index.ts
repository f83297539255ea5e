// The engine's public face: pure TypeScript over the inkjs runtime. No DOM, no Phaser,
// no howler — a test can drive the whole story with nothing else loaded.
export { StoryEngine, REWIND_DEPTH } from './story-engine';
export type { EngineEvents, EngineState, Snapshot, TrailStep } from './story-engine';
export { encodeSave, decodeSave, restoreSave, SAVE_FORMAT, SAVED_REWINDS } from './save-codec';
export type { SaveFile } from './save-codec';
export { ChoiceError, InkRuntimeError, SaveError } from './errors';
export type { SaveProblem } from './errors';
export { Emitter } from './emitter';
export * from './types';
