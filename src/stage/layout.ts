// Where the two figures stand and how they hold themselves, as a pure function of the view
// and the stage size. Keeping this free of Phaser makes the choreography easy to test and
// means a save restored mid-story lands in exactly the picture the story describes.

import type { Pose } from './paint/poses';
import { clamp01, lerp } from './palette';
import type { StageView } from './stage-api';

export interface Placement {
  /** Feet position in stage pixels. */
  readonly x: number;
  readonly y: number;
  /** Figure height in stage pixels. */
  readonly height: number;
  readonly pose: Pose;
  /** 1 faces right, -1 faces left. */
  readonly facing: 1 | -1;
}

export interface Arrangement {
  readonly player: Placement;
  readonly partner: Placement;
  /** 0 (apart, cold light) … 1 (close, warm light). */
  readonly warmth: number;
  /** Warmth of the player's own light; differs from `warmth` when the player leaves well. */
  readonly selfWarmth: number;
  /** Heartbeats per minute of the glow in the player's chest; 0 when the heart has closed. */
  readonly heartRate: number;
  /** A faint circle round the pair: the dance is starting over. */
  readonly ring: boolean;
}

/** The floor line the figures stand on, as a fraction of the stage height. */
export const FEET = 0.86;

/** Figures stay a constant share of the height, but never so big that a narrow (portrait)
 * stage cannot fit both side by side. */
export function figureHeight(width: number, height: number): number {
  return Math.min(height * 0.5, width * 0.62);
}

/**
 * The space between the two figures' feet for a partner distance (0–10): the one rule the
 * picture follows in every beat, endings included, so the floor never says something the
 * Distance meter does not.
 */
export function spacing(partnerDistance: number, width: number, height: number): number {
  const t = clamp01(partnerDistance / 10);
  return Math.max(figureHeight(width, height) * 0.26, lerp(0.085, 0.4, t) * width);
}

export function arrange(view: StageView, width: number, height: number): Arrangement {
  const t = clamp01(view.partnerDistance / 10);
  const warmth = 1 - t;
  const figH = figureHeight(width, height);
  const floorY = height * FEET;
  const cx = width / 2;
  const sep = spacing(view.partnerDistance, width, height);
  // The partner recedes a little into the room as they drift away.
  const depth = lerp(1, 0.88, t);
  const partnerY = floorY - (1 - depth) * height * 0.35;
  const heartRate = 54 + clamp01(view.pursue / 10) * 66;
  const shift = width * 0.04;

  const place = (x: number, pose: Pose, facing: 1 | -1, who: 'player' | 'partner'): Placement => ({
    x: Math.max(width * 0.08, Math.min(width * 0.92, x)),
    y: who === 'player' ? floorY : partnerY,
    height: who === 'player' ? figH : figH * depth,
    pose,
    facing,
  });

  const base = { warmth, selfWarmth: warmth, heartRate, ring: false };

  const at: Floor = { base, place, cx, sep, shift, warmth };
  return endingArrangement(view.ending, at) ?? stepArrangement(view.lastStep, at);
}

/** Where the two stand, worked out once for the arrangement's cases. */
interface Floor {
  readonly base: Pick<Arrangement, 'warmth' | 'selfWarmth' | 'heartRate' | 'ring'>;
  readonly place: (x: number, pose: Pose, facing: 1 | -1, who: 'player' | 'partner') => Placement;
  readonly cx: number;
  readonly sep: number;
  readonly shift: number;
  readonly warmth: number;
}

/** An ending's final picture, or null before the end. */
function endingArrangement(ending: StageView['ending'], at: Floor): Arrangement | null {
  const { base, place, cx, sep, shift, warmth } = at;
  switch (ending) {
    case 'cycle':
      // Back at the beginning: leaning in toward someone turning away, inside a circle.
      return {
        ...base,
        player: place(cx - sep / 2, 'reach', 1, 'player'),
        partner: place(cx + sep / 2, 'away', 1, 'partner'),
        ring: true,
      };
    case 'role-switch':
      // Now you are the one who turns away, and someone reaches after you.
      return {
        ...base,
        player: place(cx - sep / 2 - shift * 2, 'away', -1, 'player'),
        partner: place(cx + sep / 2 - shift * 2, 'reach', -1, 'partner'),
      };
    case 'closed-heart':
      // Backs to each other, however near they stand, in a cold light; the heart gone quiet.
      return {
        ...base,
        warmth: Math.min(warmth, 0.1),
        selfWarmth: 0.05,
        heartRate: 0,
        player: place(cx - sep / 2, 'away', -1, 'player'),
        partner: place(cx + sep / 2, 'stand', 1, 'partner'),
      };
    case 'step-out':
      // Leaving upright, on your own terms, in a light of your own; the partner looks after you.
      return {
        ...base,
        warmth: Math.min(warmth, 0.35),
        selfWarmth: 0.9,
        heartRate: 58,
        player: place(cx - sep / 2 - shift, 'stand', -1, 'player'),
        partner: place(cx + sep / 2 - shift, 'stand', -1, 'partner'),
      };
    default:
      return null;
  }
}

/** The pair after the last step taken (or before the first). */
function stepArrangement(lastStep: StageView['lastStep'], at: Floor): Arrangement {
  const { base, place, cx, sep, shift } = at;
  switch (lastStep) {
    case 'pursue':
      // You step in; they step back, turning away. The chase drifts the pair toward the edge.
      return {
        ...base,
        player: place(cx - sep / 2 + shift, 'reach', 1, 'player'),
        partner: place(cx + sep / 2 + shift, 'away', 1, 'partner'),
      };
    case 'withdraw':
      // You turn away; now they come after you.
      return {
        ...base,
        player: place(cx - sep / 2 - shift, 'away', -1, 'player'),
        partner: place(cx + sep / 2 - shift, 'reach', -1, 'partner'),
      };
    case 'ground':
      // You stand still, square and centred; they are wherever they are.
      return {
        ...base,
        player: place(cx, 'front', 1, 'player'),
        partner: place(cx + sep, 'stand', -1, 'partner'),
      };
    default:
      // Before the first step: two people facing each other across the floor.
      return {
        ...base,
        player: place(cx - sep / 2, 'stand', 1, 'player'),
        partner: place(cx + sep / 2, 'stand', -1, 'partner'),
      };
  }
}
