// "The audio script regenerates the same files from nothing": run tools/audio/generate.mjs
// into an empty folder and compare every byte with what is committed. Needs Debian's
// ffmpeg (apt-get install -y ffmpeg; the CI installs it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const COMMITTED = join(ROOT, 'assets', 'audio');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function ffmpegVersion(): string | null {
  try {
    const first = execFileSync('ffmpeg', ['-version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
    return first.replace(/^ffmpeg version (\S+).*$/, 'ffmpeg $1');
  } catch {
    return null;
  }
}

describe('the audio generator', () => {
  const out = mkdtempSync(join(tmpdir(), 'de-dans-audio-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('regenerates the committed files byte for byte, from nothing', () => {
    const version = ffmpegVersion();
    expect(version, 'ffmpeg is needed to regenerate the audio: apt-get install -y ffmpeg').not.toBeNull();
    const committedManifest = JSON.parse(readFileSync(join(COMMITTED, 'manifest.json'), 'utf8')) as { encoder: string };

    execFileSync(process.execPath, [join(ROOT, 'tools', 'audio', 'generate.mjs'), '--out', out, '--quiet'], {
      stdio: 'pipe',
    });

    const made = readdirSync(out).sort();
    expect(made).toEqual(readdirSync(COMMITTED).sort());
    const differ = made.filter((f) => f !== 'manifest.json' && sha256(join(out, f)) !== sha256(join(COMMITTED, f)));
    const hint =
      version === committedManifest.encoder
        ? ''
        : ` (committed with ${committedManifest.encoder}, this machine has ${version})`;
    expect(differ, `regenerated files differ${hint}`).toEqual([]);

    // The manifest too, apart from naming the ffmpeg that made it.
    const strip = (file: string) => ({ ...(JSON.parse(readFileSync(file, 'utf8')) as object), encoder: null });
    expect(strip(join(out, 'manifest.json'))).toEqual(strip(join(COMMITTED, 'manifest.json')));
  }, 90_000); // about 10–15 s on two cores
});
