#!/usr/bin/env node
// @ts-check
// `node tools/build/icons.mjs`: the app icons in public/icons/, drawn from assets/icon.svg by
// Debian's Chromium (the same browser the tests use), so they are made, not hand-edited.
//   icon-32.png                  the pages' favicon: an SVG favicon is built into a document
//                                and drawn on the page's main thread when Chromium fetches it,
//                                which is when loading stops, early in play (30 ms at ×4)
//   icon-192.png, icon-512.png   the icon as it is (rounded corners, transparent outside)
//   icon-maskable-512.png        full-bleed background, the figures inside the safe zone
//                                (the middle 80%), for launchers that cut their own shape
// Re-run after changing assets/icon.svg and commit the PNGs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { browserHelpers } from './browser-helpers.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'public', 'icons');
const source = readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8');

/** The icon's drawing without its rounded background, to place on a full-bleed square. */
function maskable(/** @type {string} */ svg) {
  const background = /<rect[^>]*rx="[^"]*"[^>]*fill="([^"]+)"[^>]*\/>/.exec(svg);
  if (!background) throw new Error('assets/icon.svg: expected a rounded <rect> as the background');
  const inner = svg
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(background[0], '')
    .replace(/<title>[\s\S]*?<\/title>/, '');
  // Scaled to 75% around the centre: everything lands well inside the 80% safe circle.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background[1]}"/><g transform="translate(8 8) scale(0.75)">${inner}</g></svg>`;
}

const browser = await (await browserHelpers()).launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  const jobs = [
    { file: 'icon-32.png', size: 32, svg: source },
    { file: 'icon-192.png', size: 192, svg: source },
    { file: 'icon-512.png', size: 512, svg: source },
    { file: 'icon-maskable-512.png', size: 512, svg: maskable(source) },
  ];
  for (const job of jobs) {
    const page = await browser.newPage({ viewport: { width: job.size, height: job.size }, deviceScaleFactor: 1 });
    const sized = job.svg.replace('<svg ', `<svg width="${job.size}" height="${job.size}" `);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: job.size, height: job.size },
    });
    writeFileSync(join(OUT, job.file), png);
    await page.close();
    console.log(`public/icons/${job.file}  ${job.size}×${job.size}  ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
