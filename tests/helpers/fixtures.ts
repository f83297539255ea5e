// Compiled ink fixtures for tests, through the same compiler the build uses.

import { join } from 'node:path';
import type { Lang } from '../../common/language.js';
import type { Side } from '../../common/vocabulary.js';
import type { PlayerSettings } from '../../src/engine';
import { compileInkFile, compileStory } from '../../tools/ink/compile.mjs';

const cache = new Map<string, { json: string; hash: string }>();

/** A fixture from tests/fixtures, compiled once per test file. */
export function fixture(name: string): { json: string; hash: string } {
  let hit = cache.get(name);
  if (!hit) {
    const { json, hash } = compileInkFile(join(import.meta.dirname, '..', 'fixtures', `${name}.ink`));
    hit = { json, hash };
    cache.set(name, hit);
  }
  return hit;
}

/** The real story of a language (the pursuer's route unless `side` says), compiled once per test file. */
export function realStory(lang: Lang, side: Side = 'pursuer') {
  const key = `story:${side}:${lang}`;
  let hit = cache.get(key);
  if (!hit) {
    const { json, hash } = compileStory(lang, side);
    hit = { json, hash };
    cache.set(key, hit);
  }
  return hit;
}

export const defaultSettings: PlayerSettings = { partnerName: 'Sam', partnerPronoun: 'he', veilInfidelity: false };
