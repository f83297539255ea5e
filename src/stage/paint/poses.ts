// The figures' postures, as skeletons in texture pixels. A silhouette says who moves toward
// whom only through posture, so each pose exaggerates one intention: leaning in (reach),
// folding away (away), waiting (stand), and standing square in oneself (front).
// Profiles face right (+x); the stage mirrors them to face left.

export type Pose = 'stand' | 'reach' | 'away' | 'front';
export const POSES: readonly Pose[] = ['stand', 'reach', 'away', 'front'];

/** Texture size of one figure; the feet rest on FIGURE_GROUND. */
export const FIGURE_W = 256;
export const FIGURE_H = 640;
export const FIGURE_GROUND = 624;

type P = readonly [number, number];

export interface Limb {
  readonly a: P;
  readonly b: P;
  readonly ra: number;
  readonly rb: number;
}

export interface Skeleton {
  readonly head: P;
  readonly headR: readonly [number, number];
  /** The face's direction in profile poses (0 when seen from the front). */
  readonly profile: 0 | 1;
  readonly neck: P;
  /** Torso outline points, shoulders to hips, drawn as a smooth closed shape. */
  readonly torso: readonly P[];
  readonly limbs: readonly Limb[];
  /** Where the chest, belly and throat sit: anchors for the heart glow and body signals. */
  readonly chest: P;
  readonly belly: P;
  readonly throat: P;
}

const limb = (a: P, b: P, ra: number, rb: number): Limb => ({ a, b, ra, rb });

/** Rotate points round a pivot (canvas degrees: positive leans the top toward +x). */
function lean(pts: readonly P[], pivot: P, deg: number): P[] {
  const r = (deg * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return pts.map(([x, y]) => {
    const dx = x - pivot[0];
    const dy = y - pivot[1];
    return [pivot[0] + c * dx - s * dy, pivot[1] + s * dx + c * dy] as const;
  });
}

function arm(sh: P, el: P, wr: P, hand: P): Limb[] {
  return [limb(sh, el, 17, 13), limb(el, wr, 13, 10), limb(wr, hand, 10, 8)];
}
function leg(hip: P, knee: P, ankle: P, toe: P): Limb[] {
  return [limb(hip, knee, 29, 18), limb(knee, ankle, 18, 11), limb(ankle, toe, 11, 7)];
}

const HIP: P = [126, 318];

/** A standing body in profile, shoulders to hips: chest forward, a curve of back. */
const PROFILE_TORSO: readonly P[] = [
  [98, 130],
  [146, 124],
  [164, 172],
  [156, 222],
  [154, 266],
  [160, 314],
  [150, 340],
  [102, 340],
  [94, 300],
  [104, 252],
  [98, 196],
  [94, 152],
];

function profile(deg: number, headDrop = 0, headForward = 0) {
  const [head, neck, chest, belly, throat, shoulder] = lean(
    [
      [136 + headForward, 66 + headDrop],
      [130, 110],
      [132, 180],
      [130, 272],
      [136, 118],
      [124, 146],
    ],
    HIP,
    deg,
  ) as [P, P, P, P, P, P];
  return { head, neck, chest, belly, throat, shoulder, torso: lean(PROFILE_TORSO, HIP, deg) };
}

const stand = profile(0);
const reach = profile(13, 2, 2);
const away = profile(7, 22, 10);

export const SKELETONS: Readonly<Record<Pose, Skeleton>> = {
  // Waiting: upright, weight settled, arms loose.
  stand: {
    head: stand.head,
    headR: [31, 36],
    profile: 1,
    neck: stand.neck,
    torso: stand.torso,
    limbs: [
      ...leg([114, 318], [112, 462], [108, 598], [138, 614]),
      ...leg([138, 318], [142, 462], [136, 600], [166, 614]),
      ...arm(stand.shoulder, [122, 236], [130, 318], [134, 342]),
    ],
    chest: stand.chest,
    belly: stand.belly,
    throat: stand.throat,
  },
  // Leaning in mid-stride, one arm held out toward the other: the chase.
  reach: {
    head: reach.head,
    headR: [31, 36],
    profile: 1,
    neck: reach.neck,
    torso: reach.torso,
    limbs: [
      ...leg([112, 318], [84, 456], [56, 590], [78, 614]), // back leg pushing off
      ...arm([140, 150], [118, 232], [104, 304], [100, 326]),
      ...leg([138, 318], [176, 450], [176, 600], [206, 614]), // front leg stepping in
      ...arm(reach.shoulder, [194, 204], [236, 236], [252, 240]),
    ],
    chest: reach.chest,
    belly: reach.belly,
    throat: reach.throat,
  },
  // Folded away: head bowed, shoulders rounded, arms wrapped round oneself.
  away: {
    head: away.head,
    headR: [30, 35],
    profile: 1,
    neck: away.neck,
    torso: away.torso,
    limbs: [
      ...leg([116, 318], [110, 462], [102, 600], [130, 614]),
      ...leg([138, 318], [146, 462], [144, 602], [172, 614]),
      ...arm(away.shoulder, [150, 236], [176, 198], [184, 186]),
    ],
    chest: away.chest,
    belly: away.belly,
    throat: away.throat,
  },
  // Square to the room, feet under the hips: standing in oneself, not toward or away.
  front: {
    head: [128, 64],
    headR: [32, 37],
    profile: 0,
    neck: [128, 108],
    torso: [
      [80, 134],
      [128, 122],
      [176, 134],
      [172, 200],
      [160, 256],
      [172, 318],
      [160, 342],
      [96, 342],
      [84, 318],
      [96, 256],
      [84, 200],
    ],
    limbs: [
      ...leg([108, 320], [106, 462], [106, 600], [100, 614]),
      ...leg([148, 320], [150, 462], [150, 600], [156, 614]),
      ...arm([86, 146], [72, 236], [76, 318], [78, 342]),
      ...arm([170, 146], [184, 236], [180, 318], [178, 342]),
    ],
    chest: [128, 186],
    belly: [128, 272],
    throat: [128, 114],
  },
};
