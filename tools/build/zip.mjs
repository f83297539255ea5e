#!/usr/bin/env node
// @ts-check
// `npm run build:zip`: the game for static game portals (itch.io and the like) as one zip,
// dist-zip/de-dans.zip. A separate build (`--mode portal`): no service worker, no web app
// manifest, no registration code — a portal shows the game in an iframe from its own
// origin, where those do not belong. Paths are relative (base './'), so it runs from any
// subfolder. index.html sits at the zip's root, as portals expect. Source maps stay out.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { PORTAL_MODE } from './pwa.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT_DIR = join(ROOT, 'dist-zip');
const ZIP = join(OUT_DIR, 'de-dans.zip');
/** One fixed date for every entry, so the same build gives the same zip. */
const MTIME = new Date('2020-01-01T00:00:00Z');
/** Already compressed: stored as they are. */
const STORED = /\.(webm|mp3|png)$/;

/** Every file under `dir`, as forward-slash paths relative to it. */
function walk(/** @type {string} */ dir, /** @type {string} */ base = dir) {
  /** @type {string[]} */
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...walk(path, base));
    else files.push(relative(base, path).split(sep).join('/'));
  }
  return files;
}

/** What must hold for a portal: say exactly what is wrong if anything does not. */
export function portalProblems(/** @type {string} */ outDir, /** @type {string[]} */ files) {
  const problems = [];
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  if (files.some((f) => /(^|\/)(sw|registerSW)\.js$|^workbox-/.test(f)))
    problems.push('a service worker file is in the build');
  if (files.some((f) => f.endsWith('.webmanifest'))) problems.push('a web app manifest is in the build');
  if (/rel="manifest"/.test(html)) problems.push('index.html links a web app manifest');
  if (/\b(?:src|href)="\//.test(html)) problems.push('index.html has an absolute path (it must run from a subfolder)');
  const code = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, f), 'utf8'));
  if (code.some((c) => c.includes('serviceWorker'))) problems.push('the code still registers a service worker');
  return problems;
}

const outDir = mkdtempSync(join(tmpdir(), 'de-dans-portal-'));
try {
  await build({ root: ROOT, mode: PORTAL_MODE, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const files = walk(outDir).filter((f) => !f.endsWith('.map') && !f.startsWith('.vite/'));
  const problems = portalProblems(outDir, files);
  if (problems.length > 0) {
    console.error(`build:zip: the portal build is not fit for a portal:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  /** @type {import('fflate').Zippable} */
  const entries = {};
  for (const file of files) {
    entries[file] = [readFileSync(join(outDir, file)), { level: STORED.test(file) ? 0 : 9, mtime: MTIME }];
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const zip = zipSync(entries);
  writeFileSync(ZIP, zip);
  console.log(
    `build:zip: ${relative(ROOT, ZIP)} — ${files.length} files, ${(zip.length / 1e6).toFixed(2)} MB (no service worker, relative paths)`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
