// @ts-check
// What a production build loads, and when: read from Vite's build manifest
// (`.vite/manifest.json`, written because vite.config.ts sets `build.manifest`), not from
// guesses about file names. The size check, its test and the benchmark all stand on this.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ENGINE_CHUNK, languageChunk } from './story-preload.mjs';

/**
 * @typedef {object} ManifestChunk  one entry of Vite's build manifest
 * @property {string} file
 * @property {string} [name]
 * @property {string} [src]
 * @property {boolean} [isEntry]
 * @property {boolean} [isDynamicEntry]
 * @property {string[]} [imports]
 * @property {string[]} [dynamicImports]
 * @property {string[]} [css]
 * @property {string[]} [assets]
 */

/** @typedef {{ raw: number, gzip: number, brotli: number }} Sizes */

export const MANIFEST_PATH = join('.vite', 'manifest.json');

/** Read the build manifest of `outDir`, with a clear message when there is none. */
export function readManifest(/** @type {string} */ outDir) {
  const path = join(outDir, MANIFEST_PATH);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the size check reads Vite's build manifest (build.manifest in vite.config.ts). Build first with "npm run build".`,
    );
  }
  return /** @type {Record<string, ManifestChunk>} */ (JSON.parse(readFileSync(path, 'utf8')));
}

/**
 * Bytes of one file as sent: raw, gzip at level 9 and brotli at quality 11 — what a static
 * host that pre-compresses would serve.
 * @returns {Sizes}
 */
export function fileSizes(/** @type {string} */ path) {
  const data = readFileSync(path);
  return {
    raw: statSync(path).size,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The manifest keys reachable from `start` through static imports only, `start` included. */
export function staticClosure(/** @type {Record<string, ManifestChunk>} */ manifest, /** @type {string[]} */ start) {
  const seen = new Set();
  const stack = [...start];
  while (stack.length > 0) {
    const key = /** @type {string} */ (stack.pop());
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest names "${key}" but has no entry for it`);
    seen.add(key);
    stack.push(...(chunk.imports ?? []));
  }
  return seen;
}

/**
 * The build's loading plan: the page's entry, what it pulls in statically, the story
 * chunk of each language, the engine that reads them, and Phaser's chunk.
 */
export function analyseBuild(/** @type {string} */ outDir) {
  const manifest = readManifest(outDir);
  const entries = Object.entries(manifest).filter(([key, chunk]) => chunk.isEntry && key.endsWith('index.html'));
  if (entries.length !== 1)
    throw new Error(`expected one entry for index.html in the build manifest, found ${entries.length}`);
  const entryKey = /** @type {string} */ (entries[0]?.[0]);

  /** @type {Record<string, string>} */
  const storyKeys = {};
  /** Per language, every chunk of that language the first text waits for: the story and the shell's words. */
  /** @type {Record<string, string[]>} */
  const languageKeys = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    const lang = languageChunk(chunk.src ?? '');
    if (!lang) continue;
    languageKeys[lang] ??= [];
    languageKeys[lang].push(key);
    if (/^virtual:story\//.test(chunk.src ?? '')) storyKeys[lang] = key;
  }
  if (Object.keys(storyKeys).length === 0)
    throw new Error('the build manifest holds no story chunk (virtual:story/<lang>)');

  const phaserKeys = Object.entries(manifest)
    .filter(([, chunk]) => chunk.name === 'phaser' && chunk.file.endsWith('.js'))
    .map(([key]) => key);
  if (phaserKeys.length !== 1)
    throw new Error(`expected one Phaser chunk (named "phaser" in vite.config.ts), found ${phaserKeys.length}`);
  const phaserKey = /** @type {string} */ (phaserKeys[0]);

  const engineKeys = Object.entries(manifest)
    .filter(([, chunk]) => chunk.name === ENGINE_CHUNK && chunk.file.endsWith('.js'))
    .map(([key]) => key);
  if (engineKeys.length !== 1)
    throw new Error(
      `expected one engine chunk (named "${ENGINE_CHUNK}" in vite.config.ts), found ${engineKeys.length}`,
    );
  const engineKey = /** @type {string} */ (engineKeys[0]);

  const entryClosure = staticClosure(manifest, [entryKey]);
  // The engine loads with the story (a dynamic import, preloaded by index.html): the first text needs it.
  const engineClosure = staticClosure(manifest, [engineKey]);
  const sizeOf = (/** @type {string} */ file) => fileSizes(join(outDir, file));
  const jsFiles = (/** @type {Iterable<string>} */ keys) =>
    [...new Set([...keys].map((key) => /** @type {ManifestChunk} */ (manifest[key]).file))].filter((f) =>
      f.endsWith('.js'),
    );

  /** Per language: every JS file the first text needs, and their summed sizes. */
  const firstText = Object.fromEntries(
    Object.keys(storyKeys).map((lang) => {
      const keys = new Set([...entryClosure, ...staticClosure(manifest, languageKeys[lang] ?? []), ...engineClosure]);
      const files = jsFiles(keys).map((file) => ({ file, ...sizeOf(file) }));
      return [lang, { files, keys: [...keys], total: sum(files) }];
    }),
  );

  return {
    manifest,
    entryKey,
    phaserKey,
    phaserFile: /** @type {ManifestChunk} */ (manifest[phaserKey]).file,
    storyKeys,
    /** Per language: the manifest keys of its story and its shell strings. */
    languageKeys,
    /** Manifest keys the entry loads statically (before any of its code runs). */
    entryClosure,
    /** The engine's chunk (inkjs and the story engine), which loads with the story. */
    engineKey,
    /** Manifest keys the engine's chunk loads statically, itself included. */
    engineClosure,
    firstText,
    /** Every emitted chunk and asset with its sizes, largest first (source maps left out). */
    files: Object.values(manifest)
      .flatMap((chunk) => [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])])
      .filter((file, i, all) => all.indexOf(file) === i)
      .map((file) => ({ file, ...sizeOf(file) }))
      .sort((a, b) => b.raw - a.raw),
  };
}

/** @returns {Sizes} */
export function sum(/** @type {Sizes[]} */ list) {
  return list.reduce((acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, brotli: acc.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** 12345 → "12.3 kB" (1 kB = 1,000 bytes, as Vite prints them). */
export function kB(/** @type {number} */ bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
