#!/usr/bin/env node
// @ts-check
// Makes every sound of De dans from nothing: renders each recipe in tools/audio/sounds.mjs
// to 16-bit mono PCM (seeded, so always the same samples), encodes it with Debian's ffmpeg
// as WebM/Opus and as MP3 (bit-exact flags, no metadata, so the same bytes each time), and
// writes assets/audio/manifest.json with durations, loop flags, levels and SHA-256s.
//
// Usage: node tools/audio/generate.mjs [--out <dir>] [--only <id,id>] [--quiet]
//        npm run audio
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peak, RATE, rms, seamJump, toPcm16 } from './dsp.mjs';
import { RECIPES, render } from './sounds.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_OUT = join(ROOT, 'assets', 'audio');
/** The budget for all audio together (the issue says at most 2 MB). */
export const BUDGET_BYTES = 2 * 1024 * 1024;

/** Encoder settings per kind: mono, low bit rates; cues get a little more for transients. */
const BITRATES = {
  ambience: { opus: '20k', mp3: '32k' },
  loop: { opus: '20k', mp3: '32k' },
  cue: { opus: '32k', mp3: '48k' },
};

const BITEXACT = ['-fflags', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1', '-map_chapters', '-1'];

/**
 * One ffmpeg run that encodes every PCM file to one format (one process per format: ffmpeg
 * starts once, each output has its own encoder, so the bytes match separate runs).
 * @param {'webm' | 'mp3'} format
 * @param {{ kind: 'ambience' | 'loop' | 'cue', pcmFile: string, file: string }[]} items
 */
function ffmpegArgs(format, items) {
  const args = ['-hide_banner', '-loglevel', 'error', '-nostdin', '-threads', '1'];
  for (const item of items) args.push('-f', 's16le', '-ar', String(RATE), '-ac', '1', '-i', item.pcmFile);
  items.forEach((item, k) => {
    const rate = BITRATES[item.kind];
    const codec =
      format === 'webm'
        ? [
            '-c:a',
            'libopus',
            '-b:a',
            rate.opus,
            '-vbr',
            'on',
            '-compression_level',
            '10',
            '-application',
            'audio',
            '-frame_duration',
            '20',
            '-f',
            'webm',
          ]
        : [
            '-c:a',
            'libmp3lame',
            '-b:a',
            rate.mp3,
            '-ar',
            '44100',
            '-id3v2_version',
            '0',
            '-write_id3v1',
            '0',
            '-f',
            'mp3',
          ];
    args.push('-map', `${k}:a`, ...codec, ...BITEXACT, '-y', item.file);
  });
  return args;
}

/**
 * Runs ffmpeg.
 * @param {string[]} args
 */
function encode(args) {
  return new Promise((done, fail) => {
    const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) =>
      fail(new Error(`ffmpeg could not start (${e.message}). Install it: apt-get install -y ffmpeg`)),
    );
    child.on('close', (code) =>
      code === 0 ? done(undefined) : fail(new Error(`ffmpeg failed (${code}): ${err.trim()}`)),
    );
  });
}

/** The ffmpeg this machine has ("ffmpeg 5.1.9-0+deb12u1"), recorded in the manifest. */
export function ffmpegVersion() {
  try {
    const first = execFileSync('ffmpeg', ['-version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
    return first.replace(/^ffmpeg version (\S+).*$/, 'ffmpeg $1');
  } catch {
    return null;
  }
}

const sha256 = (/** @type {Buffer | Uint8Array} */ data) => createHash('sha256').update(data).digest('hex');
const db = (/** @type {number} */ v) => Math.round(200 * Math.log10(Math.max(v, 1e-9))) / 10;

/**
 * Generates every sound (or `only` some) into `outDir` and writes the manifest there.
 * @param {{ outDir?: string, only?: string[], log?: (line: string) => void }} [opts]
 */
export async function generate(opts = {}) {
  const outDir = opts.outDir ?? DEFAULT_OUT;
  const log = opts.log ?? (() => {});
  const version = ffmpegVersion();
  if (!version) throw new Error('ffmpeg is not installed. Install it: apt-get install -y ffmpeg');
  mkdirSync(outDir, { recursive: true });
  const recipes = opts.only ? RECIPES.filter((r) => opts.only?.includes(r.id)) : RECIPES;

  /** @type {Record<string, Buffer>} */
  const pcm = {};
  /** @type {Record<string, { peak: number, rms: number }>} */
  const levels = {};
  const scratch = mkdtempSync(join(tmpdir(), 'de-dans-audio-'));
  try {
    /** @type {{ kind: 'ambience' | 'loop' | 'cue', id: string, pcmFile: string }[]} */
    const items = [];
    for (const recipe of recipes) {
      const samples = render(recipe);
      if (recipe.kind !== 'cue') {
        const seam = seamJump(samples);
        if (seam.jump > seam.typical)
          throw new Error(`${recipe.id}: the loop seam jumps (${seam.jump} > ${seam.typical})`);
      }
      levels[recipe.id] = { peak: peak(samples), rms: rms(samples) };
      const bytes = toPcm16(samples);
      pcm[recipe.id] = bytes;
      const pcmFile = join(scratch, `${recipe.id}.pcm`);
      writeFileSync(pcmFile, bytes);
      items.push({ kind: recipe.kind, id: recipe.id, pcmFile });
    }
    await Promise.all(
      /** @type {const} */ (['webm', 'mp3']).map((format) =>
        encode(
          ffmpegArgs(
            format,
            items.map((it) => ({ ...it, file: join(outDir, `${it.id}.${format}`) })),
          ),
        ),
      ),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  let totalBytes = 0;
  const sounds = recipes.map((recipe) => {
    const bytes = pcm[recipe.id] ?? Buffer.alloc(0);
    const level = levels[recipe.id] ?? { peak: 0, rms: 0 };
    /** @type {Record<string, { file: string, bytes: number, sha256: string }>} */
    const files = {};
    for (const format of ['webm', 'mp3']) {
      const file = `${recipe.id}.${format}`;
      const data = readFileSync(join(outDir, file));
      totalBytes += data.length;
      files[format] = { file, bytes: data.length, sha256: sha256(data) };
    }
    const entry = {
      id: recipe.id,
      kind: recipe.kind,
      ...(recipe.scene ? { scene: recipe.scene } : {}),
      ...(recipe.cue ? { cue: recipe.cue } : {}),
      ...(recipe.bpm ? { bpm: recipe.bpm } : {}),
      loop: recipe.kind !== 'cue',
      duration: Math.round((bytes.length / 2 / RATE) * 1000) / 1000,
      peakDb: db(level.peak),
      rmsDb: db(level.rms),
      pcmSha256: sha256(bytes),
      files,
    };
    log(
      `${recipe.id.padEnd(22)} ${String(entry.duration).padStart(6)} s  peak ${String(entry.peakDb).padStart(6)} dB  rms ${String(entry.rmsDb).padStart(6)} dB  webm ${String(files.webm?.bytes).padStart(6)}  mp3 ${String(files.mp3?.bytes).padStart(6)}`,
    );
    return entry;
  });

  const manifest = {
    about: 'Generated by tools/audio/generate.mjs (npm run audio). Do not edit by hand.',
    encoder: version,
    sampleRate: RATE,
    budgetBytes: BUDGET_BYTES,
    totalBytes,
    sounds,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const stray = readdirSync(outDir).filter(
    (f) => f !== 'manifest.json' && !sounds.some((s) => Object.values(s.files).some((x) => x.file === f)),
  );
  if (stray.length && !opts.only)
    log(`note: files in ${relative(ROOT, outDir) || outDir} not made by this script: ${stray.join(', ')}`);
  log(
    `total ${totalBytes} bytes (${(totalBytes / 1024 / 1024).toFixed(2)} MB of ${BUDGET_BYTES / 1024 / 1024} MB) with ${version}`,
  );
  if (totalBytes > BUDGET_BYTES) throw new Error(`audio is over budget: ${totalBytes} > ${BUDGET_BYTES} bytes`);
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (/** @type {string} */ flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const quiet = args.includes('--quiet');
  const out = value('--out');
  const only = value('--only');
  const started = Date.now();
  generate({
    outDir: out ? resolve(out) : DEFAULT_OUT,
    ...(only ? { only: only.split(',') } : {}),
    log: quiet ? () => {} : (line) => console.log(line),
  }).then(
    () => quiet || console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
