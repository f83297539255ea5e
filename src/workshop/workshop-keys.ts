// The facilitator's keys (H lists them): which key does what on which screen. The shell
// says where it is and hands over what each key does; this decides, and says whether the
// key was used (so the browser's own action is prevented only then).

export type ScreenKind = 'loading' | 'setup' | 'sessions' | 'read' | 'vote' | 'pause' | 'debrief';
/** The screens of the story itself. */
export type StoryScreenKind = Extract<ScreenKind, 'read' | 'vote' | 'pause'>;

export interface KeyContext {
  readonly screen: ScreenKind;
  /** A session is on and its story screens are showing. */
  readonly playing: boolean;
  /** A side path's options are on screen (digits take an option directly). */
  readonly sidePathVote: boolean;
  readonly hasJoin: boolean;
  /** The vote panel's own keys (counts, reveal, commit, timer); true when it used the key. */
  readonly voteKey: (event: KeyboardEvent) => boolean;
}

/** What the keys do on the story's own screens (story-play.ts). */
export interface StoryKeyActions {
  jump(): void;
  replay(): void;
  showSteps(): void;
  next(): void;
  previous(): void;
  sidePathOption(position: number): void;
}

export interface KeyActions extends StoryKeyActions {
  blank(): void;
  xCard(): void;
  help(): void;
  fullscreen(): void;
  join(): void;
  mute(): void;
  menu(): void;
  sessions(): void;
  roomView(): void;
  projector(): void;
  begin(): void;
}

/** Handle one key press; true when it was the facilitator's. */
export function workshopKey(event: KeyboardEvent, ctx: KeyContext, act: KeyActions): boolean {
  const key = event.key;
  const target = event.target as HTMLElement | null;
  const inCount = target instanceof HTMLInputElement && target.classList.contains('ws-count');
  const typing =
    !inCount &&
    !!target &&
    (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
  if (typing) return false;
  if (ctx.screen === 'vote' && ctx.voteKey(event)) return true;
  // In a count box only the letter keys (and Esc) are the facilitator's; the rest is typing.
  if (inCount && !/^[a-z?]$/i.test(key) && key !== 'Escape') return false;
  const onButton = target?.tagName === 'BUTTON';
  const letter = letterAction(key.toLowerCase(), ctx, act);
  if (letter) {
    letter();
    return true;
  }
  if ((key === ' ' || key === 'Enter') && onButton) return false; // the button's own click
  const digit = /^[1-9]$/.test(key) && ctx.screen === 'vote' && ctx.sidePathVote;
  const action = digit
    ? () => act.sidePathOption(Number(key) - 1)
    : Object.hasOwn(KEYS, key)
      ? KEYS[key]?.(ctx, act)
      : null;
  if (!action) return false;
  action();
  return true;
}

/** What a key does on the screen the facilitator is on; null where it does nothing. */
type KeyRule = (ctx: KeyContext, act: KeyActions) => (() => void) | null;

const forward: KeyRule = (ctx, act) => (ctx.screen === 'read' ? act.next : null);
const back: KeyRule = (ctx, act) => (ctx.playing ? act.previous : null);

/** The keys that are not letters, in one table (the letters are in letterAction). */
const KEYS: Readonly<Record<string, KeyRule>> = {
  ' ': forward,
  ArrowRight: forward,
  PageDown: forward,
  Enter: (ctx, act) => {
    if (ctx.screen === 'read' || ctx.screen === 'pause') return act.next;
    return ctx.screen === 'setup' ? act.begin : null;
  },
  ArrowLeft: back,
  PageUp: back,
  Escape: (ctx, act) => {
    if (ctx.playing) return act.menu;
    return ctx.screen === 'debrief' ? act.sessions : null;
  },
};

function letterAction(lower: string, ctx: KeyContext, act: KeyActions): (() => void) | null {
  const always: Record<string, () => void> = {
    b: act.blank,
    x: act.xCard,
    h: act.help,
    '?': act.help,
    f: act.fullscreen,
    m: act.mute,
    v: act.roomView,
    p: act.projector,
  };
  if (always[lower]) return always[lower];
  if (lower === 'q' && ctx.hasJoin) return act.join;
  if (lower === 'j' && ctx.playing) return act.jump;
  if (lower === 'o' && ctx.playing) return act.replay;
  if (lower === 's' && ctx.screen === 'pause') return act.showSteps;
  return null;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Off the story's screens its keys do nothing. */
export const NO_STORY_KEYS: StoryKeyActions = {
  jump: () => {},
  replay: () => {},
  showSteps: () => {},
  next: () => {},
  previous: () => {},
  sidePathOption: () => {},
};
