// @vitest-environment happy-dom
// The sound arrives late, or never (its chunk loads only after the first gesture and the
// first painted text, and a slow or failed download is silence): the captions are the
// text's, so every sound is still captioned from the first text on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AudioPort } from '../../src/audio/audio-port';
import { LazyAudio } from '../../src/audio/load-audio';
import {
  $,
  afterPaint,
  boot,
  choicesShown,
  createHarness,
  type Harness,
  press,
  startGame,
  teardown,
} from './ui-harness';

let t: Harness;
beforeEach(() => (t = createHarness()));
afterEach(() => teardown(t));

describe('captions while the sound has not arrived', () => {
  it('show the cue, the place and the heartbeat with the text, though the audio never loads', async () => {
    const load = vi.fn(() => new Promise<AudioPort>(() => {})); // a download that never ends
    boot(t, { audio: new LazyAudio(load) });
    await startGame(t);
    await afterPaint();
    expect(load).not.toHaveBeenCalled(); // no gesture has reached the page in this test: nothing downloaded
    expect($(t.root, '.story .caption').textContent).toMatch(/^\[.+\]$/); // the crowd's cue, on its line
    expect($(t.root, '.sound-caption').textContent).toMatch(/^\[.+\]$/); // the party's ambience
    await choicesShown();
    press('1'); // the first key: the gesture that lets sound load
    await afterPaint();
    await afterPaint();
    expect(load).toHaveBeenCalledTimes(1);
    expect($(t.root, '.sound-caption').textContent).toMatch(/heart/i); // the next place, and the heart
  });
});
