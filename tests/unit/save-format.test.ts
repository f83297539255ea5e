// Saves since issue 14 (format 3): ink's state, the path that led to it (each choice's
// position and the fingerprint of its words) and the run's settings, nothing else; the
// beat, the history and the rewinds are rebuilt by replaying the path. Saves written by the
// builds before (format 1, issue 15's format 2: real files in tests/fixtures/) still load. The ≤ 12 kB size
// at the end of a playthrough is a budget of the save's content, not a timing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Beat, encodeSave, peekSave, REWIND_DEPTH, SAVE_FORMAT, StoryEngine } from '../../src/engine';
import { decodeSave, restoreSave } from '../../src/engine/save-decode';
import { fingerprint } from '../../src/engine/words';
import { defaultSettings, fixture, realStory } from '../helpers/fixtures';

const fixtureText = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
const firstOpen = (beat: Beat) => beat.choices.find((c) => !c.locked && c.text !== 'Break the story');

describe('a format-1 save written by the build before issue 15', () => {
  // The engine fixture as it was then (the dance law has been retuned since, issue 13).
  const story = fixture('format1/engine');
  const text = fixtureText('save-format1-engine.json');
  const old = JSON.parse(text);

  it('is what that build wrote: the beat, the history and the rewinds inside', () => {
    expect(old.format).toBe(1);
    expect(old.storyHash).toBe(story.hash); // the fixture story has not changed since
    expect(old.state.snapshots.length).toBe(3);
  });

  it('loads into the same place: the same beat, history and rewinds as the game it was saved from', () => {
    const save = decodeSave(text);
    expect(save.format).toBe(SAVE_FORMAT);
    const { engine, replayed } = restoreSave(save, { ...story, lang: 'en' });
    expect(replayed).toBe(false);
    // Beats since issue 16 also say who is on stage; a format-1 beat had the partner here.
    const withPresence = (beat: Beat) => ({ ...beat, partner: beat.partner ?? 'here' });
    expect(engine.beat).toEqual(withPresence(old.state.beat));
    expect(engine.history).toEqual(old.state.history);
    expect(engine.inkState()).toBe(old.state.inkState);
    // Every rewind it carried, in order, back to the start.
    for (let i = old.state.snapshots.length - 1; i >= 0; i--)
      expect(engine.rewind()).toEqual(withPresence(old.state.snapshots[i].beat));
    expect(engine.canRewind).toBe(false);
  });

  it('is described in the saves list as before, and saved again in the new format', () => {
    expect(peekSave(text)).toEqual({
      savedAt: old.savedAt,
      phase: old.state.beat.phase,
      scene: old.state.beat.scene,
      ending: old.state.beat.ending,
    });
    const { engine } = restoreSave(decodeSave(text), { ...story, lang: 'en' });
    const again = encodeSave(engine.snapshot(), { storyHash: story.hash, lang: 'en' });
    expect(JSON.parse(again).format).toBe(SAVE_FORMAT);
    expect(again.length).toBeLessThan(text.length / 2);
  });

  it('from the real Dutch story, twelve choices in, decodes to its path and ink state', () => {
    const nl = fixtureText('save-format1-nl.json');
    const data = JSON.parse(nl);
    const save = decodeSave(nl);
    // The path, each choice's words kept as their fingerprint since format 3.
    const path = data.state.trail.map((t: { index: number; text: string }) => [t.index, fingerprint(t.text)]);
    expect(save.state.trail).toEqual(path);
    expect(save.state.trail.length).toBe(12);
    expect(save.state.inkState).toBe(data.state.inkState);
    expect(save.state.at).toEqual({
      phase: data.state.beat.phase,
      scene: data.state.beat.scene,
      ending: data.state.beat.ending,
    });
    expect(nl.length).toBeGreaterThan(50_000);
  });
});

describe('a format-2 save written by the build of issue 14, before the save was slimmed again', () => {
  // The engine fixture and the dance law frozen as they were (format2/), the save that build
  // wrote, and what its game showed then: the beat, the history and every rewind.
  const story = fixture('format2/engine');
  const text = fixtureText('save-format2-engine.json');
  const expected = JSON.parse(fixtureText('save-format2-engine.expected.json'));

  it('is what that build wrote: ink’s state, the path, the settings and where it is', () => {
    const old = JSON.parse(text);
    expect(old.format).toBe(2);
    expect(old.storyHash).toBe(story.hash); // the frozen fixture story has not changed since
    expect(Object.keys(old.state).sort()).toEqual(['at', 'inkState', 'settings', 'trail']);
  });

  it('loads into the same place: the same beat, history, ink state and rewinds as the game it was saved from', () => {
    const { engine, replayed } = restoreSave(decodeSave(text), { ...story, lang: 'en' });
    expect(replayed).toBe(false);
    expect(engine.beat).toEqual(expected.beat);
    expect(engine.history).toEqual(expected.history);
    expect(engine.inkState()).toBe(expected.inkState);
    expect(engine.settings).toEqual({ partnerName: 'Noa', partnerPronoun: 'she', veilInfidelity: true });
    for (const beat of expected.rewinds) expect(engine.rewind()).toEqual(beat);
    expect(engine.canRewind).toBe(false);
  });

  it('is described in the saves list by where it is', () => {
    expect(peekSave(text)).toEqual({
      savedAt: '2026-12-05T06:45:00.000Z',
      phase: expected.beat.phase,
      scene: expected.beat.scene,
      ending: expected.beat.ending,
    });
  });

  it('from the real Dutch story, twelve choices in, decodes to its path and ink state', () => {
    const nl = fixtureText('save-format2-nl.json');
    const data = JSON.parse(nl);
    const save = decodeSave(nl);
    // The path, each choice's words kept as their fingerprint since format 3.
    const path = data.state.trail.map((t: { index: number; text: string }) => [t.index, fingerprint(t.text)]);
    expect(save.state.trail).toEqual(path);
    expect(save.state.trail.length).toBe(12);
    expect(save.state.inkState).toBe(data.state.inkState);
    expect(save.state.settings).toEqual(data.state.settings);
  });
});

describe('a save at the end of a playthrough of the real story', () => {
  it.for(['nl', 'en'] as const)(
    'is at most 12 kB (%s) and loads back to the same ending',
    { timeout: 60_000 },
    (lang) => {
      const story = realStory(lang);
      const engine = new StoryEngine(story.json, defaultSettings);
      let beat = engine.start();
      let choices = 0;
      for (let open = firstOpen(beat); open && !beat.finished; open = firstOpen(beat), choices++)
        beat = engine.choose(open.index);
      expect(beat.finished).toBe(true);
      const text = encodeSave(engine.snapshot(), { storyHash: story.hash, lang });
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(12_000);
      const { engine: loaded } = restoreSave(decodeSave(text), { ...story, lang });
      expect(loaded.beat).toEqual(beat);
      expect(loaded.history).toEqual(engine.history);
      // The rewinds are rebuilt by the replay: as many as the game kept.
      let rewinds = 0;
      while (loaded.canRewind) {
        expect(loaded.rewind()).toEqual(engine.rewind());
        rewinds++;
      }
      expect(rewinds).toBe(Math.min(REWIND_DEPTH, choices));
    },
  );
});
