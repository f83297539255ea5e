// @ts-check
// Small, deterministic sound-making parts for tools/audio/sounds.mjs: seeded noise,
// oscillators, envelopes, filters, a little room, and the loop seam. Everything works on
// Float64Array buffers at one sample rate and uses no clock and no Math.random, so the
// same recipe always gives the same samples.
import { seededRandom } from '../../common/seeded-random.js';

export const RATE = 48_000;

/** @typedef {Float64Array} Buf */
/** @typedef {() => number} Rng */

export { seededRandom };

/**
 * A buffer of `seconds` of silence.
 * @param {number} seconds
 */
export function buffer(seconds) {
  return new Float64Array(Math.round(seconds * RATE));
}

/**
 * Seconds to samples.
 * @param {number} seconds
 */
export function at(seconds) {
  return Math.round(seconds * RATE);
}

/**
 * Random number in [lo, hi).
 * @param {Rng} rng
 * @param {number} lo
 * @param {number} hi
 */
export function range(rng, lo, hi) {
  return lo + (hi - lo) * rng();
}

/**
 * Approximately normal random number (sum of four uniforms), mean 0, sd ~1.
 * @param {Rng} rng
 */
export function gauss(rng) {
  return (rng() + rng() + rng() + rng() - 2) * 1.732;
}

// ---------------------------------------------------------------- noise

/** @param {Rng} rng @param {number} n */
export function whiteNoise(rng, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng() * 2 - 1;
  return out;
}

/**
 * Pink noise (Paul Kellet's economy filter), roughly unit peak.
 * @param {Rng} rng
 * @param {number} n
 */
export function pinkNoise(rng, n) {
  const out = new Float64Array(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < n; i++) {
    const w = rng() * 2 - 1;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.2;
  }
  return out;
}

/**
 * Brown (red) noise: leaky integrated white noise, roughly unit peak.
 * @param {Rng} rng
 * @param {number} n
 */
export function brownNoise(rng, n) {
  const out = new Float64Array(n);
  let last = 0;
  for (let i = 0; i < n; i++) {
    last = (last + 0.02 * (rng() * 2 - 1)) * 0.998;
    out[i] = last * 3.5;
  }
  return out;
}

// ---------------------------------------------------------------- filters

/**
 * One-pole low-pass, in place.
 * @param {Buf} buf
 * @param {number} cutoff
 */
export function lowpass1(buf, cutoff) {
  const a = Math.exp((-2 * Math.PI * cutoff) / RATE);
  let y = 0;
  for (let i = 0; i < buf.length; i++) {
    y = (1 - a) * (buf[i] ?? 0) + a * y;
    buf[i] = y;
  }
  return buf;
}

/**
 * One-pole high-pass, in place.
 * @param {Buf} buf
 * @param {number} cutoff
 */
export function highpass1(buf, cutoff) {
  const a = Math.exp((-2 * Math.PI * cutoff) / RATE);
  let y = 0;
  let lastX = 0;
  for (let i = 0; i < buf.length; i++) {
    const x = buf[i] ?? 0;
    y = a * (y + x - lastX);
    lastX = x;
    buf[i] = y;
  }
  return buf;
}

/**
 * RBJ biquad coefficients.
 * @param {'lowpass' | 'highpass' | 'bandpass' | 'peak'} type
 * @param {number} freq
 * @param {number} q
 * @param {number} [gainDb]
 * @param {number} [rate] sample rate
 */
export function biquadCoefficients(type, freq, q, gainDb = 0, rate = RATE) {
  const w = (2 * Math.PI * Math.min(freq, rate * 0.45)) / rate;
  const cos = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  let b0;
  let b1;
  let b2;
  let a0;
  let a1;
  let a2;
  if (type === 'lowpass') {
    b0 = (1 - cos) / 2;
    b1 = 1 - cos;
    b2 = (1 - cos) / 2;
    a0 = 1 + alpha;
    a1 = -2 * cos;
    a2 = 1 - alpha;
  } else if (type === 'highpass') {
    b0 = (1 + cos) / 2;
    b1 = -(1 + cos);
    b2 = (1 + cos) / 2;
    a0 = 1 + alpha;
    a1 = -2 * cos;
    a2 = 1 - alpha;
  } else if (type === 'bandpass') {
    b0 = alpha;
    b1 = 0;
    b2 = -alpha;
    a0 = 1 + alpha;
    a1 = -2 * cos;
    a2 = 1 - alpha;
  } else {
    const A = 10 ** (gainDb / 40);
    b0 = 1 + alpha * A;
    b1 = -2 * cos;
    b2 = 1 - alpha * A;
    a0 = 1 + alpha / A;
    a1 = -2 * cos;
    a2 = 1 - alpha / A;
  }
  return { b0: b0 / a0, b1: b1 / a0, b2: b2 / a0, a1: a1 / a0, a2: a2 / a0 };
}

/**
 * A biquad filter, in place.
 * @param {Buf} buf
 * @param {'lowpass' | 'highpass' | 'bandpass' | 'peak'} type
 * @param {number} freq
 * @param {number} [q]
 * @param {number} [gainDb]
 */
// biome-ignore lint/suspicious/noApproximativeNumericConstant: 0.707 is the committed sounds' Q; the audio test regenerates them byte for byte
export function biquad(buf, type, freq, q = 0.707, gainDb = 0) {
  const c = biquadCoefficients(type, freq, q, gainDb);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < buf.length; i++) {
    const x = buf[i] ?? 0;
    const y = c.b0 * x + c.b1 * x1 + c.b2 * x2 - c.a1 * y1 - c.a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    buf[i] = y;
  }
  return buf;
}

/**
 * A band-pass whose centre follows `freqAt(i)`, recomputed every 32 samples.
 * @param {Buf} buf
 * @param {(i: number) => number} freqAt
 * @param {number} q
 */
export function sweptBandpass(buf, freqAt, q) {
  let c = biquadCoefficients('bandpass', freqAt(0), q);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < buf.length; i++) {
    if ((i & 31) === 0) c = biquadCoefficients('bandpass', freqAt(i), q);
    const x = buf[i] ?? 0;
    const y = c.b0 * x + c.b1 * x1 + c.b2 * x2 - c.a1 * y1 - c.a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    buf[i] = y;
  }
  return buf;
}

// ---------------------------------------------------------------- mixing

/**
 * Adds `src` × gain into `dst` starting at sample `offset` (clipped to dst).
 * @param {Buf} dst
 * @param {Buf} src
 * @param {number} [offset]
 * @param {number} [gain]
 */
export function mixInto(dst, src, offset = 0, gain = 1) {
  const end = Math.min(dst.length, offset + src.length);
  for (let i = Math.max(0, offset); i < end; i++) dst[i] = (dst[i] ?? 0) + (src[i - offset] ?? 0) * gain;
  return dst;
}

/**
 * Adds `src` into `dst` at `offset`, wrapping around the end (for loops).
 * @param {Buf} dst
 * @param {Buf} src
 * @param {number} offset
 * @param {number} [gain]
 */
export function mixWrapped(dst, src, offset, gain = 1) {
  const n = dst.length;
  for (let i = 0; i < src.length; i++) {
    const j = (((offset + i) % n) + n) % n;
    dst[j] = (dst[j] ?? 0) + (src[i] ?? 0) * gain;
  }
  return dst;
}

/**
 * Multiplies by a gain, in place.
 * @param {Buf} buf
 * @param {number} gain
 */
export function scale(buf, gain) {
  for (let i = 0; i < buf.length; i++) buf[i] = (buf[i] ?? 0) * gain;
  return buf;
}

/**
 * Multiplies by `f(i)`, in place.
 * @param {Buf} buf
 * @param {(i: number) => number} f
 */
export function shape(buf, f) {
  for (let i = 0; i < buf.length; i++) buf[i] = (buf[i] ?? 0) * f(i);
  return buf;
}

/**
 * Largest absolute sample.
 * @param {Buf} buf
 */
export function peak(buf) {
  let p = 0;
  for (let i = 0; i < buf.length; i++) p = Math.max(p, Math.abs(buf[i] ?? 0));
  return p;
}

/**
 * Root mean square.
 * @param {Buf} buf
 */
export function rms(buf) {
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += (buf[i] ?? 0) ** 2;
  return Math.sqrt(s / Math.max(1, buf.length));
}

/**
 * Scales so the peak sits at `db` dBFS.
 * @param {Buf} buf
 * @param {number} db
 */
export function normalize(buf, db) {
  const p = peak(buf);
  return p > 0 ? scale(buf, 10 ** (db / 20) / p) : buf;
}

/**
 * A soft saturator (tanh), in place: warms and keeps peaks round.
 * @param {Buf} buf
 * @param {number} [drive]
 */
export function soften(buf, drive = 1) {
  const norm = Math.tanh(drive);
  for (let i = 0; i < buf.length; i++) buf[i] = Math.tanh((buf[i] ?? 0) * drive) / norm;
  return buf;
}

/**
 * Fades the first and last `seconds` (short, to avoid clicks on one-shots).
 * @param {Buf} buf
 * @param {number} inSeconds
 * @param {number} [outSeconds]
 */
export function edgeFades(buf, inSeconds, outSeconds = inSeconds) {
  const a = Math.max(1, at(inSeconds));
  const b = Math.max(1, at(outSeconds));
  for (let i = 0; i < Math.min(a, buf.length); i++) buf[i] = (buf[i] ?? 0) * (i / a);
  for (let i = 0; i < Math.min(b, buf.length); i++) {
    const j = buf.length - 1 - i;
    buf[j] = (buf[j] ?? 0) * (i / b);
  }
  return buf;
}

// ---------------------------------------------------------------- sources

/**
 * A struck, decaying partial set (marimba, glass, bell): sum of sines with their own decays.
 * @param {number} seconds
 * @param {ReadonlyArray<readonly [ratio: number, gain: number, decay: number]>} partials
 * @param {number} f0
 * @param {number} [attack] seconds
 */
export function struck(seconds, partials, f0, attack = 0.004) {
  const out = buffer(seconds);
  const a = Math.max(1, at(attack));
  for (const [ratio, gain, decay] of partials) {
    const w = (2 * Math.PI * f0 * ratio) / RATE;
    const k = Math.exp(-1 / (decay * RATE));
    let env = gain;
    for (let i = 0; i < out.length; i++) {
      out[i] = (out[i] ?? 0) + Math.sin(w * i) * env * Math.min(1, i / a);
      env *= k;
    }
  }
  return out;
}

/**
 * A low thump with a falling pitch (heartbeat, kick through a wall, knock body).
 * @param {number} seconds
 * @param {number} fStart
 * @param {number} fEnd
 * @param {number} decay seconds (1/e)
 */
export function thump(seconds, fStart, fEnd, decay) {
  const out = buffer(seconds);
  let phase = 0;
  const a = at(0.003);
  for (let i = 0; i < out.length; i++) {
    const t = i / RATE;
    const f = fEnd + (fStart - fEnd) * Math.exp(-t / (decay * 0.5));
    phase += (2 * Math.PI * f) / RATE;
    out[i] = Math.sin(phase) * Math.exp(-t / decay) * Math.min(1, i / a);
  }
  return out;
}

/**
 * A short burst of filtered noise with an exponential decay (clicks, knocks, clinks).
 * @param {Rng} rng
 * @param {number} seconds
 * @param {number} decay
 * @param {'lowpass' | 'highpass' | 'bandpass' | 'peak'} type
 * @param {number} freq
 * @param {number} [q]
 */
export function burst(rng, seconds, decay, type, freq, q = 1) {
  const out = whiteNoise(rng, at(seconds));
  shape(out, (i) => Math.exp(-i / (decay * RATE)));
  return biquad(out, type, freq, q);
}

// ---------------------------------------------------------------- voices

// Rough vowel formants (F1, F2, F3) for a murmur nobody can quite make out.
const VOWELS = [
  [730, 1090, 2440],
  [530, 1840, 2480],
  [390, 1990, 2550],
  [570, 840, 2410],
  [440, 1020, 2240],
  [660, 1720, 2410],
  [490, 1350, 1690],
];

/**
 * One distant talker: a glottal buzz through three moving formants, in syllables and
 * phrases with pauses. Returns `n` samples, quiet where the talker breathes.
 * @param {Rng} rng
 * @param {number} n
 * @param {{ pitch: number, rate?: number, talkiness?: number }} voice
 */
export function talker(rng, n, voice) {
  const f0 = voice.pitch;
  const sylRate = voice.rate ?? 4.5;
  const talkiness = voice.talkiness ?? 0.65;
  // The syllable plan: per syllable a vowel, a length and a loudness; phrases and pauses.
  /** @type {{ start: number, len: number, vowel: number, gain: number }[]} */
  const syllables = [];
  let t = at(range(rng, 0, 0.8));
  while (t < n) {
    const phraseSyllables = 3 + Math.floor(rng() * 9);
    const talking = rng() < talkiness;
    for (let s = 0; s < phraseSyllables && t < n; s++) {
      const len = at(range(rng, 0.6, 1.4) / sylRate);
      if (talking)
        syllables.push({ start: t, len, vowel: Math.floor(rng() * VOWELS.length), gain: range(rng, 0.5, 1) });
      t += len;
    }
    t += at(range(rng, 0.25, 1.4));
  }
  // The envelope and formant targets at a control rate (every 32 samples), smoothed.
  // Voices end under 2.5 kHz, so they are made at a third of the rate and stretched after.
  const R = RATE / 3;
  const nLow = Math.ceil(n / 3) + 2;
  const K = 16;
  const m = Math.ceil(nLow / K) + 1;
  const env = new Float64Array(m);
  const f1 = new Float64Array(m).fill(600);
  const f2 = new Float64Array(m).fill(1400);
  const f3 = new Float64Array(m).fill(2400);
  let cur = 0;
  for (const syl of syllables) {
    const v = VOWELS[syl.vowel] ?? [500, 1500, 2500];
    const from = Math.floor(syl.start / 3 / K);
    const end = Math.min(m, Math.ceil((syl.start + syl.len) / 3 / K));
    const len = Math.max(1, end - from);
    for (let j = from; j < end; j++) env[j] = syl.gain * Math.sqrt(Math.sin((Math.PI * (j - from)) / len));
    f1.fill(v[0] ?? 600, cur, end);
    f2.fill(v[1] ?? 1400, cur, end);
    f3.fill(v[2] ?? 2400, cur, end);
    cur = end;
  }
  if (cur > 0 && cur < m) {
    f1.fill(f1[cur - 1] ?? 600, cur);
    f2.fill(f2[cur - 1] ?? 1400, cur);
    f3.fill(f3[cur - 1] ?? 2400, cur);
  }
  const smooth = (/** @type {Float64Array} */ arr, /** @type {number} */ hz) => {
    const a = Math.exp((-2 * Math.PI * hz * K) / R);
    let y = arr[0] ?? 0;
    for (let j = 0; j < arr.length; j++) arr[j] = y = (1 - a) * (arr[j] ?? 0) + a * y;
  };
  smooth(f1, 12);
  smooth(f2, 12);
  smooth(f3, 12);
  smooth(env, 30);
  // A soft glottal pulse train with a gliding pitch and a little breath, through three
  // formant band-passes at once.
  const low = new Float64Array(nLow);
  const bands = [f1, f2, f3];
  const gains = [1, 0.9, 0.45];
  const state = new Float64Array(12); // x1, x2, y1, y2 per band
  /** @type {ReturnType<typeof biquadCoefficients>[]} */
  let coef = [];
  let phase = 0;
  let glide = 0;
  let e0 = 0;
  let e1 = 0;
  for (let i = 0; i < nLow; i++) {
    const j = Math.floor(i / K);
    if (i % K === 0) {
      coef = bands.map((arr) => biquadCoefficients('bandpass', arr[j] ?? 600, 4, 0, R));
      e0 = env[j] ?? 0;
      e1 = env[j + 1] ?? e0;
    }
    if (i % 800 === 0) glide = 0.9 * glide + 0.1 * gauss(rng);
    const f = f0 * (1 + 0.06 * Math.sin((2 * Math.PI * i) / (R * 1.7)) + 0.04 * glide);
    phase += f / R;
    if (phase >= 1) phase -= 1;
    const pulse = phase < 0.28 ? Math.sin((Math.PI * phase) / 0.28) ** 2 : 0;
    const amp = e0 + ((e1 - e0) * (i % K)) / K;
    const x = (pulse - 0.14 + 0.12 * (rng() * 2 - 1)) * amp;
    let y = 0;
    for (let k = 0; k < 3; k++) {
      const c = coef[k];
      if (!c) continue;
      const o = 4 * k;
      const x1 = state[o] ?? 0;
      const x2 = state[o + 1] ?? 0;
      const y1 = state[o + 2] ?? 0;
      const y2 = state[o + 3] ?? 0;
      const yk = c.b0 * x + c.b1 * x1 + c.b2 * x2 - c.a1 * y1 - c.a2 * y2;
      state[o] = x;
      state[o + 1] = x1;
      state[o + 2] = yk;
      state[o + 3] = y1;
      y += yk * (gains[k] ?? 0);
    }
    low[i] = y;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = Math.floor(i / 3);
    const t = (i % 3) / 3;
    out[i] = (low[j] ?? 0) * (1 - t) + (low[j + 1] ?? 0) * t;
  }
  return out;
}

/**
 * A murmur of `count` talkers, heard through a room: low-passed, softened.
 * @param {Rng} rng
 * @param {number} n
 * @param {number} count
 * @param {{ lowpass?: number, rate?: number, talkiness?: number }} [opts]
 */
export function murmur(rng, n, count, opts = {}) {
  const out = new Float64Array(n);
  for (let v = 0; v < count; v++) {
    const pitch = rng() < 0.5 ? range(rng, 95, 140) : range(rng, 175, 240);
    const one = talker(rng, n, {
      pitch,
      rate: (opts.rate ?? 4.5) * range(rng, 0.8, 1.2),
      talkiness: opts.talkiness ?? 0.65,
    });
    mixInto(out, one, 0, range(rng, 0.35, 1));
  }
  biquad(out, 'lowpass', opts.lowpass ?? 2200, 0.6);
  biquad(out, 'highpass', 160, 0.7);
  return out;
}

// ---------------------------------------------------------------- space

/**
 * A small, warm room (a Schroeder reverb: four combs, two all-passes). Returns the wet
 * signal only; mix it back in to taste. `wrap` folds the tail past the end onto the start,
 * so a loop's reverb rings across its own seam.
 * @param {Buf} dry
 * @param {{ size?: number, damp?: number, wrap?: boolean }} [opts]
 */
export function room(dry, opts = {}) {
  const size = opts.size ?? 1;
  const damp = opts.damp ?? 0.35;
  const tail = opts.wrap ? at(1.5 * size) : 0;
  const n = dry.length + tail;
  const input = new Float64Array(n);
  input.set(dry);
  const wet = new Float64Array(n);
  const combs = [1557, 1617, 1491, 1422].map((d) => Math.round(d * size * (RATE / 44_100)));
  for (const delay of combs) {
    const line = new Float64Array(delay);
    let idx = 0;
    let store = 0;
    for (let i = 0; i < n; i++) {
      const y = line[idx] ?? 0;
      store = y * (1 - damp) + store * damp;
      line[idx] = (input[i] ?? 0) + store * 0.78;
      idx = idx + 1 === delay ? 0 : idx + 1;
      wet[i] = (wet[i] ?? 0) + y * 0.25;
    }
  }
  for (const delay of [556, 225].map((d) => Math.round(d * (RATE / 44_100)))) {
    const line = new Float64Array(delay);
    let idx = 0;
    for (let i = 0; i < n; i++) {
      const buffered = line[idx] ?? 0;
      const x = wet[i] ?? 0;
      line[idx] = x + buffered * 0.5;
      wet[i] = buffered - x;
      idx = idx + 1 === delay ? 0 : idx + 1;
    }
  }
  if (!opts.wrap) return wet.subarray(0, dry.length);
  const out = wet.slice(0, dry.length);
  for (let i = 0; i < tail; i++) out[i % dry.length] = (out[i % dry.length] ?? 0) + (wet[dry.length + i] ?? 0);
  return out;
}

// ---------------------------------------------------------------- loops

/**
 * Makes a seamless loop of `seconds` from a longer render: the extra material past the end
 * is cross-faded (equal power) over the start, so the last sample flows into the first.
 * `render` must be at least seconds + fade long.
 * @param {Buf} render
 * @param {number} seconds
 * @param {number} fade seconds
 */
export function loopSeam(render, seconds, fade) {
  const n = at(seconds);
  const x = at(fade);
  if (render.length < n + x) throw new Error(`loopSeam: render too short (${render.length} < ${n + x})`);
  const out = render.slice(0, n);
  for (let i = 0; i < x; i++) {
    const k = (i + 0.5) / x; // 0 → 1 across the fade
    out[i] = (render[i] ?? 0) * Math.sin((k * Math.PI) / 2) + (render[n + i] ?? 0) * Math.cos((k * Math.PI) / 2);
  }
  return out;
}

/**
 * A slow, loop-periodic swell: 1 ± depth, `cycles` whole cycles per loop of n samples.
 * @param {number} n
 * @param {number} cycles
 * @param {number} depth
 * @param {number} [phase]
 */
export function swell(n, cycles, depth, phase = 0) {
  return (/** @type {number} */ i) => 1 + depth * Math.sin((2 * Math.PI * cycles * i) / n + phase);
}

/**
 * 16-bit little-endian PCM from a float buffer (clamped, rounded to nearest).
 * @param {Buf} buf
 */
export function toPcm16(buf) {
  const bytes = Buffer.alloc(buf.length * 2);
  for (let i = 0; i < buf.length; i++) {
    const v = Math.max(-1, Math.min(1, buf[i] ?? 0));
    bytes.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  return bytes;
}

/**
 * Runs a filter over a loop as if it had always been looping: the loop is filtered twice
 * in a row and the second pass kept, so the filter's memory at the seam is the loop's own.
 * @param {Buf} loop
 * @param {(buf: Buf) => unknown} filter
 */
export function circular(loop, filter) {
  const n = loop.length;
  const twice = new Float64Array(2 * n);
  twice.set(loop);
  twice.set(loop, n);
  filter(twice);
  return twice.slice(n);
}

/**
 * How far a loop jumps from its last sample to its first, against how far neighbouring
 * samples usually move (the 99.9th percentile). A seamless loop's jump is no bigger.
 * @param {Buf} loop
 */
export function seamJump(loop) {
  const diffs = new Float64Array(Math.max(0, loop.length - 1));
  for (let i = 1; i < loop.length; i++) diffs[i - 1] = Math.abs((loop[i] ?? 0) - (loop[i - 1] ?? 0));
  diffs.sort();
  return {
    jump: Math.abs((loop[0] ?? 0) - (loop[loop.length - 1] ?? 0)),
    typical: diffs[Math.floor(diffs.length * 0.999)] ?? 0,
  };
}
