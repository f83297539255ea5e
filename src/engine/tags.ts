// ink's tags, read where the engine meets them: `# key: value` strings parsed, and each key
// and value checked against the story contract's vocabulary (vocabulary.js, which the ink
// build checks the written tags against too). A value printed at runtime — a lock's
// condition, a `{…}` in a tag — can still be wrong: such a tag is left out and named in a
// problem, which the engine raises as a warning. What passes is typed: a cue is a SoundCue.

import { parseTags, TAG_KEYS } from '../../common/vocabulary.js';
import type { Tags } from './types';

/** The tags of one line or choice, as the vocabulary allows them, and what was left out. */
export function readTags(raw: readonly string[] | null | undefined): { tags: Tags; problems: string[] } {
  const tags: Record<string, string> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(parseTags(raw))) {
    const problem = checkTag(key, value);
    if (problem) problems.push(problem);
    else tags[key] = value;
  }
  return { tags: tags as Tags, problems };
}

function checkTag(key: string, value: string): string | null {
  const rule = Object.hasOwn(TAG_KEYS, key) ? TAG_KEYS[key] : undefined;
  if (!rule) return `unknown tag "# ${key}: ${value}"`;
  if (rule === 'text') return null;
  if (rule === 'condition')
    return value === 'true' || value === 'false' ? null : `the lock "# ${key}: ${value}" is neither true nor false`;
  if (rule === 'number') return /^\d+$/.test(value) ? null : `tag "# ${key}: ${value}" is not a number`;
  return rule.map(String).includes(value) ? null : `tag "# ${key}: ${value}" is not one of ${rule.join(', ')}`;
}
