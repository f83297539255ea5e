#!/usr/bin/env node
// @ts-check
// `npm run size`: build for production, list every file with its raw, gzip and brotli
// size, and check the size budgets (tools/build/budgets.mjs). Exits 1, saying which
// budget broke and by how much, when one is broken.
//   node tools/size.mjs              build into dist/, then check
//   node tools/size.mjs --dir <out>  check an existing build without building
import { resolve } from 'node:path';
import { build } from 'vite';
import { checkBudgets } from './build/budgets.mjs';
import { kB } from './build/bundle-graph.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
let outDir = resolve(ROOT, 'dist');
if (dirAt >= 0) {
  const given = args[dirAt + 1];
  if (!given) {
    console.error('--dir needs a folder: node tools/size.mjs --dir dist');
    process.exit(2);
  }
  outDir = resolve(given);
} else {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

let checked;
try {
  checked = checkBudgets(outDir);
} catch (error) {
  console.error(`size: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const { build: graph, results, ok } = checked;

const pad = (/** @type {string} */ s, /** @type {number} */ n) => s.padStart(n);
console.log(`\n${'file'.padEnd(48)}${pad('raw', 11)}${pad('gzip', 11)}${pad('brotli', 11)}`);
for (const f of graph.files) {
  if (!/\.(js|css|html)$/.test(f.file) && f.raw < 50_000) continue; // small sounds and icons: see the totals
  console.log(`${f.file.padEnd(48)}${pad(kB(f.raw), 11)}${pad(kB(f.gzip), 11)}${pad(kB(f.brotli), 11)}`);
}
const all = graph.files.reduce((n, f) => n + f.raw, 0);
console.log(`${`${graph.files.length} files in all`.padEnd(48)}${pad(kB(all), 11)}`);

console.log('');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.detail}`);
if (!ok) {
  console.error(`\nsize: ${results.filter((r) => !r.ok).length} budget(s) broken (see FAIL above).`);
  process.exit(1);
}
console.log('\nsize: every budget kept.');
