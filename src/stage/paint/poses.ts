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

// Arms: upper 15→12, forearm 12→9 px radius. Legs: thigh 22→16, shin 16→11, foot 10→7.
function arm(sh: P, el: P, wr: P): Limb[] {
  return [limb(sh, el, 15, 12), limb(el, wr, 12, 9)];
}
function leg(hip: P, knee: P, ankle: P, toe: P): Limb[] {
  return [limb(hip, knee, 23, 16), limb(knee, ankle, 16, 10), limb(ankle, toe, 10, 7)];
}

export const SKELETONS: Readonly<Record<Pose, Skeleton>> = {
  // Waiting: upright, weight back, arms loose. Used for a partner who faces you.
  stand: {
    head: [130, 66],
    headR: [29, 34],
    profile: 1,
    neck: [124, 112],
    torso: [
      [108, 130], [140, 128], [150, 170], [144, 240], [146, 318], [104, 322], [100, 250], [98, 180],
    ],
    limbs: [
      ...leg([118, 310], [112, 456], [108, 598], [134, 612]),
      ...arm([120, 142], [116, 234], [122, 318]),
      ...leg([130, 310], [136, 458], [130, 600], [158, 612]),
      ...arm([132, 142], [136, 232], [142, 314]),
    ],
    chest: [128, 182],
    belly: [124, 272],
    throat: [126, 116],
  },
  // Leaning in, one arm held out toward the other: the chase.
  reach: {
    head: [166, 78],
    headR: [29, 34],
    profile: 1,
    neck: [152, 122],
    torso: [
      [130, 136], [162, 142], [166, 186], [150, 250], [140, 322], [98, 318], [104, 250], [112, 184],
    ],
    limbs: [
      ...leg([108, 312], [80, 450], [52, 586], [72, 612]), // back leg pushing off
      ...arm([134, 150], [112, 236], [100, 310]),
      ...leg([128, 312], [168, 448], [170, 600], [200, 612]), // front leg stepping in
      ...arm([150, 150], [198, 206], [246, 214]),
    ],
    chest: [144, 192],
    belly: [130, 272],
    throat: [150, 126],
  },
  // Folded away: head bowed, shoulders rounded, arms wrapped round oneself.
  away: {
    head: [140, 90],
    headR: [28, 33],
    profile: 1,
    neck: [124, 130],
    torso: [
      [100, 146], [138, 146], [146, 190], [140, 250], [144, 322], [102, 322], [96, 250], [94, 190],
    ],
    limbs: [
      ...leg([118, 312], [104, 458], [96, 600], [122, 612]),
      ...arm([114, 158], [126, 240], [156, 206]),
      ...leg([130, 312], [140, 458], [140, 602], [168, 612]),
      ...arm([128, 158], [144, 236], [166, 196]),
    ],
    chest: [124, 200],
    belly: [120, 276],
    throat: [128, 134],
  },
  // Square to the room, feet under the hips: standing in oneself, not toward or away.
  front: {
    head: [128, 64],
    headR: [30, 35],
    profile: 0,
    neck: [128, 110],
    torso: [
      [90, 132], [166, 132], [162, 200], [152, 250], [158, 320], [98, 320], [104, 250], [94, 200],
    ],
    limbs: [
      ...leg([112, 312], [110, 458], [110, 600], [104, 614]),
      ...leg([144, 312], [146, 458], [146, 600], [152, 614]),
      ...arm([94, 142], [80, 232], [84, 318]),
      ...arm([162, 142], [176, 232], [172, 318]),
    ],
    chest: [128, 186],
    belly: [128, 272],
    throat: [128, 116],
  },
};
