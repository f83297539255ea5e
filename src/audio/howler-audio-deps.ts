// What HowlerAudio needs from the world, as the narrowest shapes that serve: the part of
// howler it uses, the document's visibility, the list of sounds, a clock, timers and idle
// time, and the device's audio output. howler-audio.ts passes the real ones; the unit tests
// pass fakes (tests/unit/audio.test.ts). No howler and no Web Audio here.

/** The part of a howler Howl that HowlerAudio uses (a fake in tests implements the same). */
export interface HowlLike {
  play(id?: number): number;
  stop(id?: number): unknown;
  fade(from: number, to: number, duration: number, id?: number): unknown;
  volume(volume: number, id?: number): unknown;
  rate(rate: number, id?: number): unknown;
  once(event: 'unlock', callback: () => void): unknown;
  unload(): unknown;
}

export interface HowlOptionsLike {
  src: string[];
  format: string[];
  loop: boolean;
  preload: boolean;
  html5: false;
  volume: number;
  onloaderror: (soundId: number | null, error: unknown) => void;
  onplayerror: (soundId: number | null, error: unknown) => void;
}

/** The part of howler's global Howler that HowlerAudio uses. */
export interface HowlerGlobalLike {
  autoSuspend: boolean;
  /** HTML audio elements howler makes at its unlock, for HTML5 sounds: the game has none. */
  html5PoolSize: number;
  ctx: { state: string; resume(): Promise<void> } | null;
  volume(volume: number): unknown;
  mute(muted: boolean): unknown;
}

/** A document, as far as visibility goes. */
export interface VisibilityLike {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface SoundInfo {
  readonly id: string;
  readonly kind: 'ambience' | 'loop' | 'cue';
  readonly loop: boolean;
}

export interface HowlerAudioDeps {
  createHowl(options: HowlOptionsLike): HowlLike;
  howler: HowlerGlobalLike;
  /** The sounds that exist (the manifest's list). */
  sounds: readonly SoundInfo[];
  /** URLs for a sound, best first ([webm, mp3]); an empty list when the files are missing. */
  sources(id: string): string[];
  visibility?: VisibilityLike | null;
  warn?: (message: string) => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Run work that can wait (unlocking, making a sound) when idle, never with the text; at once if absent. */
  whenIdle?: (fn: () => void) => void;
  /**
   * Starts the device's audio output without blocking, and settles when it is up (or when it
   * is no use waiting): the AudioContext is made only after. Absent: made at unlock.
   */
  startOutput?: () => Promise<unknown>;
}
