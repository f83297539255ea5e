// The audio port: SilentAudio's contract, the captions, the lazy loader, and HowlerAudio's
// logic against a fake howler (no Web Audio before unlock, cross-fades, heartbeat tempo,
// missing files, never a throw). Only howler-audio.ts may import howler.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SCENES, SOUND_CUES } from '../../common/vocabulary.js';
import { type AudioPort, clampVolumes, DEFAULT_VOLUMES, heartbeatBpm, SilentAudio } from '../../src/audio/audio-port';
import { ambienceCaption, heartbeatCaption, soundCaptions } from '../../src/audio/captions';
import { AMBIENCE_FADE_MS, HowlerAudio } from '../../src/audio/howler-audio';
import type { HowlerAudioDeps, HowlLike, HowlOptionsLike } from '../../src/audio/howler-audio-deps';
import { LazyAudio } from '../../src/audio/load-audio';
import { SOUNDS, sourcesFor } from '../../src/audio/sound-files';
import type { Beat } from '../../src/engine/types';
import { shellWords } from '../../src/ui/i18n';

const WORDS = await shellWords.loadAll();

// ---------------------------------------------------------------- a fake howler

type Call = [string, ...unknown[]];

class FakeHowl implements HowlLike {
  readonly calls: Call[] = [];
  private next = 1;
  private unlockHandlers: (() => void)[] = [];
  constructor(readonly options: HowlOptionsLike) {}
  play(id?: number): number {
    const sound = id ?? this.next++;
    this.calls.push(['play', sound]);
    return sound;
  }
  stop(id?: number) {
    this.calls.push(['stop', id]);
    return this;
  }
  fade(from: number, to: number, duration: number, id?: number) {
    this.calls.push(['fade', from, to, duration, id]);
    return this;
  }
  volume(volume: number, id?: number) {
    this.calls.push(['volume', volume, id]);
    return this;
  }
  rate(rate: number, id?: number) {
    this.calls.push(['rate', rate, id]);
    return this;
  }
  once(_event: 'unlock', callback: () => void) {
    this.unlockHandlers.push(callback);
    return this;
  }
  unload() {
    this.calls.push(['unload']);
    return null;
  }
  fireUnlock() {
    for (const h of this.unlockHandlers.splice(0)) h();
  }
  named(name: string) {
    return this.calls.filter((c) => c[0] === name);
  }
}

function setup(over: Partial<HowlerAudioDeps> = {}) {
  const howls = new Map<string, FakeHowl>();
  const howler = {
    autoSuspend: true,
    html5PoolSize: 10,
    ctx: null as { state: string; resume: () => Promise<void> } | null,
    volume: vi.fn(),
    mute: vi.fn(),
  };
  const warn = vi.fn();
  const timers: { fn: () => void; ms: number }[] = [];
  let clock = 0;
  const listeners = new Set<() => void>();
  const visibility = {
    visibilityState: 'visible',
    addEventListener: (_t: 'visibilitychange', l: () => void) => listeners.add(l),
    removeEventListener: (_t: 'visibilitychange', l: () => void) => listeners.delete(l),
  };
  const deps: HowlerAudioDeps = {
    createHowl: (options) => {
      const id = /\/([^/]+)\.webm$/.exec(options.src[0] ?? '')?.[1] ?? '?';
      const howl = new FakeHowl(options);
      howls.set(id, howl);
      return howl;
    },
    howler,
    sounds: SOUNDS,
    sources: (id) => [`/a/${id}.webm`, `/a/${id}.mp3`],
    visibility,
    warn,
    now: () => clock,
    setTimer: (fn, ms) => {
      const t = { fn, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => timers.splice(timers.indexOf(t as (typeof timers)[number]), 1),
    ...over,
  };
  const audio = new HowlerAudio(deps);
  const runTimers = () => {
    for (const t of timers.splice(0)) t.fn();
  };
  return { audio, howls, howler, warn, timers, runTimers, listeners, visibility, tick: (ms: number) => (clock += ms) };
}

// ---------------------------------------------------------------- the port

describe('SilentAudio', () => {
  it('takes every call in any order, remembers the state, and never throws', () => {
    const a = new SilentAudio();
    const port: AudioPort = a;
    port.playCue('knock');
    port.setAmbience('cafe');
    port.setHeartbeat(90);
    port.setVolumes({ master: 2, ambience: -1, cues: 0.5 });
    port.setMuted(true);
    port.unlock();
    expect(a).toMatchObject({ scene: 'cafe', bpm: 90, muted: true, unlocked: true, cues: ['knock'] });
    expect(a.volumes).toEqual({ master: 1, ambience: 0, cues: 0.5 });
    port.setHeartbeat(Number.NaN);
    expect(a.bpm).toBe(0);
    port.destroy();
    port.setAmbience('bar');
    port.playCue('sms');
    expect(a.scene).toBe('cafe');
    expect(a.cues).toEqual(['knock']);
    expect(() => port.destroy()).not.toThrow();
  });

  it('clamps volumes and falls back to the defaults for nonsense', () => {
    expect(clampVolumes({})).toEqual(DEFAULT_VOLUMES);
    expect(clampVolumes({ master: Number.NaN, ambience: 0.3, cues: 7 })).toEqual({
      master: DEFAULT_VOLUMES.master,
      ambience: 0.3,
      cues: 1,
    });
  });

  it('the heartbeat follows the pull: silent when weak, faster as it grows', () => {
    expect(heartbeatBpm(0)).toBe(0);
    expect(heartbeatBpm(2)).toBe(0);
    expect(heartbeatBpm(3)).toBe(62);
    expect(heartbeatBpm(10)).toBe(118);
    expect(heartbeatBpm(99)).toBe(118);
    expect(heartbeatBpm(Number.NaN)).toBe(0);
    for (let p = 3; p < 10; p++) expect(heartbeatBpm(p + 1)).toBeGreaterThan(heartbeatBpm(p));
  });
});

describe('captions', () => {
  it('every scene has an ambience caption in both languages, bracketed like the cues', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const scene of SCENES) {
        const caption = ambienceCaption(scene, WORDS[lang]);
        expect(caption, `${lang} ${scene}`).toMatch(/^\[.+\]$/);
      }
      expect(ambienceCaption(null, WORDS[lang])).toBeNull();
      expect(new Set(Object.values(WORDS[lang].ambienceCaptions)).size).toBe(SCENES.length);
    }
    expect(ambienceCaption('cafe', WORDS.en)).toBe('[Café: murmur of voices, cups]');
  });

  it('the heartbeat has a caption while it beats', () => {
    expect(heartbeatCaption(0, WORDS.en)).toBeNull();
    expect(heartbeatCaption(70, WORDS.nl)).toBe('[Je hart klopt]');
    expect(heartbeatCaption(110, WORDS.en)).toBe('[Your heart is pounding]');
  });

  it('a beat is captioned with its place and, once the pull is strong, the heartbeat', () => {
    const meters = (pursue: number) => ({ pursue }) as Beat['meters'];
    expect(soundCaptions({ scene: 'cafe', meters: meters(0) }, WORDS.en)).toBe('[Café: murmur of voices, cups]');
    expect(soundCaptions({ scene: null, meters: meters(10) }, WORDS.nl)).toBe('[Je hart bonst]');
    expect(soundCaptions({ scene: 'cafe', meters: meters(4) }, WORDS.en)).toBe(
      '[Café: murmur of voices, cups] [Your heart beats]',
    );
  });
});

// ---------------------------------------------------------------- HowlerAudio

describe('HowlerAudio', () => {
  it('turns off auto-suspend and the HTML audio pool, and touches no Web Audio before the first gesture', () => {
    const { audio, howls, howler } = setup();
    expect(howler.autoSuspend).toBe(false);
    expect(howler.html5PoolSize).toBe(0); // howler's unlock would make ten <audio> elements in the first key press
    audio.setAmbience('cafe');
    audio.setHeartbeat(100);
    audio.setVolumes({ master: 0.5, ambience: 0.4, cues: 0.6 });
    audio.setMuted(true);
    audio.playCue('sms');
    expect(howls.size).toBe(0);
    expect(howler.volume).not.toHaveBeenCalled();
    expect(howler.mute).not.toHaveBeenCalled();
  });

  it('on unlock: loads the cues once, applies volumes and mute, starts what it holds', () => {
    const { audio, howls, howler } = setup();
    audio.setAmbience('cafe');
    audio.setHeartbeat(100);
    audio.setVolumes({ master: 0.5, ambience: 0.4, cues: 0.6 });
    audio.setMuted(true);
    audio.unlock();
    for (const cue of SOUND_CUES) expect(howls.get(cue)?.options.loop, cue).toBe(false);
    expect(howler.volume).toHaveBeenCalledWith(0.5);
    expect(howler.mute).toHaveBeenCalledWith(true);
    const cafe = howls.get('ambience-cafe');
    expect(cafe?.options.loop).toBe(true);
    expect(cafe?.options.html5).toBe(false);
    expect(cafe?.options.src).toEqual(['/a/ambience-cafe.webm', '/a/ambience-cafe.mp3']);
    expect(cafe?.options.format).toEqual(['webm', 'mp3']);
    expect(cafe?.named('fade')).toEqual([['fade', 0, 0.4, AMBIENCE_FADE_MS, 1]]);
    const heart = howls.get('heartbeat-loop');
    expect(heart?.named('rate')).toEqual([['rate', 1.25, 1]]);
    audio.unlock(); // twice is harmless
    expect([...howls.keys()].filter((k) => k === 'sms')).toHaveLength(1);
  });

  it("unlock makes no sound and touches no Web Audio in the gesture's handler: that waits until idle", () => {
    const idle: (() => void)[] = [];
    const { audio, howls, howler } = setup({ whenIdle: (fn) => idle.push(fn) });
    audio.setAmbience('cafe');
    audio.setHeartbeat(100);
    audio.playCue('sms');
    audio.unlock(); // inside the key press or tap that shows the next text
    audio.unlock();
    expect(howls.size).toBe(0);
    expect(howler.volume).not.toHaveBeenCalled();
    expect(howler.mute).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    for (const fn of idle.splice(0)) fn();
    expect(howler.volume).toHaveBeenCalled();
    expect(howls.get('sms')?.named('play')).toHaveLength(1);
    expect(howls.get('heartbeat-loop')?.named('play')).toHaveLength(1);
    for (const fn of idle.splice(0)) fn(); // a new place's ambience is made when idle too
    expect(howls.get('ambience-cafe')?.named('play')).toHaveLength(1);
  });

  it("waits for the device's audio output to start before it makes the AudioContext, and makes it anyway if that fails", async () => {
    for (const outcome of ['up', 'failed'] as const) {
      let settle: () => void = () => {};
      const output = new Promise<void>((resolve, reject) => {
        settle = outcome === 'up' ? resolve : () => reject(new Error('no devices'));
      });
      const startOutput = vi.fn(() => output);
      const { audio, howls, howler } = setup({ startOutput });
      audio.setAmbience('cafe');
      audio.playCue('sms');
      expect(startOutput).not.toHaveBeenCalled(); // nothing before the first gesture
      audio.unlock();
      audio.unlock();
      expect(startOutput).toHaveBeenCalledTimes(1);
      await Promise.resolve();
      expect(howler.volume).not.toHaveBeenCalled(); // howler makes its context at the first volume
      expect(howls.size).toBe(0);
      settle();
      await output.catch(() => {});
      await Promise.resolve();
      expect(howler.volume, outcome).toHaveBeenCalled();
      expect(howls.get('sms')?.named('play'), outcome).toHaveLength(1);
      expect(howls.get('ambience-cafe')?.named('play'), outcome).toHaveLength(1);
    }
  });

  it('after unlock, each idle moment makes one sound at most (no long idle callback)', () => {
    const idle: (() => void)[] = [];
    const { audio, howls, howler } = setup({ whenIdle: (fn) => idle.push(fn) });
    audio.setAmbience('cafe');
    audio.unlock();
    idle.shift()?.(); // the first: the context (volume, mute) and what is wanted now
    expect(howler.volume).toHaveBeenCalled();
    expect(howls.size).toBe(0); // the new place's ambience waits for an idle moment of its own
    let made = howls.size;
    while (idle.length > 0) {
      // One idle moment asked for at a time (and the place's ambience): asked for all at once,
      // their callbacks would share one deadline and run back to back when it passed.
      expect(idle.length).toBeLessThanOrEqual(2);
      idle.shift()?.();
      expect(howls.size - made).toBeLessThanOrEqual(1);
      made = howls.size;
    }
    for (const cue of SOUND_CUES) expect(howls.has(cue), cue).toBe(true);
    expect(howls.has('heartbeat-loop')).toBe(true);
    expect(howls.get('ambience-cafe')?.named('play')).toHaveLength(1);
  });

  it('a cue asked for just before unlock still plays; a stale one does not', () => {
    const { audio, howls, tick } = setup();
    audio.playCue('knock');
    tick(5000);
    audio.playCue('sms');
    tick(100);
    audio.unlock();
    expect(howls.get('sms')?.named('play')).toHaveLength(1);
    expect(howls.get('knock')?.named('play')).toHaveLength(0);
    audio.playCue('knock');
    expect(howls.get('knock')?.named('play')).toHaveLength(1);
    expect(howls.get('knock')?.named('volume')).toEqual([['volume', DEFAULT_VOLUMES.cues, 1]]);
  });

  it('cross-fades ambiences and stops the old one once it is silent', () => {
    const { audio, howls, runTimers, timers } = setup();
    audio.unlock();
    audio.setAmbience('party');
    audio.setAmbience('party'); // the same scene again: nothing happens
    const party = howls.get('ambience-party');
    expect(party?.named('play')).toHaveLength(1);
    audio.setAmbience('bar');
    const bar = howls.get('ambience-bar');
    const v = DEFAULT_VOLUMES.ambience;
    expect(party?.named('fade')).toEqual([
      ['fade', 0, v, AMBIENCE_FADE_MS, 1],
      ['fade', v, 0, AMBIENCE_FADE_MS, 1],
    ]);
    expect(bar?.named('fade')).toEqual([['fade', 0, v, AMBIENCE_FADE_MS, 1]]);
    expect(party?.named('stop')).toHaveLength(0);
    expect(timers[0]?.ms).toBeGreaterThanOrEqual(AMBIENCE_FADE_MS);
    runTimers();
    expect(party?.named('stop')).toEqual([['stop', 1]]);
    audio.setAmbience(null);
    expect(bar?.named('fade').at(-1)).toEqual(['fade', v, 0, AMBIENCE_FADE_MS, 1]);
    runTimers();
    expect(bar?.named('stop')).toEqual([['stop', 1]]);
  });

  it('the heartbeat loop follows the tempo and fades out at 0', () => {
    const { audio, howls, runTimers } = setup();
    audio.unlock();
    audio.setHeartbeat(80);
    const heart = howls.get('heartbeat-loop');
    audio.setHeartbeat(120);
    audio.setHeartbeat(400); // clamped
    expect(heart?.named('rate')).toEqual([
      ['rate', 1, 1],
      ['rate', 1.5, 1],
      ['rate', 1.6, 1],
    ]);
    expect(heart?.named('play')).toHaveLength(1);
    audio.setHeartbeat(0);
    runTimers();
    expect(heart?.named('stop')).toEqual([['stop', 1]]);
    audio.setHeartbeat(70);
    expect(heart?.named('play')).toHaveLength(2);
  });

  it("volumes reach the playing loops and howler's master", () => {
    const { audio, howls, howler } = setup();
    audio.unlock();
    audio.setAmbience('desk');
    audio.setHeartbeat(90);
    audio.setVolumes({ master: 0.3, ambience: 0.2, cues: 0.5 });
    expect(howler.volume).toHaveBeenLastCalledWith(0.3);
    expect(howls.get('ambience-desk')?.named('volume').at(-1)).toEqual(['volume', 0.2, 1]);
    expect(howls.get('heartbeat-loop')?.named('volume').at(-1)).toEqual(['volume', 0.4, 1]);
    audio.setMuted(true);
    expect(howler.mute).toHaveBeenLastCalledWith(true);
  });

  it('a missing file is one warning, then silence', () => {
    const { audio, howls, warn } = setup({ sources: (id) => (id === 'knock' ? [] : [`/a/${id}.webm`]) });
    audio.unlock();
    audio.playCue('knock');
    audio.playCue('knock');
    expect(howls.has('knock')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('knock');
  });

  it('makes a new place’s ambience when the page is idle, not in the call that asks for it', () => {
    const idle: (() => void)[] = [];
    const { audio, howls } = setup({ whenIdle: (fn) => idle.push(fn) });
    audio.unlock();
    for (const fn of idle.splice(0)) fn(); // unlocked
    audio.setAmbience('bar');
    expect(howls.has('ambience-bar')).toBe(false); // nothing made or decoded in the caller's task
    while (idle.length > 0) idle.shift()?.(); // the place's ambience, and the cues readied in turn
    expect(howls.get('ambience-bar')?.named('fade')).toEqual([
      ['fade', 0, DEFAULT_VOLUMES.ambience, AMBIENCE_FADE_MS, 1],
    ]);
    expect(howls.has('heartbeat-loop')).toBe(true); // readied while idle, before it is needed
    // A place left before its sound was made is never started.
    audio.setAmbience('desk');
    audio.setAmbience('bar');
    for (const fn of idle.splice(0)) fn();
    expect(howls.has('ambience-desk')).toBe(false);
  });

  it('a file that fails to load is one warning, then silence', () => {
    const { audio, howls, warn } = setup();
    audio.unlock();
    audio.setAmbience('festival');
    const festival = howls.get('ambience-festival');
    festival?.options.onloaderror(null, 'Decoding audio data failed.');
    festival?.options.onloaderror(null, 'Decoding audio data failed.');
    expect(warn).toHaveBeenCalledTimes(1);
    audio.setAmbience('cafe');
    audio.setAmbience('festival');
    expect(howls.get('ambience-festival')).toBe(festival); // not made again
    expect(festival?.named('play')).toHaveLength(1);
  });

  it("blocked playback waits for howler's unlock and plays again", () => {
    const { audio, howls } = setup();
    audio.unlock();
    audio.setAmbience('home');
    const home = howls.get('ambience-home');
    home?.options.onplayerror(1, 'blocked');
    home?.fireUnlock();
    expect(home?.named('play')).toEqual([
      ['play', 1],
      ['play', 1],
    ]);
  });

  it('never throws, even when howler does', () => {
    const warn = vi.fn();
    const { audio } = setup({
      warn,
      createHowl: () => {
        throw new Error('no audio here');
      },
    });
    expect(() => {
      audio.unlock();
      audio.setAmbience('cafe');
      audio.playCue('ring');
      audio.setHeartbeat(100);
      audio.destroy();
    }).not.toThrow();
    expect(warn).toHaveBeenCalled();
  });

  it('resumes a suspended context when the page is visible again', () => {
    const { audio, howler, listeners, visibility } = setup();
    const resume = vi.fn(() => Promise.resolve());
    howler.ctx = { state: 'suspended', resume };
    for (const l of listeners) l();
    expect(resume).not.toHaveBeenCalled(); // not before the first gesture
    audio.unlock();
    expect(resume).toHaveBeenCalledTimes(1);
    visibility.visibilityState = 'hidden';
    for (const l of listeners) l();
    expect(resume).toHaveBeenCalledTimes(1);
    visibility.visibilityState = 'visible';
    for (const l of listeners) l();
    expect(resume).toHaveBeenCalledTimes(2);
  });

  it('destroy stops and unloads everything and lets go of the page', () => {
    const { audio, howls, listeners, timers } = setup();
    audio.unlock();
    audio.setAmbience('bar');
    audio.setAmbience('cafe');
    audio.destroy();
    expect(listeners.size).toBe(0);
    expect(timers).toHaveLength(0);
    for (const howl of howls.values()) expect(howl.named('unload')).toHaveLength(1);
    audio.playCue('sms');
    audio.setAmbience('party');
    expect(howls.has('ambience-party')).toBe(false);
  });
});

describe('asset URLs', () => {
  it('every sound resolves to WebM first and MP3 second through Vite', () => {
    for (const s of SOUNDS) {
      const [webm, mp3, ...rest] = sourcesFor(s.id);
      expect(webm, s.id).toMatch(/\.webm(?:$|\?)/);
      expect(mp3, s.id).toMatch(/\.mp3(?:$|\?)/);
      expect(rest).toEqual([]);
    }
    expect(sourcesFor('nothing')).toEqual([]);
  });
});

describe('LazyAudio', () => {
  it('hands the wanted state to the real audio when it arrives, but not stale cues', async () => {
    const real = new SilentAudio();
    const lazy = new LazyAudio(() => Promise.resolve(real));
    lazy.playCue('sms');
    lazy.setAmbience('door');
    lazy.setHeartbeat(75);
    lazy.setMuted(true);
    lazy.unlock();
    await lazy.ready;
    expect(real).toMatchObject({ scene: 'door', bpm: 75, muted: true, unlocked: true, cues: [] });
    lazy.playCue('knock');
    expect(real.cues).toEqual(['knock']);
    lazy.destroy();
    expect(real.destroyed).toBe(true);
  });

  it('a failed load is one warning and silence', async () => {
    const warn = vi.fn();
    const lazy = new LazyAudio(() => Promise.reject(new Error('chunk missing')), warn);
    lazy.unlock();
    lazy.setAmbience('cafe');
    await lazy.ready;
    expect(warn).toHaveBeenCalledTimes(1);
    expect(() => lazy.playCue('ring')).not.toThrow();
  });

  it('destroyed before the load finished: the late arrival is destroyed too', async () => {
    const real = new SilentAudio();
    const lazy = new LazyAudio(() => Promise.resolve(real));
    lazy.unlock();
    lazy.setAmbience('party');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the download has started
    lazy.destroy();
    await lazy.ready;
    expect(real.destroyed).toBe(true);
  });

  it('downloads nothing until a sound is asked for, and then only once', async () => {
    const load = vi.fn(() => Promise.resolve(new SilentAudio()));
    const lazy = new LazyAudio(load);
    lazy.setVolumes({ master: 0.5, ambience: 0.5, cues: 0.5 });
    lazy.setMuted(false);
    lazy.unlock();
    lazy.setHeartbeat(70);
    lazy.setAmbience(null);
    expect(load).not.toHaveBeenCalled();
    lazy.setAmbience('cafe');
    lazy.playCue('sms');
    await lazy.ready;
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('downloads nothing before the first gesture, nor in its handler: after the next frame', async () => {
    const load = vi.fn(() => Promise.resolve(new SilentAudio()));
    const lazy = new LazyAudio(load);
    lazy.setAmbience('cafe'); // the first text is painted: its place is wanted
    lazy.playCue('sms');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(load).not.toHaveBeenCalled(); // no gesture yet: no howler, no AudioContext
    lazy.unlock(); // inside the gesture's handler
    expect(load).not.toHaveBeenCalled();
    await lazy.ready;
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('destroyed before anything was asked for: nothing is downloaded, and ready settles', async () => {
    const load = vi.fn(() => Promise.resolve(new SilentAudio()));
    const lazy = new LazyAudio(load);
    lazy.destroy();
    lazy.setAmbience('door');
    await lazy.ready;
    expect(load).not.toHaveBeenCalled();
  });
});

describe('the audio boundary', () => {
  it('only src/audio/howler-audio.ts imports howler', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (
          /\.(ts|js|mjs)$/.test(entry.name) &&
          /from\s*['"]howler['"]|import\(\s*['"]howler['"]\s*\)/.test(readFileSync(path, 'utf8'))
        )
          found.push(path);
      }
    };
    const src = join(import.meta.dirname, '..', '..', 'src');
    walk(src);
    expect(found.map((p) => p.slice(src.length + 1).replace(/\\/g, '/'))).toEqual(['audio/howler-audio.ts']);
  });

  it('the first chunk (what src/main.ts imports statically) holds no howler and no sound files', () => {
    const reached = staticImportsFrom(join(SRC, 'main.ts'));
    const audio = [...reached].filter((f) => f.startsWith(join(SRC, 'audio')));
    expect(audio.map((f) => f.slice(SRC.length + 1).replace(/\\/g, '/')).sort()).toEqual([
      'audio/audio-port.ts',
      'audio/beat-sound.ts',
      'audio/captions.ts',
      'audio/load-audio.ts',
    ]);
    for (const file of reached) expect(readFileSync(file, 'utf8'), file).not.toMatch(/from\s*['"]howler['"]/);
  });

  it('load-audio.ts reaches howler-audio.ts only through a dynamic import', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'audio', 'load-audio.ts'), 'utf8');
    expect(text).toMatch(/import\(\s*['"]\.\/howler-audio['"]\s*\)/);
    expect(text).not.toMatch(/^import[^;]*from\s*['"]\.\/howler-audio['"]/m);
  });
});

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Every source file `entry` reaches through static, non-type imports (what a bundler puts in its chunk). */
function staticImportsFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s*['"](\.[^'"]+)['"]/gm)) {
      const base = join(dirname(file), m[1]!);
      const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
      if (found && /\.(ts|js)$/.test(found)) visit(found);
    }
  };
  visit(entry);
  return seen;
}
