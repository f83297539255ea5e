// Leafing through a beat on the projector: the beat cut into parts (at the story's pauses)
// and pages, where we are in it, and where Next and Back lead — another page, the pause
// card that ends a part, the vote, the end. State and decisions only; the workshop shell
// draws what they say.
import type { Beat, Line } from '../engine/types';
import { type BeatPart, fromPhaseStart, paginate, splitAtPauses } from './pages';

/** The beat on screen, cut into parts (at pauses) and pages. */
export interface Presentation {
  readonly beat: Beat;
  readonly parts: readonly BeatPart[];
  part: number;
  page: number;
  /** The choice just taken, shown on the first page. */
  readonly echo: string | null;
  /** On a side path (a replayed choice), not the group's own. */
  readonly replay: boolean;
  /** Lines whose sound has been played already (a page shown twice plays once). */
  readonly heard: Set<Line>;
}

/** Where the reader is, to come back to after a reload: the part, the page, and the screen. */
export interface Place {
  readonly part: number;
  readonly page: number;
  readonly screen: 'read' | 'vote' | 'pause';
}

/** What comes after a part: another part's page, its pause card, the vote, the end. */
export type AfterPart = 'page' | 'vote' | 'finished' | 'replay-choices';

/** `fromPhase`: start at that phase's first line (after a jump back). */
export function presentation(
  beat: Beat,
  how: { echo: string | null; replay?: boolean; fromPhase?: number },
): Presentation {
  let parts = splitAtPauses(beat.lines);
  const fromPhase = how.fromPhase;
  if (fromPhase !== undefined) {
    const at = parts.findIndex((p) => p.lines.some((l) => l.tags.phase === String(fromPhase)));
    const found = parts[at];
    if (found) parts = [{ ...found, lines: fromPhaseStart(found.lines, fromPhase) }, ...parts.slice(at + 1)];
  }
  return { beat, parts, part: 0, page: 0, echo: how.echo, replay: how.replay ?? false, heard: new Set() };
}

export function pagesOf(showing: Presentation, part = showing.part): Line[][] {
  return paginate(showing.parts[part]?.lines ?? []);
}

/** The first part with anything to read: the echo of the last choice goes on its first page. */
export function firstPartWithText(showing: Presentation): number {
  const at = showing.parts.findIndex((_, i) => (pagesOf(showing, i)[0]?.length ?? 0) > 0);
  return Math.max(at, 0);
}

/** The page on screen: its lines, whether it carries the echo, and how many pages the part has. */
export function currentPage(showing: Presentation): {
  lines: Line[];
  withEcho: boolean;
  pages: number;
  empty: boolean;
} {
  const pages = pagesOf(showing);
  const lines = pages[showing.page] ?? [];
  const withEcho = showing.part === firstPartWithText(showing) && showing.page === 0 && showing.echo !== null;
  return { lines, withEcho, pages: pages.length, empty: lines.length === 0 && !withEcho };
}

/** One page on; false at the part's last page. */
export function turnPage(showing: Presentation): boolean {
  if (showing.page >= pagesOf(showing).length - 1) return false;
  showing.page += 1;
  return true;
}

/** The pause card that ends the current part, if one does (never on a side path). */
export function pauseEnding(showing: Presentation): number | null {
  return showing.replay ? null : (showing.parts[showing.part]?.pauseAfter ?? null);
}

/** On past the current part. */
export function afterPart(showing: Presentation): AfterPart {
  if (showing.part < showing.parts.length - 1) {
    showing.part += 1;
    showing.page = 0;
    return 'page';
  }
  if (showing.replay) return 'replay-choices';
  return showing.beat.finished ? 'finished' : 'vote';
}

/**
 * Back one page: within the part, else to the last page of the nearest earlier part that
 * has text. `fromVote`: stepping back from the vote to the beat's last page. False when
 * there is nowhere to go back to.
 */
export function pageBack(showing: Presentation, fromVote: boolean): boolean {
  if (!fromVote && showing.page > 0) {
    showing.page -= 1;
    return true;
  }
  const first = firstPartWithText(showing);
  for (let part = fromVote ? showing.part : showing.part - 1; part >= 0; part--) {
    const pages = pagesOf(showing, part);
    if ((pages[0]?.length ?? 0) > 0 || (part === first && showing.echo)) {
      showing.part = part;
      showing.page = pages.length - 1;
      return true;
    }
  }
  return false;
}

/** Put a presentation back at a place it was (after a reload); false when the place no longer fits. */
export function goTo(showing: Presentation, place: Place): boolean {
  if (place.part < 0 || place.part >= showing.parts.length) return false;
  showing.part = place.part;
  showing.page = Math.max(0, Math.min(place.page, pagesOf(showing).length - 1));
  return true;
}
