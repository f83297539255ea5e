// @ts-check
// Every sound of De dans as a recipe: ambience loops (one per scene), the heartbeat loop,
// and the one-shot cues. Each recipe makes its samples from a seed and nothing else.
// Quiet and warm on purpose: rooms heard through walls, struck wood and glass, no beeps.
import {
  at,
  biquad,
  brownNoise,
  buffer,
  burst,
  circular,
  edgeFades,
  gauss,
  highpass1,
  loopSeam,
  lowpass1,
  mixInto,
  mixWrapped,
  murmur,
  normalize,
  pinkNoise,
  RATE,
  range,
  room,
  scale,
  seededRandom,
  shape,
  soften,
  struck,
  swell,
  thump,
  whiteNoise,
} from './dsp.mjs';

/** @typedef {import('./dsp.mjs').Buf} Buf */
/** @typedef {import('./dsp.mjs').Rng} Rng */
/**
 * @typedef {object} Recipe
 * @property {string} id file name (without extension)
 * @property {'ambience' | 'loop' | 'cue'} kind
 * @property {string} [scene] the scene an ambience belongs to
 * @property {string} [cue] the `# sfx:` cue a one-shot answers
 * @property {number} [bpm] the tempo a loop was made at (the heartbeat)
 * @property {(rng: Rng) => Buf} render
 */

const FADE = 1.5; // seconds of loop-seam crossfade

/**
 * A stable 32-bit seed from a name (FNV-1a).
 * @param {string} name
 */
export function seedOf(name) {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// ---------------------------------------------------------------- shared pieces

/** Marimba-ish struck wood: warm, round. */
const MARIMBA = /** @type {const} */ ([
  [1, 1, 0.32],
  [3.99, 0.22, 0.06],
  [9.9, 0.04, 0.02],
]);
/** Vibraphone-ish: longer, softer. */
const VIBES = /** @type {const} */ ([
  [1, 1, 0.7],
  [3.98, 0.12, 0.12],
  [9.8, 0.02, 0.03],
]);

const NOTE = (/** @type {number} */ midi) => 440 * 2 ** ((midi - 69) / 12);

/**
 * A clink of glass or china, quiet and short.
 * @param {Rng} rng
 * @param {number} [bright]
 */
function clink(rng, bright = 1) {
  const f0 = range(rng, 1800, 3200) * bright;
  const s = struck(
    0.5,
    [
      [1, 1, range(rng, 0.06, 0.14)],
      [2.32, 0.5, 0.05],
      [4.1, 0.25, 0.03],
    ],
    f0,
    0.001,
  );
  return mixInto(s, burst(rng, 0.02, 0.002, 'highpass', 3000), 0, 0.3);
}

/**
 * A wall-clock tick; `tock` is a little lower.
 * @param {Rng} rng
 * @param {boolean} tock
 */
function tick(rng, tock) {
  const wood = burst(rng, 0.06, 0.004, 'bandpass', tock ? 1500 : 1900, 4);
  return mixInto(wood, burst(rng, 0.03, 0.0015, 'bandpass', 4200, 2), 0, 0.5);
}

/**
 * Very quiet room tone: brown noise with a dull low-pass.
 * @param {Rng} rng
 * @param {number} n
 * @param {number} [cutoff]
 */
function roomTone(rng, n, cutoff = 250) {
  const b = brownNoise(rng, n);
  biquad(b, 'lowpass', cutoff, 0.7);
  return highpass1(b, 25);
}

/**
 * One lub-dub (the heart), about 0.5 s long.
 * @param {Rng} rng
 * @param {number} [strength]
 */
function lubDub(rng, strength = 1) {
  const lub = thump(0.45, range(rng, 68, 74), 42, 0.075);
  const dub = thump(0.35, range(rng, 82, 88), 52, 0.05);
  const out = buffer(0.6);
  mixInto(out, lub, 0, strength);
  mixInto(out, dub, at(0.19), 0.6 * strength);
  return biquad(out, 'lowpass', 160, 0.8);
}

/**
 * A passing car far off: filtered noise that rises and falls over `seconds`.
 * @param {Rng} rng
 * @param {number} seconds
 */
function farCar(rng, seconds) {
  const n = at(seconds);
  const car = pinkNoise(rng, n);
  biquad(car, 'lowpass', 500, 0.7);
  shape(car, (i) => Math.sin((Math.PI * i) / n) ** 3);
  return car;
}

/**
 * Music heard through a wall or from a distance: kick, a bass line, muffled snare, a pad.
 * Exactly periodic over the loop (beats wrap around the seam).
 * @param {Rng} rng
 * @param {{ seconds: number, bpm: number, roots: number[], lowpass: number, snare?: number, pad?: number }} o
 */
function distantBand(rng, o) {
  const n = at(o.seconds);
  const out = new Float64Array(n);
  const beat = 60 / o.bpm;
  const beats = Math.round(o.seconds / beat);
  const beatsPerChord = beats / o.roots.length;
  for (let b = 0; b < beats; b++) {
    const t = at(b * beat);
    mixWrapped(out, thump(0.4, 95, 48, 0.09), t, 1);
    if (b % 2 === 1 && o.snare) mixWrapped(out, burst(rng, 0.3, 0.05, 'bandpass', 220, 1.2), t, o.snare);
    const root = o.roots[Math.floor(b / beatsPerChord)] ?? 45;
    const bass = struck(
      beat * 0.95,
      [
        [1, 1, 0.25],
        [2, 0.35, 0.12],
      ],
      NOTE(root - 12 + (b % 4 === 3 ? 7 : 0)),
      0.01,
    );
    mixWrapped(out, bass, t + at(beat / 2), 0.55);
    if (o.pad && b % beatsPerChord === 0) {
      const len = at(beatsPerChord * beat);
      const pad = new Float64Array(len);
      for (const iv of [0, 4, 7]) {
        const f = NOTE(root + 12 + iv);
        for (let i = 0; i < len; i++)
          pad[i] =
            (pad[i] ?? 0) + Math.sin((2 * Math.PI * f * i) / RATE) + 0.3 * Math.sin((4 * Math.PI * f * i) / RATE);
      }
      shape(pad, (i) => Math.min(1, i / at(0.3), (len - i) / at(0.3)));
      mixWrapped(out, pad, t, o.pad);
    }
  }
  // Through the wall: only the low end survives.
  return circular(out, (b) => lowpass1(biquad(b, 'lowpass', o.lowpass, 0.9), o.lowpass * 1.5));
}

/**
 * An ambience loop: a bed rendered a fade longer and folded over its own seam, plus
 * periodic events wrapped around the loop, plus a small room on the whole.
 * @param {number} seconds
 * @param {(n: number) => Buf} bed render of n samples (n = loop + fade)
 * @param {(out: Buf) => void} [events] adds wrapped events into the loop buffer
 * @param {{ room?: number, size?: number }} [space]
 */
function ambienceLoop(seconds, bed, events, space = {}) {
  const loop = loopSeam(bed(at(seconds + FADE)), seconds, FADE);
  events?.(loop);
  if (space.room) mixInto(loop, room(loop, { size: space.size ?? 1, wrap: true }), 0, space.room);
  const clean = circular(loop, (b) => highpass1(b, 20));
  return normalize(soften(normalize(clean, -3), 1.2), -16);
}

// ---------------------------------------------------------------- ambiences

/** @type {Recipe[]} */
export const AMBIENCES = [
  {
    id: 'ambience-party',
    kind: 'ambience',
    scene: 'party',
    render: (rng) =>
      ambienceLoop(
        12,
        (n) => mixInto(murmur(rng, n, 10, { lowpass: 1900 }), roomTone(rng, n), 0, 0.15),
        (out) => {
          mixInto(
            out,
            scale(
              distantBand(rng, { seconds: 12, bpm: 100, roots: [45, 41, 48, 43, 45], lowpass: 260, snare: 0.25 }),
              0.5,
            ),
          );
          for (let k = 0; k < 4; k++) mixWrapped(out, clink(rng), at(range(rng, 0, 12)), 0.05);
        },
        { room: 0.35 },
      ),
  },
  {
    id: 'ambience-home',
    kind: 'ambience',
    scene: 'home',
    render: (rng) =>
      ambienceLoop(
        12,
        (n) => roomTone(rng, n, 200),
        (out) => {
          // A fridge hum (whole cycles per loop) and a clock on the wall.
          const n = out.length;
          for (let i = 0; i < n; i++) {
            const t = i / RATE;
            out[i] =
              (out[i] ?? 0) +
              0.012 *
                (Math.sin(2 * Math.PI * 100 * t) +
                  0.4 * Math.sin(2 * Math.PI * 200 * t) +
                  0.15 * Math.sin(2 * Math.PI * 300 * t)) *
                swell(n, 1, 0.3)(i);
          }
          for (let s = 0; s < 12; s++) mixWrapped(out, tick(rng, s % 2 === 1), at(s + 0.01 * gauss(rng)), 0.05);
        },
        { room: 0.3, size: 0.6 },
      ),
  },
  {
    id: 'ambience-bar',
    kind: 'ambience',
    scene: 'bar',
    render: (rng) =>
      ambienceLoop(
        14,
        (n) => {
          const bed = murmur(rng, n, 5, { lowpass: 1600, talkiness: 0.5 });
          return mixInto(bed, roomTone(rng, n, 300), 0, 0.2);
        },
        (out) => {
          // Closing time: glasses being gathered, the cooler humming.
          for (let k = 0; k < 4; k++) {
            const t = at(range(rng, 0, 14));
            for (let j = 0; j < 3; j++) mixWrapped(out, clink(rng, 0.8), t + at(j * range(rng, 0.08, 0.16)), 0.08);
          }
          const n = out.length;
          for (let i = 0; i < n; i++)
            out[i] = (out[i] ?? 0) + 0.01 * Math.sin((2 * Math.PI * 60 * i) / RATE) * swell(n, 2, 0.2)(i);
        },
        { room: 0.45, size: 1.1 },
      ),
  },
  {
    id: 'ambience-bedroom',
    kind: 'ambience',
    scene: 'bedroom',
    render: (rng) =>
      ambienceLoop(
        16,
        (n) => {
          const traffic = pinkNoise(rng, n);
          biquad(traffic, 'lowpass', 380, 0.7);
          shape(traffic, swell(n, 1, 0.35));
          return mixInto(scale(traffic, 0.5), roomTone(rng, n, 180), 0, 0.5);
        },
        (out) => {
          mixWrapped(out, farCar(rng, 6), at(5), 0.35);
        },
        { room: 0.2, size: 0.7 },
      ),
  },
  {
    id: 'ambience-cafe',
    kind: 'ambience',
    scene: 'cafe',
    render: (rng) =>
      ambienceLoop(
        14,
        (n) => mixInto(murmur(rng, n, 12, { lowpass: 2400 }), roomTone(rng, n, 300), 0, 0.15),
        (out) => {
          // Cups on saucers, a spoon, and the steam wand once.
          for (let k = 0; k < 7; k++) mixWrapped(out, clink(rng, range(rng, 0.7, 1.1)), at(range(rng, 0, 14)), 0.07);
          const steam = whiteNoise(rng, at(2.2));
          biquad(steam, 'bandpass', 4200, 0.8);
          shape(steam, (i) => Math.sin((Math.PI * i) / at(2.2)) ** 2);
          mixWrapped(out, steam, at(8.5), 0.035);
        },
        { room: 0.35, size: 0.9 },
      ),
  },
  {
    id: 'ambience-door',
    kind: 'ambience',
    scene: 'door',
    render: (rng) =>
      ambienceLoop(
        16,
        (n) => {
          const street = pinkNoise(rng, n);
          biquad(street, 'lowpass', 650, 0.7);
          const wind = whiteNoise(rng, n);
          biquad(wind, 'bandpass', 420, 1.5);
          shape(wind, swell(n, 3, 0.6, 1));
          return mixInto(scale(street, 0.5), wind, 0, 0.18);
        },
        (out) => {
          mixWrapped(out, farCar(rng, 7), at(2), 0.5);
          mixWrapped(out, farCar(rng, 5), at(10.5), 0.3);
        },
      ),
  },
  {
    id: 'ambience-festival',
    kind: 'ambience',
    scene: 'festival',
    render: (rng) =>
      ambienceLoop(
        12,
        (n) => {
          const crowd = pinkNoise(rng, n);
          biquad(crowd, 'bandpass', 700, 0.6);
          shape(crowd, swell(n, 1, 0.25));
          return mixInto(scale(crowd, 0.4), murmur(rng, n, 4, { lowpass: 1500 }), 0, 0.5);
        },
        (out) => {
          // The stage across the field: the wind carries it and takes it away again.
          const n = out.length;
          const band = distantBand(rng, {
            seconds: 12,
            bpm: 120,
            roots: [50, 46, 53, 48],
            lowpass: 320,
            snare: 0.3,
            pad: 0.12,
          });
          const echo = band.slice();
          mixWrapped(band, echo, at(0.23), 0.3);
          shape(band, swell(n, 2, 0.3, 0.5));
          mixInto(out, band, 0, 0.7);
        },
      ),
  },
  {
    id: 'ambience-desk',
    kind: 'ambience',
    scene: 'desk',
    render: (rng) =>
      ambienceLoop(
        16,
        (n) => {
          // Soft rain on the window, a clock, the room.
          const rain = pinkNoise(rng, n);
          highpass1(rain, 900);
          biquad(rain, 'lowpass', 5000, 0.7);
          return mixInto(scale(rain, 0.25), roomTone(rng, n, 200), 0, 0.6);
        },
        (out) => {
          for (let k = 0; k < 70; k++)
            mixWrapped(
              out,
              burst(rng, 0.02, 0.002, 'bandpass', range(rng, 2500, 6000), 3),
              at(range(rng, 0, 16)),
              range(rng, 0.01, 0.04),
            );
          for (let s = 0; s < 16; s++) mixWrapped(out, tick(rng, s % 2 === 1), at(s + 0.3 + 0.01 * gauss(rng)), 0.035);
        },
        { room: 0.25, size: 0.6 },
      ),
  },
  {
    id: 'ambience-party-later',
    kind: 'ambience',
    scene: 'party-later',
    render: (rng) =>
      ambienceLoop(
        12,
        (n) => mixInto(murmur(rng, n, 6, { lowpass: 1800, rate: 4 }), roomTone(rng, n), 0, 0.15),
        (out) => {
          // Months later: a slower song, softer, a guitar-ish arpeggio in the room.
          mixInto(out, scale(distantBand(rng, { seconds: 12, bpm: 90, roots: [43, 40, 36], lowpass: 240 }), 0.35));
          const beat = 60 / 90;
          const chords = [43, 40, 36];
          for (let b = 0; b < 18; b++) {
            const root = chords[Math.floor(b / 6)] ?? 43;
            for (let j = 0; j < 2; j++) {
              const f = NOTE(root + 24 + ([0, 7, 12, 16, 12, 7][(2 * b + j) % 6] ?? 0));
              mixWrapped(out, struck(1.2, MARIMBA, f, 0.006), at(b * beat + (j * beat) / 2), 0.05);
            }
          }
          for (let k = 0; k < 2; k++) mixWrapped(out, clink(rng), at(range(rng, 0, 12)), 0.04);
        },
        { room: 0.4 },
      ),
  },
];

// ---------------------------------------------------------------- the heartbeat loop

const HEART_BPM = 80;

/** @type {Recipe} */
export const HEARTBEAT_LOOP = {
  id: 'heartbeat-loop',
  kind: 'loop',
  bpm: HEART_BPM,
  render: (rng) => {
    const beats = 8;
    const out = buffer((beats * 60) / HEART_BPM);
    for (let b = 0; b < beats; b++) mixWrapped(out, lubDub(rng, range(rng, 0.9, 1)), at((b * 60) / HEART_BPM));
    return normalize(soften(normalize(out, -3), 1.1), -6);
  },
};

// ---------------------------------------------------------------- cues

/**
 * Finishes a one-shot: a touch of room, edges faded, a set peak.
 * @param {Buf} buf
 * @param {number} peakDb
 * @param {number} [wet]
 * @param {number} [size]
 */
function finish(buf, peakDb, wet = 0.15, size = 0.8) {
  if (wet) mixInto(buf, room(buf, { size }), 0, wet);
  edgeFades(buf, 0.002, 0.05);
  return normalize(buf, peakDb);
}

/** @type {Recipe[]} */
export const CUES = [
  {
    id: 'sms',
    kind: 'cue',
    cue: 'sms',
    render: () => {
      const out = buffer(1.2);
      mixInto(out, struck(1.1, MARIMBA, NOTE(83)), 0, 0.8);
      mixInto(out, struck(1.0, MARIMBA, NOTE(88)), at(0.13), 0.7);
      return finish(out, -5);
    },
  },
  {
    id: 'ring',
    kind: 'cue',
    cue: 'ring',
    render: () => {
      const out = buffer(2.8);
      const phrase = [79, 83, 86, 83, 79, 83];
      for (const start of [0, 1.3]) {
        for (const [k, m] of phrase.entries()) mixInto(out, struck(1.2, VIBES, NOTE(m)), at(start + k * 0.11), 0.6);
      }
      // A slow tremolo, like a vibraphone's motor.
      shape(out, (i) => 1 - 0.15 * (0.5 + 0.5 * Math.sin((2 * Math.PI * 5 * i) / RATE)));
      return finish(out, -5, 0.2);
    },
  },
  {
    id: 'buzz',
    kind: 'cue',
    cue: 'buzz',
    render: (rng) => {
      const out = buffer(1.4);
      for (const start of [0.02, 0.7]) {
        const len = at(0.42);
        const pulse = new Float64Array(len);
        const rattle = whiteNoise(rng, len);
        const f = 172;
        for (let i = 0; i < len; i++) {
          const ph = (2 * Math.PI * f * i) / RATE;
          const env = Math.min(1, i / at(0.025), (len - i) / at(0.04));
          const m = (0.5 + 0.5 * Math.sin(ph)) ** 4;
          pulse[i] = env * (Math.sin(ph) + 0.3 * Math.sin(2 * ph) + 0.6 * (rattle[i] ?? 0) * m);
        }
        biquad(pulse, 'lowpass', 2500, 0.7);
        mixInto(out, pulse, at(start));
      }
      return finish(out, -6, 0.1, 0.5);
    },
  },
  {
    id: 'knock',
    kind: 'cue',
    cue: 'knock',
    render: (rng) => {
      const out = buffer(1.4);
      [0.02, 0.27, 0.5].forEach((t, k) => {
        const g = [1, 0.85, 0.95][k] ?? 1;
        const one = thump(0.3, range(rng, 150, 165), 105, 0.03);
        mixInto(one, burst(rng, 0.1, 0.014, 'bandpass', range(rng, 380, 440), 2), 0, 1.6);
        mixInto(one, burst(rng, 0.05, 0.004, 'bandpass', 1200, 3), 0, 0.8);
        mixInto(out, one, at(t), g);
      });
      return finish(out, -4, 0.3, 1.1);
    },
  },
  {
    id: 'door',
    kind: 'cue',
    cue: 'door',
    render: (rng) => {
      const out = buffer(2.0);
      // The handle.
      mixInto(out, burst(rng, 0.06, 0.006, 'bandpass', 2400, 3), at(0.02), 0.5);
      mixInto(out, burst(rng, 0.08, 0.01, 'bandpass', 900, 4), at(0.03), 0.5);
      // A short creak: a stick-slip of little resonant taps.
      let t = 0.12;
      while (t < 0.7) {
        const x = (t - 0.12) / 0.58;
        const rate = 35 + 40 * Math.sin(Math.PI * x);
        const tap = burst(rng, 0.03, 0.004, 'bandpass', 650 + 250 * x, 10);
        mixInto(out, tap, at(t), 0.25 * Math.sin(Math.PI * x));
        t += 1 / rate;
      }
      // Shut: the thud and the latch.
      mixInto(out, thump(0.6, 85, 52, 0.12), at(1.0), 1);
      mixInto(out, burst(rng, 0.3, 0.05, 'lowpass', 320), at(1.0), 0.8);
      mixInto(out, burst(rng, 0.05, 0.005, 'bandpass', 1800, 3), at(1.04), 0.5);
      return finish(out, -4, 0.3, 1.1);
    },
  },
  {
    id: 'pen',
    kind: 'cue',
    cue: 'pen',
    render: (rng) => {
      const out = buffer(2.2);
      let t = 0.05;
      while (t < 2.0) {
        const len = range(rng, 0.07, 0.22);
        const n = at(len);
        const stroke = whiteNoise(rng, n);
        const f = range(rng, 2800, 4200);
        biquad(stroke, 'bandpass', f, 1.1);
        mixInto(stroke, biquad(whiteNoise(rng, n), 'lowpass', 700), 0, 0.3);
        shape(stroke, (i) => Math.sin((Math.PI * i) / n) ** 1.5);
        mixInto(out, stroke, at(t), range(rng, 0.5, 1));
        t += len + range(rng, 0.02, 0.12);
      }
      return finish(out, -12, 0.1, 0.5);
    },
  },
  {
    id: 'crowd',
    kind: 'cue',
    cue: 'crowd',
    render: (rng) => {
      const seconds = 3.6;
      const n = at(seconds);
      const out = murmur(rng, n, 22, { lowpass: 2200, rate: 5, talkiness: 0.9 });
      const roar = pinkNoise(rng, n);
      biquad(roar, 'bandpass', 900, 0.6);
      mixInto(out, roar, 0, 0.6);
      shape(out, (i) => {
        const s = i / RATE;
        return s < 1.3 ? (s / 1.3) ** 2 : s < 2 ? 1 : Math.max(0, 1 - (s - 2) / 1.6) ** 1.5;
      });
      return finish(out, -6, 0.3, 1.2);
    },
  },
  {
    id: 'heartbeat',
    kind: 'cue',
    cue: 'heartbeat',
    render: (rng) => {
      const out = buffer(1.1);
      mixInto(out, lubDub(rng, 1), at(0.02));
      return finish(soften(normalize(out, -2), 1.3), -3, 0.1, 0.5);
    },
  },
];

/** Every recipe, in manifest order. */
export const RECIPES = [...AMBIENCES, HEARTBEAT_LOOP, ...CUES];

/**
 * Renders one recipe from its own seed.
 * @param {Recipe} recipe
 */
export function render(recipe) {
  return recipe.render(seededRandom(seedOf(recipe.id)));
}
