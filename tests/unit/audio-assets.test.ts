// The committed audio: the manifest tells the truth about the files on disk, every scene
// has its ambience and every cue its sound, loops are flagged, and the whole fits 2 MB.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENES, SOUND_CUES } from '../../common/vocabulary.js';
import { ambienceId, HEARTBEAT_LOOP_BPM, HEARTBEAT_LOOP_ID } from '../../src/audio/audio-port';

const DIR = join(import.meta.dirname, '..', '..', 'assets', 'audio');

interface FileEntry {
  file: string;
  bytes: number;
  sha256: string;
}
interface SoundEntry {
  id: string;
  kind: 'ambience' | 'loop' | 'cue';
  scene?: string;
  cue?: string;
  bpm?: number;
  loop: boolean;
  duration: number;
  peakDb: number;
  rmsDb: number;
  pcmSha256: string;
  files: { webm: FileEntry; mp3: FileEntry };
}
interface Manifest {
  encoder: string;
  sampleRate: number;
  budgetBytes: number;
  totalBytes: number;
  sounds: SoundEntry[];
}

const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Manifest;
const byId = new Map(manifest.sounds.map((s) => [s.id, s]));
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('the audio manifest', () => {
  it.each(manifest.sounds)('$id: both files exist with the recorded size and hash', (sound) => {
    for (const f of [sound.files.webm, sound.files.mp3]) {
      const data = readFileSync(join(DIR, f.file));
      expect(data.length, f.file).toBe(f.bytes);
      expect(sha256(data), f.file).toBe(f.sha256);
    }
    expect(sound.files.webm.file).toBe(`${sound.id}.webm`);
    expect(sound.files.mp3.file).toBe(`${sound.id}.mp3`);
  });

  it('the files are really WebM and MP3', () => {
    for (const sound of manifest.sounds) {
      const webm = readFileSync(join(DIR, sound.files.webm.file));
      expect(webm.subarray(0, 4).toString('hex'), sound.id).toBe('1a45dfa3'); // EBML
      expect(webm.includes(Buffer.from('OpusHead')), sound.id).toBe(true);
      const mp3 = readFileSync(join(DIR, sound.files.mp3.file));
      expect(mp3[0], sound.id).toBe(0xff); // a frame sync, no ID3 tag in front
      expect((mp3[1] ?? 0) & 0xe0, sound.id).toBe(0xe0);
    }
  });

  it('all audio together stays within 2 MB, and the manifest adds up', () => {
    const onDisk = readdirSync(DIR)
      .filter((f) => f !== 'manifest.json')
      .reduce((sum, f) => sum + statSync(join(DIR, f)).size, 0);
    expect(onDisk).toBe(manifest.totalBytes);
    expect(onDisk).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(manifest.budgetBytes).toBe(2 * 1024 * 1024);
  });

  it('holds no file the manifest does not name', () => {
    const named = new Set(manifest.sounds.flatMap((s) => [s.files.webm.file, s.files.mp3.file]));
    for (const f of readdirSync(DIR)) if (f !== 'manifest.json') expect(named.has(f), f).toBe(true);
  });

  it('every scene has an ambience loop of 8–20 s', () => {
    for (const scene of SCENES) {
      const sound = byId.get(ambienceId(scene));
      expect(sound, scene).toBeDefined();
      expect(sound?.kind).toBe('ambience');
      expect(sound?.scene).toBe(scene);
      expect(sound?.loop).toBe(true);
      expect(sound?.duration).toBeGreaterThanOrEqual(8);
      expect(sound?.duration).toBeLessThanOrEqual(20);
    }
  });

  it('every cue has a one-shot that does not loop', () => {
    for (const cue of SOUND_CUES) {
      const sound = byId.get(cue);
      expect(sound, cue).toBeDefined();
      expect(sound?.kind).toBe('cue');
      expect(sound?.cue).toBe(cue);
      expect(sound?.loop).toBe(false);
      expect(sound?.duration).toBeLessThanOrEqual(4);
    }
  });

  it('the heartbeat loop is whole beats at the tempo the player assumes', () => {
    const heart = byId.get(HEARTBEAT_LOOP_ID);
    expect(heart?.kind).toBe('loop');
    expect(heart?.loop).toBe(true);
    expect(heart?.bpm).toBe(HEARTBEAT_LOOP_BPM);
    const beats = ((heart?.duration ?? 0) * HEARTBEAT_LOOP_BPM) / 60;
    expect(beats).toBeCloseTo(Math.round(beats), 6);
  });

  it('nothing else is in the manifest', () => {
    const expected = new Set<string>([...SCENES.map(ambienceId), HEARTBEAT_LOOP_ID, ...SOUND_CUES]);
    expect(new Set(manifest.sounds.map((s) => s.id))).toEqual(expected);
  });

  it('levels are quiet and never clip: ambiences under the cues', () => {
    for (const s of manifest.sounds) {
      expect(s.peakDb, s.id).toBeLessThanOrEqual(-1);
      if (s.kind === 'ambience') {
        expect(s.peakDb, s.id).toBeLessThanOrEqual(-12);
        expect(s.rmsDb, s.id).toBeGreaterThan(-45); // audible, not silence
      }
    }
  });
});
