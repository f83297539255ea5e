// The player's settings in storage: defaults when there are none, every field checked on
// its own when read back, and nothing that throws — whatever is stored.
import { describe, expect, it } from 'vitest';
import {
  cleanSettings,
  DEFAULT_SETTINGS,
  motionReduced,
  readSettings,
  SETTINGS_KEY,
  type Settings,
  writeSettings,
} from '../../src/persistence/settings';
import { SafeStorage } from '../../src/persistence/storage';

/** A real Storage-shaped map (SafeStorage wraps it the way it wraps localStorage). */
function memoryStorage(quota = Infinity): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...data.entries()]
        .filter(([key]) => key !== k)
        .reduce((n, [key, val]) => n + key.length + val.length, 0);
      if (used + k.length + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, String(v));
    },
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const changed: Settings = {
  textSize: 170,
  lineSpacing: 2.2,
  font: 'readable',
  highContrast: true,
  textSpeed: 'instant',
  motion: 'full',
  volumes: { master: 40, ambience: 10, cues: 55, heartbeat: 0 },
  muted: true,
  captions: false,
  skipRead: true,
  veilInfidelity: true,
};

describe('settings in storage', () => {
  it('are the defaults when nothing is stored', () => {
    expect(readSettings(new SafeStorage(memoryStorage()))).toEqual(DEFAULT_SETTINGS);
  });

  it('come back exactly as written', () => {
    const store = new SafeStorage(memoryStorage());
    expect(writeSettings(store, changed)).toEqual({ ok: true });
    expect(readSettings(store)).toEqual(changed);
  });

  it.each([
    ['not JSON', '{"textSize": 150,'],
    ['JSON but not an object', '[1, 2, 3]'],
    ['null', 'null'],
    ['a string', '"big"'],
  ])('fall back to the defaults when the stored text is %s', (_what, text) => {
    const backend = memoryStorage();
    backend.setItem(SETTINGS_KEY, text);
    expect(readSettings(new SafeStorage(backend))).toEqual(DEFAULT_SETTINGS);
  });

  it('keep every valid field and replace only the damaged ones', () => {
    const backend = memoryStorage();
    backend.setItem(
      SETTINGS_KEY,
      JSON.stringify({
        ...changed,
        font: 'comic',
        textSpeed: 3,
        veilInfidelity: 'yes',
        volumes: { master: 'loud', ambience: 10, cues: null, heartbeat: 0 },
      }),
    );
    const read = readSettings(new SafeStorage(backend));
    expect(read).toEqual({
      ...changed,
      font: DEFAULT_SETTINGS.font,
      textSpeed: DEFAULT_SETTINGS.textSpeed,
      veilInfidelity: false,
      volumes: {
        master: DEFAULT_SETTINGS.volumes.master,
        ambience: 10,
        cues: DEFAULT_SETTINGS.volumes.cues,
        heartbeat: 0,
      },
    });
  });

  it('keep the veil off unless the player chose it, also for settings stored before it existed', () => {
    expect(DEFAULT_SETTINGS.veilInfidelity).toBe(false);
    const backend = memoryStorage();
    const { veilInfidelity: _, ...older } = changed;
    backend.setItem(SETTINGS_KEY, JSON.stringify(older));
    expect(readSettings(new SafeStorage(backend))).toEqual({ ...changed, veilInfidelity: false });
    const store = new SafeStorage(backend);
    writeSettings(store, { ...DEFAULT_SETTINGS, veilInfidelity: true });
    expect(readSettings(store).veilInfidelity).toBe(true);
  });

  it('clamp sizes and volumes into range, and snap the text size to its steps', () => {
    const clean = cleanSettings({
      textSize: 999,
      volumes: { master: -5, ambience: 250, cues: 33.4, heartbeat: Number.NaN },
    });
    expect(clean.textSize).toBe(200);
    expect(cleanSettings({ textSize: 20 }).textSize).toBe(100);
    expect(cleanSettings({ textSize: 144 }).textSize).toBe(140);
    expect(clean.volumes).toEqual({
      master: 0,
      ambience: 100,
      cues: 33,
      heartbeat: DEFAULT_SETTINGS.volumes.heartbeat,
    });
    expect(cleanSettings({ lineSpacing: 1.7 }).lineSpacing).toBe(DEFAULT_SETTINGS.lineSpacing);
  });

  it('report a full store instead of throwing, and keep what was there', () => {
    const backend = memoryStorage(200);
    const store = new SafeStorage(backend);
    backend.setItem(SETTINGS_KEY, JSON.stringify({ textSize: 120 }));
    backend.setItem('filler', 'x'.repeat(150));
    expect(writeSettings(store, changed)).toEqual({ ok: false, problem: 'full' });
    expect(readSettings(store).textSize).toBe(120);
  });

  it('read nothing, and throw nothing, without storage', () => {
    const store = new SafeStorage(null);
    expect(readSettings(store)).toEqual(DEFAULT_SETTINGS);
    expect(writeSettings(store, changed)).toEqual({ ok: false, problem: 'unavailable' });
  });
});

describe('reduced motion', () => {
  it("follows the device unless the player chose, and then the player's choice wins", () => {
    expect(motionReduced({ motion: 'system' }, true)).toBe(true);
    expect(motionReduced({ motion: 'system' }, false)).toBe(false);
    expect(motionReduced({ motion: 'full' }, true)).toBe(false);
    expect(motionReduced({ motion: 'reduce' }, false)).toBe(true);
  });
});
