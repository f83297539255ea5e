// A beat cut to projector size. On a wall, across a room, only a few lines fit at a
// readable size; so the beat is split where the story pauses for discussion (`# pause:`)
// and each part into pages of a few lines. Pure functions: the screen decides nothing here.
import type { Line } from '../engine/types';

export interface PageBudget {
  /** At most this many paragraphs on one page. */
  readonly maxLines: number;
  /** At most this many characters on one page (a longer single paragraph gets a page to itself). */
  readonly maxChars: number;
}

/** What fits a 16:9 projector at the workshop's type size (see workshop.css). */
export const PROJECTOR_BUDGET: PageBudget = { maxLines: 3, maxChars: 330 };

/** A stretch of a beat, ending where the story asks for a pause (or at the beat's end). */
export interface BeatPart {
  readonly lines: readonly Line[];
  /** The phase whose pause this part ends on, or null. */
  readonly pauseAfter: number | null;
}

/** A line worth a paragraph on screen: it has text, or a sound whose caption is shown. */
export function isShown(line: Line): boolean {
  return line.text.length > 0 || Boolean(line.tags.sfx);
}

/** Split at every `# pause: N` line; the pause line ends the part before the pause. */
export function splitAtPauses(lines: readonly Line[]): BeatPart[] {
  const parts: BeatPart[] = [];
  let current: Line[] = [];
  for (const line of lines) {
    current.push(line);
    if (line.tags.pause) {
      parts.push({ lines: current, pauseAfter: Number(line.tags.pause) });
      current = [];
    }
  }
  if (current.length > 0 || parts.length === 0) parts.push({ lines: current, pauseAfter: null });
  return parts;
}

/** The lines from the start of `phase` on (its `# phase:` line), or all lines if it doesn't start here. */
export function fromPhaseStart(lines: readonly Line[], phase: number): readonly Line[] {
  const at = lines.findIndex((l) => l.tags.phase === String(phase));
  return at < 0 ? lines : lines.slice(at);
}

/** Pages of shown lines, in order; always at least one page (possibly empty). */
export function paginate(lines: readonly Line[], budget: PageBudget = PROJECTOR_BUDGET): Line[][] {
  const pages: Line[][] = [];
  let page: Line[] = [];
  let chars = 0;
  for (const line of lines) {
    if (!isShown(line)) continue;
    const size = line.text.length;
    const full = page.length >= budget.maxLines || (page.length > 0 && chars + size > budget.maxChars);
    if (full) {
      pages.push(page);
      page = [];
      chars = 0;
    }
    page.push(line);
    chars += size;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
