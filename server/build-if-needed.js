// @ts-check
// The workshop serves the production build. Build it when it is missing or older than
// the sources, so `npm run workshop` after a `git pull` never serves yesterday's game.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What goes into the build: a change to any of these makes dist/ stale. */
const SOURCES = [
  'index.html',
  'phone.html',
  'vite.config.ts',
  'package-lock.json',
  'src',
  'story',
  'assets',
  'public',
  'common',
];
/** Pages the workshop needs from the build. */
const PAGES = ['index.html', 'phone.html'];

/** @param {string} path @returns {number} the newest modification time under `path` */
function newestUnder(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestUnder(join(path, entry)));
  return newest;
}

/**
 * Why dist/ must be (re)built, or null when it is up to date.
 * @param {string} root the project folder
 * @param {string} outDir the build folder
 * @returns {string | null}
 */
export function staleReason(root, outDir) {
  const missing = PAGES.find((page) => !existsSync(join(outDir, page)));
  if (missing) return `${missing} is not built yet`;
  const built = Math.min(...PAGES.map((page) => statSync(join(outDir, page)).mtimeMs));
  const changed = SOURCES.find((source) => newestUnder(join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/**
 * Build with Vite when needed.
 * @param {string} root
 * @param {string} outDir
 * @param {{ force?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<boolean>} true when a build ran
 */
export async function buildIfNeeded(root, outDir, options = {}) {
  const reason = options.force ? 'a fresh build was asked for' : staleReason(root, outDir);
  if (!reason) return false;
  options.log?.(`Building the game (${reason})…`);
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return true;
}
