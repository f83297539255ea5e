// Saves as text: a versioned envelope around the smallest state that brings a game back —
// ink's state now, the path of choices that led to it (each choice's position and the
// fingerprint of its words) and the settings of the run. Everything else (the beat on
// screen, the history, the rewinds) is rebuilt by replaying that path, so a save stays a
// few kB however far a player got, and is written once per beat from the engine's one
// serialisation. Reading and restoring a save (validation, with valibot) is save-decode.ts,
// loaded only when a save is read; writing is here, on the first chunk's path.
import { ENDINGS, SCENES } from '../../common/vocabulary.js';
import type { SaveFile } from './save-decode';
import type { EndingId, EngineState, Lang, SceneId, Side } from './types';
import { fingerprint } from './words';

/** Bump when the envelope or the saved state changes shape; add a migration in save-decode.ts. */
export const SAVE_FORMAT = 3;
export const GAME_ID = 'de-dans';

export function encodeSave(
  state: EngineState,
  meta: { storyHash: string; lang: Lang; side?: Side; now?: Date },
): string {
  const save: SaveFile = {
    game: GAME_ID,
    format: SAVE_FORMAT,
    storyHash: meta.storyHash,
    lang: meta.lang,
    side: meta.side ?? 'pursuer',
    savedAt: (meta.now ?? new Date()).toISOString(),
    state: {
      inkState: state.inkState,
      trail: state.trail.map((t): [number, string] => [t.index, fingerprint(t.text)]),
      settings: state.settings,
      at: { phase: state.beat.phase, scene: state.beat.scene, ending: state.beat.ending },
    },
  };
  return JSON.stringify(save);
}

/** Where a saved game is, for a list of saves: read without loading valibot or the game. */
export interface SavePeek {
  readonly savedAt: string;
  readonly phase: number;
  readonly scene: SceneId | null;
  readonly ending: EndingId | null;
}

/**
 * What a save says about where it is (phase, place, ending, date), read cheaply for the
 * saves list and the title screen; null when that much cannot be read. Loading a save still
 * validates all of it (save-decode.ts): a save described here may yet be refused there.
 */
export function peekSave(text: string): SavePeek | null {
  try {
    const data = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      game?: unknown;
      format?: unknown;
      savedAt?: unknown;
      state?: unknown;
    };
    if (data.game !== GAME_ID || typeof data.savedAt !== 'string') return null;
    const state = (data.state ?? {}) as { at?: unknown; beat?: unknown };
    // Formats 2 and 3 say it in `at`; format 1 had the whole beat.
    const at = (data.format === 1 ? state.beat : state.at) as
      | { phase?: unknown; scene?: unknown; ending?: unknown }
      | undefined;
    if (!at || typeof at.phase !== 'number') return null;
    const scene = (SCENES as readonly unknown[]).includes(at.scene) ? (at.scene as SceneId) : null;
    const ending = (ENDINGS as readonly unknown[]).includes(at.ending) ? (at.ending as EndingId) : null;
    if ((at.scene !== null && scene === null) || (at.ending !== null && ending === null)) return null;
    return { savedAt: data.savedAt, phase: at.phase, scene, ending };
  } catch {
    return null;
  }
}
