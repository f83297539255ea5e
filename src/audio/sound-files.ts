// Which sound files the build has: every generated file as a URL Vite hashes, and the
// manifest's list of sounds. Imported only by howler-audio.ts, so it stays in that lazy chunk.
import manifest from '../../assets/audio/manifest.json';
import type { SoundInfo } from './howler-audio-deps';

// Every generated file, as a URL Vite hashes and copies into the build.
const FILES = import.meta.glob<string>('../../assets/audio/*.{webm,mp3}', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** URLs for a sound, WebM/Opus first, MP3 as the fallback. */
export function sourcesFor(id: string, files: Readonly<Record<string, string>> = FILES): string[] {
  return ['webm', 'mp3'].flatMap((ext) => {
    const url = files[`../../assets/audio/${id}.${ext}`];
    return url ? [url] : [];
  });
}

export const SOUNDS: readonly SoundInfo[] = manifest.sounds.map((s) => ({
  id: s.id,
  kind: s.kind as SoundInfo['kind'],
  loop: s.loop,
}));
