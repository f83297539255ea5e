// The player's settings (reading, motion, sound, the veil), remembered between visits. Every field
// is checked on its own as it is read back, so one damaged value falls back to its
// default without taking the others with it, and nothing here ever throws.
import type { KeyValueStore, StoreResult } from './storage';

/**
 * The book face shipped with the game (Literata, self-hosted), the device's own serif, a
 * plain sans, and an open, wide face that many dyslexic readers find easier.
 */
export const FONT_CHOICES = ['serif', 'system', 'sans', 'readable'] as const;
export type FontChoice = (typeof FONT_CHOICES)[number];

export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

/** 'system' follows the device's prefers-reduced-motion; the other two override it. */
export const MOTION_CHOICES = ['system', 'reduce', 'full'] as const;
export type MotionChoice = (typeof MOTION_CHOICES)[number];

/** Line heights offered, from snug to very open. */
export const LINE_SPACINGS = [1.4, 1.6, 1.9, 2.2] as const;
export type LineSpacing = (typeof LINE_SPACINGS)[number];

export const TEXT_SIZE_MIN = 100;
export const TEXT_SIZE_MAX = 200;
export const TEXT_SIZE_STEP = 10;

/** Volumes in percent (0–100), each a slider of its own. */
export interface VolumeSettings {
  readonly master: number;
  readonly ambience: number;
  readonly cues: number;
  readonly heartbeat: number;
}

export interface Settings {
  /** Percent of the browser's own text size, 100–200. */
  readonly textSize: number;
  readonly lineSpacing: LineSpacing;
  readonly font: FontChoice;
  readonly highContrast: boolean;
  readonly textSpeed: TextSpeed;
  readonly motion: MotionChoice;
  readonly volumes: VolumeSettings;
  readonly muted: boolean;
  /** Captions for sounds (cues, ambience, heartbeat): on unless the player turns them off. */
  readonly captions: boolean;
  /** Lines already read (an earlier run, or before a rewind) appear at once. */
  readonly skipRead: boolean;
  /**
   * The infidelity told off-screen (the workshop's veil), for the next new game: a game
   * under way keeps the choice it began with (it is part of its save).
   */
  readonly veilInfidelity: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  textSize: 100,
  lineSpacing: 1.6,
  font: 'serif',
  highContrast: false,
  textSpeed: 'normal',
  motion: 'system',
  volumes: { master: 80, ambience: 70, cues: 90, heartbeat: 90 },
  muted: false,
  captions: true,
  skipRead: false,
  veilInfidelity: false,
};

export const SETTINGS_KEY = 'de-dans:settings';

/** The saved settings, or the defaults for whatever is missing or damaged. */
export function readSettings(store: KeyValueStore): Settings {
  const text = store.get(SETTINGS_KEY);
  if (!text) return DEFAULT_SETTINGS;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return DEFAULT_SETTINGS; // unreadable settings are not worth a message: defaults are fine
  }
  return cleanSettings(data);
}

export function writeSettings(store: KeyValueStore, settings: Settings): StoreResult {
  return store.set(SETTINGS_KEY, JSON.stringify(cleanSettings(settings)));
}

/** Any value in, valid settings out: each field kept if it is valid, else its default. */
export function cleanSettings(data: unknown): Settings {
  const d = isRecord(data) ? data : {};
  const v = isRecord(d.volumes) ? d.volumes : {};
  const dv = DEFAULT_SETTINGS.volumes;
  return {
    textSize: snap(d.textSize, TEXT_SIZE_MIN, TEXT_SIZE_MAX, TEXT_SIZE_STEP, DEFAULT_SETTINGS.textSize),
    lineSpacing: oneOf(LINE_SPACINGS, d.lineSpacing, DEFAULT_SETTINGS.lineSpacing),
    font: oneOf(FONT_CHOICES, d.font, DEFAULT_SETTINGS.font),
    highContrast: typeof d.highContrast === 'boolean' ? d.highContrast : DEFAULT_SETTINGS.highContrast,
    textSpeed: oneOf(TEXT_SPEEDS, d.textSpeed, DEFAULT_SETTINGS.textSpeed),
    motion: oneOf(MOTION_CHOICES, d.motion, DEFAULT_SETTINGS.motion),
    volumes: {
      master: snap(v.master, 0, 100, 1, dv.master),
      ambience: snap(v.ambience, 0, 100, 1, dv.ambience),
      cues: snap(v.cues, 0, 100, 1, dv.cues),
      heartbeat: snap(v.heartbeat, 0, 100, 1, dv.heartbeat),
    },
    muted: typeof d.muted === 'boolean' ? d.muted : DEFAULT_SETTINGS.muted,
    captions: typeof d.captions === 'boolean' ? d.captions : DEFAULT_SETTINGS.captions,
    skipRead: typeof d.skipRead === 'boolean' ? d.skipRead : DEFAULT_SETTINGS.skipRead,
    veilInfidelity: typeof d.veilInfidelity === 'boolean' ? d.veilInfidelity : DEFAULT_SETTINGS.veilInfidelity,
  };
}

/** Whether motion is reduced, given the player's choice and the device's preference. */
export function motionReduced(settings: Pick<Settings, 'motion'>, deviceReduces: boolean): boolean {
  return settings.motion === 'system' ? deviceReduces : settings.motion === 'reduce';
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function oneOf<T extends string | number>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A finite number clamped to [min, max] and rounded to the step; anything else is the fallback. */
function snap(value: unknown, min: number, max: number, step: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const clamped = Math.min(max, Math.max(min, value));
  return Math.round(clamped / step) * step;
}
