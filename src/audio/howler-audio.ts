// The one file that knows howler. Loaded lazily (see load-audio.ts), so the first text
// never waits for it. Rules (design.md §3): WebM/Opus first, MP3 fallback; loops in Web
// Audio; each sound loaded once; Howler.autoSuspend off, resumed on visibilitychange.
//
// Nothing touches Web Audio before unlock() (a context made before a gesture starts
// suspended, with a warning): until then this only remembers what it was asked; once the
// page is idle after the first gesture it makes the sounds and starts what it holds.
import { Howl, Howler } from 'howler';
import type { SceneId, SoundCue } from '../engine/types';
import { whenIdleAfterPaint } from '../shared/after-paint';
import {
  type AudioPort,
  type AudioVolumes,
  ambienceId,
  clampVolumes,
  DEFAULT_VOLUMES,
  HEARTBEAT_LOOP_BPM,
  HEARTBEAT_LOOP_ID,
  heartbeatVolume,
} from './audio-port';
import type { HowlerAudioDeps, HowlerGlobalLike, HowlLike, SoundInfo } from './howler-audio-deps';
import { RampingHowl } from './ramping-howl';
import { SOUNDS, sourcesFor } from './sound-files';

/** Cross-fade between ambiences, in milliseconds. */
export const AMBIENCE_FADE_MS = 1500;
const HEART_FADE_MS = 800;
/** A cue asked for this shortly before unlock still plays; older ones are stale. */
const CUE_GRACE_MS = 800;
/** The heartbeat sits a little under the cues. */
const HEART_GAIN = 0.8;

interface Playing {
  readonly id: string;
  readonly howl: HowlLike;
  readonly sound: number;
}

export class HowlerAudio implements AudioPort {
  private readonly deps: HowlerAudioDeps;
  private readonly warn: (message: string) => void;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly whenIdle: (fn: () => void) => void;
  private readonly known: Map<string, SoundInfo>;
  private readonly howls = new Map<string, HowlLike>();
  private readonly failed = new Set<string>();
  private readonly warned = new Set<string>();
  private readonly timers = new Set<unknown>();

  private unlocked = false;
  private unlocking = false;
  private destroyed = false;
  private muted = false;
  private volumes: AudioVolumes = DEFAULT_VOLUMES;
  private wantScene: SceneId | null = null;
  private wantBpm = 0;
  private pendingCues: { id: SoundCue; at: number }[] = [];
  private ambience: Playing | null = null;
  private ambienceScene: SceneId | null = null;
  private heart: Playing | null = null;

  private readonly onVisibility = (): void => {
    this.guard('visibility', () => {
      if (this.deps.visibility?.visibilityState === 'visible') this.resumeContext();
    });
  };

  constructor(deps: HowlerAudioDeps) {
    this.deps = deps;
    this.warn = deps.warn ?? ((m) => console.warn(m));
    this.now = deps.now ?? (() => Date.now());
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.whenIdle = deps.whenIdle ?? ((fn) => fn());
    this.known = new Map(deps.sounds.map((s) => [s.id, s]));
    this.guard('setup', () => {
      deps.howler.autoSuspend = false;
      // Every sound is Web Audio: no pool of ten <audio> elements made inside the first key press.
      deps.howler.html5PoolSize = 0;
      deps.visibility?.addEventListener('visibilitychange', this.onVisibility);
    });
  }

  playCue(id: SoundCue): void {
    this.guard('playCue', () => {
      if (this.destroyed) return;
      if (!this.unlocked) {
        this.pendingCues = [
          ...this.pendingCues.filter((c) => this.now() - c.at < CUE_GRACE_MS),
          { id, at: this.now() },
        ];
        return;
      }
      const howl = this.howl(id);
      if (!howl) return;
      const sound = howl.play();
      howl.volume(this.volumes.cues, sound);
    });
  }

  setAmbience(scene: SceneId | null): void {
    this.guard('setAmbience', () => {
      if (this.destroyed) return;
      this.wantScene = scene;
      if (this.unlocked) this.applyAmbience();
    });
  }

  setHeartbeat(bpm: number): void {
    this.guard('setHeartbeat', () => {
      if (this.destroyed) return;
      this.wantBpm = Number.isFinite(bpm) && bpm > 0 ? bpm : 0;
      if (this.unlocked) this.applyHeartbeat();
    });
  }

  setVolumes(volumes: AudioVolumes): void {
    this.guard('setVolumes', () => {
      if (this.destroyed) return;
      this.volumes = clampVolumes(volumes);
      if (!this.unlocked) return;
      this.deps.howler.volume(this.volumes.master);
      if (this.ambience) this.ambience.howl.volume(this.volumes.ambience, this.ambience.sound);
      if (this.heart) this.heart.howl.volume(heartbeatVolume(this.volumes) * HEART_GAIN, this.heart.sound);
    });
  }

  setMuted(muted: boolean): void {
    this.guard('setMuted', () => {
      if (this.destroyed) return;
      this.muted = muted;
      if (this.unlocked) this.deps.howler.mute(muted);
    });
  }

  /** The first gesture allows sound; it also shows the next text, so the sounds are made when idle after it (iOS resumes on the next gesture). */
  unlock(): void {
    if (this.destroyed || this.unlocked || this.unlocking) return;
    this.unlocking = true;
    const begin = (): void => this.whenIdle(() => this.guard('unlock', () => this.start()));
    const output = this.deps.startOutput;
    if (output) void output().then(begin, begin);
    else begin();
  }

  /**
   * Sound allowed: apply volume and mute (howler makes its AudioContext here), start what is
   * wanted. Every other sound is made in an idle moment of its own, one at a time, so no idle
   * callback grows long enough to hold up a frame or the next input.
   */
  private start(): void {
    if (this.destroyed || this.unlocked) return;
    this.unlocked = true;
    this.deps.howler.volume(this.volumes.master);
    this.deps.howler.mute(this.muted);
    this.resumeContext();
    this.applyAmbience();
    this.applyHeartbeat();
    const fresh = this.pendingCues.filter((c) => this.now() - c.at < CUE_GRACE_MS);
    this.pendingCues = [];
    for (const cue of fresh) this.playCue(cue.id);
    // Ready every cue, so the first ping is not late, and the heartbeat loop, wanted sooner or later.
    this.readyInTurn([...this.deps.sounds.filter((s) => s.kind === 'cue').map((s) => s.id), HEARTBEAT_LOOP_ID]);
  }

  /**
   * Make these sounds one after another, each in an idle moment asked for once the one before
   * is made. Asked for all at once, their idle callbacks would share one deadline, and on a
   * busy phone they would run back to back when it passed, holding up the next text's paint.
   */
  private readyInTurn(ids: readonly string[]): void {
    const [id, ...rest] = ids;
    if (id === undefined || this.destroyed) return;
    this.whenIdle(() => {
      this.guard('preload', () => void (this.destroyed || this.howl(id)));
      this.readyInTurn(rest);
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.guard('destroy', () => {
      this.deps.visibility?.removeEventListener('visibilitychange', this.onVisibility);
      for (const t of this.timers) this.clearTimer(t);
      this.timers.clear();
      for (const howl of this.howls.values()) {
        howl.stop();
        howl.unload();
      }
      this.howls.clear();
      this.ambience = null;
      this.heart = null;
    });
  }

  // ---------------------------------------------------------------- inside

  private applyAmbience(): void {
    const scene = this.wantScene;
    if (scene === this.ambienceScene) return;
    this.ambienceScene = scene;
    const old = this.ambience;
    this.ambience = null;
    if (old) this.fadeOutAndStop(old, AMBIENCE_FADE_MS);
    if (!scene) return;
    const id = ambienceId(scene);
    const start = (): void => {
      // Still the place wanted, and not started meanwhile?
      if (this.destroyed || this.ambienceScene !== scene || this.ambience) return;
      const howl = this.howl(id);
      if (!howl) return;
      const sound = howl.play();
      howl.fade(0, this.volumes.ambience, AMBIENCE_FADE_MS, sound);
      this.ambience = { id, howl, sound };
    };
    // A place heard before starts at once; a new one is made (and decoded) when idle.
    if (this.howls.has(id)) start();
    else this.whenIdle(() => this.guard('ambience', start));
  }

  private applyHeartbeat(): void {
    const bpm = this.wantBpm;
    if (!bpm) {
      if (this.heart) this.fadeOutAndStop(this.heart, HEART_FADE_MS);
      this.heart = null;
      return;
    }
    const rate = Math.min(1.6, Math.max(0.6, bpm / HEARTBEAT_LOOP_BPM));
    if (this.heart) {
      this.heart.howl.rate(rate, this.heart.sound);
      return;
    }
    const howl = this.howl(HEARTBEAT_LOOP_ID);
    if (!howl) return;
    const sound = howl.play();
    howl.rate(rate, sound);
    howl.fade(0, heartbeatVolume(this.volumes) * HEART_GAIN, HEART_FADE_MS, sound);
    this.heart = { id: HEARTBEAT_LOOP_ID, howl, sound };
  }

  private fadeOutAndStop(playing: Playing, ms: number): void {
    const { howl, sound } = playing;
    const from = playing.id === HEARTBEAT_LOOP_ID ? heartbeatVolume(this.volumes) * HEART_GAIN : this.volumes.ambience;
    howl.fade(from, 0, ms, sound);
    const timer = this.setTimer(() => {
      this.timers.delete(timer);
      this.guard('stop', () => {
        if (!this.destroyed) howl.stop(sound);
      });
    }, ms + 50);
    this.timers.add(timer);
  }

  /** The one Howl for a sound, made on first use; null (after one warning) if it cannot be. */
  private howl(id: string): HowlLike | null {
    const made = this.howls.get(id);
    if (made) return made;
    if (this.failed.has(id)) return null;
    const info = this.known.get(id);
    const src = info ? this.deps.sources(id) : [];
    if (!info || src.length === 0) {
      this.fail(id, 'no audio file');
      return null;
    }
    const howl = this.deps.createHowl({
      src,
      format: src.map((url) => (/\.mp3(?:$|[?#])|^data:audio\/mpeg/i.test(url) ? 'mp3' : 'webm')),
      loop: info.loop,
      preload: true,
      html5: false, // Web Audio: gapless loops, exact fades
      volume: 0,
      onloaderror: (_sound, error) => {
        this.fail(id, error);
        this.howls.delete(id);
        if (this.ambience?.id === id) this.ambience = null;
        if (this.heart?.id === id) this.heart = null;
      },
      onplayerror: () => {
        // Blocked playback (HTML5 audio only): try again once howler has unlocked audio.
        howl.once('unlock', () => this.guard('replay', () => this.replay(id)));
      },
    });
    this.howls.set(id, howl);
    return howl;
  }

  private replay(id: string): void {
    if (this.destroyed) return;
    if (this.ambience?.id === id) this.ambience.howl.play(this.ambience.sound);
    if (this.heart?.id === id) this.heart.howl.play(this.heart.sound);
  }

  private resumeContext(): void {
    const ctx = this.deps.howler.ctx;
    if (this.unlocked && ctx && ctx.state !== 'running' && ctx.state !== 'closed') {
      ctx.resume().catch(() => {}); // still blocked: howler's own unlock retries on the next gesture
    }
  }

  private fail(id: string, error: unknown): void {
    this.failed.add(id);
    this.warnOnce(id, `[audio] ${id} could not load (${describe(error)}); playing on without it.`);
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    try {
      this.warn(message);
    } catch {
      // a broken console is no reason to stop the story
    }
  }

  /** Runs `fn`; any error becomes one warning per method, never a throw. */
  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.warnOnce(`error:${what}`, `[audio] ${what} failed (${describe(error)}); sound may be missing.`);
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string' || typeof error === 'number') return String(error);
  return 'unknown error';
}

// ---------------------------------------------------------------- the real thing

/** Longer than Chromium takes to start its audio output (140–200 ms at CPU ×4), short enough to go unnoticed. */
const OUTPUT_WAIT_MS = 1000;

/**
 * Chromium starts its audio output on first use, and `new AudioContext()` waits for it on the
 * main thread: 60–110 ms at CPU ×4 in a browser that has not played a sound yet, a long frame
 * in the middle of play. Listing the media devices starts the same output without blocking the
 * page (no prompt, no permission asked); a context made once it is up takes 6–12 ms. Where
 * the list is not offered, or fails, or is slow, the context is made anyway.
 */
function startAudioOutput(): Promise<unknown> {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (typeof devices?.enumerateDevices !== 'function') return Promise.resolve();
  return Promise.race([
    devices.enumerateDevices().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, OUTPUT_WAIT_MS)),
  ]);
}

/** The game's audio, on howler. */
export function createHowlerAudio(): AudioPort {
  return new HowlerAudio({
    createHowl: (options) => new RampingHowl(new Howl(options), () => Howler.ctx),
    // After the frame with the text, when idle, or a short wait at most.
    whenIdle: (fn) => whenIdleAfterPaint(fn, 300),
    startOutput: startAudioOutput,
    howler: Howler as unknown as HowlerGlobalLike,
    sounds: SOUNDS,
    sources: (id) => sourcesFor(id),
    visibility: typeof document === 'undefined' ? null : document,
  });
}
