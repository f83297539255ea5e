// @ts-check
// The one way this project turns ink source into a playable story: used by the Vite
// plugin (build and dev), by the tests and by the story tools, so all of them see the
// same errors. Runs in Node only — the browser bundle never contains the ink compiler.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { SIDES } from '../../common/vocabulary.js';
import { checkTags } from './tags.mjs';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const STORY_ROOT = join(PROJECT_ROOT, 'story');
export const LANGUAGES = /** @type {const} */ (['nl', 'en']);

/** A story that failed to build; `problems` are `file:line: message` strings. */
export class InkBuildError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`The ink story did not build:\n${problems.join('\n')}`);
    this.name = 'InkBuildError';
    this.problems = problems;
  }
}

/**
 * @typedef {object} CompiledStory
 * @property {string} json      the compiled story as ink's JSON text
 * @property {string} hash      a short content hash of that JSON: the story build's identity
 * @property {string[]} files   every .ink file the story was built from (absolute paths)
 * @property {{ words: number, knots: number, stitches: number, choices: number }} stats
 * @property {{ knots: string[], stitches: string[] }} outline  knots and `knot.stitch` names, in source order
 */

/**
 * Compile `story/<lang>/main.ink` (or any entry file) with its INCLUDEs.
 * Errors, warnings and unknown tags all fail, each reported as `file:line: message`.
 * @param {string} entry absolute path of the entry .ink file
 * @param {{ sources?: Record<string, string> }} [options] in-memory files by absolute path (tests)
 * @returns {CompiledStory}
 */
export function compileInkFile(entry, options = {}) {
  const entryDir = dirname(entry);
  /** @type {Map<string, string>} absolute path → contents, in the order read */
  const files = new Map();
  const read = (/** @type {string} */ path) => {
    if (!files.has(path)) files.set(path, options.sources?.[path] ?? readFileSync(path, 'utf8'));
    return /** @type {string} */ (files.get(path));
  };
  const display = (/** @type {string} */ path) => relative(PROJECT_ROOT, path) || path;

  const fileHandler = {
    // INCLUDE paths are relative to the entry file's folder, so `INCLUDE ../common/dance.ink`
    // works from story/nl/main.ink and story/en/main.ink alike.
    ResolveInkFilename: (/** @type {string} */ name) => resolve(entryDir, name),
    LoadInkFileContents: (/** @type {string} */ path) => read(path),
  };

  /** @type {string[]} */
  const problems = [];
  const onMessage = (/** @type {string} */ message, /** @type {number} */ type) => {
    // type 0 is an author's TODO note: it is neither an error nor a warning.
    if (type === 0) return;
    problems.push(locate(message, entry));
  };

  const source = read(entry);
  const compiler = new Compiler(source, new CompilerOptions(entry, [], true, onMessage, fileHandler));
  let story = null;
  try {
    story = compiler.Compile();
  } catch (error) {
    if (problems.length === 0) problems.push(`${display(entry)}:1: ${String(error)}`);
  }

  for (const [path, text] of files) problems.push(...checkTags(text, display(path)));
  if (problems.length > 0 || !story) throw new InkBuildError(problems);

  const json = story.ToJson();
  if (typeof json !== 'string') throw new InkBuildError([`${display(entry)}:1: the compiler returned no JSON`]);
  const stats = compiler.GenerateStats();
  return {
    json,
    hash: createHash('sha256').update(json).digest('hex').slice(0, 12),
    files: [...files.keys()],
    outline: outlineOf([...files.values()]),
    stats: {
      words: stats?.words ?? 0,
      knots: stats?.knots ?? 0,
      stitches: stats?.stitches ?? 0,
      choices: stats?.choices ?? 0,
    },
  };
}

export { SIDES };

/**
 * The entry file of one route in one language: the pursuer's is `story/<lang>/main.ink`,
 * the withdrawer's `story/withdrawer/<lang>/main.ink`.
 * @param {string} lang
 * @param {import('../../common/vocabulary.js').Side} [side]
 */
export function storyEntry(lang, side = 'pursuer') {
  return side === 'pursuer' ? join(STORY_ROOT, lang, 'main.ink') : join(STORY_ROOT, side, lang, 'main.ink');
}

/**
 * How a tool names a route in its output: `nl` for the first route, `withdrawer nl` for the other.
 * @param {string} lang
 * @param {import('../../common/vocabulary.js').Side} [side]
 */
export function routeLabel(lang, side = 'pursuer') {
  return side === 'pursuer' ? lang : `${side} ${lang}`;
}

/**
 * @param {string} lang
 * @param {import('../../common/vocabulary.js').Side} [side]
 */
export function compileStory(lang, side = 'pursuer') {
  return compileInkFile(storyEntry(lang, side));
}

/**
 * The side a story tool was asked for: `--side withdrawer` (or `--side=withdrawer`);
 * `fallback` when none is given. An unknown side throws.
 * @template {import('../../common/vocabulary.js').Side | undefined} F
 * @param {readonly string[]} argv
 * @param {F} fallback
 * @returns {{ side: import('../../common/vocabulary.js').Side | F, rest: string[] }}
 */
export function sideArgument(argv, fallback) {
  /** @type {string[]} */ const rest = [];
  /** @type {string | undefined} */ let side;
  for (let i = 0; i < argv.length; i++) {
    const arg = String(argv[i]);
    if (arg === '--side') side = argv[++i];
    else if (arg.startsWith('--side=')) side = arg.slice('--side='.length);
    else rest.push(arg);
  }
  if (side === undefined) return { side: fallback, rest };
  const known = /** @type {readonly string[]} */ (SIDES);
  if (!known.includes(side)) throw new Error(`unknown side "${side}" (one of ${SIDES.join(', ')})`);
  return { side: /** @type {import('../../common/vocabulary.js').Side} */ (side), rest };
}

/**
 * inkjs reports `ERROR: 'path' line 12: message` (or `line 12:` for the entry file);
 * rewrite it as `path:12: message`, the form editors and terminals link to.
 * @param {string} message
 * @param {string} entry absolute path of the entry file; included names are relative to its folder
 */
function locate(message, entry) {
  const entryName = relative(PROJECT_ROOT, entry);
  const match = /^(?:ERROR|WARNING|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s*)?line (\d+):\s*(.*)$/s.exec(
    message,
  );
  if (!match) return `${entryName}:1: ${message}`;
  const [, file, line, text] = match;
  const name = file ? relative(PROJECT_ROOT, resolve(dirname(entry), file)) : entryName;
  const kind = /^WARNING/.test(message) ? 'warning: ' : '';
  return `${name}:${line}: ${kind}${(text ?? '').trim()}`;
}

/**
 * The story's shape as written: knots (not functions) and their stitches, in source order.
 * @param {string[]} texts
 */
export function outlineOf(texts) {
  /** @type {string[]} */ const knots = [];
  /** @type {string[]} */ const stitches = [];
  for (const text of texts) {
    let knot = null;
    for (const line of text.split('\n')) {
      const k = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/.exec(line);
      if (k) {
        knot = k[1] ? null : k[2];
        if (knot) knots.push(knot);
        continue;
      }
      const st = /^\s*=\s*([A-Za-z_]\w*)/.exec(line);
      if (st && knot) stitches.push(`${knot}.${st[1]}`);
    }
  }
  return { knots, stitches };
}
