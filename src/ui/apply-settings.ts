// Settings take effect here, at once: the reading settings as CSS variables and data
// attributes on <html> (styles.css does the rest), the sound through the AudioPort.
import type { AudioPort, AudioVolumes } from '../audio/audio-port';
import type { Settings, TextSpeed } from '../persistence/settings';
import { NORMAL_MS_PER_CHAR } from './story-view';

/** Milliseconds per character of the line-by-line reveal; 0 shows a beat at once. */
export const REVEAL_PACE: Readonly<Record<TextSpeed, number>> = {
  slow: NORMAL_MS_PER_CHAR * 2,
  normal: NORMAL_MS_PER_CHAR,
  fast: NORMAL_MS_PER_CHAR / 2.5,
  instant: 0,
};

/**
 * Called for every beat shown (the motion preference may change): only what differs is
 * written, since any write to <html>'s inline style restyles the whole page.
 */
export function applyToDocument(
  settings: Settings,
  reducedMotion: boolean,
  root: HTMLElement = document.documentElement,
): void {
  const property = (name: string, value: string) => {
    if (root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
  };
  const data = (name: string, value: string) => {
    if (root.dataset[name] !== value) root.dataset[name] = value;
  };
  property('--text-scale', String(settings.textSize / 100));
  property('--line-height', String(settings.lineSpacing));
  // Large text on a small screen leaves no room to pin the stage above it (styles.css).
  data('textSize', settings.textSize > 125 ? 'large' : 'normal');
  data('font', settings.font);
  data('contrast', settings.highContrast ? 'high' : 'normal');
  data('captions', settings.captions ? 'on' : 'off');
  data('motion', reducedMotion ? 'reduce' : 'full');
}

export function audioVolumes(settings: Settings): AudioVolumes {
  const v = settings.volumes;
  return { master: v.master / 100, ambience: v.ambience / 100, cues: v.cues / 100, heartbeat: v.heartbeat / 100 };
}

export function applyToAudio(settings: Settings, audio: AudioPort | undefined): void {
  audio?.setVolumes(audioVolumes(settings));
  audio?.setMuted(settings.muted);
}
